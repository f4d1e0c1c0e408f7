"""The Send step's "When an email is already in HubSpot" choice: skip, update, fill blanks only, or
create anyway (they come back as conflicts).

Picking a button sets ``session.on_existing`` (and so ``session.mode``; the session then drops its
batches, and the Send page prepares them again); the buttons follow the session, and the box shows
only when sending to HubSpot.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.session.import_session import Session


class ModeBox(QGroupBox):
    """Four radio buttons (skip, update, fill, create) and a note that changing them prepares the batches again."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("When an email is already in HubSpot"), parent)
        self.session = session
        self.create_only = QRadioButton(self.tr("Create new contacts only (a contact already there is reported, "
                                           "not changed)"), self)
        self.upsert = QRadioButton(self.tr("Update the contact with the same email, create the rest"), self)
        self.skip = QRadioButton(self.tr("Skip people already there (leave them as they are), create the rest"), self)
        self.fill = QRadioButton(self.tr("Fill blanks only: for people already there send only what is empty in "
                                         "HubSpot"), self)
        self.create_only.setAccessibleName(self.tr("Create new contacts only"))
        self.upsert.setAccessibleName(self.tr("Update existing contacts by email"))
        self.skip.setAccessibleName(self.tr("Skip existing contacts"))
        self.fill.setAccessibleName(self.tr("Fill blanks only"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for b in (self.create_only, self.upsert, self.skip, self.fill):
            self.group.addButton(b)
            layout.addWidget(b)
        # HubSpot's "update existing only": people not in HubSpot yet are added, or left out.
        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("People not in HubSpot yet:"), self))
        self.add_new = QRadioButton(self.tr("add them"), self)
        self.skip_new = QRadioButton(self.tr("leave them out"), self)
        self.add_new.setAccessibleName(self.tr("People not in HubSpot yet: add them"))
        self.skip_new.setAccessibleName(self.tr("People not in HubSpot yet: leave them out"))
        self.new_group = QButtonGroup(self)
        for b in (self.add_new, self.skip_new):
            self.new_group.addButton(b)
            new_row.addWidget(b)
        new_row.addStretch(1)
        note = QLabel(self.tr("Changing this prepares the batches again."), self)
        note.setObjectName("hint")
        new_row.addWidget(note)  # on the same line: the Send step is short on height at 1024x700
        layout.addLayout(new_row)
        self.add_new.toggled.connect(lambda on: self.session.set_new_people("add") if on else None)
        self.skip_new.toggled.connect(lambda on: self.session.set_new_people("skip") if on else None)
        # never squashed: the table gives way
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for choice, b in self._buttons().items():
            b.toggled.connect(lambda on, c=choice: self.session.set_on_existing(c) if on else None)
        session.targetChanged.connect(self._target_changed)
        session.modeChanged.connect(self._mode_changed)
        self._target_changed(session.target)
        self._mode_changed(session.mode)

    @Slot(str)
    def _target_changed(self, target: str) -> None:
        self.setVisible(target == "hubspot")

    def _buttons(self) -> dict[str, QRadioButton]:
        return {"create": self.create_only, "update": self.upsert, "skip": self.skip, "fill": self.fill}

    @Slot(str)
    def _mode_changed(self, _mode: str) -> None:
        button = self._buttons()[self.session.on_existing]
        if not button.isChecked():
            button.setChecked(True)
        new = self.skip_new if self.session.new_people == "skip" else self.add_new
        if not new.isChecked():
            new.setChecked(True)
