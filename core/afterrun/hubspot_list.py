"""Add a HubSpot run's contacts to a list (``submit --list NAME``; the Send step's "Add these people to a
list" box): every contact the run created or updated goes into the manual (static) contact list NAME,
which is made when the account has none by that name.

HubSpot Lists v3 (docs/api-hubspot.md "Lists"; scope ``crm.lists.write``): the list is found by name
(``GET /crm/v3/lists/object-type-id/0-1/name/{listName}``), else created (``POST /crm/v3/lists`` with
``processingType: MANUAL``), and the contacts are added with ``PUT /crm/v3/lists/{listId}/memberships/add``.
It is a step of the run: its progress (the list's id, whether the run made it, the contacts added) is
kept in the journal with the run, so a run killed before the step ends is finished by ``resume``, and
each row's message says the contact was added. ``undo`` takes the run's contacts out again and deletes
the list when the run made it and nothing else is in it.
"""

from __future__ import annotations

import json
import threading
from typing import Any
from urllib.parse import quote

from core.crashpoints import crashpoint
from core.submit.journal import Journal
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import AuthError, Cancelled, RunStop
from core.words import N_

EXTRA = "hubspot_list"
CONTACTS = "0-1"
LISTS = "/crm/v3/lists"
CHUNK = 100  # [U] HubSpot's own limit per memberships call is larger; 100 matches the batch size
JSON_HEADERS = {"Content-Type": "application/json"}
ADDED = N_("Added to the list “{name}”")
TAKEN_OUT = N_("Taken out of the list “{name}” by undo")


def list_extra(name: str | None) -> dict[str, str]:
    """The list step's document for ``create_run(extras=)`` (nothing when no list was asked for)."""
    name = (name or "").strip()
    if not name:
        return {}
    return {EXTRA: json.dumps({"name": name, "list_id": None, "created": False, "added": [], "removed": []})}


def run_list(journal: Journal, run_id: str) -> dict[str, Any] | None:
    text = journal.run_extra(run_id, EXTRA)
    return json.loads(text) if text else None


class _Lists:
    def __init__(self, connection: Connection, cancel: threading.Event | None) -> None:
        self.http = HttpSession(connection)
        self.token = connection.token
        self.cancel = cancel

    def call(self, method: str, path: str, body: Any = None, *, missing_ok: bool = False) -> Any:
        content = json.dumps(body).encode("utf-8") if body is not None else None
        try:
            result = self.http.send_with_retries(method, path, content=content,
                                                 headers=JSON_HEADERS if content is not None else None,
                                                 cancel=self.cancel)
        except AuthError as exc:  # 403 MISSING_SCOPES: say which scope
            raise RunStop(N_("HubSpot refused the contact list ({detail}); the app needs the crm.lists.write and "
                             "crm.lists.read scopes for lists.").format(detail=exc)) from None
        response = result.response
        if missing_ok and response.status_code == 404:
            return None
        if not response.is_success:
            _code, text = describe_error(response, self.token)
            raise RunStop(N_("HubSpot did not update the contact list (HTTP {status}: {detail}); the app needs the "
                             "crm.lists.write scope for lists.").format(status=response.status_code, detail=text))
        return response_json(response) if response.content else None

    def find(self, name: str) -> str | None:
        data = self.call("GET", f"{LISTS}/object-type-id/{CONTACTS}/name/{quote(name, safe='')}", missing_ok=True)
        found = (data or {}).get("list") if isinstance(data, dict) else None
        if not isinstance(found, dict) or found.get("listId") is None:
            return None
        if found.get("processingType") not in (None, "MANUAL", "SNAPSHOT"):
            raise RunStop(N_("The list “{name}” in HubSpot is an active list (its members follow its filters), so "
                             "people cannot be added to it; choose another name.").format(name=name))
        return str(found["listId"])

    def create(self, name: str) -> str:
        try:
            data = self.call("POST", LISTS, {"name": name, "objectTypeId": CONTACTS, "processingType": "MANUAL"})
        except RunStop:
            made = self.find(name)  # an earlier try whose answer was lost may have made it (names are unique)
            if made is None:
                raise
            return made
        return str(data["list"]["listId"])

    def close(self) -> None:
        self.http.close()


def add_run_to_list(journal: Journal, run_id: str, connection: Connection,
                    cancel: threading.Event | None = None) -> int:
    """Put the run's created and updated contacts not added yet into its list; returns how many this time."""
    doc = run_list(journal, run_id)
    if doc is None:
        return 0
    rows = [e for e in journal.rows(run_id) if e.status in ("created", "updated") and e.crm_id]
    added = set(doc["added"])
    todo = [e for e in rows if e.crm_id not in added]
    if not todo:
        return 0
    api = _Lists(connection, cancel)
    count = 0
    try:
        if doc["list_id"] is None:
            found = api.find(doc["name"])
            doc["list_id"], doc["created"] = (found, False) if found else (api.create(doc["name"]), True)
            journal.note_rows(run_id, {}, extra=(EXTRA, json.dumps(doc)))
        for i in range(0, len(todo), CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            part = todo[i:i + CHUNK]
            crashpoint("before-list")
            api.call("PUT", f"{LISTS}/{doc['list_id']}/memberships/add", [e.crm_id for e in part])
            doc["added"] = sorted(added.union(e.crm_id for e in part))
            added = set(doc["added"])
            journal.note_rows(run_id, {e.row: (None, ADDED.format(name=doc["name"])) for e in part},
                              extra=(EXTRA, json.dumps(doc)))
            count += len(part)
    finally:
        api.close()
    return count


def remove_run_from_list(journal: Journal, run_id: str, connection: Connection,
                         cancel: threading.Event | None = None) -> tuple[int, bool]:
    """``undo``: take the run's contacts out of its list; delete the list when the run made it and it is
    empty then. Returns (contacts taken out, list deleted)."""
    doc = run_list(journal, run_id)
    if doc is None or doc["list_id"] is None:
        return 0, False
    out = [cid for cid in doc["added"] if cid not in set(doc.get("removed") or [])]
    api = _Lists(connection, cancel)
    deleted = False
    try:
        by_id = {e.crm_id: e.row for e in journal.rows(run_id) if e.crm_id}
        for i in range(0, len(out), CHUNK):
            part = out[i:i + CHUNK]
            api.call("PUT", f"{LISTS}/{doc['list_id']}/memberships/remove", part)
            doc["removed"] = sorted(set(doc.get("removed") or []).union(part))
            journal.note_rows(run_id, {by_id[c]: (None, TAKEN_OUT.format(name=doc["name"]))
                                       for c in part if c in by_id}, extra=(EXTRA, json.dumps(doc)))
        if doc["created"]:
            left = api.call("GET", f"{LISTS}/{doc['list_id']}/memberships?limit=1", missing_ok=True)
            if isinstance(left, dict) and not left.get("results"):
                api.call("DELETE", f"{LISTS}/{doc['list_id']}", missing_ok=True)
                doc["deleted"] = deleted = True
                journal.note_rows(run_id, {}, extra=(EXTRA, json.dumps(doc)))
    finally:
        api.close()
    return len(out), deleted
