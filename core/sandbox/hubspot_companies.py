"""The sandbox HubSpot portal's companies and contact→company associations (issue 9).

Endpoints as the importer uses them (api-hubspot.md §6 and the seed page's ``associations``):
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
from core.sandbox.wire import Clock, Request, Response, Route, iso_ms, json_response

JSON_HS = "application/json;charset=utf-8"
COMPANY_FIRST_ID = 700_000_001


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


def _error(status: int, message: str, category: str = "VALIDATION_ERROR") -> Response:
    return json_response(status, {"status": "error", "message": message, "category": category}, JSON_HS)


class CompanyApi:
    """Company look-ups and associations; contacts stay in ``HubSpotStore``."""

    def __init__(self, contacts: HubSpotStore, clock: Clock) -> None:
        self.contacts = contacts
        self.clock = clock
        self.store = CompanyStore(clock)

    def routes(self) -> list[Route]:
        base = "/crm/v3/objects/companies"
        return [
            Route("POST", f"{base}/batch/read", self.batch_read),
            Route("POST", f"{base}/batch/create", self.batch_create),
            Route("POST", f"{base}/search", self.search),
            Route("GET", "/crm/v4/associations/contacts/companies/labels", self.labels),
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
        errors = [{"status": "error", "category": "OBJECT_NOT_FOUND",
                   "message": "Could not get some COMPANY objects, they may be deleted or not exist.",
                   "context": {"ids": missing}}] if missing else []
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
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        filters = [f for g in (body.get("filterGroups") or []) for f in (g.get("filters") or [])] \
            if isinstance(body, dict) else []
        names = [f.get("value") for f in filters if isinstance(f, dict) and f.get("propertyName") == "name"
                 and f.get("operator") == "EQ" and isinstance(f.get("value"), str)]
        if not names:
            return _error(400, "The sandbox searches companies by name (EQ) only")  # enough for the importer
        wanted = body.get("properties") or ["name", "domain"]
        found = self.store.by_name(names[0])
        return json_response(200, {"total": len(found), "results": [c.public(wanted) for c in found]}, JSON_HS)

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
        known = {(t["category"], t["typeId"]) for t in HUBSPOT_COMPANY_LABELS}
        results, errors = [], []
        with self.contacts.transaction():
            for item in inputs:
                src = str((item.get("from") or {}).get("id", ""))
                dst = str((item.get("to") or {}).get("id", ""))
                types = item.get("types") or []
                contact = self.contacts.get(src)
                bad = [t for t in types if (t.get("associationCategory"), t.get("associationTypeId")) not in known]
                if contact is None or dst not in self.store.companies or bad or not types:
                    errors.append({"status": "error", "category": "VALIDATION_ERROR",
                                   "message": f"Cannot associate contact {src} with company {dst}",
                                   "context": {"fromObjectId": [src]}})
                    continue
                contact.associations.append({"to": {"id": dst}, "types": types})
                results.append({"fromObjectTypeId": "0-1", "fromObjectId": int(src), "toObjectTypeId": "0-2",
                                "toObjectId": int(dst), "labels": []})
        return self._batch(201, results, errors)
