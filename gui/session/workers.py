"""Run slow core functions off the GUI thread, with progress, cancel and plain-words errors.

The pattern is the one in docs/architecture.md (Background work): a ``Job`` QObject is moved to its own ``QThread``; the
function it runs gets a ``progress(done, total)`` callback (the same shape as ``core.records.Progress``)
and cancelling is cooperative: the callback raises ``JobCancelled`` once ``cancel()`` was called, so
core needs no idea of threads. Only plain Python data crosses threads; the GUI side connects the
signals to ``@Slot`` methods of objects living in the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from core import collector
from core.errors import InputError
from core.targets import http as http_plumbing
from gui.basics.language import core_text, input_error_text

log = logging.getLogger(__name__)

#: Progress is re-emitted at most this often: a 200,000-row job must not flood the GUI thread.
PROGRESS_INTERVAL = 0.05


#: GIL hand-over time while a job runs (Python's default is 5 ms).
JOB_SWITCH_INTERVAL = 0.00002

_rt_lock = threading.Lock()
_rt_jobs = 0
_rt_switch_interval = 0.005


@contextmanager
def responsive_runtime() -> Iterator[None]:
    """Tune the interpreter so a CPU-bound job does not freeze the window; undone when the last job ends.

    Two things stall the GUI thread while a job crunches 200,000 rows:

    * The GIL. Each time Qt calls back into Python (a model's ``data()``, a delegate's ``paint``, a
      slot), the GUI thread waits for the job to hand over the GIL, up to the switch interval
      (5 ms by default); a repaint makes hundreds of such calls. A 0.02 ms interval keeps a repaint
      smooth and costs the job little, as switches happen only when another thread asks (measured in
      ``tests/benchmarks/test_bench_gui.py``: at 0.5 ms, stalls of 140 ms; at 0.02 ms, under 80).
    * The cyclic garbage collector: no collections while a job runs, and what it built is kept out
      of later ones (``core.collector``, which the core steps use on the command line too).
    """
    global _rt_jobs, _rt_switch_interval
    with _rt_lock:
        if _rt_jobs == 0:
            _rt_switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_rt_switch_interval, JOB_SWITCH_INTERVAL))
        _rt_jobs += 1
    try:
        with collector.paused():
            yield
    finally:
        with _rt_lock:
            _rt_jobs -= 1
            if _rt_jobs == 0:
                sys.setswitchinterval(_rt_switch_interval)


class JobCancelled(Exception):
    """Raised inside the job's function by its progress callback after ``cancel()``."""


class Job(QObject):
    """One call of ``fn(*args, progress=..., **kwargs)`` on a worker thread.

    Exactly one of ``finished``/``failed``/``cancelled`` is emitted, then ``done``.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, what: str = "", **kwargs: Any) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self.what = what  # "reading the file": used in the message of an unexpected error
        self._cancel = threading.Event()
        self._last_emit = 0.0

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (safe from any thread)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """The progress callback handed to core; raises ``JobCancelled`` once cancelled."""
        if self._cancel.is_set():
            raise JobCancelled
        now = time.monotonic()
        if now - self._last_emit >= PROGRESS_INTERVAL or (total and done >= total):
            self._last_emit = now
            self.progress.emit(int(done), int(total))

    @Slot()
    def run(self) -> None:
        """Thread entry point: run the function and say how it ended."""
        try:
            with responsive_runtime():
                result = self._fn(*self._args, progress=self.report, **self._kwargs)
        except JobCancelled:
            self.cancelled.emit()
        except InputError as e:
            self.failed.emit(input_error_text(e))
        except MemoryError:
            self.failed.emit(QCoreApplication.translate(
                "Job", "There is not enough memory for this file. Close other programs or split the file."))
        except Exception as e:  # a bug or an unexpected file: tell the person in words, log the details
            log.exception("Job failed while %s", self.what or self._fn.__name__)
            self.failed.emit(unexpected_error_message(e, self.what))
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(result)
        finally:
            self.done.emit()


def unexpected_error_message(error: BaseException, what: str = "") -> str:
    """One sentence for an error we did not foresee: what we were doing and what the error said."""
    detail = core_text(str(error).strip()) or error.__class__.__name__
    if what:
        return QCoreApplication.translate("Job", "Something went wrong while {what}: {detail}").format(
            what=what, detail=detail)
    return QCoreApplication.translate("Job", "Something went wrong: {detail}").format(detail=detail)


class JobRunner(QObject):
    """Owns the worker threads: starts jobs, keeps references while they run, stops them on close.

    Keeping the ``QThread`` referenced until it has finished avoids "QThread: Destroyed while
    thread is still running", which aborts the process.
    """

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: dict[QThread, Job] = {}

    def start(self, job: Job) -> Job:
        """Run ``job`` on a new thread. Connect to its signals before calling this."""
        thread = QThread()
        thread.setObjectName(f"job-{job.what or 'work'}")
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.done.connect(thread.quit)
        thread.finished.connect(self._thread_finished)
        was_busy = self.busy
        self._threads[thread] = job
        thread.start()
        if not was_busy:
            self.busyChanged.emit(True)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._threads)

    @Slot()
    def _thread_finished(self) -> None:
        thread = self.sender()
        if not isinstance(thread, QThread) or thread not in self._threads:
            return
        thread.wait()  # 'finished' is emitted just before the thread really ends
        del self._threads[thread]
        if not self._threads:
            self.busyChanged.emit(False)

    def shutdown(self) -> None:
        """Cancel every job and wait for its thread: called when the window closes."""
        for thread, job in list(self._threads.items()):
            job.cancel()
            thread.quit()
        for thread in list(self._threads):
            thread.wait()
        had = bool(self._threads)
        self._threads.clear()
        if had:
            self.busyChanged.emit(False)


#: How long after the window opens the warm-up starts: after its first paints, while the person reads.
WARM_UP_AFTER_MS = 300
_warmed = threading.Event()


def warm_up_soon(window: QObject) -> None:
    """Once per process, shortly after ``window`` opens: build on a plain thread what the first
    connection would otherwise build on a job's thread while the window paints (see
    ``core.targets.http.warm_up``; a 50 ms call that holds the GIL, and imports PySide inspects)."""
    def start() -> None:
        if not _warmed.is_set():
            _warmed.set()
            threading.Thread(target=_quietly, args=(http_plumbing.warm_up,), name="warm-up", daemon=True).start()

    QTimer.singleShot(WARM_UP_AFTER_MS, window, start)


def _quietly(fn: Callable[[], None]) -> None:
    try:
        fn()
    except Exception:  # only a head start: the first connection does the same and says what failed
        log.debug("warm-up failed", exc_info=True)
