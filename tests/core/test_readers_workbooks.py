"""Workbooks as people have them: .xlsb, a title page first, Excel 4/5, and workbooks behind a password."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from core.cli import main
from core.errors import InputError
from core.readers import PasswordNeeded, list_sheets, peek_rows, read_file
from tests.core.messy_files import (
    ENCRYPTED_ROWS,
    TITLE_PAGE_ROWS,
    XLSB_ROWS,
    make_biff4_xls,
    make_biff5_xls,
    make_encrypted_xlsx,
    make_title_page_xlsx,
    make_xlsb,
)


def rows_of(table) -> dict[int, list]:  # type: ignore[no-untyped-def]
    return {r.row: r.values for r in table.records}


def test_xlsb_is_read_and_its_title_sheet_passed_over(tmp_path: Path) -> None:
    table = read_file(make_xlsb(tmp_path / "volunteers.xlsb"))
    assert table.sheet == "People"
    assert table.headers == ["Name", "Email", "Phone"]
    assert rows_of(table) == XLSB_ROWS
    assert [s.name for s in list_sheets(tmp_path / "volunteers.xlsb")] == ["Cover", "People"]


def test_first_sheets_without_a_table_are_named_and_the_table_opened(tmp_path: Path) -> None:
    path = make_title_page_xlsx(tmp_path / "gala.xlsx")
    table = read_file(path)
    assert table.sheet == "Guests"
    assert rows_of(table) == TITLE_PAGE_ROWS
    assert table.notes[0] == "Read sheet 'Guests' (3 sheets in the workbook); 'About', 'Scratch' have no table"
    assert peek_rows(path)[0] == ["Name", "Email"]  # the header-row picker shows the same sheet


def test_a_title_page_is_still_read_when_asked_for_by_name(tmp_path: Path) -> None:
    table = read_file(make_title_page_xlsx(tmp_path / "gala.xlsx"), sheet="About")
    assert table.sheet == "About"
    assert rows_of(table) == {3: ["Prepared by the events team"]}


@pytest.mark.parametrize("maker", [make_biff4_xls, make_biff5_xls])
@pytest.mark.parametrize("call", [read_file, peek_rows])
def test_old_excel_formats_say_save_as_xlsx(tmp_path: Path, maker, call) -> None:  # type: ignore[no-untyped-def]
    path = maker(tmp_path / "members.xls")
    with pytest.raises(InputError) as info:
        call(path)
    assert str(info.value) == (
        "members.xls: This is an old Excel format (Excel 5.0/95 or earlier) that can't be read; "
        "open it in Excel and save it as .xlsx."
    )


def test_excel_4_named_xlsx_is_called_old_excel_too(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="old Excel format"):
        read_file(make_biff4_xls(tmp_path / "members.xlsx"))


def test_excels_default_password_opens_without_asking(tmp_path: Path) -> None:
    path = make_encrypted_xlsx(tmp_path / "readonly.xlsx", password="VelvetSweatshop")
    assert path.read_bytes()[:4] != b"PK\x03\x04"  # really encrypted
    assert rows_of(read_file(path)) == ENCRYPTED_ROWS
    assert [s.name for s in list_sheets(path)] == ["People"]


@pytest.mark.parametrize("call", [read_file, list_sheets, peek_rows])
def test_a_real_password_is_asked_for(tmp_path: Path, call) -> None:  # type: ignore[no-untyped-def]
    path = make_encrypted_xlsx(tmp_path / "secret.xlsx")
    with pytest.raises(PasswordNeeded) as info:
        call(path)
    assert not info.value.wrong
    assert str(info.value) == "secret.xlsx: The workbook is password-protected; enter its password to open it."


def test_the_right_password_opens_it_in_memory_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_encrypted_xlsx(tmp_path / "secret.xlsx")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(scratch))
    table = read_file(path, password="s3cret!")
    assert rows_of(table) == ENCRYPTED_ROWS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.xlsx", "tmp"]
    assert list(scratch.iterdir()) == []
    assert peek_rows(path, password="s3cret!")[1] == ENCRYPTED_ROWS[2]


def test_a_wrong_password_says_so(tmp_path: Path) -> None:
    path = make_encrypted_xlsx(tmp_path / "secret.xlsx")
    with pytest.raises(PasswordNeeded) as info:
        read_file(path, password="S3CRET!")
    assert info.value.wrong
    assert "the password given is not right" in info.value.reason


def test_cli_reads_the_password_from_the_named_variable(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = make_encrypted_xlsx(tmp_path / "secret.xlsx")
    out = tmp_path / "out"
    assert main(["preview", str(path), "--target", "hubspot", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "secret.xlsx: The workbook is password-protected" in err
    assert "--password-env VAR" in err
    monkeypatch.setenv("GALA_PASSWORD", "s3cret!")
    assert main(["preview", str(path), "--target", "hubspot", "--password-env", "GALA_PASSWORD",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "secret.xlsx, sheet 'People': 2 rows read" in printed
    assert "s3cret!" not in printed
    assert (out / "batch-0001.json").exists()


def test_cli_says_when_the_password_variable_is_not_set(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("NOPE_PASSWORD", raising=False)
    path = make_encrypted_xlsx(tmp_path / "secret.xlsx")
    assert main(["map", str(path), "--target", "hubspot", "--password-env", "NOPE_PASSWORD"]) == 2
    assert "the environment variable NOPE_PASSWORD is not set" in capsys.readouterr().err


def test_one_row_read_is_singular(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "one.csv"
    path.write_text("Name,Email\nAna,ana@example.org\n", encoding="utf-8")
    assert main(["preview", str(path), "--target", "hubspot", "--out", str(tmp_path / "out")]) == 0
    assert "one.csv: 1 row read (header in row 1)" in capsys.readouterr().out
