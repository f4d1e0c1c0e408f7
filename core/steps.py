"""The Open, Check and Preview steps as single calls that return plain data, for any front end.

The window runs each on a worker thread. Each takes ``progress`` (a ``core.records.Progress``) as a
keyword, used both for a progress bar and for cancelling.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.account import cache
from core.account.catalog import account_catalog
from core.mapping.automap import suggest_mapping
from core.mapping.learned import learned_for
from core.mapping.model import Mapping
from core.pipeline import Checked, check_table, make_batches
from core.records import Progress, SheetInfo, Table
from core.targets.payloads import Batch
from core.words import N_

#: Rows shown in the header-row picker: enough to see titles, the header and some data.
PEEK_ROWS = 15
#: Sample values per column on the Map page.
SAMPLES = 5


@dataclass
class Loaded:
    """A file read for the window: its sheets, its first rows as they are, and the table."""

    path: Path
    sheets: list[SheetInfo]
    sheet: str | None
    peek: list[list[Any]]
    detected_header_row: int
    table: Table
    samples: list[list[Any]] = field(default_factory=list)  # first non-empty values of each column


@dataclass
class NeedsPassword:
    """What ``load_file`` returns for an encrypted workbook: ask the person, then load again with it."""

    path: Path
    wrong: bool  # a password was given and did not open it
    message: str


def load_file(path: str | Path, sheet: str | None = None, header_row: int | None = None, *,
              progress: Progress, password: str | None = None, encoding: str | None = None) -> Loaded | NeedsPassword:
    """Read ``path`` (the sheet and header row are detected unless given).

    ``password`` opens an encrypted workbook (in memory only); ``encoding`` reads a text file in the
    encoding the person picked instead of the guessed one.
    """
    from core import readers  # imported late: the readers are large and only needed here
    from core.pipeline import read_table

    path = Path(path)
    progress(0, 0)
    try:
        sheets = readers.list_sheets(path, password=password)
        table = read_table(path, sheet=sheet, header_row=header_row, progress=progress,
                           password=password, encoding=encoding)
    except readers.PasswordNeeded as e:
        return NeedsPassword(path, e.wrong, e.message)
    # A workbook reader hands back the rows it scanned for the header; parsing the sheet again
    # would double the load time of a big workbook.
    peek = table.peek or readers.peek_rows(path, sheet=table.sheet, limit=max(PEEK_ROWS, 30),
                                           password=password, encoding=encoding)
    detected = readers.detect_header_row(peek)
    # Samples are found here: a mostly empty column would make the search scan every row.
    samples = [table.sample_values(i, SAMPLES) for i in range(len(table.headers))]
    return Loaded(path, sheets, table.sheet, peek[:PEEK_ROWS], detected, table, samples)


@dataclass
class AccountRead:
    """An account's configuration read for the window, and the mapping its fields suggest for ``headers``."""

    loaded: cache.Loaded
    headers: list[str]
    suggested: Mapping | None  # None: no account (the built-in suggestion stands) or no headers


def read_account(connect: Callable[[], Any], *, target: str, headers: list[str], refresh: bool = False,
                 progress: Progress | None = None, columns: list[list[Any]] | None = None) -> AccountRead:
    """``cache.account_step`` for the connection ``connect()`` gives, plus the suggestion from its fields.

    Both are worked out here, on the window's worker: connecting may start the practice CRM, and
    suggesting compares every column with every field of the account (tens of ms on its thread)."""
    loaded = cache.account_step(connect(), refresh=refresh, progress=progress)
    config = loaded.config
    suggested = None
    if config is not None and config.target == target and headers:
        suggested = suggest_mapping(headers, target, account_catalog(config, target), columns,
                                    learned=learned_for(target, config.connection))
    return AccountRead(loaded, list(headers), suggested)


@dataclass
class CheckResult:
    """A checked table and each row's status, counted once here rather than on the GUI thread."""

    checked: Checked
    statuses: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    #: Positions of the rows with any problem, in order (the Check step's "only problems" filter).
    problems: list[int] = field(default_factory=list)
    #: Columns most of whose values fail one check (core.column_findings): likely a wrong mapping.
    findings: list = field(default_factory=list)


def run_check(table: Table, mapping: Mapping, *, progress: Progress, account: Any = None) -> CheckResult:
    """Check every row (a window's worker processes at a lower priority than the window); the mapping is
    copied so edits on the Map page cannot race with it.
    ``account`` (a ``core.account.model.AccountConfig``): check against its fields, options and lists."""
    from core.account.catalog import checking_for

    catalog, rule = checking_for(account, mapping.target)
    checked = check_table(table, mapping.model_copy(deep=True), progress, catalog, rule,
                          setup=(checking_for, (account, mapping.target)), polite=True)
    checked.checker.index_emails()  # here, on the worker thread: the first edit re-checks at once
    statuses = [r.status for r in checked.rows]
    counts = {"ok": 0, "warning": 0, "error": 0, "excluded": 0}
    counts.update(Counter(statuses))
    from core.column_findings import column_findings

    return CheckResult(checked, statuses, counts, [i for i, r in enumerate(checked.rows) if r.issues],
                       column_findings(checked))


def build_batches(checked: Checked, *, mode: str, batch_size: int | None, reference_source: str | None,
                  progress: Progress, row_key: bool = False) -> list[Batch]:
    """The exact request bodies; the same call the Send step will send (``row_key``: HubSpot, with the
    account's row key on every contact created, ``core.targets.row_key``).

    Each batch's size is measured here too (its body is built once and dropped, but the first one's
    is kept, to be shown; see ``Batch.size``):
    the list of batches shows it, and measuring a screenful of bodies (a few ms each) on the GUI
    thread while the list paints would freeze the window. Cutting the rows into batches is quick, so the
    progress reported is that of the measuring.
    """
    batches = make_batches(checked, batch_size=batch_size, mode=mode, reference_source=reference_source,
                           progress=lambda _done, total: progress(0, total), row_key=row_key)
    total = sum(len(b.items) for b in batches)
    done = 0
    if batches:
        batches[0].keep_body()  # shown first: its body is ready when the list appears
    for b in batches:
        b.size  # noqa: B018 - measured and remembered by the batch
        done += len(b.items)
        progress(done, total)
    return batches


def _steps(progress: Progress):
    """The engine reports (step, steps, what); a window's progress bar (and Cancel) wants (done, total)."""
    return lambda i, n, _what: progress(i, n)


def run_duplicates(checked: Checked, *, progress: Progress):
    """Groups of rows that are probably the same person (a ``DuplicateReport``)."""
    from core.errors import InputError
    from core.matching.duplicates import find_duplicates
    from core.matching.engine import MatchingRefused

    try:
        return find_duplicates(checked.rows, checked.mapping.target, progress=_steps(progress))
    except MatchingRefused as e:
        raise InputError(checked.table.path, e.message, sheet=checked.table.sheet) from None


def run_account_compare(checked: Checked, connection: Any, *, refresh: bool = False, progress: Progress):
    """Each row labelled new / probably existing / ambiguous against the account's people (an
    ``AccountReport``); the people come from the local cache unless ``refresh`` or there is none."""
    from core.errors import InputError
    from core.matching.account import CacheProblem, cache_path, fetch_people, load_cache, save_cache
    from core.matching.engine import MatchingRefused
    from core.matching.linking import match_account
    from core.paths import data_dir

    path = cache_path(data_dir() / "account-cache", connection)
    people = None
    notes = []
    if not refresh:
        try:
            people = load_cache(path, connection)
        except CacheProblem as e:  # damaged or another account's: fetched again below, and replaced
            notes.append(N_("{problem}; it was fetched again.").format(problem=e.message.split(";")[0]))
    if people is None:
        people = fetch_people(connection, progress=lambda n, total: progress(n, total))
        save_cache(path, people)
    try:
        report = match_account(checked.rows, checked.mapping.target, people, progress=_steps(progress))
    except MatchingRefused as e:
        raise InputError(checked.table.path, e.message, sheet=checked.table.sheet) from None
    report.notes.extend(notes)
    return report
