"""A read-only, coloured view of a request body that never freezes the window, however long the body.

A 200-contact Virtuous batch is 4,000+ lines. Setting it in one go lays out and colours every line
on the GUI thread (``highlightBlock`` is a Python call per line): over 100 ms. So the first lines are
shown at once and the rest are appended a step at a time from a zero timer, between repaints and
clicks; the view stays where the person is looking while it fills.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gui.widgets.json_highlighter import JsonHighlighter

#: Lines added per turn of the event loop (a few milliseconds of layout and colouring).
STEP = 150


class JsonView(QPlainTextEdit):
    """``show_text`` replaces the text; ``complete`` says whether all of it is in the view yet."""

    #: Emitted when the whole text has been added.
    completed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)  # a read-only view needs no copy of every change
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(mono)
        self.highlighter = JsonHighlighter(self.document(), self.palette())
        self._lines: list[str] = []
        self._next = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._add_more)

    def show_text(self, text: str) -> None:
        self._lines = text.split("\n")
        self._next = min(STEP, len(self._lines))
        self.setPlainText("\n".join(self._lines[: self._next]))
        self._continue()

    def clear(self) -> None:
        self._timer.stop()
        self._lines, self._next = [], 0
        super().clear()

    @property
    def complete(self) -> bool:
        return self._next >= len(self._lines)

    def _continue(self) -> None:
        if self.complete:
            self._lines = []
            self.completed.emit()
        else:
            self._timer.start()

    def _add_more(self) -> None:
        end = min(self._next + STEP, len(self._lines))
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText("\n" + "\n".join(self._lines[self._next : end]))
        self._next = end
        self._continue()
