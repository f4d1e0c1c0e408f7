"""The Results step's after-the-run buttons: Check status (Virtuous) and Undo this run (HubSpot).

Check status asks Virtuous, row by row within its rate limit, which rows are in Virtuous now and
which still wait for review (with progress and Cancel; it can be asked again later). Undo archives
the contacts the run created, after a confirmation that names the count. Both write into the
journal, so ``changed`` tells the page to read the run again (and an export says it too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from core.afterrun.status import status_step
from core.afterrun.undo import CannotUndo, count_undoable, undo_step
from core.submit.journal_types import RunInfo
from gui.connections.saved import connection_for_run
from gui.session.workers import Job, JobRunner


class AfterRunBar(QWidget):
    """Shown under the results of a finished run; ``changed(run_id)`` after the journal was updated."""

    changed = Signal(str)

    def __init__(self, runner: JobRunner, journal_path: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._journal_path = journal_path  # asked when needed: opening the journal early would hide its damage
        self.info: RunInfo | None = None
        self._job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.status_button = QPushButton(self.tr("Check &status in Virtuous"), self)
        self.status_button.setAccessibleName(self.tr("Check which rows are in Virtuous now"))
        self.status_button.clicked.connect(self.check_status)
        self.undo_button = QPushButton(self.tr("&Undo this run…"), self)
        self.undo_button.setAccessibleName(self.tr("Archive the contacts this run created"))
        self.undo_button.clicked.connect(self.undo)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.note, 1)
        for b in (self.status_button, self.undo_button, self.cancel_button):
            layout.addWidget(b)
        self.show_for(None)

    def is_busy(self) -> bool:
        return self._job is not None

    def show_for(self, info: RunInfo | None) -> None:
        self.info = info
        finished = info is not None and info.state not in ("running",)
        self.status_button.setVisible(finished and info is not None and info.target == "virtuous")
        self.undo_button.setVisible(finished and info is not None and info.target == "hubspot")
        self.cancel_button.setVisible(self._job is not None)
        self.setVisible(finished)

    def _start(self, job: Job, busy_text: str) -> None:
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(lambda: self.note.setText(self.tr("Stopped; what was checked so far is kept.")))
        job.progress.connect(lambda done, total: self.note.setText(f"{busy_text} {done:,} / {total:,}"))
        job.done.connect(self._done)
        self._job = job
        self.note.setText(busy_text)
        for b in (self.status_button, self.undo_button):
            b.setEnabled(False)
        self.cancel_button.show()
        self.runner.start(job)

    def _practice_gone(self) -> bool:
        """A practice run whose practice CRM closed with the app: its contacts are gone already (said once)."""
        from gui.connections import practice

        info = self.info
        if info is None or not info.sandbox or practice.owns(info.base_url):
            return False
        self.note.setText(self.tr("This was a practice run. The practice CRM it went to closed with the app and "
                                  "its contacts with it, so there is nothing there any more."))
        return True

    def _undo_question(self, count: int) -> str:
        assert self.info is not None
        if self.info.sandbox:
            return self.tr("This archives the {n} contacts practice run {id} created in the practice HubSpot "
                           "(contacts it updated are left as they are). Nothing leaves this computer.").format(
                n=f"{count:,}", id=self.info.id)
        return self.tr("This archives the {n} contacts run {id} created in HubSpot (contacts it updated are left "
                       "as they are). Archived contacts can be restored in HubSpot for 90 days.").format(
            n=f"{count:,}", id=self.info.id)

    def _connection(self):  # noqa: ANN202 - Connection | None, with the reason shown
        assert self.info is not None
        conn, why = connection_for_run(self.info)
        if conn is None:
            self.note.setText(why)
        return conn

    @Slot()
    def check_status(self) -> None:
        if self.info is None or self._job is not None or self._practice_gone() or \
                (conn := self._connection()) is None:
            return
        job = Job(status_step, self._journal_path(), self.info.id, conn, what=self.tr("checking Virtuous"))
        job.kind = "status"  # type: ignore[attr-defined]  # which of this bar's jobs ended
        self._start(job, self.tr("Checking Virtuous…"))

    @Slot()
    def undo(self) -> None:
        if self.info is None or self._job is not None or self._practice_gone():
            return
        try:
            count = count_undoable(self._journal_path(), self.info.id)
        except CannotUndo as e:
            self.note.setText(str(e))
            return
        if not count:
            self.note.setText(self.tr("This run has no created contacts left to archive."))
            return
        answer = QMessageBox.question(self, self.tr("Undo this run"), self._undo_question(count),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes or (conn := self._connection()) is None:
            return
        job = Job(undo_step, self._journal_path(), self.info.id, conn, what=self.tr("archiving the contacts"))
        job.kind = "undo"  # type: ignore[attr-defined]  # which of this bar's jobs ended
        self._start(job, self.tr("Archiving…"))

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    @Slot(object)
    def _finished(self, result: object) -> None:
        job = self.sender()
        if getattr(job, "kind", "") == "status" and isinstance(result, dict):
            text = self.tr("{in_crm} in Virtuous, {waiting} still waiting for review.").format(
                in_crm=result["in_crm"], waiting=result["waiting"])
            if result.get("unknown"):
                text += " " + self.tr("{n} could not be checked.").format(n=result["unknown"])
            self.note.setText(text + " " + self.tr("Check again later to follow the review."))
        else:
            self.note.setText(self.tr("Archived {n} contacts this run created.").format(n=result))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.note.setText(message)

    @Slot()
    def _done(self) -> None:
        self._job = None
        for b in (self.status_button, self.undo_button):
            b.setEnabled(True)
        self.cancel_button.hide()
        if self.info is not None:
            self.changed.emit(self.info.id)
