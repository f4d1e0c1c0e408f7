"""Everything the window remembers between runs. QSettings is used here and nowhere else.

Every key has a typed reader and writer below; other modules call those, never QSettings.
Tests isolate this by pointing QSettings at a temporary folder (see tests/gui/conftest.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "Contact Importer"
APPLICATION = "Contact Importer"

KEY_GEOMETRY = "window/geometry"
#: Each splitter's divider as the person left it (``window/splitters/<name>``).
KEY_SPLITTERS = "window/splitters"
KEY_LAST_FOLDER = "files/lastFolder"
KEY_RECENT = "files/recent"
KEY_FIRST_START_DONE = "app/firstStartDone"
KEY_TARGET = "import/target"
#: Names of saved CRM connections; tokens live in the keyring (core/submit/secrets.py), never here.
KEY_CONNECTIONS = "connections/names"
#: The saved connections themselves (name, CRM, address; never a token), a JSON list.
KEY_CONNECTION_RECORDS = "connections/records"
#: The connection last chosen for each CRM, a JSON object {target: name}.
KEY_LAST_USED_CONNECTIONS = "connections/lastUsed"
#: Runs the person asked not to be offered for resuming at start-up.
KEY_RESUME_DISMISSED = "runs/resumeDismissed"

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings()


def _list(value: object) -> list[str]:
    # QSettings gives back a str for a one-item list in INI files, and None when unset.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in cast(Iterable[object], value)]  # a list (QSettings' native form)


def window_geometry() -> QByteArray | None:
    """Saved window geometry, so the window opens where the person left it."""
    value = _settings().value(KEY_GEOMETRY)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_window_geometry(data: QByteArray) -> None:
    _settings().setValue(KEY_GEOMETRY, data)


def splitter_state(name: str) -> QByteArray | None:
    """Where the person left the divider of the splitter ``name`` (``gui.widgets.splitter``)."""
    value = _settings().value(f"{KEY_SPLITTERS}/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_splitter_state(name: str, data: QByteArray) -> None:
    _settings().setValue(f"{KEY_SPLITTERS}/{name}", data)


def last_folder() -> str:
    """The folder of the last file opened; the home folder the first time."""
    value = _settings().value(KEY_LAST_FOLDER)
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return str(Path.home())


def set_last_folder(folder: str | Path) -> None:
    s = _settings()
    if s.value(KEY_LAST_FOLDER) != str(folder):  # each write goes to disk on the GUI thread
        s.setValue(KEY_LAST_FOLDER, str(folder))


def recent_files() -> list[str]:
    """Recently opened files, newest first, without files that have since disappeared."""
    return [p for p in _list(_settings().value(KEY_RECENT)) if Path(p).exists()]


def add_recent_file(path: str | Path) -> None:
    """Put ``path`` first in the recent list (sample files are not worth remembering)."""
    text = str(Path(path))
    s = _settings()
    found = _list(s.value(KEY_RECENT))
    if found[:1] == [text]:
        return  # already first: no write to disk while the window waits
    items = [p for p in found if p != text]
    s.setValue(KEY_RECENT, [text, *items][:MAX_RECENT])


def is_first_start() -> bool:
    """True until the person has opened a file of their own once."""
    return not _bool(_settings().value(KEY_FIRST_START_DONE))


def set_first_start_done() -> None:
    if is_first_start():
        _settings().setValue(KEY_FIRST_START_DONE, True)


def saved_connection_names() -> list[str]:
    """Names of the CRM connections the person saved (written by the Connections dialog)."""
    return _list(_settings().value(KEY_CONNECTIONS))


def set_saved_connection_names(names: list[str]) -> None:
    _settings().setValue(KEY_CONNECTIONS, list(names))


def has_saved_connection() -> bool:
    """Without one, practice mode is the sensible default: nothing can be sent anywhere real."""
    return bool(saved_connection_names())


def connection_records() -> list[dict[str, Any]]:
    """The saved connections as ``set_connection_records`` wrote them; [] when unset or unreadable.

    Each is a dict with ``name``, ``target`` and ``base_url``; ``gui.connections.saved`` checks them.
    """
    raw = _settings().value(KEY_CONNECTION_RECORDS)
    try:
        records = json.loads(raw) if isinstance(raw, str) and raw else []
    except ValueError:
        log.warning("The saved connections could not be read; starting with none")
        return []
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def set_connection_records(records: list[dict[str, Any]]) -> None:
    """Replace the saved connections (and their names, kept in step) and write them out now."""
    s = _settings()
    s.setValue(KEY_CONNECTION_RECORDS, json.dumps(records, ensure_ascii=False))
    set_saved_connection_names([str(r["name"]) for r in records])
    s.sync()


def last_used_connections() -> dict[str, str]:
    """The connection name last chosen for each CRM (``{"hubspot": "Our HubSpot"}``)."""
    raw = _settings().value(KEY_LAST_USED_CONNECTIONS)
    try:
        value = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        value = {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def set_last_used_connections(used: dict[str, str]) -> None:
    _settings().setValue(KEY_LAST_USED_CONNECTIONS, json.dumps(used, ensure_ascii=False))


def resume_dismissed_runs() -> set[str]:
    """Ids of cut-off runs not to offer for resuming at start-up again."""
    return set(_list(_settings().value(KEY_RESUME_DISMISSED)))


def add_resume_dismissed_run(run_id: str) -> None:
    _settings().setValue(KEY_RESUME_DISMISSED, sorted(resume_dismissed_runs() | {run_id}))


def last_target() -> str:
    value = _settings().value(KEY_TARGET)
    return value if value in ("virtuous", "hubspot") else "virtuous"


def set_last_target(target: str) -> None:
    _settings().setValue(KEY_TARGET, target)


def _bool(value: object) -> bool:
    # INI-backed QSettings returns "true"/"false" strings.
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


KEY_LANGUAGE = "app/language"


def language() -> str:
    """The language chosen in the window ("en", "es"), or "" to follow the system."""
    return str(_settings().value(KEY_LANGUAGE, "") or "")


def set_language(code: str) -> None:
    _settings().setValue(KEY_LANGUAGE, code)
