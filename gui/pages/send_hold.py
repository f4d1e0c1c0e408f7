"""Lifting, from the Send step, a damaged journal's hold on sending.

When a send is refused because the journal that was replaced held an unfinished run, the refusal's
banner gets a button that lifts the hold once the person says they have checked the CRM (the asking
is ``gui.dialogs.hold_dialog``). Kept apart from ``send_page`` because it is its own small rule: only
the person lifts a hold, never the app.

Its words keep the Send page's translation context ("SendPage"), as when they were written inside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.dialogs.hold_dialog import ask_release_hold, is_held
from gui.widgets.banner import Banner


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendPage", text)


def offer_release(page: QWidget, banner: Banner, say: Callable[[str, str], None]) -> None:
    """After a refused send: when a hold is why, a button on ``banner`` to lift it (asked first, over
    ``page``); ``say(kind, text)`` then tells the person sending is allowed again."""
    if is_held():  # a damaged journal's unfinished run: the person lifts the hold once they have checked
        banner.add_action(_tr("I have checked: allow sending again…"), lambda: _release(page, say), "releaseHold")


def _release(page: QWidget, say: Callable[[str, str], None]) -> None:
    if ask_release_hold(page):
        say("info", _tr("Sending is allowed again."))
