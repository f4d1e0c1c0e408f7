"""The people already in the connected account: fetched once (within the rate limit), kept in a
local cache with its "as of" time, and reduced to the same comparison frame as the file's rows.

HubSpot: ``GET /crm/v3/objects/contacts`` in pages of 100 asking only for the identifying
properties. Virtuous: ``POST /api/Contact/Query/FullContact`` with ``skip``/``take`` of 1,000.
Both go through ``HttpSession``, which waits out 429s and the budget the headers report, so an
account of 100,000 contacts costs 1,000 (HubSpot) or 100 (Virtuous) requests and no more.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.matching.frame import Person, person_from_values
from core.targets.client_base import Connection, WaitCallback
from core.targets.http import HttpSession, describe_error, json_dict, response_json
from core.targets.outcomes import Cancelled, RunStop
from core.words import N_

HUBSPOT_PROPERTIES = ("firstname", "lastname", "email", "phone", "mobilephone", "address", "city", "zip",
                      "date_of_birth")
HUBSPOT_PAGE = 100
VIRTUOUS_TAKE = 1000
CACHE_VERSION = 1
#: ``progress(people fetched so far, total when known else 0)``
FetchProgress = Callable[[int, int], None]


class CacheProblem(Exception):
    """The cache file cannot be used; ``message`` says why in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class AccountPeople:
    """The account's people as of ``as_of`` (epoch seconds); ``values`` are target-field dicts by CRM id."""

    target: str
    base_url: str
    name: str
    as_of: float
    values: dict[str, dict[str, Any]]

    def people(self) -> list[Person]:
        # Account rows get unique ids far above any sheet row; crm_id carries the real id.
        return [person_from_values(10_000_000 + i, self.target, v, crm_id=cid)
                for i, (cid, v) in enumerate(self.values.items())]

    def as_of_text(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.as_of))


# ----- fetching -----

#: What is wrong with a saved copy of the account's people; each says what to do after "; ".
DAMAGED_COPY = N_("The saved copy of the account's people ({name}) is damaged")
OTHER_ACCOUNT = N_("The saved copy of the account's people ({name}) belongs to another account ({crm} at {address})")
FETCH_AGAIN = N_("{problem}; fetch them again (refresh).")


def _check(response: Any, what: str, token: str) -> Any:
    data = response_json(response)
    if not response.is_success or not isinstance(data, dict):
        _code, text = describe_error(response, token)
        raise RunStop(N_("{what} (HTTP {status}: {detail}).").format(what=what, status=response.status_code,
                                                                      detail=text))
    return data


def _hubspot_pages(http: HttpSession, cancel: threading.Event | None, progress: FetchProgress | None,
                   on_wait: WaitCallback | None, path: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    after: str | None = None
    while True:
        params = {"limit": str(HUBSPOT_PAGE), "properties": ",".join(HUBSPOT_PROPERTIES), "archived": "false"}
        if after:
            params["after"] = after
        result = http.send_with_retries("GET", path, params=params, cancel=cancel, on_wait=on_wait)
        data = _check(result.response, N_("HubSpot did not list its contacts"), http.connection.token)
        for r in data.get("results") or []:
            if isinstance(r, dict) and r.get("id") is not None:
                props = json_dict(r, "properties")
                out[str(r["id"])] = {k: v for k, v in props.items() if k in HUBSPOT_PROPERTIES and v}
        if progress is not None:
            progress(len(out), 0)
        nxt = (data.get("paging") or {}).get("next") or {}
        after = nxt.get("after") if isinstance(nxt, dict) else None
        if not after:
            return out


def _primary_individual(contact: dict[str, Any]) -> dict[str, Any]:
    """The contact's primary individual (else its first), or {} without one."""
    individuals = contact.get("contactIndividuals") or []
    return next((i for i in individuals if isinstance(i, dict) and i.get("isPrimary")), None) \
        or next(iter(individuals), {}) or {}


def _address(contact: dict[str, Any]) -> dict[str, Any]:
    """The contact's address (else its first listed address), or {} without one."""
    addr = json_dict(contact, "address")
    return addr or next(iter(contact.get("contactAddresses") or []), {}) or {}


def _virtuous_flat(contact: dict[str, Any]) -> dict[str, Any]:
    """The nested FullContact → the import field names the file's rows use."""
    ind, addr = _primary_individual(contact), _address(contact)
    out: dict[str, Any] = {"firstName": ind.get("firstName"), "lastName": ind.get("lastName"),
                           "address1": addr.get("address1"), "address2": addr.get("address2"),
                           "city": addr.get("city"), "postal": addr.get("postal"), "name": contact.get("name")}
    for m in ind.get("contactMethods") or []:
        if not isinstance(m, dict) or not m.get("value"):
            continue
        kind = str(m.get("type") or "").lower()
        key = "email" if "email" in kind or "@" in str(m["value"]) else "phone"
        out.setdefault(key, m["value"])
    return {k: v for k, v in out.items() if v}


def _virtuous_pages(http: HttpSession, cancel: threading.Event | None, progress: FetchProgress | None,
                    on_wait: WaitCallback | None) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    skip = 0
    body = json.dumps({"groups": []}).encode()
    while True:
        result = http.send_with_retries("POST", "/api/Contact/Query/FullContact",
                                        params={"skip": str(skip), "take": str(VIRTUOUS_TAKE)}, content=body,
                                        headers={"Content-Type": "application/json"}, cancel=cancel,
                                        on_wait=on_wait)
        data = _check(result.response, N_("Virtuous did not list its contacts"), http.connection.token)
        items = [c for c in data.get("list") or [] if isinstance(c, dict) and c.get("id") is not None]
        for c in items:
            out[str(c["id"])] = _virtuous_flat(c)
        total = data.get("total") if isinstance(data.get("total"), int) else 0
        if progress is not None:
            progress(len(out), total)
        skip += len(items)
        if len(items) < VIRTUOUS_TAKE or (total and skip >= total):
            return out


def fetch_people(conn: Connection, *, cancel: threading.Event | None = None, progress: FetchProgress | None = None,
                 on_wait: WaitCallback | None = None, hubspot_path: str = "/crm/v3/objects/contacts") -> AccountPeople:
    """Every person in the account, once. Raises RunStop/AuthError/Cancelled with a sentence."""
    http = HttpSession(conn)
    started = time.time()
    try:
        if conn.target == "hubspot":
            values = _hubspot_pages(http, cancel, progress, on_wait, hubspot_path)
        else:
            values = _virtuous_pages(http, cancel, progress, on_wait)
    finally:
        http.close()
    if cancel is not None and cancel.is_set():
        raise Cancelled(N_("Cancelled while fetching the account's people"))
    return AccountPeople(conn.target, conn.base_url, conn.name, started, values)


# ----- the cache -----

def cache_path(folder: Path, conn: Connection) -> Path:
    """One file per account (target, address, connection name); never named after the token."""
    key = hashlib.sha256(f"{conn.target}|{conn.base_url.rstrip('/')}|{conn.name}".encode()).hexdigest()[:16]
    return folder / f"account-people-{key}.json"


def save_cache(path: Path, people: AccountPeople) -> None:
    from core.safe_write import write_text

    write_text(path, json.dumps({"version": CACHE_VERSION, "target": people.target, "base_url": people.base_url,
                                 "name": people.name, "as_of": people.as_of, "people": people.values}, default=str))


def load_cache(path: Path, conn: Connection) -> AccountPeople | None:
    """The cached people of this account, None when there is no cache; CacheProblem when it is
    damaged or belongs to another account (a person then refreshes it)."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ok = isinstance(data, dict) and data.get("version") == CACHE_VERSION and isinstance(data.get("people"), dict)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        ok = False
    if not ok:
        raise CacheProblem(FETCH_AGAIN.format(problem=DAMAGED_COPY.format(name=path.name)))
    if (data.get("target"), str(data.get("base_url", "")).rstrip("/"), data.get("name", "")) != \
            (conn.target, conn.base_url.rstrip("/"), conn.name):
        raise CacheProblem(N_("{problem}; fetch this account's people (refresh).").format(problem=OTHER_ACCOUNT.format(
            name=path.name, crm=data.get("target"), address=data.get("base_url"))))
    try:
        as_of = float(data["as_of"])
        values = {str(k): dict(v) for k, v in data["people"].items()}
    except (KeyError, TypeError, ValueError):
        raise CacheProblem(FETCH_AGAIN.format(problem=DAMAGED_COPY.format(name=path.name))) from None
    return AccountPeople(conn.target, conn.base_url, conn.name, as_of, values)
