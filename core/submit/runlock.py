"""A per-run OS file lock: held while a run is sending, released by the OS when the process dies.

This is how a journal reader tells "running" from "interrupted" without trusting a state column
that a killed process never got to update, and how two windows are kept from sending one run twice.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from core.paths import private_folder
from core.words import N_

_held: set[str] = set()  # run locks this process holds (belt and braces for same-process checks)
_held_lock = threading.Lock()


class RunBusy(Exception):
    """Another process (or thread) is sending this run right now."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class RunLock:
    """Exclusive hold on one run; use as a context manager around sending."""

    def __init__(self, folder: Path, run_id: str) -> None:
        self.path = folder / f"{run_id}.lock"
        self.run_id = run_id
        self._fd: int | None = None

    def acquire(self) -> None:
        with _held_lock:
            if self.run_id in _held:
                raise RunBusy(N_("run {run} is already being sent").format(run=self.run_id))
            private_folder(self.path.parent)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                raise RunBusy(N_("run {run} is being sent by another program").format(run=self.run_id))
            self._fd = fd
            _held.add(self.run_id)

    def release(self) -> None:
        with _held_lock:
            if self._fd is None:
                return
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
            _held.discard(self.run_id)

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


def is_locked(folder: Path, run_id: str) -> bool:
    """Whether some live process holds the run's lock (i.e. it is really running)."""
    with _held_lock:
        if run_id in _held:
            return True
    path = folder / f"{run_id}.lock"
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)
