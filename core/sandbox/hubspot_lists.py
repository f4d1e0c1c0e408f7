"""The sandbox HubSpot account's contact lists (Lists v3): manual lists made, found by name, filled,
emptied and deleted as HubSpot's published Lists document describes them (docs/api-hubspot.md "Lists").

``POST /crm/v3/lists`` (a name unique per object type: a second list of that name is refused [U] with a
400 whose wording is ours), ``GET /crm/v3/lists/{listId}``, ``GET /crm/v3/lists/object-type-id/{objectTypeId}/
name/{listName}``, ``PUT …/memberships/add`` and ``…/memberships/remove`` (bodies: record ids; answers
``recordsIdsAdded`` — HubSpot's spelling — ``recordIdsRemoved``, ``recordIdsMissing``), ``GET …/memberships``
(paged by ``after``) and ``DELETE /crm/v3/lists/{listId}`` (204).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from core.sandbox.hubspot_store import HubSpotStore
from core.sandbox.wire import Clock, Request, Response, Route, correlation_id, iso_ms, json_response

JSON_HS = "application/json;charset=utf-8"
FIRST_LIST_ID = 41
PROCESSING = ("MANUAL", "SNAPSHOT", "DYNAMIC")


@dataclass
class HubSpotList:
    id: str
    name: str
    object_type: str
    processing: str
    created_at: float
    members: dict[str, float] = field(default_factory=dict)  # record id → when it joined
    version: int = 1

    def public(self) -> dict[str, Any]:
        return {"listId": self.id, "listVersion": self.version, "name": self.name, "objectTypeId": self.object_type,
                "processingStatus": "COMPLETE", "processingType": self.processing, "size": len(self.members),
                "createdAt": iso_ms(self.created_at), "updatedAt": iso_ms(self.created_at)}


def _error(status: int, message: str, category: str = "VALIDATION_ERROR") -> Response:
    return json_response(status, {"status": "error", "message": message, "correlationId": correlation_id(),
                                  "category": category}, JSON_HS)


class ListApi:
    def __init__(self, contacts: HubSpotStore, clock: Clock) -> None:
        self.contacts = contacts
        self.clock = clock
        self.lock = threading.RLock()
        self.lists: dict[str, HubSpotList] = {}
        self.next_id = FIRST_LIST_ID

    def reset(self) -> None:
        with self.lock:
            self.lists.clear()
            self.next_id = FIRST_LIST_ID

    def routes(self) -> list[Route]:
        base = "/crm/v3/lists"
        return [
            Route("POST", base, self.create, writes=True),
            Route("GET", f"{base}/object-type-id/{{objectTypeId}}/name/{{listName}}", self.by_name),
            Route("GET", f"{base}/{{listId}}", self.get),
            Route("DELETE", f"{base}/{{listId}}", self.delete, writes=True),
            Route("PUT", f"{base}/{{listId}}/memberships/add", self.add, writes=True),
            Route("PUT", f"{base}/{{listId}}/memberships/remove", self.remove, writes=True),
            Route("GET", f"{base}/{{listId}}/memberships", self.members),
        ]

    def _found(self, request: Request) -> HubSpotList | None:
        return self.lists.get(request.params["listId"])

    def create(self, request: Request) -> Response:
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        if not isinstance(body, dict) or not all(isinstance(v := body.get(k), str) and v.strip()
                                                 for k in ("name", "objectTypeId", "processingType")):
            return _error(400, "name, objectTypeId and processingType are required")
        if body["processingType"] not in PROCESSING:
            return _error(400, f"processingType must be one of {', '.join(PROCESSING)}")
        with self.lock:
            if any(x.name.lower() == body["name"].strip().lower() and x.object_type == body["objectTypeId"]
                   for x in self.lists.values()):
                return _error(400, f"A list named {body['name']} already exists")  # [U] wording
            made = HubSpotList(str(self.next_id), body["name"].strip(), body["objectTypeId"], body["processingType"],
                               self.clock())
            self.next_id += 1
            self.lists[made.id] = made
        return json_response(200, {"list": made.public()}, JSON_HS)

    def by_name(self, request: Request) -> Response:
        name, kind = request.params["listName"].strip().lower(), request.params["objectTypeId"]
        with self.lock:
            found = next((x for x in self.lists.values() if x.name.lower() == name and x.object_type == kind), None)
        if found is None:
            return _error(404, f"List with name {request.params['listName']} does not exist", "OBJECT_NOT_FOUND")
        return json_response(200, {"list": found.public()}, JSON_HS)

    def get(self, request: Request) -> Response:
        found = self._found(request)
        if found is None:
            return _error(404, f"List {request.params['listId']} does not exist", "OBJECT_NOT_FOUND")
        return json_response(200, {"list": found.public()}, JSON_HS)

    def delete(self, request: Request) -> Response:
        with self.lock:
            if self.lists.pop(request.params["listId"], None) is None:
                return _error(404, f"List {request.params['listId']} does not exist", "OBJECT_NOT_FOUND")
        return Response(204)

    def _ids(self, request: Request) -> list[str] | Response:
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        if not isinstance(body, list) or not all(isinstance(x, str) for x in body):
            return _error(400, "The body must be a list of record ids (strings)")
        return body

    def _change(self, request: Request, adding: bool) -> Response:
        ids = self._ids(request)
        if isinstance(ids, Response):
            return ids
        with self.lock:
            found = self._found(request)
            if found is None:
                return _error(404, f"List {request.params['listId']} does not exist", "OBJECT_NOT_FOUND")
            if found.processing == "DYNAMIC":
                return _error(400, "Records cannot be added to or removed from an active list")  # [U] wording
            added, removed, missing = [], [], []
            for rid in dict.fromkeys(ids):
                if self.contacts.get(rid) is None and rid not in found.members:
                    missing.append(rid)
                elif adding and rid not in found.members:
                    found.members[rid] = self.clock()
                    added.append(rid)
                elif not adding and found.members.pop(rid, None) is not None:
                    removed.append(rid)
            found.version += 1
        return json_response(200, {"recordsIdsAdded": added, "recordIdsRemoved": removed, "recordIdsMissing": missing},
                             JSON_HS)

    def add(self, request: Request) -> Response:
        return self._change(request, adding=True)

    def remove(self, request: Request) -> Response:
        return self._change(request, adding=False)

    def members(self, request: Request) -> Response:
        found = self._found(request)
        if found is None:
            return _error(404, f"List {request.params['listId']} does not exist", "OBJECT_NOT_FOUND")
        try:
            limit = max(1, min(250, int(request.query.get("limit", "100"))))
            start = int(request.query.get("after", "0") or 0)
        except ValueError:
            return _error(400, "limit and after must be whole numbers")
        with self.lock:
            ordered = sorted(found.members.items(), key=lambda kv: (kv[1], int(kv[0]) if kv[0].isdigit() else 0))
        page = ordered[start:start + limit]
        body: dict[str, Any] = {"results": [{"recordId": rid, "membershipTimestamp": iso_ms(at)} for rid, at in page],
                                "total": len(ordered)}
        if start + limit < len(ordered):
            body["paging"] = {"next": {"after": str(start + limit)}}
        return json_response(200, body, JSON_HS)
