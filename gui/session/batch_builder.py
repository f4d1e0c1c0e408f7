"""The batches of the session, prepared on a worker: one build at a time, shared by Preview and Send.

Preview builds when it is entered; Send builds again in place when the mode changes there. Both ask
``builder_for(session, runner)`` for the same builder and follow its signals, so a build started on
one step shows its progress on the other and is never run twice. The work itself is
``core.pipeline.jobs.batches_job``; its result goes to ``session.set_batches`` only if the session has not
changed since the build started (``session.revision``). Otherwise ``outdated`` is emitted, and the
page on screen starts again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from core.account.companies import COMPANY_KEYS
from core.account.owners import OWNER
from core.account.prepare import build_planned
from core.account.row_key import account_has_row_key
from core.account.subscriptions import PREFIX as SUBSCRIPTION
from core.pipeline.jobs import batches_job
from core.targets.client_base import Connection
from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner


def _names_companies(session: Session) -> bool:
    m = session.mapping
    return m is not None and (any(m.for_field(k) is not None for k in (*COMPANY_KEYS, OWNER))
                              or any(fm.field.startswith(SUBSCRIPTION) for fm in m.fields))


class BatchBuilder(QObject):
    """Runs ``batches_job`` for the session's checked rows, mode and batch size."""

    #: A build started (after ``start``): show that the batches are being prepared.
    started = Signal()
    progress = Signal(int, int)
    #: The build stopped with this message; the batches stay unset.
    failed = Signal(str)
    #: The session changed while building; the result was dropped. Call ``start`` if still wanted.
    outdated = Signal()
    busyChanged = Signal(bool)

    def __init__(self, session: Session, runner: JobRunner) -> None:
        super().__init__(session)
        self.session = session
        self.runner = runner
        self._job: Job | None = None
        self._revision = -1
        #: The connection whose account decides who exists (set by gui.connections; None: not looked up).
        self.connection_for: Callable[[Session], Connection | None] = lambda _s: None
        session.batchesChanged.connect(self._batches_changed)

    def is_busy(self) -> bool:
        return self._job is not None

    def start(self) -> Job | None:
        """Build the batches for the session as it is now, unless that build is already going on.

        Returns the job, or None when there are no checked rows to build from.
        """
        s = self.session
        if s.checked is None:
            self.cancel()
            return None
        if self._job is not None and self._revision == s.revision:
            return self._job
        if self._job is not None:
            self._job.cancel()
        what = QCoreApplication.translate("BatchBuilder", "preparing the batches")
        # The row key on every contact created: the account has it, or the person agreed to its creation.
        row_key = s.target == "hubspot" and (s.row_key_consent or account_has_row_key(s.checking_account()))
        if s.target == "hubspot" and (s.on_existing in ("skip", "fill") or s.new_people == "skip"
                                      or _names_companies(s)):
            # Who exists and which company each row names decide the batches: ask the account.
            job = Job(build_planned, s.checked, choice=s.on_existing, connection=self.connection_for(s),
                      account=s.checking_account(), batch_size=s.batch_size, company_label=s.company_label or None,
                      create_companies=s.create_companies, new=s.new_people, row_key=row_key, what=what)
        else:
            job = Job(batches_job, s.checked, mode=s.mode, batch_size=s.batch_size,
                      reference_source=s.mapping.reference_source if s.mapping else None, row_key=row_key,
                      what=what)
        job.finished.connect(self._built)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.progress.connect(self._progress)
        was_busy = self._job is not None
        self._job, self._revision = job, s.revision
        self.runner.start(job)
        self.started.emit()
        if not was_busy:
            self.busyChanged.emit(True)
        return job

    def cancel(self) -> None:
        """Stop the build (the batches stay unset)."""
        if self._job is not None:
            self._job.cancel()
            self._end()

    def _end(self) -> None:
        self._job = None
        self.busyChanged.emit(False)

    def _is_current(self) -> bool:
        return self._job is not None and self.sender() is self._job

    @Slot(object)
    def _batches_changed(self, batches: object) -> None:
        # Cleared because the session changed: a build from before that change is of no use.
        if batches is None and self._job is not None and self._revision != self.session.revision:
            self.cancel()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self._is_current():
            self.progress.emit(done, total)

    @Slot(object)
    def _built(self, batches: list) -> None:
        if not self._is_current():
            return
        stale = self._revision != self.session.revision
        self._job = None
        if not stale:
            self.session.set_batches(batches)
        self.busyChanged.emit(False)
        if stale:
            self.outdated.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self._is_current():
            self._end()
            self.failed.emit(message)

    @Slot()
    def _cancelled(self) -> None:
        if self._is_current():
            self._end()


def builder_for(session: Session, runner: JobRunner) -> BatchBuilder:
    """The batch builder of ``session`` (made on first use with ``runner``, a child of the session)."""
    found = session.findChild(BatchBuilder, "batchBuilder", Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        found = BatchBuilder(session, runner)
        found.setObjectName("batchBuilder")
    return found
