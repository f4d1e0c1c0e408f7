"""Bad input to the duplicate search, from the command line a person runs: each case is one clear sentence (exit 2,
no traceback) or an honest "nothing found" — never a wrong merge."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.cli import main
from core.matching.account import cache_path
from core.paths import data_dir
from core.sandbox import SandboxServer
from core.sandbox.listing import seed_practice
from core.targets.client_base import Connection
from tests.core.submit_support import TOKEN

H = ["First Name", "Last Name", "Email", "Phone", "Street", "City", "Zip"]


def write(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([headers, *rows])
    return path


def run(tmp_path: Path, capsys, headers, rows, *extra: str) -> tuple[int, str, str, list[list[str]]]:
    out = tmp_path / "groups.csv"
    code = main(["duplicates", str(write(tmp_path / "list.csv", headers, rows)), "--target", "hubspot",
                 "--out", str(out), *extra])
    captured = capsys.readouterr()
    lines = list(csv.reader(open(out, encoding="utf-8-sig"))) if out.exists() else []
    return code, captured.out, captured.err, lines


@pytest.mark.parametrize("headers,rows,expected", [
    (["Amount"], [["10"], ["20"], ["10"]], "Nothing in this file identifies a person"),
    (H, [[""] * 7, [""] * 7, [""] * 7], "There are no rows of data under the header in row 1"),
])
def test_nothing_to_identify_people_by_is_one_sentence(tmp_path, capsys, headers, rows, expected):
    code, _out, err, _lines = run(tmp_path, capsys, headers, rows)
    assert code == 2 and expected in err and "Traceback" not in err


def test_a_column_of_identical_values_does_not_make_everyone_one_person(tmp_path, capsys):
    rows = [[first, last, "", "", "1 Main St", "Springfield", "12345"] for first, last in
            [("Ann", "Lee"), ("Bob", "Ray"), ("Cat", "Fox"), ("Dan", "Orr"), ("Eve", "Ng"), ("Fay", "Poe")]]
    code, out, _err, lines = run(tmp_path, capsys, H, rows)
    assert code == 0 and lines == [lines[0]]  # a shared address is a building, not a person
    assert out.startswith("6 rows, 0 groups")


def test_one_row_finds_nothing_and_says_why(tmp_path, capsys):
    code, out, err, _lines = run(tmp_path, capsys, H, [["Bob", "Smith", "bob@example.org", "", "", "", ""]])
    assert code == 0 and out.startswith("1 rows, 0 groups") and "Fewer than two rows" in err


def test_non_latin_names_are_grouped_by_their_own_letters_only(tmp_path, capsys):
    rows = [["王", "伟", "", "+86 10 5555 0101", "", "北京", ""],
            ["王", "伟", "", "+86 10 5555 0101", "", "北京", ""],
            ["李", "娜", "", "+86 10 5555 0199", "", "北京", ""],
            ["Наталья", "Иванова", "natalia@example.ru", "", "", "Москва", ""]]
    code, _out, err, lines = run(tmp_path, capsys, H, rows)
    assert code == 1 and "Traceback" not in err
    assert sorted(line[1] for line in lines[1:]) == ["2", "3"]  # the two 王伟 rows; 李娜 is someone else


@pytest.mark.parametrize("content,expected", [
    ('{"version": 1, "people": [', "is damaged"),
    ("\x00\x01 not json", "is damaged"),
])
def test_a_damaged_saved_copy_of_the_account_is_one_sentence(tmp_path, capsys, monkeypatch, content, expected):
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    with SandboxServer(token=TOKEN) as server:
        seed_practice(server, "hubspot")
        path = cache_path(data_dir() / "account-cache", Connection("hubspot", server.base_url, TOKEN))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        code, _out, err, _lines = run(tmp_path, capsys, H, [["Bob", "Smith", "", "", "", "", ""]] * 2,
                                      "--base-url", server.base_url, "--against-account")
        assert code == 2 and expected in err and "refresh" in err
        assert "Traceback" not in err and TOKEN not in err
        code, out, err, _lines = run(tmp_path, capsys, H, [["Bob", "Smith", "", "", "", "", ""]] * 2,
                                     "--base-url", server.base_url, "--against-account", "--refresh-account")
        assert code == 1 and "people as of" in out  # fetched again and saved whole


def test_a_saved_copy_from_another_account_is_never_used(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    with SandboxServer(token=TOKEN) as server:
        seed_practice(server, "hubspot")
        args = ["--base-url", server.base_url, "--against-account"]
        rows = [["Aisha", "Davis", "aisha.davis@example.net", "", "3202 Oak St", "Seattle", "98139"],
                ["Ann", "Jones", "", "", "", "", ""]]
        assert run(tmp_path, capsys, H, rows, *args)[0] == 1  # saved a copy of this account
        mine = cache_path(data_dir() / "account-cache", Connection("hubspot", server.base_url, TOKEN))
        other = Connection("hubspot", "http://127.0.0.1:9", TOKEN)
        cache_path(data_dir() / "account-cache", other).write_bytes(mine.read_bytes())  # copied by hand
        code, _out, err, _lines = run(tmp_path, capsys, H, rows, "--base-url", other.base_url, "--against-account")
    assert code == 2 and "belongs to another account" in err and "Traceback" not in err
