"""The Preview step: the sentence, the batch list and the exact bytes that will be sent."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from core.targets.payloads import OP_HS_CREATE, OP_HS_UPSERT
from gui.shell.main_window import CHECK, PREVIEW, SEND
from tests.gui.conftest import check, load
from tests.gui.files import guests_csv


def preview(qtbot, window, tmp_path, target="hubspot", practice=True):
    window.session.set_target(target)
    window.session.set_practice(practice)
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    check(qtbot, window)
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000,
                          check_params_cb=lambda b: b is not None):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step == PREVIEW
    page = window.page(PREVIEW)
    qtbot.waitUntil(lambda: not page.is_busy() and page.copy_button.isEnabled())
    return page


def test_sentence_batches_and_exact_json(qtbot, window, tmp_path):
    page = preview(qtbot, window, tmp_path)
    # Ben's email cannot be read: creating, he goes without it (his name says who he is); Cy repeats Ana's email.
    assert page.summary.text() == ("3 contacts will be sent to the practice HubSpot on this computer in 1 batch; "
                                   "1 row with errors will be skipped; 1 row goes without a value that could not "
                                   "be read (the Check step lists it).")
    batches = window.session.batches
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Create"
    assert page.json.toPlainText() == batches[0].body.decode()
    body = json.loads(page.json.toPlainText())
    assert [i["properties"].get("email") for i in body["inputs"]] == ["ana@example.org", None, "dee@example.org"]
    assert body["inputs"][1]["properties"]["firstname"] == "Ben"
    assert page.json_title.text().startswith("Batch 1 of 1: 3 contacts, ")
    assert page.json.isReadOnly()
    assert page.mode_box.isVisible()
    assert window.step_bar.button(SEND).isEnabled()


def test_copy_puts_the_exact_body_on_the_clipboard(qtbot, window, tmp_path):
    page = preview(qtbot, window, tmp_path)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == window.session.batches[0].body.decode()


def test_switching_to_upsert_rebuilds_the_batches(qtbot, window, tmp_path):
    page = preview(qtbot, window, tmp_path, practice=False)
    assert window.session.batches[0].operation == OP_HS_CREATE
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        # Click on the label's start: a radio button only reacts on its indicator and text.
        qtbot.mouseClick(page.mode_upsert, Qt.MouseButton.LeftButton, pos=QPoint(20, page.mode_upsert.height() // 2))
    qtbot.waitUntil(lambda: not page.is_busy() and page.copy_button.isEnabled())
    assert window.session.mode == "upsert"
    assert window.session.batches[0].operation == OP_HS_UPSERT
    assert page.model.index(0, 1).data() == "Create or update"
    assert json.loads(page.json.toPlainText())["inputs"][0]["id"] == "ana@example.org"
    assert page.summary.text() == ("2 contacts will be sent to HubSpot in 1 batch; 2 rows with errors will be "
                                   "skipped; contacts whose email is already in HubSpot will be updated.")


def test_rows_left_out_are_counted_and_not_sent(qtbot, window, tmp_path):
    page = preview(qtbot, window, tmp_path, target="virtuous")
    assert not page.mode_box.isVisible()
    assert page.model.index(0, 1).data() == "Add or update"
    window.go_to(CHECK)
    window.session.set_excluded(0, True)
    assert not window.step_bar.button(SEND).isEnabled()  # the batches are out of date
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not page.is_busy() and page.copy_button.isEnabled())
    # Cy's "maybe" under Attended costs Virtuous that field, not Cy (issue 26): only Ben's bad email stops a row.
    assert page.summary.text() == ("2 contacts will be sent to the practice Virtuous on this computer in 1 batch; "
                                   "1 row with errors will be skipped; 1 row you left out will not be sent; "
                                   "1 row goes without a value that could not be read (the Check step lists it).")
    contacts = json.loads(page.json.toPlainText())["contacts"]
    assert [c["email"] for c in contacts] == ["ana@example.org", "dee@example.org"]
    assert "attended" not in contacts[0]
