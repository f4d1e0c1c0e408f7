"""Where the app keeps its own files (run journal, log, templates), so every front end finds the same ones.

``CONTACT_IMPORTER_HOME`` overrides the platform's user data folder: tests point it at a temporary
folder so they never touch a person's real runs, and a person can move their data with it too.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from core import APP_NAME

ENV_HOME = "CONTACT_IMPORTER_HOME"
JOURNAL_NAME = "runs.sqlite3"


def data_dir(create: bool = True) -> Path:
    """The folder for the journal; created on first use so callers need not care.

    Local (not roaming) on Windows: the journal holds every batch body and can grow large.
    """
    override = os.environ.get(ENV_HOME, "").strip()
    path = Path(override).expanduser() if override else Path(
        platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def journal_path() -> Path:
    """The one journal file all runs share, so 'runs' and 'resume' see every run."""
    return data_dir() / JOURNAL_NAME
