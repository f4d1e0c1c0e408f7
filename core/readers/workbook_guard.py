"""Refuse, in one sentence, a workbook whose sheet would cost more memory than the app may spend.

calamine unpacks a part whole and gives a sheet as a dense rectangle from A1 to its last cell holding
something (32 bytes a cell): one value in XFD1048576 of a 1.7 KB file asks for 512 GB and aborts the
process; a sheet that unpacks to gigabytes, or shared strings that do, exhaust memory before a row is
read. So before calamine sees a part, its declared unpacked size is checked (the zip headers: calamine's
reader stops at the declared size, so a part that lies about it fails as damaged, not as a bomb), and
before it builds a sheet, one linear pass over the sheet's XML (``cell_errors.scan_sheet``, which also
finds error cells) says how far the cells reach. A rectangle far larger than the sheet's own XML, or
larger than any list of people, is refused naming the last cell, which the person can delete.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from core.errors import InputError
from core.readers.cell_errors import SheetScan, scan_sheet
from core.words import N_

#: Unpacked bytes of one sheet's XML: a million rows of ten columns is about 400 MB.
MAX_SHEET_XML = 1_000_000_000
#: Unpacked bytes of the shared strings (every distinct text of the workbook); a million emails is ~50 MB.
MAX_SHARED_STRINGS = 400_000_000
#: Any other part calamine reads (workbook, styles, relationships): a few MB in real files.
MAX_OTHER_PART = 200_000_000
#: Cells in the rectangle calamine allocates (32 bytes each): a million rows of 24 columns.
MAX_CELLS = 24_000_000
#: Below this a rectangle is cheap whatever its shape (128 MB); above it, it must be filled, not sparse:
#: every cell of a real sheet costs at least 4 bytes of XML, so more cells than bytes means stray cells.
SPARSE_FLOOR = 4_000_000

_NOT_READ = ("/media/", "/embeddings/", "/printerSettings/", "/customXml/", "docProps/", "Thumbnails/")

TOO_BIG = N_("The workbook holds {size} of sheet data once unpacked, more than this app can read at once "
             "(at most {limit}); save the sheet as CSV (File > Save As) or split it into smaller files.")
TOO_MUCH_TEXT = N_("The workbook holds {size} of text once unpacked, more than this app can read at once "
                   "(at most {limit}); save the sheet as CSV (File > Save As) or split it into smaller files.")
STRAY = N_("The sheet's cells reach {cell}, far beyond the data in it: reading up to there would take "
           "{cells} million cells. Delete the cells beyond your table (Ctrl+End in Excel jumps to the last one) "
           "and save again, or save the sheet as CSV.")
TOO_MANY_CELLS = N_("The sheet's cells reach {cell} ({cells} million cells), more than this app can read at once "
                    "(at most {limit} million); save the sheet as CSV (File > Save As) or split it into smaller "
                    "files.")


def _size(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


def _cell_name(row: int, column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


class WorkbookGuard:
    """Checks one workbook's parts when it is opened and each sheet before calamine builds it."""

    def __init__(self, path: Path, source: Path | bytes, *, scan_sheets: bool) -> None:
        self.path = path
        self.scans: dict[str, SheetScan] = {}
        self._zip: zipfile.ZipFile | None = None
        self._scan_sheets = scan_sheets
        self._ods: dict[str, tuple[int, int, int]] | None = None
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        except (OSError, EOFError, ValueError, zipfile.BadZipFile):
            return  # calamine says what is wrong with it (damaged) in its own words
        self._check_parts()

    def _check_parts(self) -> None:
        assert self._zip is not None
        self._check_sizes()
        if "content.xml" in self._zip.namelist() and "xl/workbook.xml" not in self._zip.namelist():
            try:
                self._ods = ods_reach(self._zip)
            except (OSError, EOFError, ValueError, zipfile.BadZipFile, zlib.error):
                return  # calamine says it is damaged
            try:
                for table, (rows, columns, size) in self._ods.items():
                    self._refuse_area(table, rows, columns, size)
            except InputError:
                self.close()
                raise

    def _check_sizes(self) -> None:
        assert self._zip is not None
        for info in self._zip.infolist():
            name = info.filename
            if info.is_dir() or any(part in name for part in _NOT_READ):
                continue  # pictures and embedded files: calamine never unpacks them
            lower = name.lower()
            if "sharedstrings" in lower:
                limit, said = MAX_SHARED_STRINGS, TOO_MUCH_TEXT
            elif "worksheets/" in lower or lower.endswith("content.xml"):
                limit, said = MAX_SHEET_XML, TOO_BIG
            else:
                limit, said = MAX_OTHER_PART, TOO_BIG
            if info.file_size > limit:
                self.close()
                raise InputError(self.path, said.format(size=_size(info.file_size), limit=_size(limit)))

    def check_sheet(self, name: str) -> None:
        """Before calamine builds ``name``: refuse a rectangle that is absurd for the sheet, or too large."""
        if not self._scan_sheets or self._zip is None or name in self.scans:
            return
        if self._ods is not None:
            return  # every table was checked on opening (calamine builds them all when it opens the file)
        scan = scan_sheet(self._zip, name)
        if scan is None:
            return
        self.scans[name] = scan
        if self._absurd(scan.max_row * scan.max_column, scan.xml_bytes):
            # The quick bound counts empty formatted cells too (Ctrl+End's "last cell"); calamine keeps only
            # cells holding something, so look again, exactly, before refusing.
            exact = scan_sheet(self._zip, name, exact=True)
            if exact is not None:
                scan.max_column = exact.max_column
                scan._max_row_r, scan._rows_without_r = exact._max_row_r, exact._rows_without_r
        self._refuse_area(name, scan.max_row, scan.max_column, scan.xml_bytes)

    @staticmethod
    def _absurd(area: int, size: int) -> bool:
        return (area > SPARSE_FLOOR and area > size) or area > MAX_CELLS

    def _refuse_area(self, name: str, rows: int, columns: int, size: int) -> None:
        area = rows * columns
        corner = _cell_name(rows, columns)
        if area > SPARSE_FLOOR and area > size:
            raise InputError(self.path, STRAY.format(cell=corner, cells=f"{area / 1e6:,.0f}"), sheet=name)
        if area > MAX_CELLS:
            raise InputError(self.path, TOO_MANY_CELLS.format(cell=corner, cells=f"{area / 1e6:,.0f}",
                                                              limit=f"{MAX_CELLS / 1e6:.0f}"), sheet=name)

    def close(self) -> None:  # noqa: D102
        if self._zip is not None:
            self._zip.close()
            self._zip = None


_ODS_TABLE = re.compile(rb'<table:table\s[^>]*?table:name="([^"]*)"')
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(/?)>")
_ODS_ROWS_REPEATED = re.compile(rb'number-rows-repeated="(\d{1,10})"')
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_ODS_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="(\d{1,10})"')


def ods_reach(z: zipfile.ZipFile) -> dict[str, tuple[int, int, int]]:
    """For each table of an OpenDocument spreadsheet: (last row, last column) holding a value, and the size of
    the XML (all tables': the bound stays lenient).

    OpenDocument compresses a run of equal cells or rows into one element with a repeat count, and calamine
    expands every run up to the last value into its rectangle: one cell repeated 16,000 times on 6,000 rows
    is a 1.7 KB file asking for 3 GB. Runs of empty cells and rows (LibreOffice writes a million of them
    after the data) count only when a value follows them. One pass, one table row at a time.
    """
    found_rows: dict[str, tuple[int, int]] = {}
    name, row, last_row, last_column = "", 0, 0, 0
    size = 0
    carry = b""
    with z.open("content.xml") as stream:
        while True:
            block = stream.read(1 << 20)
            size += len(block)
            data = carry + block
            cut = data.rfind(b"</table:table-row>") + len(b"</table:table-row>") if block else len(data)
            if cut < len(b"</table:table-row>"):
                carry = data[-(1 << 16):] if len(data) > (8 << 20) else data  # a row that long holds no real data
                if not block:
                    break
                continue
            piece, carry = data[:cut], data[cut:]
            for element in re.finditer(rb"<table:table\s[^>]*>|<table:table-row\b[^>]*?/?>.*?(?:</table:table-row>|"
                                       rb"(?=<table:table-row\b)|$)", piece, re.S):
                text = element.group(0)
                if text.startswith(b"<table:table ") or text.startswith(b"<table:table\t"):
                    if name:
                        found_rows[name] = (last_row, last_column)
                    m = _ODS_TABLE.match(text)
                    name = m.group(1).decode("utf-8", "replace") if m else ""
                    row, last_row, last_column = 0, 0, 0
                    continue
                head = _ODS_ROW.match(text)
                repeat = _ODS_ROWS_REPEATED.search(head.group(1)) if head else None
                rows = int(repeat.group(1)) if repeat else 1
                column = 0
                valued = False
                for cell in _ODS_CELL.finditer(text):
                    attrs = cell.group(1)
                    many = _ODS_COLUMNS_REPEATED.search(attrs)
                    column += int(many.group(1)) if many else 1
                    if b"value-type" in attrs:
                        valued = True
                        last_column = max(last_column, column)
                row += rows
                if valued:
                    last_row = row
            if not block:
                break
    if name:
        found_rows[name] = (last_row, last_column)
    return {table: (rows, columns, size) for table, (rows, columns) in found_rows.items()}
