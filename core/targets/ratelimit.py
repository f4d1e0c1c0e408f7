"""Request budgets as the CRMs report them in response headers, and how long to wait because of them.

The published limits disagree with each other (Virtuous: 1,000, 1,500 or 5,000 an hour; HubSpot:
100 to 250 per ten seconds), so nothing here is hard-coded: every response says what is left, and
the next request waits when the budget is spent rather than collecting a 429 first.
"""

from __future__ import annotations

import email.utils
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from core.words import N_

#: HubSpot 429 ``policyName`` → seconds to wait when the response carries no Retry-After
#: (what HubSpot's own Node client does; the daily policy is not waited out, it stops the run).
POLICY_WAITS: dict[str, float] = {"TEN_SECONDLY_ROLLING": 10.0, "SECONDLY": 1.0}
DAILY_POLICY = "DAILY"


def _int(headers: Mapping[str, str], name: str) -> int | None:
    raw = headers.get(name)
    if raw is None:
        return None
    try:
        return int(float(raw.strip()))
    except ValueError:
        return None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header, which may be a number of seconds or an HTTP date."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if moment is None:
            return None
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


@dataclass(frozen=True, slots=True)
class RateLimitSnapshot:
    """The budget the last response reported; ``None`` fields were not in the headers.

    ``reset_epoch`` is Virtuous's X-RateLimit-Reset (Unix seconds); ``interval_ms`` is HubSpot's
    rolling window. ``observed_at`` is the monotonic time the response arrived.
    """

    service: str
    limit: int | None = None
    remaining: int | None = None
    reset_epoch: float | None = None
    interval_ms: int | None = None
    daily: int | None = None
    daily_remaining: int | None = None
    observed_at: float = 0.0


def read_headers(service: str, headers: Mapping[str, str], observed_at: float) -> RateLimitSnapshot | None:
    """Both services' header families; returns ``None`` when a response carries neither."""
    if service == "hubspot":
        snap = RateLimitSnapshot(
            service,
            limit=_int(headers, "X-HubSpot-RateLimit-Max"),
            remaining=_int(headers, "X-HubSpot-RateLimit-Remaining"),
            interval_ms=_int(headers, "X-HubSpot-RateLimit-Interval-Milliseconds"),
            daily=_int(headers, "X-HubSpot-RateLimit-Daily"),
            daily_remaining=_int(headers, "X-HubSpot-RateLimit-Daily-Remaining"),
            observed_at=observed_at,
        )
    else:
        reset = _int(headers, "X-RateLimit-Reset")
        snap = RateLimitSnapshot(
            service,
            limit=_int(headers, "X-RateLimit-Limit"),
            remaining=_int(headers, "X-RateLimit-Remaining"),
            reset_epoch=float(reset) if reset is not None else None,
            observed_at=observed_at,
        )
    if snap.limit is None and snap.remaining is None and snap.daily_remaining is None:
        return None
    return snap


class RateLimiter:
    """Remembers the latest budget and says how long the next request must wait for it.

    Shared by every request of one client, so the lock keeps a background thread's response from
    being half-read while the sending thread asks whether it may go.
    """

    def __init__(self, service: str, *, clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time) -> None:
        self.service = service
        self._clock = clock
        self._wall = wall_clock
        self._lock = threading.Lock()
        self._snapshot: RateLimitSnapshot | None = None

    @property
    def snapshot(self) -> RateLimitSnapshot | None:
        with self._lock:
            return self._snapshot

    def observe(self, headers: Mapping[str, str]) -> RateLimitSnapshot | None:
        snap = read_headers(self.service, headers, self._clock())
        if snap is not None:
            with self._lock:
                self._snapshot = snap
        return snap

    def delay_before_next(self) -> tuple[float, str] | None:
        """(seconds, reason) when the reported budget is spent and has not yet come back."""
        with self._lock:
            snap = self._snapshot
        if snap is None or snap.remaining is None or snap.remaining > 0:
            return None
        seconds = self.until_reset(snap)
        if seconds is None or seconds <= 0:
            return None
        name = "HubSpot" if self.service == "hubspot" else "Virtuous"
        if snap.limit is not None:
            return seconds, N_("{crm}'s request budget of {n} requests is used up; waiting for it to renew").format(
                crm=name, n=snap.limit)
        return seconds, N_("{crm}'s request budget is used up; waiting for it to renew").format(crm=name)

    def until_reset(self, snap: RateLimitSnapshot | None = None) -> float | None:
        """Seconds until the window in ``snap`` (default: the latest) renews, if the headers say."""
        snap = snap if snap is not None else self.snapshot
        if snap is None:
            return None
        if snap.reset_epoch is not None:
            return max(0.0, snap.reset_epoch - self._wall())
        if snap.interval_ms is not None:
            # HubSpot's window rolls and its start is not reported: waiting a whole interval from the
            # response that emptied it is the only wait that is sure to be enough.
            return max(0.0, snap.interval_ms / 1000.0 - (self._clock() - snap.observed_at))
        return None
