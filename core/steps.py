"""The Open, Check and Preview steps as single calls that return plain data, for any front end.

The window runs each on a worker thread. Each takes ``progress`` (a ``core.records.Progress``) as a
keyword, used both for a progress bar and for cancelling.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.mapping.model import Mapping
from core.pipeline import Checked, check_table, make_batches
from core.records import Progress, SheetInfo, Table
from core.targets.payloads import Batch

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


def load_file(path: str | Path, sheet: str | None = None, header_row: int | None = None, *,
              progress: Progress) -> Loaded:
    """Read ``path`` (the sheet and header row are detected unless given)."""
    from core import readers  # imported late: the readers are large and only needed here

    path = Path(path)
    progress(0, 0)
    sheets = readers.list_sheets(path)
    table = readers.read_table(path, sheet=sheet, header_row=header_row, progress=progress)
    # A workbook reader hands back the rows it scanned for the header; parsing the sheet again
    # would double the load time of a big workbook.
    peek = table.peek or readers.peek_rows(path, sheet=table.sheet, limit=max(PEEK_ROWS, 30))
    detected = readers.detect_header_row(peek)
    # Samples are found here: a mostly empty column would make the search scan every row.
    samples = [table.sample_values(i, SAMPLES) for i in range(len(table.headers))]
    return Loaded(path, sheets, table.sheet, peek[:PEEK_ROWS], detected, table, samples)


@dataclass
class CheckResult:
    """A checked table and each row's status, counted once here rather than on the GUI thread."""

    checked: Checked
    statuses: list[str]
    counts: dict[str, int] = field(default_factory=dict)


def run_check(table: Table, mapping: Mapping, *, progress: Progress) -> CheckResult:
    """Check every row; the mapping is copied so edits on the Map page cannot race with it."""
    checked = check_table(table, mapping.model_copy(deep=True), progress)
    statuses = [r.status for r in checked.rows]
    counts = {"ok": 0, "warning": 0, "error": 0, "excluded": 0}
    counts.update(Counter(statuses))
    return CheckResult(checked, statuses, counts)


def build_batches(checked: Checked, *, mode: str, batch_size: int | None, reference_source: str | None,
                  progress: Progress) -> list[Batch]:
    """The exact request bodies; the same call the Send step will send.

    Each batch's size is measured here too (its body is built once and dropped; see ``Batch.size``):
    the list of batches shows it, and measuring a screenful of bodies (a few ms each) on the GUI
    thread while the list paints would freeze the window. Cutting the rows into batches is quick, so the
    progress reported is that of the measuring.
    """
    batches = make_batches(checked, batch_size=batch_size, mode=mode, reference_source=reference_source,
                           progress=lambda _done, total: progress(0, total))
    total = sum(len(b.items) for b in batches)
    done = 0
    for b in batches:
        b.size  # noqa: B018 - measured and remembered by the batch
        done += len(b.items)
        progress(done, total)
    return batches
