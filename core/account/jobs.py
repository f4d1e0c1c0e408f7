"""The window's job for the account: its configuration read, and the mapping its fields suggest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.account import cache
from core.account.catalog import account_catalog
from core.mapping.automap import suggest_mapping
from core.mapping.learned import learned_for
from core.mapping.model import Mapping
from core.records import Progress


@dataclass
class AccountRead:
    """An account's configuration read for the window, and the mapping its fields suggest for ``headers``."""

    loaded: cache.Loaded
    headers: list[str]
    suggested: Mapping | None  # None: no account (the built-in suggestion stands) or no headers


def read_account(connect: Callable[[], Any], *, target: str, headers: list[str], refresh: bool = False,
                 progress: Progress | None = None, columns: list[list[Any]] | None = None) -> AccountRead:
    """``cache.account_step`` for the connection ``connect()`` gives, plus the suggestion from its fields.

    Both are worked out here, on the window's worker: connecting may start the practice CRM, and
    suggesting compares every column with every field of the account (tens of ms on its thread)."""
    loaded = cache.account_step(connect(), refresh=refresh, progress=progress)
    config = loaded.config
    suggested = None
    if config is not None and config.target == target and headers:
        suggested = suggest_mapping(headers, target, account_catalog(config, target), columns,
                                    learned=learned_for(target, config.connection))
    return AccountRead(loaded, list(headers), suggested)
