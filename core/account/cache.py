"""The account's configuration kept on disk per connection, so the Map step works offline too.

One JSON file per connection under the app's data folder (``accounts/``), written whole through a
temporary file so a crash never leaves half a file. A file that cannot be read is reported in one
sentence naming it, never as a traceback, and never silently replaced by the built-in list.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from core.account.fetch import fetch_account
from core.account.model import AccountConfig
from core.paths import data_dir
from core.safe_write import write_text
from core.targets.client_base import Connection
from core.targets.outcomes import RunStop
from core.words import N_

CACHE_VERSION = 1
BUILT_IN_NOTE = N_("No connection: using the built-in field list (your account may have other fields and options).")
AS_OF = N_("Fields and options of account '{name}' as of {when}.")
SAVED_COPY = N_("Fields and options of account '{name}' as of {when}, from the saved copy.")


class AccountCacheError(Exception):
    """The saved copy of an account's configuration is damaged or unreadable."""


def cache_dir() -> Path:
    return data_dir() / "accounts"


def cache_path(connection_name: str) -> Path:
    """A readable, safe file name per connection (a hash keeps two similar names apart)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", connection_name).strip("-")[:60] or "connection"
    digest = hashlib.sha1(connection_name.encode("utf-8")).hexdigest()[:8]
    return cache_dir() / f"{slug}-{digest}.json"


def save(config: AccountConfig) -> Path:
    doc = {"version": CACHE_VERSION, "account": config.to_dict()}
    return write_text(cache_path(config.connection), json.dumps(doc, ensure_ascii=False, indent=1))


def load(connection_name: str) -> AccountConfig | None:
    """The saved configuration, ``None`` when there is none; ``AccountCacheError`` when it is damaged."""
    path = cache_path(connection_name)
    if not path.exists():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("version") != CACHE_VERSION:
            raise ValueError("unknown version")
        return AccountConfig.from_dict(doc["account"])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError) as e:
        raise AccountCacheError(N_(
            "The saved settings of account '{name}' ({path}) are damaged ({detail}); refresh them from the account, "
            "or delete that file.").format(name=connection_name, path=path, detail=e.__class__.__name__)) from None


@dataclass
class Loaded:
    """The configuration to use and the sentence a person reads about where it came from."""

    config: AccountConfig | None
    note: str
    offline: bool = False


def refresh(connection: Connection, cancel: threading.Event | None = None) -> AccountConfig:
    """Read the account now and keep the copy; raises what ``fetch_account`` raises."""
    config = fetch_account(connection, cancel=cancel)
    save(config)
    return config


def load_or_fetch(connection: Connection | None, *, refresh_now: bool = True,
                  cancel: threading.Event | None = None) -> Loaded:
    """Fresh from the account when it answers, else the saved copy (said so, with its date), else built-in.

    A damaged saved copy is reported (``AccountCacheError``) only when it is the one thing left to use.
    """
    if connection is None:
        return Loaded(None, BUILT_IN_NOTE)
    name = connection.name or connection.base_url
    problem = ""
    if refresh_now:
        try:
            config = refresh(connection, cancel)
            return Loaded(config, AS_OF.format(name=name, when=config.as_of))
        except RunStop as e:
            problem = str(e)
    saved = load(name)
    if saved is None:
        raise AccountCacheError(N_("Could not read the settings of account '{name}' and none are saved yet: {problem}"
                                   ).format(name=name, problem=problem))
    if problem:
        return Loaded(saved, N_("Fields and options of account '{name}' as of {when}, from the saved copy (could not "
                                "refresh: {problem}).").format(name=name, when=saved.as_of, problem=problem),
                      offline=True)
    return Loaded(saved, SAVED_COPY.format(name=name, when=saved.as_of), offline=True)


def load_saved(connection_name: str) -> Loaded:
    """Offline only: the saved copy for a connection name (the command line's ``--connection NAME``)."""
    saved = load(connection_name)
    if saved is None:
        raise AccountCacheError(N_("No saved settings for account '{name}'; give --base-url (or --sandbox) once to "
                                   "read them from the account.").format(name=connection_name))
    return Loaded(saved, SAVED_COPY.format(name=connection_name, when=saved.as_of), offline=True)


def account_step(connection: Connection | None, *, refresh: bool = False, progress: object = None) -> Loaded:
    """For a window's worker: the saved copy when there is one (unless ``refresh``), else read the account.

    Never raises for a missing or unreachable account: the note says what is used instead.
    """
    if connection is None:
        return Loaded(None, BUILT_IN_NOTE)
    name = connection.name or connection.base_url
    try:
        if not refresh:
            saved = load(name)
            if saved is not None and saved.base_url.rstrip("/") == connection.base_url.rstrip("/"):
                return Loaded(saved, AS_OF.format(name=name, when=saved.as_of), offline=True)
        return load_or_fetch(connection)
    except AccountCacheError as e:
        return Loaded(None, N_("{problem} Using the built-in field list.").format(problem=e))
