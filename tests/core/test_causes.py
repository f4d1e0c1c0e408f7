"""Problems said once per cause, kept up to date row by row as a person edits; bulk fixes planned first."""

from __future__ import annotations

from core.mapping.catalog import Kind
from core.pipeline import check_table, mapping_for, recheck_row
from core.validation.fixes import cells_like, column_cells, plan
from core.validation.groups import Causes, group_issues
from tests.core.tables import table


def gifts():  # type: ignore[no-untyped-def]
    t = table(["Email", "First name", "Gift"], *[[f"p{i}@example.org", f"P{i}", g] for i, g in enumerate(
        ["$10", "pledged", "n/a", "$1,250.00", "pledged", "tbd", "$5"])])
    m = mapping_for(t, "hubspot")
    m.assign_column("Gift", "lifetime_giving")
    m.for_field("lifetime_giving").kind = Kind.NUMBER  # type: ignore[union-attr]
    return t, check_table(t, m)


def test_one_line_per_cause_with_its_count() -> None:
    _t, checked = gifts()
    [g] = group_issues(checked.rows)
    assert (g.code, g.severity, g.count, g.positions) == ("number.invalid", "warning", 4, [1, 2, 4, 5])
    assert g.sentence() == ("4 rows like this (3 different values): Row 3, column 'Gift': 'pledged' is not a "
                            "number; sent without lifetime_giving")


def test_kept_up_to_date_row_by_row_as_one_full_pass_would() -> None:
    t, checked = gifts()
    causes = Causes(checked.rows)
    for pos, value in ((1, "25"), (5, "oops"), (2, "12.5"), (0, "nope")):
        t.records[pos].values[2] = value
        changed = recheck_row(checked, pos)
        causes.update(checked.rows, changed)
        again = group_issues(checked.rows)
        assert [(g.code, g.count, g.positions, g.sentence()) for g in causes.groups()] == \
            [(g.code, g.count, g.positions, g.sentence()) for g in again]
    assert causes.groups()[0].sentence().startswith("3 rows like this (3 different values): Row 2, column 'Gift': "
                                                    "'nope' is not a number")


def test_fix_all_like_this_and_find_and_replace_are_planned_before_applied() -> None:
    t, checked = gifts()
    issue = checked.rows[1].issues[0]
    cells = cells_like(checked.rows, t.records, t.headers, issue)
    assert cells == [(1, 2), (2, 2), (4, 2), (5, 2)]
    emptied = plan(cells, t.records, replace_with="")
    assert [(f.position, f.old, f.new) for f in emptied] == [(1, "pledged", None), (2, "n/a", None),
                                                            (4, "pledged", None), (5, "tbd", None)]
    dollars = plan(column_cells(t.records, 2), t.records, find="$", replace="")
    assert [(f.old, f.new) for f in dollars] == [("$10", "10"), ("$1,250.00", "1,250.00"), ("$5", "5")]
    assert plan(column_cells(t.records, 2), t.records, find="PLEDGED", replace="0") == \
        plan(column_cells(t.records, 2), t.records, find="pledged", replace="0")  # case does not matter
    assert t.records[1].values[2] == "pledged"  # nothing changed until applied


def test_many_edits_in_any_order_agree_with_a_full_pass() -> None:
    import random

    rnd = random.Random(26)
    t, checked = gifts()
    causes = Causes(checked.rows)
    for _ in range(60):
        pos = rnd.randrange(len(t.records))
        t.records[pos].values[2] = rnd.choice(["1", "x", "pledged", "$4", "", "tbd", "n/a"])
        t.records[pos].values[0] = rnd.choice([f"p{pos}@example.org", "p0@example.org", "bad@"])  # duplicates too
        changed = recheck_row(checked, pos)
        causes.update(checked.rows, changed)
        assert [(g.code, g.positions, g.sentence()) for g in causes.groups()] == \
            [(g.code, g.positions, g.sentence()) for g in group_issues(checked.rows)]


def test_the_rules_a_bulk_fix_offers_say_what_each_cell_becomes() -> None:
    """A prefix or suffix taken off, the dates read one order or the other, one value to another: cells the
    rule does not touch are left out of the answer (and are not trimmed on the way)."""
    from core.validation.fixes import map_value, read_dates, strip
    from tests.core.tables import table

    t = table(["Gift", "Since", "State"], ["USD 30", "05/03/21", "oregon"], ["$12", "25/03/21", " Oregon "],
              ["45 €", "2019-07-01", "WA"], [" 7 ", "13/25/21", "oregon state"], ["usd 9", "March 5, 2021", ""])
    def made(col, rule):  # type: ignore[no-untyped-def]
        cells = [(p, col) for p in range(len(t.records))]
        return [(f.position, f.old, f.new) for f in plan(cells, t.records, rule)]
    assert made(0, strip("USD ")) == [(0, "USD 30", "30"), (4, "usd 9", "9")]
    assert made(0, strip("$")) == [(1, "$12", "12")]
    assert made(0, strip(suffix="€")) == [(2, "45 €", "45")]
    assert made(1, read_dates("dmy")) == [(0, "05/03/21", "2021-03-05"), (1, "25/03/21", "2021-03-25")]
    assert made(1, read_dates("mdy")) == [(0, "05/03/21", "2021-05-03")]  # 25/03/21, 13/25/21: no such date
    assert made(2, map_value("oregon", "OR")) == [(0, "oregon", "OR"), (1, " Oregon ", "OR")]
    assert made(2, map_value("WA", "")) == [(2, "WA", None)]  # mapped to nothing: the cell is emptied
    tags = table(["Tags"], ["Gala 2025; Volunteer"], ["gala 2025"], ["Volunteer;Gala 2025 ;Board"], ["Gala 2025s"])
    assert [(f.old, f.new) for f in plan([(p, 0) for p in range(4)], tags.records, map_value("Gala 2025", "Gala"))] \
        == [("Gala 2025; Volunteer", "Gala; Volunteer"), ("gala 2025", "Gala"),
            ("Volunteer;Gala 2025 ;Board", "Volunteer; Gala; Board")]  # one item of a list; not "Gala 2025s"
    assert plan([(0, 0)], tags.records, map_value("Gala 2025", ""))[0].new == "Volunteer"
    assert t.records[0].values == ["USD 30", "05/03/21", "oregon"]  # nothing changed until applied


def test_a_word_with_a_dot_before_the_amount_does_not_make_the_column_decimal_comma() -> None:
    from core.validation.amounts import decimal_mark

    assert decimal_mark(["approx. 30", "approx. 1,250", "45"]) == ""  # "1,250" could be either: each cell alone
    assert decimal_mark(["approx. 30", "ca. 12,50"]) == ","
    assert decimal_mark(["Amt. 1,250.00"]) == "."


def test_a_company_to_be_created_is_one_line_per_company() -> None:
    from core.account.companies import COMPANY_NEW, WILL_CREATE
    from core.validation.issues import CheckedRow, Issue

    def row(r: int, company: str) -> CheckedRow:
        return CheckedRow(r, {}, [Issue(r, COMPANY_NEW, "warning", "company.name", "company.name", company,
                                        f"Row {r}: company '{company}' {WILL_CREATE}")])

    groups = group_issues([row(2, "Acme"), row(3, "Hope Clinic"), row(4, "Acme"), row(5, "Acme")])
    assert [g.sentence() for g in groups] == [
        "3 rows: company 'Acme' is not in HubSpot yet; it will be created when sending",
        "Row 3: company 'Hope Clinic' is not in HubSpot yet; it will be created when sending"]
