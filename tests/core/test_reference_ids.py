"""Derived Virtuous referenceIds name a person: stable across re-runs and resorts, never shared by two people."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from core.targets.reference_ids import derived_reference_id, file_free_id, reference_ids
from core.validation.issues import CheckedRow
from tests.core.tables import table

HEADERS = ["First", "Last", "Email", "Phone", "Address", "Zip"]


def refs_by_person(rows, path="guests.xlsx"):
    t = table(HEADERS, *rows, path=path)
    checked = check_table(t, suggest_mapping(HEADERS, "virtuous"))
    body = [c for b in make_batches(checked) for c in json.loads(b.body)["contacts"]]
    return {(c.get("firstName"), c.get("lastName"), c.get("email")): c["referenceId"] for c in body}


JAN = [["Ann", "Lee", "ann@example.org", None, None, None],
       ["Bo", "Ray", None, "503-555-0101", None, None],
       ["Cy", "Dee", None, None, "1 Main St", "97201"],
       ["Di", "Fox", None, None, None, None]]
# Next month's guests.xlsx: the same people resorted, plus strangers in the rows they used to have.
FEB = [["Zed", "New", "zed@example.org", None, None, None],
       ["Di", "Fox", None, None, None, None],
       ["Cy", "Dee", None, None, "1 Main St", "97201"],
       ["Ann", "Lee", "ann@example.org", None, None, None],
       ["Bo", "Ray", None, "503-555-0101", None, None],
       ["Yu", "Old", None, "503-555-0199", None, None]]


def test_same_person_same_id_across_files_of_the_same_name_and_resorts():
    jan, feb = refs_by_person(JAN), refs_by_person(FEB)
    for person, ref in jan.items():
        assert feb[person] == ref
    assert len(set(feb.values())) == len(feb)
    # Nobody new got an id someone had last month (the old row-number ids did exactly that).
    assert not ({v for k, v in feb.items() if k not in jan} & set(jan.values()))


def test_a_mapped_id_column_wins():
    t = table(["ID", "First", "Email"], ["D-17", "Ann", "ann@example.org"])
    [batch] = make_batches(check_table(t, suggest_mapping(t.headers, "virtuous")))
    assert json.loads(batch.body)["contacts"][0]["referenceId"] == "D-17"
    assert batch.items[0].key == "D-17"


def test_exact_duplicate_rows_keep_keys_of_their_own():
    rows = [{"firstName": "Di", "lastName": "Fox"}] * 3
    refs = reference_ids(rows, "a.csv")
    assert refs[1:] == [f"{refs[0]}-2", f"{refs[0]}-3"]


people = st.fixed_dictionaries({
    "firstName": st.sampled_from(["Ann", "Bo", "Cy", "Di"]),
    "lastName": st.sampled_from(["Lee", "Ray"]),
    "email": st.one_of(st.none(), st.sampled_from(["a@x.org", "b@x.org", "c@x.org"])),
    "phone": st.one_of(st.none(), st.sampled_from(["+15035550101", "+15035550102"])),
    "city": st.one_of(st.none(), st.sampled_from(["Salem", "Bend"])),
})


def _stem(ref: str) -> str:
    """The id without the -n an exact duplicate row gets ("ci-<hash>" has one dash)."""
    return ref.rsplit("-", 1)[0] if ref.count("-") > 1 else ref


def _same_person(a: dict, b: dict) -> bool:
    """What the id documents as one person: email + name; else phone + name; else every value equal."""
    name = (a["firstName"], a["lastName"]) == (b["firstName"], b["lastName"])
    if a.get("email") or b.get("email"):
        return name and a.get("email") == b.get("email")
    if a.get("phone") or b.get("phone"):
        return name and a.get("phone") == b.get("phone")
    return a == b


@given(st.lists(people, min_size=1, max_size=12), st.randoms())
def test_ids_never_repeat_across_different_people_and_survive_a_resort(rows, rnd):
    rows = [{k: v for k, v in r.items() if v is not None} for r in rows]
    refs = reference_ids(rows, "guests.xlsx|Guests")
    assert len(set(refs)) == len(refs)
    for i, a in enumerate(rows):
        for j, b in enumerate(rows):
            assert (_stem(refs[i]) == _stem(refs[j])) == _same_person(a, b)
    shuffled = list(range(len(rows)))
    rnd.shuffle(shuffled)
    again = reference_ids([rows[i] for i in shuffled], "guests.xlsx|Guests")
    assert [_stem(r) for r in again] == [_stem(refs[i]) for i in shuffled]


@given(people)
def test_the_id_a_checking_process_derives_is_the_one_made_here_and_never_hangs_on_the_file(person):
    """``file_free_id`` (made beside each row in a checking process) is the derived id where that id
    does not depend on the file, and nothing where it does: a weak id is salted with the file's name."""
    person = {k: v for k, v in person.items() if v is not None}
    free = file_free_id(person)
    if free is None:
        assert derived_reference_id(person, "a.csv|") != derived_reference_id(person, "b.csv|")
    else:
        assert free == derived_reference_id(person, "a.csv|") == derived_reference_id(person, "b.csv|")
    assert file_free_id({**person, "referenceId": "CRM-7"}) is None  # a mapped id wins: nothing to derive


def test_a_checked_rows_derived_id_is_used_until_its_values_change():
    row = CheckedRow(2, {"firstName": "Ann", "email": "ann@example.org"})
    row.derived_id = "ci-made-by-a-worker"
    assert reference_ids([row], "guests.csv|") == ["ci-made-by-a-worker"]
    row.values = {"firstName": "Ann", "email": "ann.lee@example.org"}  # an edit: the kept id is forgotten
    assert row.derived_id is None
    assert reference_ids([row], "guests.csv|") == [derived_reference_id(row.values, "guests.csv|")]
