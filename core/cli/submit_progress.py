"""What ``submit`` and ``resume`` print while sending: a live line on a terminal, plain lines in a log.

Progress goes to stderr so stdout keeps only what a script wants (the run id and the counts).
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from core.submit.events import (
    BatchFinished,
    BatchStarted,
    Event,
    Progress,
    Reconciling,
    RunFinished,
    RunStarted,
    Waiting,
)

#: Order counts are shown in, best news first.
COUNT_ORDER = ("created", "updated", "accepted", "exists", "failed", "skipped", "unknown", "not_sent")
_MIN_WAIT_SHOWN = 0.5  # shorter waits are routine pacing, not news


def format_counts(counts: dict[str, int], sep: str = " ") -> str:
    """``created=120 failed=3 skipped=2``: only statuses that occur, in a fixed order."""
    keys = [k for k in COUNT_ORDER if counts.get(k)] + sorted(k for k in counts if k not in COUNT_ORDER and counts[k])
    return sep.join(f"{k}={counts[k]}" for k in keys)


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 5400:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class ProgressPrinter:
    """An ``on_event`` callback for the command line (the engine calls it one event at a time)."""

    def __init__(self, stream: TextIO | None = None, live: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self._lock = threading.Lock()
        self._last_progress: Progress | None = None
        self._line_open = False

    def __call__(self, event: Event) -> None:
        with self._lock:
            self._handle(event)

    def _print(self, text: str) -> None:
        if self._line_open:
            self.stream.write("\r\033[K")
            self._line_open = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def _status_line(self, p: Progress) -> str:
        speed = f", {p.rows_per_second:,.0f} rows/s" if p.rows_per_second >= 1 else ""
        left = f", about {_duration(p.seconds_left)} left" \
            if p.seconds_left is not None and p.done_rows < p.total_rows else ""
        return f"{p.done_rows:,} of {p.total_rows:,} rows{speed}{left}"

    def _handle(self, event: Event) -> None:
        if isinstance(event, RunStarted):
            if event.done_rows:
                self._print(f"Resuming: {event.done_rows:,} of {event.total_rows:,} rows already have an outcome")
            else:
                self._print(f"Sending {event.total_rows:,} rows in {event.batches:,} batches")
        elif isinstance(event, Reconciling):
            self._print(f"Batch {event.number}: checking its {event.rows} rows against the CRM before sending again")
        elif isinstance(event, BatchStarted):
            if event.attempt > 1 and not self.live:
                self._print(f"Batch {event.number}: sending {event.rows} rows (attempt {event.attempt})")
        elif isinstance(event, BatchFinished):
            counts: dict[str, int] = {}
            for o in event.outcomes:
                counts[o.status] = counts.get(o.status, 0) + 1
            if not self.live:
                extra = f" ({event.message})" if event.message else ""
                state = "" if event.state == "done" else f" [{event.state}]"
                self._print(f"Batch {event.number}: {format_counts(counts) or 'no rows settled'}{state}{extra}")
        elif isinstance(event, Progress):
            self._last_progress = event
            line = self._status_line(event)
            if self.live:
                self.stream.write("\r\033[K" + line)
                self.stream.flush()
                self._line_open = True
            else:
                self._print("  " + line)
        elif isinstance(event, Waiting):
            if event.seconds >= _MIN_WAIT_SHOWN:
                until = time.strftime("%H:%M:%S", time.localtime(event.until_timestamp))
                self._print(f"Waiting {event.seconds:.1f} s (until {until}): {event.reason}")
        elif isinstance(event, RunFinished):
            if self._line_open:
                self.stream.write("\n")
                self._line_open = False
            self.stream.flush()
