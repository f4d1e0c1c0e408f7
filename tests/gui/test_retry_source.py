"""Retrying failed rows reads the file again as it was opened: in the encoding the person chose, and
with the workbook's password, which is asked again and never written to the journal."""

from __future__ import annotations

import csv
from pathlib import Path

from core.paths import journal_path
from core.targets.clients import make_client
from gui.connections import practice
from gui.sending import worker as submit_worker
from gui.sending.controller import controller_for
from gui.shell.main_window import PREVIEW, SEND
from tests.core.messy_files import ENCRYPTED_ROWS, make_encrypted_xlsx
from tests.gui.conftest import check, load, wait_loaded
from tests.gui.sending import HEADERS, answer_yes, click, guests, isolated_home, wait_run_end  # noqa: F401
from tests.gui.test_results_page import RejectSome, results_page

PASSWORD = "s3cret!"


def open_and_send(qtbot, window, open_it) -> None:  # type: ignore[no-untyped-def]
    """Open a file with ``open_it()``, check it and send it all to the practice CRM."""
    window.session.set_target("virtuous")
    window.session.set_practice(True)
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        open_it()
    wait_loaded(qtbot, window)
    check(qtbot, window)
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not window.page(PREVIEW).is_busy())
    assert window.go_to(SEND)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, window.page(SEND).send_button)
    wait_run_end(qtbot, window)


def retry(qtbot, window, page) -> str:  # type: ignore[no-untyped-def]
    first = page.run_id
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.retry_button)
    wait_run_end(qtbot, window)
    qtbot.waitUntil(lambda: not page.is_loading() and not page.is_busy(), timeout=20_000)
    assert page.run_id != first
    return page.run_id


def from_history(qtbot, window, monkeypatch, run_id: str):  # type: ignore[no-untyped-def]
    """Another file is open now, so its Results step is empty: the person picks the run in Run history."""
    from gui.dialogs.runs_dialog import RunsDialog
    from gui.shell.main_window import RESULTS
    from gui.shell.run_actions import open_run_history

    assert not window.step_ready(RESULTS)

    def choose(dialog):  # type: ignore[no-untyped-def]
        dialog.select_run(run_id)
        dialog.accept_selected()
        return dialog.result()

    monkeypatch.setattr(RunsDialog, "exec", choose)
    assert open_run_history(window) == run_id
    return results_page(qtbot, window)


def stored_first_names() -> set[str]:
    server = practice.running()
    server.process_virtuous()
    return {c.get("firstName") for c in server.contacts()["virtuous"]}


def test_a_retry_reads_the_file_again_in_the_encoding_the_person_chose(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "polish.csv"  # ISO-8859-2: read as Windows-1252 "Łucja" would be "£ucja"
    with open(path, "w", newline="", encoding="iso-8859-2") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(6):
            w.writerow([f"Łucja{i}", f"Żak{i}", f"lucja{i}@example.org", f"503-555-{i:04d}", "Kraków"])
    monkeypatch.setattr(submit_worker, "make_client", lambda conn, **kw: RejectSome(make_client(conn, **kw), {4}))
    open_and_send(qtbot, window, lambda: window.open_page.open_file(path, encoding="ISO-8859-2"))
    assert window.session.table.records[0].values[0] == "Łucja0"
    page = results_page(qtbot, window)
    journal = controller_for(window.session).journal
    assert journal.get_run(page.run_id).encoding == "ISO-8859-2"  # kept with the run
    first = page.run_id

    load(qtbot, window, guests(tmp_path / "other.csv", 3))  # another file open now: the retry reads the disk
    monkeypatch.setattr(submit_worker, "make_client", make_client)
    page = from_history(qtbot, window, monkeypatch, first)
    retried = retry(qtbot, window, page)
    rows = {e.row: e for e in journal.rows(retried)}
    assert list(rows) == [4] and rows[4].status == "accepted" and rows[4].values[0] == "Łucja2"
    assert journal.get_run(retried).encoding == "ISO-8859-2"
    assert {f"Łucja{i}" for i in range(6)} <= stored_first_names()


def test_a_retry_asks_for_the_workbook_password_again_and_never_records_it(qtbot, window, tmp_path, monkeypatch):
    path = make_encrypted_xlsx(tmp_path / "locked.xlsx", PASSWORD)
    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(window.open_page, "ask_password", lambda name, wrong: PASSWORD)
    monkeypatch.setattr(submit_worker, "make_client", lambda conn, **kw: RejectSome(make_client(conn, **kw), {3}))
    open_and_send(qtbot, window, lambda: window.open_file(path))
    assert len(window.session.table.records) == len(ENCRYPTED_ROWS)
    first = window.session.results.run_id

    load(qtbot, window, guests(tmp_path / "other.csv", 3))
    monkeypatch.setattr(submit_worker, "make_client", make_client)
    page = from_history(qtbot, window, monkeypatch, first)
    answers = iter(["wrong guess", PASSWORD])

    def ask(name: str, wrong: bool) -> str:
        asked.append((name, wrong))
        return next(answers)

    monkeypatch.setattr(page, "ask_password", ask)
    retried = retry(qtbot, window, page)
    assert asked == [("locked.xlsx", False), ("locked.xlsx", True)]  # not known here, then wrong, then right
    journal = controller_for(window.session).journal
    rows = {e.row: e for e in journal.rows(retried)}
    assert list(rows) == [3] and rows[3].status == "accepted"
    on_disk = b"".join(p.read_bytes() for p in Path(journal_path()).parent.rglob("*") if p.is_file())
    assert PASSWORD.encode() not in on_disk and PASSWORD.encode("utf-16-le") not in on_disk
