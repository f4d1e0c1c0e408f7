"""Where a send goes: the practice CRM or a saved connection for the session's CRM, and Connections….

Choosing practice or a connection sets ``session.practice``; the list follows the session (another
CRM, practice switched elsewhere) and the saved connections (added or removed anywhere).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.mapping.catalog import TARGET_LABELS
from gui.basics.resources import icon
from gui.connections import saved as connections
from gui.session.import_session import Session

PRACTICE = "practice"


class DestinationBox(QWidget):
    """A "Send to" list, a Connections… button and a line saying where the contacts will go."""

    #: The choice (or the list) changed.
    changed = Signal()
    #: Connections… was pressed: the owner opens the dialog, then calls ``connections_changed``.
    connections_wanted = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        label = QLabel(self.tr("Send &to:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("destinationCombo")
        self.combo.setAccessibleName(self.tr("Where to send the contacts"))
        self.combo.setMinimumWidth(340)
        label.setBuddy(self.combo)
        self.connections_button = QPushButton(self.tr("C&onnections…"), self)
        self.connections_button.setAccessibleName(self.tr("Add or change CRM connections"))
        self.connections_button.clicked.connect(self.connections_wanted)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(label)
        line.addWidget(self.combo, 1)
        line.addWidget(self.connections_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.note)
        self.setTabOrder(self.combo, self.connections_button)

        self._filling = False
        self.combo.currentIndexChanged.connect(self._chosen)
        session.practiceChanged.connect(self._session_changed)
        session.targetChanged.connect(self._session_changed)
        connections.notifier().changed.connect(self._connections_changed)
        self.fill()

    def chosen(self) -> str | None:
        """PRACTICE, a saved connection's name, or None (nothing chosen yet)."""
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def choose(self, name: str) -> None:
        """Select PRACTICE or a saved connection, as a person picking it in the list."""
        at = self.combo.findData(name)
        if at >= 0:
            self.combo.setCurrentIndex(at)

    def fill(self) -> None:
        """Practice, then the saved connections for this CRM; the session's choice is selected."""
        self._filling = True
        try:
            target = self.session.target
            crm = TARGET_LABELS[target]
            self.combo.clear()
            saved = connections.for_target(target)
            if not self.session.practice and not saved:
                self.combo.addItem(self.tr("Choose where to send…"), None)
            self.combo.addItem(icon("practice"), self.tr("Practice — nothing leaves this computer"), PRACTICE)
            for record in saved:
                self.combo.addItem(icon("app"), f"{record.name} — {crm}", record.name)
            if self.session.practice:
                self.combo.setCurrentIndex(self.combo.findData(PRACTICE))
            else:
                last = connections.last_used().get(target)
                at = self.combo.findData(last) if last else -1
                self.combo.setCurrentIndex(at if at >= 0 else (self.combo.count() - 1 if saved else 0))
        finally:
            self._filling = False
        self._describe()
        self.changed.emit()

    @Slot()
    def _session_changed(self, *_args: object) -> None:
        if self.isEnabled():  # while a send is going on, its destination stays shown
            self.fill()

    @Slot()
    def _connections_changed(self) -> None:
        """A connection was added or removed: the same choice stays chosen if it still exists."""
        if not self.isEnabled():
            return
        choice = self.chosen()
        self.fill()
        if choice is not None and self.combo.findData(choice) >= 0 and choice != self.chosen():
            self.choose(choice)

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        if self._filling:
            return
        choice = self.chosen()
        if choice == PRACTICE:
            self.session.set_practice(True)
        elif choice is not None:
            before = None if self.session.practice else connections.last_used().get(self.session.target)
            self.session.set_practice(False)
            connections.set_last_used(self.session.target, choice)
            if before is not None and before != choice:  # another account: the last run went elsewhere
                self.session.destination_changed()
        self._describe()
        self.changed.emit()

    def _describe(self) -> None:
        choice = self.chosen()
        crm = TARGET_LABELS[self.session.target]
        if choice == PRACTICE:
            text = self.tr("The contacts go to a pretend {crm} inside this app, so you can try everything safely. "
                           "It forgets them when the app closes.").format(crm=crm)
        elif choice is None:
            text = self.tr("To send to your real {crm}, add a connection with its API key under Connections….").format(
                crm=crm)
        else:
            record = connections.find(choice)
            text = self.tr("The contacts go to {crm} at {url}.").format(crm=crm, url=record.base_url if record else "")
            if connections.token_kept_for_session(choice) is None:
                text += " " + self.tr("Its API key is not saved on this computer: enter it under Connections….")
        self.note.setText(text)

    def connections_changed(self, saved: str | None) -> None:
        """After the Connections dialog (its owner opens it): refill, and choose a connection saved there."""
        self.fill()
        if saved and self.combo.findData(saved) >= 0:
            self.choose(saved)
