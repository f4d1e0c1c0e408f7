"""Hostile workbooks and text files, generated (nothing large is kept in the repository): each is a case
an attacker or an unlucky office could hand the app. ``CASES`` maps a name to a maker writing one file.

Every file here is small on disk; what it declares or unpacks to is not. Run as a script to write them
all into a folder: ``python -m tests.core.hostile_files DIR``.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
HEAD = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Email</t></is>'
        '</c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Ann Lee</t></is></c><c r="B2" t="inlineStr"><is>'
        '<t>ann@example.org</t></is></c></row>')


def _package(workbook: str = "", shared: bytes | Repeat | None = None) -> dict[str, bytes | Repeat]:
    parts: dict[str, bytes | Repeat] = {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.spreadsheetml.sharedStrings+xml"/>' if shared is not None else "")
            + "</Types>").encode(),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode(),
        "xl/workbook.xml": (workbook or (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>')).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            + (f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
               if shared is not None else "")
            + "</Relationships>").encode(),
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    return parts


def _sheet(rows: str, dimension: str = "") -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{dim}<sheetData>{rows}</sheetData>'
            "</worksheet>").encode()


class Repeat:
    """A part made of ``head``, ``block`` repeated ``count`` times, and ``tail``: deflated once per piece.

    Each piece ends with a full flush, which resets the compressor, so the compressed block can simply be
    written ``count`` times: gigabytes of XML cost seconds to generate, not minutes.
    """

    def __init__(self, head: bytes, block: bytes, count: int, tail: bytes) -> None:
        self.head, self.block, self.count, self.tail = head, block, count, tail

    def deflated(self) -> tuple[Iterator[bytes], int, int, int]:
        """(compressed pieces, compressed size, CRC-32, unpacked size)."""
        def piece(data: bytes, last: bool = False) -> bytes:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            return c.compress(data) + c.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)
        head, block, tail = piece(self.head), piece(self.block), piece(self.tail, last=True)
        crc = zlib.crc32(self.head)
        for _ in range(self.count):
            crc = zlib.crc32(self.block, crc)
        crc = zlib.crc32(self.tail, crc)

        def pieces() -> Iterator[bytes]:
            yield head
            for _ in range(self.count):
                yield block
            yield tail
        return (pieces(), len(head) + len(block) * self.count + len(tail), crc,
                len(self.head) + len(self.block) * self.count + len(self.tail))


def _write(path: Path, parts: dict[str, bytes | Repeat], declare: dict[str, int] | None = None) -> Path:
    """A zip archive written by hand (deflate, no zip64: every part stays under 4 GB). ``declare`` gives a
    part a false unpacked size in its headers, as a crafted archive may."""
    import struct

    central = bytearray()
    with open(path, "wb") as fh:
        for name, data in parts.items():
            if isinstance(data, bytes):
                data = Repeat(data, b"", 0, b"")
            pieces, size, crc, unpacked = data.deflated()
            unpacked = (declare or {}).get(name, unpacked)
            raw = name.encode()
            offset = fh.tell()
            fh.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, size, unpacked, len(raw), 0) + raw)
            for p in pieces:
                fh.write(p)
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, size, unpacked,
                                   len(raw), 0, 0, 0, 0, 0, offset) + raw
        start = fh.tell()
        fh.write(central)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central), start, 0))
    return path


def _sheet_of(head: str, filler: bytes, total: int, tail: str = "") -> Repeat:
    block = filler * max(1, (1 << 20) // len(filler))
    return Repeat(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{head}'.encode(),
                  block, max(1, total // len(block)), f"{tail}</sheetData></worksheet>".encode())


def far_corner(path: Path) -> Path:
    """One value in XFD1048576, Excel's last cell (calamine would allocate 512 GB for the area)."""
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD + far)})


def far_row(path: Path) -> Path:
    """A value at AZ200000 under a two-row table (10 million cells for three values)."""
    far = '<row r="200000"><c r="AZ200000" t="inlineStr"><is><t>x</t></is></c></row>'
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD + far)})


def formatted_far_cell(path: Path) -> Path:
    """An empty cell with a format in XFD900000 (Excel's Ctrl+End "last cell"): calamine keeps no empty cell,
    so the file is read, not refused."""
    far = '<row r="900000"><c r="XFD900000" s="1"/></row>'
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD + far)})


def declared_corner(path: Path) -> Path:
    """A two-row table whose dimension tag claims the whole sheet (A1:XFD1048576)."""
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD, "A1:XFD1048576")})


def unordered_rows(path: Path) -> Path:
    """The far row written first, the table after it: a scan trusting row order would miss it."""
    far = '<row r="900000"><c r="AAA900000" t="inlineStr"><is><t>x</t></is></c></row>'
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(far + HEAD)})


def inflates(path: Path, size: int = 2_400_000_000) -> Path:
    """A sheet whose XML unpacks to 2.4 GB of real rows (the same row again and again)."""
    row = (b'<row><c t="inlineStr"><is><t>Ann Lee</t></is></c><c t="inlineStr"><is><t>ann@example.org</t></is>'
           b'</c></row>')
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet_of(HEAD, row, size)})


def whitespace(path: Path, size: int = 2_300_000_000) -> Path:
    """A two-row table padded with 2.3 GB of spaces (a few MB on disk)."""
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet_of(HEAD, b" ", size)})


def whitespace_small(path: Path, size: int = 200_000_000) -> Path:
    """200 MB of spaces between the rows: under every size limit, so it is read (linearly)."""
    row = ('<row><c t="inlineStr"><is><t>Bo Chan</t></is></c><c t="inlineStr"><is><t>bo@example.org</t></is>'
           '</c></row>')
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet_of(HEAD, b" ", size, row)})


def no_addresses(path: Path, rows: int = 100_000) -> Path:
    """Rows and cells without r= addresses (allowed by the standard), 100,000 rows, an error cell in each."""
    row = (b'<row><c t="inlineStr"><is><t>Ann Lee</t></is></c><c t="inlineStr"><is><t>ann@example.org</t></is></c>'
           b'<c t="e"><v>#N/A</v></c></row>')
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet_of(HEAD, row, rows * len(row))})


def wide_no_addresses(path: Path) -> Path:
    """One row of 16,384 cells without addresses, then row 1,000,000: a 16 G-cell area from a few KB."""
    cells = "<c><v>1</v></c>" * 16_384
    far = '<row r="1000000"><c><v>1</v></c></row>'
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD + f"<row>{cells}</row>" + far)})


def huge_shared_strings(path: Path, size: int = 1_200_000_000) -> Path:
    """A shared-strings part that unpacks to 1.2 GB (one string, the letter a, again and again)."""
    shared = Repeat(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si><t>Name</t></si><si><t>'.encode(),
                    b"a" * (1 << 20), size >> 20, b"</t></si></sst>")
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    return _write(path, {**_package(shared=shared), "xl/worksheets/sheet1.xml": _sheet(rows)})


def many_strings(path: Path, count: int = 1_000_000) -> Path:
    """A million tiny shared strings in 20 MB (each string object costs far more than its bytes)."""
    block = b"".join(b"<si><t>%d</t></si>" % (10_000_000 + i) for i in range(100_000))
    shared = Repeat(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode(), block, count // 100_000,
                    b"</sst>")
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    return _write(path, {**_package(shared=shared), "xl/worksheets/sheet1.xml": _sheet(rows)})


def bomb_entries(path: Path) -> Path:
    """A zip bomb beside a good sheet: 40 extra parts of 100 MB of zeros each (4 GB unpacked)."""
    parts: dict[str, bytes | Repeat] = {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD)}
    for i in range(40):
        parts[f"xl/media/bomb{i}.bin"] = Repeat(b"", b"\0" * (1 << 20), 100, b"")
    return _write(path, parts)


def lying_sizes(path: Path) -> Path:
    """A sheet whose zip headers declare 2 KB but whose data inflates to 1.5 GB of spaces."""
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet_of(HEAD, b" ", 1_500_000_000)},
                  declare={"xl/worksheets/sheet1.xml": 2_000})


def deep_xml(path: Path, depth: int = 200_000) -> Path:
    """A workbook part nested 200,000 elements deep."""
    book = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="People" sheetId="1" r:id="rId1"/></sheets>' + "<x>" * depth + "</x>" * depth + "</workbook>")
    return _write(path, {**_package(workbook=book), "xl/worksheets/sheet1.xml": _sheet(HEAD)})


def deep_sheet(path: Path, depth: int = 500_000) -> Path:
    """A cell whose value is nested 500,000 elements deep."""
    cell = '<row r="3"><c r="A3" t="inlineStr"><is>' + "<r>" * depth + "</r>" * depth + "</is></c></row>"
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD + cell)})


def billion_laughs(path: Path) -> Path:
    """The classic entity expansion in the workbook part, the shared strings and the sheet."""
    dtd = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + "]>"
    book = (f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="People&lol9;" sheetId="1" r:id="rId1"/></sheets></workbook>')
    shared = (f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<sst xmlns="{MAIN}"><si><t>Name</t></si>'
              "<si><t>&lol9;</t></si></sst>").encode()
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<worksheet xmlns="{MAIN}"><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
             '<row r="3"><c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>').encode()
    return _write(path, {**_package(workbook=book, shared=shared), "xl/worksheets/sheet1.xml": sheet})


def long_cell(path: Path, size: int = 50_000_000) -> Path:
    """One inline string of 50 MB (Excel's own limit is 32,767 characters)."""
    sheet = Repeat((f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{HEAD}'
                    '<row r="3"><c r="A3" t="inlineStr"><is><t>').encode(), b"x" * (1 << 20), size >> 20,
                   b"</t></is></c></row></sheetData></worksheet>")
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": sheet})


def error_cells(path: Path, rows: int = 100_000) -> Path:
    """100,000 rows each with an error cell and a formula with no saved value: the scan stays linear."""
    body = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>P</t></is></c><c r="B%d" t="e"><v>#N/A</v>'
                    b'</c><c r="C%d"><f>A%d*2</f></c></row>' % (i, i, i, i, i) for i in range(3, rows + 3))
    return _write(path, {**_package(), "xl/worksheets/sheet1.xml": _sheet(HEAD).replace(b"</sheetData>",
                                                                                        body + b"</sheetData>")})


# -- OpenDocument ------------------------------------------------------------------------------

def _ods(path: Path, rows_after: str) -> Path:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')

    def cell(text: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="People">'
               f'<table:table-row>{cell("Name")}{cell("Email")}</table:table-row>'
               f'<table:table-row>{cell("Ann Lee")}{cell("ann@example.org")}</table:table-row>'
               f"{rows_after}</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return _write(path, {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                         "content.xml": content.encode(), "META-INF/manifest.xml": manifest.encode()})


def ods_repeated(path: Path) -> Path:
    """One cell repeated 16,000 times across, on 6,000 repeated rows: 96 million cells from 1.7 KB."""
    return _ods(path, '<table:table-row table:number-rows-repeated="6000"><table:table-cell '
                      'table:number-columns-repeated="16000" office:value-type="string"><text:p>x</text:p>'
                      "</table:table-cell></table:table-row>")


def ods_empty_tail(path: Path) -> Path:
    """What LibreOffice writes after the data: a million empty rows of 1,024 empty cells, as one element."""
    return _ods(path, '<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
                      'table:number-columns-repeated="1024"/></table:table-row>')


# -- text files ---------------------------------------------------------------------------------

def long_line(path: Path, size: int = 200_000_000) -> Path:
    """A CSV whose second line is one 200 MB field with no quote in it."""
    with open(path, "wb") as fh:
        fh.write(b"Name,Email\n")
        block = b"x" * (1 << 20)
        for _ in range(size // len(block)):
            fh.write(block)
        fh.write(b",a@example.org\nBo,bo@example.org\n")
    return path


def commas(path: Path, count: int = 20_000_000) -> Path:
    """A line of 20 million commas (40 MB): split, 20 million values."""
    with open(path, "wb") as fh:
        fh.write(b"Name,Email\nAnn," + b"x," * count + b"\nBo,bo@example.org\n")
    return path


def wide_row(path: Path, count: int = 100_000) -> Path:
    """A row of 100,000 short values (200 KB): short enough to read, wider than any sheet."""
    with open(path, "wb") as fh:
        fh.write(b"Name,Email\nAnn," + b"x," * count + b"\nBo,bo@example.org\n")
    return path


def nul_bytes(path: Path) -> Path:
    """NUL bytes past the first 64 KB (and one in the header), as a damaged export has them."""
    rows = b"".join(b"Person %d,p%d@example.org\n" % (i, i) for i in range(5_000))
    with open(path, "wb") as fh:
        fh.write(b"Name,Email\n" + rows + b"Ann\x00 Lee,ann\x00@example.org\n" + rows.replace(b"Person", b"Other"))
    return path


def quote_never_closed(path: Path) -> Path:
    """A real unmatched quote: the rest of the file (3 MB) would be one value."""
    with open(path, "wb") as fh:
        fh.write(b'Name,Email\n"Ann Lee,ann@example.org\n' + b"Bo Chan,bo@example.org\n" * 130_000)
    return path


#: name -> (maker, file name)
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "far corner XFD1048576": (far_corner, "far-corner.xlsx"),
    "far row AZ200000": (far_row, "far-row.xlsx"),
    "dimension tag claims the whole sheet": (declared_corner, "declared-corner.xlsx"),
    "formatted empty cell in XFD900000": (formatted_far_cell, "formatted-far.xlsx"),
    "far row written first": (unordered_rows, "unordered.xlsx"),
    "sheet inflates to 2.4 GB": (inflates, "inflates.xlsx"),
    "2.3 GB of whitespace": (whitespace, "whitespace.xlsx"),
    "200 MB of whitespace": (whitespace_small, "whitespace-small.xlsx"),
    "cells without r=": (no_addresses, "no-addresses.xlsx"),
    "wide row without r=": (wide_no_addresses, "wide-no-addresses.xlsx"),
    "shared strings unpack to 1.2 GB": (huge_shared_strings, "huge-strings.xlsx"),
    "a million shared strings": (many_strings, "many-strings.xlsx"),
    "zip bomb beside the sheet": (bomb_entries, "bomb.xlsx"),
    "zip headers lie about the size": (lying_sizes, "lying.xlsx"),
    "workbook part 200,000 deep": (deep_xml, "deep-book.xlsx"),
    "cell 500,000 deep": (deep_sheet, "deep-cell.xlsx"),
    "billion laughs": (billion_laughs, "laughs.xlsx"),
    "50 MB cell": (long_cell, "long-cell.xlsx"),
    "100,000 error cells": (error_cells, "error-cells.xlsx"),
    "OpenDocument cell repeated 96 million times": (ods_repeated, "repeated.ods"),
    "OpenDocument with LibreOffice's empty tail": (ods_empty_tail, "empty-tail.ods"),
    "200 MB line": (long_line, "long-line.csv"),
    "a line of 20 million commas": (commas, "commas.csv"),
    "a row of 100,000 values": (wide_row, "wide-row.csv"),
    "NUL bytes past 64 KB": (nul_bytes, "nul.csv"),
    "quote never closed": (quote_never_closed, "quote.csv"),
}


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for name, (make, file_name) in CASES.items():
        p = make(folder / file_name)
        print(f"{p.stat().st_size:>12,}  {file_name}  ({name})")
