"""Values as spreadsheets mangle them: ZIPs that lost a leading zero, two emails in one cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from core.pipeline import check_table, make_batches, mapping_for, recheck_row
from core.readers import read_file


def book(path: Path, header: list[str], rows: list[list]) -> Path:  # type: ignore[type-arg]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def checked_rows(path: Path, target: str = "hubspot"):  # type: ignore[no-untyped-def]
    table = read_file(path)
    checked = check_table(table, mapping_for(table, target))
    return checked, {r.row: r for r in checked.rows}


def test_a_zip_excel_shortened_is_restored_when_the_state_says_so(tmp_path: Path) -> None:
    path = book(tmp_path / "boston.xlsx", ["Name", "Email", "State", "Zip"], [
        ["Ana", "ana@example.org", "MA", 2134],          # Boston, stored as a number
        ["Ben", "ben@example.org", "Texas", 7330],       # not a 0 state: left alone
        ["Cy", "cy@example.org", "New Jersey", "7102"],  # typed as text, same loss
    ])
    checked, rows = checked_rows(path)
    assert rows[2].values["zip"] == "02134"
    [w] = [i for i in rows[2].issues if i.code == "zip.leading_zero"]
    assert w.severity == "warning"
    assert w.message == ("Row 2, column 'Zip': '2134' lost its leading zero in Excel (MA ZIP codes start with 0); "
                         "sent as '02134'")
    assert rows[3].values["zip"] == "7330" and not rows[3].issues
    assert rows[4].values["zip"] == "07102"
    body = make_batches(checked)[0].body.decode()
    assert '"zip": "02134"' in body or '"zip":"02134"' in body


def test_the_rest_of_the_column_shows_a_lost_zero_when_there_is_no_state(tmp_path: Path) -> None:
    rows_in = [[f"P{i}", f"p{i}@example.org", 97201 + i] for i in range(9)] + [["Ana", "ana@example.org", 2134]]
    _, rows = checked_rows(book(tmp_path / "zips.xlsx", ["Name", "Email", "Zip"], rows_in))
    assert rows[11].values["zip"] == "02134"
    assert "the rest of the column is five-digit ZIP codes" in rows[11].issues[0].message


def test_four_digit_postcodes_elsewhere_are_left_alone(tmp_path: Path) -> None:
    aus = [["Ana", f"ana{i}@example.org", 2000 + i, "Australia"] for i in range(5)]
    _, rows = checked_rows(book(tmp_path / "syd.xlsx", ["Name", "Email", "Postcode", "Country"], aus))
    assert [r.values["zip"] for r in rows.values()] == ["2000", "2001", "2002", "2003", "2004"]
    assert all(not r.issues for r in rows.values())
    plain = [["Ana", f"ana{i}@example.org", 2000 + i] for i in range(5)]  # a column of four digits: not US ZIPs
    _, rows = checked_rows(book(tmp_path / "four.xlsx", ["Name", "Email", "Zip"], plain))
    assert all(not r.issues for r in rows.values())


def test_two_emails_keep_the_first_and_name_the_others(tmp_path: Path) -> None:
    path = book(tmp_path / "couple.xlsx", ["Name", "Email"], [
        ["Bob and Mary", "bob@x.org; mary@x.org"],
        ["Three", "a@x.org, b@x.org c@x.org"],
        ["Broken", "bob@x.org; not-an-email"],
    ])
    checked, rows = checked_rows(path, "virtuous")
    assert rows[2].values["email"] == "bob@x.org"
    assert rows[2].sendable and rows[2].status == "warning"
    assert [i.message for i in rows[2].issues] == [
        "Row 2, column 'Email': the cell holds 2 emails; 'bob@x.org' is sent, 'mary@x.org' is not "
        "(a contact takes one email here)"]
    assert "'b@x.org', 'c@x.org' are not" in rows[3].issues[0].message
    assert not rows[4].sendable  # not two emails: the email check says what is wrong
    body = b"".join(b.body for b in make_batches(checked)).decode()
    assert "mary@x.org" not in body and "bob@x.org" in body


def test_the_fix_survives_re_checking_an_edited_row(tmp_path: Path) -> None:
    path = book(tmp_path / "couple.xlsx", ["Name", "Email", "State", "Zip"],
                [["Bob", "bob@x.org; mary@x.org", "MA", 2134]])
    checked, _ = checked_rows(path)
    recheck_row(checked, 0)
    assert checked.rows[0].values["email"] == "bob@x.org"
    assert checked.rows[0].values["zip"] == "02134"
    assert sorted(i.code for i in checked.rows[0].issues) == ["email.extra", "zip.leading_zero"]
