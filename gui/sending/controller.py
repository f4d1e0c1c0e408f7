"""The send in progress for one window: owns the worker thread and the journal, relays the news.

The Send and Results pages (and the start-up resume offer) never talk to each other: each asks
``controller_for(session)`` for the same controller and listens to its signals, which are emitted on
the GUI thread. Only one run is sent at a time. ``runEnded``/``runFailed`` come after the worker
thread has really finished, so a page may start the next run straight from its slot.
"""

from __future__ import annotations

import logging
import threading
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from core.submit.journal import Journal
from core.submit.journal_open import open_journal
from core.submit.run_view import ResultItem, RunOutcome
from gui.connections import saved as connections
from gui.sending.worker import RunRequest, SubmitWorker

log = logging.getLogger(__name__)


class RunController(QObject):
    """Starts ``SubmitWorker`` on a ``QThread`` and re-emits what it reports, on the GUI thread."""

    runCreated = Signal(str)
    runStarted = Signal(str, int, int)  # run id, rows to send, rows already settled
    rowsArrived = Signal(str, list)  # run id, list[ResultItem]
    progress = Signal(int, int, float, float)  # done, total, rows/s, seconds left (-1 unknown)
    waiting = Signal(float, str, float, str)  # seconds, reason, until (time.time()), kind (wait_kind)
    reconciling = Signal(int, int)
    runEnded = Signal(object)  # RunOutcome
    runFailed = Signal(str, str)  # message, run id or ""
    busyChanged = Signal(bool)
    notice = Signal(str)  # a sentence about the app's own files (a damaged journal set aside and replaced)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        self._journal_lock = threading.Lock()
        self._thread: QThread | None = None
        self._worker: SubmitWorker | None = None
        self._ending: tuple[str, object] | None = None
        self.request: RunRequest | None = None
        self.run_id: str | None = None  # the run being sent (or last sent)
        #: After ``runFailed`` of a retry whose file needs a password: whether the one given was wrong.
        self.password_needed: bool | None = None
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: the window asks first (run_closing.confirm_close)
            app.aboutToQuit.connect(self._about_to_quit)

    # -- the journal ---------------------------------------------------------------------------
    @property
    def journal(self) -> Journal:
        """The run journal (opened on first use, in the app's data folder); raises ``JournalUnusable``
        with a sentence to show when it is damaged beyond use, locked or cannot be written."""
        with self._journal_lock:
            if self._journal is None:
                journal = open_journal()
                self._journal = journal
                if journal.notice:
                    self.notice.emit(journal.notice)
            return self._journal

    def close(self) -> None:
        """Close the journal (waits for a run first)."""
        self.stop_and_wait(60_000)
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    # -- running -------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._thread is not None

    @property
    def practice(self) -> bool:
        return bool(self.request and self.request.practice)

    def start(self, request: RunRequest) -> bool:
        """Send ``request`` on a new thread; False (and nothing done) while another run is going."""
        if self._thread is not None:
            return False
        self.request = request
        self.run_id = request.run_id if request.kind == "resume" else None
        self._ending = None
        self.password_needed = None
        worker = SubmitWorker(lambda: self.journal, request)  # opened on the worker: a damaged file is its news
        thread = QThread()
        thread.setObjectName("send")
        worker.moveToThread(thread)
        worker.runCreated.connect(self._run_created)
        worker.runStarted.connect(self._run_started)
        worker.rowsArrived.connect(self._rows_arrived)
        worker.progress.connect(self._progress)
        worker.waiting.connect(self._waiting)
        worker.reconciling.connect(self._reconciling)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        thread.started.connect(worker.run)
        # Direct: the worker thread ends its own loop, so stop_and_wait never waits on the GUI thread.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._thread_finished)
        self._worker, self._thread = worker, thread
        thread.start()
        self.busyChanged.emit(True)
        return True

    def request_again(self, kind: str, run_id: str) -> tuple[RunRequest | None, str]:
        """A request to "resume" or "retry" the journal's run ``run_id`` over the connection it went to.

        None and why not (in words) when that connection cannot be used now (see
        ``connections.connection_for_run``).
        """
        run = self.journal.get_run(run_id)
        conn, problem = connections.connection_for_run(run)
        if conn is None:
            return None, problem
        return RunRequest(kind, conn, practice=run.sandbox, run_id=run.id), ""

    def cancel(self) -> None:
        """Ask the run to stop: batches already on their way finish, nothing new is sent."""
        if self._worker is not None:
            self._worker.cancel()

    def pause(self) -> None:
        """Send no new batch while the person is asked something about this send (see ``asking``)."""
        if self._worker is not None:
            self._worker.pause()

    def go_on(self) -> None:
        if self._worker is not None:
            self._worker.go_on()

    @property
    def paused(self) -> bool:
        return self._worker is not None and self._worker.paused

    @property
    def held_batches(self) -> int:
        return self._worker.held_batches if self._worker is not None else 0

    @property
    def cancel_requested(self) -> bool:
        return self._worker is not None and self._worker.cancel_requested

    def stop_and_wait(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait for the worker thread to end; True when it has (or none was running).

        A batch already sent waits for its answer (at most the connection's timeout), so the run
        stays exact. On True the thread is gone and the run is recorded as cancelled.
        """
        thread = self._thread
        if thread is None:
            return True
        self.cancel()
        thread.quit()  # takes effect when the worker's run() returns
        if not thread.wait(timeout_ms):
            return False
        QCoreApplication.sendPostedEvents(self, 0)  # the worker's last news, before saying it ended
        self._thread_finished()
        return True

    @Slot()
    def _about_to_quit(self) -> None:
        """Never let the app end with the send thread running (that aborts the process)."""
        if self._thread is not None and not self.stop_and_wait(60_000):
            log.error("The send thread did not stop within a minute of quitting; waiting for it")
            thread = self._thread
            if thread is not None:
                thread.wait()

    # -- relaying (GUI thread) -----------------------------------------------------------------
    @Slot(str)
    def _run_created(self, run_id: str) -> None:
        self.run_id = run_id
        self.runCreated.emit(run_id)

    @Slot(str, int, int)
    def _run_started(self, run_id: str, total: int, done: int) -> None:
        self.runStarted.emit(run_id, total, done)

    @Slot(str, list)
    def _rows_arrived(self, run_id: str, items: list[ResultItem]) -> None:
        self.rowsArrived.emit(run_id, items)

    @Slot(int, int, float, float)
    def _progress(self, done: int, total: int, rate: float, left: float) -> None:
        self.progress.emit(done, total, rate, left)

    @Slot(float, str, float, str)
    def _waiting(self, seconds: float, reason: str, until: float, kind: str) -> None:
        self.waiting.emit(seconds, reason, until, kind)

    @Slot(int, int)
    def _reconciling(self, number: int, rows: int) -> None:
        self.reconciling.emit(number, rows)

    @Slot(object)
    def _finished(self, outcome: RunOutcome) -> None:
        self._ending = ("ended", outcome)

    @Slot(str, str)
    def _failed(self, message: str, run_id: str) -> None:
        self._ending = ("failed", (message, run_id))
        if self._worker is not None:
            self.password_needed = self._worker.password_needed

    @Slot()
    def _thread_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return
        thread.wait()  # 'finished' is emitted just before the thread really ends
        self._thread = None
        self._worker = None
        ending, self._ending = self._ending, None
        self.busyChanged.emit(False)
        if ending is None:
            return
        kind, value = ending
        if kind == "ended":
            self.runEnded.emit(value)
        else:
            message, run_id = cast(tuple[str, str], value)
            self.runFailed.emit(message, run_id)


def controller_for(session: QObject) -> RunController:
    """The run controller of the window that owns ``session`` (made on first use, a child of it)."""
    found = session.findChild(RunController, "runController", Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        found = RunController(session)
        found.setObjectName("runController")
    return found
