"""Step 3: every row checked; fix values in place, leave rows out, see how many are ready."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTabWidget, QWidget)

from core.steps import CheckResult, run_account_compare, run_check, run_duplicates
from gui.connections import practice, saved
from gui.basics.format import fmt_int
from gui.basics.resources import icon
from gui.models.check_model import COL_ROW, COL_SEND, COL_STATUS, FIRST_DATA_COL, SHOW_ALL, SHOW_PROBLEMS, CheckModel
from gui.pages.base import Page
from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner
from gui.widgets.banner import Banner
from gui.widgets.existing_panel import ExistingPanel
from gui.widgets.frozen_table import FrozenTableView
from gui.widgets.duplicates_panel import DuplicatesPanel
from gui.widgets.progress_row import ProgressRow
from gui.basics.language import core_text
from gui.basics.accessibility import announce


ROWS_TAB, DUPLICATES_TAB = 0, 1


class CheckPage(Page):
    """Checking runs on a worker when the page is entered and nothing is checked yet."""

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.set_heading(self.tr("Check the rows"),
                         self.tr("Cells with a problem are coloured; point at one to see why. Double-click a cell to "
                                 "fix it here (your file is not changed). Rows with errors are not sent; untick a row "
                                 "to leave it out."))
        self.progress = ProgressRow(self)
        self.progress.cancelClicked.connect(self.cancel_check)
        self.layout_.addWidget(self.progress)
        self.error = Banner("error", parent=self)
        self.error.hide()
        self.layout_.addWidget(self.error)

        counts = QHBoxLayout()
        counts.setSpacing(8)
        self.chips: dict[str, QLabel] = {}
        for status, name in (("ok", "status-ok"), ("warning", "status-warning"), ("error", "status-error"),
                             ("excluded", "status-excluded")):
            chip_icon = QLabel(self)
            chip_icon.setPixmap(icon(name).pixmap(QSize(16, 16)))
            chip = QLabel(self)
            chip.setObjectName("countChip")
            chip.setProperty("status", status)
            counts.addWidget(chip_icon)
            counts.addWidget(chip)
            counts.addSpacing(10)
            self.chips[status] = chip
        counts.addStretch(1)
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"), self)
        self.only_problems.setAccessibleName(self.tr("Show only rows with problems"))
        self.only_problems.toggled.connect(self._filter_toggled)
        self.layout_.addLayout(counts)
        self.existing = ExistingPanel(session, runner, self)
        self.layout_.addWidget(self.existing)

        actions = QHBoxLayout()
        self.find_duplicates = QPushButton(self.tr("Find &duplicates"), self)
        self.find_duplicates.setObjectName("findDuplicates")
        self.find_duplicates.setToolTip(self.tr("Look for rows that are probably the same person"))
        self.find_duplicates.clicked.connect(self.start_duplicates)
        self.compare = QPushButton(self.tr("Compare with the &account"), self)
        self.compare.setObjectName("compareAccount")
        self.compare.setToolTip(self.tr("Fetch the people already in the account once and label each row"))
        self.compare.clicked.connect(self.start_compare)
        actions.addWidget(self.find_duplicates)
        actions.addWidget(self.compare)
        actions.addStretch(1)
        actions.addWidget(self.only_problems)  # (beside the counts, Spanish words cut it at 1024 px)
        self.layout_.addLayout(actions)

        self.model = CheckModel(session, self)
        # Send, Row and Status stay in view when the table scrolls right to a flagged cell.
        self.view = FrozenTableView(FIRST_DATA_COL, self)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.view.setObjectName("checkView")
        self.view.setAccessibleName(self.tr("Rows of the file"))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        hh = self.view.horizontalHeader()
        hh.setDefaultSectionSize(140)
        hh.setHighlightSections(False)
        self.view.set_frozen_options()
        self.duplicates = DuplicatesPanel(session, self)
        # The rows and the duplicate review each get the whole height (three tables stacked were a row
        # tall each at 1024x700): two tabs, the second shown once duplicates were looked for.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("checkTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, self.tr("Rows"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates"))
        self.tabs.setTabVisible(DUPLICATES_TAB, False)
        self.layout_.addWidget(self.tabs, 1)
        session.duplicatesChanged.connect(self._duplicates_changed)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.details.fontMetrics().height() * 2 + 8)
        self.layout_.addWidget(self.details)

        self.model.modelReset.connect(self._size_columns)
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        session.countsChanged.connect(self._show_counts)
        session.checkedChanged.connect(self._checked_changed)
        session.rowsChanged.connect(lambda _rows: self._selection_changed())
        self._show_counts(session.counts)
        self._selection_changed()

    # -- checking ------------------------------------------------------------------------------
    def enter(self) -> None:
        if self.session.checked is None and not self.is_busy():
            self.start_check()
        self.view.setFocus()

    def start_check(self) -> Job | None:
        """Check every row in the background (a new check replaces one still running)."""
        s = self.session
        if s.table is None or s.mapping is None:
            return None
        self.error.hide()
        job = Job(run_check, s.table, s.mapping, account=s.checking_account(), what=self.tr("checking the rows"))
        job.revision = s.revision  # type: ignore[attr-defined]
        job.progress.connect(self.progress.set_progress)
        job.finished.connect(self._checked)
        job.failed.connect(self._check_failed)
        job.cancelled.connect(self._check_cancelled)
        self.progress.start(self.tr("Checking {n} rows…").format(n=fmt_int(len(s.table.records))), self.tr("rows"))
        return self.start_job(job)

    @Slot()
    def cancel_check(self) -> None:
        self.cancel_job()
        self.progress.stop()

    @Slot(object)
    def _checked(self, result: CheckResult) -> None:
        if not self.is_current_job():
            return
        stale = self.sender().revision != self.session.revision  # type: ignore[union-attr]
        self.job_ended()
        self.progress.stop()
        if stale:  # the mapping or file changed meanwhile: check again
            if self.isVisible():
                self.start_check()
            return
        self.session.set_checked(result.checked, result.statuses, result.counts, result.problems)

    @Slot(str)
    def _check_failed(self, message: str) -> None:
        if self.is_current_job():
            self.job_ended()
            self.progress.stop()
            self.error.set_text(message)
            self.error.show()

    @Slot()
    def _check_cancelled(self) -> None:
        if self.is_current_job():
            self.job_ended()
            self.progress.stop()

    @Slot(object)
    def _checked_changed(self, checked: object) -> None:
        self._selection_changed()
        if checked is None:
            self.cancel_job()
            self.progress.stop()
            if self.isVisible():  # e.g. a saved mapping was applied while this page is open
                QTimer.singleShot(0, self.enter)

    # -- duplicates ----------------------------------------------------------------------------
    def start_duplicates(self) -> Job | None:
        """Find groups of rows that are probably one person, on a worker (Cancel stops it)."""
        s = self.session
        if s.checked is None or self.is_busy():
            return None
        job = Job(run_duplicates, s.checked, what=self.tr("looking for duplicates"))
        job.finished.connect(self._duplicates_found)
        return self._start_matching(job, self.tr("Looking for rows that are the same person…"), self.tr("steps"))

    def start_compare(self) -> Job | None:
        """Fetch the account's people (once; then from the saved copy) and label each row."""
        s = self.session
        if s.checked is None or self.is_busy():
            return None
        conn = practice.account_connection(s.target) if s.practice else self._saved_connection()
        if conn is None:
            self.error.set_text(self.tr("Choose a connection for {crm} on the Send step first (or use practice "
                                        "mode) to compare with its people.").format(crm=s.target))
            self.error.show()
            return None
        job = Job(run_account_compare, s.checked, conn, what=self.tr("comparing with the account"))
        job.finished.connect(self._compared)
        return self._start_matching(job, self.tr("Fetching the people in the account…"), self.tr("people"))

    def _start_matching(self, job: Job, label: str, unit: str) -> Job:
        """Progress, Cancel and errors of a matching job go where the check's go."""
        self.error.hide()
        job.progress.connect(self.progress.set_progress)
        job.failed.connect(self._check_failed)
        job.cancelled.connect(self._check_cancelled)
        self.progress.start(label, unit)
        return self.start_job(job)

    def _saved_connection(self):  # type: ignore[no-untyped-def]
        name = saved.last_used().get(self.session.target)
        record = saved.find(name) if name else None
        return saved.connection(record) if record is not None else None

    @Slot(object)
    def _duplicates_found(self, report: object) -> None:
        if self.is_current_job():
            self.job_ended()
            self.progress.stop()
            self.session.set_duplicates(report)  # type: ignore[arg-type]
            self.duplicates.select_group(1)
            self.tabs.setCurrentIndex(DUPLICATES_TAB)

    @Slot(object)
    def _compared(self, report: object) -> None:
        if self.is_current_job():
            self.job_ended()
            self.progress.stop()
            self.session.set_account_matches(report)  # type: ignore[arg-type]
            self.tabs.setCurrentIndex(DUPLICATES_TAB)

    @Slot()
    def _duplicates_changed(self) -> None:
        """The Duplicates tab is there once duplicates (or people in the account) were looked for."""
        s = self.session
        found = s.duplicates is not None or s.account_matches is not None
        self.tabs.setTabVisible(DUPLICATES_TAB, found)
        groups = len(s.duplicates.groups) if s.duplicates is not None else 0
        self.tabs.setTabText(DUPLICATES_TAB, self.tr("Duplicates ({n})").format(n=fmt_int(groups)) if s.duplicates
                             is not None else self.tr("In the account"))
        if not found:
            self.tabs.setCurrentIndex(ROWS_TAB)

    # -- showing -------------------------------------------------------------------------------
    @Slot(dict)
    def _show_counts(self, counts: dict) -> None:
        texts = {
            "ok": self.tr("{n} ready").format(n=fmt_int(counts.get("ok", 0))),
            "warning": self.tr("{n} with warnings (will be sent)").format(n=fmt_int(counts.get("warning", 0))),
            "error": self.tr("{n} with errors (will be skipped)").format(n=fmt_int(counts.get("error", 0))),
            "excluded": self.tr("{n} left out by you").format(n=fmt_int(counts.get("excluded", 0))),
        }
        for status, chip in self.chips.items():
            chip.setText(texts[status])
            chip.setAccessibleName(texts[status])
        if self.session.checked is not None and not self.is_busy():
            announce(self, " · ".join(texts.values()))

    @Slot(bool)
    def _filter_toggled(self, on: bool) -> None:
        self.model.set_filter(SHOW_PROBLEMS if on else SHOW_ALL)

    @Slot()
    def _size_columns(self) -> None:
        hh = self.view.horizontalHeader()
        if self.model.columnCount() > FIRST_DATA_COL:
            hh.resizeSection(COL_SEND, 56)
            hh.resizeSection(COL_ROW, 60)
            hh.resizeSection(COL_STATUS, 110)

    @Slot(object, object)
    def _row_chosen(self, current, previous) -> None:  # noqa: ANN001 - QModelIndex
        """Another row chosen (click, arrows): scroll sideways to its first cell with a problem, so the
        reason it is flagged is in view (Send, Row and Status stay put)."""
        if not current.isValid() or (previous.isValid() and previous.row() == current.row()):
            return
        if current.column() >= FIRST_DATA_COL:
            return  # the person chose a cell themselves: leave it where it is
        col = self.model.first_problem_column(current.row())
        if col is not None:
            self.view.scrollTo(self.model.index(current.row(), col))

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or self.session.checked is None:
            self.details.setText(self.tr("Select a row to see its problems here."))
            return
        issues = self.model.row_issues(index.row())
        if not issues:
            self.details.setText(self.tr("Row {row}: no problems.").format(
                row=self.model.index(index.row(), COL_ROW).data()))
        else:
            self.details.setText("\n".join(core_text(i.message) for i in issues))
