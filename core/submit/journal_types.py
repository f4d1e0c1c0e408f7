"""Plain records going into and coming out of the journal (no SQL here, so the window can import them cheaply)."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.targets.payloads import Batch

#: Run states as stored; ``interrupted`` is only ever derived (stored 'running', nobody holding it).
RUN_STATES = ("created", "running", "interrupted", "finished", "cancelled", "stopped")
#: Batch states: pending → sending → done | unknown (answer lost; reconcile before re-sending).
BATCH_STATES = ("pending", "sending", "done", "unknown")


@dataclass(frozen=True)
class NewRun:
    """What a run needs to be resumed and reported without the original window or command line."""

    target: str
    file_path: str
    sheet: str | None
    header_row: int | None
    mapping_json: str
    base_url: str
    headers: list[str]
    mode: str = "create"
    connection_name: str = ""
    sandbox: bool = False  # went to an in-process sandbox that will not outlive the process
    batch_size: int | None = None
    concurrency: int | None = None
    results_path: str | None = None
    parent_run_id: str | None = None
    #: The text encoding the person chose for the file (None: detected), so a retry reads it alike.
    #: A workbook's password is never recorded: a retry is given it again, in memory.
    encoding: str | None = None


@dataclass(frozen=True)
class NewRow:
    """One source row as recorded at the start: its values as text, and its batch or why it was skipped."""

    row: int
    values: list[str]
    key: str | None = None
    batch: int | None = None
    email: str | None = None
    status: str | None = None  # None: to be sent; 'skipped' for rows that did not pass the checks
    code: str | None = None
    message: str = ""


@dataclass(frozen=True)
class RunInfo:
    """A run as the journal knows it; ``state`` is what to show (``interrupted`` derived from the lock)."""

    id: str
    parent_run_id: str | None
    created_at: float
    updated_at: float
    target: str
    file_path: str
    sheet: str | None
    header_row: int | None
    mapping_json: str
    base_url: str
    connection_name: str
    sandbox: bool
    mode: str
    batch_size: int | None
    concurrency: int | None
    headers: list[str]
    results_path: str | None
    state: str
    stored_state: str
    message: str
    total_rows: int
    counts: dict[str, int] = field(default_factory=dict)
    encoding: str | None = None  # see NewRun.encoding

    @property
    def resumable(self) -> bool:
        return self.state in ("created", "interrupted", "cancelled", "stopped")


@dataclass(frozen=True)
class BatchEntry:
    """A journaled batch with the rows it still has to send (or reconcile)."""

    number: int
    state: str
    attempts: int
    message: str
    batch: Batch


@dataclass(frozen=True)
class RowEntry:
    """One row for the results file and window; ``status`` is the displayed status, never None."""

    row: int
    key: str | None
    batch: int | None
    email: str | None
    status: str
    recorded: bool  # False: no outcome stored yet (shown as not_sent or unknown)
    crm_id: str | None
    code: str | None
    message: str
    values: list[str]
