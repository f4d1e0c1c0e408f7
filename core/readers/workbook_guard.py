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
import zipfile
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
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        except (OSError, EOFError, ValueError, zipfile.BadZipFile):
            return  # calamine says what is wrong with it (damaged) in its own words
        self._check_parts()

    def _check_parts(self) -> None:
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
        scan = scan_sheet(self._zip, name)
        if scan is None:
            return
        self.scans[name] = scan
        area = scan.area
        corner = _cell_name(scan.max_row, scan.max_column)
        if area > SPARSE_FLOOR and area > scan.xml_bytes:
            raise InputError(self.path, STRAY.format(cell=corner, cells=f"{area / 1e6:,.0f}"), sheet=name)
        if area > MAX_CELLS:
            raise InputError(self.path, TOO_MANY_CELLS.format(cell=corner, cells=f"{area / 1e6:,.0f}",
                                                              limit=f"{MAX_CELLS / 1e6:.0f}"), sheet=name)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
