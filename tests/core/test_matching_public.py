"""The duplicate finder on people nobody here made (tests/data/linkage/SOURCES.md), and the cases
the issue counted: a first name replaced, names swapped, several keystrokes at once, households."""

from __future__ import annotations

import pytest

from core.mapping.automap import suggest_mapping
from core.matching.account import AccountPeople
from core.matching.duplicates import find_duplicates
from core.matching.linking import match_account
from core.pipeline import check_table
from tests import linkage_corpora
from tests.core.tables import table

H = ["First Name", "Last Name", "Address", "City", "State", "Zip", "Date of Birth", "Email", "Phone"]


#: Two other people, so that no column holds one value in every row (such a column says nothing).
OTHERS = [["Ann", "Lee", "3 Hill Road", "Dapto", "NSW", "2530", "1970-01-01", "ann@example.org", "02 4261 0000"],
          ["Omar", "Haddad", "9 Pine Lane", "Dayton", "OH", "45402", "1985-05-05", "", "937-555-0199"]]


def report(headers, rows, target="hubspot"):
    t = table(headers, *rows, *(OTHERS if headers == H else ()))
    return find_duplicates(check_table(t, suggest_mapping(t.headers, target)).rows, target)


def pairs(rep) -> set[tuple[int, int]]:
    return {(a, b) for g in rep.groups for i, a in enumerate(g.rows) for b in g.rows[i + 1:]}


def test_febrl_1_is_found_at_the_goal_without_a_wrong_pair():
    data = linkage_corpora.febrl1()
    rep = report(data.headers, data.rows)
    found, true = pairs(rep), data.true_pairs()
    assert len(true) == 500
    assert len(found & true) / len(found) >= 0.99
    assert len(found & true) / len(true) >= 0.95


def test_splinks_heavily_corrupted_people_are_mostly_found_and_rarely_wrong():
    """Typos in every field, blanks, dates a year off: below the goal (recall 0.80 measured), held
    here so it cannot fall back to 0.34 unnoticed."""
    data = linkage_corpora.splink_fake_1000()
    found, true = pairs(report(data.headers, data.rows)), data.true_pairs()
    assert len(found & true) / len(found) >= 0.98
    assert len(found & true) / len(true) >= 0.75


def test_the_same_birthday_surname_and_address_outweigh_a_replaced_first_name():
    rep = report(H, [["Robert", "Mccarthy", "40 Launceston Street", "Coonamble", "NSW", "3047", "1956-06-02", "", ""],
                     ["Bea U", "Mccarthy", "40 Launceston Street", "Coonamble", "NSW", "3047", "1956-06-02", "", ""]])
    assert [g.rows for g in rep.groups] == [[2, 3]]
    assert rep.groups[0].explanation() == ("same date of birth, last name, address, postal code and city; "
                                           "first names differ")


def test_a_household_with_nothing_personal_in_common_is_never_merged():
    """Shared address, surname, phone and family email; different first names and birthdays (or none)."""
    rep = report(H, [["Patrick", "Fitzpatrick", "12 Oak Street", "Salem", "MA", "01970", "1961-03-04",
                      "fitz@example.org", "978-555-0101"],
                     ["Kaitlin", "Fitzpatrick", "12 Oak Street", "Salem", "MA", "01970", "1990-07-21",
                      "fitz@example.org", "978-555-0101"],
                     ["Sean", "Fitzpatrick", "12 Oak Street", "Salem", "MA", "01970", "", "", "978-555-0101"],
                     ["Patrick", "Fitzpatrick", "12 Oak St", "Salem", "MA", "01970", "", "", ""]])
    assert [g.rows for g in rep.groups] == [[2, 5]]


def test_swapped_names_and_several_keystrokes_at_once_are_the_same_person():
    rep = report(H, [["Matthew", "Seddon", "5 Wheeler Crescent", "Warrawong", "NSW", "2099", "1902-06-07", "", ""],
                     ["Seddon", "Matthew", "5 Wheeler Crescent", "Warrawong", "NSW", "2099", "1902-06-07", "", ""],
                     ["Matthew", "Seddon", "5 Wheeler Ctescent", "Warrawnog", "NSW", "2909", "1902-06-07", "", ""],
                     ["Kylie", "Caiyns", "7 Bibby Place", "Greens Creek", "VIC", "3054", "", "", ""],
                     ["Kylie", "Cairns", "7 Bibby Pl", "Green Screek", "VIC", "3045", "", "", ""],
                     ["Kylie", "Morton", "70 Bibby Place", "Greens Creek", "VIC", "3054", "", "", ""]])
    assert [g.rows for g in rep.groups] == [[2, 3, 4], [5, 6]]
    assert rep.groups[0].explanation() == ("first and last names written the other way round; same date of birth, "
                                           "first name and last name; nearly the same address, postal code and city")
    assert rep.groups[1].explanation() == "same first name and address; nearly the same last name, postal code and city"


def test_blank_fields_are_neutral():
    rep = report(H, [["Harley", "Jolly", "8 Roughsey Place", "Dover Gardens", "SA", "5048", "1967-10-30", "", ""],
                     ["", "Jolly", "8 Roughsey Place", "", "", "5048", "1967-10-30", "", ""],
                     ["Harley", "Jolly", "", "", "", "", "1967-10-30", "", ""]])
    assert [g.rows for g in rep.groups] == [[2, 3, 4]]


def test_returning_people_with_swapped_names_and_typos_are_linked_to_their_crm_record():
    account = AccountPeople("hubspot", "http://crm", "crm", 0.0, {
        "501": {"firstname": "Matthew", "lastname": "Seddon", "address": "5 Wheeler Crescent", "city": "Warrawong",
                "zip": "2099", "date_of_birth": "1902-06-07"},
        "502": {"firstname": "Kaitlin", "lastname": "Fitzpatrick", "address": "12 Oak Street", "city": "Salem",
                "zip": "01970", "date_of_birth": "1990-07-21"},
    })
    t = table(H, ["Seddon", "Matthew", "5 Wheeler Ctescent", "Warrawnog", "NSW", "2909", "1902-06-07", "", ""],
              ["Patrick", "Fitzpatrick", "12 Oak Street", "Salem", "MA", "01970", "1961-03-04", "", ""])
    rep = match_account(check_table(t, suggest_mapping(t.headers, "hubspot")).rows, "hubspot", account)
    assert rep.matches[2].label == "existing" and rep.matches[2].candidates[0].crm_id == "501"
    assert rep.matches[3].label == "new"  # Kaitlin's father at her address


@pytest.mark.parametrize("name", ["febrl1", "splink_fake_1000"])
def test_each_public_set_knows_its_people(name):
    data = getattr(linkage_corpora, name)()
    assert len(data.rows) == 1000 and len(set(data.entity)) == (500 if name == "febrl1" else 181)


def test_names_swapped_with_a_typo_in_one_are_compared_and_found():
    """No key of the usual ones is shared (the names in another order and one mistyped, the street
    mistyped, no birth date): only "this row's first name is that row's last name" brings them together."""
    rep = report(H, [["Webb", "Samuel", "5 Deamer Crescent", "West Lakes Shore", "SA", "2570", "", "", ""],
                     ["Samule", "Webb", "5 Deamer Cerscent", "West Lakes Shore", "SA", "2570", "", "", ""]])
    assert [g.rows for g in rep.groups] == [[2, 3]]
    assert rep.groups[0].swapped_names


def test_a_replaced_first_name_with_a_mistyped_birthday_is_one_person_but_a_couple_is_not():
    """The same surname and home and a birth date typed wrong (two digits swapped, or a month that
    does not exist) outweigh a different first name, unless a phone of one's own differs. Two real
    dates a digit apart are a couple born days apart as often: never merged."""
    home = ["Campbell", "11 Lott Place", "Kingston", "VIC", "3125"]
    same = report(H, [["Irene", *home, "1954-01-28", "", ""], ["Benjamin", *home, "1954-10-28", "", ""],
                      ["Melinda", *home, "1931-07-29", "", ""], ["Harrison", *home, "1931-97-29", "", ""]])
    assert [g.rows for g in same.groups] == [[2, 3], [4, 5]]
    two = report(H, [["Irene", *home, "1954-01-28", "", "03 9555 0101"], ["Benjamin", *home, "1954-10-28", "",
                                                                          "03 9555 0177"],
                     ["Hazel", *home, "1991-05-12", "", ""], ["Edward", *home, "1991-05-15", "", ""]])
    assert two.groups == []


def test_a_file_whose_every_duplicate_has_a_typo_is_still_learnt_from():
    """Like RLdata10000: 1,700 people by name and birth date, 150 of them written twice, all but two
    with one keystroke wrong, so two pairs agree on everything (the sure pairs a file is first learnt
    from): too few to say how many duplicates the file holds."""
    import random

    rng = random.Random(5)
    firsts = ["anna", "bernd", "clara", "dieter", "emma", "frank", "greta", "hans", "ilse", "jonas", "karin",
              "lukas", "maria", "nina", "otto", "paul", "rita", "sven", "tina", "uwe"]
    lasts = ["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz",
             "hoffmann", "koch", "richter", "klein", "wolf", "neumann", "schwarz", "braun", "zimmermann"]
    rows, entity = [], []
    for i in range(1700):
        dob = f"{rng.randint(1930, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append([rng.choice(firsts).title(), rng.choice(lasts).title(), dob])
        entity.append(i)
    for n, i in enumerate(rng.sample(range(1700), 150)):
        first, last, dob = rows[i]
        k = rng.randrange(3) if n >= 2 else 3
        if k == 0:
            first = first[:-1]
        elif k == 1:
            last = last[:2] + last[3:]
        elif k == 2:
            dob = dob[:-1] + str((int(dob[-1]) + 1) % 10)
        rows.append([first, last, dob])
        entity.append(i)
    data = linkage_corpora.Corpus("typo in every duplicate", ["First Name", "Last Name", "Date of Birth"], rows,
                                  [str(e) for e in entity])
    rep = report(data.headers, data.rows)
    assert rep.trained
    found, true = pairs(rep), data.true_pairs()
    assert len(found & true) / len(found) >= 0.95
    assert len(found & true) / len(true) >= 0.9
