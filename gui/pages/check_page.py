"""Step 3: every row checked; fix values in place, leave rows out, see how many are ready."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.account.catalog import account_checks
from core.mapping import learned
from core.mapping.catalog import Kind
from core.mapping.model import Mapping
from core.pipeline.jobs import CheckResult, account_compare_job, check_job, duplicates_job
from core.pipeline.pool import Setup
from core.records import Progress, Table
from core.validation.fixes import cells_like, column_cells
from core.validation.groups import Causes, Group
from core.validation.issues import DATE_AMBIGUOUS, Issue
from core.validation.normalize import as_text
from gui.basics.accessibility import announce
from gui.basics.format import fmt_int
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.connections import practice, saved
from gui.dialogs.fix_cells import FixCellsDialog
from gui.models.check_model import (
    COL_ROW,
    COL_SEND,
    COL_STATUS,
    FIRST_DATA_COL,
    SHOW_ALL,
    SHOW_CHOSEN,
    SHOW_PROBLEMS,
    CheckModel,
)
from gui.pages.base import Page
from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner
from gui.widgets.banner import Banner
from gui.widgets.duplicates_panel import DuplicatesPanel
from gui.widgets.existing_panel import ExistingPanel
from gui.widgets.frozen_table import FrozenTableView
from gui.widgets.progress_row import ProgressRow
from gui.widgets.splitter import RememberedSplitter

if TYPE_CHECKING:
    from core.matching.duplicates import DuplicateReport
    from core.matching.linking import AccountReport


class CauseList(QListView):
    """One line per cause of problems, with its count; ``currentRow``/``setCurrentRow``/``item(i).text()`` as a
    list widget has them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        # A long cause is cut with "…" (its whole sentence on hover and below the table), never scrolled:
        # a scroll bar would take one of the two lines in sight.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def count(self) -> int:
        return self.items.rowCount()

    def _rows_high(self, n: int) -> int:
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 10)
        return row * n + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Two causes in sight; the person drags the splitter for more (and it is remembered)."""
        return QSize(super().sizeHint().width(), self._rows_high(2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self._rows_high(2))

    def item(self, row: int) -> QStandardItem:
        return self.items.item(row)

    def currentRow(self) -> int:  # noqa: N802 - as QListWidget names it
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:  # noqa: N802
        self.setCurrentIndex(self.items.index(row, 0))


def check_and_group(table: Table, mapping: Mapping, *, progress: Progress,
                    checks: Setup | None = None) -> tuple[CheckResult, Causes]:
    """``check_job``, then its problems grouped by cause, on the worker (a pass over 200,000 rows that
    kept the window still for 40–70 ms when it was made as the result arrived)."""
    result = check_job(table, mapping, progress=progress, checks=checks)
    return result, Causes(result.checked.rows)


#: Above this many rows, selecting a cell does not count the cells like it (a pass over every row).
_COUNT_ON_SELECT = 20_000


ROWS_TAB, DUPLICATES_TAB = 0, 1


class CheckPage(Page):
    """Checking runs on a worker when the page is entered and nothing is checked yet."""


    #: "Map it to…" on a suspicious column: the window shows the Map step with that column's field list open.
    mapColumn = Signal(str)

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
        #: A column most of whose values fail one check: probably on the wrong field (core.column_findings).
        self.column_banner = Banner("warning", parent=self)
        self.column_banner.setObjectName("columnFinding")
        self.column_banner.hide()
        self.layout_.addWidget(self.column_banner)

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

        # Problems with one cause, one line each with a count; a line shows its rows or fixes them all.
        box = QWidget(self)  # the causes share the splitter with the table: a person sizes them
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 4)
        self.causes = CauseList(box)
        self.causes.setObjectName("causes")
        self.causes.setAccessibleName(self.tr("Problems by cause"))
        self.causes.activated.connect(lambda _index: self.show_cause_rows())
        self.causes.selectionModel().currentChanged.connect(lambda *_a: self._update_fix_buttons())
        box_layout.addWidget(self.causes, 1)
        # Fixing many cells at once: the selected cause's cells, or text in a whole column.
        self.show_rows = QPushButton(self.tr("Show &rows"), self)
        self.show_rows.setToolTip(self.tr("Show only the rows of the selected problem"))
        self.show_rows.clicked.connect(self.show_cause_rows)
        self.fix_all = QPushButton(self.tr("&Fix all like this…"), self)
        self.fix_all.setObjectName("fixAll")
        self.fix_all.clicked.connect(self.fix_all_like_this)
        self.find_replace = QPushButton(self.tr("F&ind && replace…"), self)
        self.find_replace.setToolTip(self.tr("Replace text in every cell of the selected column"))
        self.find_replace.clicked.connect(self.find_and_replace)
        self.undo_fix = QPushButton(self.tr("&Undo fix"), self)
        self.undo_fix.setToolTip(self.tr("Put back every cell the last fix changed"))
        self.undo_fix.clicked.connect(self._undo_fix)
        self.causes_box = box
        self._groups: list[Group] = []
        self._causes: Causes | None = None
        self._checking_revision = -1  # the session's revision the running check started from
        #: The check whose thread still runs (cancelled ones too, until their pool has stopped), and the
        #: check waiting for it to stop: two checks and their pools never run at once.
        self._check_running: Job | None = None
        self._check_waiting: Job | None = None
        self._ready_causes: tuple[object, Causes] | None = None
        self._regroup = QTimer(self)
        self._regroup.setSingleShot(True)
        self._regroup.setInterval(0)
        self._regroup.timeout.connect(self._show_causes)

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
        # tall each at 1024x700): two tabs, the second shown once duplicates were looked for. On the rows
        # tab the causes share a splitter with the table: a person sizes them.
        self.split = RememberedSplitter("checkCauses", Qt.Orientation.Vertical, self)
        self.split.addWidget(self.causes_box)
        self.split.addWidget(self.view)
        self.split.setStretchFactor(0, 0)  # the causes keep their three lines; the table takes the rest
        self.split.setStretchFactor(1, 1)
        self.split.setCollapsible(1, False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("checkTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.split, self.tr("Rows"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates"))
        # The fixes for many cells at once sit in the tab bar's free corner: a row of the rows tab's own
        # height would cost the table a row at 1024x700.
        fixes = QWidget(self.tabs)
        fixes_layout = QHBoxLayout(fixes)
        fixes_layout.setContentsMargins(0, 0, 0, 2)
        for b in (self.show_rows, self.fix_all, self.find_replace, self.undo_fix):
            fixes_layout.addWidget(b)
        self.tabs.setCornerWidget(fixes, Qt.Corner.TopRightCorner)
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
        session.rowsChanged.connect(self._rows_regroup)
        session.checkedChanged.connect(self._checked_regroup)
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
        job = Job(check_and_group, s.table, s.mapping, checks=account_checks(s.checking_account(), s.mapping.target),
                  what=self.tr("checking the rows"))
        self._checking_revision = s.revision
        job.progress.connect(self.progress.set_progress)
        job.finished.connect(self._checked)
        job.failed.connect(self._check_failed)
        job.cancelled.connect(self._check_cancelled)
        self.progress.start(self.tr("Checking {n} rows…").format(n=fmt_int(len(s.table.records))), self.tr("rows"))
        if self._check_running is not None:  # a replaced check is still stopping: this one starts after it
            self.cancel_job()
            self._job = self._check_waiting = job
            return job
        return self._run_check(job)

    def _run_check(self, job: Job) -> Job:
        self._check_running = job
        job.done.connect(self._check_stopped)
        return self.start_job(job)

    @Slot()
    def _check_stopped(self) -> None:
        """A check's thread ended: the check waiting for it starts, unless it was cancelled meanwhile."""
        if self.sender() is not self._check_running:
            return
        self._check_running = None
        waiting, self._check_waiting = self._check_waiting, None
        if waiting is not None and waiting is self._job and not waiting.is_cancelled:
            self._job = None
            self._run_check(waiting)

    @Slot()
    def cancel_check(self) -> None:
        self.cancel_job()
        self.progress.stop()

    @Slot(object)
    def _checked(self, done: tuple[CheckResult, Causes]) -> None:
        if not self.is_current_job():
            return
        result, causes = done
        stale = self._checking_revision != self.session.revision  # only the latest check's result comes here
        self.job_ended()
        self.progress.stop()
        if stale:  # the mapping or file changed meanwhile: check again
            if self.isVisible():
                self.start_check()
            return
        self._ready_causes = (result.checked, causes)  # taken by _checked_regroup, below
        self.session.set_checked(result.checked, result.statuses, result.counts, result.problems)
        self._ready_causes = None
        self._show_finding(result.findings[0] if result.findings else None)

    def _show_finding(self, finding) -> None:  # noqa: ANN001 - core.column_findings.ColumnFinding | None
        """The first suspicious column, with its two one-click fixes."""
        banner = self.column_banner
        banner.clear_actions()
        if finding is None:
            banner.hide()
            return
        banner.set_text(core_text(finding.message))
        column = finding.column
        if finding.suggest is not None:
            banner.add_action(self.tr("Map it to Full name"), lambda: self._map_column(column, finding.suggest),
                              "mapSuggested")
        else:
            banner.add_action(self.tr("Don't import this column"), lambda: self._map_column(column, None), "dropColumn")
        banner.add_action(self.tr("Map it to…"), lambda: self.mapColumn.emit(column), "mapColumn")
        banner.show()

    def _map_column(self, column: str, field_key: str | None) -> None:
        mapping = self.session.mapping
        if mapping is None:
            return
        mapping.assign_column(column, field_key)
        account = self.session.checking_account()
        learned.remember(mapping.target, account.connection if account else "", column, field_key)
        self.column_banner.hide()
        self.session.mapping_edited()

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
            self.column_banner.hide()
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
        job = Job(duplicates_job, s.checked, what=self.tr("looking for duplicates"))
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
        job = Job(account_compare_job, s.checked, conn, what=self.tr("comparing with the account"))
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

    def _saved_connection(self):
        name = saved.last_used().get(self.session.target)
        record = saved.find(name) if name else None
        return saved.connection(record) if record is not None else None

    @Slot(object)
    def _duplicates_found(self, report: DuplicateReport) -> None:
        if self.is_current_job():
            self.job_ended()
            self.progress.stop()
            self.session.duplicate_choices.set_duplicates(report)
            self.duplicates.select_group(1)
            self.tabs.setCurrentIndex(DUPLICATES_TAB)

    @Slot(object)
    def _compared(self, report: AccountReport) -> None:
        if self.is_current_job():
            self.job_ended()
            self.progress.stop()
            self.session.duplicate_choices.set_account_matches(report)
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

    # -- problems by cause, and fixing many cells -------------------------------------------------
    @Slot(object)
    def _checked_regroup(self, checked: object) -> None:
        ready = self._ready_causes
        if checked is None:
            self._causes = None
        elif ready is not None and ready[0] is checked:
            self._causes = ready[1]  # grouped on the checking worker
        else:
            self._causes = Causes(self.session.checked.rows)  # type: ignore[union-attr]
        if self.model.filter() == SHOW_CHOSEN:  # a cause's rows of an earlier check: every row again
            self.model.set_filter(SHOW_ALL)
        self._regroup.start()

    @Slot(list)
    def _rows_regroup(self, positions: list) -> None:
        if self._causes is not None and self.session.checked is not None:
            self._causes.update(self.session.checked.rows, positions)
        self._regroup.start()

    @Slot()
    def _show_causes(self) -> None:
        self._groups = self._causes.groups() if self._causes is not None and self.session.checked is not None else []
        items = self.causes.items
        items.clear()
        for g in self._groups:
            item = QStandardItem(icon("status-error" if g.severity == "error" else "status-warning"),
                                 core_text(g.sentence()))
            item.setToolTip(core_text(g.first.message))
            item.setEditable(False)
            items.appendRow(item)
        self.causes_box.setVisible(bool(self._groups))
        self.causes.updateGeometry()
        self._update_fix_buttons()

    def _update_fix_buttons(self) -> None:
        checked = self.session.checked
        row = self.causes.currentRow()
        if 0 <= row < len(self._groups):
            n = self._groups[row].count
        elif checked is not None and len(checked.rows) > _COUNT_ON_SELECT:  # no pass over every row per click
            n = 1 if self._current_issue() is not None else 0
        else:
            target = self._fix_target()
            n = len(target[1]) if target else 0
        self.fix_all.setEnabled(n > 0)
        self.fix_all.setText(self.tr("&Fix all {n} cells like this…").format(n=fmt_int(n)) if n > 1 else
                             self.tr("&Fix all like this…"))
        chosen = self.model.filter() == SHOW_CHOSEN
        self.show_rows.setText(self.tr("Show all &rows") if chosen else self.tr("Show &rows"))
        self.show_rows.setEnabled(chosen or self.causes.currentRow() >= 0)
        self.find_replace.setEnabled(self._current_column() is not None)
        self.undo_fix.setEnabled(bool(getattr(self.session, "last_fix", None)))

    def _fix_target(self) -> tuple[Issue, list[tuple[int, int]]] | None:
        """The problem to fix in bulk (the selected cause, else the current cell's first) and its cells."""
        checked = self.session.checked
        if checked is None:
            return None
        row = self.causes.currentRow()
        issue = self._groups[row].first if 0 <= row < len(self._groups) else self._current_issue()
        if issue is None:
            return None
        cells = cells_like(checked.rows, checked.table.records, checked.table.headers, issue)
        return (issue, cells) if cells else None

    def _current_issue(self) -> Issue | None:
        checked = self.session.checked
        index = self.view.currentIndex()
        if checked is None or not index.isValid() or index.column() < FIRST_DATA_COL:
            return None
        name = checked.table.headers[index.column() - FIRST_DATA_COL]
        return next((i for i in self.model.row_issues(index.row()) if name in i.column.split(" + ")), None)

    def _current_column(self) -> int | None:
        checked = self.session.checked
        if checked is None:
            return None
        index = self.view.currentIndex()
        if index.isValid() and index.column() >= FIRST_DATA_COL:
            return index.column() - FIRST_DATA_COL
        row = self.causes.currentRow()
        if 0 <= row < len(self._groups) and self._groups[row].column in checked.table.headers:
            return checked.table.headers.index(self._groups[row].column)
        return None

    @Slot()
    def show_cause_rows(self) -> None:
        """Only the rows of the selected cause; pressed again (it then reads "Show all rows"), every row."""
        row = self.causes.currentRow()
        if self.model.filter() == SHOW_CHOSEN and self.sender() is self.show_rows:
            self.model.set_filter(SHOW_ALL)
        elif 0 <= row < len(self._groups):
            self.only_problems.blockSignals(True)
            self.only_problems.setChecked(False)
            self.only_problems.blockSignals(False)
            self.model.show_positions(self._groups[row].positions)
        self._update_fix_buttons()

    def fix_all_like_this(self) -> FixCellsDialog | None:
        """Every cell with the same problem in the column: one replacement or one text replaced, shown first."""
        target = self._fix_target()
        checked = self.session.checked
        if target is None or checked is None:
            return None
        issue, cells = target
        dialog = FixCellsDialog(self.tr("Fix all cells like this"),
                                self.tr("{n} cells in column '{column}' have this problem: {problem}").format(
                                    n=fmt_int(len(cells)), column=issue.column, problem=core_text(issue.message)),
                                cells, checked.table.records, checked.rows, dates=self._is_date(issue.field),
                                example="" if issue.value is None else as_text(issue.value), parent=self)
        if issue.code == DATE_AMBIGUOUS:  # read month-first, and said so: the fix at hand is the other order
            dialog.dates.setChecked(True)
        return self._run_fix(dialog)

    def _is_date(self, field: str | None) -> bool:
        """Whether ``field`` holds dates (the fix dialogs then offer the date order)."""
        catalog = self.session.catalog()
        fd = catalog.get(field) if catalog is not None and field else None
        return fd is not None and fd.kind in (Kind.DATE, Kind.DATETIME)

    def find_and_replace(self) -> FixCellsDialog | None:
        checked = self.session.checked
        col = self._current_column()
        if checked is None or col is None:
            return None
        name = checked.table.headers[col]
        dialog = FixCellsDialog(self.tr("Find and replace in '{column}'").format(column=name),
                                self.tr("Replace text in the cells of column '{column}' (your file is not changed).")
                                .format(column=name), column_cells(checked.table.records, col),
                                checked.table.records, checked.rows, find_mode=True,
                                dates=any(self._is_date(f) for f in checked.mapping.field_for_column(name)),
                                parent=self)
        return self._run_fix(dialog)

    def _run_fix(self, dialog: FixCellsDialog) -> FixCellsDialog:
        dialog.accepted.connect(lambda: self._apply_fix(dialog.fixes()))
        dialog.open()
        return dialog

    def _apply_fix(self, fixes: list) -> None:
        if fixes:
            self.session.edit_values(fixes)
            announce(self, self.tr("{n} cells changed").format(n=fmt_int(len(fixes))))
        self._update_fix_buttons()

    @Slot()
    def _undo_fix(self) -> None:
        self.session.undo_fix()
        self._update_fix_buttons()

    @Slot(bool)
    def _filter_toggled(self, on: bool) -> None:
        self.model.set_filter(SHOW_PROBLEMS if on else SHOW_ALL)
        self._update_fix_buttons()

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
        self._update_fix_buttons()
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
