"""A bulk fix is kept with the run like a single edit: a retry of the failed rows sends the fixed cells."""

from __future__ import annotations

import json
from pathlib import Path

from core.submit.journal import Journal
from core.submit.runs import plan_from_file, retry_failed
from core.validation.fixes import column_cells, map_value, plan
from gui.session.import_session import Session
from tests.core.submit_support import write_guests_csv
from tests.core.test_engine_retry import failing_run


def _retry_on_screen(j: Journal, sheet: Path) -> tuple[str, Session, list[tuple[int, int]]]:
    """A run whose rows 2 and 3 failed at the CRM and row 7's answer was lost, its file on screen again,
    and the last-name cells of the rows to retry (a sent row must stay as it was sent: the retry checks)."""
    old, _crm = failing_run(j, sheet)
    edited, _ = plan_from_file(sheet, "virtuous", batch_size=5)
    session = Session("virtuous")
    session.set_loaded(sheet, [], None, [], 1, edited.table)
    session.set_checked(edited)
    retrying = {r.row for r in j.rows(old) if r.status in ("failed", "unknown")}
    return old, session, [(p, c) for p, c in column_cells(edited.table.records, 1) if edited.rows[p].row in retrying]


def test_a_retry_sends_the_cells_a_bulk_fix_changed(qtbot, tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 10)
    with Journal() as j:
        old, session, cells = _retry_on_screen(j, sheet)
        edited = session.checked
        fixes = plan(cells, edited.table.records, find="Lee", replace="Leigh")
        assert len(fixes) == 3
        session.edit_values(fixes)
        assert session.checked.rows[0].values["lastName"] == "Leigh"
        new = retry_failed(j, old, edited=session.checked)
        [batch] = j.batches(new)
        contacts = json.loads(batch.batch.body)["contacts"]
        assert [c["lastName"] for c in contacts] == ["Leigh", "Leigh", "Leigh"]
        session.undo_fix()  # one step back: every cell as the file has it
        assert [r.values[1] for r in edited.table.records] == ["Lee"] * 10
        assert session.checked.rows[0].values["lastName"] == "Lee"


def test_a_retry_sends_what_a_rule_made_of_the_cells(qtbot, tmp_path: Path) -> None:
    """A rule (here one value changed to another) is kept as the cells it changed: a retry sends them."""
    sheet = write_guests_csv(tmp_path / "guests.csv", 10)
    with Journal() as j:
        old, session, cells = _retry_on_screen(j, sheet)
        session.edit_values(plan(cells, session.checked.table.records, map_value("lee", "Lee-Park")))
        new = retry_failed(j, old, edited=session.checked)
        [batch] = j.batches(new)
        assert [c["lastName"] for c in json.loads(batch.batch.body)["contacts"]] == ["Lee-Park"] * 3
