"""The session contract: each change clears what was made from the old state, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.pipeline import check_table, make_batches
from gui.session.import_session import Session
from tests.core.tables import table

HEADERS = ["First Name", "Last Name", "Email"]
# Ben's email cannot be read and nothing else says who he is (HubSpot needs an email or a name): an error.
ROWS = [["Ana", "Lopez", "ana@example.org"], ["", "", "bad"]]


def loaded(target: str = "hubspot") -> Session:
    s = Session(target)
    s.set_loaded(Path("guests.csv"), [], None, [HEADERS, *ROWS], 1, table(HEADERS, *ROWS))
    return s


def checked(s: Session) -> Session:
    s.set_checked(check_table(s.table, s.mapping))
    s.set_batches(make_batches(s.checked))
    return s


def test_loading_a_file_suggests_a_mapping(qtbot):
    s = Session("hubspot")
    with qtbot.waitSignals([s.sourceChanged, s.tableChanged, s.mappingChanged]):
        s.set_loaded(Path("guests.csv"), [], None, [], 1, table(HEADERS, *ROWS))
    assert s.mapping.for_field("email").sources == ["Email"]
    assert s.samples[2] == ["ana@example.org", "bad"]
    assert s.checked is None and s.batches is None


def test_editing_the_mapping_clears_checks_and_batches(qtbot):
    s = checked(loaded())
    assert s.counts == {"ok": 1, "warning": 0, "error": 1, "excluded": 0}
    before = s.revision
    with qtbot.waitSignals([s.mappingChanged, s.checkedChanged, s.batchesChanged, s.countsChanged]):
        s.mapping.set_column("Email", None)
        s.mapping_edited()
    assert s.checked is None and s.batches is None
    assert s.counts == {"ok": 0, "warning": 0, "error": 0, "excluded": 0}
    assert s.revision > before


def test_changing_target_re_suggests_for_the_new_crm(qtbot):
    s = checked(loaded("hubspot"))
    with qtbot.waitSignals([s.targetChanged, s.mappingChanged, s.checkedChanged]):
        s.set_target("virtuous")
    assert s.mapping.target == "virtuous"
    assert s.mapping.for_field("contactType").constant == "Household"
    assert s.checked is None


def test_edit_value_rechecks_and_keeps_counts(qtbot):
    s = checked(loaded())
    with qtbot.waitSignals([s.rowsChanged, s.countsChanged, s.batchesChanged]):
        changed = s.edit_value(1, 2, "ben@example.org")
    assert 1 in changed
    assert s.statuses == ["ok", "ok"]
    assert s.counts["ok"] == 2 and s.counts["error"] == 0
    assert s.batches is None  # rebuilt by the Preview page


def test_exclusion_counts(qtbot):
    s = checked(loaded())
    with qtbot.waitSignal(s.rowsChanged) as blocker:
        s.set_excluded(0, True)
    assert blocker.args == [[0]]
    assert s.counts == {"ok": 0, "warning": 0, "error": 1, "excluded": 1}
    s.set_excluded(0, False)
    assert s.counts["ok"] == 1


def test_mode_change_clears_batches_but_results_stay(qtbot):
    s = checked(loaded())
    s.set_results({"sent": 1})
    with qtbot.waitSignals([s.modeChanged, s.batchesChanged]):
        s.set_mode("upsert")
    assert s.batches is None
    assert s.results == {"sent": 1}
    with pytest.raises(ValueError):
        s.set_mode("delete")


def test_clear_forgets_everything(qtbot):
    s = checked(loaded())
    with qtbot.waitSignals([s.tableChanged, s.mappingChanged, s.checkedChanged]):
        s.clear()
    assert (s.path, s.table, s.mapping, s.checked, s.batches) == (None, None, None, None, None)


def test_fixing_a_cell_keeps_the_update_chosen_for_the_row_and_changing_ones_mind_keeps_the_fix(qtbot):
    from core.targets.payloads import UPDATE_ID

    s = checked(loaded("hubspot"))
    sheet_row = s.checked.rows[1].row
    s.duplicate_choices.decide_account(sheet_row, "update", "4242")
    assert s.checked.rows[1].values[UPDATE_ID] == "4242"
    s.edit_value(1, 2, "ben@example.org")  # the person fixes Ben's email in the Check step
    ben = s.checked.rows[1]
    assert ben.values["email"] == "ben@example.org" and ben.values[UPDATE_ID] == "4242"
    s.duplicate_choices.decide_account(sheet_row, "create")  # then changes their mind about the update
    ben = s.checked.rows[1]
    assert ben.values["email"] == "ben@example.org" and UPDATE_ID not in ben.values


def test_an_account_read_again_unchanged_keeps_the_checks_and_another_redoes_them(qtbot):
    """Entering the Map step with no account reads "none" again: nothing changed, so the checks (and
    the batches) stand; a different account's fields and options redo them."""
    from core.account.model import AccountConfig

    s = checked(loaded())
    s.set_account(None, "Using the built-in field list.")
    assert s.checked is not None and s.batches is not None
    account = AccountConfig("hubspot", "Practice", "http://127.0.0.1:1", "2026-12-01T10:00:00Z")
    s.set_account(account, "as of today")
    assert s.checked is None and s.batches is None
    s.set_checked(check_table(s.table, s.mapping))
    s.set_account(AccountConfig("hubspot", "Practice", "http://127.0.0.1:1", "2026-12-01T10:00:00Z"), "as of today")
    assert s.checked is not None
