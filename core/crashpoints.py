"""Test-only: kill the process at a named moment, so crash tests hit exact points instead of racing sleeps.

Set ``CONTACT_IMPORTER_CRASH_AT=NAME:N`` (e.g. ``journal-commit:5``) and the process sends itself
SIGKILL the N-th time it reaches ``crashpoint(NAME)``. Unset (always, outside tests) it costs one
dictionary lookup. Points: ``journal-commit`` (a journal transaction about to commit),
``before-send`` (the batch is recorded as sending, the request not yet made), ``after-answer`` (the
CRM's answer arrived, not yet recorded), ``file-replace`` (a written file not yet renamed into place;
its detail is the file's name, see ``crashpoint``).
"""

from __future__ import annotations

import os
import signal
import threading

ENV_CRASH_AT = "CONTACT_IMPORTER_CRASH_AT"
POINTS = ("journal-commit", "before-send", "after-answer", "file-replace")

_lock = threading.Lock()
_hits: dict[str, int] = {}


def _target() -> tuple[str, int] | None:
    raw = os.environ.get(ENV_CRASH_AT, "")
    if not raw:
        return None
    name, _, count = raw.partition(":")
    return (name, int(count or "1")) if (count or "1").isdigit() else None  # malformed: a test typo, never a crash


def crashpoint(name: str, detail: str = "") -> None:
    """Die here (SIGKILL: no clean-up, no flush) if the environment asks for this hit of ``name``.

    ``NAME@DETAIL:N`` counts only the hits whose ``detail`` is DETAIL (``file-replace@results.csv:1``:
    the results file, whatever other files the run writes first)."""
    target = _target()
    if target is None or target[0] not in (name, f"{name}@{detail}"):
        return
    name = target[0]
    with _lock:
        _hits[name] = _hits.get(name, 0) + 1
        if _hits[name] != target[1]:
            return
    kill = getattr(signal, "SIGKILL", None)
    if kill is None:  # Windows: the nearest thing to a kill
        os._exit(137)
    os.kill(os.getpid(), kill)
