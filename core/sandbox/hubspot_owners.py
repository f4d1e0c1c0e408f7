"""The sandbox HubSpot account's owners: ``GET /crm/v3/owners`` and ``GET /crm/v3/owners/{ownerId}``.

Shapes follow HubSpot's published CRM Owners v3 document (PublicOwner, CollectionResponsePublicOwner-
ForwardPaging; docs/api-hubspot.md "Owners"): ``id`` is a string, ``userId`` a number, paging by
``after`` with ``limit`` (default 100, [U] the largest HubSpot allows is taken as 500), ``email`` filters
and ``archived=true`` lists the archived owners instead of the active ones.
"""

from __future__ import annotations

from typing import Any

from core.sandbox.account_seed import HUBSPOT_OWNERS
from core.sandbox.wire import Request, Response, Route, correlation_id, json_response

JSON_HS = "application/json;charset=utf-8"
MAX_LIMIT = 500
STAMP = "2024-03-01T09:00:00.000Z"


def owner(entry: tuple[str, str, str, str, int, bool]) -> dict[str, Any]:
    owner_id, email, first, last, user_id, archived = entry
    return {"id": owner_id, "email": email, "firstName": first, "lastName": last, "userId": user_id,
            "userIdIncludingInactive": user_id, "type": "PERSON", "createdAt": STAMP, "updatedAt": STAMP,
            "archived": archived, "teams": []}


def owner_ids() -> set[str]:
    """Ids a contact's ``hubspot_owner_id`` may hold (active owners)."""
    return {e[0] for e in HUBSPOT_OWNERS if not e[5]}


def _error(status: int, message: str, category: str) -> Response:
    return json_response(status, {"status": "error", "message": message, "correlationId": correlation_id(),
                                  "category": category}, JSON_HS)


class OwnerApi:
    def routes(self) -> list[Route]:
        return [Route("GET", "/crm/v3/owners", self.list), Route("GET", "/crm/v3/owners/{ownerId}", self.get)]

    def list(self, request: Request) -> Response:
        try:
            limit = int(request.query.get("limit", "100"))
            start = int(request.query.get("after", "0") or 0)
        except ValueError:
            return _error(400, "limit and after must be whole numbers", "VALIDATION_ERROR")  # [U] wording
        if not 0 < limit <= MAX_LIMIT or start < 0:
            return _error(400, f"limit must be between 1 and {MAX_LIMIT}", "VALIDATION_ERROR")  # [U] wording
        archived = request.query.get("archived", "false").lower() == "true"
        email = request.query.get("email", "").strip().lower()
        found = [owner(e) for e in HUBSPOT_OWNERS if e[5] == archived and (not email or e[1] == email)]
        page = found[start:start + limit]
        body: dict[str, Any] = {"results": page}
        if start + limit < len(found):
            body["paging"] = {"next": {"after": str(start + limit)}}
        return json_response(200, body, JSON_HS)

    def get(self, request: Request) -> Response:
        wanted = request.params["ownerId"]
        for e in HUBSPOT_OWNERS:
            if e[0] == wanted:
                return json_response(200, owner(e), JSON_HS)
        return _error(404, f"No owner with id {wanted}", "OBJECT_NOT_FOUND")  # [U] wording
