"""What a first real session found (issue 28): the window must never tell a person something untrue.

Each test walks the real window against the practice CRM and asserts what the person reads: which run the
Results step shows, whether a send goes on while the window asks about it, how a cancelled run is counted
in each place, what Undo and Resume promise for a practice run, and that no sentence outlives its truth.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox

from core.sandbox.faults import FaultConfig
from core.targets.client_base import LOST, RATE, WaitReason, wait_kind
from gui.connections import practice
from gui.models.runs_model import COL_STATE, RunsModel
from gui.pages.results_export import export_folder
from gui.sending.controller import controller_for
from gui.sending.run_words import duration, waiting_line
from gui.shell.main_window import OPEN, RESULTS, SEND
from tests.gui.conftest import load
from tests.gui.sending import answer_yes, click, guests, isolated_home, sent_emails, to_send_step, wait_run_end  # noqa: F401


def _send_and_finish(qtbot, window, page) -> None:
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)


def test_a_new_file_never_shows_the_last_files_run(qtbot, window, tmp_path):
    page = to_send_step(qtbot, window, guests(tmp_path / "first.csv", 3), "virtuous")
    _send_and_finish(qtbot, window, page)
    results = window.show_results_step()
    qtbot.waitUntil(lambda: not results.is_loading())
    results.export_to(tmp_path / "first-results.xlsx")
    qtbot.waitUntil(lambda: results.banner.isVisible() and "first-results" in results.banner.text())
    assert "first.csv" in results.run_line.text()

    load(qtbot, window, guests(tmp_path / "second.csv", 4))
    assert window.session.results is None
    assert not window.step_ready(RESULTS) and not window.step_bar.button(RESULTS).isEnabled()
    assert results.model.rowCount() == 0 and not results.run_line.text() and not results.banner.isVisible()

    # The second file's own run: the Results step shows it, and no banner names the first file's export.
    page = to_send_step(qtbot, window, tmp_path / "second.csv", "hubspot")
    _send_and_finish(qtbot, window, page)
    results = window.show_results_step()
    qtbot.waitUntil(lambda: not results.is_loading() and results.model.rowCount() == 4)
    assert "second.csv" in results.run_line.text()
    assert "first-results" not in results.banner.text() or not results.banner.isVisible()


def test_closing_during_a_send_pauses_it_while_asking(qtbot, window, tmp_path, monkeypatch):
    practice.configure(faults=FaultConfig(slow_seconds=0.1, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 60), "virtuous", batch_size=2)
    controller = controller_for(window.session)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    seen: dict[str, int] = {}

    def question(*_args, **_kwargs):  # the person reads the question for a while, then says No
        assert controller.paused
        seen["asked"] = page.model.rowCount()
        # The next batch reaches the gate and waits there; what arrives meanwhile is only the batches
        # already on their way.
        qtbot.waitUntil(lambda: controller.held_batches > 0, timeout=20_000)
        seen["answered"] = page.model.rowCount()
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert not window.close() and page.is_running()
    assert not controller.paused  # "No": sending goes on
    assert seen["answered"] - seen["asked"] <= 2 * 4, seen  # at most the batches in flight (2 rows each)
    wait_run_end(qtbot, window)
    assert controller.journal.list_runs()[0].state == "finished"


def test_a_cancelled_run_is_counted_the_same_everywhere(qtbot, window, tmp_path, monkeypatch):
    practice.configure(faults=FaultConfig(slow_seconds=0.2, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 30), "virtuous", batch_size=2)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    answer_yes(monkeypatch)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        assert page.ask_cancel()
    wait_run_end(qtbot, window)
    run = controller_for(window.session).journal.list_runs()[0]
    sent, left = 30 - run.counts["not_sent"], run.counts["not_sent"]
    assert run.state == "cancelled" and left > 0
    said = f"Cancelled: {sent} sent, {left} not sent yet"
    assert page.banner.text().startswith(said)
    results = window.show_results_step()
    qtbot.waitUntil(lambda: not results.is_loading() and results.banner.isVisible())
    assert results.banner.text().startswith(said) and "press Resume" in results.banner.text()
    assert results.resume_button is not None and results.resume_button.isEnabled()  # same session: it can go on
    history = RunsModel()
    history.set_runs([run])
    assert history.data(history.index(0, COL_STATE)) == said
    # The practice run goes on in the same session, as the dialogs promised: the rest is sent, once each.
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, results.resume_button)
    wait_run_end(qtbot, window)
    assert controller_for(window.session).journal.get_run(run.id).state == "finished"
    assert sent_emails("virtuous") == sorted(f"guest{i}@example.org" for i in range(30))


def test_a_practice_run_promises_no_resume_once_its_crm_is_gone(qtbot, window, tmp_path, monkeypatch):
    practice.configure(faults=FaultConfig(slow_seconds=0.2, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 20), "hubspot", batch_size=2)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert not window.close()
    assert "Resume" not in asked[0] and "cannot be resumed" in asked[0]
    answer_yes(monkeypatch)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        page.ask_cancel()
    wait_run_end(qtbot, window)
    practice.stop()  # as after the app closed and opened again: the practice CRM is gone
    results = window.show_results_step()
    results.show_run(window.session.results.run_id)
    qtbot.waitUntil(lambda: not results.is_loading() and results.banner.isVisible())
    assert "cannot be resumed" in results.banner.text() and results.resume_button is None

    # Undo on that practice run: practice words, one true sentence, no question about HubSpot's 90 days.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or
                                                              QMessageBox.StandardButton.No))
    asked.clear()
    click(qtbot, results.after_run.undo_button)
    assert asked == []
    assert "practice CRM it went to closed" in results.after_run.note.text()


def test_undo_of_a_practice_run_speaks_of_practice(qtbot, window, tmp_path, monkeypatch):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 3), "hubspot")
    _send_and_finish(qtbot, window, page)
    results = window.show_results_step()
    qtbot.waitUntil(lambda: not results.is_loading() and results.after_run.undo_button.isVisible())
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or
                                                              QMessageBox.StandardButton.No))
    click(qtbot, results.after_run.undo_button)
    assert len(asked) == 1 and "practice HubSpot" in asked[0] and "90 days" not in asked[0]


def test_nothing_stale_after_a_send(qtbot, window, tmp_path):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 5, bad=(1,)), "virtuous")
    assert "4 contacts ready to send" in page.summary.text()
    _send_and_finish(qtbot, window, page)
    window.go_to(SEND)
    assert "ready to send" not in page.summary.text() and not page.summary.isVisible()
    assert page.banner.text().startswith("Done.")
    # News of a wait that comes after the end is not shown (it would stay frozen), and a wait never says 0 s.
    page.progress._waiting(5.0, "rate limit", 0.0, RATE)
    assert page.progress.wait_text() == ""
    assert waiting_line(wait_kind(WaitReason("HubSpot rate limit (HTTP 429)", RATE)), 0.3) == \
        "Waiting for the rate limit (1 s)"
    lost = WaitReason("HubSpot: the answer was lost; checking which contacts were created", LOST)
    assert waiting_line(wait_kind(lost), 2).startswith("The answer was lost; checking what arrived")
    # the words decide nothing: a retry that mentions a rate is still a retry
    assert waiting_line(wait_kind("HubSpot: rate 500; retry 1 of 3"), 2).startswith("The CRM did not answer")
    assert duration(0.3) == "0 s" and duration(0.3, up=True) == "1 s"


def test_rows_left_out_are_not_said_to_fail_the_checks(qtbot, window, tmp_path):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 6, bad=(1,)), "virtuous")
    s = window.session
    s.set_excluded(3, True)
    s.set_excluded(4, True)
    qtbot.waitUntil(lambda: s.batches is not None and not page.is_busy(), timeout=20_000)
    window.go_to(SEND)
    _send_and_finish(qtbot, window, page)
    said = ("6 rows: 3 accepted for review, 1 skipped because it did not pass the checks, 2 left out (your choice "
            "or a duplicate).")
    assert said in page.banner.text()
    results = window.show_results_step()
    qtbot.waitUntil(lambda: not results.is_loading() and results.model.rowCount() == 6)
    assert results.summary.text() == said


def test_results_of_the_sample_are_offered_in_documents(tmp_path):
    from gui.basics.resources import sample_path

    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    folder = export_folder(sample_path())
    assert folder != sample_path().parent
    if documents.is_dir():
        assert folder == documents
    mine = tmp_path / "guests.csv"
    mine.write_text("x")
    assert export_folder(mine) == tmp_path


def test_a_run_that_ends_after_another_file_was_opened_is_not_that_files_result(qtbot, window, tmp_path):
    practice.configure(faults=FaultConfig(slow_seconds=0.2, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "first.csv", 10), "virtuous", batch_size=2)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    load(qtbot, window, guests(tmp_path / "second.csv", 3))  # the person opens the next file meanwhile
    wait_run_end(qtbot, window)
    assert window.session.path == tmp_path / "second.csv"
    assert window.session.results is None and not window.step_ready(RESULTS)
    run = controller_for(window.session).journal.list_runs()[0]
    assert run.state == "finished" and run.file_path.endswith("first.csv")  # on record, in Run history


def test_switching_the_crm_or_the_destination_forgets_the_last_run(qtbot, window, tmp_path):
    """The same file sent to Virtuous, then switched to HubSpot on the Open step (as a person clicks it):
    Results is no longer offered, and a run started before a switch does not come back as its results."""
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 3), "virtuous")
    _send_and_finish(qtbot, window, page)
    assert window.step_ready(RESULTS) and window.step_bar.button(RESULTS).isEnabled()

    window.go_to(OPEN)
    qtbot.mouseClick(window.page(OPEN).radio["hubspot"], Qt.MouseButton.LeftButton)
    assert window.session.target == "hubspot"
    assert window.session.results is None
    assert not window.step_ready(RESULTS) and not window.step_bar.button(RESULTS).isEnabled()

    # Its own run to HubSpot shows; leaving practice mode (another destination) forgets it too.
    page = to_send_step(qtbot, window, tmp_path / "guests.csv", "hubspot")
    _send_and_finish(qtbot, window, page)
    results = window.show_results_step()
    qtbot.waitUntil(lambda: not results.is_loading() and results.model.rowCount() == 3)
    assert "HubSpot" in results.run_line.text() or "guests.csv" in results.run_line.text()
    window.go_to(OPEN)
    click(qtbot, window.page(OPEN).practice_box)
    assert not window.session.practice and window.session.results is None and not window.step_ready(RESULTS)


def test_a_run_that_ends_after_the_crm_was_switched_is_not_its_result(qtbot, window, tmp_path):
    practice.configure(faults=FaultConfig(slow_seconds=0.2, p_slow=1.0))
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 10), "virtuous", batch_size=2)
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=20_000)
    window.session.set_target("hubspot")  # switched meanwhile (the Open step's choice)
    wait_run_end(qtbot, window)
    assert window.session.results is None and not window.step_ready(RESULTS)
