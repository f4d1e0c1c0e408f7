"""The Results step: every row with its result, filter and search, the summary in words, export,
retrying failed rows, the run history, and the offer to resume a run cut off at start-up."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from core.readers import read_file
from core.submit.engine import execute_run
from core.submit.rebatch import sub_batch
from core.submit.results_file import RESULT_COLUMNS
from core.submit.runs import Destination, create_run
from core.targets.clients import make_client
from core.targets.outcomes import RowOutcome
from gui.connections import practice
from gui.connections import saved as connections
from gui.connections.saved import SavedConnection
from gui.dialogs import resume_dialog
from gui.dialogs.resume_dialog import ResumeDialog
from gui.dialogs.runs_dialog import RunsDialog
from gui.models.results_model import NEEDS_ATTENTION
from gui.sending import worker as submit_worker
from gui.sending.controller import controller_for
from gui.shell.main_window import RESULTS
from gui.shell.run_actions import offer_resume
from tests.gui.sending import (
    HEADERS,
    click,
    guests,
    isolated_home,  # noqa: F401 - an autouse fixture: practice CRM and journal per test
    sent_emails,
    to_send_step,
    wait_run_end,
)

N, BAD = 12, (3, 7)


def sent_practice_run(qtbot, window, tmp_path, n=N, bad=BAD, target="virtuous"):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", n, bad), target, batch_size=4)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    return results_page(qtbot, window)


def results_page(qtbot, window):
    assert window.go_to(RESULTS)
    page = window.page(RESULTS)
    qtbot.waitUntil(lambda: not page.is_loading() and not page.is_busy(), timeout=20_000)
    return page


def shown(page) -> list[tuple[int, str]]:
    """(row, status) of the rows the table shows, top to bottom."""
    from gui.models.results_model import COL_ROW, StatusRole

    out = []
    for r in range(page.proxy.rowCount()):
        index = page.proxy.index(r, COL_ROW)
        out.append((int(index.data().replace(",", "")), index.data(StatusRole)))
    return out


def test_every_row_with_its_result_and_the_counts_in_words(qtbot, window, tmp_path):
    page = sent_practice_run(qtbot, window, tmp_path)
    assert page.summary.text() == ("12 rows: 10 accepted for review, 2 skipped because they did not pass the "
                                   "checks.")
    assert page.run_line.text().startswith("guests.csv sent to the practice Virtuous on ")
    rows = shown(page)
    assert [r for r, _ in rows] == list(range(2, 14))  # file rows, in order
    assert Counter(s for _, s in rows) == {"accepted": 10, "skipped": 2}
    skipped = page.model.item_for_row(5)
    assert skipped.status == "skipped" and "not-an-email" in skipped.message
    assert skipped.who == "Ann3 Lee3 (not-an-email)"
    assert not page.retry_button.isEnabled()  # nothing failed
    assert [page.filter_combo.itemText(i) for i in range(page.filter_combo.count())] == [
        "All rows (12)", "Sent (10)", "Accepted for review (10)", "Skipped (2)"]


def test_a_run_read_again_keeps_the_order_and_the_choice_the_person_made(qtbot, window, tmp_path):
    """The rows of a run read again are put in order on the worker: the table shows the same rows, in
    the order the person chose, under the Show choice they made, with the same counts."""
    from PySide6.QtCore import Qt

    from gui.models.results_model import COL_ROW

    page = sent_practice_run(qtbot, window, tmp_path)
    page.table.sortByColumn(COL_ROW, Qt.SortOrder.DescendingOrder)
    page.show_only("accepted")
    assert [r for r, _ in shown(page)] == [r for r in range(13, 1, -1) if r not in (5, 9)]
    page.show_run(page.run_id)
    qtbot.waitUntil(lambda: not page.is_loading() and not page.is_busy(), timeout=20_000)
    assert shown(page) == [(r, "accepted") for r in range(13, 1, -1) if r not in (5, 9)]
    assert page.summary.text() == ("12 rows: 10 accepted for review, 2 skipped because they did not pass the "
                                   "checks.")
    assert page.filter_combo.currentText() == "Accepted for review (10)"
    page.show_only("all")
    assert [r for r, _ in shown(page)] == list(range(13, 1, -1))


def test_filter_and_search(qtbot, window, tmp_path):
    page = sent_practice_run(qtbot, window, tmp_path)
    page.show_only("skipped")
    assert shown(page) == [(5, "skipped"), (9, "skipped")]
    page.show_only("all")
    qtbot.keyClicks(page.search, "guest1")
    assert [r for r, _ in shown(page)] == [3, 12, 13]  # guest1, guest10, guest11
    page.search.clear()
    qtbot.keyClicks(page.search, "lee4 accepted")
    assert [r for r, _ in shown(page)] == [6]
    page.search.clear()
    assert page.proxy.rowCount() == 12


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_the_rows_shown(qtbot, window, tmp_path, monkeypatch, suffix):
    page = sent_practice_run(qtbot, window, tmp_path)
    target = tmp_path / "out" / f"gala-results{suffix}"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    assert page.banner.text() == f"Saved the results to {target}"
    if suffix == ".csv":
        with open(target, encoding="utf-8-sig", newline="") as f:
            lines = list(csv.reader(f))
    else:
        ws = load_workbook(target, read_only=True).active
        lines = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    assert lines[0] == HEADERS + RESULT_COLUMNS
    status_col = len(HEADERS)
    body = lines[1:]
    assert len(body) == page.model.rowCount() == 12
    for r, status in shown(page):
        line = body[r - 2]
        assert line[status_col] == {"accepted": "Accepted for review", "skipped": "Skipped"}[status]
        assert line[2] == page.model.item_for_row(r).who.split("(")[1].rstrip(")")  # the email column


def test_a_spanish_window_exports_its_results_in_spanish(qtbot, window, tmp_path, monkeypatch):
    """The columns added to the person's own, the statuses and the messages in the window's language;
    the file's own headers and values as they were (the command line writes the English)."""
    from gui.basics import language

    page = sent_practice_run(qtbot, window, tmp_path)
    target = tmp_path / "resultados.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    language.install_translators(QApplication.instance(), "es")
    language.core_text.cache_clear()
    try:
        click(qtbot, page.export_button)
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    finally:
        language.install_translators(QApplication.instance(), "en")
        language.core_text.cache_clear()
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Resultados"]
    lines = [["" if v is None else str(v) for v in row] for row in book.active.iter_rows(values_only=True)]
    assert lines[0] == HEADERS + ["Estado", "ID en el CRM", "Mensaje", "Lote", "ID de referencia"]
    status_col = len(HEADERS)
    said = {r: (lines[r - 1][status_col], lines[r - 1][status_col + 2]) for r in range(2, 14)}
    assert {s for s, _m in said.values()} == {"Aceptado para revisión", "Omitido"}
    assert all("Accepted" not in m and "Row " not in m for _s, m in said.values())
    assert lines[4][:len(HEADERS)] == ["Ann3", "Lee3", "not-an-email", "503-555-0003", "Portland"]  # as typed
    assert said[5][1] == ("Fila 5, columna 'Email': 'not-an-email' no es una dirección de correo válida (Una "
                          "dirección de correo debe tener una @)")


class RejectSome:
    """A real client that turns down some rows itself (they never reach the CRM), like a CRM rejecting them."""

    def __init__(self, inner, rows):
        self.inner, self.rows = inner, rows

    def send(self, batch, cancel=None, on_wait=None):
        bad = [i for i in batch.items if i.row in self.rows]
        good = [i for i in batch.items if i.row not in self.rows]
        out = [RowOutcome(i.row, i.key, "failed", code="test.rejected", message="Rejected: phone number too short")
               for i in bad]
        if good:
            out += self.inner.send(sub_batch(batch, [i.key for i in good]), cancel, on_wait)
        return out

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_retry_failed_rows_sends_only_them_and_shows_every_row_once(qtbot, window, tmp_path, monkeypatch):
    reject = {4, 10}  # file rows
    monkeypatch.setattr(submit_worker, "make_client", lambda conn, **kw: RejectSome(make_client(conn, **kw), reject))
    page = sent_practice_run(qtbot, window, tmp_path)
    first = page.run_id
    assert page.summary.text() == ("12 rows: 8 accepted for review, 2 failed, 2 skipped because they did not "
                                   "pass the checks.")
    page.show_only(NEEDS_ATTENTION)
    assert shown(page) == [(4, "failed"), (10, "failed")]
    assert page.model.item_for_row(4).message == "Rejected: phone number too short"
    assert page.retry_button.text().replace("&", "") == "Retry failed rows (2)"
    assert len(sent_emails("virtuous")) == 8

    monkeypatch.setattr(submit_worker, "make_client", make_client)  # "fixed": the CRM takes them now
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.retry_button)
    wait_run_end(qtbot, window)
    qtbot.waitUntil(lambda: not page.is_loading() and not page.is_busy(), timeout=20_000)
    assert page.run_id != first
    run = controller_for(window.session).journal.get_run(page.run_id)
    assert run.parent_run_id == first and run.total_rows == 2
    page.show_only("all")
    assert Counter(s for _, s in shown(page)) == {"accepted": 10, "skipped": 2}  # each row once, latest result
    assert "includes 1 earlier run(s)" in page.run_line.text()
    assert not page.retry_button.isEnabled()
    assert sent_emails("virtuous") == sorted(f"guest{i}@example.org" for i in range(N) if i not in BAD)


def test_history_shows_an_earlier_run(qtbot, window, tmp_path, monkeypatch):
    page = sent_practice_run(qtbot, window, tmp_path)
    latest = page.run_id
    # An earlier run of another file, recorded and sent through core directly.
    journal = controller_for(window.session).journal
    table = read_file(guests(tmp_path / "other.csv", 3))
    checked = check_table(table, suggest_mapping(table.headers, "virtuous"))
    server = practice.server()
    other = create_run(journal, checked, make_batches(checked), Destination("virtuous", server.base_url,
                                                                          "Practice", True))
    execute_run(journal, other, lambda: make_client(practice.connection("virtuous")))

    seen = []

    def choose(dialog):
        seen.append([dialog.model.run(r).id for r in range(dialog.model.rowCount())])
        dialog.select_run(latest)
        dialog.accept_selected()
        return dialog.result()

    monkeypatch.setattr(RunsDialog, "exec", choose)
    click(qtbot, page.history_button)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20_000)
    assert seen == [[other, latest]] or seen == [[latest, other]]
    assert page.run_id == latest
    page.show_run(other)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20_000)
    assert page.model.rowCount() == 3 and page.run_line.text().startswith("other.csv sent to the practice Virtuous")


def interrupted_run(window, tmp_path, *, sandbox: bool, base_url: str, name: str) -> str:
    """A run recorded and marked as sending by a process that is gone (what a crash leaves)."""
    journal = controller_for(window.session).journal
    table = read_file(guests(tmp_path / "cut.csv", 6))
    checked = check_table(table, suggest_mapping(table.headers, "hubspot"))
    run_id = create_run(journal, checked, make_batches(checked, batch_size=2),
                        Destination("hubspot", base_url, name, sandbox), mode="create", batch_size=2)
    journal.set_state(run_id, "running")
    assert journal.get_run(run_id).state == "interrupted"
    return run_id


def test_start_up_offers_to_resume_a_cut_off_run(qtbot, window, tmp_path, monkeypatch):
    server = practice.server()
    connections.save(SavedConnection("Our HubSpot", "hubspot", server.base_url), server.token)
    run_id = interrupted_run(window, tmp_path, sandbox=False, base_url=server.base_url, name="Our HubSpot")
    asked = []

    def accept(dialog):
        asked.append(dialog.run.id)
        assert dialog.problem.isHidden() and dialog.resume_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResumeDialog, "exec", accept)
    assert offer_resume(window) == run_id
    assert asked == [run_id]
    assert window.current_step == RESULTS
    wait_run_end(qtbot, window)
    page = results_page(qtbot, window)
    assert window.session.results.state == "finished"
    assert Counter(s for _, s in shown(page)) == {"created": 6}
    assert sent_emails("hubspot") == sorted(f"guest{i}@example.org" for i in range(6))
    assert offer_resume(window) is None  # nothing left to offer


def test_a_practice_run_from_an_earlier_session_is_explained_once(qtbot, window, tmp_path, monkeypatch):
    run_id = interrupted_run(window, tmp_path, sandbox=True, base_url="http://127.0.0.1:9", name="Practice")
    seen = []

    def look(dialog):
        seen.append((dialog.problem.text(), dialog.resume_button.isVisible(), dialog.later_button.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ResumeDialog, "exec", look)
    assert offer_resume(window) is None
    assert seen[0][0].startswith("This was a practice run. The practice CRM it went to closed with the app")
    assert seen[0][1:] == (False, "OK")
    assert run_id in resume_dialog.dismissed()
    assert offer_resume(window) is None and len(seen) == 1  # not asked again


def test_run_history_from_the_window(qtbot, window, tmp_path, monkeypatch):
    from gui.shell.run_actions import open_run_history

    run_id = interrupted_run(window, tmp_path, sandbox=True, base_url="http://127.0.0.1:9", name="Practice")
    assert not window.step_bar.button(RESULTS).isEnabled()

    def choose(dialog):
        dialog.select_run(run_id)
        dialog.accept_selected()
        return dialog.result()

    monkeypatch.setattr(RunsDialog, "exec", choose)
    assert open_run_history(window) == run_id
    page = results_page(qtbot, window)
    assert page.run_id == run_id and page.model.rowCount() == 6
    # A practice CRM that is gone: said plainly, and no Resume offered that could not work.
    assert page.banner.text().startswith("This practice run did not finish") and page.resume_button is None
    assert not page.resume_run() and page.banner.text().startswith("This was a practice run.")
    assert not controller_for(window.session).is_running()


def test_retry_sends_what_the_window_holds_not_the_file_on_disk(qtbot, window, tmp_path, monkeypatch):
    """A cell fixed in the window and a row left out are part of the retry; a file changed on disk since
    is not read again (the window's rows are the run's rows)."""
    monkeypatch.setattr(submit_worker, "make_client",
                        lambda conn, **kw: RejectSome(make_client(conn, **kw), {4, 10}))
    page = sent_practice_run(qtbot, window, tmp_path)
    first = page.run_id
    session = window.session
    first_name = HEADERS.index("First Name")
    session.edit_value(2, first_name, "Fixed")  # file row 4, fixed in the Check step
    session.set_excluded(8, True)  # file row 10, left out
    (tmp_path / "guests.csv").write_text((tmp_path / "guests.csv").read_text().replace("Ann0,", "Zed0,"))
    monkeypatch.setattr(submit_worker, "make_client", make_client)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.retry_button)
    wait_run_end(qtbot, window)
    qtbot.waitUntil(lambda: not page.is_loading() and not page.is_busy(), timeout=20_000)
    journal = controller_for(session).journal
    retry = journal.get_run(page.run_id)
    assert retry.parent_run_id == first
    rows = {e.row: e for e in journal.rows(retry.id)}
    assert rows[4].status == "accepted" and rows[4].values[first_name] == "Fixed"  # the value sent, on record
    assert rows[10].status == "skipped" and rows[10].code == "excluded"
    practice.running().process_virtuous()
    stored = {c["email"]: c for c in practice.running().contacts()["virtuous"]}
    assert stored["guest2@example.org"]["firstName"] == "Fixed" and "guest8@example.org" not in stored
    assert "Zed0" not in str(stored)  # the file on disk was not read again
    exported = tmp_path / "retry-results.csv"  # and the results file shows the value that was sent
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(exported), "")))
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    with open(exported, encoding="utf-8-sig", newline="") as f:
        lines = {line["Email"]: line for line in csv.DictReader(f)}
    assert lines["guest2@example.org"]["First Name"] == "Fixed"
    assert lines["guest2@example.org"]["Status"] == "Accepted for review"
    assert "Zed0" not in exported.read_text(encoding="utf-8-sig")


def fresh_summary(page) -> str:
    """The summary a count of every row shown afresh would give."""
    from gui.models.results_model import ResultsModel
    from gui.sending.run_words import counts_sentence

    other = ResultsModel()
    other.set_items(page.model.items())
    return counts_sentence(other.sentence_counts())


def test_a_show_choice_with_a_search_and_the_counts_while_rows_stream_in(qtbot, window, tmp_path, monkeypatch):
    """A Show choice and a search both active while the shown run's rows arrive (as the send's worker
    delivers them while a retry goes): the rows shown, the Show list's counts and the summary stay those
    of the rows as they now are; then a real retry replaces the failed rows and they still are."""
    import dataclasses

    monkeypatch.setattr(submit_worker, "make_client", lambda conn, **kw: RejectSome(make_client(conn, **kw), {4, 12}))
    page = sent_practice_run(qtbot, window, tmp_path)
    qtbot.keyClicks(page.search, "lee1")  # Ann1 Lee1, Ann10 Lee10, Ann11 Lee11: rows 3, 12 and 13
    page.show_only(NEEDS_ATTENTION)
    assert shown(page) == [(12, "failed")]
    page.show_only("done")
    assert shown(page) == [(3, "accepted"), (13, "accepted")]

    def deliver(*changes: tuple[int, str]) -> None:
        items = [dataclasses.replace(page.model.item_for_row(r), status=s, code="", message="") for r, s in changes]
        page.controller.rowsArrived.emit(page.run_id, items)

    deliver((12, "accepted"))
    assert shown(page) == [(3, "accepted"), (12, "accepted"), (13, "accepted")]
    assert page.filter_combo.currentText() == "Sent (9)"
    assert page.summary.text() == fresh_summary(page) == (
        "12 rows: 9 accepted for review, 1 failed, 2 skipped because they did not pass the checks.")
    page.show_only(NEEDS_ATTENTION)  # changed while the rows come
    assert shown(page) == []
    deliver((13, "unknown"), (4, "unknown"))
    assert shown(page) == [(13, "unknown")]
    assert [page.filter_combo.itemText(i) for i in range(page.filter_combo.count())] == [
        "All rows (12)", "Sent (8)", "Needs attention (2)", "Accepted for review (8)", "Unknown (2)",
        "Skipped (2)"]
    assert page.filter_combo.currentText() == "Needs attention (2)"
    assert page.summary.text() == fresh_summary(page)
    page.search.clear()
    assert shown(page) == [(4, "unknown"), (13, "unknown")]

    # Read again (the failed rows as the journal has them), then a real retry sends them again.
    page.show_run(page.run_id)
    qtbot.waitUntil(lambda: not page.is_loading() and not page.is_busy(), timeout=20_000)
    assert shown(page) == [(4, "failed"), (12, "failed")]
    qtbot.keyClicks(page.search, "lee1")
    seen: list[tuple[str, str]] = []
    page.controller.rowsArrived.connect(  # after the page's own slot: what the page shows after each delivery
        lambda _run, _items: seen.append((page.summary.text(), fresh_summary(page))) if not page.is_loading() else None)
    monkeypatch.setattr(submit_worker, "make_client", make_client)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.retry_button)
    wait_run_end(qtbot, window)
    qtbot.waitUntil(lambda: not page.is_loading() and not page.is_busy(), timeout=20_000)
    assert all(said == afresh for said, afresh in seen)
    assert page.summary.text() == fresh_summary(page) == (
        "12 rows: 10 accepted for review, 2 skipped because they did not pass the checks.")
    assert page.filter_combo.currentText() == "All rows (12)"  # nothing needs attention now
    assert shown(page) == [(3, "accepted"), (12, "accepted"), (13, "accepted")]
    page.show_only("skipped")
    assert shown(page) == []
