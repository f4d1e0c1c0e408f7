"""The Virtuous half of the sandbox: ``/api/Contact/Batch`` imports and the lookups around them.

Follows docs/api-virtuous.md: a batch answers 200 with an empty body ("accepted",
not "validated"), a null body gets 400 ``{"message": "The argument cannot be null"}``, and the
batch becomes a pending import that the store's processing step matches on (referenceSource,
referenceId), then on email, as Virtuous does later in its import review (§1, §6). Values are
bound to the seed's types as ASP.NET would (virtuous_shapes). Virtuous runs on ASP.NET, so its
routes match case-insensitively.
"""

from __future__ import annotations

from typing import Any

from core.sandbox.account_seed import VIRTUOUS_CONTACT_TYPES
from core.sandbox.listing import virtuous_query
from core.sandbox.ratelimit import RateState
from core.sandbox.store import VirtuousStore
from core.sandbox.virtuous_account_api import account_routes
from core.sandbox.virtuous_shapes import WRONG_TYPE_BLANK, WRONG_TYPE_MODES, WRONG_TYPE_REJECT, bind_contact
from core.sandbox.wire import JSON_UTF8, Request, Response, Route, gateway_page, json_response, text_response

CONTACT_TYPES = VIRTUOUS_CONTACT_TYPES  # the seeded account's, custom types included

CONTACT_METHOD_TYPES = [
    "Home Email",
    "Work Email",
    "Other Email",
    "Primary Email",
    "Secondary Email",
    "Home Phone",
    "Mobile Phone",
    "Work Phone",
    "Other Phone",
]

NULL_ARGUMENT = {"message": "The argument cannot be null"}


def message(status: int, text: str) -> Response:
    return json_response(status, {"message": text}, JSON_UTF8)


class VirtuousApi:
    """Endpoint handlers plus Virtuous-shaped error bodies and rate-limit headers."""

    name = "virtuous"
    case_insensitive = True

    def __init__(self, store: VirtuousStore, wrong_type: str = WRONG_TYPE_BLANK) -> None:
        if wrong_type not in WRONG_TYPE_MODES:
            raise ValueError(f"wrong_type must be one of {', '.join(WRONG_TYPE_MODES)}, not {wrong_type!r}")
        self.store = store
        self.wrong_type = wrong_type

    def routes(self) -> list[Route]:
        return [
            Route("POST", "/api/Contact/Batch", self.batch, writes=True),
            Route("POST", "/api/Contact/Transaction", self.transaction, writes=True),
            Route("GET", "/api/Contact/Find", self.find),
            Route("POST", "/api/Contact/Query/FullContact", lambda request: virtuous_query(self.store, request)),
            Route("GET", "/api/Contact/Types", self.contact_types),
            Route("GET", "/api/ContactMethod/Types", self.contact_method_types),
            *account_routes(),  # before /api/Contact/{contactId}, which would swallow CustomFields
            Route("GET", "/api/Contact/{referenceSource}/{referenceId}", self.by_reference),
            Route("GET", "/api/Contact/{contactId}", self.by_id),
        ]

    # ----- error bodies and headers the server asks for -----

    def unauthorized(self) -> Response:
        response = text_response(401, "Authorization has been denied for this request.")
        response.headers["WWW-Authenticate"] = "Bearer"
        return response

    def not_found(self, request: Request) -> Response:
        return message(404, f"No HTTP resource was found that matches the request URI '{request.path}'.")

    def method_not_allowed(self, request: Request) -> Response:
        return message(405, f"The requested resource does not support http method '{request.method}'.")

    def server_error(self, status: int) -> Response:
        return message(500, "An error has occurred.") if status == 500 else gateway_page(status)

    def rate_limited(self, policy: str, state: RateState | None) -> Response:
        """Every Virtuous 429 carries Retry-After; an injected one (no exhausted budget) says 1 s."""
        limit = f"maximum admitted {state.limit} per {state.interval_ms // 1000} seconds" if state else "slow down"
        response = message(429, f"API calls quota exceeded! {limit}.")
        response.headers["Retry-After"] = state.retry_after_header if state is not None else "1"
        return response

    @staticmethod
    def rate_headers(states: list[RateState]) -> dict[str, str]:
        (state,) = states
        return {
            "X-RateLimit-Limit": str(state.limit),
            "X-RateLimit-Remaining": str(state.remaining),
            "X-RateLimit-Reset": str(int(state.reset_at)),
        }

    # ----- endpoints -----

    def _queue(self, source: Any, items: list[Any], path: str) -> Response:
        """Bind every item to the seed's types, then queue the import (or 400 in the reject mode)."""
        bound_items: list[Any] = []
        notes: list[dict[str, Any]] = []
        wrong_all: list[str] = []
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                bound_items.append(item)
                continue
            bound, wrong, ignored = bind_contact(item, f"{path}[{i}]" if path else "contact")
            bound_items.append(bound)
            wrong_all.extend(wrong)
            if wrong or ignored:
                notes.append({"contact": i, "leftEmpty": wrong, "ignored": ignored})
        if wrong_all and self.wrong_type == WRONG_TYPE_REJECT:
            # ASP.NET's model-state answer [U]: the wording is not documented for this endpoint.
            return json_response(400, {"message": "The request is invalid.",
                                       "modelState": {p: [f"The value at '{p}' is not valid."] for p in wrong_all}})
        self.store.add_import(source, bound_items, notes)
        return Response(200, b"")

    def batch(self, request: Request) -> Response:
        try:
            body = request.json()
        except ValueError:
            return json_response(400, NULL_ARGUMENT)
        if not isinstance(body, dict) or not isinstance(body.get("contacts"), list):
            return json_response(400, NULL_ARGUMENT)
        return self._queue(body.get("referenceSource"), body["contacts"], "contacts")

    def transaction(self, request: Request) -> Response:
        """Single-contact import: the same flat shape as a batch item, with its own referenceSource."""
        try:
            body = request.json()
        except ValueError:
            return json_response(400, NULL_ARGUMENT)
        if not isinstance(body, dict):
            return json_response(400, NULL_ARGUMENT)
        return self._queue(body.get("referenceSource"), [body], "")

    def find(self, request: Request) -> Response:
        """By reference when one is given (it wins over email, even when it finds nothing)."""
        q = request.query
        source, ref_id, email = q.get("referenceSource", ""), q.get("referenceId", ""), q.get("email", "")
        found: dict[str, Any] | None
        if source.strip() and ref_id.strip():
            found = self.store.find_by_reference(source, ref_id)
        elif email.strip():
            found = self.store.find_by_email(email)
        else:
            return message(400, "Provide either referenceSource and referenceId, or email.")
        return json_response(200, found) if found is not None else message(404, "Contact not found.")

    def by_reference(self, request: Request) -> Response:
        found = self.store.find_by_reference(request.params["referenceSource"], request.params["referenceId"])
        return json_response(200, found) if found is not None else message(404, "Contact not found.")

    def by_id(self, request: Request) -> Response:
        raw = request.params["contactId"]
        found = self.store.get(int(raw)) if raw.isdigit() else None
        return json_response(200, found) if found is not None else self.not_found(request)

    def contact_types(self, request: Request) -> Response:
        return json_response(200, CONTACT_TYPES)

    def contact_method_types(self, request: Request) -> Response:
        return json_response(200, CONTACT_METHOD_TYPES)
