"""The HubSpot half of the sandbox: ``/crm/v3`` contact batch endpoints and the properties API.

Follows docs/api-hubspot.md: batches of at most 100, results in no particular
order (shuffled here with the seeded stream), 207 partial success only when every input
carries an ``objectWriteTraceId``, otherwise one bad input fails the whole batch.
"""

from __future__ import annotations

from typing import Any

from core.sandbox.faults import FaultInjector
from core.sandbox.hubspot_companies import CompanyApi, batch_error, malformed_links
from core.sandbox.hubspot_imports import ImportApi
from core.sandbox.hubspot_lists import ListApi
from core.sandbox.hubspot_owners import OwnerApi
from core.sandbox.hubspot_properties import CONTACT_PROPERTIES, DEFAULT_READ_PROPERTIES, PROPERTIES_BY_NAME
from core.sandbox.hubspot_store import HubSpotContact, HubSpotStore
from core.sandbox.hubspot_subscriptions import SubscriptionApi
from core.sandbox.hubspot_validation import (
    EMAIL_RE,
    embedded_message,
    error_details,
    property_error,
    validate_properties,
)
from core.sandbox.listing import hubspot_list
from core.sandbox.ratelimit import RateState
from core.sandbox.wire import Clock, Request, Response, Route, correlation_id, gateway_page, iso_ms, json_response

MAX_BATCH = 100
JSON_HS = "application/json;charset=utf-8"
GROUP_NAME = "publicapi:private-app:sandbox"
TOO_MANY = (
    "The maximum number of inputs supported in a batch is 100. Please reduce the number of items and try again"
)
NOT_FOUND_MSG = "Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid."


class BadInput(Exception):
    """The request body itself is unusable; the whole request gets a 400."""


def error(status: int, message: str, category: str, **extra: Any) -> Response:
    payload = {"status": "error", "message": message, "correlationId": correlation_id(), **extra, "category": category}
    return json_response(status, payload, JSON_HS)


def _trace(item: dict[str, Any]) -> str | None:
    trace = item.get("objectWriteTraceId")
    return trace if isinstance(trace, str) and trace else None


def _norm(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


#: An input that fails (the input, its error category, the detail) and one that will be written (the
#: input, the contact it changes or None for a new one, that contact's id, the values).
Failure = tuple[dict[str, Any], str, Any]
Planned = tuple[dict[str, Any], HubSpotContact | None, str, dict[str, str]]


class _InputFails(Exception):
    """One input of a batch cannot be written: its error category and detail (the others still are)."""

    def __init__(self, category: str, detail: Any) -> None:
        super().__init__(category)
        self.category, self.detail = category, detail


def _refuse_by_id(inputs: list[dict[str, Any]], create_missing: bool) -> Response | None:
    """The 400 an update or upsert batch gets as a whole: an upsert input without idProperty, idProperty
    hs_object_id, or the same id twice."""
    if create_missing and not all(item.get("idProperty") for item in inputs):  # [U] wording of this 400
        return error(400, "Invalid input JSON: upsert inputs need an idProperty", "VALIDATION_ERROR")
    if any(item.get("idProperty") == "hs_object_id" for item in inputs):
        return error(400, "Unable to perform update/upsert by non-unique 0-1 property hs_object_id in portal ID "
                     "0", "VALIDATION_ERROR")
    # update: ``id`` is the record id unless idProperty names another
    keys = [(item.get("idProperty") or "hs_object_id", item["id"].strip().lower()) for item in inputs]
    duplicates = sorted({item["id"] for item, key in zip(inputs, keys, strict=True) if keys.count(key) > 1})
    if duplicates:
        return error(
            400,
            f"Duplicate IDs found in batch input: [{', '.join(duplicates)}]. IDs must be unique",
            "VALIDATION_ERROR",
            context={"ids": duplicates},
        )
    return None


class HubSpotApi:
    """Endpoint handlers plus HubSpot-shaped error bodies and rate-limit headers."""

    name = "hubspot"

    def __init__(self, store: HubSpotStore, injector: FaultInjector, clock: Clock,
                 searches_per_second: int = 5) -> None:
        self.store = store
        self.injector = injector
        self.clock = clock
        self.companies = CompanyApi(store, clock, searches_per_second)
        self.lists = ListApi(store, clock)  # contact lists
        self.imports = ImportApi(store, clock)  # marketing contacts through an update-only import
        self.subscriptions = SubscriptionApi(store, clock)  # /communication-preferences (mounted there too)

    def routes(self) -> list[Route]:
        base = "/crm/v3/objects/contacts"
        return [
            *self.companies.routes(),
            *OwnerApi().routes(),
            *self.lists.routes(),
            *self.imports.routes(),
            *self.subscriptions.routes(),
            Route("POST", f"{base}/batch/create", self.batch_create, writes=True),
            Route("POST", f"{base}/batch/upsert", self.batch_upsert, writes=True),
            Route("POST", f"{base}/batch/update", self.batch_update, writes=True),
            Route("POST", f"{base}/batch/read", self.batch_read),
            Route("POST", f"{base}/batch/archive", self.batch_archive, writes=True),
            Route("GET", base, lambda request: hubspot_list(self.store, request)),
            Route("GET", f"{base}/{{contactId}}", self.get_contact),
            Route("GET", "/crm/v3/properties/contacts", self.list_properties),
            Route("POST", "/crm/v3/properties/contacts", self.create_property, writes=True),
            Route("GET", "/crm/v3/properties/contacts/{propertyName}", self.get_property),
        ]

    # ----- error bodies and headers the server asks for -----

    def unauthorized(self) -> Response:
        return error(
            401,
            "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find "
            "more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
            "INVALID_AUTHENTICATION",
        )

    def not_found(self, request: Request) -> Response:
        return error(404, f"Unable to infer object type from: {request.path}", "OBJECT_NOT_FOUND")

    def method_not_allowed(self, request: Request) -> Response:
        return error(405, f"HTTP {request.method} is not supported by {request.path}", "VALIDATION_ERROR")

    def server_error(self, status: int) -> Response:
        return error(status, "internal error", "INTERNAL_ERROR") if status == 500 else gateway_page(status)

    def wait_response(self, status: int) -> Response:
        """423 Locked ("wait at least 2 seconds") and 477 Migration in progress (honour Retry-After),
        per developers.hubspot.com/docs/api-reference/error-handling (docs/api-hubspot.md §8). The bodies'
        wording and the 477 Retry-After value are [U]."""
        if status == 423:
            response = error(423, "The requested resource is locked; wait at least 2 seconds and retry.", "LOCKED")
        else:
            response = error(477, "This account is being migrated between data centres; retry later.",
                             "MIGRATION_IN_PROGRESS")
            response.headers["Retry-After"] = "1"
        return response

    def rate_limited(self, policy: str, state: RateState | None) -> Response:
        daily = policy == "DAILY"
        response = json_response(
            429,
            {
                "status": "error",
                "message": "You have reached your daily limit." if daily
                else "You have reached your ten_secondly_rolling limit.",
                "errorType": "RATE_LIMIT",
                "correlationId": correlation_id(),
                "policyName": "DAILY" if daily else "TEN_SECONDLY_ROLLING",
                "groupName": GROUP_NAME,
            },
            JSON_HS,
        )
        # The real API sends no Retry-After on 429 as far as we know (uncertain); the `rate=` fault's
        # own window is known exactly, so those 429s carry one computed from it.
        if policy == "RATE_FAULT" and state is not None:
            response.headers["Retry-After"] = state.retry_after_header
        return response

    @staticmethod
    def rate_headers(states: list[RateState]) -> dict[str, str]:
        window, daily = states
        return {
            "X-HubSpot-RateLimit-Max": str(window.limit),
            "X-HubSpot-RateLimit-Remaining": str(window.remaining),
            "X-HubSpot-RateLimit-Interval-Milliseconds": str(window.interval_ms),
            "X-HubSpot-RateLimit-Daily": str(daily.limit),
            "X-HubSpot-RateLimit-Daily-Remaining": str(daily.remaining),
        }

    # ----- body parsing -----

    def _inputs(self, request: Request, *, need_id: bool, need_properties: bool) -> list[dict[str, Any]]:
        try:
            body = request.json()
        except ValueError as exc:
            raise BadInput(f"Invalid input JSON on line 1, column 1: {exc}") from None
        if not isinstance(body, dict) or not isinstance(body.get("inputs"), list):
            raise BadInput("Invalid input JSON: expected an object with an 'inputs' list")
        inputs = body["inputs"]
        if len(inputs) > MAX_BATCH:
            raise BadInput(TOO_MANY)
        for i, item in enumerate(inputs):
            if not isinstance(item, dict):
                raise BadInput(f"Invalid input JSON: inputs[{i}] must be an object")
            if need_id and not isinstance(item.get("id"), str):
                raise BadInput(f"Invalid input JSON: inputs[{i}].id must be a string")
            trace = item.get("objectWriteTraceId")
            if trace is not None and not isinstance(trace, str):
                raise BadInput(f"Invalid input JSON: inputs[{i}].objectWriteTraceId must be a string")
            props = item.get("properties", {} if not need_properties else None)
            if not isinstance(props, dict):
                raise BadInput(f"Invalid input JSON: inputs[{i}].properties must be an object")
            for key, value in props.items():
                if not isinstance(value, str):
                    raise BadInput(
                        f"Invalid input JSON: inputs[{i}].properties.{key} must be a string, not {type(value).__name__}"
                    )
        return inputs

    def _batch(self, status: int, results: list[dict[str, Any]], errors: list[dict[str, Any]],
               started: float) -> Response:
        self.injector.shuffle(results)
        self.injector.shuffle(errors)
        payload: dict[str, Any] = {"status": "COMPLETE", "results": results}
        if errors:
            payload.update(numErrors=len(errors), errors=errors)
        payload.update(requestedAt=iso_ms(started), startedAt=iso_ms(started), completedAt=iso_ms(self.clock()))
        return json_response(207 if errors else status, payload, JSON_HS)

    @staticmethod
    def _whole_batch_failure(failures: list[tuple[dict[str, Any], str, Any]]) -> Response:
        """Without trace ids: every validation problem in one 400, else the first conflict as 409."""
        problems = [e for _, kind, detail in failures if kind == "VALIDATION_ERROR" for e in detail]
        if problems:
            return error(400, embedded_message(problems), "VALIDATION_ERROR", errors=error_details(problems))
        kind, detail = failures[0][1], failures[0][2]
        if kind == "CONFLICT":
            return error(409, f"Contact already exists. Existing ID: {detail}", "CONFLICT")
        if kind == "INVALID_ASSOCIATION":  # [U] HubSpot's category for this; a 400 like other bad input
            return error(400, str(detail), "VALIDATION_ERROR")
        return error(404, str(detail), kind)

    @staticmethod
    def _row_error(item: dict[str, Any], kind: str, detail: Any) -> dict[str, Any]:
        entry: dict[str, Any] = {"status": "error", "category": kind}
        if kind == "VALIDATION_ERROR":
            entry.update(message=embedded_message(detail), errors=error_details(detail))
        elif kind == "CONFLICT":
            entry["message"] = f"Contact already exists. Existing ID: {detail}"
        elif kind == "INVALID_ASSOCIATION":
            entry.update(category="VALIDATION_ERROR", message=str(detail))
        else:
            entry["message"] = str(detail)
        entry.setdefault("errors", [])
        entry["context"] = {"objectWriteTraceId": [_trace(item)]}
        entry["links"] = {}
        return entry

    def _owner(self, email: str | None, claimed: dict[str, str]) -> str | None:
        if email is None:
            return None
        existing = self.store.find_by_email(email)
        return existing.id if existing is not None else claimed.get(email)

    def _unique_owner(self, props: dict[str, str], claimed: dict[str, str], contact_id: str | None) -> str | None:
        """Another contact already holding one of ``props``' values of a unique custom property (or an
        earlier input of this batch claiming it): HubSpot refuses the write (a CONFLICT)."""
        for name in self.store.unique_names():
            value = props.get(name)
            if not value:
                continue
            owner = self.store.owner_of(name, value) or claimed.get(f"{name}\0{value}")
            if owner is not None and owner != contact_id:
                return owner
        return None

    def _claim_unique(self, props: dict[str, str], claimed: dict[str, str], contact_id: str) -> None:
        for name in self.store.unique_names():
            if props.get(name):
                claimed[f"{name}\0{props[name]}"] = contact_id

    # ----- endpoints -----

    def batch_create(self, request: Request) -> Response:
        try:
            inputs = self._inputs(request, need_id=False, need_properties=True)
        except BadInput as exc:
            return error(400, str(exc), "VALIDATION_ERROR")
        malformed = malformed_links(inputs)  # the seed's inputs[].associations, checked as HubSpot would
        if malformed:
            return error(400, malformed, "VALIDATION_ERROR")
        traced = all(_trace(item) for item in inputs)
        failures: list[tuple[dict[str, Any], str, Any]] = []
        planned: list[tuple[dict[str, Any], str]] = []
        with self.store.transaction():
            claimed: dict[str, str] = {}
            for item in inputs:
                props = item["properties"]
                problems = validate_properties(props, custom=self.store.custom_properties)
                if problems:
                    failures.append((item, "VALIDATION_ERROR", problems))
                    continue
                bad_link = self.companies.inline_problem(item.get("associations") or [])
                if bad_link:
                    failures.append((item, "INVALID_ASSOCIATION", bad_link))
                    continue
                email = _norm(props.get("email"))
                owner = self._owner(email, claimed)
                if owner is not None:
                    # [U] for an in-batch duplicate without trace ids this names an id that is then rolled back.
                    failures.append((item, "CONFLICT", owner))
                    continue
                owner = self._unique_owner(props, claimed, None)
                if owner is not None:  # [U] HubSpot's wording for a unique custom property's conflict
                    failures.append((item, "CONFLICT", owner))
                    continue
                new_id = self.store.allocate_id()
                if email is not None:
                    claimed[email] = new_id
                self._claim_unique(props, claimed, new_id)
                planned.append((item, new_id))
            if failures and not traced:
                return self._whole_batch_failure(failures)
            results = [
                self.store.create(new_id, item["properties"], item.get("associations")).public(trace_id=_trace(item))
                for item, new_id in planned
            ]
        errors = [self._row_error(item, kind, detail) for item, kind, detail in failures]
        return self._batch(201, results, errors, request.received_at)

    def batch_upsert(self, request: Request) -> Response:
        """Create or update by a unique property (email); results carry ``new`` (docs/api-hubspot.md §5)."""
        return self._write_by_id(request, create_missing=True)

    def batch_update(self, request: Request) -> Response:
        """Update by record id (``idProperty`` left out) or by a unique property; never creates.

        HubSpot API reference "Update a batch of contacts by ID (contactId) or unique property value
        (idProperty)" (docs/api-hubspot.md §5). ``idProperty: hs_object_id`` is refused as non-unique, as the
        real service answers (segmentio/action-destinations PR #3957 quotes the 400).
        """
        return self._write_by_id(request, create_missing=False)

    def _write_by_id(self, request: Request, *, create_missing: bool) -> Response:
        try:
            inputs = self._inputs(request, need_id=True, need_properties=True)
        except BadInput as exc:
            return error(400, str(exc), "VALIDATION_ERROR")
        refused = _refuse_by_id(inputs, create_missing)
        if refused is not None:
            return refused
        traced = all(_trace(item) for item in inputs)
        failures: list[Failure] = []
        planned: list[Planned] = []
        with self.store.transaction():
            claimed: dict[str, str] = {}
            for item in inputs:
                try:
                    planned.append(self._plan_by_id(item, create_missing, claimed))
                except _InputFails as fails:
                    failures.append((item, fails.category, fails.detail))
            if failures and not traced:
                return self._whole_batch_failure(failures)
            results = []
            for item, target, contact_id, values in planned:
                if target is None:
                    contact = self.store.create(contact_id, values)
                else:
                    contact = self.store.update(target, values)
                public = contact.public(trace_id=_trace(item))
                results.append({**public, "new": target is None} if create_missing else public)
        errors = [self._row_error(item, kind, detail) for item, kind, detail in failures]
        return self._batch(200, results, errors, request.received_at)

    def _plan_by_id(self, item: dict[str, Any], create_missing: bool, claimed: dict[str, str]) -> Planned:
        """One input of an update or upsert: the contact it writes (new when ``target`` is None) and the values.
        Raises _InputFails saying why it cannot be written (its properties, an unknown id, or a unique value
        another contact holds)."""
        id_property = item.get("idProperty") or "hs_object_id"  # update: ``id`` is the record id unless named
        id_value, props = item["id"], item["properties"]
        problems = validate_properties(props, require_name=False, custom=self.store.custom_properties)
        if id_property == "email" and not EMAIL_RE.match(id_value):
            problems.append(property_error("email", "INVALID_EMAIL", f"Email address {id_value} is invalid"))
        elif id_property not in ("email", "hs_object_id"):
            problems.append(property_error(id_property, "INVALID_ID_PROPERTY",
                                           f"{id_property} is not a unique property"))  # [U]
        if problems:
            raise _InputFails("VALIDATION_ERROR", problems)
        target = self.store.find_by_email(id_value) if id_property == "email" else self.store.get(id_value)
        if target is None and (id_property != "email" or not create_missing):
            raise _InputFails("OBJECT_NOT_FOUND", f"No contact with id {id_value}")  # [U]
        values = dict(props)
        if target is None:
            values.setdefault("email", id_value)
        contact_id = target.id if target is not None else self.store.allocate_id()
        email = _norm(values.get("email"))
        owner = self._owner(email, claimed)
        if owner is None or owner == contact_id:
            owner = self._unique_owner(values, claimed, contact_id)
        if owner is not None and owner != contact_id:
            raise _InputFails("CONFLICT", owner)
        if email is not None:
            claimed[email] = contact_id
        self._claim_unique(values, claimed, contact_id)
        return item, target, contact_id, values

    def _lookup(self, id_value: str, id_property: str, include_archived: bool) -> HubSpotContact | None:
        if id_property == "email":
            return self.store.find_by_email(id_value)
        if id_property in self.store.unique_names():
            owner = self.store.owner_of(id_property, id_value)
            return self.store.get(owner) if owner is not None else None
        return self.store.get(id_value, include_archived)

    def batch_read(self, request: Request) -> Response:
        try:
            inputs = self._inputs(request, need_id=True, need_properties=False)
            body = request.json()
        except BadInput as exc:
            return error(400, str(exc), "VALIDATION_ERROR")
        id_property = body.get("idProperty") or "hs_object_id"
        if id_property not in ("email", "hs_object_id", *self.store.unique_names()):  # [U] wording
            return error(400, f"Unable to read by non-unique property {id_property}", "VALIDATION_ERROR")
        wanted = body.get("properties") or list(DEFAULT_READ_PROPERTIES)
        if not isinstance(wanted, list) or not all(isinstance(p, str) for p in wanted):
            return error(400, "Invalid input JSON: 'properties' must be a list of strings", "VALIDATION_ERROR")
        archived = request.query.get("archived", "false").lower() == "true"
        results, missing, seen = [], [], set()
        with self.store.transaction():
            for item in inputs:
                contact = self._lookup(item["id"], id_property, archived)
                if contact is None:
                    missing.append(item["id"])
                elif contact.id not in seen:
                    seen.add(contact.id)
                    results.append(contact.public(properties=wanted))
        errors = []
        if missing:
            errors.append(batch_error("OBJECT_NOT_FOUND", NOT_FOUND_MSG, {"ids": missing}))
        return self._batch(200, results, errors, request.received_at)

    def batch_archive(self, request: Request) -> Response:
        try:
            inputs = self._inputs(request, need_id=True, need_properties=False)
        except BadInput as exc:
            return error(400, str(exc), "VALIDATION_ERROR")
        with self.store.transaction():
            for item in inputs:
                self.store.archive(item["id"])  # unknown ids are ignored: the real API answers 204 anyway
        return Response(204)

    def get_contact(self, request: Request) -> Response:
        id_value = request.params["contactId"]
        contact = self._lookup(id_value, request.query.get("idProperty") or "hs_object_id", False)
        if contact is None:
            return error(404, "Object not found.  objectId are usually numeric.", "OBJECT_NOT_FOUND",
                         context={"id": [id_value]})
        wanted = [p for p in request.query.get("properties", "").split(",") if p] or list(DEFAULT_READ_PROPERTIES)
        return json_response(200, contact.public(properties=wanted), JSON_HS)

    def list_properties(self, request: Request) -> Response:
        return json_response(200, {"results": CONTACT_PROPERTIES + list(self.store.custom_properties.values())},
                             JSON_HS)

    def get_property(self, request: Request) -> Response:
        name = request.params["propertyName"]
        prop = PROPERTIES_BY_NAME.get(name) or self.store.custom_properties.get(name)
        if prop is None:
            return error(404, f"Unable to find property {request.params['propertyName']}", "OBJECT_NOT_FOUND")
        return json_response(200, prop, JSON_HS)

    def create_property(self, request: Request) -> Response:
        """``POST /crm/v3/properties/contacts`` (HubSpot-public-api-spec-collection, CRM/Properties v3
        ``PropertyCreate``). Needs the ``crm.schemas.contacts.write`` scope (403 without it); a name
        already taken is 409. ``hasUniqueValue`` only on a new property, at most 10 unique contact
        properties (developers.hubspot.com/changelog/unique-properties-for-contacts). Wording is [U]."""
        if not self.store.schema_write:
            return error(403, "This app hasn't been granted all required scopes to make this call. Read more "
                         "about required scopes here: https://developers.hubspot.com/scopes.", "MISSING_SCOPES",
                         errors=[{"message": "One or more of the following scopes are required.",
                                  "context": {"requiredGranularScopes": ["crm.schemas.contacts.write"]}}])
        try:
            body = request.json()
        except ValueError as exc:
            return error(400, f"Invalid input JSON on line 1, column 1: {exc}", "VALIDATION_ERROR")
        if not isinstance(body, dict):
            return error(400, "Invalid input JSON: expected an object", "VALIDATION_ERROR")
        missing = [k for k in ("name", "label", "type", "fieldType", "groupName") if not isinstance(body.get(k), str)
                   or not body[k]]
        if missing:
            return error(400, f"Invalid input JSON: missing {', '.join(missing)}", "VALIDATION_ERROR")
        name = body["name"]
        if name in PROPERTIES_BY_NAME or name in self.store.custom_properties:
            return error(409, f"Property named {name} already exists", "OBJECT_ALREADY_EXISTS")
        unique = body.get("hasUniqueValue") is True
        if unique and len(self.store.unique_names()) >= 10:
            return error(400, "The contact object can have at most 10 unique properties", "VALIDATION_ERROR")
        now = iso_ms(self.clock())
        prop = {"name": name, "label": body["label"], "type": body["type"], "fieldType": body["fieldType"],
                "description": str(body.get("description") or ""), "groupName": body["groupName"], "options": [],
                "displayOrder": -1, "calculated": False, "externalOptions": False, "hasUniqueValue": unique,
                "hidden": bool(body.get("hidden")), "hubspotDefined": False, "formField": bool(body.get("formField")),
                "archived": False, "modificationMetadata": {"archivable": True, "readOnlyDefinition": False,
                                                            "readOnlyValue": False},
                "createdAt": now, "updatedAt": now}
        with self.store.transaction():
            self.store.custom_properties[name] = prop
        return json_response(201, prop, JSON_HS)

