"""The suggested mapping on 30 real export formats (headers as each tool writes them, sources in
tests/data/exports/SOURCES.md; made-up rows), scored against a hand-written mapping per target.

The held-out third (every third file by name, chosen before the automapper was changed) is asserted
on its own, so figures tuned on the rest cannot hide a miss there.
"""

import pytest

from core.mapping.automap import suggest_for_table
from core.readers import read_file
from tests.export_corpus import BLIND, EXPORTS, expected, held_out, score

NAMES = sorted(expected())
HELD = held_out(NAMES)


def test_the_corpus_has_thirty_formats_each_with_its_source():
    assert len(NAMES) >= 30
    sources = (EXPORTS / "SOURCES.md").read_text(encoding="utf-8")
    for name in NAMES:
        line = next((ln for ln in sources.splitlines() if f"`{name}.csv`" in ln), "")
        assert "http" in line or "github.com" in line or "/" in line, f"{name}: no source cited"


@pytest.mark.parametrize("target", ["virtuous", "hubspot"])
@pytest.mark.parametrize("part", ["tuning", "held-out"])
def test_suggestions_meet_the_goal(target, part):
    names = HELD if part == "held-out" else set(NAMES) - HELD
    fig = score(target, names)
    assert fig.precision >= 0.97, fig.line() + "\n" + "\n".join(fig.wrong)
    assert fig.wrong_sure <= 3, "\n".join(fig.wrong)
    assert fig.recall >= 0.95, fig.line() + "\n" + "\n".join(fig.missed)
    assert fig.blocked == [], fig.blocked


def test_label_columns_and_other_peoples_columns_stay_unmapped():
    g = suggest_for_table(read_file(EXPORTS / "google_contacts.csv"), "hubspot")
    picked = {s: fm.field for fm in g.fields for s in fm.sources}
    assert picked["E-mail 1 - Value"] == "email" and "E-mail 1 - Type" not in picked
    assert picked["Address 1 - City"] == "city"
    z = suggest_for_table(read_file(EXPORTS / "zoom_participants.csv"), "virtuous")
    picked = {s: fm.field for fm in z.fields for s in fm.sources}
    assert picked.get("User_Email_2") == "email" and "User_Email_1" not in picked  # the host's, on every row
    v = suggest_for_table(read_file(EXPORTS / "bloomerang_volunteer.csv"), "virtuous")
    assert "Emergency Contact Name" not in {s for fm in v.fields for s in fm.sources}


def test_the_fullest_address_group_wins_and_is_not_mixed():
    o = suggest_for_table(read_file(EXPORTS / "outlook.csv"), "virtuous")
    picked = {s: fm.field for fm in o.fields for s in fm.sources}
    assert {picked.get(h) for h in ("Home Street", "Home City", "Home State", "Home Postal Code")} == {
        "address1", "city", "state", "postal"}
    assert not any(h.startswith("Business") and f in ("address1", "city", "state", "postal")
                   for h, f in picked.items())


def test_long_numbers_are_not_yes_no_and_a_weak_header_is_read_from_its_values():
    e = suggest_for_table(read_file(EXPORTS / "eventbrite_attendees.csv"), "virtuous")
    assert "Attendee #" not in {s for fm in e.fields for s in fm.sources}
    p = suggest_for_table(read_file(EXPORTS / "paypal_activity.csv"), "virtuous")
    picked = {s: fm.field for fm in p.fields for s in fm.sources}
    assert picked["Name"] == "fullName" and "Type" not in picked and "Date" not in picked
    assert picked["Town/City"] == "city"


@pytest.mark.parametrize("target", ["virtuous", "hubspot"])
def test_the_formats_collected_afterwards(target):
    """Seven formats collected after the change (tests/data/exports/blind). Below the 97% goal on
    purpose: one export puts the fundraiser's Email, Phone and City in columns named just that."""
    fig = score(target, folder=BLIND)
    assert fig.blocked == [] and fig.wrong_sure <= 3 and fig.recall >= 0.95, fig.line()
    assert fig.precision >= 0.95, "\n".join(fig.wrong)


@pytest.mark.parametrize("header,field", [("Address - City", "city"), ("Address - Street 1", "address1"),
                                          ("Addr L1", "address1"), ("City - Home", "city"), ("Pref. City", "city"),
                                          ("Street 1", "address1"), ("Billing City", "city"), ("Town/City", "city")])
def test_an_address_part_is_found_whatever_surrounds_it(header, field):
    from core.mapping.automap import suggest_mapping

    m = suggest_mapping([header], "virtuous", columns=[["Austin", "Portland"] if field == "city"
                                                       else ["12 Oak St", "7 Elm Ave"]])
    assert m.field_for_column(header) == [field]


def test_a_bare_role_word_is_the_persons_name_and_their_own_email_wins():
    from core.mapping.automap import suggest_mapping

    m = suggest_mapping(["Donor", "Donor Email", "Email"], "hubspot",
                        columns=[["Kim Lee", "Bo Ray"], ["kim@example.org", "bo@example.org"],
                                 ["fund@example.org", "raiser@example.org"]])
    assert m.field_for_column("Donor") == ["fullName"] and m.field_for_column("Donor Email") == ["email"]
