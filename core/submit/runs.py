"""Turning a checked sheet into a journaled run, and a finished run's failures into a new one.

Both front ends record a run here before sending anything: the window with its own (possibly
edited) ``Checked``, the command line with a freshly read file. The journal then holds everything
``resume``, ``runs`` and the results file need — the source file is not needed again.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import InputError
from core.mapping.catalog import Catalog
from core.mapping.model import Mapping
from core.matching.decisions import Decisions
from core.pipeline import Checked, check_table, make_batches, use_mode
from core.records import Progress, Record, Table
from core.submit.journal import Journal, NewRow, NewRun
from core.submit.journal_types import RowEntry, RunInfo
from core.targets.payloads import Batch
from core.validation.check import RowRule, left_out
from core.validation.issues import CheckedRow
from core.validation.normalize import as_text
from core.words import N_

RETRYABLE = ("failed", "unknown", "not_sent")


def retryable(info: RunInfo, entries: Iterable[RowEntry]) -> dict[int, RowEntry]:
    """Rows "Retry failed rows" sends again: failed, not sent, and unknown where sending twice is safe.

    A HubSpot *create* whose answer was lost may already be in HubSpot; sending it again could make a
    second contact, so those unknown rows are left for a person to check (their message says so).
    Virtuous imports and HubSpot upserts match on referenceId / email, so their unknown rows go again.
    """
    unsafe_unknown = info.target == "hubspot" and info.mode == "create"
    return {e.row: e for e in entries
            if e.status in RETRYABLE and not (unsafe_unknown and e.status == "unknown")}


class RunNotFinished(ValueError):
    """A retry was asked of a run that has not finished: it is resumed instead (never a row twice)."""


class NothingToRetry(ValueError):
    """A retry was asked of a run with no failed, unknown or unsent rows."""


@dataclass(frozen=True)
class Destination:
    """Where a run goes, as the journal may record it: never the token."""

    target: str
    base_url: str
    name: str = ""
    sandbox: bool = False  # an in-process practice sandbox (gone when the process ends)


def record_values(record: Record, width: int) -> list[str]:
    """A source row as text, one cell per header, for the results file (written without the source)."""
    out = ["" if v is None else as_text(v) for v in record.values[:width]]
    return out + [""] * (width - len(out))


def skip_reason(row: CheckedRow) -> tuple[str, str]:
    """The code and sentence for a row that was not sent: every check message that kept it back."""
    if row.excluded:
        return row.excluded_reason or ("excluded", N_("Left out by you"))
    errors = [i for i in row.issues if i.severity == "error"]
    if not errors:
        return "skipped", N_("Not sent")
    return errors[0].code, "; ".join(i.message for i in errors)


#: The journal document (``create_run(extras=)``) naming, per sent row, the fields it was sent without.
LEFT_OUT_EXTRA = "left_out"


def left_out_notes(checked: Checked, batches: Sequence[Batch]) -> dict[str, str]:
    """Sheet row (as text, for JSON) → "sent without Lifetime giving ('$3,1x6'), First gift date ('2010')"
    for each row going out without a field whose value could not be read: the results file says it."""
    placed = {item.row for b in batches for item in b.items}
    out: dict[str, str] = {}
    for r in checked.rows:
        if r.row not in placed or not r.issues:
            continue
        values = r.values
        fields = [i for i in r.issues if left_out(i, values)]
        if fields:
            listed = ", ".join(f"{i.column} ('{as_text(i.value)}')" for i in fields)
            out[str(r.row)] = N_("sent without the values that could not be read: {fields}").format(fields=listed)
    return out


def journal_rows(checked: Checked, batches: Sequence[Batch], only: Iterable[int] | None = None,
                 reasons: dict[int, tuple[str, str]] | None = None) -> list[NewRow]:
    """One journal row per source row: batched rows to send, the others skipped with their reasons
    (``reasons``: rows left out on purpose, e.g. people already in the CRM when the choice is Skip)."""
    keep = set(only) if only is not None else None
    placed = {item.row: (b.number, item) for b in batches for item in b.items}
    checked_by_row = {r.row: r for r in checked.rows}
    width = len(checked.table.headers)
    out: list[NewRow] = []
    for rec in checked.table.records:
        if keep is not None and rec.row not in keep:
            continue
        values = record_values(rec, width)
        if rec.row in placed:
            number, item = placed[rec.row]
            out.append(NewRow(rec.row, values, item.key, number, item.email))
        else:
            c = checked_by_row.get(rec.row)
            code, message = skip_reason(c) if c is not None else ("skipped", N_("Not sent"))
            if reasons and rec.row in reasons and (c is None or c.sendable):
                code, message = reasons[rec.row]
            out.append(NewRow(rec.row, values, status="skipped", code=code, message=message))
    return out


def create_run(journal: Journal, checked: Checked, batches: Sequence[Batch], dest: Destination, *,
               mode: str = "create", batch_size: int | None = None, concurrency: int | None = None,
               results_path: str | None = None, parent_run_id: str | None = None,
               only_rows: Iterable[int] | None = None, reasons: dict[int, tuple[str, str]] | None = None,
               decisions: Decisions | None = None, extras: dict[str, str] | None = None,
               encoding: str | None = None) -> str:
    """Record the run (every body, every row) and return its id; nothing is sent yet. Duplicate
    decisions, when there are any, are saved beside the journal as ``decisions/RUN_ID.json``;
    ``extras`` (e.g. the company links) go into the journal with the run, in the same transaction.
    ``encoding``: the text encoding the person chose for the file (kept, so a retry reads it alike)."""
    table = checked.table
    run = NewRun(
        target=dest.target, file_path=str(Path(table.path).resolve()), sheet=table.sheet,
        header_row=table.header_row, mapping_json=checked.mapping.to_json(), base_url=dest.base_url,
        headers=list(table.headers), mode=mode if dest.target == "hubspot" else "batch",
        connection_name=dest.name, sandbox=dest.sandbox, batch_size=batch_size, concurrency=concurrency,
        results_path=results_path, parent_run_id=parent_run_id, encoding=encoding)
    left = left_out_notes(checked, batches)
    if left:
        extras = {**(extras or {}), LEFT_OUT_EXTRA: json.dumps(left)}
    run_id = journal.create_run(run, batches, journal_rows(checked, batches, only_rows, reasons), extras)
    if decisions is not None and (decisions.groups or decisions.account):
        decisions.save(decisions_path(run_id))
    return run_id


def decisions_path(run_id: str) -> Path:
    """Where a run's duplicate decisions are kept (they can be given to ``submit --duplicates``)."""
    from core.paths import data_dir, private_folder

    folder = data_dir() / "decisions"
    private_folder(folder)
    return folder / f"{run_id}.json"


def plan_from_file(path: str | Path, target: str, *, mapping_path: str | Path | None = None,
                   sheet: str | None = None, header_row: int | None = None, batch_size: int | None = None,
                   mode: str = "create", progress: Progress | None = None, password: str | None = None,
                   encoding: str | None = None, duplicates: str | Path | None = None) -> tuple[Checked, list[Batch]]:
    """File → checked rows → (duplicate decisions applied) → batches, exactly as ``preview`` shows them."""
    from core.pipeline import apply_duplicates, mapping_for, read_table

    table = read_table(path, sheet, header_row, progress, password=password, encoding=encoding)
    mapping = mapping_for(table, target, mapping_path)
    checked = check_table(table, mapping, progress)
    use_mode(checked, mode)
    if duplicates is not None:
        from core.matching.decisions import Decisions

        apply_duplicates(checked, Decisions.load(duplicates))
    return checked, make_batches(checked, batch_size=batch_size, mode=mode)


def _same_source(table: Table, run: RunInfo) -> bool:
    """Whether the window's table is the file and sheet the run was read from."""
    return Path(table.path).resolve() == Path(run.file_path) and (table.sheet or None) == (run.sheet or None)


def _same_rows(table: Table, entries: list[RowEntry], previous: Container[int], source: Path,
               run_id: str) -> None:
    """The failed rows may have been corrected in the file since (that is the point of retrying), but
    the rows that went through must be as they were: otherwise rows were added or removed and the
    row numbers no longer point at the same people (InputError)."""
    width = len(table.headers)
    by_row = {rec.row: rec for rec in table.records}
    for entry in entries:
        if entry.row in previous:
            if entry.row not in by_row:
                raise InputError(source, N_("row {row} of run {run} is no longer in the file; import it as a new run "
                                            "instead").format(row=entry.row, run=run_id),
                                 sheet=table.sheet, row=entry.row)
            continue
        rec = by_row.get(entry.row)
        if rec is None or record_values(rec, width)[:len(entry.values)] != entry.values[:width]:
            raise InputError(source, N_("the file changed since run {run} (row {row} is not what was sent); import it "
                                        "as a new run instead").format(run=run_id, row=entry.row),
                             sheet=table.sheet, row=entry.row)


def retry_failed(journal: Journal, run_id: str, *, file_path: str | Path | None = None,
                 results_path: str | None = None, progress: Progress | None = None,
                 edited: Checked | None = None, catalog: Catalog | None = None,
                 rule: RowRule | None = None, password: str | None = None, encoding: str | None = None) -> str:
    """A new run (linked by ``parent_run_id``) for the rows of a finished run that failed, stayed
    unknown or were not sent: re-read from the source file with the run's own mapping.

    ``catalog``/``rule``: the account's fields and checks (``core.account.catalog.checking_for``), so
    the rows are checked again as they were the first time (option labels become values again).

    ``edited``: the window's own rows of that same file (cells fixed in the Check step, rows left out):
    they are what is sent again, not the file on disk, which is then not read at all.
    ``password`` opens an encrypted workbook (in memory; ``PasswordNeeded`` when missing or wrong);
    ``encoding`` overrides the one the run was read in (the person's choice, kept with the run).

    Raises ``InputError`` when the source file is gone or its rows changed (the row numbers would
    no longer point at the same people), ``ValueError`` when there is nothing to retry or the run
    is not finished (an unfinished run is resumed instead, which never sends a row twice).
    """
    from core.pipeline import read_table

    old = journal.get_run(run_id)
    if old.state != "finished":
        raise RunNotFinished(N_("run {run} is {state}; resume it instead of retrying").format(run=run_id,
                                                                                               state=old.state))
    entries = journal.rows(run_id)
    previous = retryable(old, entries)
    if not previous:
        raise NothingToRetry(N_("run {run} has no failed, unknown or unsent rows to retry").format(run=run_id))
    source = Path(file_path) if file_path is not None else Path(old.file_path)
    left_out: set[int] = set()
    if edited is not None and _same_source(edited.table, old):
        table: Table = edited.table
        left_out = {r.row for r in edited.rows if r.excluded}
    else:
        table = read_table(source, old.sheet, old.header_row, progress, password=password,
                           encoding=encoding or old.encoding)
    mapping, missing = Mapping.model_validate_json(old.mapping_json).rebind(table.headers)
    if missing:
        raise InputError(source, N_("columns of the earlier run are no longer in this file: {columns}").format(
            columns=", ".join(f"'{m}'" for m in missing)), sheet=table.sheet)
    _same_rows(table, entries, previous, source, run_id)
    checked = check_table(table, mapping, progress, catalog, rule)
    use_mode(checked, old.mode)
    for r in checked.rows:
        if r.row in left_out:
            r.excluded = True  # left out in the window since: recorded as such, not sent
    subset = Checked(table, mapping, [r for r in checked.rows if r.row in previous], checked.checker)
    batches = make_batches(subset, batch_size=old.batch_size, mode=old.mode if old.mode != "batch" else "create")
    dest = Destination(old.target, old.base_url, old.connection_name, old.sandbox)
    return create_run(journal, subset, batches, dest, mode=old.mode, batch_size=old.batch_size,
                      concurrency=old.concurrency, results_path=results_path, parent_run_id=run_id,
                      only_rows=previous, encoding=encoding or old.encoding)
