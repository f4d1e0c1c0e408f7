"""The Send step's "Companies" settings (HubSpot, when a column names each person's company): which of
the account's contact→company association labels to use, and whether a company not in HubSpot yet
is created.

The labels are the account's own (``GET /crm/associations/v4/contacts/companies/labels``, kept in
``session.account``); the choice goes to ``session.set_company_options``, which drops the batches so
they are prepared again with the links inside them, and it is recorded with the run.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.account.companies import COMPANY_AMBIGUOUS, COMPANY_KEYS, COMPANY_NEW, COMPANY_UNKNOWN
from gui.session.import_session import Session


class CompanyBox(QGroupBox):
    """An association label list and a "create missing companies" box; shown only when they apply."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Companies"), parent)
        self.session = session
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.label = QComboBox(self)
        self.label.setObjectName("companyLabel")
        self.label.setAccessibleName(self.tr("How each contact is associated with its company"))
        self.label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.create_missing = QCheckBox(self.tr("&Create companies that are not in HubSpot yet"), self)
        self.create_missing.setObjectName("createCompanies")
        self.create_missing.setAccessibleName(self.tr("Create missing companies"))
        self.create_missing.setToolTip(self.tr("Without this, a company that is not found is left out and the row "
                                               "says so. Changing either prepares the batches again."))
        caption = QLabel(self.tr("Associate as:"), self)
        caption.setBuddy(self.label)
        row.addWidget(caption)
        row.addWidget(self.label)
        row.addSpacing(16)
        row.addWidget(self.create_missing)
        row.addStretch(1)
        layout.addLayout(row)
        self.found = QLabel(self)  # what the prepared batches will do about companies, row by row on hover
        self.found.setObjectName("hint")
        self.found.setWordWrap(True)
        layout.addWidget(self.found)
        self.label.currentIndexChanged.connect(self._changed)
        self.create_missing.toggled.connect(self._changed)
        session.targetChanged.connect(self._refresh)
        session.mappingChanged.connect(self._refresh)
        session.accountChanged.connect(self._refresh)
        session.batchesChanged.connect(self._batches_changed)
        self._refresh()
        self._batches_changed(session.batches)

    def applies(self) -> bool:
        s = self.session
        return s.target == "hubspot" and s.mapping is not None and \
            any(s.mapping.for_field(k) is not None for k in COMPANY_KEYS)

    @Slot()
    def _refresh(self, *_args: object) -> None:
        """The account's labels, the session's choice selected; hidden when no column names a company."""
        s = self.session
        self.setVisible(self.applies())
        account = s.checking_account()
        labels = [a.label for a in account.association_labels] if account is not None else []
        if "" not in labels:
            labels.insert(0, "")  # HubSpot's own unlabelled type (279) is always there
        self.label.blockSignals(True)
        self.create_missing.blockSignals(True)
        self.label.clear()
        for text in labels:
            self.label.addItem(text or self.tr("Company (no label)"), text)
        found = self.label.findData(s.company_label)
        self.label.setCurrentIndex(max(0, found))
        self.create_missing.setChecked(s.create_companies)
        self.label.blockSignals(False)
        self.create_missing.blockSignals(False)
        if found < 0 and s.company_label:  # a label this account does not have: back to unlabelled
            self._changed()

    @Slot(object)
    def _batches_changed(self, batches: object) -> None:
        """How many contacts get their company, and which companies were not found or matched several."""
        links = getattr(batches, "links", None) or {}
        notes: dict[int, tuple[str, str]] = getattr(batches, "company_notes", None) or {}
        if batches is None or not (links or notes):
            self.found.clear()
            self.found.setToolTip("")
            return
        codes = [code for code, _text in notes.values()]
        n = len(links)
        parts = [self.tr("1 contact will be associated with its company.") if n == 1 else
                 self.tr("{n} contacts will be associated with their company.").format(n=n)]
        for code, one, many in (
                (COMPANY_UNKNOWN, self.tr("1 row names a company not found in HubSpot (sent without one)."),
                 self.tr("{n} rows name a company not found in HubSpot (sent without one).")),
                (COMPANY_AMBIGUOUS, self.tr("1 row names several companies (not guessed: give the domain or the ID)."),
                 self.tr("{n} rows name several companies (not guessed: give the domain or the ID).")),
                (COMPANY_NEW, self.tr("1 row names a company that will be created when sending."),
                 self.tr("{n} rows name a company that will be created when sending."))):
            k = codes.count(code)
            if k:
                parts.append(one if k == 1 else many.format(n=k))
        self.found.setText(" ".join(parts))
        self.found.setToolTip("\n".join(text for _row, (_code, text) in sorted(notes.items())[:20]))

    @Slot()
    def _changed(self, *_args: object) -> None:
        self.session.set_company_options(str(self.label.currentData() or ""), self.create_missing.isChecked())
