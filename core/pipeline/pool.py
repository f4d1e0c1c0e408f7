"""Checking a big sheet on every core: row chunks in worker processes, one result as if checked in one.

Email and phone validation are most of the time and hold the GIL, so threads would not help;
processes do. Each worker maps (with its own ``core.mapping.plan.Plan``, made once), fixes and
checks a chunk of records with its own checker; what needs the whole file is done here afterwards,
in file order, exactly as the single-process path does it: a duplicate email whose first row sits
in an earlier chunk, and the checker's memory of every email (so an edited row can still be
re-checked). ``tests/core/test_check_pool.py`` compares
both paths row by row, and their payload bytes. For Virtuous, a worker also derives each row's
referenceId where it does not depend on the file (``CheckedRow.derived_id``): the payloads need it.

An account's checks (its fields, option values, lists) reach the workers as a ``Setup``: a function
importable by name and its picklable arguments, which each worker calls once to build its own
catalog and row rule (a closure or a bound method would not survive pickling). What a worker works
out once is kept in one ``_Worker`` object per process.

Progress is reported per finished chunk; a progress callback that raises (the window's Cancel)
stops the pool at once. Chunks are small enough that pickling one (which holds the GIL in C) never
freezes a window for long.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from core import processes
from core.mapping.catalog import Catalog
from core.mapping.model import Mapping
from core.mapping.plan import Plan
from core.records import Progress, Record, Table
from core.targets.reference_ids import file_free_id
from core.validation import issues as codes
from core.validation.check import Checker, RowRule, duplicate_email_issue
from core.validation.columns import ColumnWays
from core.validation.issues import CheckedRow, Issue, Wire, Wiring
from core.validation.mangled import Mangled

#: Rows per task. Each chunk's rows are pickled and unpickled in one call that holds the GIL, on the pool's
#: own threads in the window's process: at 4,000 rows that froze the window for ~100 ms; 1,000 keeps it short.
CHUNK_ROWS = 1_000


@dataclass(frozen=True)
class Setup:
    """How a worker builds an account's checks: ``build(*args) -> (catalog, rule)``, e.g.
    ``Setup(core.account.catalog.checking_for, (config, target))`` (``account_checks``). ``build`` must
    be importable by name and ``args`` picklable: a closure or a bound method would not survive pickling."""

    build: Callable[..., tuple[Catalog | None, RowRule | None]]
    args: tuple[Any, ...] = ()

    def __call__(self) -> tuple[Catalog | None, RowRule | None]:
        """The (catalog, rule) pair."""
        return self.build(*self.args)


# --- in the worker ---------------------------------------------------------------------------


class _Worker:
    """What one worker process works out once (``_init``) and uses for every chunk it checks."""

    def __init__(self, mapping_json: str, headers: list[str], zip5: bool, setup: Setup | None,
                 ways: dict[str, ColumnWays] | None) -> None:
        mapping = Mapping.model_validate_json(mapping_json)
        self.fixer = Mangled(None, mapping, column_says_zip5=zip5)
        catalog: Catalog | None
        catalog, self.rule = setup() if setup is not None else (None, None)
        self.plan = Plan(mapping, headers, catalog)  # this process's own, made once
        self.ways = ways
        self.wiring = Wiring(self.plan.source_columns)
        self.ids = mapping.target == "virtuous"

    def check(self, records: list[tuple[int, list[Any]]]) -> tuple[list[Wire], dict[int, list[Issue]]]:
        plan, fixer, wiring, ids = self.plan, self.fixer, self.wiring, self.ids
        checker = Checker(plan.mapping, plan.catalog, self.rule, self.ways)
        out: list[Wire] = []
        fixed: dict[int, list[Issue]] = {}
        for (_, source), m in zip(records, plan.rows(Record(r, v) for r, v in records), strict=True):
            found = fixer.fix(m)
            if found:
                fixed[m.row] = found
            row = checker.check(m)
            if ids:  # while the row is at hand (see CheckedRow.derived_id)
                row.derived_id = file_free_id(row)
            out.append(row.wire(source, wiring))
        return out, fixed


#: This process's worker, made by ``_init`` when the pool starts it (None in the process that asks).
_worker: _Worker | None = None


def _init(mapping_json: str, headers: list[str], zip5: bool, setup: Setup | None = None,
          polite: bool = False, ways: dict[str, ColumnWays] | None = None) -> None:
    global _worker
    processes.lower_priority(polite)
    _worker = _Worker(mapping_json, headers, zip5, setup, ways)


def _check_chunk(records: list[tuple[int, list[Any]]]) -> tuple[list[Wire], dict[int, list[Issue]]]:
    assert _worker is not None, "a pool's initializer makes the worker"
    return _worker.check(records)


# --- here ------------------------------------------------------------------------------------


def start_pool(n: int, args: tuple[Any, ...]) -> Any:
    """``n`` workers set up with ``_init(*args)``."""
    return processes.context().Pool(n, initializer=_init, initargs=args)


def _chunks(table: Table) -> Iterator[list[tuple[int, list[Any]]]]:
    recs = table.records
    for i in range(0, len(recs), CHUNK_ROWS):
        yield [(r.row, r.values) for r in recs[i : i + CHUNK_ROWS]]


def check_in_pool(table: Table, plan: Plan, checker: Checker, fixer: Mangled,
                  progress: Progress | None, workers: int | None = None, setup: Setup | None = None,
                  polite: bool = False, ways: dict[str, ColumnWays] | None = None,
                  ) -> tuple[list[CheckedRow], dict[int, list[Issue]]]:
    """The checked rows and the mangled-value warnings by row, as ``check_table``'s single path makes them.

    ``polite``: the workers run at a lower priority (a window asks for this, so it stays responsive);
    ``ways``: how each column writes numbers and dates, worked out here over the whole column."""
    n = workers or processes.worker_count()
    total = len(table.records)
    rows: list[CheckedRow] = []
    fixed: dict[int, list[Issue]] = {}
    if progress:
        progress(0, total)
    args = (plan.mapping.model_dump_json(), list(table.headers), fixer.column_says_zip5, setup, polite, ways)
    recs = table.records
    seen: dict[str, str] = {}
    settle = _Duplicates(plan)
    with start_pool(n, args) as pool:
        for part, part_fixed in pool.imap(_check_chunk, _chunks(table)):
            at = len(rows)  # chunks come back in order, one wire row per record
            rows.extend(CheckedRow.from_wire(w, recs[at + k].values, seen) for k, w in enumerate(part))
            settle.chunk(rows, at)  # while the workers check the next chunks, not after the last
            fixed.update(part_fixed)
            if progress:
                progress(len(rows), total)
    checker.learn_later(rows)
    return rows, fixed


class _Duplicates:
    """Flags emails first seen in an earlier chunk, chunk by chunk in file order as they come back."""

    def __init__(self, plan: Plan) -> None:
        self.column = plan.label("email")
        self.target = plan.target
        self.first: dict[str, int] = {}

    def chunk(self, rows: list[CheckedRow], start: int) -> None:
        """Settle ``rows[start:]``, every row before them settled already."""
        first, column = self.first, self.column
        for r in rows[start:]:
            email = r.get("email")
            if not email:
                continue
            seen = first.setdefault(email, r.row)
            if seen == r.row:
                continue
            at = next((k for k, i in enumerate(r.issues) if i.code == codes.EMAIL_DUPLICATE), None)
            issue = duplicate_email_issue(r.row, column, email, seen, self.target)
            if at is None:
                r.issues.append(issue)
            else:  # the worker only knew its own chunk: the first row may be in an earlier one
                r.issues[at] = issue
