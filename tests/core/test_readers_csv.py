"""CSV/TSV/TXT: encodings, delimiters, quoted newlines, row numbers, header detection."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from core.errors import InputError
from core.readers import detect_delimiter, list_sheets, peek_rows, read_file
from tests.core.messy_files import (
    CSV_HEADERS,
    CSV_ROWS,
    make_late_latin1_csv,
    make_latin1_semicolon_csv,
    make_pipe_csv,
    make_quoted_newlines_csv,
    make_tab_csv,
    make_titled_csv,
    make_utf8_bom_csv,
    make_utf16_csv,
)


def rows_of(table) -> dict[int, list]:  # type: ignore[no-untyped-def]
    return {r.row: r.values for r in table.records}


@pytest.mark.parametrize(
    ("maker", "name", "encoding", "delimiter"),
    [
        (make_utf8_bom_csv, "people.csv", "UTF-8", ","),
        (lambda p: make_utf16_csv(p, "le"), "people.txt", "UTF-16", "tab"),
        (lambda p: make_utf16_csv(p, "be"), "people.csv", "UTF-16", "tab"),
        (make_tab_csv, "people.tsv", "UTF-8", "tab"),
        (make_tab_csv, "people.txt", "UTF-8", "tab"),
        (make_pipe_csv, "people.txt", "UTF-8", "|"),
    ],
)
def test_encodings_and_delimiters(tmp_path: Path, maker, name: str, encoding: str, delimiter: str) -> None:  # type: ignore[no-untyped-def]
    table = read_file(maker(tmp_path / name))
    assert table.headers == CSV_HEADERS
    assert rows_of(table) == CSV_ROWS
    assert table.sheet is None and table.header_row == 1 and table.sheets == []
    assert f"Read as {encoding}" in table.notes
    assert f"Delimiter: {delimiter}" in table.notes


def test_bom_is_not_part_of_first_header(tmp_path: Path) -> None:
    table = read_file(make_utf8_bom_csv(tmp_path / "bom.csv"))
    assert table.headers[0] == "Name"


def test_latin1_semicolon(tmp_path: Path) -> None:
    table = read_file(make_latin1_semicolon_csv(tmp_path / "spenden.csv"))
    assert table.headers == ["Name", "Vorname", "Ort", "Betrag"]
    assert rows_of(table) == {
        2: ["Müller", "Jürgen", "Köln", "12,50"],  # decimal comma stays text
        3: ["Weiß", "Zoë", "Düsseldorf", "7"],
    }
    assert "Read as Windows-1252" in table.notes
    assert "Delimiter: ;" in table.notes


def test_windows_1252_specials_and_undefined_bytes(tmp_path: Path) -> None:
    p = tmp_path / "w.csv"
    p.write_bytes(b"Name,Gift\r\nCaf\xe9 \x80,\x9c5\x9d\r\nX\x81,\x8d\r\n")
    table = read_file(p)
    # 0x80 is € and 0x9C œ in Windows-1252; 0x81/0x8D/0x9D are undefined there → Latin-1.
    assert rows_of(table) == {2: ["Café €", "œ5\x9d"], 3: ["X\x81", "\x8d"]}
    assert "Read as Windows-1252" in table.notes


def test_file_that_stops_being_utf8_late_is_reread_as_windows_1252(tmp_path: Path) -> None:
    table = read_file(make_late_latin1_csv(tmp_path / "late.csv"))
    assert "Read as Windows-1252" in table.notes
    assert table.records[-2].row == 5002
    assert table.records[-2].values == ["Renée", "renee@example.org"]
    assert table.records[-1].values == ["Odd\x81", "odd@example.org"]
    assert len(table.records) == 5002


def test_utf16_without_bom(tmp_path: Path) -> None:
    p = tmp_path / "nobom.txt"
    p.write_bytes("Name\tCity\r\nZoë\tKöln\r\n".encode("utf-16-le"))
    table = read_file(p)
    assert rows_of(table) == {2: ["Zoë", "Köln"]}
    assert "Read as UTF-16" in table.notes


def test_plain_utf8_without_bom(tmp_path: Path) -> None:
    p = tmp_path / "u.csv"
    p.write_text("Name,City\n王小明,北京\n", encoding="utf-8")
    table = read_file(p)
    assert rows_of(table) == {2: ["王小明", "北京"]}
    assert "Read as UTF-8" in table.notes


def test_utf8_multibyte_char_cut_by_sample_is_still_utf8(tmp_path: Path) -> None:
    from core.readers.csv_text import SAMPLE_BYTES

    p = tmp_path / "cut.csv"
    filler = "a" * (SAMPLE_BYTES - 1 - len("Name\n"))
    p.write_bytes(("Name\n" + filler + "é\n").encode("utf-8"))  # é straddles the sample end
    assert "Read as UTF-8" in read_file(p).notes


def test_quoted_newlines_survive_and_count_as_one_row(tmp_path: Path) -> None:
    table = read_file(make_quoted_newlines_csv(tmp_path / "addr.csv"))
    assert table.headers == ["Name", "Address", "Email"]
    assert rows_of(table) == {
        2: ["Ana", "12 Main St\nApt 4\nPortland, OR", "ana@example.org"],
        4: ["Ben", "1 Elm Rd", "ben@example.org"],  # record 3 is the blank line
    }
    assert "1 blank row skipped" in table.notes


def test_title_rows_ragged_rows_and_duplicate_headers(tmp_path: Path) -> None:
    table = read_file(make_titled_csv(tmp_path / "report.csv"))
    assert table.header_row == 4
    assert "Header found in row 4" in table.notes
    # The trailing empty header column has no data and goes; the extra value gets a name.
    assert table.headers == ["Name", "Email", "Email (2)", "Column E"]
    assert rows_of(table) == {
        5: ["Ana", "ana@example.org", "ana@work.example", "extra"],
        6: ["Ben", "ben@example.org", None, None],
    }
    assert all(len(r.values) == len(table.headers) for r in table.records)


def test_header_row_override(tmp_path: Path) -> None:
    table = read_file(make_titled_csv(tmp_path / "report.csv"), header_row=2)
    assert table.header_row == 2
    assert table.headers[0] == "Exported 2024-03-01"
    assert table.records[0].row == 4  # row 3 is blank
    assert "Header taken from row 2" in table.notes
    assert "1 blank row skipped" in table.notes


def test_header_row_override_errors(tmp_path: Path) -> None:
    p = make_titled_csv(tmp_path / "report.csv")
    with pytest.raises(InputError, match="Row 3 is empty"):
        read_file(p, header_row=3)
    with pytest.raises(InputError, match="Row 40 can't be the header row: the file has 6 rows"):
        read_file(p, header_row=40)
    with pytest.raises(InputError, match="no rows of data under the header in row 6"):
        read_file(p, header_row=6)


def test_values_stay_text_and_are_stripped(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text('Zip,Amount,Date,Flag\n 00123 ,"12.50",2024-03-01,TRUE\n,  ,,\n', encoding="utf-8")
    table = read_file(p)
    assert rows_of(table) == {2: ["00123", "12.50", "2024-03-01", "TRUE"]}
    assert "1 blank row skipped" in table.notes


def test_whitespace_only_lines_are_blank_rows(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text("Name,Email\n   \nAna,a@example.org\n\n\nBen,b@example.org\n", encoding="utf-8")
    table = read_file(p)
    assert [r.row for r in table.records] == [3, 6]
    assert "3 blank rows skipped" in table.notes


def test_single_column_csv(tmp_path: Path) -> None:
    p = tmp_path / "emails.csv"
    p.write_text("Email\na@example.org\nb@example.org\n", encoding="utf-8")
    table = read_file(p)
    assert table.headers == ["Email"]
    assert [r.values for r in table.records] == [["a@example.org"], ["b@example.org"]]


def test_peek_rows_are_raw_records_in_file_order(tmp_path: Path) -> None:
    rows = peek_rows(make_titled_csv(tmp_path / "report.csv"), limit=4)
    assert rows == [
        ["Donor report", None, None, None],
        ["Exported 2024-03-01", None, None, None],
        [None, None, None, None],
        ["Name", "Email", "Email", None],
    ]
    quoted = peek_rows(make_quoted_newlines_csv(tmp_path / "addr.csv"))
    assert quoted[1][1] == "12 Main St\nApt 4\nPortland, OR"
    assert quoted[2] == []  # blank line keeps its place
    assert quoted[3][0] == "Ben"


def test_list_sheets_of_text_file_is_empty(tmp_path: Path) -> None:
    assert list_sheets(make_tab_csv(tmp_path / "p.tsv")) == []


def test_progress_reports_bytes(tmp_path: Path) -> None:
    p = tmp_path / "many.csv"
    p.write_text("Name,N\n" + "".join(f"P{i},{i}\n" for i in range(12_000)), encoding="utf-8")
    calls: list[tuple[int, int]] = []
    table = read_file(p, progress=lambda done, total: calls.append((done, total)))
    assert len(table.records) == 12_000
    size = p.stat().st_size
    assert len(calls) >= 3
    assert all(total == size for _, total in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1] == (size, size)


def test_unclosed_quote_names_the_row(tmp_path: Path) -> None:
    p = tmp_path / "broken.csv"
    p.write_text('Name,Notes\nAna,ok\nBen,"oops\n' + "x,y\n" * 40_000, encoding="utf-8")
    with pytest.raises(InputError, match=r'broken\.csv: Row 3 has a quoted value that never ends'):
        read_file(p)


def test_file_with_only_blank_lines(tmp_path: Path) -> None:
    p = tmp_path / "blank.csv"
    p.write_text("\n  \n,,\n", encoding="utf-8")
    with pytest.raises(InputError, match="no rows with any values"):
        read_file(p)


def test_header_only_csv(tmp_path: Path) -> None:
    p = tmp_path / "header.csv"
    p.write_bytes(codecs.BOM_UTF8 + b"Name,Email\r\n")
    with pytest.raises(InputError, match=r"header\.csv: There are no rows of data under the header in row 1"):
        read_file(p)


@pytest.mark.parametrize(
    ("sample", "default", "expected"),
    [
        ("a;b;c\n\"x, y\";2;3\nfoo, bar;5;6\n", ",", ";"),
        ("Name;Street\nAna;Main St, 5\nBen;Elm Rd, 7\n", ",", ";"),
        ("a\tb\tc\n1\t2, 3\t4\n", ",", "\t"),
        ("a|b|c\n1|2|3\n", ",", "|"),
        ("a,b\n1,2\n", ",", ","),
        ("name\nana\nben\n", ",", ","),
        ("name\nana\nben\n", "\t", "\t"),
        ("", ",", ","),
    ],
)
def test_detect_delimiter(sample: str, default: str, expected: str) -> None:
    assert detect_delimiter(sample, default) == expected
