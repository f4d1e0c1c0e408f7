"""A coloured strip with a message and optional buttons: non-modal news a person can act on or ignore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.basics.accessibility import announce
from gui.basics.resources import icon

_ICONS = {"info": "info", "warning": "status-warning", "error": "status-error", "practice": "practice",
          "success": "status-ok"}


class Banner(QFrame):
    """``kind`` (info, warning, error, practice, success) picks the colour via the stylesheet."""

    def __init__(self, kind: str = "info", text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._icon = QLabel(self)
        self._label = QLabel(text, self)
        self._label.setObjectName("bannerText")
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 8, 8)
        self._layout.setSpacing(10)
        self._layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self._label, 1)
        self._buttons: list[QPushButton] = []
        self.set_kind(kind)
        self.setAccessibleName(self.tr("Notice"))

    def set_kind(self, kind: str) -> None:
        self.setProperty("kind", kind)
        self._icon.setPixmap(icon(_ICONS.get(kind, "info")).pixmap(QSize(18, 18)))
        self.style().unpolish(self)
        self.style().polish(self)

    def set_text(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleDescription(text)
        announce(self, text, urgent=self.property("kind") == "error")  # banners are news: say them

    def text(self) -> str:
        return self._label.text()

    def add_action(self, text: str, slot: Callable[[], object], name: str = "") -> QPushButton:
        """A button on the banner's right side."""
        button = QPushButton(text, self)
        button.setObjectName(name or "bannerButton")
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._buttons.append(button)
        return button

    def clear_actions(self) -> None:
        for b in self._buttons:
            self._layout.removeWidget(b)
            b.deleteLater()
        self._buttons.clear()
