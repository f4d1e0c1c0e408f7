"""Values come out the way each CRM wants them, and bad ones say why."""

import datetime as dt

import pytest

from core.validation import normalize as nz


@pytest.mark.parametrize("raw,want", [
    ("  Jane.Doe@Example.COM ", "jane.doe@example.com"),
    ("<bob@example.org>", "bob@example.org"),
    ("mailto:amy@example.net", "amy@example.net"),
])
def test_emails_trimmed_lowercased(raw, want):
    assert nz.email(raw) == (want, None)


@pytest.mark.parametrize("raw", ["bob@", "no at sign", "a@b", "two@@example.com"])
def test_bad_emails_flagged(raw):
    value, problem = nz.email(raw)
    assert problem and "not a valid email" in problem


@pytest.mark.parametrize("raw,want", [
    (5035550143, "+15035550143"),
    ("(503) 555-0143", "+15035550143"),
    ("503.555.0143 x12", "+15035550143 ext. 12"),
    ("+44 20 7946 0958", "+442079460958"),
])
def test_phones_to_e164(raw, want):
    assert nz.phone(raw, "US") == (want, None)


def test_phone_default_country_applies():
    assert nz.phone("020 7946 0958", "GB") == ("+442079460958", None)
    assert nz.phone("12", "US")[1] is not None


@pytest.mark.parametrize("raw,want", [("Oregon", "OR"), ("new york", "NY"), ("ca", "CA"), ("Ontario", "Ontario")])
def test_states(raw, want):
    assert nz.state(raw) == (want, None)


@pytest.mark.parametrize("raw,order,want", [
    (dt.date(2024, 3, 5), "auto", dt.date(2024, 3, 5)),
    (dt.datetime(2024, 3, 5, 14, 0), "auto", dt.date(2024, 3, 5)),
    (45356, "auto", dt.date(2024, 3, 5)),  # an Excel serial in a cell with no date format
    ("2024-03-05", "auto", dt.date(2024, 3, 5)),
    ("3/5/2024", "auto", dt.date(2024, 3, 5)),
    ("3/5/2024", "dmy", dt.date(2024, 5, 3)),
    ("25/12/2023", "auto", dt.date(2023, 12, 25)),
    ("05.03.2024", "auto", dt.date(2024, 3, 5)),
    ("March 5, 2024", "auto", dt.date(2024, 3, 5)),
    ("5 Mar 2024", "auto", dt.date(2024, 3, 5)),
    ("3/5/24", "mdy", dt.date(2024, 3, 5)),
])
def test_dates(raw, order, want):
    assert nz.date(raw, order) == (want, None)


@pytest.mark.parametrize("raw", ["next tuesday", "2/30/2024", "13/13/2024", 12])
def test_bad_dates(raw):
    assert nz.date(raw)[1] is not None


def test_a_repeated_text_gives_the_same_answer_each_time_and_a_bad_one_keeps_its_own_cell():
    """Dates and numbers are worked out once per distinct text (a column repeats them): the second
    row's answer is the first's, and a value that is wrong is still that row's own cell as typed."""
    assert nz.date("3/5/2024", "dmy") == (dt.date(2024, 5, 3), None)
    assert nz.date("3/5/2024", "mdy") == (dt.date(2024, 3, 5), None)  # the order is part of the question
    assert nz.date(" 3/5/2024 ", "dmy") == (dt.date(2024, 5, 3), None)
    first, second = "2/30/2024", "".join(["2/30/", "2024"])
    assert nz.date(first)[0] is first and nz.date(second)[0] is second
    assert nz.date(second)[1] == "is not a real date"
    cell = " ".join(["lots", "more"])
    assert nz.number(cell)[0] is cell and nz.number(cell)[1] == "is not a number"
    assert nz.number("2 500") == (2500, None) and nz.number("2 500") == (2500, None)
    assert nz.number("-3.25") == (-3.25, None)


@pytest.mark.parametrize("raw,want", [("Y", True), ("yes", True), ("x", True), ("TRUE", True), (True, True),
                                      (1, True), ("N", False), ("no", False), (0, False)])
def test_booleans(raw, want):
    assert nz.boolean(raw) == (want, None)


def test_bad_boolean_and_numbers():
    assert nz.boolean("maybe")[1]
    assert nz.integer("12a")[1]
    assert nz.integer(12.0) == (12, None)
    assert nz.integer("1,200") == (1200, None)
    assert nz.number("2,5") == (2.5, None)
    assert nz.number("1,250.75") == (1250.75, None)
    assert nz.number("lots")[1]


def test_options_match_labels_and_values():
    opts = ("subscriber", "lead", "marketingqualifiedlead")
    assert nz.option("Marketing Qualified Lead", opts) == ("marketingqualifiedlead", None)
    assert nz.option("Lead", opts) == ("lead", None)
    assert "allowed options" in nz.option("VIP", opts)[1]


def test_method_types_completed_for_virtuous():
    assert nz.method_type("home", "email") == ("Home Email", None)
    assert nz.method_type("Cell", "phone") == ("Mobile Phone", None)
    assert nz.method_type("Work Email", "email") == ("Work Email", None)


def test_as_text_reads_like_a_person():
    assert nz.as_text(5035550143.0) == "5035550143"
    assert nz.as_text(dt.datetime(2024, 1, 2)) == "2024-01-02"
    assert nz.as_list("gala; donor ;;vip") == ["gala", "donor", "vip"]
    assert nz.as_list("a, b") == ["a", "b"]
