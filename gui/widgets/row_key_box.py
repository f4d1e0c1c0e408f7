"""The Send step's consent to the row key (HubSpot): "Keep track of people without an email".

HubSpot finds a contact by email, so a row without one whose answer is lost (the app killed, the
connection dropped) can only be reported "Unknown". With the person's consent the app creates, once, a
contact property with unique values in the account and sets it on every contact it creates, so such a
row is found again instead (``core.targets.row_key``; the command line's ``submit --row-key``).

The box shows only when it matters: HubSpot, rows without an email among those to send, and an account
that does not have the property yet (once it has, the key is used without asking). Ticking it keeps the
choice in ``session.row_key_consent``; the batches are prepared again with the key, and the send creates
the property before recording the run (``gui.sending.worker``).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from core.account.model import Property
from core.account.row_key import account_has_row_key
from core.targets.row_key import ROW_KEY_DEFINITION, ROW_KEY_PROPERTY
from gui.connections import saved as connections
from gui.session.import_session import Session


class RowKeyBox(QWidget):
    """A tick box and one line of help under it; hidden when it does not apply."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.tick = QCheckBox(self.tr("&Keep track of people without an email (creates one contact property in "
                                      "HubSpot, once)"), self)
        self.tick.setObjectName("rowKeyConsent")
        self.tick.setAccessibleName(self.tr("Keep track of people without an email"))
        self.tick.setToolTip(self.tr("The app creates the contact property “Contact Importer row key” in HubSpot "
                                     "once (needs the crm.schemas.contacts.write scope) and sets it on every contact "
                                     "it creates."))
        self.help = QLabel(self.tr("HubSpot finds people by email: with this, someone without one is found again if "
                                   "sending is interrupted, instead of ending “Unknown”."), self)
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)
        column.addWidget(self.tick)
        column.addWidget(self.help)
        self._made: set[tuple[str, str | None]] = set()  # destinations a send of this window gave the key
        self.tick.toggled.connect(session.set_row_key_consent)
        for signal in (session.targetChanged, session.checkedChanged, session.rowsChanged, session.accountChanged):
            signal.connect(self._refresh)
        self._refresh()

    def applies(self) -> bool:
        """HubSpot, someone to send has no email, and the account has no row key yet."""
        s = self.session
        if s.target != "hubspot" or s.checked is None or account_has_row_key(s.checking_account()) \
                or self._where() in self._made:
            return False
        return any(c.sendable and not c.values.get("email") for c in s.checked.rows)

    def made(self) -> None:
        """A send just created the property (or found it) in the account: the account's fields as read
        before now list it too, so the box goes and later runs use the key without asking. (The row key
        is never offered on the Map step, so the checks do not change.)"""
        self._made.add(self._where())  # (the account's fields may not have been read: the built-in list)
        account = self.session.checking_account()
        if account is not None and not account_has_row_key(account):
            d = ROW_KEY_DEFINITION
            account.properties.append(Property(ROW_KEY_PROPERTY, d["label"], d["groupName"], d["type"], d["fieldType"],
                                               hubspot_defined=False, description=d["description"]))
        self._refresh()

    def _where(self) -> tuple[str, str | None]:
        s = self.session
        return s.target, "" if s.practice else connections.last_used().get(s.target)

    @Slot()
    def _refresh(self, *_args: object) -> None:
        self.tick.setChecked(self.session.row_key_consent)
        self.setVisible(self.applies())
