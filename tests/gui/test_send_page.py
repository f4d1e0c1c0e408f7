"""The Send step, driven as a person would: pick practice or a saved connection, press Send, watch the
rows come in, cancel and resume, and see the practice CRM hold every contact exactly once."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QMessageBox

from core.sandbox import FaultConfig
from core.submit.journal import Journal
from core.submit.run_view import RunOutcome
from gui.connections import practice
from gui.connections import saved as connections
from gui.connections.saved import SavedConnection
from gui.pages.send_page import PRACTICE
from gui.sending.closing import confirm_close
from gui.sending.controller import controller_for
from gui.shell.main_window import RESULTS
from tests.gui.sending import (
    TOKEN,
    answer_yes,
    click,
    guests,
    isolated_home,  # noqa: F401 - an autouse fixture: practice CRM and journal per test
    sent_emails,
    to_send_step,
    wait_run_end,
)

N, BAD = 12, (3, 7)


def journal_runs(window):
    return controller_for(window.session).journal.list_runs()


def test_practice_send_virtuous_every_row_once(qtbot, window, tmp_path):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", N, BAD), "virtuous", batch_size=4)
    assert page.chosen() == PRACTICE
    assert page.summary.text() == \
        "10 contacts ready to send in 3 batches. 2 rows will not be sent (errors or left out)."
    assert page.send_button.text() == "Send 10 contacts to practice Virtuous"
    assert not page.mode_box.isVisible()
    assert not window.step_bar.button(RESULTS).isEnabled()

    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)

    outcome = window.session.results
    assert isinstance(outcome, RunOutcome) and outcome.state == "finished" and outcome.practice
    assert outcome.counts == {"accepted": 10, "skipped": 2}
    assert page.banner.isVisible()
    assert page.banner.text().startswith("Done. 12 rows: 10 accepted for review, 2 skipped")
    assert not page.progress.isVisible()
    # The rows streamed into the table: every sent row once, with its result.
    assert page.model.rowCount() == 10
    assert Counter(i.status for i in page.model.items()) == {"accepted": 10}
    assert page.model.item_for_row(2).who == "Ann0 Lee0 (guest0@example.org)"
    # The practice CRM holds each contact exactly once.
    assert sent_emails("virtuous") == sorted(f"guest{i}@example.org" for i in range(N) if i not in BAD)
    assert all(c["sandbox"]["writeCount"] == 1 for c in practice.running().contacts()["virtuous"])
    # Sending the same batches again to the same place is not offered; the next step is.
    assert not page.send_button.isEnabled()
    assert page.send_hint.text().startswith("Sent.")
    assert window.step_bar.button(RESULTS).isEnabled()
    runs = journal_runs(window)
    assert len(runs) == 1 and runs[0].sandbox and runs[0].state == "finished"


def test_practice_send_hubspot_upsert_mode(qtbot, window, tmp_path):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", N, BAD), "hubspot")
    assert page.mode_box.isVisible() and page.mode_create.isChecked()
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    # Creating, the two guests whose email cannot be read go without it (their names say who they are).
    assert window.session.results.counts == {"created": 12}
    items = page.model.items()
    assert all(i.status == "created" and i.crm_id for i in items)
    server = practice.running()
    assert server is not None
    emails = sorted(c["properties"].get("email") or "" for c in server.contacts()["hubspot"])
    assert emails == ["", ""] + sorted(f"guest{i}@example.org" for i in range(N) if i not in BAD)
    assert journal_runs(window)[0].mode == "create"


def test_cancel_mid_run_then_resume(qtbot, window, tmp_path, monkeypatch):
    asked = answer_yes(monkeypatch)
    practice.configure(faults=FaultConfig(slow_seconds=0.2, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 20), "virtuous", batch_size=2)
    controller = controller_for(window.session)
    click(qtbot, page.send_button)
    assert page.progress.isVisible() and not page.destination.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)  # the first batch is in
    assert "of 20 contacts sent" in page.progress.label.text()
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.progress.cancel_button)
        assert asked == ["Cancel sending?"]
        assert page.progress.label.text().startswith("Stopping")
    wait_run_end(qtbot, window)

    outcome = window.session.results
    assert outcome.state == "cancelled"
    not_sent = outcome.counts["not_sent"]
    assert 0 < not_sent < 20
    assert page.banner.text() == (f"Cancelled: {20 - not_sent} sent, {not_sent} not sent yet. Nothing is lost; "
                                  "press Resume to send the rest.")
    assert page.resume_button.isVisible() and not page.send_button.isVisible()
    assert len(sent_emails("virtuous")) == 20 - not_sent  # nothing after the cancel was sent
    run = controller.journal.get_run(outcome.run_id)
    assert run.resumable

    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.resume_button)
    wait_run_end(qtbot, window)
    assert window.session.results.state == "finished"
    assert window.session.results.counts == {"accepted": 20}
    assert page.model.rowCount() == 20 and Counter(i.status for i in page.model.items()) == {"accepted": 20}
    assert sent_emails("virtuous") == sorted(f"guest{i}@example.org" for i in range(20))  # each exactly once
    assert all(c["sandbox"]["createCount"] == 1 for c in practice.running().contacts()["virtuous"])
    assert len(journal_runs(window)) == 1  # resumed, not a new run


def test_rate_limit_wait_counts_down(qtbot, window, tmp_path):
    practice.configure(faults=FaultConfig(rate=1.0))  # one request a second: the client waits between batches
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 6), "virtuous", batch_size=1)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.progress.wait_text() != "", timeout=20_000)
    assert page.progress.wait_text().startswith("Waiting for the rate limit (")
    controller_for(window.session).stop_and_wait(20_000)


def test_daily_limit_stops_the_run_in_plain_words(qtbot, window, tmp_path):
    practice.configure(hubspot_daily_limit=2)
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 8), "hubspot", batch_size=2)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    outcome = window.session.results
    assert outcome.state == "stopped" and outcome.stopped_by == "DailyLimitReached"
    assert page.banner.text().startswith("The practice CRM will take no more requests today")
    assert "Contacts already sent will not be sent twice." in page.banner.text()
    assert page.resume_button.isVisible()
    assert len(sent_emails("hubspot")) == outcome.counts.get("created", 0) == 4


def test_saved_connection_asks_first_then_sends(qtbot, window, tmp_path, monkeypatch, caplog):
    asked = answer_yes(monkeypatch)
    import logging

    caplog.set_level(logging.DEBUG)
    server = practice.server()
    connections.save(SavedConnection("Our Virtuous", "virtuous", server.base_url), server.token)
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 5), "virtuous", practice_mode=False)
    assert page.chosen() == "Our Virtuous"
    assert page.send_button.text() == "Send 5 contacts to Virtuous"
    assert page.where_note.text() == f"The contacts go to Virtuous at {server.base_url}."
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert asked == ["Send to Virtuous?"]
    assert window.session.results.counts == {"accepted": 5}
    run = journal_runs(window)[0]
    assert run.connection_name == "Our Virtuous" and not run.sandbox
    # The key is in no log line and nowhere in the journal's files.
    assert server.token not in caplog.text
    journal_dir = controller_for(window.session).journal.path.parent
    for f in journal_dir.rglob("*"):
        if f.is_file():
            assert server.token.encode() not in f.read_bytes(), f


def test_refused_key_is_said_plainly_and_nothing_is_recorded(qtbot, window, tmp_path, monkeypatch):
    asked = answer_yes(monkeypatch)
    server = practice.server()
    connections.save(SavedConnection("Wrong key", "hubspot", server.base_url), "not-the-right-token-123")
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 5), "hubspot", practice_mode=False)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=20_000)
    wait_run_end(qtbot, window)
    assert asked == ["Send to HubSpot?"]
    assert page.banner.text().startswith("HubSpot refused this API key.")
    assert "not-the-right-token-123" not in page.banner.text()
    assert journal_runs(window) == []
    assert sent_emails("hubspot") == []
    assert page.send_button.isEnabled()  # fix the key and try again


def test_switching_destination_follows_the_session(qtbot, window, tmp_path):
    connections.save(SavedConnection("Main", "virtuous", "https://api.virtuoussoftware.com"), TOKEN)
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 3), "virtuous")
    assert [page.destination.itemData(i) for i in range(page.destination.count())] == [PRACTICE, "Main"]
    page.choose("Main")
    assert window.session.practice is False and not window.practice_banner.isVisible()
    window.session.set_practice(True)
    assert page.chosen() == PRACTICE
    assert page.destination.accessibleName() and page.send_button.accessibleName()


def test_closing_during_a_run_asks_then_stops_cleanly(qtbot, window, tmp_path, monkeypatch):
    practice.configure(faults=FaultConfig(slow_seconds=0.2, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 20), "virtuous", batch_size=2)
    controller = controller_for(window.session)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    assert page.is_running()
    assert confirm_close(window, window.session) is False  # "No": keep sending
    assert page.is_running()
    assert confirm_close(window, window.session) is True  # "Yes": cancel and wait for the thread
    assert not page.is_running() and not controller.is_running()
    run = controller.journal.list_runs()[0]
    assert run.state == "cancelled" and run.counts.get("not_sent", 0) > 0
    with Journal(controller.journal.path) as j:  # what a later start would find: resumable, nothing lost
        assert j.get_run(run.id).resumable


def test_mode_on_the_send_step_is_the_session_mode(qtbot, window, tmp_path):
    from PySide6.QtCore import QPoint, Qt

    from gui.shell.main_window import SEND

    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 4), "hubspot")
    # Upserting changes the request bodies, so the batches are prepared again, here on the Send step.
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        qtbot.mouseClick(page.mode_upsert, Qt.MouseButton.LeftButton, pos=QPoint(20, page.mode_upsert.height() // 2))
    assert window.session.mode == "upsert"
    assert window.current_step == SEND
    qtbot.waitUntil(lambda: not page.is_busy())
    assert window.go_to(SEND) and page.mode_upsert.isChecked()
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert journal_runs(window)[0].mode == "upsert"
    assert window.session.results.counts == {"created": 4}  # none was there yet: upsert creates them
    assert sent_emails("hubspot") == sorted(f"guest{i}@example.org" for i in range(4))


def test_switching_to_upsert_on_the_send_step_rebuilds_the_batches_there(qtbot, window, tmp_path, monkeypatch,
                                                                          request):
    import threading

    from PySide6.QtCore import QPoint, Qt

    from core.targets.payloads import OP_HS_CREATE, OP_HS_UPSERT
    from gui.session import batch_builder
    from gui.shell.main_window import PREVIEW, SEND

    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 6, (2,)), "hubspot")
    created = window.session.batches
    assert [b.operation for b in created] == [OP_HS_CREATE] and page.send_button.isEnabled()

    # Hold the rebuild until the test has looked at the page while it runs (the same job function).
    gate, build = threading.Event(), batch_builder.batches_job
    request.addfinalizer(gate.set)
    monkeypatch.setattr(batch_builder, "batches_job", lambda *a, **k: gate.wait(20) and build(*a, **k))
    qtbot.mouseClick(page.mode_upsert, Qt.MouseButton.LeftButton, pos=QPoint(20, page.mode_upsert.height() // 2))
    qtbot.waitUntil(lambda: window.session.batches is None and page.is_busy(), timeout=5_000)
    # The batches are being prepared again: still on Send, which cannot be pressed until they are ready.
    assert window.session.mode == "upsert" and window.session.batches is None
    assert window.current_step == SEND and page.isVisible()
    assert page.is_busy() and not page.send_button.isEnabled()
    assert page.send_hint.text() == "Wait for the batches to be prepared."
    assert page.build_progress.isVisible()
    assert window.step_bar.button(SEND).isEnabled() and window.step_bar.button(SEND).isChecked()

    gate.set()
    qtbot.waitUntil(lambda: window.session.batches is not None and not page.is_busy(), timeout=20_000)
    assert window.current_step == SEND
    assert page.send_button.isEnabled() and page.send_button.text() == "Send 5 contacts to practice HubSpot"
    assert not page.build_progress.isVisible() and page.send_hint.text() == ""
    assert window.session.batches is not created
    assert [b.operation for b in window.session.batches] == [OP_HS_UPSERT]
    assert sum(len(b.items) for b in window.session.batches) == 5
    # The Preview step shows the same new batches, without building them a second time.
    assert window.go_to(PREVIEW) and not window.page(PREVIEW).is_busy()
    assert window.page(PREVIEW).model.index(0, 1).data() == "Create or update"


def test_changing_the_mode_back_while_preparing_ends_with_the_last_choice(qtbot, window, tmp_path, monkeypatch,
                                                                          request):
    import threading

    from core.targets.payloads import OP_HS_CREATE
    from gui.session import batch_builder
    from gui.shell.main_window import SEND

    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 4), "hubspot")
    gate, build = threading.Event(), batch_builder.batches_job
    request.addfinalizer(gate.set)
    monkeypatch.setattr(batch_builder, "batches_job", lambda *a, **k: gate.wait(20) and build(*a, **k))
    page.mode_upsert.setChecked(True)
    first = page.builder._job
    page.mode_create.setChecked(True)
    assert page.builder._job is not first and first.is_cancelled  # the upsert build is dropped, not waited for
    assert window.current_step == SEND and not page.send_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: window.session.batches is not None and not page.is_busy(), timeout=20_000)
    assert window.session.mode == "create" and window.current_step == SEND and page.send_button.isEnabled()
    assert [b.operation for b in window.session.batches] == [OP_HS_CREATE]


def test_a_connection_added_from_the_send_step_is_offered_and_chosen(qtbot, window, tmp_path, monkeypatch):
    from gui.dialogs.connections_dialog import ConnectionsDialog

    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 3), "hubspot")

    def add(dialog):
        assert dialog.target() == "hubspot"
        dialog.name_edit.setText("New HubSpot")
        dialog.token_edit.setText(TOKEN)
        assert dialog.save()
        return 0

    monkeypatch.setattr(ConnectionsDialog, "exec", add)
    click(qtbot, page.connections_button)
    assert page.chosen() == "New HubSpot" and window.session.practice is False
    assert page.send_button.text() == "Send 3 contacts to HubSpot"
    connections.remove("New HubSpot")  # from anywhere: the list follows
    assert page.destination.findData("New HubSpot") == -1


def test_closing_the_real_window_during_a_send(qtbot, window, tmp_path, monkeypatch):
    """``MainWindow.closeEvent`` itself: asks during a send; No keeps sending, Yes cancels, waits, closes."""
    practice.configure(faults=FaultConfig(slow_seconds=0.2, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 20), "virtuous", batch_size=2)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    assert not window.close() and window.isVisible() and page.is_running()  # "No": still sending
    assert window.close() and not window.isVisible()  # "Yes": stopped, then closed
    assert not page.is_running() and not window.runner.busy
    assert controller_for(window.session).journal.list_runs()[0].state == "cancelled"
