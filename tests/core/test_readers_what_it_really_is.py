"""A file named like a workbook that is something else is called what it is (issue 28), and a workbook
whose first sheet is a title page gets the same sheet choice whatever kind of workbook it is."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.errors import InputError
from core.readers import read_file


def _zip(path: Path, names: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in names.items():
            z.writestr(name, data)
    return path


OOXML_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


@pytest.mark.parametrize(("make", "said"), [
    (lambda p: _zip(p, {"[Content_Types].xml": OOXML_TYPES, "word/document.xml": b"<w:document/>"}),
     "This is a Word document, not a spreadsheet, despite its .xlsx name."),
    (lambda p: _zip(p, {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
     "This is a text document (OpenDocument), not a spreadsheet, despite its .xlsx name."),
    (lambda p: _zip(p, {"[Content_Types].xml": OOXML_TYPES, "ppt/presentation.xml": b"<p/>"}),
     "This is a PowerPoint presentation, not a spreadsheet, despite its .xlsx name."),
    (lambda p: _zip(p, {"photos/gala.jpg": b"\xff\xd8\xff\xe0", "notes.txt": b"hello"}),
     "This is a zip archive, not a spreadsheet, despite its .xlsx name."),
    (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64)), p)[1],
     "This is an image, not a spreadsheet, despite its .xlsx name."),
    (lambda p: (p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64)), p)[1],
     "This is an image, not a spreadsheet, despite its .xlsx name."),
])
def test_a_file_named_xlsx_is_called_what_it_really_is(tmp_path, make, said):
    path = make(tmp_path / "guests.xlsx")
    with pytest.raises(InputError) as e:
        read_file(path)
    if said is not None:
        assert str(e.value) == f"guests.xlsx: {said}"
    assert "damaged" not in str(e.value) or said is None


def _title_page_workbooks(folder: Path) -> list[Path]:
    import xlwt
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P
    from openpyxl import Workbook

    cover = [["Spring Gala 2026 — guest list"], ["Prepared by Ana Ruiz"]]
    data = [["First name", "Last name", "Email"], ["Ana", "Lee", "ana@example.org"], ["Bo", "Kim", "bo@example.org"]]
    wb = Workbook()
    wb.active.title = "Cover"
    for r in cover:
        wb.active.append(r)
    guests = wb.create_sheet("Guests")
    for r in data:
        guests.append(r)
    wb.save(folder / "gala.xlsx")
    xls = xlwt.Workbook()
    for name, rows in (("Cover", cover), ("Guests", data)):
        sheet = xls.add_sheet(name)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                sheet.write(i, j, v)
    xls.save(str(folder / "gala.xls"))
    doc = OpenDocumentSpreadsheet()
    for name, rows in (("Cover", cover), ("Guests", data)):
        table = Table(name=name)
        for r in rows:
            tr = TableRow()
            for v in r:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=v))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(folder / "gala.ods"))
    return [folder / "gala.xlsx", folder / "gala.xls", folder / "gala.ods"]


def test_a_title_page_first_gets_the_same_sheet_choice_in_every_workbook_kind(tmp_path):
    for path in _title_page_workbooks(tmp_path):
        table = read_file(path)
        assert (table.sheet, table.headers, len(table.records)) == \
            ("Guests", ["First name", "Last name", "Email"], 2), path.name
        assert "'Cover' has no table" in table.notes[0], path.name


CORPUS = Path(__file__).parent / "misnamed_corpus"  # other projects' fixtures: see SOURCES.md there
SAID = {".docx": "a Word document", ".pptx": "a PowerPoint presentation", ".jpeg": "an image", ".tif": "an image",
        ".png": "an image"}


@pytest.mark.parametrize("source", sorted(p.name for p in CORPUS.iterdir() if p.suffix in SAID))
def test_real_documents_and_images_named_xlsx(tmp_path, source):
    import shutil

    path = tmp_path / (Path(source).stem + ".xlsx")
    shutil.copy(CORPUS / source, path)
    with pytest.raises(InputError) as e:
        read_file(path)
    assert e.value.reason == f"This is {SAID[Path(source).suffix]}, not a spreadsheet, despite its .xlsx name."
