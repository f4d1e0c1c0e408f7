"""Header-row guessing, unique header names and cell cleaning, on hand-made rows."""

from __future__ import annotations

import datetime as dt

import pytest

from core.readers import clean_cell, column_letter, detect_header_row, unique_headers
from core.readers.header import shape_columns
from core.readers.values import clean_text_row, clean_workbook_row, header_text
from core.records import Record

# --- detect_header_row -------------------------------------------------------------------


def test_header_under_title_notes_and_blank_row() -> None:
    rows = [
        ["Spring Appeal Donors", None, None, None],
        ["Exported 2024-03-01", None, None, None],
        [None, None, None, None],
        ["First Name", "Last Name", "Email", "Gift"],
        ["Ana", "Ng", "ana@example.org", 25],
        ["Ben", "Li", None, 10],
    ]
    assert detect_header_row(rows) == 4


def test_plain_table_has_header_in_row_1() -> None:
    assert detect_header_row([["Name", "Email"], ["Ana", "ana@example.org"]]) == 1


def test_csv_strings_that_are_numbers_or_dates_are_not_header_words() -> None:
    rows = [
        ["Donor report", "", "", ""],
        ["2024-03-01", "12.50", "(503) 555-0143", "00123"],  # a stray data-like row
        ["Name", "Date", "Phone", "Zip"],
        ["Ana", "2024-03-01", "503-555-0143", "97201"],
    ]
    assert detect_header_row(rows) == 3


def test_header_with_some_empty_cells_still_wins() -> None:
    rows = [
        ["Title"],
        ["Name", None, "Email", "Phone", "City"],
        ["Ana", "x", "a@example.org", 5035550143, "Salem"],
    ]
    assert detect_header_row(rows) == 2


def test_header_of_years_falls_back_to_first_wide_row() -> None:
    rows = [
        ["Giving history"],
        ["Name", 2021, 2022, 2023, 2024],
        ["Ana", 10, 20, 30, 40],
    ]
    assert detect_header_row(rows) == 2


def test_unicode_header_words_count_as_text() -> None:
    rows = [["名单"], ["姓名", "电子邮件", "城市"], ["王", "wang@example.cn", "北京"]]
    assert detect_header_row(rows) == 2


def test_header_needs_data_under_it() -> None:
    # The wide row is the last one: no data under it, so fall back to the first non-blank row.
    rows = [[None, None], ["Title", None], ["Name", "Email"]]
    assert detect_header_row(rows) == 2


def test_blank_or_no_rows_give_row_1() -> None:
    assert detect_header_row([]) == 1
    assert detect_header_row([[None, None], []]) == 1


def test_only_first_30_rows_are_scanned() -> None:
    rows = [["note"]] * 30 + [["Name", "Email"], ["Ana", "a@example.org"]]
    assert detect_header_row(rows) == 1


# --- unique_headers / column_letter ------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (17, "R"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letter(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_duplicates_and_empty_headers_get_readable_names() -> None:
    cells = ["Email", " First\nName ", "Email", None, "email", ""]
    assert unique_headers(cells) == ["Email", "First Name", "Email (2)", "Column D", "email (3)", "Column F"]


def test_made_up_names_never_take_a_real_one() -> None:
    assert unique_headers([None, "Column A", "Email", "Email", "Email (2)"]) == [
        "Column A (2)", "Column A", "Email", "Email (3)", "Email (2)",
    ]


def test_column_letters_follow_sheet_columns() -> None:
    assert unique_headers(["Name", None], columns=[1, 17]) == ["Name", "Column R"]


def test_non_text_headers_read_as_shown() -> None:
    assert unique_headers([2024, 3.0, 2.5, True, dt.date(2024, 3, 1)]) == [
        "2024", "3", "2.5", "TRUE", "2024-03-01",
    ]
    assert header_text(dt.datetime(2024, 3, 1, 9, 30)) == "2024-03-01 09:30:00"


def test_shape_columns_names_extra_data_and_drops_empty_columns() -> None:
    records = [Record(2, ["Ana", None, None, "extra"]), Record(3, ["Ben"])]
    headers = shape_columns(["Name", None, None], records, data_width=4, uniform=False)
    assert headers == ["Name", "Column D"]
    assert [r.values for r in records] == [["Ana", "extra"], ["Ben", None]]


def test_shape_columns_trims_trailing_empty_columns_and_pads_short_rows() -> None:
    records = [Record(2, ["Ana", "a@example.org", None]), Record(3, ["Ben"])]
    headers = shape_columns(["Name", "Email", None], records, data_width=3, uniform=False)
    assert headers == ["Name", "Email"]
    assert [r.values for r in records] == [["Ana", "a@example.org"], ["Ben", None]]


# --- values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (5035550143.0, 5035550143),
        (25.5, 25.5),
        (7, 7),
        ("  Zoë \n", "Zoë"),
        ("\u00a0José\u00a0", "José"),
        ("", None),
        ("   ", None),
        (True, True),
        (False, False),
        (dt.date(2024, 3, 1), dt.date(2024, 3, 1)),
        (dt.datetime(2024, 3, 1, 13, 5), dt.datetime(2024, 3, 1, 13, 5)),
        (float("nan"), pytest.approx(float("nan"), nan_ok=True)),
    ],
)
def test_clean_cell(raw: object, clean: object) -> None:
    assert clean_cell(raw) == clean
    assert clean_workbook_row([raw]) == [clean]


def test_whole_floats_become_int_type_but_bools_stay_bool() -> None:
    assert type(clean_cell(100.0)) is int
    assert clean_workbook_row([True, 1.0, 0.0]) == [True, 1, 0]
    assert [type(v) for v in clean_workbook_row([True, 1.0])] == [bool, int]


def test_clean_text_row_keeps_text_as_text() -> None:
    assert clean_text_row([" 00123 ", "", "  ", "12.50", "x"]) == ["00123", None, None, "12.50", "x"]
    assert clean_text_row([]) == []
