"""The edits a person makes to a mapping (pick a field for a column, set its options, replace values)."""

from __future__ import annotations

from core.mapping.automap import suggest_mapping
from core.mapping.model import ColumnOptions, Mapping, format_value_map, parse_value_map


def test_value_map_lines_both_ways():
    text = "Y → Yes\nN -> No\n\n x = maybe \nno separator"
    assert parse_value_map(text) == {"Y": "Yes", "N": "No", "x": "maybe"}
    assert format_value_map({"Y": True, "N": "No"}) == "Y → Yes\nN → No"


def test_value_map_separators_blank_sides_and_round_trip():
    assert parse_value_map("A => B\nC=D=E\n → nothing\nF →") == {"A": "B", "C": "D=E", "F": ""}
    assert format_value_map({"x": False, "y": None, "z": 3}) == "x → No\ny → \nz → 3"
    saved = {"Y": "Yes", "n/a": "", "1": "One"}
    assert parse_value_map(format_value_map(saved)) == saved


def test_assign_column_moves_a_field_and_forgets_the_guess():
    m = suggest_mapping(["Email", "Work email"], "hubspot")
    assert m.for_field("email").sources == ["Email"]
    m.assign_column("Work email", "email")
    assert m.for_field("email").sources == ["Work email"]
    assert m.for_field("email").confidence is None
    assert m.field_for_column("Email") == []
    m.assign_column("Work email", None)
    assert m.for_field("email") is None


def test_assign_column_keeps_a_constant_and_moves_the_column_off_its_old_field():
    m = Mapping(target="virtuous")
    m.set_constant("contactType", "Household")
    m.assign_column("Kind", "contactType")
    fm = m.for_field("contactType")
    assert fm.sources == ["Kind"] and fm.constant == "Household"  # the constant still fills blank cells
    m.assign_column("Kind", "name")
    assert m.for_field("contactType").sources == [] and m.for_field("contactType").constant == "Household"
    assert m.field_for_column("Kind") == ["name"]


def test_set_options_including_a_join():
    m = suggest_mapping(["First", "Last", "Tags"], "virtuous")
    m.set_options("First", ColumnOptions(trim=False, case="title", join_column="Last", join_with=" "))
    fm = m.for_field("firstName")
    assert fm.sources == ["First", "Last"] and fm.case == "title" and not fm.trim
    assert m.for_field("lastName") is None
    assert ColumnOptions.of(fm, "First").join_column == "Last"
    m.set_options("First", ColumnOptions())
    assert m.for_field("firstName").sources == ["First"]


def test_set_options_blank_means_none_and_a_column_never_joins_itself():
    m = suggest_mapping(["Tags"], "virtuous")
    m.set_options("Tags", ColumnOptions(split_list="", default="", join_column="Tags", value_map={"x": "y"}))
    fm = m.for_field("tags")
    assert fm.split_list is None and fm.default is None and fm.sources == ["Tags"]
    assert fm.value_map == {"x": "y"} and fm.confidence is None
    m.set_options("Tags", ColumnOptions(split_list=";,", default=0))
    assert m.for_field("tags").split_list == ";," and m.for_field("tags").default == 0


def test_set_options_on_an_unmapped_column_changes_nothing():
    m = suggest_mapping(["Email", "Shoe size"], "hubspot")
    before = m.model_dump()
    m.set_options("Shoe size", ColumnOptions(case="upper"))
    assert m.model_dump() == before


def test_options_read_back_and_applied_leave_the_field_as_it_was():
    m = suggest_mapping(["First", "Last"], "virtuous")
    m.set_options("First", ColumnOptions(case="upper", value_map={"Bob": "Robert"}, join_column="Last",
                                         join_with="-"))
    fm = m.for_field("firstName")
    before = fm.model_dump()
    m.set_options("First", ColumnOptions.of(fm, "First"))
    assert m.for_field("firstName").model_dump() == before
    assert ColumnOptions.of(fm, "First").value_map is not fm.value_map  # a copy: the dialog cannot edit in place
