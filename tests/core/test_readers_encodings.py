"""Text exports in 8-bit encodings (Windows-1252 vs Mac Roman), a chosen encoding, and Excel's sep= line."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main
from core.errors import InputError
from core.readers import peek_rows, read_file

PEOPLE = "Name,City,Email\r\nJosé Muñoz,Zürich,jose@example.org\r\nZoë Ångström,São Paulo,zoe@example.org\r\n"


def values(path: Path, **kw) -> list[list]:  # type: ignore[no-untyped-def]
    return [r.values for r in read_file(path, **kw).records]


def test_excel_for_macs_csv_is_read_as_mac_roman(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(PEOPLE.encode("mac_roman"))
    table = read_file(path)
    assert [r.values[0] for r in table.records] == ["José Muñoz", "Zoë Ångström"]
    assert table.encoding == "Mac Roman"
    assert "Read as Mac Roman" in table.notes


def test_windows_1252_stays_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "win.csv"
    path.write_bytes(PEOPLE.encode("cp1252"))
    table = read_file(path)
    assert [r.values[0] for r in table.records] == ["José Muñoz", "Zoë Ångström"]
    assert table.encoding == "Windows-1252"


@pytest.mark.parametrize("text", ["Bob’s Bikes", "O’Brien – Dublin", "“Quoted” name…", "Price €5"])
def test_windows_1252_punctuation_is_not_mistaken_for_mac_letters(tmp_path: Path, text: str) -> None:
    path = tmp_path / "punct.csv"
    path.write_bytes(f"Name,Email\r\n{text},a@example.org\r\n".encode("cp1252"))
    assert values(path) == [[text, "a@example.org"]]


def test_mac_roman_that_starts_late_is_still_mac_roman(tmp_path: Path) -> None:
    lines = ["Name,Email"] + [f"Person {i},p{i}@example.org" for i in range(5_000)]
    body = ("\r\n".join(lines) + "\r\n").encode("ascii") + "José Muñoz,jose@example.org\r\n".encode("mac_roman")
    path = tmp_path / "late.csv"
    path.write_bytes(body)
    table = read_file(path)
    assert table.records[-1].values == ["José Muñoz", "jose@example.org"]
    assert table.encoding == "Mac Roman"


def test_a_chosen_encoding_is_used(tmp_path: Path) -> None:
    path = tmp_path / "pl.csv"
    path.write_bytes("Imię,Miasto\r\nŁukasz Żółć,Łódź\r\n".encode("iso-8859-2"))
    assert values(path) != [["Łukasz Żółć", "Łódź"]]  # the guess cannot know
    table = read_file(path, encoding="ISO-8859-2")
    assert [r.values for r in table.records] == [["Łukasz Żółć", "Łódź"]]
    assert table.headers == ["Imię", "Miasto"]
    assert table.encoding == "ISO-8859-2"
    assert peek_rows(path, encoding="iso-8859-2")[1] == ["Łukasz Żółć", "Łódź"]


def test_shift_jis_when_chosen(tmp_path: Path) -> None:
    path = tmp_path / "jp.csv"
    path.write_bytes("名前,メール\r\n山田太郎,taro@example.jp\r\n".encode("shift_jis"))
    assert values(path, encoding="shift-jis") == [["山田太郎", "taro@example.jp"]]


def test_an_unknown_encoding_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Name\nAna\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_file(path, encoding="klingon-8")
    assert str(info.value).startswith("x.csv: 'klingon-8' is not an encoding this app knows")


def test_cli_takes_encoding(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "pl.csv"
    path.write_bytes("Name,Email\r\nŁukasz Żółć,lukasz@example.pl\r\n".encode("iso-8859-2"))
    out = tmp_path / "out"
    assert main(["preview", str(path), "--target", "hubspot", "--encoding", "iso-8859-2", "--out", str(out)]) == 0
    assert "Read as iso-8859-2" in capsys.readouterr().out
    assert "Łukasz" in (out / "batch-0001.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("sep_line", ["sep=;", '"sep=;"', "SEP=;;"])
def test_excels_sep_line_sets_the_delimiter_and_keeps_excels_row_numbers(tmp_path: Path, sep_line: str) -> None:
    path = tmp_path / "sep.csv"
    path.write_bytes(f"{sep_line}\r\nName;Email\r\nAna, Lima;ana@example.org\r\n\r\nBen;ben@example.org\r\n"
                     .encode("utf-8-sig"))
    table = read_file(path)
    assert table.headers == ["Name", "Email"]
    assert table.header_row == 1  # Excel hides the sep= line: the header is its row 1
    assert {r.row: r.values for r in table.records} == {2: ["Ana, Lima", "ana@example.org"],
                                                      4: ["Ben", "ben@example.org"]}
    assert "Delimiter: ; (from the file's sep= line)" in table.notes
    assert peek_rows(path)[0] == ["Name", "Email"]
