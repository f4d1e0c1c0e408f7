"""The row of steps across the top: where you are, where you have been, what is not ready yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget


class StepBar(QWidget):
    """Checkable buttons, one per step; a step that is not ready is disabled, not hidden."""

    stepClicked = Signal(int)

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        for i, title in enumerate(titles):
            if i:
                sep = QLabel("›", self)
                sep.setObjectName("stepSeparator")
                layout.addWidget(sep)
            b = QPushButton(f"{i + 1}  {title}", self)
            b.setObjectName("stepButton")
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Step {n}: {title}").format(n=i + 1, title=title))
            self._group.addButton(b, i)
            self._buttons.append(b)
            layout.addWidget(b)
        layout.addStretch(1)
        self._group.idClicked.connect(self.stepClicked)

    def button(self, i: int) -> QPushButton:
        return self._buttons[i]

    def set_current(self, i: int) -> None:
        self._buttons[i].setChecked(True)

    def set_step_enabled(self, i: int, enabled: bool) -> None:
        self._buttons[i].setEnabled(enabled)
