"""The Check step's "Already in HubSpot" panel: the file's emails looked up, each existing row with
what would change (old → new) and what sending will do with it under the current choice.

The look-up (``core.account.prepare.look_up_plans``: batch/read by email, 100 a call, within the
rate limit) runs on a worker with progress and Cancel: on request, or by itself when the choice for
existing people depends on it; again when the rows are checked again or that choice changes.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from core.account.plan import RowPlan
from core.account.prepare import look_up_plans
from gui.connections.account_loader import connection_for
from gui.models.existing_model import COL_CHANGES, ExistingModel
from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner

#: Rows whose cells size the columns (beyond those in view).
SIZE_FROM_ROWS = 100


class ExistingPanel(QWidget):
    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self._job: Job | None = None
        self.plans: dict[int, RowPlan] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.lookup_button = QPushButton(self.tr("&Look up who is already in HubSpot"), self)
        self.lookup_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.lookup_button)
        bar.addWidget(self.cancel_button)
        layout.addLayout(bar)
        self.model = ExistingModel(self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.view.setObjectName("existingView")
        self.view.setAccessibleName(self.tr("Rows already in HubSpot"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        # Widths from the rows in view and the next ones only: Qt's default reads 1,000 rows' every cell
        # through Python, 250 ms of the window's time when 20,000 people are already there.
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.view.setMaximumHeight(170)
        self.view.hide()
        layout.addWidget(self.view)
        session.checkedChanged.connect(self._checked_changed)
        session.modeChanged.connect(lambda _m: self.plans and self.start())
        session.targetChanged.connect(lambda _t: self._checked_changed(session.checked))
        self._checked_changed(session.checked)

    def is_busy(self) -> bool:
        return self._job is not None

    @Slot(object)
    def _checked_changed(self, checked: object) -> None:
        self.setVisible(self.session.target == "hubspot")
        self.plans = {}
        self.model.set_plans({})
        self.view.hide()
        self.summary.setText(self.tr("See which rows are new and which people are already in HubSpot, with what "
                                     "would change, before anything is sent."))
        # Looked up at once when the choice for existing people depends on it; otherwise on request
        # (each look-up spends the account's API budget).
        if checked is not None and self.session.target == "hubspot" and self.session.on_existing != "create":
            self.start()

    @Slot()
    def start(self) -> None:
        s = self.session
        if s.checked is None or s.target != "hubspot" or self._job is not None:
            return
        conn = connection_for(s)
        if conn is None:
            self.summary.setText(self.tr("Not looked up: choose a HubSpot connection on the Send step (or practise) "
                                         "to see who is already there."))
            return
        job = Job(look_up_plans, s.checked, choice=s.on_existing, connection=conn,
                  what=self.tr("looking up who is already in HubSpot"))
        job.finished.connect(self._found)
        job.failed.connect(self.summary.setText)
        job.cancelled.connect(lambda: self.summary.setText(self.tr("Look-up cancelled.")))
        job.progress.connect(lambda d, t: self.summary.setText(
            self.tr("Looking up {done} of {total} emails in HubSpot…").format(done=d, total=t)))
        job.done.connect(self._done)
        self._job = job
        self.lookup_button.setEnabled(False)
        self.cancel_button.show()
        self.summary.setText(self.tr("Looking up who is already in HubSpot…"))
        self.runner.start(job)

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    @Slot(object)
    def _found(self, plans: dict[int, RowPlan]) -> None:
        self.plans = plans
        self.model.set_plans(plans)
        states = [p.state for p in plans.values()]
        new, exists, changes = states.count("new"), states.count("exists"), states.count("changes")
        self.summary.setText(self.tr("{there} already in HubSpot ({changes} would change), {new} new.").format(
            there=exists + changes, changes=changes, new=new))
        self.view.setVisible(bool(exists + changes))

    @Slot()
    def _done(self) -> None:
        self._job = None
        self.lookup_button.setEnabled(True)
        self.cancel_button.hide()
