"""A line that says what is happening, how far it got, and lets a person stop it."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gui.basics.format import fmt_int


class ProgressRow(QWidget):
    """Hidden until ``start``; ``cancelClicked`` when the person presses Cancel."""

    cancelClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(220)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancelClicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self._unit = ""
        self.hide()

    def start(self, text: str, unit: str = "") -> None:
        """Show ``text`` with a busy bar until the first progress report."""
        self._unit = unit
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.bar.setFormat("")
        self.show()

    @Slot(int, int)
    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setFormat(f"{fmt_int(done)} / {fmt_int(total)} {self._unit}".rstrip())
        else:
            self.bar.setRange(0, 0)
            if done:
                self.bar.setFormat(f"{fmt_int(done)} {self._unit}".rstrip())

    def stop(self) -> None:
        self.hide()
