"""Telling a screen reader what just happened: finished checks, progress, a run's outcome, an error.

A label's new text is shown, but a screen reader only reads what has focus; an announcement event
makes it say news wherever the focus is. Errors interrupt (assertive); everything else waits its
turn (polite).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, *, urgent: bool = False) -> None:
    """Have assistive technology read ``text`` out (a no-op when none is listening)."""
    text = text.strip()
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
