"""Workbooks (.xlsx, .xlsm, .xls, .ods) through python-calamine.

calamine parses in Rust about ten times faster than openpyxl and already hands back dates as
``datetime.date``/``datetime`` and formulas as their cached values, so the Python side only
strips strings, turns whole floats into ints and numbers the rows as Excel does.
"""

from __future__ import annotations

import io
from itertools import islice
from pathlib import Path
from typing import Any

from python_calamine import (
    CalamineSheet,
    CalamineWorkbook,
    PasswordError,
    SheetTypeEnum,
    SheetVisibleEnum,
)

from core import collector
from core.errors import InputError
from core.readers import protected
from core.readers.cell_errors import SheetScan, find_odd_cells
from core.readers.files import DAMAGED, LOCKED, Content, read_head
from core.readers.header import HEADER_SCAN_ROWS, detect_header_row, reading_notes, shape_columns
from core.readers.values import clean_workbook_row, is_blank, shared_strings
from core.readers.workbook_guard import WorkbookGuard
from core.records import CellWarning, Progress, Record, SheetInfo, Table
from core.words import N_

PROGRESS_EVERY = 5_000
_NATIVE = {Content.ZIP: (".xlsx", ".xlsm", ".xlsb", ".ods")}
_FATAL = (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)


def open_workbook(path: Path, ext: str, content: Content, password: str | None = None) -> CalamineWorkbook:
    """Open by name when name and content agree, else let calamine go by content.

    A renamed workbook (.xls that is really .xlsx) still opens. An OLE box holding an
    "EncryptionInfo" stream is an encrypted .xlsx/.xlsb; an .xls can be encrypted inside. Both are
    decrypted in memory (see ``protected``).
    """
    wb, _, _, guard = _open(path, ext, content, password)
    if guard is not None:
        guard.close()
    return wb


def _guarded(path: Path, source: Path | bytes) -> WorkbookGuard | None:
    """A zip workbook's parts are checked before calamine unpacks any (see ``workbook_guard``)."""
    head = source[:4] if isinstance(source, bytes) else read_head(path, 4)
    if head != b"PK\x03\x04":
        return None
    return WorkbookGuard(path, source, scan_sheets=True)


def _open(
    path: Path, ext: str, content: Content, password: str | None
) -> tuple[CalamineWorkbook, bool, Path | bytes, WorkbookGuard | None]:
    """The workbook; whether it is Excel 5.0/95 (a "Book" stream), which calamine reads only
    partly, so one that shows no data gets the "old Excel format" sentence; where its bytes
    are (the file, or the decrypted bytes in memory); and the guard its sheets pass before they are
    built (None for a workbook that is not a zip)."""
    if content is Content.ZIP and ext in _NATIVE[Content.ZIP]:
        guard = _guarded(path, path)
        try:
            return CalamineWorkbook.from_path(str(path)), False, path, guard
        except PermissionError:
            raise InputError(path, LOCKED) from None
        except BaseException as e:  # pyo3 panics derive from BaseException
            if guard is not None:
                guard.close()
            if isinstance(e, _FATAL):
                raise
    data = _read_bytes(path)
    streams = protected.ole_streams(data) if content is Content.OLE else None
    old = streams is not None and protected.is_old_excel(streams)
    if streams is not None and "EncryptionInfo" in streams:
        plain = protected.decrypt(path, data, password)
        return _from_bytes(path, plain), False, plain, _guarded(path, plain)
    guard = _guarded(path, data)
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data)), old, data, guard
    except PasswordError:
        plain = protected.decrypt(path, data, password)
        return _from_bytes(path, plain), False, plain, _guarded(path, plain)
    except BaseException as e:
        if isinstance(e, _FATAL):
            raise
    raise InputError(path, protected.OLD_EXCEL if old else DAMAGED)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(path, LOCKED) from None
    except OSError as e:
        raise InputError(path, N_("The file could not be read ({detail}).").format(detail=e.strerror or e)) from None


def _from_bytes(path: Path, data: bytes) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except BaseException as e:
        if isinstance(e, _FATAL):
            raise
        raise InputError(path, DAMAGED) from None


def sheet_infos(wb: CalamineWorkbook) -> list[SheetInfo]:
    """Worksheets as tabs a person sees; chart and macro sheets hold no rows, so they're left out."""
    return [
        SheetInfo(m.name, hidden=m.visible != SheetVisibleEnum.Visible)
        for m in wb.sheets_metadata
        if m.typ == SheetTypeEnum.WorkSheet
    ]


def list_workbook_sheets(path: Path, ext: str, content: Content, password: str | None = None) -> list[SheetInfo]:
    wb = open_workbook(path, ext, content, password)
    try:
        return sheet_infos(wb)
    finally:
        wb.close()


def _load_sheet(wb: CalamineWorkbook, path: Path, name: str, guard: WorkbookGuard | None = None) -> CalamineSheet:
    if guard is not None:
        guard.check_sheet(name)  # a rectangle calamine would build is refused here, before it tries
    try:
        return wb.get_sheet_by_name(name)
    except BaseException as e:
        if isinstance(e, _FATAL):
            raise
        raise InputError(path, DAMAGED, sheet=name) from None


def _resolve_name(infos: list[SheetInfo], path: Path, wanted: str) -> str:
    """Exact name first; then ignoring case and outer spaces, as a person may type it."""
    names = [s.name for s in infos]
    if wanted in names:
        return wanted
    loose = [n for n in names if n.strip().casefold() == wanted.strip().casefold()]
    if len(loose) == 1:
        return loose[0]
    listed = ", ".join(f"'{n}'" for n in names) or "none"
    raise InputError(path, N_("There is no sheet named '{sheet}'; the sheets are: {sheets}.").format(
        sheet=wanted, sheets=listed))


def _table_width(sh: CalamineSheet) -> int:
    """How many header cells the sheet's table has (0: no table, just a title page or stray cells).

    Only the first rows are looked at, the rows the header may sit in, so a big sheet is cheap.
    """
    if sh.start is None:
        return 0
    head = [clean_workbook_row(row) for row in sh.to_python(nrows=HEADER_SCAN_ROWS + 1)]
    h = detect_header_row(head[:HEADER_SCAN_ROWS])
    if not any(not is_blank(r) for r in head[h:]):
        return 0
    return len(head[h - 1]) - head[h - 1].count(None)


def choose_sheet(
    wb: CalamineWorkbook, path: Path, infos: list[SheetInfo], wanted: str | None, guard: WorkbookGuard | None = None
) -> tuple[str, CalamineSheet, list[str]]:
    """The named sheet, or the first visible one holding a table, and the sheets passed over.

    Hidden sheets hold lookups, not people. A title page or a sheet with one stray cell comes
    first in many workbooks; the first sheet whose header spans two or more columns with rows
    under it wins, else the first with any rows under a header (a one-column list of emails).
    """
    if wanted is not None:
        name = _resolve_name(infos, path, wanted)
        return name, _load_sheet(wb, path, name, guard), []
    passed: list[str] = []
    fallback: tuple[str, CalamineSheet] | None = None
    for info in infos:
        if info.hidden:
            continue
        sheet = _load_sheet(wb, path, info.name, guard)
        if not sheet.height:
            continue
        width = _table_width(sheet)
        if width >= 2:
            return info.name, sheet, passed
        if width == 1 and fallback is None:
            fallback = info.name, sheet
        passed.append(info.name)
    if fallback is not None:
        return fallback[0], fallback[1], [n for n in passed if n != fallback[0]]
    if passed:
        first = passed[0]
        return first, _load_sheet(wb, path, first, guard), passed[1:]
    hidden = [i.name for i in infos if i.hidden and _load_sheet(wb, path, i.name, guard).height]
    if hidden:
        listed = ", ".join(f"'{n}'" for n in hidden)
        raise InputError(path, N_("No visible sheet has data, only the hidden sheet(s) {sheets}; choose one of them."
                                  ).format(sheets=listed))
    raise InputError(path, N_("The workbook has no data in any sheet."))


def _choose_sheet(
    wb: CalamineWorkbook, path: Path, infos: list[SheetInfo], wanted: str | None, old: bool,
    guard: WorkbookGuard | None
) -> tuple[str, CalamineSheet, list[str]]:
    try:
        return choose_sheet(wb, path, infos, wanted, guard)
    except InputError:
        if old:
            raise InputError(path, protected.OLD_EXCEL) from None
        raise


def _sheet_note(name: str, infos: list[SheetInfo], passed: list[str]) -> str:
    """Which sheet was read and what the others are, so a person can pick another."""
    # One sentence made of marked pieces: each {more} is itself one of these sentences (or nothing).
    more = ""
    others = [i.name for i in infos if i.name != name and i.name not in passed]
    if passed and others:
        more = N_("; other sheets: {sheets}").format(sheets=", ".join(f"'{n}'" for n in others))
    if passed:
        listed = ", ".join(f"'{n}'" for n in passed)
        said = N_("; {sheets} has no table{more}") if len(passed) == 1 else N_("; {sheets} have no table{more}")
        more = said.format(sheets=listed, more=more)
    return N_("Read sheet '{sheet}' ({n} sheets in the workbook){more}").format(sheet=name, n=len(infos), more=more)


def peek_workbook(
    path: Path, ext: str, content: Content, sheet: str | None, limit: int, password: str | None = None
) -> list[list[Any]]:
    """First rows from Excel row 1 and column A, so list index i is row i+1 of the sheet."""
    wb, old, _, guard = _open(path, ext, content, password)
    try:
        with collector.paused():
            _, sh, _ = _choose_sheet(wb, path, sheet_infos(wb), sheet, old, guard)
            start = sh.start
            if start is None or limit <= 0:
                return []
            r0, c0 = start
            head = [clean_workbook_row(row) for row in sh.to_python(nrows=max(limit - r0, 0))]
            return _peek(head, r0, c0, sh.width, limit)
    finally:
        wb.close()
        if guard is not None:
            guard.close()


def read_workbook(
    path: Path,
    ext: str,
    content: Content,
    sheet: str | None,
    header_row: int | None,
    progress: Progress | None,
    password: str | None = None,
) -> Table:
    wb, old, source, guard = _open(path, ext, content, password)
    try:
        with collector.paused():
            infos = sheet_infos(wb)
            name, sh, passed = _choose_sheet(wb, path, infos, sheet, old, guard)
            try:
                table = _read_sheet(path, name, sh, header_row, progress)
            except InputError:
                if old:
                    raise InputError(path, protected.OLD_EXCEL) from None
                raise
    finally:
        wb.close()
        if guard is not None:
            guard.close()
    table.sheets = [
        SheetInfo(i.name, i.hidden, len(table.records)) if i.name == name else i for i in infos
    ]
    if sheet is None and len(infos) > 1:
        table.notes.insert(0, _sheet_note(name, infos, passed))
    scan = guard.scans.get(name) if guard is not None else None
    _note_odd_cells(table, source, scan)
    if scan is not None and scan.long_text:
        _cap_long_cells(table)
    return table


#: Excel's own limit on what one cell holds; a longer value did not come from Excel and is no person's data.
MAX_CELL_CHARS = 32_767


def _cap_long_cells(table: Table) -> None:
    """Values longer than a cell may hold are left out, each warned about by cell (only run on a sheet whose
    XML has a megabyte without a tag, so ordinary sheets never pay for the walk)."""
    from core.readers.header import column_letter

    found: list[CellWarning] = []
    for record in table.records:
        values = record.values
        for i, v in enumerate(values):
            if type(v) is str and len(v) > MAX_CELL_CHARS:
                values[i] = None
                ref = f"{column_letter(table.source_columns[i])}{record.row}"
                found.append(CellWarning(record.row, table.headers[i], ref, N_(
                    "text of {n} characters, more than a cell can hold ({limit})").format(
                        n=f"{len(v):,}", limit=f"{MAX_CELL_CHARS:,}"), "error"))
    if found:
        table.cell_warnings.extend(found)
        listed = ", ".join(w.cell for w in found[:5]) + (", …" if len(found) > 5 else "")
        said = (N_("{n} cell with more text than a cell can hold ({limit} characters), read as empty: {cells}")
                if len(found) == 1 else
                N_("{n} cells with more text than a cell can hold ({limit} characters), read as empty: {cells}"))
        table.notes.append(said.format(n=len(found), limit=f"{MAX_CELL_CHARS:,}", cells=listed))


def _note_odd_cells(table: Table, source: Path | bytes, scan: SheetScan | None) -> None:
    """Error cells and unsaved formulas in the table's rows (see ``cell_errors``), as warnings; ``scan`` is
    the guard's pass over the sheet, which found them already."""
    head = source[:4] if isinstance(source, bytes) else None
    if head is not None and head != b"PK\x03\x04":
        return
    if head is None and table.path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    assert table.sheet is not None
    rows = {r.row for r in table.records}
    columns = dict(zip(table.source_columns, table.headers, strict=True))
    found = scan.odd if scan is not None else find_odd_cells(source, table.sheet)
    odd = [c for c in found if c.row in rows and c.column in columns]
    table.cell_warnings = [CellWarning(c.row, columns[c.column], c.ref, c.holds, c.kind) for c in odd]
    if odd:
        listed = ", ".join(c.ref for c in odd[:5]) + (", …" if len(odd) > 5 else "")
        said = (N_("{n} cell with an error or a formula with no saved result, read as empty: {cells}")
                if len(odd) == 1 else
                N_("{n} cells with an error or a formula with no saved result, read as empty: {cells}"))
        table.notes.append(said.format(n=len(odd), cells=listed))


def _read_sheet(
    path: Path, name: str, sh: CalamineSheet, header_row: int | None, progress: Progress | None
) -> Table:
    """Rows come one at a time from ``iter_rows`` rather than all at once from ``to_python``.

    ``to_python`` builds every cell of the sheet in one call that holds the GIL (~150 ms per
    100,000 rows), which freezes a window reading on a worker thread; between ``iter_rows``
    steps the GIL can change hands, and the rows are cleaned as they arrive, so the sheet is
    still walked only once.
    """
    start = sh.start
    if start is None:
        raise InputError(path, N_("The sheet is empty."), sheet=name)
    r0, c0 = start  # calamine skips empty leading rows/columns; Excel numbers don't
    total = sh.height
    if progress:
        progress(0, total)
    rows = sh.iter_rows()
    for _ in islice(rows, r0):  # iter_rows, unlike to_python, yields the empty rows above the data
        pass

    scan = max(HEADER_SCAN_ROWS, (header_row or 0) - r0)
    head = [clean_workbook_row(row) for row in islice(rows, scan)]
    if header_row is None:
        h = r0 + detect_header_row(head[:HEADER_SCAN_ROWS])
    else:
        h = header_row
        _check_header_row(path, name, h, head, r0, total)
    hi = h - r0 - 1  # header's index in head

    records: list[Record] = []
    append = records.append
    blank = 0
    number = h + 1  # Excel's number for the next row
    for row in head[hi + 1 :]:
        if row.count(None) == len(row):
            blank += 1
        else:
            append(Record(number, row))
        number += 1
    done = len(head)
    if progress:
        progress(done, total)
    shared: dict[str, str] | None = None
    while done < total:
        end = min(done + PROGRESS_EVERY, total)
        chunk = [clean_workbook_row(row) for row in islice(rows, end - done)]
        if shared is None:
            shared = shared_strings(head + chunk)
        get = shared.get
        for row in chunk:
            row[:] = map(get, row, row)
            if row.count(None) == len(row):
                blank += 1
            else:
                append(Record(number, row))
            number += 1
        done = end
        if progress:
            progress(done, total)

    if not records:
        raise InputError(path, N_("There are no rows of data under the header in row {row}.").format(row=h),
                         sheet=name)
    header = head[hi]
    columns: list[int] = []
    headers = shape_columns(header, records, data_width=len(header), uniform=True, first_column=c0,
                            columns_out=columns)
    return Table(
        source_columns=columns,
        path=path,
        sheet=name,
        header_row=h,
        headers=headers,
        records=records,
        notes=reading_notes(h, detected=header_row is None, blank=blank),
        peek=_peek(head, r0, c0, sh.width, HEADER_SCAN_ROWS),
    )


def _peek(head: list[list[Any]], r0: int, c0: int, width: int, limit: int) -> list[list[Any]]:
    """The sheet's first rows from Excel row 1 and column A, as ``peek_workbook`` gives them.

    Built from rows already read so the window need not parse the sheet a second time; each row
    is a copy because the records' value lists are edited in place later.
    """
    out: list[list[Any]] = [[None] * (c0 + width) for _ in range(min(r0, limit))]
    out.extend([None] * c0 + row for row in head[: max(limit - r0, 0)])
    return out


def _check_header_row(
    path: Path, name: str, h: int, head: list[list[Any]], r0: int, height: int
) -> None:
    """``head`` holds the sheet's rows from ``r0`` down to at least row ``h`` when the sheet has it."""
    last = r0 + height
    if h < 1 or h > last:
        raise InputError(path, N_("Row {row} can't be the header row: the sheet has rows 1 to {last}.").format(
            row=h, last=last), sheet=name)
    if h <= r0 or is_blank(head[h - r0 - 1]):
        raise InputError(path, N_("Row {row} is empty, so it can't be the header row.").format(row=h), sheet=name)

