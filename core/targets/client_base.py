"""The contract every CRM client keeps, so the engine never knows which service it talks to."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from core.targets.outcomes import RowOutcome
from core.targets.payloads import Batch

#: ``on_wait(seconds, reason)``: the client is about to wait (rate limit, back-off); a window shows it.
WaitCallback = Callable[[float, str], None]


class WaitReason(str):
    """A reason to wait, in words (logged, shown), that also says which kind of wait it is, so the window
    words it without reading the words: ``RATE`` (the CRM's rate limit or a locked account), ``LOST``
    (an answer was lost: checking what arrived) or ``RETRY`` (no usable answer: trying again). A plain
    ``str`` reason is a ``RETRY``."""

    kind: str

    def __new__(cls, text: str, kind: str = "retry") -> WaitReason:  # the default: unpickling passes the text only
        made = super().__new__(cls, text)
        made.kind = kind
        return made


RATE, LOST, RETRY = "rate", "lost", "retry"


def wait_kind(reason: str) -> str:
    """``RATE``, ``LOST`` or ``RETRY``: the kind a ``WaitReason`` carries (a plain reason is a retry)."""
    return reason.kind if isinstance(reason, WaitReason) else RETRY


@dataclass
class Connection:
    """Where and how to reach one CRM account. The token is never logged, shown or written out."""

    target: str  # virtuous | hubspot
    base_url: str
    token: str = field(repr=False)
    name: str = ""
    timeout: float = 30.0
    max_retries: int = 5
    verify_tls: bool = True

    def __repr__(self) -> str:  # belt and braces: dataclass repr already hides the token
        return f"Connection(target={self.target!r}, base_url={self.base_url!r}, name={self.name!r})"


class CrmClient(Protocol):
    """Sends one prepared batch and says what happened to each of its rows."""

    def send(self, batch: Batch, cancel: threading.Event | None = None,
             on_wait: WaitCallback | None = None) -> list[RowOutcome]:
        """One outcome per batch item, matched by key (never by position).

        Retries 429/5xx/timeouts itself; raises a ``RunStop`` subclass when the run cannot go on and
        ``Cancelled`` when ``cancel`` was set while waiting.
        """
        ...

    def reconcile(self, batch: Batch, cancel: threading.Event | None = None) -> list[RowOutcome]:
        """After a crash or lost answer: settle this batch's rows without creating anything twice.

        HubSpot looks the rows up (rows that cannot be established come back ``unknown``, never re-sent
        blindly); Virtuous, whose imports are processed later, sends the same batch again (safe: it
        matches on reference ids) and says so in each row's message.
        """
        ...

    def test_connection(self) -> str:
        """A one-line description of the account reached, or raise ``AuthError``/``RunStop``."""
        ...

    def close(self) -> None: ...
