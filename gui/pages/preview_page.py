"""Step 4: the batches and the exact JSON each one sends, and one sentence saying what will happen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.mapping.catalog import TARGET_LABELS
from core.matching.view import summary as duplicates_summary
from core.summary import SendSummary, send_summary
from core.validation.check import left_out
from gui.basics.accessibility import announce
from gui.basics.format import fmt_int, fmt_size
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.connections.account_loader import connection_for
from gui.models.batches_model import BatchesModel
from gui.pages.base import Page
from gui.session.batch_builder import builder_for
from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner
from gui.widgets.banner import Banner
from gui.widgets.json_view import JsonView
from gui.widgets.mode_box import ModeBox
from gui.widgets.progress_row import ProgressRow
from gui.widgets.splitter import RememberedSplitter

#: Bodies longer than this are shown cut, with a note; Copy still copies all of it.
MAX_SHOWN_CHARS = 2_000_000


class PreviewPage(Page):
    """Batches are built on a worker when the page is entered (and again when the mode changes).

    The build is the session's ``BatchBuilder`` (shared with the Send step, which rebuilds in place).
    """

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.set_heading(self.tr("Preview what will be sent"),
                         self.tr("Nothing has been sent yet. This is exactly what the Send step will send, "
                                 "batch by batch."))
        # Below the heading the step scrolls when the window is small: the batches keep room for five rows.
        lay = self.scrolling_body()
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.summary)
        self.duplicates_line = QLabel(self)
        self.duplicates_line.setObjectName("duplicatesChoice")
        self.duplicates_line.setWordWrap(True)
        self.duplicates_line.hide()
        lay.addWidget(self.duplicates_line)

        self.mode_box = ModeBox(session, self)  # the same four choices as on Send (HubSpot only)
        self.mode_create = self.mode_box.create_only
        self.mode_upsert = self.mode_box.upsert
        lay.addWidget(self.mode_box)

        self.builder = builder_for(session, runner)
        self.builder.connection_for = connection_for  # who exists is asked of this account
        self.progress = ProgressRow(self)
        self.progress.cancelClicked.connect(self.builder.cancel)
        lay.addWidget(self.progress)
        self.error = Banner("error", parent=self)
        self.error.hide()
        lay.addWidget(self.error)

        self.model = BatchesModel(self)
        self.batch_view = QTableView(self)
        self.batch_view.setObjectName("batchView")
        self.batch_view.setAccessibleName(self.tr("Batches"))
        self.batch_view.setModel(self.model)
        self.batch_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batch_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batch_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batch_view.setTabKeyNavigation(False)
        self.batch_view.verticalHeader().hide()
        self.batch_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Fixed widths: "resize to contents" would measure every row, and 200,000 rows make 2,000 batches.
        header = self.batch_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.batch_view.fontMetrics().horizontalAdvance("M")
        for col, width in enumerate((5, 11, 6, 10, 6)):
            header.resizeSection(col, max(width * em, header.sectionSizeFromContents(col).width() + em))
        self.batch_view.selectionModel().currentRowChanged.connect(self._batch_selected)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.json_title = QLabel(right)
        self.json_title.setObjectName("jsonTitle")
        line.addWidget(self.json_title, 1)
        self.copy_button = QPushButton(icon("copy"), self.tr("C&opy"), right)
        self.copy_button.setAccessibleName(self.tr("Copy this batch's JSON"))
        self.copy_button.setToolTip(self.tr("Copy this batch's JSON to the clipboard"))
        self.copy_button.clicked.connect(self.copy_json)
        self.copy_button.setEnabled(False)
        line.addWidget(self.copy_button)
        right_layout.addLayout(line)
        self.json = JsonView(right)  # long bodies fill in a step at a time: no freeze
        self.json.setObjectName("jsonView")
        self.json.setAccessibleName(self.tr("Exact JSON of the selected batch"))
        self.highlighter = self.json.highlighter
        right_layout.addWidget(self.json, 1)

        splitter = RememberedSplitter("previewSplit", Qt.Orientation.Horizontal, self)
        rows = self.batch_view.verticalHeader().defaultSectionSize()
        splitter.setMinimumHeight(rows * 6 + self.batch_view.horizontalHeader().sizeHint().height() + 4)
        splitter.addWidget(self.batch_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 800])
        splitter.setChildrenCollapsible(False)
        lay.addWidget(splitter, 1)
        self._body = b""

        self.builder.started.connect(self._build_started)
        self.builder.progress.connect(self.progress.set_progress)
        self.builder.busyChanged.connect(self._build_busy)
        self.builder.failed.connect(self._build_failed)
        self.builder.outdated.connect(self._build_outdated)
        session.batchesChanged.connect(self._batches_changed)
        session.practiceChanged.connect(self._refresh_summary)
        session.duplicatesChanged.connect(self._refresh_summary)
        session.targetChanged.connect(self._target_changed)
        self._target_changed(session.target)

    # -- building ------------------------------------------------------------------------------
    def enter(self) -> None:
        if self.session.batches is None and self.session.checked is not None and not self.is_busy():
            self.start_build()
        self.batch_view.setFocus()

    def is_busy(self) -> bool:
        return self.builder.is_busy()

    def start_build(self) -> Job | None:
        return self.builder.start()

    @Slot()
    def _build_started(self) -> None:
        self.error.hide()
        self.summary.setText(self.tr("Preparing the batches…"))
        self.progress.start(self.tr("Preparing the batches…"), self.tr("contacts"))

    @Slot(bool)
    def _build_busy(self, busy: bool) -> None:
        if not busy:
            self.progress.stop()

    @Slot(str)
    def _build_failed(self, message: str) -> None:
        self.error.set_text(message)
        self.error.show()

    @Slot()
    def _build_outdated(self) -> None:
        if self.isVisible():
            self.start_build()

    # -- following the session -----------------------------------------------------------------
    @Slot(object)
    def _batches_changed(self, batches: object) -> None:
        self.model.set_batches(self.session.batches)
        if self.session.batches is None:
            self._show_body(None)
            self.summary.clear()
            if self.isVisible():
                self.start_build()
            return
        self._refresh_summary()
        # The first body (tens of KB, coloured line by line) is shown on the next turn of the event
        # loop, so the list and the sentence paint first and the window never stalls on both at once.
        QTimer.singleShot(0, self._select_first)

    @Slot()
    def _select_first(self) -> None:
        if self.model.rowCount() and not self.batch_view.currentIndex().isValid():
            self.batch_view.setCurrentIndex(self.model.index(0, 0))
        elif not self.model.rowCount():
            self._show_body(None)

    @Slot()
    def _refresh_summary(self, *_args: object) -> None:
        s = self.session
        if s.batches is not None:
            self.summary.setText(self.sentence(send_summary(s.target, s.batches, s.counts)))
            announce(self, self.summary.text())
        words = core_text(duplicates_summary(s.duplicates, s.account_matches, s.book))
        self.duplicates_line.setText(self.tr("Duplicates: {words}").format(words=words))
        self.duplicates_line.setVisible(bool(words))

    @Slot(str)
    def _target_changed(self, target: str) -> None:
        self.mode_box.setVisible(target == "hubspot")

    # -- one batch's JSON ----------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _batch_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_body(self.model.batch(current.row()) if current.isValid() else None)

    def _show_body(self, batch) -> None:
        if batch is None:
            self._body = b""
            self.json.clear()
            self.json_title.clear()
            self.copy_button.setEnabled(False)
            return
        # Built on each access (see ``Batch.body``): once here, and the same bytes used throughout.
        self._body = body = batch.body
        text = body.decode("utf-8")
        if len(text) > MAX_SHOWN_CHARS:
            text = text[:MAX_SHOWN_CHARS] + "\n…"
        self.json.show_text(text)
        total = self.model.rowCount()
        self.json_title.setText(self.tr("Batch {n} of {total}: {contacts} contacts, {size}").format(
            n=fmt_int(batch.number), total=fmt_int(total), contacts=fmt_int(len(batch.items)),
            size=fmt_size(len(body))))
        self.copy_button.setEnabled(True)

    @Slot()
    def copy_json(self) -> None:
        """Exactly the bytes that will be sent, as text."""
        if self._body:
            QGuiApplication.clipboard().setText(self._body.decode("utf-8"))

    def _rows_without_a_value(self) -> int:
        """Rows that will be sent without a field whose value could not be read (only rows with problems are
        looked at: the session keeps their positions)."""
        checked = self.session.checked
        if checked is None:
            return 0
        n = 0
        for p in self.session.problems:
            r = checked.rows[p]
            if r.sendable:
                values = r.values
                n += any(left_out(i, values) for i in r.issues)
        return n

    def sentence(self, s: SendSummary) -> str:
        """"3,214 contacts will be sent to HubSpot in 33 batches; 12 rows with errors will be skipped."""
        crm = TARGET_LABELS[s.target]
        if self.session.practice:
            crm = self.tr("the practice {crm} on this computer").format(crm=crm)
        if s.contacts == 0:
            first = self.tr("No contacts are ready to send")
        else:
            contacts = self.tr("1 contact") if s.contacts == 1 else self.tr("{n} contacts").format(
                n=fmt_int(s.contacts))
            batches = self.tr("1 batch") if s.batches == 1 else self.tr("{n} batches").format(n=fmt_int(s.batches))
            first = self.tr("{contacts} will be sent to {crm} in {batches}").format(
                contacts=contacts, crm=crm, batches=batches)
        parts = [first]
        if s.skipped_errors:
            parts.append(self.tr("1 row with errors will be skipped") if s.skipped_errors == 1 else
                         self.tr("{n} rows with errors will be skipped").format(n=fmt_int(s.skipped_errors)))
        if s.excluded:
            parts.append(self.tr("1 row you left out will not be sent") if s.excluded == 1 else
                         self.tr("{n} rows you left out will not be sent").format(n=fmt_int(s.excluded)))
        without = self._rows_without_a_value()
        if without:
            parts.append(self.tr("1 row goes without a value that could not be read (the Check step lists it)")
                         if without == 1 else
                         self.tr("{n} rows go without a value that could not be read (the Check step lists them)")
                         .format(n=fmt_int(without)))
        if s.upserts:
            parts.append(self.tr("contacts whose email is already in {crm} will be updated").format(
                crm=TARGET_LABELS[s.target]))
        if s.updates:
            parts.append(self.tr("1 row will update the contact you chose in the account") if s.updates == 1 else
                         self.tr("{n} rows will update the contacts you chose in the account").format(
                             n=fmt_int(s.updates)))
        return "; ".join(parts) + "."
