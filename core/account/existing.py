"""Who is already in HubSpot: the file's emails looked up before anything is sent.

``POST /crm/v3/objects/contacts/batch/read`` with ``idProperty=email``, 100 emails a call (the batch
limit, docs/api-hubspot.md §1), asking for exactly the properties the mapping fills so the Check step can
show old → new. The session's rate limiter paces the calls; ``progress`` and ``cancel`` let a window
show a bar and stop.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from core.records import Progress
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, json_dict, response_json
from core.targets.hubspot_parsing import norm_email
from core.targets.outcomes import Cancelled, RunStop
from core.words import N_

READ_PATH = "/crm/v3/objects/contacts/batch/read"
READ_CHUNK = 100
JSON_HEADERS = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class Existing:
    """A contact HubSpot already has: its id and the current values of the asked-for properties."""

    crm_id: str
    properties: dict[str, str | None]


def _read_chunk(http: HttpSession, chunk: list[str], wanted: list[str], token: str,
                cancel: threading.Event | None) -> list[tuple[str, Existing]]:
    """One batch read by email: (email, contact) for each contact HubSpot answered with."""
    body = json.dumps({"idProperty": "email", "properties": wanted, "propertiesWithHistory": [],
                       "inputs": [{"id": e} for e in chunk]}).encode("utf-8")
    result = http.send_with_retries("POST", READ_PATH, content=body, headers=JSON_HEADERS, cancel=cancel)
    response = result.response
    data = response_json(response)
    if not response.is_success or not isinstance(data, dict):
        _code, text = describe_error(response, token)
        raise RunStop(N_("HubSpot could not look the file's emails up (HTTP {status}: {detail}).").format(
            status=response.status_code, detail=text))
    out = []
    for r in data.get("results") or []:
        if not isinstance(r, dict) or r.get("id") is None:
            continue
        props = json_dict(r, "properties")
        email = norm_email(props.get("email"))
        if email is not None:
            out.append((email, Existing(str(r["id"]), {k: (None if v is None else str(v)) for k, v in props.items()})))
    return out


def look_up_emails(connection: Connection, emails: Iterable[str], properties: Iterable[str], *,
                   progress: Progress | None = None, cancel: threading.Event | None = None,
                   session: HttpSession | None = None) -> dict[str, Existing]:
    """lower-cased email → ``Existing`` for the emails HubSpot has; raises RunStop/Cancelled."""
    unique = sorted({e for e in (norm_email(x) for x in emails) if e})
    wanted = sorted(set(properties) | {"email"})
    own = session is None
    http = session or HttpSession(connection)
    found: dict[str, Existing] = {}
    try:
        for start in range(0, len(unique), READ_CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled(N_("Cancelled while looking up who already exists"))
            for email, existing in _read_chunk(http, unique[start:start + READ_CHUNK], wanted, connection.token,
                                                cancel):
                found.setdefault(email, existing)
            if progress is not None:
                progress(min(start + READ_CHUNK, len(unique)), len(unique))
    finally:
        if own:
            http.close()
    return found
