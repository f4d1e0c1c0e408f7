"""Asking before sending is allowed again after a damaged journal held a run that had not finished.

The hold exists because some of that run's rows may already be in the CRM; the person lifts it once
they have looked there (``core.submit.journal_open.release_hold``), never the app on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.submit.journal_open import default_path, held_because, release_hold
from gui.basics.language import core_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("HoldDialog", text)


def is_held() -> bool:
    return held_because(default_path()) is not None


def ask_release_hold(parent: QWidget) -> bool:
    """Asks the person (defaulting to No); returns True when sending is allowed again."""
    said = held_because(default_path())
    if said is None:
        return True
    answer = QMessageBox.question(
        parent, _tr("Send again?"),
        core_text(said) + "\n\n" + _tr("Have you checked that run's rows in the CRM? Sending again may add "
                                       "people who are already there."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    release_hold()
    return True
