"""Request budgets: Virtuous's hourly window, HubSpot's rolling ten seconds and daily budget,
and the ``rate=`` fault's token bucket.

All take an injectable clock so tests can cross a window boundary without sleeping. Each
limiter answers ``peek`` (would one more request fit?) separately from ``consume`` so a
request that must fit several budgets at once uses none of them when any one is full.
Requests refused with a 429 are not counted, as the real services do not count them.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from core.sandbox.wire import Clock


@dataclass(frozen=True)
class RateState:
    """A budget as seen by one request; ``retry_after`` is seconds until a slot frees up."""

    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # epoch seconds when the budget is full again (window end)
    retry_after: float
    interval_ms: int

    @property
    def retry_after_header(self) -> str:
        """Whole seconds, rounded up, never 0 (a 0 invites a hot retry loop)."""
        return str(max(1, math.ceil(self.retry_after)))


class Limiter(Protocol):
    def peek(self) -> RateState: ...

    def consume(self) -> None: ...

    def reset(self) -> None: ...


class FixedWindowLimiter:
    """``limit`` requests per window aligned to the epoch (clock hour, UTC day)."""

    def __init__(self, limit: int, window_seconds: float, clock: Clock) -> None:
        self.limit = int(limit)
        self.window = float(window_seconds)
        self._clock = clock
        self.reset()

    def reset(self) -> None:
        self._window_start = -1.0
        self._used = 0

    def _roll(self, now: float) -> None:
        start = math.floor(now / self.window) * self.window
        if start != self._window_start:
            self._window_start, self._used = start, 0

    def peek(self) -> RateState:
        now = self._clock()
        self._roll(now)
        end = self._window_start + self.window
        allowed = self._used < self.limit
        return RateState(
            allowed=allowed,
            limit=self.limit,
            remaining=max(0, self.limit - self._used),
            reset_at=end,
            retry_after=0.0 if allowed else end - now,
            interval_ms=int(self.window * 1000),
        )

    def consume(self) -> None:
        self._roll(self._clock())
        self._used += 1


class DailyLimiter(FixedWindowLimiter):
    """A daily budget that renews at midnight in the account's time zone, not UTC (HubSpot: "the
    daily limit resets at midnight in the account's time zone", docs/api-hubspot.md §3 and §8)."""

    def __init__(self, limit: int, clock: Clock, time_zone: str = "UTC") -> None:
        self.zone = ZoneInfo(time_zone)
        super().__init__(limit, 86_400, clock)

    def _offset(self, now: float) -> float:
        offset = datetime.fromtimestamp(now, self.zone).utcoffset()
        return offset.total_seconds() if offset is not None else 0.0

    def _roll(self, now: float) -> None:
        offset = self._offset(now)
        start = math.floor((now + offset) / self.window) * self.window - offset
        if start != self._window_start:
            self._window_start, self._used = start, 0


class RollingWindowLimiter:
    """At most ``limit`` requests in any ``window_seconds`` (HubSpot's TEN_SECONDLY_ROLLING)."""

    def __init__(self, limit: int, window_seconds: float, clock: Clock) -> None:
        self.limit = int(limit)
        self.window = float(window_seconds)
        self._clock = clock
        self._times: deque[float] = deque()

    def reset(self) -> None:
        self._times.clear()

    def _prune(self, now: float) -> None:
        while self._times and self._times[0] <= now - self.window:
            self._times.popleft()

    def peek(self) -> RateState:
        now = self._clock()
        self._prune(now)
        used = len(self._times)
        allowed = used < self.limit
        oldest = self._times[0] if self._times else now
        return RateState(
            allowed=allowed,
            limit=self.limit,
            remaining=max(0, self.limit - used),
            reset_at=oldest + self.window,
            retry_after=0.0 if allowed else oldest + self.window - now,
            interval_ms=int(self.window * 1000),
        )

    def consume(self) -> None:
        now = self._clock()
        self._prune(now)
        self._times.append(now)


class TokenBucket:
    """``rate`` requests per second with a burst of one second's worth (at least one)."""

    def __init__(self, rate: float, clock: Clock) -> None:
        self.rate = float(rate)
        self.capacity = max(1.0, self.rate)
        self._clock = clock
        self.reset()

    def reset(self) -> None:
        self._tokens = self.capacity
        self._stamp: float | None = None

    def _refill(self, now: float) -> None:
        if self._stamp is not None:
            self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def peek(self) -> RateState:
        now = self._clock()
        self._refill(now)
        allowed = self._tokens >= 1.0
        return RateState(
            allowed=allowed,
            limit=int(self.capacity),
            remaining=int(self._tokens),
            reset_at=now + (self.capacity - self._tokens) / self.rate,
            retry_after=0.0 if allowed else (1.0 - self._tokens) / self.rate,
            interval_ms=round(self.capacity / self.rate * 1000),
        )

    def consume(self) -> None:
        self._refill(self._clock())
        self._tokens -= 1.0
