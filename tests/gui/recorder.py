"""Receive a Job's cross-thread signals on the GUI thread, as the window's pages do.

pytest-qt's ``waitSignal`` connects a plain Python callable, which PySide6 calls directly in the
emitting (worker) thread; that makes Qt warn about timers stopped from another thread. Pages use
``@Slot`` methods of GUI-thread QObjects (queued connections), so tests do the same.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from gui.session.workers import Job


class Recorder(QObject):
    """Collects what a job reported; ``ended`` is true once it finished, failed or was cancelled."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.progress: list[tuple[int, int]] = []
        self.result: object = None
        self.error: str | None = None
        self.cancelled = False
        self.ended = False
        job.progress.connect(self.on_progress)
        job.finished.connect(self.on_finished)
        job.failed.connect(self.on_failed)
        job.cancelled.connect(self.on_cancelled)

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.progress.append((done, total))

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.result, self.ended = result, True

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.error, self.ended = message, True

    @Slot()
    def on_cancelled(self) -> None:
        self.cancelled, self.ended = True, True
