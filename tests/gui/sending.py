"""Shared pieces for the Send/Results/Connections window tests: an isolated app home, the practice CRM
reset between tests, a guest list with a few rows that fail the checks, and a walk to the Send step.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.connections import practice
from gui.connections import saved as connections
from gui.sending.controller import controller_for
from gui.shell.main_window import PREVIEW, SEND
from tests.gui.conftest import check, load

HEADERS = ["First Name", "Last Name", "Email", "Phone", "City"]
TOKEN = "tok-GUI-secret-9d2f7e1c4b"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Runs go to a journal in tmp_path; no token from the real environment or the real keyring (a test
    never writes to the developer's keychain); no practice CRM left over."""
    from keyring.backends.fail import Keyring as NoKeyring

    home = tmp_path / "home"
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(home))
    monkeypatch.delenv("CONTACT_IMPORTER_TOKEN", raising=False)
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    practice.configure()
    connections._session_tokens.clear()
    yield home
    practice.configure()
    connections._session_tokens.clear()
    keyring.set_keyring(previous_keyring)


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on every QMessageBox.question is answered Yes; returns the titles asked, as they come."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def guests(path: Path, n: int, bad: tuple[int, ...] = ()) -> Path:
    """``n`` people; rows at the indexes in ``bad`` have an email the checks turn down."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(n):
            email = "not-an-email" if i in bad else f"guest{i}@example.org"
            w.writerow([f"Ann{i}", f"Lee{i}", email, f"503-555-{i:04d}", "Portland"])
    return path


def to_send_step(qtbot, window, path: Path, target: str = "virtuous", practice_mode: bool = True,
                 batch_size: int | None = None):
    """Open ``path``, check it, build the batches and show the Send step; returns the Send page."""
    window.session.set_target(target)
    window.session.set_practice(practice_mode)
    load(qtbot, window, path)
    check(qtbot, window)
    window.session.batch_size = batch_size
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not window.page(PREVIEW).is_busy())
    assert window.go_to(SEND)
    return window.page(SEND)


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_run_end(qtbot, window, timeout: int = 30_000) -> None:
    controller = controller_for(window.session)
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=timeout)


def sent_emails(target: str) -> list[str]:
    """What the practice CRM holds, one entry per contact stored (emails, sorted)."""
    server = practice.running()
    assert server is not None
    server.process_virtuous()  # Virtuous's own import processing, which happens later in the real service
    contacts = server.contacts()[target]
    if target == "hubspot":
        return sorted(c["properties"]["email"] for c in contacts)
    return sorted(c["email"] for c in contacts)
