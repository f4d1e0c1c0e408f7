"""What the engine tells a window while it sends: plain frozen data, safe to pass between threads.

The engine calls ``on_event`` from its worker threads, one call at a time; a window marshals the
event to its own thread (a Qt signal carrying ``object``) and must not block in the callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from core.targets.outcomes import RowOutcome


@dataclass(frozen=True, slots=True)
class RunStarted:
    """Sending (or resuming) begins; ``total_rows`` are the rows to send, ``done_rows`` already settled."""

    run_id: str
    total_rows: int
    done_rows: int
    batches: int


@dataclass(frozen=True, slots=True)
class Reconciling:
    """A batch that was on the wire when a run stopped is being checked against the CRM before any re-send."""

    number: int
    rows: int


@dataclass(frozen=True, slots=True)
class BatchStarted:
    """A batch's request is about to leave (the journal already says 'sending')."""

    number: int
    rows: int
    attempt: int = 1


@dataclass(frozen=True, slots=True)
class RowResult:
    """One row's outcome, emitted as soon as its batch answered (so a table can stream rows)."""

    outcome: RowOutcome
    batch: int


@dataclass(frozen=True, slots=True)
class BatchFinished:
    """A batch's outcomes are in the journal; ``state`` is done / unknown / pending (re-queued)."""

    number: int
    outcomes: tuple[RowOutcome, ...]
    state: str = "done"
    message: str = ""


@dataclass(frozen=True, slots=True)
class Progress:
    """Rows settled out of rows to send; speed over this session, ``seconds_left`` None until known."""

    done_rows: int
    total_rows: int
    rows_per_second: float
    seconds_left: float | None


@dataclass(frozen=True, slots=True)
class Waiting:
    """The client is waiting (rate limit, back-off): "waiting for the rate limit until 17:45:12"."""

    seconds: float
    reason: str
    until_timestamp: float


@dataclass(frozen=True, slots=True)
class RunFinished:
    """The end of this session: the run's state (finished/cancelled/stopped) and its counts per status."""

    run_id: str
    state: str
    counts: dict[str, int] = field(default_factory=dict)
    message: str = ""


@dataclass(frozen=True)
class RunSummary:
    """How a session ended: the run's state, its counts per status, and this session's figures."""

    run_id: str
    state: str  # finished | cancelled | stopped
    counts: dict[str, int] = field(default_factory=dict)
    message: str = ""
    sent_rows: int = 0  # rows settled during this session
    seconds: float = 0.0
    stopped_by: str | None = None  # exception class that stopped it, e.g. "AuthError"


Event = RunStarted | Reconciling | BatchStarted | RowResult | BatchFinished | Progress | Waiting | RunFinished
EventCallback = Callable[[Event], None]
