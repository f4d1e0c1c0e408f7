"""The Send step's own HubSpot options, and the batches prepared again when one of them changes there.

Two boxes (``gui.widgets``) offer the options: ``ModeBox`` (when an email is already in HubSpot) and
``CompanyBox`` (the Companies links: the association label, creating missing companies); ``RowKeyBox``
(the consent to the row key) also changes what the batches hold. Changing any of them makes the
session drop its batches; ``SendOptions`` prepares them again through the builder Preview shares
(``gui.session.batch_builder``), without leaving the step, and shows that build's progress. Kept
apart from ``send_page`` because it is one concept the rest of the page only asks about
(``builder.is_busy()``) or switches off while a send goes on; the page still says, in its banner
and hint, what a build's start and failure mean for sending.

A helper object the page owns, not a mixin: PySide6 may call a slot inherited from a plain-Python mixin
without ``sender()``, so the slots here belong to a QObject of their own.

Its words keep the Send page's translation context ("SendPage"), as when they were written inside it.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from gui.connections.account_loader import connection_for
from gui.session.batch_builder import builder_for
from gui.session.import_session import Session
from gui.session.workers import JobRunner
from gui.widgets.company_box import CompanyBox
from gui.widgets.legal_basis_box import LegalBasisBox
from gui.widgets.list_box import ListBox
from gui.widgets.mode_box import ModeBox
from gui.widgets.progress_row import ProgressRow
from gui.widgets.row_key_box import RowKeyBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendPage", text)


class SendOptions(QObject):
    """The mode and Companies boxes, and preparing the batches again (see the module docstring)."""

    def __init__(self, session: Session, runner: JobRunner, page: QWidget, layout: QBoxLayout) -> None:
        """The two boxes and a build's progress row go into ``layout``, in that order, as children of ``page``."""
        super().__init__(page)
        self.session = session
        self._page = page
        # The two tall boxes scroll when the window is short (1024x700 with every HubSpot option showing);
        # the one-line options below them, the send button and the results table stay in view.
        self.panel = QScrollArea(page)
        self.panel.setObjectName("sendOptions")
        self.panel.setFrameShape(QFrame.Shape.NoFrame)
        self.panel.setWidgetResizable(True)
        self.panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.panel)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        self.mode_box = ModeBox(session, inner)  # HubSpot only
        column.addWidget(self.mode_box)
        self.company_box = CompanyBox(session, inner)  # HubSpot, when a column names the company
        column.addWidget(self.company_box)
        column.addStretch(1)
        self.panel.setWidget(inner)
        layout.addWidget(self.panel)
        self.list_box = ListBox(session, page)  # HubSpot: add the run's contacts to a list
        layout.addWidget(self.list_box)
        self.legal_basis_box = LegalBasisBox(session, page)  # HubSpot: when a column gives subscriptions
        layout.addWidget(self.legal_basis_box)
        # HubSpot, rows without an email: the person's consent to the app's row-key property (row_key_box).
        self.row_key_box = RowKeyBox(session, page)
        layout.addWidget(self.row_key_box)
        # Rows whose contact owner HubSpot does not have: said before sending, row by row on hover.
        self.owner_note = QLabel(page)
        self.owner_note.setObjectName("hint")
        self.owner_note.setWordWrap(True)
        self.owner_note.hide()
        layout.addWidget(self.owner_note)
        session.targetChanged.connect(self._target_changed)
        self._target_changed(session.target)

        # The batches are prepared again here when the mode changes (the same build as on Preview).
        self.builder = builder_for(session, runner)
        self.builder.connection_for = connection_for  # who exists is asked of this account
        self.build_progress = ProgressRow(page)
        self.build_progress.setObjectName("buildProgress")
        self.build_progress.cancel.hide()  # nothing to send without them: change the mode back instead
        layout.addWidget(self.build_progress)

        b = self.builder
        b.started.connect(self._build_started)
        b.progress.connect(self.build_progress.set_progress)
        b.busyChanged.connect(self._build_busy)
        b.outdated.connect(self.rebuild)
        session.modeChanged.connect(self._mode_changed)
        session.batchesChanged.connect(self._owners_said)

    def chain_tabs(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from ``before`` through the options to ``after``."""
        chain = (before, self.mode_box.create_only, self.mode_box.upsert, self.mode_box.add_new, self.mode_box.skip_new,
                 self.company_box.label, self.company_box.create_missing, self.list_box.tick, self.list_box.name,
                 self.list_box.marketing, self.legal_basis_box.basis, self.legal_basis_box.explanation,
                 self.row_key_box.tick, after)
        for a, b in pairwise(chain):
            self._page.setTabOrder(a, b)

    def set_enabled(self, enabled: bool) -> None:
        """Off while a send goes on: the batches being sent are not prepared again under it."""
        self.mode_box.setEnabled(enabled)
        self.company_box.setEnabled(enabled)
        self.list_box.setEnabled(enabled)
        self.legal_basis_box.setEnabled(enabled)
        self.row_key_box.setEnabled(enabled)

    @Slot()
    def rebuild(self) -> None:
        """The batches are gone (the mode changed here): prepare them again without leaving the step."""
        s = self.session
        if self._page.isVisible() and s.batches is None and s.checked is not None:
            self.builder.start()

    @Slot(object)
    def _owners_said(self, batches: object) -> None:
        """How many rows go without their contact owner (an owner HubSpot does not have), before sending."""
        notes: dict[int, str] = getattr(batches, "owner_notes", None) or {}
        if not notes:
            self.owner_note.hide()
            return
        n = len(notes)
        self.owner_note.setText(_tr("1 row names a contact owner HubSpot does not have; it is sent without one.")
                                if n == 1 else
                                _tr("{n} rows name a contact owner HubSpot does not have; they are sent without "
                                    "one.").format(n=n))
        self.owner_note.setToolTip("\n".join(text for _row, text in sorted(notes.items())[:20]))
        self.owner_note.show()

    @Slot(str)
    def _target_changed(self, target: str) -> None:
        self.panel.setVisible(target == "hubspot")  # Virtuous has none of these options
        if target != "hubspot":
            self.owner_note.hide()

    @Slot()
    def _build_started(self) -> None:
        self.build_progress.start(_tr("Preparing the batches…"), _tr("contacts"))

    @Slot(bool)
    def _build_busy(self, busy: bool) -> None:
        if not busy:
            self.build_progress.stop()

    @Slot(str)
    def _mode_changed(self, _mode: str) -> None:
        self.rebuild()  # changed back while a build was going on: that build is out of date
