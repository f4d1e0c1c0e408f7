"""A date-of-birth column the CRM's import has no field for (Virtuous): compared when looking for
duplicates, as HubSpot's mapped one is, and never sent."""

from __future__ import annotations

import csv
import json

import pytest

from core.cli import main
from core.mapping.automap import suggest_mapping
from core.matching.birthdates import birth_date_column, birth_dates
from core.matching.duplicates import find_duplicates
from core.pipeline import check_table, make_batches
from tests.core.tables import table

H = ["First Name", "Last Name", "Address", "City", "State", "Zip", "DOB", "Email"]
OTHERS = [["Ann", "Lee", "3 Hill Road", "Dapto", "NSW", "2530", "1970-01-01", "ann@example.org"],
          ["Omar", "Haddad", "9 Pine Lane", "Dayton", "OH", "45402", "5/5/1985", ""]]
#: Rows 2 and 3: one man, his first name replaced (same birthday, surname, home); rows 4 and 5: a
#: couple at one address (different first names and birthdays).
ROWS = [["Robert", "Mccarthy", "40 Launceston Street", "Coonamble", "NSW", "3047", "06/02/1956", ""],
        ["Bea U", "Mccarthy", "40 Launceston Street", "Coonamble", "NSW", "3047", "1956-06-02", ""],
        ["Patrick", "Fitzpatrick", "12 Oak Street", "Salem", "MA", "01970", "1961-03-04", "fitz@example.org"],
        ["Kaitlin", "Fitzpatrick", "12 Oak Street", "Salem", "MA", "01970", "1990-07-21", "fitz@example.org"]]


def checked_for(target, headers=H, rows=ROWS):
    t = table(headers, *rows, *OTHERS)
    return check_table(t, suggest_mapping(t.headers, target))


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_a_birthday_groups_a_replaced_first_name_and_keeps_a_couple_apart(target):
    checked = checked_for(target)
    rep = find_duplicates(checked.rows, target, dob=birth_dates(checked.table, checked.mapping))
    assert [g.rows for g in rep.groups] == [[2, 3]]
    assert rep.groups[0].explanation() == ("same date of birth, last name, address, postal code and city; "
                                           "first names differ")


def test_without_the_birthday_virtuous_would_merge_nothing_it_can_tell_apart():
    """The reason for reading the column: with no date of birth, the replaced first name is a household."""
    checked = checked_for("virtuous")
    assert [g.rows for g in find_duplicates(checked.rows, "virtuous").groups] == []


def test_the_birthday_is_never_in_what_virtuous_is_sent():
    checked = checked_for("virtuous")
    assert birth_dates(checked.table, checked.mapping)[2] == "1956-06-02"  # 06/02/1956, month first
    assert not any(s == "DOB" for fm in checked.mapping.fields for s in fm.sources)
    [batch] = make_batches(checked)
    body = batch.body
    people = json.loads(body)["contacts"]
    assert len(people) == 6 and people[0]["firstName"] == "Robert"
    for text in (b"1956", b"06/02", b"1961-03-04", b"DOB", b"irth"):
        assert text not in body


@pytest.mark.parametrize(("header", "found"), [
    ("DOB", True), ("Date of Birth", True), ("Birthday", True), ("birth_date", True), ("Donor DOB", True),
    ("Spouse DOB", False),  # someone else's
    ("Gift Date", False), ("Date", False),
])
def test_the_column_is_the_one_whose_header_reads_as_the_persons_birthday(header, found):
    checked = checked_for("virtuous", [*H[:6], header, "Email"])
    assert birth_date_column(checked.table, checked.mapping) == (header if found else None)


def test_a_column_of_words_or_one_mapped_to_a_field_is_not_read():
    t = table(H, *([*r[:6], "yes", r[7]] for r in [*ROWS, *OTHERS]))
    assert birth_date_column(t, suggest_mapping(t.headers, "virtuous")) is None
    checked = checked_for("virtuous")
    checked.mapping.set_column("DOB", "customFields.Birthday")  # sent on purpose: read from the rows
    assert birth_dates(checked.table, checked.mapping) == {}


def write(path, headers=H, rows=ROWS):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows([*rows, *OTHERS])
    return path


def test_duplicates_and_preview_for_virtuous_compare_the_birthday_and_send_none(tmp_path, capsys):
    sheet = write(tmp_path / "guests.csv")
    out = tmp_path / "groups.csv"
    assert main(["duplicates", str(sheet), "--target", "virtuous", "--out", str(out)]) == 1
    with open(out, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))[1:]
    assert [(r[0], r[1]) for r in lines] == [("1", "2"), ("1", "3")]
    assert lines[0][6] == "last name; address; postal code; city; date of birth"
    pv = tmp_path / "pv"
    main(["preview", str(sheet), "--target", "virtuous", "--out", str(pv)])
    with open(pv / "report.csv", encoding="utf-8-sig", newline="") as fh:
        report = list(csv.reader(fh))
    assert {r[0]: r[-1] for r in report[1:]} == {"2": "1", "3": "1", "4": "", "5": "", "6": "", "7": ""}
    body = (pv / "batch-0001.json").read_bytes()
    assert b"Mccarthy" in body and b"1956" not in body and b"irth" not in body


@pytest.mark.parametrize("folder", ["exports", "blind"])
def test_on_real_export_formats_the_birthday_column_is_found_and_nothing_else(folder):
    """tests/data/exports (sources in its SOURCES.md): 8 of the formats have the person's date of birth
    ("Birthday", "Birthdate", "dob", "Birthday (MM/DD/YYYY, ...)" beside "Date Of Birth - Day"); the rest
    have none, and no other date column (a gift's, an order's, a join date) may be taken for it."""
    from core.readers import read_file
    from tests.export_corpus import BLIND, EXPORTS, expected

    where = EXPORTS if folder == "exports" else BLIND
    found, wanted = {}, {}
    for name, headers in expected(where).items():
        t = read_file(where / f"{name}.csv")
        found[name] = birth_date_column(t, suggest_mapping(t.headers, "virtuous"))
        wanted[name] = next((h for h, code in headers.items() if code == "dob"), None)
    assert found == wanted
    if folder == "exports":
        assert sum(1 for h in wanted.values() if h) == 8
