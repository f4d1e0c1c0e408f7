"""The Send step's legal basis for subscriptions (HubSpot, when a column is mapped to one of the account's
email subscription types): chosen once for the run, with how the people gave it. A yes in such a column
subscribes that contact with this basis once the contact is in (``core.account.subscriptions``).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from core.account.subscriptions import PREFIX
from gui.session.import_session import Session


class LegalBasisBox(QWidget):
    """One line: the legal basis (none chosen at first) and its explanation; shown only when it applies."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.basis = QComboBox(self)
        self.basis.setObjectName("legalBasis")
        self.basis.setAccessibleName(self.tr("Legal basis for the subscriptions"))
        self.basis.addItem(self.tr("Choose…"), "")
        for value, text in (("CONSENT_WITH_NOTICE", self.tr("Consent with notice")),
                            ("LEGITIMATE_INTEREST_CLIENT", self.tr("Legitimate interest (existing supporter)")),
                            ("LEGITIMATE_INTEREST_OTHER", self.tr("Legitimate interest (other)")),
                            ("LEGITIMATE_INTEREST_PQL", self.tr("Legitimate interest (product use)")),
                            ("PERFORMANCE_OF_CONTRACT", self.tr("Performance of a contract")),
                            ("PROCESS_AND_STORE", self.tr("Consent to process and store")),
                            ("NON_GDPR", self.tr("Not under GDPR"))):
            self.basis.addItem(text, value)
        caption = QLabel(self.tr("Subscriptions: legal &basis"), self)
        caption.setBuddy(self.basis)
        self.explanation = QLineEdit(self)
        self.explanation.setObjectName("legalBasisExplanation")
        self.explanation.setAccessibleName(self.tr("How the people gave it"))
        self.explanation.setPlaceholderText(self.tr("How they gave it, e.g. ticked the newsletter box at the gala"))
        row.addWidget(caption)
        row.addWidget(self.basis)
        row.addWidget(self.explanation, 1)
        self.basis.currentIndexChanged.connect(self._changed)
        self.explanation.textChanged.connect(self._changed)
        session.targetChanged.connect(self._refresh)
        session.mappingChanged.connect(self._refresh)
        self._refresh()

    def applies(self) -> bool:
        m = self.session.mapping
        return self.session.target == "hubspot" and m is not None and \
            any(fm.field.startswith(PREFIX) and (fm.sources or fm.constant is not None) for fm in m.fields)

    @Slot()
    def _refresh(self, *_args: object) -> None:
        self.setVisible(self.applies())

    @Slot()
    def _changed(self, *_args: object) -> None:
        self.session.legal_basis = str(self.basis.currentData() or "")
        self.session.legal_basis_explanation = self.explanation.text().strip()
