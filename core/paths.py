"""Where the app keeps its own files (run journal, log, templates), so every front end finds the same ones.

Private by default: the journal holds every row's email and phone, so on macOS and Linux the data folder
is 0700 and every folder the app makes in it too, and every file it writes there 0600 (``private_file``;
``safe_write`` applies it to whatever it writes inside the folder). On Windows the per-user folder's own
access list (the user, SYSTEM and Administrators) is left as it is: no mode bits are set there.

``CONTACT_IMPORTER_HOME`` overrides the platform's user data folder: tests point it at a temporary
folder so they never touch a person's real runs, and a person can move their data with it too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from core import APP_NAME

ENV_HOME = "CONTACT_IMPORTER_HOME"
JOURNAL_NAME = "runs.sqlite3"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def data_dir(create: bool = True) -> Path:
    """The folder for the journal; created on first use so callers need not care.

    Local (not roaming) on Windows: the journal holds every batch body and can grow large.
    """
    override = os.environ.get(ENV_HOME, "").strip()
    path = Path(override).expanduser() if override else Path(
        platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    if create:
        private_folder(path)
    return path


def private_folder(path: Path) -> Path:
    """Make ``path`` (and any missing parent) and keep it readable by its owner only (POSIX).

    A folder that is not ours (a shared ``CONTACT_IMPORTER_HOME`` owned by someone else) is left as it is:
    its files are still 0600.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if _POSIX:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, mode & PRIVATE_FOLDER)  # only ever taken away: a read-only folder stays read-only
        except OSError:
            pass
    return path


def private_file(path: str | Path) -> None:
    """Readable and writable by its owner only (POSIX); a file that is gone or not ours is left alone, and
    so is anything but a plain file (a link to /dev/null must not change /dev/null)."""
    if _POSIX:
        try:
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode) and st.st_mode & 0o077:
                os.chmod(path, stat.S_IMODE(st.st_mode) & PRIVATE_FILE)  # never adds a permission
        except (OSError, NotImplementedError):
            pass


def in_data_dir(path: str | Path) -> bool:
    """Whether ``path`` lies inside the data folder (without creating the folder)."""
    try:
        Path(path).resolve().relative_to(data_dir(create=False).resolve())
    except (ValueError, OSError):
        return False
    return True


def journal_path() -> Path:
    """The one journal file all runs share, so 'runs' and 'resume' see every run."""
    return data_dir() / JOURNAL_NAME
