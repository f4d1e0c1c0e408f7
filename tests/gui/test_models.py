"""Each table model on its own: Qt's model tester, then what a person would read in the cells."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QIcon

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from gui.models.batches_model import BatchesModel, BatchRole
from gui.models.check_model import (
    COL_ROW,
    COL_SEND,
    COL_STATUS,
    FIRST_DATA_COL,
    SHOW_PROBLEMS,
    CheckModel,
    PositionRole,
    StatusRole,
)
from gui.models.colors import ERROR_TINT, EXCLUDED_TINT, HEADER_TINT, LOW_CONFIDENCE_TINT, WARNING_TINT
from gui.models.mapping_model import (
    COL_FIELD,
    COL_MATCH,
    COL_OPTIONS,
    COL_SAMPLES,
    ConfidenceRole,
    FieldKeyRole,
    MappingModel,
)
from gui.models.peek_model import PeekModel
from gui.session.import_session import Session
from tests.core.tables import table

HEADERS = ["Full name", "Email", "Phone", "Attended", "Emial adress"]
ROWS = [
    ["Ana Lopez", "ana@example.org", "503-555-0143", "Y", ""],
    ["Ben Okoro", "not-an-email", "5035550144", "N", ""],
    ["Cy Park", "ana@example.org", "12", "maybe", ""],
    ["Dee Ngata", "dee@example.org", None, "Y", ""],
]

D = Qt.ItemDataRole.DisplayRole


def checked_session(target: str = "virtuous") -> Session:
    t = table(HEADERS, *ROWS)
    session = Session(target)
    session.set_loaded(Path("guests.xlsx"), [], "Guests", [], 1, t)
    if target == "hubspot":  # upserting by email: Ben's email, which cannot be read, stops his row
        session.set_on_existing("update")
    result = check_table(t, session.mapping)
    session.set_checked(result)
    return session


def test_peek_model_shows_rows_as_in_the_file_and_highlights_the_header(qtmodeltester):
    model = PeekModel()
    rows = [["Gala guests", None], [], ["Name", "Email"], ["Ana", "ana@example.org"]]
    model.set_rows(rows, header_row=3, detected=3)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "B"
    assert model.headerData(2, Qt.Orientation.Vertical) == "3"  # Excel's row number
    assert model.index(0, 0).data() == "Gala guests"
    assert model.index(1, 1).data() == ""
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) == HEADER_TINT
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    model.set_header_row(4)
    assert model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole) == HEADER_TINT
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) != HEADER_TINT  # still marked as detected


def test_mapping_model_lists_columns_samples_fields_and_confidence(qtmodeltester):
    model = MappingModel()
    mapping = suggest_mapping(HEADERS, "hubspot")
    samples = [table(HEADERS, *ROWS).sample_values(i) for i in range(len(HEADERS))]
    model.set_source(HEADERS, samples, mapping)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.index(0, COL_FIELD).data() == "Full name (split into first/last)"
    assert model.index(1, COL_SAMPLES).data().startswith("ana@example.org  ·  not-an-email")
    assert model.index(1, COL_MATCH).data() == "● 100%"
    assert model.index(1, COL_FIELD).data(FieldKeyRole) == "email"
    # "Emial adress" is not guessed here: "Email" already took the field.
    assert model.index(4, COL_FIELD).data(FieldKeyRole) is None
    assert model.index(1, COL_FIELD).data(Qt.ItemDataRole.BackgroundRole) != LOW_CONFIDENCE_TINT  # a sure match
    assert model.index(3, COL_FIELD).data() == "— Don't import —"  # HubSpot has no "attended"
    assert model.index(0, COL_OPTIONS).data() == "Options…"
    mapping.for_field("email").value_map = {"n/a": ""}
    model.set_mapping(mapping)
    assert model.index(1, COL_OPTIONS).data() == "Options (1)…"


def test_a_fuzzy_guess_is_tinted_for_a_second_look(qtmodeltester):
    """Without an "Email" column, "Emial adress" is guessed as the email: below the sure line, so tinted."""
    headers = ["Full name", "Phone", "Emial adress"]
    model = MappingModel()
    model.set_source(headers, [[], [], []], suggest_mapping(headers, "hubspot"))
    qtmodeltester.check(model)
    fuzzy = model.index(2, COL_FIELD)
    assert fuzzy.data(FieldKeyRole) == "email"
    assert fuzzy.data(ConfidenceRole) < 0.9
    assert fuzzy.data(Qt.ItemDataRole.BackgroundRole) == LOW_CONFIDENCE_TINT
    assert model.index(0, COL_FIELD).data(Qt.ItemDataRole.BackgroundRole) != LOW_CONFIDENCE_TINT


def test_check_model_marks_problem_cells_and_counts(qtmodeltester):
    session = checked_session()
    model = CheckModel(session)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.columnCount() == FIRST_DATA_COL + len(HEADERS)
    assert model.headerData(FIRST_DATA_COL + 1, Qt.Orientation.Horizontal) == "Email"
    assert model.index(0, COL_ROW).data() == "2"
    assert model.index(0, COL_STATUS).data() == "OK"
    bad = model.index(1, FIRST_DATA_COL + 1)
    assert bad.data() == "not-an-email"
    assert bad.data(Qt.ItemDataRole.BackgroundRole) == ERROR_TINT
    assert "is not a valid email address" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, COL_STATUS).data() == "Error"
    # Row 4 repeats row 2's email: a warning for Virtuous, on the Email cell.
    dup = model.index(2, FIRST_DATA_COL + 1)
    assert "also in row 2" in dup.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, FIRST_DATA_COL).data(Qt.ItemDataRole.BackgroundRole) is None
    # Cy's "maybe" only costs the Attended field now; his row is sent, with warnings.
    assert session.counts == {"ok": 2, "warning": 1, "error": 1, "excluded": 0}


def test_check_model_edit_rechecks_the_row_and_its_duplicates(qtmodeltester, qtbot):
    session = checked_session("hubspot")
    model = CheckModel(session)
    model.reload()
    qtmodeltester.check(model)
    email = FIRST_DATA_COL + 1
    assert model.index(2, COL_STATUS).data() == "Error"  # duplicate email is an error for HubSpot
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(2, email), "cy@example.org")
    assert session.table.records[2].values[1] == "cy@example.org"
    assert model.index(2, email).data(Qt.ItemDataRole.BackgroundRole) is None
    # What is left is the phone "12": a warning, which does not stop the row.
    assert model.index(2, COL_STATUS).data() == "Warning"
    assert session.counts["error"] == 1
    assert session.batches is None


def test_check_model_exclude_and_problem_filter(qtmodeltester, qtbot):
    session = checked_session()
    model = CheckModel(session)
    model.reload()
    index = model.index(0, COL_SEND)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert session.checked.rows[0].excluded
    assert model.index(0, COL_STATUS).data() == "Left out"
    assert session.counts["excluded"] == 1 and session.counts["ok"] == 1
    model.set_filter(SHOW_PROBLEMS)
    qtmodeltester.check(model)
    assert [model.index(r, COL_ROW).data() for r in range(model.rowCount())] == ["3", "4"]
    # A fixed row stays in view until the filter is applied again, so it does not jump away.
    model.setData(model.index(0, FIRST_DATA_COL + 1), "ben@example.org")
    assert model.rowCount() == 2
    assert model.index(0, COL_STATUS).data() in ("OK", "Warning", "Error")
    # The session keeps the problem rows up to date (the filter never walks every row on the GUI thread).
    assert session.problems == [i for i, r in enumerate(session.checked.rows) if r.issues]
    model.set_filter(SHOW_PROBLEMS)
    assert [model.index(r, COL_ROW).data() for r in range(model.rowCount())] == \
        [str(session.checked.rows[i].row) for i in session.problems]


def test_check_model_warning_tint():
    session = checked_session()
    model = CheckModel(session)
    model.reload()
    phone = model.index(2, FIRST_DATA_COL + 2)  # "12" is not a phone number: a warning
    assert phone.data(Qt.ItemDataRole.BackgroundRole) == WARNING_TINT


def test_batches_model(qtmodeltester):
    session = checked_session("hubspot")
    batches = make_batches(session.checked, batch_size=1)
    model = BatchesModel()
    model.set_batches(batches)
    qtmodeltester.check(model)
    assert model.rowCount() == len(batches) == 2
    assert model.index(0, 0).data() == "1"
    assert model.index(0, 1).data() == "Create"
    assert model.index(0, 2).data() == "1"
    assert model.index(0, 3).data() == "2"
    assert model.index(0, 4).data().endswith("bytes")
    assert model.index(1, 0).data(BatchRole) is batches[1]


#: The roles Qt's item delegate paints a cell with (asked together, through ``multiData``), and ours.
PAINTED_ROLES = [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
                 PositionRole, StatusRole]


def _painted(model, index, role):  # type: ignore[no-untyped-def]
    """What the view paints for ``role``: the answer through ``multiData``, as Qt's delegate asks it."""
    slot = QModelRoleData(int(role))
    model.multiData(index, QModelRoleDataSpan(slot))
    value = slot.data()
    return value.cacheKey() if isinstance(value, QIcon) else value  # QIcon has no ==; the same icon, the same key


def test_what_the_check_table_paints_is_what_data_answers():
    """Painting asks all of a cell's roles in one call (a faster path): a problem cell, a left-out row and
    a row under the problem filter show the same text, tint, tooltip and tick as ``data()`` gives."""
    session = checked_session()
    model = CheckModel(session)
    model.reload()
    model.setData(model.index(3, COL_SEND), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    seen = set()
    for which in (SHOW_PROBLEMS, "all"):
        model.set_filter(which)
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                for role in PAINTED_ROLES:
                    asked = index.data(role)
                    asked = asked.cacheKey() if isinstance(asked, QIcon) else asked
                    assert _painted(model, index, role) == asked, (row, col, role)
                    seen.add(repr(asked))
    assert {repr(ERROR_TINT), repr(EXCLUDED_TINT), "'not-an-email'", "'Left out'"} <= seen


def test_a_guess_the_person_confirms_loses_its_tint(qtmodeltester):
    """The Map table's cells are filled again on each change: a role that no longer applies is cleared."""
    headers = ["Full name", "Phone", "Emial adress"]
    mapping = suggest_mapping(headers, "hubspot")
    model = MappingModel()
    model.set_source(headers, [[], [], []], mapping)
    fuzzy = model.index(2, COL_FIELD)
    assert fuzzy.data(Qt.ItemDataRole.BackgroundRole) == LOW_CONFIDENCE_TINT
    mapping.set_column("Emial adress", "email")  # the person picks it: no confidence, no tint
    model.set_mapping(mapping)
    qtmodeltester.check(model)
    assert fuzzy.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, COL_MATCH).data() == "● Your choice"
    mapping.set_column("Emial adress", None)
    model.set_mapping(mapping)
    assert fuzzy.data() == "— Don't import —" and fuzzy.data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(2, COL_MATCH).data() == ""
    assert model.index(2, COL_MATCH).data(Qt.ItemDataRole.ForegroundRole) is None
