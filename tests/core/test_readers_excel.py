"""Workbooks through calamine: xlsx (messy), xls, ods; sheets, row numbers, values, progress."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from core.errors import InputError
from core.readers import list_sheets, peek_rows, read_file
from core.records import SheetInfo, Table
from tests.core.messy_files import (
    MESSY_ODS,
    MESSY_OFFSET,
    MESSY_XLS,
    MESSY_XLSX,
    Expected,
    make_messy_xlsx,
    make_ods,
    make_xls,
)


@pytest.fixture(scope="module")
def messy_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_messy_xlsx(tmp_path_factory.mktemp("xlsx") / "Donors 2024.xlsx")


def assert_matches(table: Table, expected: Expected) -> None:
    assert table.sheet == expected.sheet
    assert table.header_row == expected.header_row
    assert table.headers == expected.headers
    assert {r.row: r.values for r in table.records} == expected.rows
    assert all(len(r.values) == len(table.headers) for r in table.records)


def test_messy_xlsx(messy_xlsx: Path) -> None:
    table = read_file(messy_xlsx)
    assert_matches(table, MESSY_XLSX)
    assert table.notes == [
        "Read sheet 'Donors' (5 sheets in the workbook)",
        "Header found in row 4",
        "2 blank rows skipped",
    ]
    assert table.path == messy_xlsx


def test_messy_xlsx_value_types(messy_xlsx: Path) -> None:
    zoe = read_file(messy_xlsx).records[0].values
    phone, gift_date, joined, amount, double, member, called = (zoe[i] for i in (5, 6, 7, 8, 9, 10, 11))
    assert type(phone) is int and phone == 5035550143
    assert type(gift_date) is dt.date  # a real date
    assert type(joined) is dt.date  # a serial number in a date-formatted cell
    assert type(amount) is float
    assert type(double) is int and double == 51  # formula → its cached value
    assert member is True
    assert type(called) is dt.datetime


def test_hidden_sheets_are_listed_and_skipped(messy_xlsx: Path) -> None:
    sheets = list_sheets(messy_xlsx)
    assert [(s.name, s.hidden) for s in sheets] == MESSY_XLSX.sheets
    table = read_file(messy_xlsx)
    assert table.sheets[1] == SheetInfo("Donors", hidden=False, rows=3)
    assert [(s.name, s.hidden) for s in table.sheets] == MESSY_XLSX.sheets


def test_hidden_sheet_can_be_read_by_name(messy_xlsx: Path) -> None:
    table = read_file(messy_xlsx, sheet="Lookups")
    assert table.headers == ["Code", "Meaning"]
    assert table.records[0].row == 2
    assert not any(n.startswith("Read sheet") for n in table.notes)


def test_table_not_starting_at_a1_keeps_excel_numbers_and_letters(messy_xlsx: Path) -> None:
    assert_matches(read_file(messy_xlsx, sheet="Offset"), MESSY_OFFSET)


def test_sheet_name_typed_loosely(messy_xlsx: Path) -> None:
    assert read_file(messy_xlsx, sheet=" donors ").sheet == "Donors"


def test_header_row_override(messy_xlsx: Path) -> None:
    table = read_file(messy_xlsx, header_row=2)
    assert table.header_row == 2
    assert table.headers[:2] == ["Exported 2024-03-01 by Jane", "Column B"]
    assert [r.row for r in table.records] == [4, 5, 6, 8]
    assert "Header taken from row 2" in table.notes


def test_peek_rows_index_is_excel_row_minus_one(messy_xlsx: Path) -> None:
    rows = peek_rows(messy_xlsx, limit=6)
    assert len(rows) == 6
    assert rows[0][0] == "Spring Appeal Donors"  # merged title: top-left cell only
    assert rows[0][1:] == [None] * 11
    assert rows[1][0] == "Exported 2024-03-01 by Jane"
    assert rows[2] == [None] * 12
    assert rows[3][:3] == ["First Name", "Last\nName", "Email"]  # raw, not yet a header name
    assert rows[4][5] == 5035550143


def test_peek_rows_pads_to_column_a(messy_xlsx: Path) -> None:
    rows = peek_rows(messy_xlsx, sheet="Offset", limit=4)
    assert rows == [
        [None, None, None, None],
        [None, None, None, None],
        [None, "Name", "Email", None],
        [None, "Ana", "ana@example.org", "x"],
    ]
    assert peek_rows(messy_xlsx, sheet="Offset", limit=1) == [[None, None, None, None]]
    assert peek_rows(messy_xlsx, sheet="Empty") == []


def test_xls(tmp_path: Path) -> None:
    path = make_xls(tmp_path / "members.xls")
    assert [(s.name, s.hidden) for s in list_sheets(path)] == MESSY_XLS.sheets
    table = read_file(path)
    assert_matches(table, MESSY_XLS)
    assert "1 blank row skipped" in table.notes


def test_ods(tmp_path: Path) -> None:
    path = make_ods(tmp_path / "contacts.ods")
    assert [(s.name, s.hidden) for s in list_sheets(path)] == MESSY_ODS.sheets
    table = read_file(path)
    assert_matches(table, MESSY_ODS)
    assert table.notes[-2:] == ["Header found in row 2", "1 blank row skipped"]


def test_xlsm_and_renamed_workbooks_are_read_by_content(tmp_path: Path, messy_xlsx: Path) -> None:
    for name in ("macros.xlsm", "really-xlsx.xls", "really-xlsx.ods"):
        copy = tmp_path / name
        shutil.copy(messy_xlsx, copy)
        assert read_file(copy).headers == MESSY_XLSX.headers
    xls_as_xlsx = tmp_path / "really-xls.xlsx"
    shutil.copy(make_xls(tmp_path / "m.xls"), xls_as_xlsx)
    assert read_file(xls_as_xlsx).headers == MESSY_XLS.headers


def test_only_hidden_sheets_have_data(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Cover"
    data = wb.create_sheet("Data")
    data.append(["Name"])
    data.append(["Ana"])
    data.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    with pytest.raises(InputError, match=r"hidden\.xlsx: No visible sheet has data, only the hidden sheet\(s\) 'Data'"):
        read_file(path)
    assert read_file(path, sheet="Data").records[0].values == ["Ana"]


def test_first_visible_sheet_with_data_is_chosen(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Instructions"  # visible but empty
    people = wb.create_sheet("People")
    people.append(["Name"])
    people.append(["Ana"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert read_file(path).sheet == "People"


def test_sheet_errors_name_file_and_sheet(messy_xlsx: Path) -> None:
    with pytest.raises(InputError) as missing:
        read_file(messy_xlsx, sheet="Volunteers")
    assert str(missing.value) == (
        "Donors 2024.xlsx: There is no sheet named 'Volunteers'; the sheets are: "
        "'Lookups', 'Donors', 'Offset', 'Empty', 'Only Header'."
    )
    with pytest.raises(InputError, match=r"Donors 2024\.xlsx, sheet 'Empty': The sheet is empty\."):
        read_file(messy_xlsx, sheet="Empty")
    with pytest.raises(InputError) as only_header:
        read_file(messy_xlsx, sheet="Only Header")
    assert only_header.value.sheet == "Only Header"
    assert "no rows of data under the header in row 1" in str(only_header.value)
    with pytest.raises(InputError, match="Row 3 is empty, so it can't be the header row"):
        read_file(messy_xlsx, sheet="Donors", header_row=3)
    with pytest.raises(InputError, match="Row 99 can't be the header row: the sheet has rows 1 to 9"):
        read_file(messy_xlsx, sheet="Donors", header_row=99)


def test_progress_on_workbook(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("People")
    ws.append(["Name", "N"])
    for i in range(12_000):
        ws.append([f"P{i}", i])
    path = tmp_path / "many.xlsx"
    wb.save(path)
    calls: list[tuple[int, int]] = []
    table = read_file(path, progress=lambda done, total: calls.append((done, total)))
    assert len(table.records) == 12_000
    assert table.records[-1].row == 12_001 and table.records[-1].values == ["P11999", 11999]
    assert calls[0] == (0, 12_001)
    assert calls[-1] == (12_001, 12_001)
    assert len(calls) >= 3


@pytest.mark.parametrize(("sheet", "header_row"), [(None, None), ("Offset", None), (None, 2)])
def test_table_peek_is_what_peek_rows_gives(messy_xlsx: Path, sheet: str | None, header_row: int | None) -> None:
    table = read_file(messy_xlsx, sheet=sheet, header_row=header_row)
    assert table.peek == peek_rows(messy_xlsx, sheet=table.sheet, limit=30)
    table.records[0].values[0] = "edited"  # the peek is the file as read, not the edited records
    assert table.peek == peek_rows(messy_xlsx, sheet=table.sheet, limit=30)
