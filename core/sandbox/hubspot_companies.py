"""The sandbox HubSpot portal's companies and contact→company associations.

Apart from the contacts API (``hubspot_api``) because companies are a second object type with their own
store, ids and routes. The contacts API only asks this module about a ``batch/create`` input's
``associations``: HubSpot checks those links inside the contact create itself (seed page).

Endpoints as the importer uses them (docs/api-hubspot.md §6 and the seed page's ``associations``):
``companies/batch/read`` with ``idProperty=domain``, ``companies/search`` on ``name`` (EQ),
``companies/batch/create``, the v4 contact→company labels, and v4 ``batch/create`` associations
for contacts that were updated rather than created (upsert inputs carry no associations).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from core.sandbox.account_seed import HUBSPOT_COMPANIES, HUBSPOT_COMPANY_LABELS
from core.sandbox.hubspot_store import HubSpotStore
from core.sandbox.ratelimit import RollingWindowLimiter
from core.sandbox.wire import Clock, Request, Response, Route, correlation_id, iso_ms, json_response

JSON_HS = "application/json;charset=utf-8"
COMPANY_FIRST_ID = 700_000_001
#: "The search endpoints are rate limited to five requests per second per account" (HubSpot's CRM
#: search guide, Limitations; docs/api-hubspot.md "Search").
SEARCHES_PER_SECOND = 5
SEARCH_MAX_LIMIT = 200  # PublicObjectSearchRequest.limit: "up to 200 objects"
LABELS_CURRENT = "/crm/associations/v4/contacts/companies/labels"  # Associations Schema rollout 130902
LABELS_OLDER = "/crm/v4/associations/contacts/companies/labels"  # rollout 50914; still served


@dataclass
class Company:
    id: str
    properties: dict[str, str]
    created_at: float

    def public(self, wanted: list[str] | None = None) -> dict[str, Any]:
        props = dict(self.properties) if wanted is None else {k: self.properties.get(k) for k in wanted}
        props["hs_object_id"] = self.id
        return {"id": self.id, "properties": props, "createdAt": iso_ms(self.created_at),
                "updatedAt": iso_ms(self.created_at), "archived": False}


@dataclass
class CompanyStore:
    clock: Clock
    companies: dict[str, Company] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    next_id: int = COMPANY_FIRST_ID

    def __post_init__(self) -> None:
        for name, domain in HUBSPOT_COMPANIES:
            self.create({"name": name, "domain": domain})

    def create(self, properties: dict[str, str]) -> Company:
        with self.lock:
            company = Company(str(self.next_id), dict(properties), self.clock())
            self.next_id += 1
            self.companies[company.id] = company
            return company

    def by_domain(self, domain: str) -> Company | None:
        want = domain.strip().lower()
        with self.lock:
            return next((c for c in self.companies.values() if c.properties.get("domain", "").lower() == want), None)

    def by_name(self, name: str) -> list[Company]:
        want = name.strip().lower()  # HubSpot search EQ on text is case-insensitive [U]
        with self.lock:
            return [c for c in self.companies.values() if c.properties.get("name", "").strip().lower() == want]


#: ``associationCategory`` values: the seed page's (USER_DEFINED, INTEGRATOR_DEFINED) and HubSpot's own
#: for its built-in types 279 and 1 (docs/api-hubspot.md §6). Anything else is not a value HubSpot knows.
CATEGORIES = ("HUBSPOT_DEFINED", "USER_DEFINED", "INTEGRATOR_DEFINED")


def shape_problem(associations: Any, where: str) -> str | None:
    """What is malformed in a create input's ``associations`` (the seed's shape:
    ``[{to:{id:<string>}, types:[{associationCategory, associationTypeId:<integer>}]}]``), or None.
    HubSpot refuses a malformed body whole, before looking at any input [U: exact wording]."""
    if not isinstance(associations, list):
        return f"Invalid input JSON: {where}.associations must be a list"
    for j, a in enumerate(associations):
        at = f"{where}.associations[{j}]"
        if not isinstance(a, dict) or not isinstance(a.get("to"), dict) or not isinstance(a["to"].get("id"), str):
            return f"Invalid input JSON: {at}.to.id must be a string"
        types = a.get("types")
        if not isinstance(types, list) or not types:
            return f"Invalid input JSON: {at}.types must be a non-empty list"
        for t in types:
            if not isinstance(t, dict) or t.get("associationCategory") not in CATEGORIES:
                got = t.get("associationCategory") if isinstance(t, dict) else t
                return (f"Invalid input JSON: {at}.types[].associationCategory '{got}' is not one of "
                        f"{', '.join(CATEGORIES)}")
            type_id = t.get("associationTypeId")
            if not isinstance(type_id, int) or isinstance(type_id, bool):
                return f"Invalid input JSON: {at}.types[].associationTypeId must be an integer"
    return None


def malformed_links(inputs: list[dict[str, Any]]) -> str | None:
    """What is malformed in the first contact create input's ``associations`` that has a fault, or None.
    Checked over the whole body before any input is looked at, as HubSpot would (the seed's
    ``inputs[].associations``), so one malformed link fails the whole request."""
    for i, item in enumerate(inputs):
        if "associations" in item:
            malformed = shape_problem(item["associations"], f"inputs[{i}]")
            if malformed:
                return malformed
    return None


def type_problem(types: list[dict[str, Any]]) -> str | None:
    """A (category, type id) pair the account does not define (its labels endpoint), or None: a
    USER_DEFINED type is the account's own ``typeId``, never HUBSPOT_DEFINED with that number."""
    known = {(t["category"], t["typeId"]) for t in HUBSPOT_COMPANY_LABELS}
    for t in types:
        if (t.get("associationCategory"), t.get("associationTypeId")) not in known:
            return (f"association type {t.get('associationTypeId')} ({t.get('associationCategory')}) is not "
                    "defined for contacts to companies in this account")
    return None


def _error(status: int, message: str, category: str = "VALIDATION_ERROR") -> Response:
    """The documents' ``Error``: category, correlationId and message are required."""
    return json_response(status, {"status": "error", "message": message, "correlationId": correlation_id(),
                                  "category": category}, JSON_HS)


def batch_error(category: str, message: str, context: dict[str, list[str]]) -> dict[str, Any]:
    """One ``errors[]`` item of a 207 (the documents' ``StandardError``: status, category, message,
    context, errors and links are all required)."""
    return {"status": "error", "category": category, "message": message, "context": context, "errors": [],
            "links": {}}


def search_limited() -> Response:
    """The search endpoints' own 429 (policy SECONDLY; its message is what HubSpot's Node client
    matches on, HubSpot/hubspot-api-nodejs src/services/decorators/RetryDecorator.ts)."""
    return json_response(429, {"status": "error", "message": "You have reached your secondly limit.",
                               "errorType": "RATE_LIMIT", "correlationId": correlation_id(),
                               "policyName": "SECONDLY"}, JSON_HS)


def _names_searched(body: Any) -> list[str]:
    """The names a company search asks for (``name`` EQ filters), the only search the sandbox answers."""
    filters = [f for g in (body.get("filterGroups") or []) for f in (g.get("filters") or [])] \
        if isinstance(body, dict) else []
    return [f["value"] for f in filters if isinstance(f, dict) and f.get("propertyName") == "name"
            and f.get("operator") == "EQ" and isinstance(f.get("value"), str)]


def _search_page(found: list[Any], body: dict[str, Any], limit: int) -> dict[str, Any]:
    """One page of a search's answer: ``limit`` results from ``after``, with the next page's cursor."""
    wanted = body.get("properties") or ["name", "domain"]
    after = body.get("after")
    start = int(after) if isinstance(after, str) and after.isdigit() else 0
    page = found[start:start + limit]
    answer: dict[str, Any] = {"total": len(found), "results": [c.public(wanted) for c in page]}
    if start + limit < len(found):
        answer["paging"] = {"next": {"after": str(start + limit)}}
    return answer


class CompanyApi:
    """Company look-ups and associations; contacts stay in ``HubSpotStore``."""

    def __init__(self, contacts: HubSpotStore, clock: Clock, searches_per_second: int = SEARCHES_PER_SECOND) -> None:
        self.contacts = contacts
        self.clock = clock
        self.store = CompanyStore(clock)
        self.search_budget = RollingWindowLimiter(searches_per_second, 1.0, clock)
        self._search_lock = threading.Lock()

    def routes(self) -> list[Route]:
        base = "/crm/v3/objects/companies"
        return [
            Route("POST", f"{base}/batch/read", self.batch_read),
            Route("POST", f"{base}/batch/create", self.batch_create),
            Route("POST", f"{base}/search", self.search),
            Route("GET", LABELS_CURRENT, self.labels),
            Route("GET", LABELS_OLDER, self.labels),
            Route("POST", "/crm/v4/associations/contacts/companies/batch/create", self.associate),
        ]

    def _batch(self, status: int, results: list[dict[str, Any]], errors: list[dict[str, Any]]) -> Response:
        now = iso_ms(self.clock())
        body: dict[str, Any] = {"status": "COMPLETE", "results": results, "startedAt": now, "completedAt": now}
        if errors:
            body.update(numErrors=len(errors), errors=errors)
        return json_response(207 if errors else status, body, JSON_HS)

    def batch_read(self, request: Request) -> Response:
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        if not isinstance(body, dict) or not isinstance(body.get("inputs"), list):
            return _error(400, "Invalid input JSON: expected an object with an 'inputs' list")
        id_property = body.get("idProperty") or "hs_object_id"
        wanted = body.get("properties") or ["name", "domain"]
        results, missing = [], []
        for item in body["inputs"]:
            key = str(item.get("id", "")) if isinstance(item, dict) else ""
            found = self.store.by_domain(key) if id_property == "domain" else self.store.companies.get(key)
            if found is None:
                missing.append(key)
            else:
                results.append(found.public(wanted))
        errors = [batch_error("OBJECT_NOT_FOUND", "Could not get some COMPANY objects, they may be deleted or not "
                              "exist.", {"ids": missing})] if missing else []
        return self._batch(200, results, errors)

    def batch_create(self, request: Request) -> Response:
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list) or not all(isinstance(i, dict) and isinstance(i.get("properties"), dict)
                                                   for i in inputs):
            return _error(400, "Invalid input JSON: each input needs 'properties'")
        results = [self.store.create({k: str(v) for k, v in i["properties"].items()}).public() for i in inputs]
        return self._batch(201, results, [])

    def search(self, request: Request) -> Response:
        with self._search_lock:
            if not self.search_budget.peek().allowed:
                return search_limited()
            self.search_budget.consume()
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        limit = body.get("limit", 10) if isinstance(body, dict) else 10
        if not isinstance(limit, int) or not 0 < limit <= SEARCH_MAX_LIMIT:  # [U] exact wording
            return _error(400, f"limit must be between 1 and {SEARCH_MAX_LIMIT}")
        names = _names_searched(body)
        if not names:
            return _error(400, "The sandbox searches companies by name (EQ) only")  # enough for the importer
        found = sorted(self.store.by_name(names[0]), key=lambda c: int(c.id))
        return json_response(200, _search_page(found, body, limit), JSON_HS)

    def inline_problem(self, associations: list[dict[str, Any]]) -> str | None:
        """Why a create input's (well-formed) associations cannot be made: a company that is not there,
        or a type the account does not define. The input fails; the others are created [U]."""
        for a in associations:
            company = a["to"]["id"]
            if company not in self.store.companies:
                return f"Cannot associate with company {company}: no such company"
            problem = type_problem(a["types"])
            if problem:
                return f"Cannot associate with company {company}: {problem}"
        return None

    def labels(self, request: Request) -> Response:
        return json_response(200, {"results": HUBSPOT_COMPANY_LABELS}, JSON_HS)

    def associate(self, request: Request) -> Response:
        """v4 batch associate: ``inputs[{from:{id}, to:{id}, types:[{associationCategory, associationTypeId}]}]``."""
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list):
            return _error(400, "Invalid input JSON: expected 'inputs'")
        results, errors = [], []
        with self.contacts.transaction():
            for item in inputs:
                src = str((item.get("from") or {}).get("id", ""))
                dst = str((item.get("to") or {}).get("id", ""))
                types = item.get("types") or []
                contact = self.contacts.get(src)
                bad = shape_problem([item], "inputs")  # {to, types} as in a create input
                if contact is None or dst not in self.store.companies or bad or type_problem(types):
                    errors.append(batch_error("VALIDATION_ERROR", f"Cannot associate contact {src} with company {dst}",
                                              {"fromObjectId": [src]}))
                    continue
                link = {"to": {"id": dst}, "types": types}
                if link not in contact.associations:  # an association that exists is not made twice [S]
                    contact.associations.append(link)
                # LabelsBetweenObjectPair (associations v4): the ids are strings in the published schema.
                results.append({"fromObjectTypeId": "0-1", "fromObjectId": src, "toObjectTypeId": "0-2",
                                "toObjectId": dst, "labels": []})
        return self._batch(201, results, errors)
