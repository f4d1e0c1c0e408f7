"""Fault settings for the sandbox, their string parser, and the seeded dice that apply them.

Client code has to survive rate limits, server errors, slow answers and dropped
connections; the sandbox produces these on request, reproducibly when given a seed,
so a failing retry test can be re-run and fail the same way.
"""

from __future__ import annotations

import math
import random
import secrets
import threading
from collections.abc import Iterable, MutableSequence
from dataclasses import asdict, dataclass, replace
from typing import Any, TypeVar

T = TypeVar("T")

FAULT_KINDS = ("rate", "429", "5xx", "slow", "drop-before", "drop-after", "5xx-after", "slow-after", "423", "477")
SERVER_ERROR_STATUSES = (500, 502, 503)
#: A gateway in front of the API that loses the origin's answer (docs/api-hubspot.md §8: 502/504, Cloudflare 524).
AFTER_STORE_STATUS = 502


@dataclass(frozen=True)
class FaultConfig:
    """How the sandbox misbehaves on API requests (never on ``/_sandbox/*``).

    rate: requests per second across ALL API requests of both services (one shared token
        bucket, burst = one second's worth); when set it replaces the Virtuous hourly and the
        HubSpot ten-second budgets (HubSpot's daily budget still applies).
    p429: chance of an injected 429 although the budget is not used up.
    p5xx: chance of an injected 500/502/503 before the request is processed.
    slow_seconds/p_slow: chance of waiting ``slow_seconds`` before answering.
    p_drop_before: chance of closing the connection without processing or replying.
    p_drop_after: chance of processing (and storing) the request, then closing without a reply.
    p5xx_after: chance that a request that stores something is processed (stored), then answered 502
        by the "gateway" (docs/api-hubspot.md §8: a 5xx after a create does not prove the write failed).
    slow_after_seconds/p_slow_after: chance of storing, then answering only after ``slow_after_seconds``
        (past a client's timeout, the client sees a timeout although the write happened).
    p423/p477: HubSpot only: chance of 423 Locked / 477 Migration in progress (with Retry-After)
        before processing (docs/api-hubspot.md §8).
    seed: makes every decision, and the shuffled HubSpot result order, reproducible.
    """

    rate: float | None = None
    p429: float = 0.0
    p5xx: float = 0.0
    slow_seconds: float = 0.0
    p_slow: float = 0.0
    p_drop_before: float = 0.0
    p_drop_after: float = 0.0
    p5xx_after: float = 0.0
    slow_after_seconds: float = 0.0
    p_slow_after: float = 0.0
    p423: float = 0.0
    p477: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.rate is not None and not (self.rate > 0 and math.isfinite(self.rate)):
            raise ValueError(f"rate must be a positive number of requests per second, not {self.rate!r}")
        for name in ("p429", "p5xx", "p_slow", "p_drop_before", "p_drop_after", "p5xx_after", "p_slow_after",
                     "p423", "p477"):
            value = getattr(self, name)
            if not (0.0 <= value <= 1.0):
                raise ValueError(f"{name} must be a probability between 0 and 1, not {value!r}")
        for name in ("slow_seconds", "slow_after_seconds"):
            value = getattr(self, name)
            if not (value >= 0 and math.isfinite(value)):
                raise ValueError(f"{name} must be zero or more, not {value!r}")

    def describe(self) -> str:
        """One human line, e.g. for the CLI banner."""
        parts = []
        if self.rate is not None:
            parts.append(f"rate={self.rate:g}/s")
        for label, value in (("429", self.p429), ("5xx", self.p5xx)):
            if value:
                parts.append(f"{label}={value:g}")
        if self.p_slow and self.slow_seconds:
            parts.append(f"slow={self.slow_seconds:g}s@{self.p_slow:g}")
        if self.p_drop_before:
            parts.append(f"drop-before={self.p_drop_before:g}")
        if self.p_drop_after:
            parts.append(f"drop-after={self.p_drop_after:g}")
        if self.p5xx_after:
            parts.append(f"5xx-after={self.p5xx_after:g}")
        if self.p_slow_after and self.slow_after_seconds:
            parts.append(f"slow-after={self.slow_after_seconds:g}s@{self.p_slow_after:g}")
        for label, value in (("423", self.p423), ("477", self.p477)):
            if value:
                parts.append(f"{label}={value:g}")
        return ", ".join(parts) if parts else "none"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _number(kind: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"fault {kind!r}: {text!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"fault {kind!r}: {text!r} is not a finite number")
    return value


def _probability(kind: str, text: str) -> float:
    value = _number(kind, text)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"fault {kind!r}: probability must be between 0 and 1, got {text!r}")
    return value


def parse_fault(spec: str, base: FaultConfig | None = None) -> FaultConfig:
    """Apply one ``KIND=VALUE`` setting (``rate=R``, ``429=P``, ``5xx=P``, ``slow=SECONDS@P``,
    ``drop-before=P``, ``drop-after=P``, ``5xx-after=P``, ``slow-after=SECONDS@P``, ``423=P``, ``477=P``)
    on top of ``base``; ``slow=S`` alone means always slow."""
    config = base or FaultConfig()
    kind, sep, value = spec.strip().partition("=")
    kind, value = kind.strip().lower(), value.strip()
    if not sep or not kind or not value:
        raise ValueError(f"fault {spec!r} must look like KIND=VALUE, with KIND one of {', '.join(FAULT_KINDS)}")
    if kind == "rate":
        rate = _number(kind, value)
        if rate <= 0:
            raise ValueError(f"fault 'rate': requests per second must be more than 0, got {value!r}")
        return replace(config, rate=rate)
    if kind == "429":
        return replace(config, p429=_probability(kind, value))
    if kind == "5xx":
        return replace(config, p5xx=_probability(kind, value))
    if kind in ("slow", "slow-after", "slow_after"):
        seconds_text, _, p_text = value.partition("@")
        seconds = _number(kind, seconds_text)
        if seconds < 0:
            raise ValueError(f"fault '{kind}': seconds must be zero or more, got {seconds_text!r}")
        p = _probability(kind, p_text) if p_text.strip() else 1.0
        if kind == "slow":
            return replace(config, slow_seconds=seconds, p_slow=p)
        return replace(config, slow_after_seconds=seconds, p_slow_after=p)
    if kind in ("5xx-after", "5xx_after"):
        return replace(config, p5xx_after=_probability(kind, value))
    if kind == "423":
        return replace(config, p423=_probability(kind, value))
    if kind == "477":
        return replace(config, p477=_probability(kind, value))
    if kind in ("drop-before", "drop_before"):
        return replace(config, p_drop_before=_probability(kind, value))
    if kind in ("drop-after", "drop_after"):
        return replace(config, p_drop_after=_probability(kind, value))
    raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(FAULT_KINDS)}")


def parse_faults(specs: Iterable[str], seed: int | None = None) -> FaultConfig:
    """Combine several ``KIND=VALUE`` settings (later ones win) into one config."""
    config = FaultConfig(seed=seed)
    for spec in specs:
        config = parse_fault(spec, config)
    return config


@dataclass(frozen=True)
class FaultDecision:
    """What to do to one API request, decided before it is handled."""

    drop_before: bool = False
    delay: float = 0.0
    inject_429: bool = False
    server_error: int | None = None
    drop_after: bool = False
    server_error_after: int | None = None
    delay_after: float = 0.0
    wait_status: int | None = None  # 423 or 477


class FaultInjector:
    """Seeded, thread-safe dice for fault decisions, plus a separate stream for shuffling.

    Every decision draws the same number of values whatever is enabled, so the n-th request
    meets the same fate for a given seed; shuffles (and the faults added later) use streams of
    their own so they do not shift it.
    """

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self.seed: int = config.seed if config.seed is not None else secrets.randbits(32)
        self._lock = threading.Lock()
        self.reseed()

    def reseed(self) -> None:
        """Start both random streams again from the seed (used by ``/_sandbox/reset``)."""
        with self._lock:
            self._rng = random.Random(self.seed)
            self._shuffle_rng = random.Random(f"shuffle:{self.seed}")
            # The faults added later draw from their own stream, so older seeds keep their fates.
            self._later_rng = random.Random(f"later:{self.seed}")

    def decide(self) -> FaultDecision:
        with self._lock:
            draws = [self._rng.random() for _ in range(6)] + [self._later_rng.random() for _ in range(4)]
        c = self.config
        wait_status = 423 if draws[8] < c.p423 else 477 if draws[9] < c.p477 else None
        return FaultDecision(
            drop_before=draws[0] < c.p_drop_before,
            delay=c.slow_seconds if (draws[1] < c.p_slow and c.slow_seconds > 0) else 0.0,
            inject_429=draws[2] < c.p429,
            server_error=(
                SERVER_ERROR_STATUSES[int(draws[4] * len(SERVER_ERROR_STATUSES))] if draws[3] < c.p5xx else None
            ),
            drop_after=draws[5] < c.p_drop_after,
            server_error_after=AFTER_STORE_STATUS if draws[6] < c.p5xx_after else None,
            delay_after=c.slow_after_seconds if (draws[7] < c.p_slow_after and c.slow_after_seconds > 0) else 0.0,
            wait_status=wait_status,
        )

    def shuffle(self, items: MutableSequence[T]) -> None:
        with self._lock:
            self._shuffle_rng.shuffle(items)
