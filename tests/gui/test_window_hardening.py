"""The window when the machine, not the file, goes wrong: a damaged journal at Send, the log file after a
failed send, the start-up offer to resume a run whose batch was on the wire, the CRM going away mid-run,
and Cancel during an hour-long rate-limit wait."""

from __future__ import annotations

import logging
import sys
from collections import Counter

import httpx
import pytest
from PySide6.QtWidgets import QDialog

from core.logs import log_path, setup_logging
from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from core.readers import read_table
from core.sandbox import FaultConfig, SandboxServer
from core.submit import journal_open
from core.submit.journal import Journal
from core.submit.runs import Destination, create_run
from gui.connections import practice
from gui.connections import saved as connections
from gui.connections.saved import SavedConnection
from gui.dialogs.resume_dialog import ResumeDialog
from gui.sending.controller import controller_for
from gui.shell.main_window import RESULTS
from tests.core.submit_support import new_run, plan
from tests.gui.sending import answer_yes, click, guests, isolated_home, to_send_step, wait_run_end  # noqa: F401

KEY = "tok-WINDOW-key-5e8a1f33c0d2"


@pytest.fixture(autouse=True)
def recheck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_open, "_checked", set())


def damage(path) -> None:  # type: ignore[no-untyped-def]
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size // 2)


def resume_then_every_row_once(qtbot, window, page, n: int) -> None:  # type: ignore[no-untyped-def]
    """Press Resume; the run finishes with one outcome per row and every guest once in the practice CRM."""
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.resume_button)
    wait_run_end(qtbot, window)
    assert window.session.results.state == "finished" and window.session.results.counts == {"accepted": n}
    practice.running().process_virtuous()
    contacts = practice.running().contacts()["virtuous"]
    assert sorted(c["email"] for c in contacts) == sorted(f"guest{i}@example.org" for i in range(n))
    assert all(c["sandbox"]["createCount"] == 1 for c in contacts)


def test_send_with_a_damaged_journal_holding_an_unfinished_run_says_so(qtbot, window, tmp_path, isolated_home):
    with Journal(isolated_home / "runs.sqlite3") as j:
        cut_off = new_run(j, "virtuous", 2000)
        j.set_state(cut_off, "running")
    damage(isolated_home / "runs.sqlite3")
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 6), "virtuous")
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.banner.isVisible() and not controller_for(window.session).is_running(),
                    timeout=20_000)  # an answer, not a hang
    text = page.banner.text()
    assert text.startswith("The run journal") and cut_off in text and "runs.damaged-" in text
    assert text.count("nothing was sent") == 1
    assert practice.running() is None or practice.running().contacts()["virtuous"] == []
    assert page.send_button.isEnabled() and not page.progress.isVisible()


def test_send_stays_refused_after_the_damaged_journal_was_set_aside(qtbot, window, tmp_path, isolated_home,
                                                                     monkeypatch):
    """The first Send sets the damaged file aside; a second Send (and the next start) still refuses, from the
    hold file, until the person deletes it; then the send goes through."""
    with Journal(isolated_home / "runs.sqlite3") as j:
        cut_off = new_run(j, "virtuous", 2000)
        j.set_state(cut_off, "running")
    damage(isolated_home / "runs.sqlite3")
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 6), "virtuous")
    controller = controller_for(window.session)
    hold = journal_open.hold_path(isolated_home / "runs.sqlite3")
    for attempt in range(2):
        monkeypatch.setattr(journal_open, "_checked", set())  # each open checks afresh, as a new start would
        page.banner.hide()
        click(qtbot, page.send_button)
        qtbot.waitUntil(lambda: page.banner.isVisible() and not controller.is_running(), timeout=20_000)
        text = page.banner.text()
        assert cut_off in text and "runs.damaged-" in text and str(hold) in text, attempt
        assert hold.is_file() and len(list(isolated_home.glob("runs.damaged-*.sqlite3"))) == 1
        with Journal(isolated_home / "runs.sqlite3") as j:
            assert j.quick_check() == "ok"  # not the damaged file refusing: it is gone from its place
    assert practice.running() is None or practice.running().contacts()["virtuous"] == []
    from PySide6.QtWidgets import QMessageBox, QPushButton

    release = page.banner.findChild(QPushButton, "releaseHold")
    assert release is not None and release.isVisible()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    click(qtbot, release)  # asked: not checked yet, so the hold stays
    assert hold.is_file()
    click(qtbot, release)  # asked again: checked in the CRM
    assert not hold.exists() and page.banner.text() == "Sending is allowed again."
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert window.session.results.state == "finished" and window.session.results.counts == {"accepted": 6}


def test_send_with_a_damaged_journal_goes_on_with_a_fresh_one(qtbot, window, tmp_path, isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "runs.sqlite3").write_bytes(b"overwritten by a backup tool " * 300)
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 6), "virtuous")
    notices: list[str] = []
    controller_for(window.session).notice.connect(notices.append)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert window.session.results.state == "finished"
    assert len(notices) == 1 and "fresh journal" in notices[0]
    assert len(list(isolated_home.glob("runs.damaged-*.sqlite3"))) == 1


def test_the_log_file_never_gets_the_key_after_a_failed_send(qtbot, window, tmp_path, monkeypatch, isolated_home):
    import core.logs

    answer_yes(monkeypatch)
    monkeypatch.setattr(core.logs, "_secrets", set())  # nothing told by an earlier test
    path = setup_logging()
    assert path is not None
    gone = SandboxServer(token=KEY).start()
    url = gone.base_url
    gone.stop()  # nothing answers there any more
    connections.save(SavedConnection("Gone", "virtuous", url), KEY)
    logging.getLogger("core.test").warning("just after saving: %s", KEY)  # the save alone told the log file
    for h in logging.getLogger().handlers:
        h.flush()
    assert "just after saving: ***" in path.read_text(encoding="utf-8")
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 4), "virtuous", practice_mode=False)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=30_000)
    wait_run_end(qtbot, window)
    assert page.banner.text().startswith("Could not reach Virtuous")
    logging.getLogger("core.test").warning("a server echoed: Authorization: Bearer %s", KEY)
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "could not connect" in text  # the failed send is in the log file itself
    assert "Authorization: Bearer ***" in text  # the window told the log file the key
    assert KEY not in text
    assert path == log_path()


@pytest.mark.parametrize("how", ["send", "resume"])
def test_the_log_file_is_told_a_key_the_window_only_found_in_the_keyring(qtbot, window, tmp_path, monkeypatch,
                                                                         isolated_home, how):
    """A later start: the key is in the keyring (nobody typed it this time), so only the run itself (started
    or resumed) can tell the log file. A CRM echoing the key in an error must still leave the file clean."""
    import core.logs
    from gui.shell.main_window import RESULTS

    answer_yes(monkeypatch)
    path = setup_logging()
    assert path is not None
    gone = SandboxServer(token=KEY).start()
    url = gone.base_url
    gone.stop()
    connections.save(SavedConnection("Gone", "virtuous", url), KEY)
    monkeypatch.setattr(core.logs, "_secrets", set())  # what this start knows: nothing yet
    if how == "send":
        page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 4), "virtuous", practice_mode=False)
        click(qtbot, page.send_button)
    else:
        with Journal() as j:
            checked, batches = plan("virtuous", 4, 10, (), "create")
            cut_off = create_run(j, checked, batches, Destination("virtuous", url, "Gone"), mode="create",
                                 batch_size=10)
            j.set_state(cut_off, "stopped", "the CRM went away")
        page = window.page(RESULTS)
        assert page.resume_run(cut_off)
    qtbot.waitUntil(lambda: not page.banner.isHidden(), timeout=30_000)
    wait_run_end(qtbot, window)
    assert page.banner.text().startswith("Could not reach Virtuous") and KEY not in page.banner.text()
    logging.getLogger("core.test").error("the CRM answered: bad request from Bearer %s", KEY)
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "bad request from Bearer ***" in text and KEY not in text


def test_start_up_offers_to_resume_a_run_whose_batch_was_on_the_wire(qtbot, tmp_path, monkeypatch, isolated_home):
    """Through ``open_window`` (what ``contact-importer gui`` does): the CRM already holds batch 1 (its answer
    was lost in a crash); resuming checks it there first and never creates those rows again."""
    from gui.shell.app import open_window

    server = practice.server()
    connections.save(SavedConnection("Our HubSpot", "hubspot", server.base_url), server.token)
    table = read_table(guests(tmp_path / "cut.csv", 6))
    checked = check_table(table, suggest_mapping(table.headers, "hubspot"))
    batches = make_batches(checked, batch_size=2)
    with Journal() as j:
        run_id = create_run(j, checked, batches, Destination("hubspot", server.base_url, "Our HubSpot"),
                            mode="create", batch_size=2)
        j.set_state(run_id, "running")
        j.mark_sending(run_id, 1)  # committed before the request left ...
    stored = httpx.post(f"{server.base_url}/crm/v3/objects/contacts/batch/create", content=batches[0].body,
                        headers={"Authorization": f"Bearer {server.token}", "Content-Type": "application/json"})
    assert stored.status_code in (200, 201)  # ... the CRM stored it; then the app was killed
    asked: list[str] = []

    def accept(dialog):  # type: ignore[no-untyped-def]
        asked.append(dialog.run.id)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResumeDialog, "exec", accept)
    window = open_window(["gui"])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: asked == [run_id], timeout=10_000)
    qtbot.waitUntil(lambda: window.session.results is not None and window.session.results.state == "finished",
                    timeout=30_000)
    wait_run_end(qtbot, window)
    assert window.current_step == RESULTS
    contacts = server.contacts()["hubspot"]
    assert sorted(c["properties"]["email"] for c in contacts) == [f"guest{i}@example.org" for i in range(6)]
    assert all(c["sandbox"]["writeCount"] == 1 for c in contacts)  # batch 1 was reconciled, not re-sent
    assert window.session.results.counts == {"created": 6}
    window.close()


class ReachableCrm:
    """The sandbox behind a forwarding proxy: ``go_away()`` closes the address (as a stopped CRM or a lost
    network would), ``come_back()`` opens it again on the same port, the CRM's contacts intact."""

    def __init__(self) -> None:
        import threading

        from tests.core.test_crash_points import KillingProxy

        self._threading, self._proxy_class = threading, KillingProxy
        self.server = SandboxServer(token=KEY, faults=FaultConfig(slow_seconds=0.1, p_slow=1.0)).start()
        self.proxy = self._open(0)
        self.url = self.proxy.url

    def _open(self, port: int):  # type: ignore[no-untyped-def]
        proxy = self._proxy_class(self.server.base_url, port)
        self._threading.Thread(target=proxy.serve_forever, daemon=True).start()
        return proxy

    def go_away(self) -> None:
        self.proxy.shutdown()
        self.proxy.server_close()

    def come_back(self) -> None:
        self.proxy = self._open(int(self.url.rsplit(":", 1)[1]))

    def close(self) -> None:
        self.go_away()
        self.server.stop()


def test_the_crm_going_away_mid_run_stops_cleanly_and_resume_finishes(qtbot, window, tmp_path, monkeypatch):
    answer_yes(monkeypatch)
    crm = ReachableCrm()
    try:
        connections.save(SavedConnection("Ours", "virtuous", crm.url), KEY)
        monkeypatch.setattr("gui.sending.worker.CLIENT_OPTIONS", {"backoff_base": 0.01})
        page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 20), "virtuous", practice_mode=False,
                            batch_size=2)
        click(qtbot, page.send_button)
        qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
        crm.go_away()  # mid-run
        wait_run_end(qtbot, window, timeout=60_000)
        outcome = window.session.results
        assert outcome.state == "stopped" and page.resume_button.isVisible() and page.banner.isVisible()
        assert controller_for(window.session).journal.get_run(outcome.run_id).resumable
        assert sum(outcome.counts.values()) == 20

        crm.come_back()
        with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
            click(qtbot, page.resume_button)
        wait_run_end(qtbot, window, timeout=60_000)
        assert window.session.results.state == "finished"
        assert window.session.results.counts == {"accepted": 20}  # exactly one outcome per row
        crm.server.process_virtuous()
        contacts = crm.server.contacts()["virtuous"]
        assert sorted(c["email"] for c in contacts) == sorted(f"guest{i}@example.org" for i in range(20))
        assert all(c["sandbox"]["createCount"] == 1 for c in contacts)  # every row exactly once
    finally:
        crm.close()


def test_cancel_during_an_hour_long_rate_limit_wait(qtbot, window, tmp_path, monkeypatch):
    """Virtuous's hourly budget runs out after two batches; Cancel must end the wait at once (a wait
    that ignored it would hang for an hour, and fail this test, however fast or slow the machine)."""
    from tests.core.sandbox_support import FakeClock

    asked = answer_yes(monkeypatch)
    clock = FakeClock()
    practice.configure(virtuous_hourly_limit=2, clock=clock)
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 8), "virtuous", batch_size=2)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.progress.wait_text() != "", timeout=20_000)
    assert page.progress.wait_text().startswith("Waiting for the rate limit (")
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.progress.cancel_button)
    wait_run_end(qtbot, window)
    assert asked == ["Cancel sending?"]
    outcome = window.session.results
    assert outcome.state == "cancelled" and outcome.counts == {"accepted": 4, "not_sent": 4}
    assert Counter(i.status for i in page.model.items()) == {"accepted": 4}
    assert page.resume_button.isVisible()

    clock.advance(3600)  # the hour has passed (the sandbox's clock): Resume sends the rest, each row once
    resume_then_every_row_once(qtbot, window, page, 8)


def test_resume_sends_the_cells_fixed_in_the_window(qtbot, window, tmp_path, monkeypatch):
    """A cell fixed at Check is in the recorded batches, so a cancelled run resumed later sends the fix too."""
    from gui.shell.main_window import PREVIEW, SEND
    from tests.gui.conftest import check, load
    from tests.gui.sending import HEADERS

    asked = answer_yes(monkeypatch)
    practice.configure(faults=FaultConfig(slow_seconds=0.1, p_slow=1.0))
    session = window.session
    session.set_target("virtuous")
    session.set_practice(True)
    load(qtbot, window, guests(tmp_path / "guests.csv", 12))
    check(qtbot, window)
    session.edit_value(11, HEADERS.index("First Name"), "Fixed")  # the last row (the last batch), at Check
    session.batch_size = 2
    with qtbot.waitSignal(session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not window.page(PREVIEW).is_busy())
    assert window.go_to(SEND)
    page = window.page(SEND)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    with qtbot.waitSignal(session.resultsChanged, timeout=30_000):
        click(qtbot, page.progress.cancel_button)
    wait_run_end(qtbot, window)
    assert asked[-1] == "Cancel sending?" and session.results.state == "cancelled"
    practice.running().process_virtuous()
    stored = {c["email"]: c["firstName"] for c in practice.running().contacts()["virtuous"]}
    assert "guest11@example.org" not in stored  # the fixed row had not gone yet
    with qtbot.waitSignal(session.resultsChanged, timeout=30_000):
        click(qtbot, page.resume_button)
    wait_run_end(qtbot, window)
    assert session.results.state == "finished"
    practice.running().process_virtuous()
    stored = {c["email"]: c["firstName"] for c in practice.running().contacts()["virtuous"]}
    assert stored["guest11@example.org"] == "Fixed" and len(stored) == 12


@pytest.mark.parametrize("typed", ["t", "abc123", "x" * 11, "two words-1234567"])
def test_the_connections_dialog_refuses_a_key_too_short_to_be_real(qtbot, typed):
    """Blanking a one-letter key out of messages would turn every "t" into ***: such a key is refused."""
    from gui.dialogs.connections_dialog import ConnectionsDialog
    from tests.gui.test_connections_dialog import fill

    d = ConnectionsDialog(None, target="hubspot")
    qtbot.addWidget(d)
    d.show()
    fill(qtbot, d, "Ours", typed, url="http://127.0.0.1:1:4455")
    assert d.save() is False
    assert "address" in d.status_text()  # the bad port first, in words
    d.url_edit.clear()
    qtbot.keyClicks(d.url_edit, "https://api.hubapi.com")
    assert d.save() is False
    assert d.status_text().startswith("This does not look like a whole API key")
    assert connections.find("Ours") is None  # nothing saved
    d.test()
    assert not d.is_testing() and d.status_text().startswith("This does not look like a whole API key")
    d.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open handles are listed from /proc")
def test_the_window_only_reads_the_spreadsheet(qtbot, window, tmp_path, monkeypatch):
    """Open, check, preview and send from the window: the workbook's bytes and timestamp never
    change, and between steps the app holds no handle on it (Excel can save it meanwhile)."""
    import csv as csv_module
    import os

    from openpyxl import Workbook

    from tests.core.test_source_untouched import fingerprint, open_handles

    answer_yes(monkeypatch)
    with open(guests(tmp_path / "guests.csv", 6), newline="", encoding="utf-8") as fh:
        rows = list(csv_module.reader(fh))
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "guests.xlsx"
    book.save(path)
    past = 1_600_000_000_000_000_000
    os.utime(path, ns=(past, past))
    before = fingerprint(path)
    page = to_send_step(qtbot, window, path, "virtuous")
    assert open_handles(path) == []  # read, then let go, before a person looks at the preview
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert window.session.results.state == "finished"
    assert open_handles(path) == [] and fingerprint(path) == before


@pytest.mark.parametrize("trouble", ["full", "read-only"])
def test_a_full_disk_while_sending_stops_cleanly_and_resume_finishes(qtbot, window, tmp_path, monkeypatch,
                                                                      isolated_home, trouble):
    """The journal's fourth commit meets a full disk or a folder gone read-only (SQLite's own errors): the
    window says what to free or fix, offers Resume, and resuming sends every row exactly once."""
    import gui.sending.controller as controller_module
    from tests.core.test_journal_full import FULL, READ_ONLY, FailingWriter

    real_open = controller_module.open_journal
    failing: list[FailingWriter] = []

    def open_on_a_full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        journal = real_open(*args, **kwargs)
        failing.append(FailingWriter(journal._db, 4, FULL if trouble == "full" else READ_ONLY))
        journal._db = failing[-1]
        return journal

    monkeypatch.setattr(controller_module, "open_journal", open_on_a_full_disk)
    answer_yes(monkeypatch)
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 8), "virtuous", batch_size=2)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    outcome = window.session.results
    assert len(failing) == 1 and failing[0].commits >= 4  # the full disk was really met, mid-run
    assert outcome.state == "stopped"
    said = {"full": f"the disk holding the app's run journal ({isolated_home}) is full. Free some space there",
            "read-only": f"the app's data folder ({isolated_home}) can no longer be written (read-only or no "
                         "permission). Make it writable"}[trouble]
    assert page.banner.text().startswith(f"Sending stopped because {said}, then press Resume.")
    assert page.resume_button.isVisible()
    assert controller_for(window.session).journal.get_run(outcome.run_id).resumable

    resume_then_every_row_once(qtbot, window, page, 8)


def test_a_saved_address_that_cannot_be_an_address_is_one_sentence_at_send(qtbot, window, tmp_path, monkeypatch,
                                                                           caplog):
    """A settings file edited by hand (the dialog refuses such an address): Send says so in words, never a
    traceback or a hang, and nothing is recorded as sent."""
    answer_yes(monkeypatch)
    connections.save(SavedConnection("Typo", "virtuous", "http://127.0.0.1:1:4455"), KEY)
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 4), "virtuous", practice_mode=False)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.banner.isVisible() and not controller_for(window.session).is_running(),
                    timeout=20_000)
    assert page.banner.text() == ("The address saved for “Typo” (http://127.0.0.1:1:4455) is not a web address the "
                                  "app can use. Correct it under Connections (it looks like https://api.example.com), "
                                  "then send again.")
    assert controller_for(window.session).journal.list_runs() == []  # nothing recorded, nothing to resume
    assert "Traceback" not in caplog.text
