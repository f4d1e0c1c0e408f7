"""The practice account's fields arriving while the Check step checks: the check stands when they check
the mapping as the built-in fields did, and is made again (after the first has stopped, never beside it)
when they do not."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import gui.pages.check_page as check_page
from core.sandbox.faults import FaultConfig
from gui.connections import practice
from gui.shell.main_window import CHECK, MAP
from tests.gui.conftest import load
from tests.gui.sending import isolated_home  # noqa: F401  (fixture)


def write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


class Checks:
    """Counts the Check step's checks. The first is held (as a 200,000-row check is still running) until
    ``release`` is set; ``live_at_restart``: how many checks had been started and not ended when the
    page was asked for the second."""

    def __init__(self, window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
        self.started = 0
        self.ended = 0
        self.live_at_restart: int | None = None
        self.account_arrived = threading.Event()
        self.restart_asked = threading.Event()
        self.release = self.account_arrived
        real, lock = check_page.check_and_group, threading.Lock()

        def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            with lock:
                self.started += 1
                first = self.started == 1
            try:
                if first:
                    assert self.release.wait(30), "the first check was never released"
                return real(*args, **kwargs)
            finally:
                with lock:
                    self.ended += 1

        monkeypatch.setattr(check_page, "check_and_group", counted)
        page, start_check, runs = window.page(CHECK), window.page(CHECK).start_check, []

        def asked():  # noqa: ANN202
            runs.append(1)
            job = start_check()
            if len(runs) == 2:  # the first check is still held here: was the second started beside it?
                with lock:
                    self.live_at_restart = self.runner_started - self.ended
                self.restart_asked.set()
            return job

        self.runner_started = 0
        start = window.runner.start

        def runner_start(job):  # noqa: ANN001, ANN202
            if job.what == page.tr("checking the rows"):
                self.runner_started += 1
            return start(job)

        monkeypatch.setattr(page, "start_check", asked)
        monkeypatch.setattr(window.runner, "start", runner_start)


def check_while_the_account_arrives(qtbot, window, path: Path, checks: Checks):
    practice.configure(faults=FaultConfig(slow_seconds=0.3, p_slow=1.0))  # the account answers late
    window.session.set_target("virtuous")
    window.session.set_practice(True)
    load(qtbot, window, path)
    window.session.accountChanged.connect(lambda _a: checks.account_arrived.set())
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step == MAP and window.page(MAP).loader.is_busy()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # on to Check before the account is read
    assert window.current_step == CHECK
    page = window.page(CHECK)
    qtbot.waitUntil(lambda: window.session.account is not None and not window.page(MAP).is_busy()
                    and not page.is_busy() and window.session.checked is not None, timeout=60_000)
    return page


def test_fields_that_check_the_same_leave_the_running_check_alone(qtbot, window, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Name, email and the constant contact type "Household" (which the account has): one check."""
    checks = Checks(window, monkeypatch)
    sheet = write(tmp_path / "guests.csv", [["First Name", "Last Name", "Email"],
                                            ["Ann", "Lee", "ann@example.org"],
                                            ["Bob", "Ray", "bob-at-example.org"],
                                            ["Cy", "Fox", "cy@example.org"]])
    page = check_while_the_account_arrives(qtbot, window, sheet, checks)
    assert checks.started == 1
    assert window.session.mapping.for_field("contactType").constant == "Household"
    assert page.chips["ok"].text() == "2 ready"
    assert page.chips["error"].text() == "1 with errors (will be skipped)"
    assert page.model.rowCount() == 3 and page.model.index(1, 5).data() == "bob-at-example.org"


def test_fields_that_check_otherwise_check_again_after_the_first_check_stopped(
        qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A contact type the account does not have is plain text to the built-in fields and an error to
    the account's: the Check step shows the account's verdict, from a second check run after the first."""
    checks = Checks(window, monkeypatch)
    checks.release = checks.restart_asked  # held until the new fields asked for a check of their own
    sheet = write(tmp_path / "guests.csv", [["First Name", "Last Name", "Contact type"],
                                            ["Ann", "Lee", "Household"],
                                            ["Bob", "Ray", "Martian"],
                                            ["Cy", "Fox", "Church"]])
    page = check_while_the_account_arrives(qtbot, window, sheet, checks)
    assert checks.started == 2 and checks.live_at_restart == 1  # the second waited for the first to stop
    assert window.session.mapping.for_field("contactType").sources == ["Contact type"]
    assert page.chips["ok"].text() == "2 ready"
    assert page.chips["error"].text() == "1 with errors (will be skipped)"
    bob = window.session.checked.rows[1]
    assert "option.invalid" in [i.code for i in bob.issues]
