"""Cells that are not what they look like: error values and formulas with no saved result.

calamine reads both as empty, so a value would silently go missing: ``#N/A`` from a broken
VLOOKUP, ``#DIV/0!``, or a formula in a file written by a script and never opened in Excel (which
is what stores a formula's result). For .xlsx/.xlsm the sheet's XML says which cells these are;
it is scanned as a byte stream for the two markers, so a big sheet costs one fast pass in C and
no second parse. Other formats are not scanned (calamine gives no trace of either case there).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from core.words import N_

#: Enough to tell a person what happened; a sheet of 100,000 #N/A is one story, not 100,000.
MAX_FOUND = 10_000
_CHUNK = 1 << 20

_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
#: A whole cell; its body never runs into the next cell's start, so a cell left open costs one cell, not the sheet.
_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?r=\"([A-Z]{1,3})(\d+)\"[^>]*?(?:/>|>((?:[^<]++|<(?!(?:\w+:)?c[\s>/]))*?)"
                   rb"</(?:\w+:)?c>)")
_ERROR_TYPE = re.compile(rb"\st=\"e\"")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_FORMULA = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>([^<]*)</(?:\w+:)?f>)")


@dataclass(frozen=True, slots=True)
class OddCell:
    """A cell read as empty that is not: ``holds`` completes "cell B5 holds …"."""

    row: int  # Excel's row number
    column: int  # 0-based sheet column
    ref: str  # "B5"
    holds: str  # "the error #N/A", "a formula (=A2*2) with no saved result"
    kind: str  # "error" or "formula"


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _sheet_part(z: zipfile.ZipFile, sheet: str) -> str | None:
    try:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    rid = next((s.get(f"{{{_NS['r']}}}id") for s in book.iterfind("m:sheets/m:sheet", _NS)
                if s.get("name") == sheet), None)
    target = next((r.get("Target") for r in rels.iterfind("rel:Relationship", _NS) if r.get("Id") == rid), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


#: Longest stretch kept from one chunk to the next while a cell is still open: a real cell is at most
#: 32,767 characters (a few hundred KB escaped); anything longer is not an error cell and is let go.
_MAX_CARRY = 4 << 20
_KEEP = 64 << 10
_CELL_START = re.compile(rb"<(?:\w+:)?c[\s>/]")


@dataclass(slots=True)
class SheetScan:
    """What one pass over a sheet's XML found: error cells and unsaved formulas, and how far its cells reach.

    ``max_row``/``max_column`` (1-based) bound the area calamine would allocate for the sheet (it allocates
    every cell of the rectangle from A1's corner to the last cell holding something); ``xml_bytes`` is
    the sheet's unpacked size.
    """

    odd: list[OddCell] = field(default_factory=list)
    max_column: int = 0
    xml_bytes: int = 0
    #: A megabyte or more with no tag in it: a cell holding more text than Excel allows, or padding.
    long_text: bool = False
    #: Count only cells holding something (the second, exact pass; see ``_reach``).
    exact: bool = False
    _max_row_r: int = 0  # the highest r= of a row
    _rows_without_r: int = 0  # each follows the row before it
    _run: int = 0  # cells since the last row start, for rows whose cells carry no r=

    @property
    def max_row(self) -> int:
        return self._max_row_r + self._rows_without_r

    @property
    def area(self) -> int:
        return self.max_row * self.max_column


#: Any layout: a row's number; a cell beyond column Z holding something (not self-closing: calamine keeps
#: no empty cell); a single-letter cell holding something; the row of a cell holding something.
_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\s[^>]*?\br=\"(\d{1,9})\"")
_WIDE_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{2,3})\d{1,9}\"[^>]*(?<!/)>")
_NARROW_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z])\d{1,9}\"[^>]*(?<!/)>")
_VALUED_ROW = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"[A-Z]{1,3}(\d{1,9})\"[^>]*(?<!/)>")
_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>]")
#: The layout Excel, LibreOffice and openpyxl write (r= first, no prefix): literal-led patterns, 10x faster.
_ROW_FAST = re.compile(rb'<row r="(\d{1,9})"')
_WIDE_FAST = re.compile(rb'<c r="([A-Z]{2,3})\d')
#: ':' is rare in sheet XML, so these run at memchr speed; no attribute of a cell or row but r starts with r.
_PREFIXED = re.compile(rb":(?:c|row)[\s>]")
_UNADDRESSED_CELL = re.compile(rb"<c(?:>|\s[^r])")
_UNADDRESSED_ROW = re.compile(rb"<row(?:>|\s[^r])")


def _column_of(letters: bytes) -> int:
    return _column_index(letters) + 1


def _reach(data: bytes, scan: SheetScan) -> None:
    """How far the cells in ``data`` (whole elements only) reach; a few C-speed passes, no per-cell Python.

    The first pass (``scan.exact`` False) bounds the reach from every row and cell address, empty styled
    cells included, with fast literal-led patterns; only a sheet that bound would refuse is scanned again
    exactly (cells holding something only, as calamine counts them). Cells without an address (allowed by
    the standard) follow the one before, so such rows are counted cell by cell (the slow path, rare).
    """
    prefixed = _PREFIXED.search(data) is not None
    unaddressed = _UNADDRESSED_CELL.search(data) is not None or (prefixed and b':c r="' not in data)
    if _UNADDRESSED_ROW.search(data) is not None or prefixed:
        starts = data.count(b"<row ") + data.count(b"<row>") + data.count(b":row ") + data.count(b":row>")
    else:
        starts = -1  # every row has its r=: counted from the row numbers below
    fast = not scan.exact and not prefixed and not unaddressed
    rows = (_ROW_FAST if fast else _ROW_NUMBER).findall(data)
    if starts >= 0:
        scan._rows_without_r += max(0, starts - len(rows))
    if scan.exact:  # rows numbered by a cell holding something; by the row's own r= when its cells have none
        rows = _VALUED_ROW.findall(data) + (rows if unaddressed else [])
    if rows:
        scan._max_row_r = max(scan._max_row_r, max(map(int, rows)))
    wide = (_WIDE_FAST if fast else _WIDE_CELL).findall(data)
    if wide:
        widest = max(set(wide), key=lambda w: (len(w), w))
        scan.max_column = max(scan.max_column, _column_of(widest))
    elif scan.max_column < 26:
        # Within A-Z the quick bound is Z (a rectangle 26 wide is never absurd for a real sheet); the exact
        # pass finds the real width before a refusal names the last cell.
        scan.max_column = max(scan.max_column, _narrow_width(data, scan.max_column) if scan.exact else
                              26 if b"<c" in data or b":c" in data else 0)
    if unaddressed:  # cells without r= (or r= not first): count each row's cells
        _count_rows(data, scan)


def _narrow_width(data: bytes, known: int) -> int:
    """The widest single-letter column (A-Z) holding something in ``data``, at least ``known``."""
    return max([known, *(_column_of(x) for x in set(_NARROW_CELL.findall(data)))])


def _count_rows(data: bytes, scan: SheetScan) -> None:
    """Columns reached by rows whose cells carry no address: at least as many as the row has cells."""
    last = 0
    for m in _ROW_START.finditer(data):
        scan._run += len(_CELL_START.findall(data, last, m.start()))
        scan.max_column = max(scan.max_column, scan._run)
        scan._run, last = 0, m.start()
    scan._run += len(_CELL_START.findall(data, last))
    scan.max_column = max(scan.max_column, scan._run)


def _pieces(stream: IO[bytes], scan: SheetScan) -> Iterator[bytes]:
    """The sheet's XML cut into pieces that end before a cell begins, so every cell is whole in one piece.

    Linear in time and memory: each byte is searched a bounded number of times, and what is carried from
    one chunk to the next is capped (a sheet padded with gigabytes of spaces, or with no ``<c `` at all,
    is read in constant memory).
    """
    carry = b""
    while True:
        block = stream.read(_CHUNK)
        scan.xml_bytes += len(block)
        if block and b"<" not in block:
            scan.long_text = True
        if not block:
            if carry:
                yield carry
            return
        data = carry + block
        cut = max(data.rfind(b"<c ", len(carry) - 3 if carry else 0), data.rfind(b":c ", len(carry) - 3 if carry
                                                                                  else 0) - 1,
                  data.rfind(b"<c>", len(carry) - 3 if carry else 0))
        if cut <= 0:
            cut = len(data) - _KEEP if len(data) > _MAX_CARRY else 0
            if cut <= 0:  # one open cell, or a stretch of spaces: wait for more, within the cap
                last_tag = data.rfind(b"<")
                if last_tag < 0:
                    carry = b""  # nothing but text between tags (padding): nothing to keep
                else:
                    carry = data
                continue
        yield data[:cut]
        carry = data[cut:]


#: Where an odd cell shows itself: an error type, or a formula followed by no value (or an empty one).
_HINT = re.compile(rb"\st=\"e\"|</(?:\w+:)?f>\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
                   rb"|<(?:\w+:)?f\s[^>]*/>\s*(?:<(?:\w+:)?v\s*/>)?\s*</(?:\w+:)?c>")


#: Bytes every hint contains, found by a plain search (memchr-fast) before the costlier pattern runs.
_MARKERS = (b't="e"', b"f>", b"<f ", b":f ")


def _odd_elements(data: bytes) -> Iterator[bytes]:
    """Only cells near a hint are parsed: formulas with saved values (most of them) cost nothing here."""
    if not any(marker in data for marker in _MARKERS):  # most sheets: no error cell, no formula at all
        return
    last = -1  # the last cell start looked at, or the last place searched in vain: never searched again
    prefixed = b":c " in data
    for hint in _HINT.finditer(data):
        end = hint.start() + 1
        lo = max(last, end - _MAX_CARRY, 0)
        start = data.rfind(b"<c ", lo, end)
        if prefixed:
            start = max(start, data.rfind(b":c ", lo, end) - 1)
        if start < 0 or start <= last:
            last = max(last, hint.start())
            continue
        last = start
        m = _CELL.match(data, start)
        if m is not None:
            yield m.group(0)


def find_odd_cells(source: Path | bytes, sheet: str) -> list[OddCell]:
    """Error cells and formulas without a saved result in ``sheet`` of an .xlsx/.xlsm; [] if unreadable."""
    scan = scan_sheet(source, sheet)
    return scan.odd if scan is not None else []


def scan_sheet(source: Path | bytes | zipfile.ZipFile, sheet: str, *, exact: bool = False) -> SheetScan | None:
    """One linear pass over ``sheet``'s XML (see ``SheetScan``); None when the sheet's part can't be found.
    ``exact``: the reach of cells holding something only (slower; for a sheet the first pass would refuse)."""
    try:
        z = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) \
            if not isinstance(source, zipfile.ZipFile) else source
    except (OSError, EOFError, ValueError, zipfile.BadZipFile):
        return None
    scan = SheetScan(exact=exact)
    try:
        part = _sheet_part(z, sheet)
        if part is None:
            return None
        with z.open(part) as stream:
            _scan(stream, scan)
    except (OSError, EOFError, ValueError, KeyError, NotImplementedError, zipfile.BadZipFile, zlib.error):
        pass  # a part calamine could read but zipfile can't check (bad CRC...): report what was found
    finally:
        if not isinstance(source, zipfile.ZipFile):
            z.close()
    return scan


def _scan(stream: IO[bytes], scan: SheetScan) -> None:
    found = scan.odd
    for piece in _pieces(stream, scan):
        _reach(piece, scan)
        if len(found) >= MAX_FOUND or scan.exact:
            continue
        for element in _odd_elements(piece):
            cell = _CELL.match(element)
            if cell is None:
                continue
            body = cell.group(3) or b""
            value = _VALUE.search(body)
            formula = _FORMULA.search(body)
            ref = (cell.group(1) + cell.group(2)).decode()
            head = element[: element.find(b">") + 1]
            if _ERROR_TYPE.search(head):
                code = value.group(1).decode("utf-8", "replace") if value else "#VALUE!"
                holds, kind = N_("the error {code}").format(code=code), "error"
            elif formula is not None and value is None or (
                formula is not None and value is not None and value.group(1) == b"" and b't="str"' not in head
            ):
                text = (formula.group(1) or b"").decode("utf-8", "replace")
                holds = N_("a formula (={formula}) with no saved result").format(formula=_unescape(text)) if text \
                    else N_("a formula with no saved result")
                kind = "formula"
            else:
                continue
            found.append(OddCell(int(cell.group(2)), _column_index(cell.group(1)), ref, holds, kind))
            if len(found) >= MAX_FOUND:
                break


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
