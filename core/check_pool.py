"""Checking a big sheet on every core: row chunks in worker processes, one result as if checked in one.

Email and phone validation are most of the time and hold the GIL, so threads would not help;
processes do. Each worker maps, fixes and checks a chunk of records with its own checker; what
needs the whole file is done here afterwards, in file order, exactly as the single-process path
does it: a duplicate email whose first row sits in an earlier chunk, and the checker's memory of
every email (so an edited row can still be re-checked). ``tests/core/test_check_pool.py`` compares
both paths row by row.

An account's checks (its fields, option values, lists) reach the workers as ``setup``: a function
importable by name and its picklable arguments, which each worker calls once to build its own
catalog and row rule (a closure or a bound method would not survive pickling).

Progress is reported per finished chunk; a progress callback that raises (the window's Cancel)
stops the pool at once. Chunks are small enough that pickling one (which holds the GIL in C) never
freezes a window for long.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from typing import Any

from core.mapping.apply import apply_mapping
from core.mapping.model import Mapping
from core.records import Progress, Record, Table
from core.validation import issues as codes
from core.validation.check import Checker
from core.validation.issues import CheckedRow, Issue
from core.validation.mangled import Mangled
from core.words import N_

#: Below this many rows starting processes costs more than it saves.
MIN_ROWS = 20_000
#: Rows per task. Each chunk's rows are pickled and unpickled in one call that holds the GIL, on the pool's
#: own threads in the window's process: at 4,000 rows that froze the window for ~100 ms; 1,000 keeps it short.
CHUNK_ROWS = 1_000

#: How much lower a worker runs than the window that started it (Unix ``nice``): checking takes every
#: core, and without this the GUI thread waits its turn for one, a stall of 100 ms or more.
POLITE_NICENESS = 10

#: How a worker builds an account's checks: ``fn(*args) -> (catalog, rule)``, e.g.
#: ``(core.account.catalog.checking_for, (config, target))``.
Setup = tuple[Callable[..., tuple[Any, Any]], tuple[Any, ...]]


def worker_count() -> int:
    """``CONTACT_IMPORTER_WORKERS`` if set (1 turns the pool off), else every core."""
    env = os.environ.get("CONTACT_IMPORTER_WORKERS")
    if env and env.isdigit():
        return max(int(env), 1)
    return os.cpu_count() or 1


def use_pool(rows: int, workers: int | None) -> bool:
    return (workers or worker_count()) > 1 and rows >= MIN_ROWS


# --- in the worker ---------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init(mapping_json: str, headers: list[str], zip5: bool, setup: Setup | None = None,
          polite: bool = False) -> None:
    if polite and hasattr(os, "nice"):  # a window's GUI thread wins the cores whenever it needs one
        os.nice(POLITE_NICENESS)
    mapping = Mapping.model_validate_json(mapping_json)
    catalog, rule = setup[0](*setup[1]) if setup is not None else (None, None)
    _STATE.update(mapping=mapping, headers=headers, fixer=Mangled(None, mapping, column_says_zip5=zip5),
                  catalog=catalog, rule=rule)


def _check_chunk(records: list[tuple[int, list[Any]]]) -> tuple[list[CheckedRow], dict[int, list[Issue]]]:
    mapping, headers, fixer = _STATE["mapping"], _STATE["headers"], _STATE["fixer"]
    checker = Checker(mapping, _STATE["catalog"], _STATE["rule"])
    out: list[CheckedRow] = []
    fixed: dict[int, list[Issue]] = {}
    for m in apply_mapping(mapping, headers, (Record(r, v) for r, v in records)):
        found = fixer.fix(m)
        if found:
            fixed[m.row] = found
        out.append(checker.check(m))
    return out, fixed


# --- here ------------------------------------------------------------------------------------


def _context() -> Any:
    """forkserver where there is one (Linux, macOS), else spawn (Windows): never a plain fork.

    A forked worker starts sharing every page of this process, the whole table read; but this
    process keeps touching those rows (sending them out in chunks changes their reference counts),
    and each page it writes is copied, the worker keeping the old one: at a million rows the two
    workers held 580 MB between them. A fork server is a fresh process that has imported only the
    checking code, so its workers start small and quickly, and are as safe beside threads (the
    window) as spawned ones.
    """
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["core.check_pool"])
        return ctx
    return mp.get_context("spawn")


def start_pool(n: int, args: tuple[Any, ...]) -> Any:
    """``n`` workers set up with ``_init(*args)``."""
    return _context().Pool(n, initializer=_init, initargs=args)


def _chunks(table: Table) -> Iterator[list[tuple[int, list[Any]]]]:
    recs = table.records
    for i in range(0, len(recs), CHUNK_ROWS):
        yield [(r.row, r.values) for r in recs[i : i + CHUNK_ROWS]]


def check_in_pool(table: Table, mapping: Mapping, checker: Checker, fixer: Mangled,
                  progress: Progress | None, workers: int | None = None, setup: Setup | None = None,
                  polite: bool = False) -> tuple[list[CheckedRow], dict[int, list[Issue]]]:
    """The checked rows and the mangled-value warnings by row, as ``check_table``'s single path makes them.

    ``polite``: the workers run at a lower priority (a window asks for this, so it stays responsive)."""
    n = workers or worker_count()
    total = len(table.records)
    rows: list[CheckedRow] = []
    fixed: dict[int, list[Issue]] = {}
    if progress:
        progress(0, total)
    args = (mapping.model_dump_json(), list(table.headers), fixer.column_says_zip5, setup, polite)
    with start_pool(n, args) as pool:
        for part, part_fixed in pool.imap(_check_chunk, _chunks(table)):
            rows.extend(part)
            fixed.update(part_fixed)
            if progress:
                progress(len(rows), total)
    _settle_duplicates(rows, mapping, checker)
    return rows, fixed


def _settle_duplicates(rows: list[CheckedRow], mapping: Mapping, checker: Checker) -> None:
    """Flag emails first seen in an earlier chunk, and teach ``checker`` every row's email."""
    fm = mapping.for_field("email")
    column = (" + ".join(fm.sources) if fm.sources else "(same for every row)") if fm is not None else "email"
    sev = "error" if mapping.target == "hubspot" else "warning"
    first: dict[str, int] = {}
    for r in rows:
        email = r.get("email")
        if not email:
            continue
        checker.remember(r.row, email)
        seen = first.setdefault(email, r.row)
        at = next((k for k, i in enumerate(r.issues) if i.code == codes.EMAIL_DUPLICATE), None)
        if seen == r.row:
            continue
        issue = Issue(r.row, codes.EMAIL_DUPLICATE, sev, column, "email", email,
                      N_("Row {row}, column '{column}': '{value}' is also in row {first}").format(
                          row=r.row, column=column, value=email, first=seen))
        if at is None:
            r.issues.append(issue)
        else:  # the worker only knew its own chunk: the first row may be in an earlier one
            r.issues[at] = issue
