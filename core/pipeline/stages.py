"""The one-way path every front end uses: file → records → mapped → checked → batches.

The command line and the window both call these functions, so what a person previews in one is what
the other would send.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core import collector, processes
from core.errors import InputError
from core.mapping.automap import suggest_for_table
from core.mapping.catalog import Catalog
from core.mapping.learned import learned_for
from core.mapping.model import Mapping
from core.mapping.plan import Plan
from core.matching.decisions import Decisions, Fate
from core.pipeline.pool import Setup, check_in_pool
from core.records import Progress, Table
from core.targets.payloads import Batch, BatchOptions, pack_batches
from core.validation import issues as codes
from core.validation.cells import add_cell_warnings, cell_warnings_by_row
from core.validation.check import Checker, RowRule, check_rows
from core.validation.columns import column_ways
from core.validation.issues import CheckedRow, Issue
from core.validation.mangled import Mangled, fix_rows
from core.words import N_


@dataclass
class Checked:
    """A table checked against a mapping, with the checker kept for re-checking edited rows."""

    table: Table
    mapping: Mapping
    rows: list[CheckedRow]
    checker: Checker
    #: Puts mangled values right before checking (kept, like the checker, for re-checking edits).
    fixer: Mangled | None = None
    #: The mapping resolved once (``core.mapping.plan``); made on first use when not given.
    resolved: Plan | None = field(default=None, repr=False, compare=False)
    _positions: dict[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    def position(self, row: int) -> int:
        """Where sheet row ``row`` sits in ``rows``.

        The index is built on first use and kept: rebuilding it on every edit cost 30-45 ms at
        200,000 rows, and it stays valid because edits replace rows in place, never reorder them.
        """
        if self._positions is None:
            self._positions = {r.row: i for i, r in enumerate(self.rows)}
        return self._positions[row]

    @property
    def plan(self) -> Plan:
        """The mapping and the checker's catalog resolved against the table's headers, once."""
        if self.resolved is None:
            self.resolved = Plan(self.mapping, self.table.headers, self.checker.catalog)
        return self.resolved

    def counts(self) -> dict[str, int]:
        out = {"ok": 0, "warning": 0, "error": 0, "excluded": 0}
        for r in self.rows:
            out[r.status] += 1
        return out

    def sendable(self) -> list[CheckedRow]:
        return [r for r in self.rows if r.sendable]


def read_table(path: str | Path, sheet: str | None = None, header_row: int | None = None,
               progress: Progress | None = None, *, password: str | None = None,
               encoding: str | None = None) -> Table:
    """File → records: ``core.readers.read_file``, with the checking pool's fork server started
    first when the file is big enough to be checked on every core (``processes.warm_up``)."""
    from core import readers  # imported late: the readers are large and only needed here

    processes.warm_up(path)
    return readers.read_file(path, sheet, header_row, progress, password=password, encoding=encoding)


def source_name(table: Table) -> str:
    """What derived referenceIds are made from: the file's name (not its folder) and the sheet."""
    return f"{table.path.name}|{table.sheet or ''}"


def mapping_for(table: Table, target: str, mapping_path: str | Path | None = None,
                catalog: Catalog | None = None) -> Mapping:
    """The saved mapping re-applied to this file by header name, or the suggested one (from an
    account's own fields when its ``catalog`` is given, so a custom property's label finds it)."""
    if mapping_path is None:
        return suggest_for_table(table, target, catalog, learned=learned_for(target))
    mapping = Mapping.load(mapping_path)
    if mapping.target != target:
        raise InputError(mapping_path, N_("this mapping is for {crm}, not {target}").format(crm=mapping.target,
                                                                                           target=target))
    rebound, missing = mapping.rebind(table.headers)
    if missing:
        raise InputError(table.path, N_("columns named in the mapping are not in this file: {columns}").format(
            columns=", ".join(f"'{m}'" for m in missing)), sheet=table.sheet)
    return rebound


def check_table(table: Table, mapping: Mapping, progress: Progress | None = None,
                catalog: Catalog | None = None, rule: RowRule | None = None, *,
                workers: int | None = None, setup: Setup | None = None, polite: bool = False) -> Checked:
    """Check every row; a big table is checked on every core (``workers``, see ``pool``).

    ``catalog``/``rule``: an account's fields and row checks (core.account.catalog.checking_for);
    ``setup`` says how a worker process builds the same two (``pool.Setup``). Without it an
    account's checks run in this process only. ``polite``: the worker processes run at a lower
    priority, so a window stays responsive while they take every core.
    """
    plan = Plan(mapping, table.headers, catalog)  # the mapping and the catalog resolved once, for every step
    ways = column_ways(table, mapping, plan.catalog)
    checker = Checker(mapping, plan.catalog, rule, ways)
    fixer = Mangled(table, mapping)
    fixed: dict[int, list[Issue]] = {}
    accountless = catalog is None and rule is None
    with collector.paused():  # a checked row per record: see core.collector
        if (accountless or setup is not None) and processes.use_pool(len(table.records), workers):
            rows, fixed = check_in_pool(table, plan, checker, fixer, progress, workers,
                                        None if accountless else setup, polite, ways)
        else:
            mapped = fix_rows(fixer, plan.rows(table.records), fixed)
            rows = check_rows(mapping, mapped, len(table.records), progress, checker)
    add_cell_warnings(rows, fixed)
    add_cell_warnings(rows, cell_warnings_by_row(table, plan))
    return Checked(table, mapping, rows, checker, fixer, plan)


def _check_one(checked: Checked, index: int) -> None:
    """Check row ``index`` again from its record, keeping whether the person left it out."""
    excluded, reason = checked.rows[index].excluded, checked.rows[index].excluded_reason
    [m] = list(checked.plan.rows([checked.table.records[index]]))
    found = checked.fixer.fix(m) if checked.fixer is not None else []
    checked.rows[index] = checked.checker.check(m)
    checked.rows[index].issues.extend(found)
    checked.rows[index].excluded, checked.rows[index].excluded_reason = excluded, reason


def recheck_row(checked: Checked, index: int) -> list[int]:
    """Re-check row ``index`` (position in ``checked.rows``) after its record was edited.

    Returns the positions whose result may have changed: the row itself and rows that shared or
    now share its email (their duplicate flags depend on it).
    """
    table, checker = checked.table, checked.checker
    before = checker.rows_sharing_email(checked.rows[index].row)
    _check_one(checked, index)
    after = checker.rows_sharing_email(checked.rows[index].row)
    changed = [index]
    for row in sorted(set(before) | set(after)):
        i = checked.position(row)
        _check_one(checked, i)
        changed.append(i)
    cells = cell_warnings_by_row(table, checked.plan)
    for i in changed:  # a cell the person has since filled in no longer needs its warning
        values = table.records[i].values
        found = [w for w in cells.get(checked.rows[i].row, []) if values[table.column(w.column)] is None]
        checked.rows[i].issues.extend(found)
    return changed


def use_mode(checked: Checked, mode: str) -> list[int]:
    """HubSpot: the rows checked again for ``mode`` ('create', or 'upsert' when every row is sent as an update
    by email): an email that cannot be read costs only the email of a row with a name when creating, and stops
    the row when upserting by it. Returns the positions whose result changed; none when the mode is the one
    the rows were checked for (so a worker building batches after the window applied it changes nothing)."""
    checker = checked.checker
    mode = "upsert" if mode == "upsert" else "create"
    if checked.mapping.target != "hubspot" or checker is None or checker.mode == mode:
        return []
    checker.set_mode(mode)
    changed: list[int] = []
    for i, r in enumerate(checked.rows):
        if any(issue.code == codes.EMAIL_INVALID for issue in r.issues):
            changed.extend(recheck_row(checked, i))
    return sorted(set(changed))


def apply_duplicates(checked: Checked, decisions: Decisions) -> list[Fate]:
    """Apply a person's duplicate decisions before batching, so what is sent follows them."""
    from core.matching.decisions import apply_decisions

    return apply_decisions(checked.rows, decisions, checked.checker.check, checked.mapping.target)


def make_batches(checked: Checked, *, batch_size: int | None = None, mode: str = "create",
                 reference_source: str | None = None, progress: Progress | None = None,
                 links: dict[int, tuple[str, str, int]] | None = None, row_key: bool = False) -> list[Batch]:
    """The batches of ``checked``'s sendable rows. HubSpot upserts: the rows must have been checked for it
    (``use_mode``), or a person whose email could not be read would be created beside the one to update."""
    if mode == "upsert" and checked.mapping.target == "hubspot" and checked.checker is not None \
            and checked.checker.mode != "upsert":
        stray = [r.row for r in checked.rows if r.issues and r.sendable and any(
            i.code == codes.EMAIL_INVALID and i.severity == "warning" for i in r.issues)]
        if stray:
            raise ValueError(f"rows {stray[:5]} were checked for creating, not upserting: use_mode(checked, "
                             f"'upsert') first")
    opts = BatchOptions(
        links=links or {},
        row_key=row_key,
        target=checked.mapping.target,
        batch_size=batch_size,
        mode=mode,
        reference_source=reference_source or checked.mapping.reference_source,
        source_name=source_name(checked.table),
    )
    with collector.paused():
        return pack_batches(checked.rows, opts, progress)
