"""The small pieces the window relies on: templates, summaries, settings, highlighting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from core.mapping import templates
from core.mapping.automap import suggest_mapping
from core.mapping.model import Mapping
from core.pipeline import check_table, make_batches, use_mode
from core.summary import send_summary, unfilled_required
from gui.basics import settings
from gui.widgets.json_highlighter import JsonHighlighter
from tests.core.tables import table


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
    with pytest.raises(ValueError, match="use_mode"):  # checked for creating: "bad" would go without an email
        make_batches(checked, batch_size=1, mode="upsert")
    use_mode(checked, "upsert")  # upserting by email: a row whose email cannot be read is skipped
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


def test_settings_keep_connections_the_last_used_and_dismissed_runs():
    assert settings.connection_records() == [] and settings.last_used_connections() == {}
    assert settings.resume_dismissed_runs() == set()
    settings.set_connection_records([{"name": "Ours", "target": "hubspot", "base_url": "https://api.hubapi.com"}])
    assert settings.connection_records() == [{"name": "Ours", "target": "hubspot", "base_url": "https://api.hubapi.com"}]
    assert settings.saved_connection_names() == ["Ours"]  # kept in step
    QSettings().setValue(settings.KEY_CONNECTION_RECORDS, "{not json")
    assert settings.connection_records() == []
    settings.set_last_used_connections({"hubspot": "Ours"})
    assert settings.last_used_connections() == {"hubspot": "Ours"}
    settings.add_resume_dismissed_run("run-1")
    settings.add_resume_dismissed_run("run-2")
    settings.add_resume_dismissed_run("run-1")
    assert settings.resume_dismissed_runs() == {"run-1", "run-2"}


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
