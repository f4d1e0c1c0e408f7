"""Contact owner by email or name (HubSpot): a column mapped to *Contact owner* (``hubspot_owner_id``)
usually holds the owners' emails or names, not HubSpot's owner ids. The account's owners are read
(``GET /crm/v3/owners``, 100 a page; scope ``crm.objects.owners.read``) and each value becomes the
owner's id. A value that names no owner costs that field, not the person: a warning naming it, and the
row is sent without an owner.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import AuthError, RunStop
from core.validation.issues import CheckedRow, Issue
from core.words import N_

OWNER = "hubspot_owner_id"
OWNERS_PATH = "/crm/v3/owners"
OWNER_UNKNOWN = "owner.unknown"
OWNER_AMBIGUOUS = "owner.ambiguous"
OWNER_NOTES = (OWNER_UNKNOWN, OWNER_AMBIGUOUS)
PAGE = 100
MAX_PAGES = 200


@dataclass(frozen=True)
class Owner:
    id: str
    email: str
    name: str


def _fold(text: str) -> str:
    """Case, accents and spacing do not matter when a name is compared ("Maria lopez" is María López)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def read_owners(connection: Connection, cancel: threading.Event | None = None) -> list[Owner]:
    """The account's active owners, every page."""
    http = HttpSession(connection)
    owners: list[Owner] = []
    after: str | None = None
    try:
        for _ in range(MAX_PAGES):
            query = f"?limit={PAGE}&archived=false" + (f"&after={after}" if after else "")
            try:
                result = http.send_with_retries("GET", OWNERS_PATH + query, cancel=cancel)
            except AuthError as exc:  # 403 MISSING_SCOPES: say which scope, not "check the token"
                raise RunStop(N_("HubSpot did not list the account's owners ({detail}); the app needs the "
                                 "crm.objects.owners.read scope to set contact owners.").format(detail=exc)) from None
            data: Any = response_json(result.response)
            if not result.response.is_success or not isinstance(data, dict):
                _code, text = describe_error(result.response, connection.token)
                raise RunStop(N_("HubSpot did not list the account's owners (HTTP {status}: {detail}); the app "
                                 "needs the crm.objects.owners.read scope to set contact owners.").format(
                                     status=result.response.status_code, detail=text))
            for o in data.get("results") or []:
                if isinstance(o, dict) and o.get("id") is not None:
                    name = " ".join(str(o.get(k) or "") for k in ("firstName", "lastName")).strip()
                    owners.append(Owner(str(o["id"]), str(o.get("email") or "").strip().lower(), name))
            after = ((data.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                break
    finally:
        http.close()
    return owners


def owner_index(owners: list[Owner]) -> dict[str, list[str]]:
    """id, email and folded full name → owner ids (a name two owners share gives both)."""
    index: dict[str, list[str]] = {}
    for o in owners:
        for key in (o.id, o.email, _fold(o.name)):
            if key and o.id not in index.setdefault(key, []):
                index[key].append(o.id)
    return index


def resolve_owners(rows: list[CheckedRow], connection: Connection | None,
                   cancel: threading.Event | None = None, owners: list[Owner] | None = None,
                   column: str = OWNER) -> int:
    """Replace each row's owner email/name with the owner's id; returns how many rows were left without
    their owner. Without a connection (an offline preview) values are left as they are."""
    wanted = [r for r in rows if r.get(OWNER) not in (None, "")]
    if not wanted or (connection is None and owners is None):
        return 0
    if owners is None:
        assert connection is not None  # returned above otherwise
        owners = read_owners(connection, cancel)
    index = owner_index(owners)
    dropped = 0
    for r in wanted:
        values = dict(r.values)
        given = str(values[OWNER]).strip()
        ids = index.get(given) or index.get(given.lower()) or index.get(_fold(given)) or []
        if len(ids) == 1:
            values[OWNER] = ids[0]
        else:
            values.pop(OWNER)
            dropped += 1
            if ids:
                text = N_("Row {row}: contact owner '{owner}' matches several owners in HubSpot (give the owner's "
                          "email); sent without an owner").format(row=r.row, owner=given)
                r.issues.append(Issue(r.row, OWNER_AMBIGUOUS, "warning", column, OWNER, given, text))
            else:
                text = N_("Row {row}: contact owner '{owner}' is not an owner in this HubSpot account; sent "
                          "without an owner").format(row=r.row, owner=given)
                r.issues.append(Issue(r.row, OWNER_UNKNOWN, "warning", column, OWNER, given, text))
        r.values = values
    return dropped
