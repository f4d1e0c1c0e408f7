"""Practice mode's CRM: one sandbox inside the app, started on first use and stopped when the app quits.

Contacts sent in practice go to ``core.sandbox.SandboxServer`` on 127.0.0.1, so nothing leaves the
computer. The same server serves every practice run of this session, so a cancelled practice run
can be resumed and failed rows retried; when the app quits it is gone, and so are its contacts.
"""

from __future__ import annotations

import atexit
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.sandbox import SandboxServer
from core.targets.client_base import Connection

#: The connection name practice runs are recorded under (shown in the run history).
PRACTICE_NAME = "Practice"

_lock = threading.Lock()
_server: SandboxServer | None = None
_options: dict[str, Any] = {}
_hooked = False


def configure(**options: Any) -> None:
    """Options for the next sandbox started (``faults=FaultConfig(...)``, limits); stops the current one.

    Tests use this to slow the practice CRM down or make it run out of its daily budget.
    """
    global _options
    stop()
    _options = dict(options)


def server() -> SandboxServer:
    """The practice CRM, started now if it is not running yet."""
    global _server
    with _lock:
        if _server is None:
            _server = SandboxServer(**_options).start()
            _stop_at_exit()
        return _server


def running() -> SandboxServer | None:
    """The practice CRM if it was started (and not stopped) in this session."""
    return _server


def stop() -> None:
    """Stop the practice CRM (its contacts are forgotten). Safe to call more than once."""
    global _server
    with _lock:
        current, _server = _server, None
    if current is not None:
        current.stop()


def owns(base_url: str) -> bool:
    """Is ``base_url`` the practice CRM running now (so a practice run recorded there can go on)?"""
    current = _server
    return current is not None and current.base_url.rstrip("/") == base_url.rstrip("/")


def connection(target: str) -> Connection:
    """A connection to the practice CRM for ``target`` (starting it if needed). Its token is made up."""
    s = server()
    return Connection(target, s.base_url, s.token, name=PRACTICE_NAME, timeout=30.0)


def _stop_at_exit() -> None:
    global _hooked
    if _hooked:
        return
    _hooked = True
    atexit.register(stop)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop)
