"""The Map step's account configuration: which connection it comes from, read on a worker.

Practice mode reads the practice CRM's seeded account; otherwise the connection last used for the
CRM (chosen on the Send step). The saved copy is used when there is one; Refresh reads the account
again. The work is ``core.account.jobs.read_account`` (connecting, reading, and the mapping the account's
fields suggest, all on the worker); the result goes to ``session.set_account``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from core.account.jobs import AccountRead, read_account
from core.mapping.automap import table_columns
from core.targets.client_base import Connection
from gui.connections import practice, saved
from gui.session.import_session import Session
from gui.session.workers import Job, JobRunner


def connection_for(session: Session) -> Connection | None:
    """The connection whose account the Map step shows, or None (then the built-in list is used)."""
    if session.practice:
        return practice.connection(session.target)
    name = saved.last_used().get(session.target)
    record = saved.find(name) if name else None
    if record is None:
        records = saved.for_target(session.target)
        record = records[0] if len(records) == 1 else None
    return saved.connection(record) if record is not None else None


def _as_is(connection: Connection | None) -> Connection | None:
    return connection


class AccountLoader(QObject):
    """Reads the account for the session (one read at a time) and hands it to the session."""

    busyChanged = Signal(bool)
    failed = Signal(str)

    def __init__(self, session: Session, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self._job: Job | None = None
        self._key: tuple[str, bool] | None = None

    def is_busy(self) -> bool:
        return self._job is not None

    def ensure(self) -> None:
        """Load the account for the session's CRM unless it is loaded (or being loaded) already."""
        key = (self.session.target, self.session.practice)
        if self._job is None and (self._key != key or self.session.checking_account() is None):
            self.start(refresh=False)

    def start(self, refresh: bool = True) -> None:
        if self._job is not None:
            return
        self._key = (self.session.target, self.session.practice)
        what = QCoreApplication.translate("AccountLoader", "reading the account's fields")
        target = self.session.target
        connect: Callable[[], Connection | None]
        if self.session.practice:  # starting the practice CRM takes a while: on the worker, not here
            connect = partial(practice.connection, target)
        else:
            connect = partial(_as_is, connection_for(self.session))
        table = self.session.table
        job = Job(read_account, connect, target=target, headers=list(table.headers) if table is not None else [],
                  refresh=refresh or self.session.practice, what=what,
                  columns=table_columns(table) if table is not None else None)
        job.finished.connect(self._loaded)
        job.failed.connect(self._failed)
        job.done.connect(self._done)
        self._job = job
        self.busyChanged.emit(True)
        self.runner.start(job)

    @Slot(object)
    def _loaded(self, read: AccountRead) -> None:
        if self._key == (self.session.target, self.session.practice):
            loaded = read.loaded
            first = self.session.checking_account() is None and loaded.config is not None
            self.session.set_account(loaded.config, loaded.note, resuggest=first,
                                     suggested=(read.headers, read.suggested))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.failed.emit(message)

    @Slot()
    def _done(self) -> None:
        self._job = None
        self.busyChanged.emit(False)
