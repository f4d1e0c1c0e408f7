"""What the duplicate search costs: a blocking rule that would pair strangers by the hundred thousand
is tightened (and the person told), the counts the rules are chosen by are the engine's own, the
frame is the same however it is built, and the search beside ``preview``'s work finds what the
search alone finds."""

from __future__ import annotations

import duckdb
import pytest

from core.mapping.automap import suggest_mapping
from core.matching.duplicates import find_duplicates, find_duplicates_beside
from core.matching.engine import MatchingRefused, _sql_counter, choose_rules, count_pairs, rule_cap
from core.matching.frame import Frame, Person, frame_from_rows, people_from_rows, person_from_values
from core.pipeline import check_table
from tests.core.tables import table
from tests.synthetic_people import generate

FIRST = ["ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal"]
FRAME = ("unique_id", "first_name", "first_canon", "first_initial", "surname", "email", "phone", "address",
         "postcode", "city", "dob", "street_no", "street", "names")


def office(n: int) -> list[Person]:
    """``n`` people behind one switchboard number, eight first names, each their own email."""
    return [Person(row=i + 2, first_name=FIRST[i % 8], first_canon=FIRST[i % 8], first_initial=FIRST[i % 8][0],
                   surname=f"s{i}", email=f"p{i}@example.org", phone="5035550100") for i in range(n)]


def test_a_phone_shared_by_a_thousand_rows_is_compared_with_the_first_initial_and_the_person_is_told():
    people = office(1000)
    assert count_pairs(("phone",), people) == 499_500 > rule_cap(1000)
    rules, total, notes = choose_rules(["first_name", "surname", "email", "phone"], people)
    assert ("phone",) not in rules and ("phone", "first_initial") in rules
    assert total == 8 * (125 * 124 // 2)  # each initial's 125 rows among themselves
    assert "Compared rows sharing phone + first_initial instead of phone (too many rows share the looser value)." \
        in notes


def test_a_big_file_may_compare_two_pairs_a_row_and_a_small_one_a_quarter_of_a_million():
    assert rule_cap(1000) == 250_000
    assert rule_cap(200_000) == 400_000


@pytest.mark.parametrize("rule", [("phone",), ("email",), ("phone", "first_initial"), ("surname", "phone")])
def test_the_rules_counted_in_duckdb_are_the_rules_counted_in_python(rule):
    people = office(300) + [Person(row=1000, first_name="ann", first_initial="a", phone="5035550100", email="")]
    account = office(40)
    con = duckdb.connect(":memory:")
    try:
        within = _sql_counter(con, Frame(people).as_arrow(FRAME), None)
        assert within(rule) == count_pairs(rule, people)
        con2 = duckdb.connect(":memory:")
        against = _sql_counter(con2, Frame(people).as_arrow(FRAME), Frame(account).as_arrow(FRAME))
        assert against(rule) == count_pairs(rule, people, account)
        con2.close()
    finally:
        con.close()


def _checked(n: int, seed: int):
    data = generate(n, seed=seed)
    t = table(data.headers, *data.rows)
    return check_table(t, suggest_mapping(t.headers, "hubspot"))


def test_the_frame_built_for_many_rows_at_once_is_each_row_built_alone():
    checked = _checked(400, 3)
    together = people_from_rows(checked.rows, "hubspot")
    alone = [person_from_values(r.row, "hubspot", r.values, {i.field: i.value for i in r.issues
                                                                 if i.value not in (None, "")})
             for r in checked.rows if not r.excluded]
    assert together == alone


def test_the_search_beside_other_work_finds_the_same_groups_as_the_search_alone():
    checked = _checked(600, 5)
    alone = find_duplicates(checked.rows, "hubspot")
    report, seconds = find_duplicates_beside(checked.rows, "hubspot")()
    assert [g.rows for g in report.groups] == [g.rows for g in alone.groups] != []
    assert seconds > 0


def test_the_search_beside_waits_for_its_report_and_refuses_a_file_nothing_identifies_at_once():
    t = table(["First Name", "Email"], ["Ann", "ann@example.org"], ["Ann", "ann2@example.org"],
              ["Ann", "ann3@example.org"])
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    wait = find_duplicates_beside(checked.rows, "hubspot")
    report, _ = wait()  # emails differ: compared, nothing found
    assert report.groups == []
    blank = table(["Notes"], ["a"], ["b"])
    with pytest.raises(MatchingRefused):
        find_duplicates_beside(check_table(blank, suggest_mapping(blank.headers, "hubspot")).rows, "hubspot")


def test_the_pairs_blocked_one_rule_at_a_time_are_scored_as_splinks_own_blocking_scores_them(monkeypatch):
    import core.matching.engine as engine
    from core.matching.duplicates import usable_columns

    checked = _checked(2000, 9)  # big enough to be trained on
    people = [p for p in people_from_rows(checked.rows, "hubspot") if p.identifying()]
    cols = usable_columns(people)
    scored = {}
    for own in (True, False):
        monkeypatch.setattr(engine, "OWN_BLOCKING", own)
        result = engine.predict_pairs(people, cols, threshold=0.0)
        scored[own] = {(p.left, p.right): round(p.probability, 9) for p in result.pairs}
    assert scored[True] == scored[False] and len(scored[True]) > 500


def test_the_pairs_scored_in_parts_are_the_pairs_scored_in_one_go(monkeypatch):
    import core.matching.engine as engine
    from core.matching.duplicates import usable_columns

    checked = _checked(2000, 9)
    people = [p for p in people_from_rows(checked.rows, "hubspot") if p.identifying()]
    cols = usable_columns(people)
    scored = {}
    for part in (10**9, 200):  # one part; then five, each with its own copies of the rows it pairs
        monkeypatch.setattr(engine, "PART_PAIRS", part)
        result = engine.predict_pairs(people, cols, threshold=0.0)
        scored[part] = sorted((p.left, p.right, round(p.probability, 9)) for p in result.pairs)
    assert scored[200] == scored[10**9] and len(scored[200]) > 900  # each pair once


def test_the_frame_reads_rows_edited_to_other_fields_left_out_or_with_problems_as_each_row_alone():
    checked = _checked(300, 4)
    rows = checked.rows
    rows[3].values = {"email": "Edited@Example.org", "firstname": "Zoë"}  # another key set, in another order
    rows[4].values = {k: v for k, v in reversed(list(rows[4].values.items()))}
    rows[5].excluded = True
    with_issue = next(r for r in rows if r.issues)
    frame = frame_from_rows(rows, "hubspot")
    alone = [person_from_values(r.row, "hubspot", r.values, {i.field: i.value for i in r.issues
                                                                 if i.value not in (None, "")})
             for r in rows if not r.excluded]
    assert frame.people() == alone
    assert frame.persons([rows[3].row, with_issue.row]) == {p.row: p for p in alone
                                                           if p.row in (rows[3].row, with_issue.row)}
    assert frame.persons([rows[3].row])[rows[3].row].email == "edited@example.org"
    assert rows[5].row not in frame["row"]


def test_a_frame_handed_to_the_engine_still_gives_the_people_it_paired():
    checked = _checked(300, 4)
    frame = frame_from_rows(checked.rows, "hubspot")
    before = frame.persons()
    frame.as_arrow(("first_name", "surname", "email", "phone", "address", "postcode", "city", "dob", "first_canon",
                    "first_initial", "street_no", "street", "names"))
    assert frame.persons(list(before)[:5]) == {r: before[r] for r in list(before)[:5]}
    assert frame["email"] == [before[r].email for r in frame["row"]]
