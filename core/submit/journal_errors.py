"""What can go wrong with the run journal file itself, in words that say what to fix.

SQLite reports a full disk, a read-only folder, a lock held by another program and a damaged file
all as ``sqlite3`` errors; a person needs to know which, and what to do about it.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from core.errors import InputError
from core.targets.outcomes import RunStop
from core.words import N_

#: Kinds of trouble: ``full`` disk, ``readonly`` folder/file, ``locked`` by another program, ``damaged`` file.
KINDS = ("full", "readonly", "locked", "damaged")


class JournalUnusable(InputError):
    """The journal cannot be opened for this command; ``message`` says why and what to do.

    ``says_nothing_sent``: the message already tells the person that nothing was sent (a front end
    adds it otherwise), decided here rather than from the message's words, which are translated.
    """

    def __init__(self, reason: str, kind: str, *, says_nothing_sent: bool = False) -> None:
        super().__init__(None, reason)
        self.kind = kind
        self.says_nothing_sent = says_nothing_sent


class JournalWriteFailed(RunStop):
    """A journal write failed mid-run; the transaction was rolled back, so the journal is still consistent."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class JournalFull(JournalWriteFailed):
    """The disk holding the journal is full (the window names this stop by its class: what to free)."""


class JournalUnwritable(JournalWriteFailed):
    """The journal's folder or file can no longer be written (read-only, permissions, gone)."""


def classify(err: BaseException) -> str:
    """One of ``KINDS`` for an error raised by SQLite or the file system."""
    if isinstance(err, OSError):
        if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return "full"
        return "readonly"
    text = str(err).lower()
    if "full" in text:
        return "full"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return "readonly"
    if isinstance(err, sqlite3.OperationalError) and "disk i/o" in text:
        return "readonly"  # the folder went away or became unwritable under us
    return "damaged"


def advice(kind: str, path: Path) -> str:
    """What is wrong with the journal at ``path`` and what a person can do about it (no trailing period)."""
    folder = path.parent
    if kind == "full":
        return N_("the disk holding the run journal ({folder}) is full: free some space there").format(folder=folder)
    if kind == "readonly":
        return N_("the run journal's folder {folder} cannot be written (read-only or no permission): make it "
                  "writable, or set CONTACT_IMPORTER_HOME to a folder that is").format(folder=folder)
    if kind == "locked":
        return N_("the run journal {path} is locked by another program (another Contact Importer, a backup or a "
                  "database tool): close it and try again").format(path=path)
    return N_("the run journal {path} is damaged").format(path=path)


def write_failed(err: BaseException, path: Path) -> JournalWriteFailed:
    """The stop a run reports when the journal could not record a step (nothing unrecorded was sent)."""
    kind = classify(err)
    kinds: dict[str, type[JournalWriteFailed]] = {"full": JournalFull, "readonly": JournalUnwritable}
    return kinds.get(kind, JournalWriteFailed)(N_(
        "The run stopped because {problem}; then resume the run (nothing was sent that the journal does not know "
        "about)").format(problem=advice(kind, path)), kind)


def start_failed(err: BaseException, path: Path) -> JournalWriteFailed:
    """The stop when a run could not even be recorded: there is no run to resume, and nothing was sent."""
    kind = classify(err)
    kinds: dict[str, type[JournalWriteFailed]] = {"full": JournalFull, "readonly": JournalUnwritable}
    return kinds.get(kind, JournalWriteFailed)(N_(
        "The run could not start because {problem}; nothing was sent").format(problem=advice(kind, path)), kind)
