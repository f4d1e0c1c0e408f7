"""Build the messy spreadsheets real nonprofits send, inside a test's ``tmp_path``.

Every ``make_*`` function writes one file at ``path`` and returns ``path`` as a ``Path``, so
tests elsewhere can reuse them::

    from tests.core.messy_files import make_messy_xlsx, MESSY_XLSX
    table = read_file(make_messy_xlsx(tmp_path / "donors.xlsx"))
    assert table.headers == MESSY_XLSX.headers

Files are built, never checked in: the recipe shows what is messy about each one. The
``MESSY_*`` constants say what a correct reader returns for them (Excel row → values).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import random
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

D = dt.date
DT = dt.datetime


@dataclass(frozen=True)
class Expected:
    """What ``core.readers.read_file`` should give for a built file."""

    sheet: str | None
    header_row: int
    headers: list[str]
    rows: dict[int, list[Any]]  # Excel row number → cleaned values
    sheets: list[tuple[str, bool]] = field(default_factory=list)  # (name, hidden)


# --- xlsx ---------------------------------------------------------------------------------

MESSY_XLSX = Expected(
    sheet="Donors",
    header_row=4,
    headers=[
        "First Name", "Last Name", "Email", "Email (2)", "Column E", "Phone",
        "Gift Date", "Joined", "Amount", "Double", "Member", "Called At",
    ],
    rows={
        5: ["Zoë", "Ng", "zoe@example.org", "zoe.ng@work.example", "VIP", 5035550143,
            D(2024, 3, 1), D(2024, 3, 1), 25.5, 51, True, DT(2024, 3, 1, 13, 5)],
        6: ["José", "García", "jose@example.org", None, None, 5035550144,
            D(2023, 12, 31), D(2023, 12, 31), 100, 200, False, None],
        8: ["王", "小明", None, "wang@example.cn", "note", None,
            D(2024, 1, 15), D(2024, 1, 15), 7, 14, True, None],
    },
    sheets=[("Lookups", True), ("Donors", False), ("Offset", False), ("Empty", False),
            ("Only Header", False)],
)
"""Row 7 and row 9 (whitespace only) are blank and skipped; row 2 is a notes line."""

MESSY_OFFSET = Expected(
    sheet="Offset",
    header_row=3,
    headers=["Name", "Email", "Column D"],
    rows={4: ["Ana", "ana@example.org", "x"], 6: ["Ben", None, None]},
)
"""Sheet "Offset": table starts at B3 (column A and rows 1-2 empty); D has data but no header."""


def make_messy_xlsx(path: str | Path) -> Path:
    """Workbook with a hidden first sheet, a merged title, a notes row and the header in row 4.

    Sheet "Donors" also has duplicate and empty headers, a header with a line break, dates
    stored as real dates and as serial numbers with a date format, a phone stored as a float,
    a formula with a cached value, blank rows in the middle and unicode names.
    Other sheets: "Offset" (see ``MESSY_OFFSET``), "Empty" (no cells), "Only Header".
    """
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    lookups = wb.active
    lookups.title = "Lookups"
    lookups.append(["Code", "Meaning"])
    lookups.append(["VIP", "Major donor"])
    lookups.sheet_state = "hidden"

    ws = wb.create_sheet("Donors")
    ws["A1"] = "Spring Appeal Donors"
    ws.merge_cells("A1:L1")
    ws["A2"] = "Exported 2024-03-01 by Jane"
    ws.append([])  # row 3 stays blank
    ws.append([
        "First Name", "  Last\nName ", "Email", "Email", None, "Phone",
        "Gift Date", "Joined", "Amount", "Double", "Member", "Called At",
    ])
    people = [
        (5, ["  Zoë ", "Ng", "zoe@example.org", "zoe.ng@work.example", "VIP", 5035550143.0,
             D(2024, 3, 1), 45352, 25.5, None, True, DT(2024, 3, 1, 13, 5)]),
        (6, ["José", "García", "jose@example.org", "", None, 5035550144.0,
             D(2023, 12, 31), 45291, 100.0, None, False, None]),
        (8, ["王", "小明", None, "wang@example.cn", "note", None,
             D(2024, 1, 15), 45306, 7, None, True, None]),
    ]
    for row, values in people:
        for col, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=row, column=col, value=value)
        ws.cell(row=row, column=8).number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=10, value=f"=I{row}*2")
    ws.cell(row=9, column=1, value="   ")  # looks empty in Excel: a blank row
    ws.cell(row=9, column=3, value="\n")

    off = wb.create_sheet("Offset")
    off["B3"], off["C3"] = "Name", "Email"
    off["B4"], off["C4"], off["D4"] = "Ana", "ana@example.org", "x"
    off["B6"] = "Ben"

    wb.create_sheet("Empty")
    only = wb.create_sheet("Only Header")
    only.append(["Name", "Email"])
    wb.save(path)
    set_cached_formula_values(path, "Donors", {"J5": 51, "J6": 200, "J8": 14})
    return path


def set_cached_formula_values(path: str | Path, sheet: str, values: dict[str, Any]) -> Path:
    """Give formula cells a cached result, as Excel would after calculating.

    openpyxl writes formulas without results (``<f>I5*2</f><v/>``) and calamine reads a cell's
    cached result, so tests that need "a formula reads as its value" must add it. The sheet's
    XML part is found through workbook.xml and its relationships, not guessed.
    """
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    part = _sheet_part(parts, sheet)
    xml = parts[part].decode("utf-8")
    for ref, value in values.items():
        pattern = re.compile(rf'<c r="{ref}"(?P<attrs>[^>]*?)>(?P<body>.*?)</c>', re.S)
        m = pattern.search(xml)
        if m is None or "<f>" not in m.group("body"):
            raise ValueError(f"{sheet}!{ref} holds no formula")
        formula = re.search(r"<f>.*?</f>", m.group("body"), re.S).group(0)
        attrs = re.sub(r'\s+t="[^"]*"', "", m.group("attrs"))
        if isinstance(value, bool):
            attrs, text = attrs + ' t="b"', "1" if value else "0"
        elif isinstance(value, (int, float)):
            text = repr(value)
        else:
            attrs, text = attrs + ' t="str"', _xml_escape(str(value))
        cell = f'<c r="{ref}"{attrs}>{formula}<v>{text}</v></c>'
        xml = xml[: m.start()] + cell + xml[m.end() :]
    parts[part] = xml.encode("utf-8")
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    shutil.move(tmp, path)
    return path


def _sheet_part(parts: dict[str, bytes], sheet: str) -> str:
    ns = {
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    }
    book = ElementTree.fromstring(parts["xl/workbook.xml"])
    rid = next(
        s.get(f"{{{ns['r']}}}id") for s in book.iterfind("m:sheets/m:sheet", ns) if s.get("name") == sheet
    )
    rels = ElementTree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    target = next(r.get("Target") for r in rels.iterfind("rel:Relationship", ns) if r.get("Id") == rid)
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- xls and ods --------------------------------------------------------------------------

MESSY_XLS = Expected(
    sheet="People",
    header_row=3,
    headers=["Name", "Email", "Email (2)", "Phone", "Birthday", "Joined", "Column G"],
    rows={
        4: ["José", "jose@example.org", None, 5035550143, D(1980, 5, 17), D(2024, 3, 1), "x"],
        6: ["Zoë", None, "zoe@example.org", None, D(1990, 1, 2), D(2023, 12, 31), None],
    },
    sheets=[("Hidden", True), ("People", False)],
)


def make_xls(path: str | Path) -> Path:
    """Old .xls: hidden first sheet, title row, header in row 3, blank row 5, dates both ways."""
    import xlwt

    path = Path(path)
    wb = xlwt.Workbook(encoding="utf-8")
    hidden = wb.add_sheet("Hidden")
    hidden.write(0, 0, "internal")
    hidden.visibility = 1
    ws = wb.add_sheet("People")
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, "Member list")
    for c, h in enumerate(["Name", "Email", "Email", "Phone", "Birthday", "Joined", ""]):
        ws.write(2, c, h)
    ws.write(3, 0, " José ")
    ws.write(3, 1, "jose@example.org")
    ws.write(3, 3, 5035550143.0)
    ws.write(3, 4, D(1980, 5, 17), date)
    ws.write(3, 5, 45352, date)  # serial number shown as a date
    ws.write(3, 6, "x")
    ws.write(5, 0, "Zoë")
    ws.write(5, 2, "zoe@example.org")
    ws.write(5, 4, D(1990, 1, 2), date)
    ws.write(5, 5, 45291, date)
    wb.save(str(path))
    return path


MESSY_ODS = Expected(
    sheet="Contacts",
    header_row=2,
    headers=["Name", "City", "Phone", "Since", "Active"],
    rows={
        3: ["王芳", "Zürich", 5035550143, D(2024, 3, 1), True],
        5: ["Zoë", None, 42, DT(2024, 3, 1, 9, 30), False],
    },
    sheets=[("Notes", True), ("Contacts", False)],
)


def make_ods(path: str | Path) -> Path:
    """OpenDocument sheet: hidden first sheet, title row, header in row 2, blank row 4."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    path = Path(path)
    doc = OpenDocumentSpreadsheet()
    hidden_style = Style(name="hiddenTable", family="table")
    hidden_style.addElement(TableProperties(display=False))
    doc.automaticstyles.addElement(hidden_style)

    def cell(v: Any) -> Any:
        if v is None:
            return TableCell()
        if isinstance(v, bool):
            c = TableCell(valuetype="boolean", booleanvalue=str(v).lower())
        elif isinstance(v, (dt.date, dt.datetime)):
            c = TableCell(valuetype="date", datevalue=v.isoformat())
        elif isinstance(v, (int, float)):
            c = TableCell(valuetype="float", value=v)
        else:
            c = TableCell(valuetype="string")
        c.addElement(P(text=str(v)))
        return c

    def table(name: str, rows: list[list[Any]], style: Any = None) -> Any:
        t = Table(name=name, stylename=style) if style else Table(name=name)
        for values in rows:
            tr = TableRow()
            for v in values:
                tr.addElement(cell(v))
            t.addElement(tr)
        return t

    doc.spreadsheet.addElement(table("Notes", [["internal"]], hidden_style))
    doc.spreadsheet.addElement(table("Contacts", [
        ["Contacts export"],
        ["Name", "City", "Phone", "Since", "Active"],
        ["王芳 ", "Zürich", 5035550143.0, D(2024, 3, 1), True],
        [],
        ["Zoë", None, 42.0, DT(2024, 3, 1, 9, 30), False],
    ]))
    doc.save(str(path))
    return path


# --- text files ---------------------------------------------------------------------------

CSV_HEADERS = ["Name", "Email", "City", "Notes"]
CSV_ROWS = {
    2: ["Zoë Müller", "zoe@example.org", "Zürich", None],
    3: ["José García", None, "São Paulo", "likes, commas"],
    4: ["王小明", "wang@example.cn", None, "00123"],
}
"""What the simple CSV builders below hold; text stays text ("00123")."""


def _csv_text(delimiter: str) -> str:
    lines = [CSV_HEADERS] + [[v or "" for v in row] for row in CSV_ROWS.values()]
    out: list[str] = []
    for line in lines:
        out.append(delimiter.join(f'"{v}"' if (delimiter in v or "," in v) else v for v in line))
    return "\r\n".join(out) + "\r\n"


def make_utf8_bom_csv(path: str | Path) -> Path:
    """What Excel's "CSV UTF-8" writes: a BOM, commas, CRLF."""
    path = Path(path)
    path.write_bytes(codecs.BOM_UTF8 + _csv_text(",").encode("utf-8"))
    return path


def make_utf16_csv(path: str | Path, byte_order: str = "le") -> Path:
    """Excel's "Unicode text": UTF-16 with a BOM and tab delimiters; ``byte_order`` le or be."""
    path = Path(path)
    codec, bom = ("utf-16-le", codecs.BOM_UTF16_LE) if byte_order == "le" else ("utf-16-be", codecs.BOM_UTF16_BE)
    path.write_bytes(bom + _csv_text("\t").encode(codec))
    return path


def make_latin1_semicolon_csv(path: str | Path) -> Path:
    """European Excel's CSV: Windows-1252/Latin-1, ``;`` delimiters, a decimal comma."""
    path = Path(path)
    text = (
        "Name;Vorname;Ort;Betrag\r\n"
        "Müller;Jürgen;Köln;12,50\r\n"
        "Weiß;Zoë;Düsseldorf;7\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def make_tab_csv(path: str | Path) -> Path:
    """Tab-separated (normally named .tsv), values with commas inside."""
    path = Path(path)
    path.write_text(_csv_text("\t"), encoding="utf-8", newline="")
    return path


def make_pipe_csv(path: str | Path) -> Path:
    """Pipe-delimited export (old database tools), usually named .txt."""
    path = Path(path)
    path.write_text(_csv_text("|"), encoding="utf-8", newline="")
    return path


def make_quoted_newlines_csv(path: str | Path) -> Path:
    """Addresses with line breaks inside quotes; record 2 spans three physical lines.

    Records (= Excel rows): 1 header, 2 Ana (multi-line address), 3 blank, 4 Ben.
    """
    path = Path(path)
    path.write_text(
        'Name,Address,Email\n'
        'Ana,"12 Main St\nApt 4\nPortland, OR",ana@example.org\n'
        '\n'
        'Ben,"1 Elm Rd",  ben@example.org  \n',
        encoding="utf-8",
        newline="",
    )
    return path


def make_titled_csv(path: str | Path) -> Path:
    """A report-style CSV: title line, "exported" line, blank line, header on line 4, ragged rows.

    Row 5 has an extra value beyond the header (→ ``Column E``); row 6 is short.
    """
    path = Path(path)
    path.write_text(
        "Donor report,,,\n"
        "Exported 2024-03-01,,,\n"
        ",,,\n"
        "Name,Email,Email,\n"
        "Ana,ana@example.org,ana@work.example,,extra\n"
        "Ben,ben@example.org\n",
        encoding="utf-8",
        newline="",
    )
    return path


def make_late_latin1_csv(path: str | Path, ascii_rows: int = 5_000) -> Path:
    """UTF-8-looking for the first ~100 KB, then a Windows-1252 "é" (0xE9) and an undefined 0x81."""
    path = Path(path)
    lines = ["Name,Email"] + [f"Person {i},p{i}@example.org" for i in range(ascii_rows)]
    body = ("\r\n".join(lines) + "\r\n").encode("ascii")
    path.write_bytes(body + b"Ren\xe9e,renee@example.org\r\nOdd\x81,odd@example.org\r\n")
    return path


# --- broken files -------------------------------------------------------------------------


def make_empty_file(path: str | Path) -> Path:
    """Zero bytes, as left behind by a failed download or copy."""
    path = Path(path)
    path.write_bytes(b"")
    return path


def make_pdf_named_xlsx(path: str | Path) -> Path:
    """A PDF report someone saved with an .xlsx name."""
    path = Path(path)
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"\x00" * 64 + b"%%EOF\n")
    return path


def make_truncated_xlsx(path: str | Path) -> Path:
    """A real workbook cut in half, like an interrupted download."""
    path = Path(path)
    full = path.with_name(path.stem + "-full.xlsx")
    make_messy_xlsx(full)
    data = full.read_bytes()
    full.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def make_encrypted_xlsx(path: str | Path, password: str = "s3cret!") -> Path:
    """A workbook saved with File > Info > Protect Workbook > Encrypt with Password.

    Excel writes an OLE box with an "EncryptionInfo" stream around the encrypted package;
    msoffcrypto-tool writes the same (agile encryption, as Excel 2010 and later do). Its one sheet
    "People" holds ``ENCRYPTED_ROWS`` under a header in row 1.
    """
    import io

    from msoffcrypto.format.ooxml import OOXMLFile
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "People"
    ws.append(["Name", "Email"])
    for values in ENCRYPTED_ROWS.values():
        ws.append(values)
    plain = io.BytesIO()
    wb.save(plain)
    plain.seek(0)
    with open(path, "wb") as out:
        OOXMLFile(plain).encrypt(password, out)
    return path


ENCRYPTED_ROWS = {2: ["Ana Lima", "ana@example.org"], 3: ["Ben Okafor", "ben@example.org"]}


def make_ole_junk_with_encryption_names(path: str | Path) -> Path:
    """An OLE header followed by junk that merely mentions EncryptionInfo: damaged, not encrypted."""
    path = Path(path)
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    junk = "EncryptionInfo EncryptedPackage".encode("utf-16-le")
    path.write_bytes(header + b"\x00" * 472 + junk + bytes(range(256)) * 8)
    return path


def make_biff4_xls(path: str | Path) -> Path:
    """An Excel 4.0 worksheet: a bare BIFF4 record stream (BOF, one cell, EOF), not an OLE box."""
    path = Path(path)
    bof = b"\x09\x04" + (6).to_bytes(2, "little") + b"\x00\x00" + b"\x10\x00" + b"\x00\x00"
    label = b"Name"
    cell = b"\x04\x02" + (8 + len(label)).to_bytes(2, "little") + b"\x00" * 6 + len(label).to_bytes(2, "little")
    path.write_bytes(bof + cell + label + b"\x0a\x00\x00\x00")
    return path


def make_biff5_xls(path: str | Path) -> Path:
    """An Excel 5.0/95 workbook calamine finds no data in: an OLE box whose stream is "Book".

    Built from an .xls written by xlwt by renaming its "Workbook" stream and marking its BOF as
    BIFF5 (real Excel 95 files calamine mostly reads, and then they are read).
    """
    import io

    import xlwt

    path = Path(path)
    wb = xlwt.Workbook()
    wb.add_sheet("People")
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    name = "Workbook".encode("utf-16-le")
    at = data.index(name)
    data[at : at + 64] = "Book".encode("utf-16-le").ljust(64, b"\x00")
    data[at + 64 : at + 66] = (10).to_bytes(2, "little")  # name length in bytes, with its NUL
    # Spoil the BOF so the stream is no BIFF8 either, as an Excel 95 file's isn't.
    stream_at = data.index(b"\x09\x08\x10\x00\x00\x06")
    data[stream_at : stream_at + 6] = b"\x09\x08\x10\x00\x00\x05"
    path.write_bytes(bytes(data))
    return path


XLSB_ROWS = {2: ["Zoë Ng", "zoe@example.org", 5035550143], 3: ["José García", "jose@example.org", 42.5]}


def make_xlsb(path: str | Path) -> Path:
    """An Excel Binary Workbook (.xlsb) built record by record, with a title sheet before the table.

    Sheets: "Cover" (one title cell), then "People": header in row 1, ``XLSB_ROWS`` under it.
    No Python library writes .xlsb, so the few records calamine needs are written here
    ([MS-XLSB] 2.1.4 record layout: varint type, varint size, payload).
    """
    import struct

    def rec(typ: int, payload: bytes = b"") -> bytes:
        t = bytes([typ]) if typ < 0x80 else bytes([(typ & 0x7F) | 0x80, typ >> 7])
        n, size = len(payload), b""
        while True:
            byte = n & 0x7F
            n >>= 7
            size += bytes([byte | (0x80 if n else 0)])
            if not n:
                break
        return t + size + payload

    def wide(text: str) -> bytes:
        return struct.pack("<I", len(text)) + text.encode("utf-16-le")

    def sheet_bin(rows: list[list[Any]]) -> bytes:
        width = max(len(r) for r in rows)
        out = rec(0x81) + rec(0x94, struct.pack("<IIII", 0, len(rows) - 1, 0, width - 1)) + rec(0x91)
        for r, values in enumerate(rows):
            out += rec(0x00, struct.pack("<IIHBBI", r, 0, 0x12C, 0, 0, 0))
            for c, v in enumerate(values):
                head = struct.pack("<II", c, 0)
                if isinstance(v, str):
                    out += rec(0x06, head + wide(v))
                else:
                    out += rec(0x05, head + struct.pack("<d", float(v)))
        return out + rec(0x92) + rec(0x82)

    sheets = [("Cover", [["Volunteer list 2024"]]), ("People", [["Name", "Email", "Phone"], *XLSB_ROWS.values()])]
    book = rec(0x83) + rec(0x8F)
    for i, (name, _) in enumerate(sheets, 1):
        book += rec(0x9C, struct.pack("<II", 0, i) + wide(f"rId{i}") + wide(name))
    book += rec(0x90) + rec(0x84)
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/worksheet" Target="worksheets/sheet{i}.bin"/>'
        for i in range(1, len(sheets) + 1)
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled'
        '.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'
    )
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.bin", book)
        z.writestr(
            "xl/_rels/workbook.bin.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>',
        )
        for i, (_, rows) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.bin", sheet_bin(rows))
    return path


def make_title_page_xlsx(path: str | Path) -> Path:
    """A workbook whose first sheet is a title page (two lines of text) and the second one stray cell.

    The people are on the third sheet, "Guests": header in row 1, ``TITLE_PAGE_ROWS`` under it.
    """
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    cover = wb.active
    cover.title = "About"
    cover["A1"] = "Spring Gala 2024"
    cover["A3"] = "Prepared by the events team"
    stray = wb.create_sheet("Scratch")
    stray["C7"] = "x"
    guests = wb.create_sheet("Guests")
    guests.append(["Name", "Email"])
    for values in TITLE_PAGE_ROWS.values():
        guests.append(values)
    wb.save(path)
    return path


TITLE_PAGE_ROWS = {2: ["Ana Lima", "ana@example.org"], 3: ["Ben Okafor", "ben@example.org"]}


# --- big files for benchmarks -------------------------------------------------------------

BIG_HEADERS = [
    "First Name", "Last Name", "Email", "Phone", "Street", "City", "State", "Zip",
    "Country", "Birthday", "Gift Amount", "Gift Date", "Member", "Notes", "Donor ID",
]


def make_big_csv(path: str | Path, rows: int = 200_000, cols: int = 14) -> Path:
    """A realistic big UTF-8 export: some empty cells, a quoted comma, padded values."""
    path = Path(path)
    rnd = random.Random(7)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(BIG_HEADERS[:cols])
        for i in range(rows):
            row = [
                f"First{i}", f" Last{i} ", f"person{i}@example.org", f"(503) 555-{i % 10000:04d}",
                f"{i} Main St", rnd.choice(["Portland", "Salem", "Eugene", ""]), "OR",
                f"{97200 + i % 100}", "USA", f"19{50 + i % 50}-0{1 + i % 9}-1{i % 10}",
                f"{rnd.random() * 500:.2f}", "2024-03-01", rnd.choice(["yes", "no", ""]),
                "" if i % 3 else "called, left message", str(i),
            ]
            w.writerow(row[:cols])
    return path


def make_big_xlsx(path: str | Path, rows: int = 100_000, cols: int = 15) -> Path:
    """A big workbook written with openpyxl's write-only mode (slow: ~20 s for 100,000 rows)."""
    from openpyxl import Workbook

    path = Path(path)
    rnd = random.Random(7)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("People")
    ws.append(BIG_HEADERS[:cols])
    start = D(2024, 1, 1)
    for i in range(rows):
        row = [
            f"First{i}", f" Last{i} ", f"person{i}@example.org", 5035550000.0 + i,
            f"{i} Main St", rnd.choice(["Portland", "Salem", "Eugene", None]), "OR", 97200 + i % 100,
            "USA", D(1950 + i % 50, 1 + i % 12, 1 + i % 28), round(rnd.random() * 500, 2),
            start + dt.timedelta(days=i % 365), i % 2 == 0, None if i % 3 else "called", i,
        ]
        ws.append(row[:cols])
    wb.save(path)
    return path


# --- cells that are not what they look like ------------------------------------------------


def make_script_written_xlsx(path: str | Path) -> Path:
    """What a script writes with openpyxl: formulas with no saved result, and error values.

    Sheet "People": header row 1; B2 is ``=VLOOKUP(...)`` never calculated, C3 holds ``#N/A``,
    C4 ``#DIV/0!``; D (Helper) is not a column anyone maps, its D2 formula is unsaved too.
    """
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "People"
    ws.append(["Name", "Email", "Phone", "Helper"])
    ws.append(["Ana Lima", "=VLOOKUP(A2,Lookup!A:B,2,FALSE)", "503-555-0143", "=LEN(A2)"])
    ws.append(["Ben Okafor", "ben@example.org", "#N/A", None])
    ws.append(["Cy Young", "cy@example.org", "#DIV/0!", None])
    wb.save(path)
    return path
