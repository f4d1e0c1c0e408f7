"""Duplicates within a file: what a person would see in the groups (and would never see merged)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.mapping.automap import suggest_mapping
from core.matching.duplicates import find_duplicates
from core.matching.engine import MatchingCancelled, MatchingRefused
from core.pipeline import check_table, use_mode
from tests.core.tables import table
from tests.synthetic_people import generate

H = ["First Name", "Last Name", "Email", "Phone", "Address", "City", "Zip"]


def groups_of(headers, *rows, target="hubspot"):
    t = table(headers, *rows)
    checked = check_table(t, suggest_mapping(t.headers, target))
    return find_duplicates(checked.rows, target)


def test_bob_and_robert_at_the_same_address_are_one_group_with_evidence():
    rep = groups_of(H,
                    ["Bob", "Smith", "bob@example.org", "", "12 Oak St", "Salem", "01970"],
                    ["Ann", "Jones", "ann@example.org", "", "4 Elm Rd", "Salem", "01970"],
                    ["Robert", "Smith", "bob@example.org", "(978) 555-0101", "12 Oak Street", "Salem", "01970"],
                    ["Carl", "Berg", "", "", "9 Pine Ln", "Dayton", "45402"])
    assert [g.rows for g in rep.groups] == [[2, 4]]
    g = rep.groups[0]
    assert g.probability >= 0.5
    assert {"first name", "last name", "email", "address", "postal code"} <= set(g.agree_labels())
    assert rep.summary() == "4 rows, 1 group of probable duplicates, 2 rows in it"


def test_a_household_sharing_address_phone_and_email_is_not_a_duplicate():
    rep = groups_of(H,
                    ["John", "Smith", "smiths@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],
                    ["Mary", "Smith", "smiths@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],
                    ["", "Smith", "", "", "12 Oak St", "Salem", "01970"],
                    ["", "Smith", "", "", "12 Oak St", "Salem", "01970"])
    assert rep.groups == []


def test_a_typo_in_the_surname_with_the_same_phone_is_found():
    rep = groups_of(H,
                    ["Katherine", "Johnson", "", "978-555-0199", "3 Mill Rd", "Salem", "01970"],
                    ["Kate", "Jonhson", "", "(978) 555-0199", "", "", ""],
                    ["Peter", "Ng", "", "978-555-0123", "", "", ""])
    assert [g.rows for g in rep.groups] == [[2, 3]]
    assert "last name" not in rep.groups[0].agree_labels()


def test_non_latin_names_are_compared_by_their_own_letters():
    rep = groups_of(H,
                    ["小明", "王", "", "+86 138 0013 8000", "", "", ""],
                    ["小明", "王", "", "+86 138 0013 8000", "", "", ""],
                    ["小红", "王", "", "+86 138 0013 8000", "", "", ""],
                    ["Дмитрий", "Иванов", "dima@example.ru", "", "", "", ""],
                    ["Дмитрий", "Иванов", "dima@example.ru", "", "", "", ""])
    assert [g.rows for g in rep.groups] == [[2, 3], [5, 6]]


def test_rows_left_out_take_no_part_and_rows_with_problems_do():
    t = table(H, ["Bob", "Smith", "bob@example", "978-555-0101", "12 Oak St", "Salem", "01970"],
              ["Robert", "Smith", "bob@example", "978-555-0101", "12 Oak St", "Salem", "01970"],
              ["Robert", "Smith", "bob@example", "978-555-0101", "12 Oak St", "Salem", "01970"])
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    use_mode(checked, "upsert")  # upserting by email: the email is needed
    assert all(r.status == "error" for r in checked.rows)  # 'bob@example' is not an email
    checked.rows[2].excluded = True
    rep = find_duplicates(checked.rows, "hubspot")
    assert [g.rows for g in rep.groups] == [[2, 3]]
    assert "email" in rep.groups[0].agree_labels()


@pytest.mark.parametrize("headers,rows", [
    (["Amount", "Date"], [["10", "2024-01-01"], ["20", "2024-01-02"], ["30", "2024-01-03"]]),
    (["Last Name", "Amount"], [["Smith", "1"], ["Smith", "2"], ["Smith", "3"]]),  # one identical column
])
def test_a_file_where_nothing_identifies_people_gets_a_sentence(headers, rows):
    with pytest.raises(MatchingRefused, match="Nothing in this file identifies a person"):
        groups_of(headers, *rows)


def test_one_row_and_blank_rows_find_nothing_and_say_so():
    one = groups_of(H, ["Bob", "Smith", "", "", "", "", ""])
    assert one.groups == [] and "Fewer than two rows" in one.notes[0]
    with pytest.raises(MatchingRefused, match="Nothing in this file identifies a person"):
        groups_of(H, ["", "", "", "", "", "", ""], ["", "", "", "", "", "", ""])


def test_cancel_stops_before_the_engine_runs():
    import threading

    t = table(H, ["Bob", "Smith", "", "", "", "", ""], ["Bob", "Smith", "", "", "", "", ""])
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(MatchingCancelled):
        find_duplicates(checked.rows, "hubspot", cancel=cancel)


def test_planted_duplicates_in_a_small_file_are_found_without_wrong_pairs():
    data = generate(400, seed=3)
    t = table(data.headers, *data.rows)
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    steps = []
    rep = find_duplicates(checked.rows, "hubspot", progress=lambda i, n, what: steps.append(what))
    found = {(a, b) for g in rep.groups for i, a in enumerate(g.rows) for b in g.rows[i + 1:]}
    true = data.true_pairs()
    assert not rep.trained  # too small to learn from: the fallback parameters
    assert len(found & true) / len(found) >= 0.98
    assert len(found & true) / len(true) >= 0.9
    assert steps[0] == "Preparing" and steps[-1] == "Reading results"


def test_importing_the_app_core_and_command_line_does_not_load_the_engine():
    code = ("import sys, core, core.cli, core.pipeline, core.matching.duplicates, core.matching.frame, "
            "core.cli.prepare_cmds; core.cli.build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('splink', 'duckdb', 'pyarrow')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_merging_into_the_later_row_settles_its_duplicate_email_and_keeps_every_value():
    from core.matching.decisions import Decisions, GroupDecision
    from core.pipeline import apply_duplicates, make_batches

    t = table(H, ["Bob", "Smith", "bob@example.org", "", "12 Oak St", "Salem", "01970"],
              ["Robert", "Smith", "bob@example.org", "978-555-0101", "", "", ""])
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    assert checked.rows[1].status == "error"  # HubSpot: the same email twice
    fates = apply_duplicates(checked, Decisions([GroupDecision([2, 3], "merge", keep=3)]))
    kept, gone = checked.rows[1], checked.rows[0]
    assert kept.sendable and gone.excluded
    assert kept.values["firstname"] == "Robert" and kept.values["address"] == "12 Oak St"
    assert kept.values["phone"] == "+19785550101"
    assert [(f.row, f.code, f.into) for f in fates] == [(3, "duplicate.merged", None), (2, "duplicate.merged", 3)]
    assert gone.excluded_reason == ("duplicate.merged",
                                    "Merged into row 3 (same person); its own values are kept on this line")
    [batch] = make_batches(checked)
    assert batch.rows == [3]


def test_keep_all_changes_nothing_and_a_bad_choice_is_one_sentence():
    from core.errors import InputError
    from core.matching.decisions import Decisions

    t = table(H, ["Bob", "Smith", "", "", "", "", ""], ["Bob", "Smith", "", "", "", "", ""])
    checked = check_table(t, suggest_mapping(t.headers, "virtuous"))
    before = [dict(r.values) for r in checked.rows]
    from core.pipeline import apply_duplicates

    apply_duplicates(checked, Decisions.from_data({"version": 1, "groups": [{"rows": [2, 3], "choice": "keep_all"}]}))
    assert [r.values for r in checked.rows] == before and not any(r.excluded for r in checked.rows)
    with pytest.raises(InputError, match="choice 'delete' is not one of keep_all, keep_one, merge"):
        Decisions.from_data({"version": 1, "groups": [{"rows": [2, 3], "choice": "delete"}]})
