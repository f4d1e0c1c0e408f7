"""The window's jobs: each calls one stage's entry point (``core.pipeline``) and returns plain data.

The window runs each on a worker thread, so what it shows about a stage (a file's first rows, each
row's status, each batch's size) is worked out there rather than on the GUI thread. Each takes
``progress`` (a ``core.records.Progress``) as a keyword, used both for a progress bar and for
cancelling.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.mapping.model import Mapping
from core.pipeline.pool import Setup
from core.pipeline.stages import Checked, check_table, make_batches, read_table
from core.records import Progress, SheetInfo, Table
from core.targets.payloads import Batch
from core.words import N_

#: Rows shown in the header-row picker: enough to see titles, the header and some data.
PEEK_ROWS = 15
#: Sample values per column on the Map page.
SAMPLES = 5


@dataclass
class FileRead:
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
    """What ``read_job`` returns for an encrypted workbook: ask the person, then load again with it."""

    path: Path
    wrong: bool  # a password was given and did not open it
    message: str


def read_job(path: str | Path, sheet: str | None = None, header_row: int | None = None, *,
              progress: Progress, password: str | None = None, encoding: str | None = None) -> FileRead | NeedsPassword:
    """Read ``path`` (the sheet and header row are detected unless given).

    ``password`` opens an encrypted workbook (in memory only); ``encoding`` reads a text file in the
    encoding the person picked instead of the guessed one.
    """
    from core import readers  # imported late: the readers are large and only needed here

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
    return FileRead(path, sheets, table.sheet, peek[:PEEK_ROWS], detected, table, samples)


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


def check_job(table: Table, mapping: Mapping, *, progress: Progress, checks: Setup | None = None) -> CheckResult:
    """Check every row (a window's worker processes at a lower priority than the window); the mapping is
    copied so edits on the Map page cannot race with it.
    ``checks``: how an account's fields, options and lists are built (``core.account.catalog.account_checks``),
    here and in every worker process."""
    catalog, rule = checks() if checks is not None else (None, None)
    checked = check_table(table, mapping.model_copy(deep=True), progress, catalog, rule,
                          setup=checks, polite=True)
    checked.checker.index_emails()  # here, on the worker thread: the first edit re-checks at once
    statuses = [r.status for r in checked.rows]
    counts = {"ok": 0, "warning": 0, "error": 0, "excluded": 0}
    counts.update(Counter(statuses))
    from core.column_findings import column_findings

    return CheckResult(checked, statuses, counts, [i for i, r in enumerate(checked.rows) if r.issues],
                       column_findings(checked))


def batches_job(checked: Checked, *, mode: str, batch_size: int | None, reference_source: str | None,
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


def duplicates_job(checked: Checked, *, progress: Progress):
    """Groups of rows that are probably the same person (a ``DuplicateReport``); a date-of-birth column
    the mapping does not send is compared too (``core.matching.birthdates``), never sent."""
    from core.errors import InputError
    from core.matching.birthdates import birth_dates
    from core.matching.duplicates import find_duplicates
    from core.matching.engine import MatchingRefused

    try:
        return find_duplicates(checked.rows, checked.mapping.target, progress=_steps(progress),
                               dob=birth_dates(checked.table, checked.mapping))
    except MatchingRefused as e:
        raise InputError(checked.table.path, e.message, sheet=checked.table.sheet) from None


def account_compare_job(checked: Checked, connection: Any, *, refresh: bool = False, progress: Progress):
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
