"""Choices a person made on the Map step, remembered per target and account, so the same header is
mapped the same way in the next file (any file, not only one saved as a template).

Kept as ``learned-mappings.json`` in the app's data folder (core.paths): ``{target: {account: {header: field}}}``
with headers compared as ``norm_header`` does and ``null`` for "don't import this column". "Reset
suggestions" forgets them all.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.mapping.model import norm_header
from core.paths import data_dir

FILE_NAME = "learned-mappings.json"


def _path(create: bool = True) -> Path:
    return data_dir(create) / FILE_NAME


def _read() -> dict:
    try:  # reading never creates the data folder (the command line may only be mapping a file)
        data = json.loads(_path(create=False).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: suggestions start afresh rather than fail
    return data if isinstance(data, dict) else {}


def remember(target: str, account: str, header: str, field: str | None) -> None:
    """A person pointed ``header`` at ``field`` (None: at nothing) for ``target`` and ``account``."""
    from core.safe_write import write_text

    key = norm_header(header)
    if not key:
        return
    data = _read()
    data.setdefault(target, {}).setdefault(account or "", {})[key] = field
    write_text(_path(), json.dumps(data, indent=1, sort_keys=True) + "\n")


def learned_for(target: str, account: str = "") -> dict[str, str | None]:
    """Normalised header -> field for ``target``: this account's choices over any other account's."""
    by_account = _read().get(target, {})
    if not isinstance(by_account, dict):
        return {}
    out: dict[str, str | None] = {}
    for _acc, choices in sorted(by_account.items(), key=lambda kv: kv[0] == (account or "")):
        if isinstance(choices, dict):
            out.update({k: v for k, v in choices.items() if v is None or isinstance(v, str)})
    return out


def forget_all() -> None:
    """Reset suggestions: every remembered choice is forgotten."""
    try:
        _path(create=False).unlink()
    except FileNotFoundError:
        pass
