"""“How does this step work?”: a short explanation a person can open where they hesitate, closed by default."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from gui.basics.resources import icon


class HelpNote(QWidget):
    """A toggle (keyboard-reachable, announced as expanded/collapsed by its text) over a paragraph of help."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpNote")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("helpToggle")
        self.toggle.setIcon(icon("info"))
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(title)
        self.toggle.setAccessibleDescription(self.tr("Shows or hides a short explanation of this step"))
        self.body = QLabel(text, self)
        self.body.setObjectName("helpText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(title)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._toggled)

    @Slot(bool)
    def _toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setAccessibleDescription(self.body.text() if shown else
                                             self.tr("Shows or hides a short explanation of this step"))
