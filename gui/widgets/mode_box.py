"""The Send step's "When an email is already in HubSpot" choice: create new contacts only, or update them.

Picking a button sets ``session.mode`` (the session then drops its batches, and the Send page prepares
them again); the buttons follow the session's mode, and the box shows only when sending to HubSpot.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from gui.session.import_session import Session


class ModeBox(QGroupBox):
    """Two radio buttons (create, upsert) and a note that changing them prepares the batches again."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("When an email is already in HubSpot"), parent)
        self.session = session
        self.create = QRadioButton(self.tr("Create new contacts only (a contact already there is reported, "
                                           "not changed)"), self)
        self.upsert = QRadioButton(self.tr("Update the contact with the same email, create the rest"), self)
        self.create.setAccessibleName(self.tr("Create new contacts only"))
        self.upsert.setAccessibleName(self.tr("Update existing contacts by email"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for b in (self.create, self.upsert):
            self.group.addButton(b)
            layout.addWidget(b)
        note = QLabel(self.tr("Changing this prepares the batches again."), self)
        note.setObjectName("hint")
        layout.addWidget(note)
        self.create.toggled.connect(lambda on: on and self.session.set_mode("create"))
        self.upsert.toggled.connect(lambda on: on and self.session.set_mode("upsert"))
        session.targetChanged.connect(self._target_changed)
        session.modeChanged.connect(self._mode_changed)
        self._target_changed(session.target)
        self._mode_changed(session.mode)

    @Slot(str)
    def _target_changed(self, target: str) -> None:
        self.setVisible(target == "hubspot")

    @Slot(str)
    def _mode_changed(self, mode: str) -> None:
        button = self.upsert if mode == "upsert" else self.create
        if not button.isChecked():
            button.setChecked(True)
