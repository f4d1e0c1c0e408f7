"""Checking a big sheet on every core: row chunks in worker processes, one result as if checked in one.

Email and phone validation are most of the time and hold the GIL, so threads would not help;
processes do. Each worker maps, fixes and checks a chunk of records with its own checker; what
needs the whole file is done here afterwards, in file order, exactly as the single-process path
does it: a duplicate email whose first row sits in an earlier chunk, and the checker's memory of
every email (so an edited row can still be re-checked). ``tests/core/test_check_pool.py`` compares
both paths row by row, and their payload bytes. For Virtuous, a worker also derives each row's
referenceId where it does not depend on the file (``CheckedRow.derived_id``): the payloads need it.

An account's checks (its fields, option values, lists) reach the workers as ``setup``: a function
importable by name and its picklable arguments, which each worker calls once to build its own
catalog and row rule (a closure or a bound method would not survive pickling).

Progress is reported per finished chunk; a progress callback that raises (the window's Cancel)
stops the pool at once. Chunks are small enough that pickling one (which holds the GIL in C) never
freezes a window for long.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from core import processes
from core.mapping.apply import apply_mapping, source_columns
from core.mapping.model import Mapping
from core.records import Progress, Record, Table
from core.targets.reference_ids import file_free_id
from core.validation import issues as codes
from core.validation.check import Checker, duplicate_email_issue
from core.validation.columns import ColumnWays
from core.validation.issues import CheckedRow, Issue, Wire, Wiring
from core.validation.mangled import Mangled

#: Rows per task. Each chunk's rows are pickled and unpickled in one call that holds the GIL, on the pool's
#: own threads in the window's process: at 4,000 rows that froze the window for ~100 ms; 1,000 keeps it short.
CHUNK_ROWS = 1_000

#: How a worker builds an account's checks: ``fn(*args) -> (catalog, rule)``, e.g.
#: ``(core.account.catalog.checking_for, (config, target))``.
Setup = tuple[Callable[..., tuple[Any, Any]], tuple[Any, ...]]


# --- in the worker ---------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init(mapping_json: str, headers: list[str], zip5: bool, setup: Setup | None = None,
          polite: bool = False, ways: dict[str, ColumnWays] | None = None) -> None:
    processes.lower_priority(polite)
    mapping = Mapping.model_validate_json(mapping_json)
    catalog, rule = setup[0](*setup[1]) if setup is not None else (None, None)
    _STATE.update(mapping=mapping, headers=headers, fixer=Mangled(None, mapping, column_says_zip5=zip5),
                  catalog=catalog, rule=rule, ways=ways, wiring=Wiring(source_columns(mapping, headers)),
                  ids=mapping.target == "virtuous")


def _check_chunk(records: list[tuple[int, list[Any]]]) -> tuple[list[Wire], dict[int, list[Issue]]]:
    mapping, headers, fixer = _STATE["mapping"], _STATE["headers"], _STATE["fixer"]
    checker = Checker(mapping, _STATE["catalog"], _STATE["rule"], _STATE["ways"])
    out: list[Wire] = []
    fixed: dict[int, list[Issue]] = {}
    wiring, ids = _STATE["wiring"], _STATE["ids"]
    mapped = apply_mapping(mapping, headers, (Record(r, v) for r, v in records))
    for (_, source), m in zip(records, mapped, strict=True):
        found = fixer.fix(m)
        if found:
            fixed[m.row] = found
        row = checker.check(m)
        if ids:  # while the row is at hand (see CheckedRow.derived_id)
            row.derived_id = file_free_id(row)
        out.append(row.wire(source, wiring))
    return out, fixed


# --- here ------------------------------------------------------------------------------------


def start_pool(n: int, args: tuple[Any, ...]) -> Any:
    """``n`` workers set up with ``_init(*args)``."""
    return processes.context().Pool(n, initializer=_init, initargs=args)


def _chunks(table: Table) -> Iterator[list[tuple[int, list[Any]]]]:
    recs = table.records
    for i in range(0, len(recs), CHUNK_ROWS):
        yield [(r.row, r.values) for r in recs[i : i + CHUNK_ROWS]]


def check_in_pool(table: Table, mapping: Mapping, checker: Checker, fixer: Mangled,
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
    args = (mapping.model_dump_json(), list(table.headers), fixer.column_says_zip5, setup, polite, ways)
    recs = table.records
    seen: dict[str, str] = {}
    settle = _Duplicates(mapping)
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

    def __init__(self, mapping: Mapping) -> None:
        fm = mapping.for_field("email")
        self.column = (" + ".join(fm.sources) if fm.sources else "(same for every row)") if fm is not None \
            else "email"
        self.target = mapping.target
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
