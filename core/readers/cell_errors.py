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
from dataclasses import dataclass
from pathlib import Path
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
_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?r=\"([A-Z]{1,3})(\d+)\"[^>]*?(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
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


def _cells(stream: io.BufferedIOBase) -> Iterator[bytes]:
    """Whole ``<c …>…</c>`` elements holding an error type or a formula, across chunk borders."""
    carry = b""
    while True:
        block = stream.read(_CHUNK)
        data = carry + block
        if not block:
            if data:
                yield from _odd_elements(data)
            return
        cut = data.rfind(b"<c ")
        alt = data.rfind(b":c ")
        cut = max(cut, alt - 1 if alt > 0 else -1)
        if cut <= 0:
            carry = data
            continue
        head, carry = data[:cut], data[cut:]
        yield from _odd_elements(head)


#: Where an odd cell shows itself: an error type, or a formula followed by no value (or an empty one).
_HINT = re.compile(rb"\st=\"e\"|</(?:\w+:)?f>\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
                   rb"|<(?:\w+:)?f\s[^>]*/>\s*(?:<(?:\w+:)?v\s*/>)?\s*</(?:\w+:)?c>")


#: Bytes every hint contains, found by a plain search (memchr-fast) before the costlier pattern runs.
_MARKERS = (b't="e"', b"f>", b"<f ", b":f ")


def _odd_elements(data: bytes) -> Iterator[bytes]:
    """Only cells near a hint are parsed: formulas with saved values (most of them) cost nothing here."""
    if not any(marker in data for marker in _MARKERS):  # most sheets: no error cell, no formula at all
        return
    last = -1
    for hint in _HINT.finditer(data):
        start = max(data.rfind(b"<c ", 0, hint.start() + 1), data.rfind(b":c ", 0, hint.start() + 1) - 1)
        if start < 0 or start <= last:
            continue
        m = _CELL.match(data, start)
        if m is not None:
            last = start
            yield m.group(0)


def find_odd_cells(source: Path | bytes, sheet: str) -> list[OddCell]:
    """Error cells and formulas without a saved result in ``sheet`` of an .xlsx/.xlsm; [] if unreadable."""
    try:
        z = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (OSError, EOFError, ValueError, zipfile.BadZipFile):
        return []
    found: list[OddCell] = []
    try:
        with z:
            _scan(z, sheet, found)
    except (OSError, EOFError, ValueError, KeyError, NotImplementedError, zipfile.BadZipFile, zlib.error):
        pass  # a part calamine could read but zipfile can't check (bad CRC...): report what was found
    return found


def _scan(z: zipfile.ZipFile, sheet: str, found: list[OddCell]) -> None:
    part = _sheet_part(z, sheet)
    if part is None:
        return
    with z.open(part) as stream:
        for element in _cells(stream):
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
                return


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
