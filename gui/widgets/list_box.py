"""The Send step's "Add these people to a list" box (HubSpot): when ticked, every contact the run creates
or updates goes into the manual contact list named here (made when the account has none by that name).

The name starts as the file's name (without its extension) and can be changed; the choice is kept in
``session.list_name`` ("" when the box is not ticked) and recorded with the run, whose last step fills the
list (``core.afterrun.hubspot_list``).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QMessageBox, QWidget

from gui.session.import_session import Session


class ListBox(QWidget):
    """One line: a tick box and the list's name (the Send step is short on height at 1024x700)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.tick = QCheckBox(self.tr("&Add these people to a list:"), self)
        self.tick.setObjectName("addToList")
        self.tick.setAccessibleName(self.tr("Add these people to a list"))
        self.name = QLineEdit(self)
        self.name.setObjectName("listName")
        self.name.setAccessibleName(self.tr("List name"))
        self.name.setToolTip(self.tr("Every contact this run creates or updates goes into this list in HubSpot. "
                                     "A list by this name is made when there is none."))
        self.name.setEnabled(False)
        # Marketing contacts: only after the person confirms these people expect to hear from the organisation.
        self.marketing = QCheckBox(self.tr("Set them as &marketing contacts"), self)
        self.marketing.setObjectName("marketingContacts")
        self.marketing.setAccessibleName(self.tr("Set them as marketing contacts"))
        self.marketing.setToolTip(self.tr("Marketing contacts can get your marketing email in HubSpot. HubSpot sets "
                                          "this through an import after the contacts are in (needs the crm.import "
                                          "scope)."))
        row.addWidget(self.tick)
        row.addWidget(self.name, 1)
        row.addSpacing(16)
        row.addWidget(self.marketing)
        self.marketing.toggled.connect(self._marketing_toggled)
        self.tick.toggled.connect(self.name.setEnabled)
        self.tick.toggled.connect(self._changed)
        self.name.textChanged.connect(self._changed)
        session.sourceChanged.connect(self._file_changed)
        session.targetChanged.connect(self._target_changed)
        self._file_changed()
        self._target_changed(session.target)

    @Slot(bool)
    def _marketing_toggled(self, on: bool) -> None:
        """Ticking asks for the consent confirmation; without it the box goes back off."""
        if on:
            answer = QMessageBox.question(
                self, self.tr("These contacts expect to hear from you?"),
                self.tr("Setting people as marketing contacts lets your organisation send them marketing email.\n\n"
                        "Confirm that these contacts expect to hear from your organisation: they gave their consent "
                        "to receive marketing email from you. Your confirmation, your name and the time are kept "
                        "with the run."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.marketing.setChecked(False)
                return
        self.session.marketing_confirmed = on

    @Slot()
    def _file_changed(self) -> None:
        path = self.session.path
        self.name.setText(path.stem if path is not None else "")

    @Slot(str)
    def _target_changed(self, target: str) -> None:
        self.setVisible(target == "hubspot")
        self._changed()

    @Slot()
    def _changed(self, *_args: object) -> None:
        on = self.tick.isChecked() and self.session.target == "hubspot"
        self.session.list_name = self.name.text().strip() if on else ""
