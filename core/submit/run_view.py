"""A run as a person sees it: each row with its latest result, read from the journal.

Used by the window (a worker builds these and hands them to the GUI thread in a signal) and by the
command line and the results file, so all three say the same thing about a run. A run made by "Retry
failed rows" holds only the retried rows; ``load_run_view`` lays it over the run it came from (and
that one's parent, …), so a person sees every row of the import once, with its latest result.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from core.mapping.catalog import FULL_NAME
from core.mapping.model import Mapping
from core.submit.journal import Journal, RowEntry, RunInfo
from core.submit.results_file import UNRECORDED, Words, not_sent_message, result_rows, write_results
from core.submit.runs import LEFT_OUT_EXTRA, retryable
from core.targets.outcomes import RowOutcome

#: States a run can be picked up again from (``RunInfo.resumable`` says the same for a stored run).
RESUMABLE = ("created", "interrupted", "cancelled", "stopped")

_NAME_FIELDS = (FULL_NAME, "full_name", "firstName", "firstname", "middleName", "lastName", "lastname")
_MAX_WHO = 80


@dataclass(slots=True)
class ResultItem:
    """One row of the results table: the source row, who it is, and what happened to it."""

    row: int
    who: str
    status: str
    crm_id: str = ""
    code: str = ""
    message: str = ""
    batch: int | None = None
    key: str = ""


@dataclass(frozen=True)
class RunOutcome:
    """How a send ended, as the session keeps it (``session.results``) for the Results step."""

    run_id: str
    state: str  # finished | cancelled | stopped | running (a resume just started)
    counts: dict[str, int] = field(default_factory=dict)
    message: str = ""
    stopped_by: str | None = None
    target: str = ""
    practice: bool = False
    connection_name: str = ""
    sent_rows: int = 0
    seconds: float = 0.0

    @property
    def resumable(self) -> bool:
        return self.state in RESUMABLE


@dataclass
class RunView:
    """A run ready to show: its journal record, its rows (merged over its parents) and its lineage."""

    info: RunInfo
    items: list[ResultItem]
    chain: list[str]  # run ids, oldest first, ending with ``info.id``
    retryable: int = 0  # rows of this run that "Retry failed rows" would send again


class WhoLabels:
    """Builds "Ana Lopez (ana@example.org)" for a row from the run's mapping and the row's values."""

    def __init__(self, mapping_json: str, headers: Sequence[str]) -> None:
        col = {h: i for i, h in enumerate(headers)}
        self.name_cols: list[int] = []
        self.email_cols: list[int] = []
        try:
            mapping = Mapping.model_validate_json(mapping_json)
        except ValueError:
            return
        for key in _NAME_FIELDS:
            fm = mapping.for_field(key)
            if fm is not None:
                self.name_cols += [col[s] for s in fm.sources if s in col and col[s] not in self.name_cols]
            if key in (FULL_NAME, "full_name") and self.name_cols:
                break  # a full name column says it all
        fm = mapping.for_field("email")
        if fm is not None:
            self.email_cols = [col[s] for s in fm.sources if s in col]

    def __call__(self, values: Sequence[str], email: str | None = None) -> str:
        def pick(cols: list[int]) -> str:
            return " ".join(v for v in (values[c].strip() for c in cols if c < len(values)) if v)

        name = pick(self.name_cols)
        mail = email or pick(self.email_cols)
        if name and mail:
            text = f"{name} ({mail})"
        else:
            text = name or mail or " ".join(v.strip() for v in values[:3] if v and v.strip())
        return text if len(text) <= _MAX_WHO else text[:_MAX_WHO - 1] + "…"


def item_from_entry(entry: RowEntry, who: str, run_state: str = "finished", run_message: str = "") -> ResultItem:
    """A journal row as the table shows it; a row with no outcome yet says why, as the results file does."""
    message = entry.message
    if not entry.recorded:
        message = not_sent_message(run_state, run_message) if entry.status == "not_sent" else UNRECORDED
    return ResultItem(entry.row, who, entry.status, entry.crm_id or "", entry.code or "", message,
                      entry.batch, entry.key or "")


def item_from_outcome(outcome: RowOutcome, batch: int, who: str) -> ResultItem:
    return ResultItem(outcome.row, who, outcome.status, outcome.crm_id or "", outcome.code or "",
                      outcome.message, batch, outcome.key)


def labels_for_run(journal: Journal, run_id: str) -> dict[int, str]:
    """Row number → who, for every row of the run (the worker labels streamed outcomes with it)."""
    info = journal.get_run(run_id)
    who = WhoLabels(info.mapping_json, info.headers)
    return {e.row: who(e.values, e.email) for e in journal.rows(run_id)}


def run_chain(journal: Journal, run_id: str) -> list[RunInfo]:
    """The run and the runs it retried, oldest first (a retry's parent is the run it came from)."""
    chain: list[RunInfo] = []
    seen: set[str] = set()
    current: str | None = run_id
    while current and current not in seen:
        seen.add(current)
        try:
            info = journal.get_run(current)
        except KeyError:  # a parent that was deleted: show what is left
            break
        chain.append(info)
        current = info.parent_run_id
    return list(reversed(chain))


def merged_entries(journal: Journal, chain: Iterable[RunInfo]) -> list[RowEntry]:
    """Every row once, in file order; a later run's result for a row replaces an earlier one's. A row
    that others were merged into (duplicate decisions) says which ones after its own result."""
    from core.matching.decisions import merge_notes

    by_row: dict[int, RowEntry] = {}
    left: dict[int, str] = {}  # fields a sent row went without (values that could not be read), by its run
    for info in chain:
        said = json.loads(journal.run_extra(info.id, LEFT_OUT_EXTRA) or "{}")
        for e in journal.rows(info.id):
            by_row[e.row] = e
            if str(e.row) in said:
                left[e.row] = said[str(e.row)]
            else:
                left.pop(e.row, None)
    notes = merge_notes((e.row, e.code, e.message) for e in by_row.values())
    for row, note in [*notes.items(), *left.items()]:
        entry = by_row.get(row)
        if entry is not None and entry.recorded:
            by_row[row] = replace(entry, message=f"{entry.message}; {note}" if entry.message
                                  else note[0].upper() + note[1:])
    return [by_row[r] for r in sorted(by_row)]


def load_run_view(journal_path: str | Path, run_id: str, *, progress: Callable[[int, int], None] | None = None) \
        -> RunView:
    """Read a run for the Results step (a worker calls this with its own journal connection)."""
    if progress is not None:
        progress(0, 0)
    with Journal(journal_path) as journal:
        chain = run_chain(journal, run_id)
        if not chain:
            raise KeyError(run_id)
        info = chain[-1]
        entries = merged_entries(journal, chain)
        labels = {i.id: WhoLabels(i.mapping_json, i.headers) for i in chain}
        who = labels[info.id]
        items = [item_from_entry(e, who(e.values, e.email), info.state, info.message) for e in entries]
        retry_count = len(retryable(info, journal.rows(run_id))) if info.state == "finished" else 0
    if progress is not None:
        progress(len(items), len(items))
    return RunView(info, items, [i.id for i in chain], retry_count)


def write_run_results(path: str | Path, journal: Journal, run_id: str, words: Words | None = None) -> Path:
    """The run's results file (.xlsx or .csv), laid over the runs it retried: every row of the import
    once with its latest result, the same rows the Results step shows (the window and the command line
    both write it here)."""
    chain = run_chain(journal, run_id)
    if not chain:
        raise KeyError(run_id)
    info = chain[-1]
    rows = result_rows(merged_entries(journal, chain), len(info.headers), info.state, info.message)
    return write_results(path, info.headers, rows, words) if words else write_results(path, info.headers, rows)


def export_results(journal_path: str | Path, run_id: str, path: str | Path, *, progress: object = None,
                   words: Words | None = None) -> Path:
    """Write the run's results file from its own journal connection (for a worker thread) and remember
    it; ``words``: the added columns, statuses and messages in the window's language."""
    with Journal(journal_path) as journal:
        out = write_run_results(path, journal, run_id, words)
        journal.set_results_path(run_id, str(Path(out).resolve()))
    return out
