"""The big friendly target on the Open page: drop a file here, or choose one, or try the sample."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.basics.resources import icon


class DropZone(QFrame):
    """Only shows the invitation; the window itself takes the drop, so a file may land anywhere."""

    chooseClicked = Signal()
    sampleClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        art = QLabel(self)
        self.art = art
        art.setPixmap(icon("drop").pixmap(QSize(48, 48)))
        art.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Drop a spreadsheet here"), self)
        title.setObjectName("dropTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Excel (.xlsx, .xlsm, .xlsb, .xls), LibreOffice (.ods) or CSV files"), self)
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(icon("open"), self.tr("&Choose a file…"), self)
        self.choose_button.setObjectName("primaryButton")
        self.choose_button.setAccessibleName(self.tr("Choose a file"))
        self.choose_button.clicked.connect(self.chooseClicked)
        self.sample_button = QPushButton(icon("sample"), self.tr("&Try it with a sample spreadsheet"), self)
        self.sample_button.setAccessibleName(self.tr("Try it with a sample spreadsheet"))
        self.sample_button.clicked.connect(self.sampleClicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(8)
        layout.addStretch(1)
        layout.addWidget(art)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_compact(self, compact: bool) -> None:
        """Without its big arrow, once a file is open: the file's first rows need the room more."""
        self.art.setVisible(not compact)

    def set_hovering(self, hovering: bool) -> None:
        """Highlight while a file is dragged over the window."""
        self.setProperty("hover", hovering)
        self.style().unpolish(self)
        self.style().polish(self)
