"""Saved CRM connections: name, CRM and address in the app's settings; the token never goes there.

A token is kept in the OS keyring (``core.submit.secrets``). Where the computer has no usable keyring
(``store_token`` returns False) it is kept in this process's memory only, so it is gone when the app
quits and the person is asked for it again. Tokens are never logged, shown in full or written to a file.

The records are kept by ``gui.basics.settings`` (``connection_records``; ``saved_connection_names`` is kept
in step so the window knows whether any exist).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.addresses import address_problem, insecure_address
from core.logs import forget_in_logs
from core.mapping.catalog import TARGET_LABELS
from core.submit import secrets
from core.submit.journal import RunInfo
from core.targets.client_base import Connection
from gui.basics import settings
from gui.connections import practice

log = logging.getLogger(__name__)

DEFAULT_BASE_URLS = {"virtuous": "https://api.virtuoussoftware.com", "hubspot": "https://api.hubapi.com"}
#: Where each CRM explains how to make the key this app needs (from docs/api-virtuous.md §2 and
#: HubSpot's service-key page; the Virtuous menu path differs between its docs and its support article).
API_KEY_HELP_URLS = {
    "virtuous": "https://support.virtuous.org/hc/en-us/articles/360052340251",
    "hubspot": "https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/account-service-keys",
}

#: name → token, for connections whose token could not go into a keyring (this session only).
_session_tokens: dict[str, str] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Connections", text)


class _Notifier(QObject):
    """Says when the saved connections changed, so every list of them can refresh (GUI thread only)."""

    changed = Signal()


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """The object whose ``changed`` signal fires after a connection is saved or removed."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier(QCoreApplication.instance())
    return _notifier


@dataclass(frozen=True)
class SavedConnection:
    """A connection as remembered between sessions: everything but the token."""

    name: str
    target: str
    base_url: str

    @property
    def crm(self) -> str:
        return TARGET_LABELS.get(self.target, self.target)

    def label(self) -> str:
        return f"{self.name} ({self.crm})"


def load() -> list[SavedConnection]:
    """Every saved connection, in the order they were added."""
    out = []
    for r in settings.connection_records():
        if r.get("name") and r.get("target") in DEFAULT_BASE_URLS:
            out.append(SavedConnection(str(r["name"]), r["target"], str(r.get("base_url") or
                                                                          DEFAULT_BASE_URLS[r["target"]])))
    return out


def _write(records: list[SavedConnection]) -> None:
    settings.set_connection_records([asdict(r) for r in records])
    notifier().changed.emit()


def for_target(target: str) -> list[SavedConnection]:
    return [r for r in load() if r.target == target]


def find(name: str) -> SavedConnection | None:
    for r in load():
        if r.name == name:
            return r
    return None


def validate(name: str, target: str, base_url: str, *, previous_name: str | None = None) -> str | None:
    """None when a connection can be saved like this, else the problem in words."""
    name = name.strip()
    if not name:
        return _tr("Give the connection a name, for example “Our HubSpot”.")
    if target not in DEFAULT_BASE_URLS:
        return _tr("Choose Virtuous or HubSpot.")
    if name != previous_name and find(name) is not None:
        return _tr("There is already a connection called “{name}”.").format(name=name)
    return address_sentence(base_url)


def address_sentence(base_url: str) -> str | None:
    """The window's sentence for an address that cannot be used (None when it can): plain http:// to
    another computer is refused before anything connects, the key would cross the network in clear."""
    if insecure_address(base_url):
        return _tr("Use an https:// address: plain http:// would send the API key unencrypted "
                   "(http:// is allowed only for this computer: localhost, 127.0.0.1 or ::1).")
    if address_problem(base_url) is not None:
        return _tr("The address must look like https://api.example.com (a port, if any, is one number).")
    return None


def save(record: SavedConnection, token: str | None, *, previous_name: str | None = None) -> str:
    """Add or replace a connection. ``token`` None or "" keeps the one already kept for it.

    Returns where the token is now: ``"keyring"``, ``"session"`` (no keyring: memory until the app
    quits) or ``"none"`` (no token known yet).
    """
    old_name = previous_name or record.name
    renamed = old_name != record.name
    carried = None if token else (stored_token(old_name) if renamed else None)
    records = load()
    at = next((i for i, r in enumerate(records) if r.name == old_name), None)
    if at is None:
        records.append(record)
    else:
        records[at] = record
    _write(records)
    if renamed:
        _forget_token(old_name)
    log.info("Saved connection %r to %s", record.name, record.crm)
    new_token = token or carried
    forget_in_logs(new_token)  # the window's log file blanks it from now on
    if not new_token:
        kept = token_kept_for_session(record.name)
        return "none" if kept is None else "session" if kept else "keyring"
    if secrets.store_token(record.name, new_token):
        _session_tokens.pop(record.name, None)
        return "keyring"
    _session_tokens[record.name] = new_token
    return "session"


def remove(name: str) -> None:
    """Forget a connection and its token."""
    _write([r for r in load() if r.name != name])
    _forget_token(name)
    used = last_used()
    for target, n in list(used.items()):
        if n == name:
            del used[target]
    settings.set_last_used_connections(used)
    log.info("Removed connection %r", name)


def _forget_token(name: str) -> None:
    _session_tokens.pop(name, None)
    secrets.delete_token(name)


def stored_token(name: str, base_url: str | None = None) -> str | None:
    """The token kept for a connection: this session's memory first, then the keyring."""
    return _session_tokens.get(name) or secrets.get_token(name, base_url)


def token_kept_for_session(name: str) -> bool | None:
    """True: memory only; False: a token is found elsewhere (keyring); None: no token at all."""
    if name in _session_tokens:
        return True
    return False if secrets.get_token(name, None) else None


def masked(token: str | None) -> str:
    """"•••• 3f9a": enough to recognise a token, never enough to use it."""
    if not token:
        return ""
    return "•••• " + token[-4:] if len(token) >= 12 else "••••"


def connection(record: SavedConnection) -> Connection | None:
    """A ready-to-use connection, or None when no token is known for it."""
    token = stored_token(record.name, record.base_url)
    if not token:
        return None
    forget_in_logs(token)  # a run or a resume is about to use it: never in the log file
    return Connection(record.target, record.base_url.rstrip("/"), token, name=record.name)


def last_used() -> dict[str, str]:
    """The connection name last chosen for each CRM."""
    return settings.last_used_connections()


def set_last_used(target: str, name: str) -> None:
    used = last_used()
    used[target] = name
    settings.set_last_used_connections(used)


def connection_for_run(run: RunInfo) -> tuple[Connection | None, str]:
    """The connection a recorded run can go on with, or None and why not (in words)."""
    if run.sandbox:
        if practice.owns(run.base_url):
            return practice.connection(run.target), ""
        return None, _tr("This was a practice run. The practice CRM it went to closed with the app, so there is "
                         "nothing to resume it against. Its results are kept; start a new practice send instead.")
    crm = TARGET_LABELS.get(run.target, run.target)
    record = find(run.connection_name) if run.connection_name else None
    if record is None:
        record = next((r for r in load() if r.target == run.target and
                       r.base_url.rstrip("/") == run.base_url.rstrip("/")), None)
    name = record.name if record else run.connection_name or run.base_url
    token = stored_token(record.name if record else run.connection_name or run.base_url, run.base_url)
    if not token:
        return None, _tr("The API key for “{name}” ({crm}) is not saved on this computer. Enter it under "
                         "Connections, then resume.").format(name=name, crm=crm)
    forget_in_logs(token)  # a resume is about to use it: never in the log file
    return Connection(run.target, run.base_url.rstrip("/"), token, name=record.name if record else
                      run.connection_name), ""
