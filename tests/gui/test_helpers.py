"""The small pure pieces the window relies on: mapping edits, value maps, templates, summaries, highlighting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from core.mapping.automap import suggest_mapping
from core.mapping.model import Mapping
from core.pipeline import check_table, make_batches
from core.summary import send_summary, unfilled_required
from gui import templates
from gui.mapping_edits import ColumnOptions, assign_column, format_value_map, parse_value_map, set_options
from gui.widgets.json_highlighter import JsonHighlighter
from tests.core.tables import table


def test_value_map_lines_both_ways():
    text = "Y → Yes\nN -> No\n\n x = maybe \nno separator"
    assert parse_value_map(text) == {"Y": "Yes", "N": "No", "x": "maybe"}
    assert format_value_map({"Y": True, "N": "No"}) == "Y → Yes\nN → No"


def test_assign_column_moves_a_field_and_forgets_the_guess():
    m = suggest_mapping(["Email", "Work email"], "hubspot")
    assert m.for_field("email").sources == ["Email"]
    assign_column(m, "Work email", "email")
    assert m.for_field("email").sources == ["Work email"]
    assert m.for_field("email").confidence is None
    assert m.field_for_column("Email") == []
    assign_column(m, "Work email", None)
    assert m.for_field("email") is None


def test_set_options_including_a_join():
    m = suggest_mapping(["First", "Last", "Tags"], "virtuous")
    set_options(m, "First", ColumnOptions(trim=False, case="title", join_column="Last", join_with=" "))
    fm = m.for_field("firstName")
    assert fm.sources == ["First", "Last"] and fm.case == "title" and not fm.trim
    assert m.for_field("lastName") is None
    assert ColumnOptions.of(fm, "First").join_column == "Last"
    set_options(m, "First", ColumnOptions())
    assert m.for_field("firstName").sources == ["First"]


def test_unfilled_required_groups():
    m = Mapping(target="virtuous")
    assert unfilled_required(m) == [("contactType",), ("name", "firstName", "lastName", "fullName")]
    m.set_constant("contactType", "Household")
    m.set_column("Who", "fullName")
    assert unfilled_required(m) == []
    assert unfilled_required(suggest_mapping(["Email"], "hubspot")) == []


def test_send_summary_counts_contacts_batches_and_skips():
    t = table(["Email", "First Name"], ["a@example.org", "A"], ["bad", "B"], ["c@example.org", "C"])
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    batches = make_batches(checked, batch_size=1, mode="upsert")
    s = send_summary("hubspot", batches, checked.counts())
    assert (s.contacts, s.batches, s.skipped_errors, s.excluded, s.upserts, s.creates) == (2, 2, 1, 0, 2, 0)


def test_templates_round_trip_and_matching(tmp_path: Path):
    m = suggest_mapping(["E-mail", "First Name"], "hubspot")
    saved = templates.save_template(m, 'Gala: 2025/"spring"', tmp_path)
    assert saved.path.name == "Gala_ 2025_spring_.json"  # no characters Windows or macOS refuse
    assert [t.name for t in templates.list_templates(tmp_path)] == [saved.name]
    (tmp_path / "broken.json").write_text("{not json")
    found = templates.matching_template(["First Name", "e-mail", "Phone"], "hubspot", tmp_path)
    assert found is not None and found[1].for_field("email").sources == ["e-mail"]
    assert templates.matching_template(["First Name"], "hubspot", tmp_path) is None  # a column is missing
    assert templates.matching_template(["E-mail", "First Name"], "virtuous", tmp_path) is None


def test_json_highlighter_colours_keys_and_values(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    h = JsonHighlighter(edit.document(), edit.palette())
    edit.setPlainText('{\n  "email": "a@example.org",\n  "hours": 2.5,\n  "rsvp": true\n}')
    doc: QTextDocument = edit.document()
    key_line = doc.findBlockByNumber(1).layout().formats()
    assert len(key_line) == 2  # the key and the string value
    assert key_line[0].format.foreground().color() != key_line[1].format.foreground().color()
    assert doc.findBlockByNumber(2).layout().formats()[-1].start == len('  "hours": ')
    assert h.document() is doc
