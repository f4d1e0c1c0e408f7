"""The sandbox HubSpot account's email subscriptions (Communication Preferences v4, as the published
Subscriptions document describes them; docs/api-hubspot.md "Subscriptions"):
``GET /communication-preferences/v4/definitions``, ``POST …/v4/statuses/batch/write`` (by email, with a legal
basis) and ``GET …/v4/statuses/{subscriberIdString}?channel=EMAIL`` to read a contact's statuses back.

A status for an email HubSpot has no contact for is refused in the batch's ``errors`` [U] (HubSpot's exact
answer); an unknown subscription id likewise.
"""

from __future__ import annotations

import threading
from typing import Any

from core.sandbox.account_seed import HUBSPOT_SUBSCRIPTIONS
from core.sandbox.hubspot_store import HubSpotStore
from core.sandbox.wire import Clock, Request, Response, Route, correlation_id, iso_ms, json_response

JSON_HS = "application/json;charset=utf-8"
STAMP = "2024-01-10T12:00:00.000Z"
STATES = ("SUBSCRIBED", "UNSUBSCRIBED", "NOT_SPECIFIED")
LEGAL_BASES = ("CONSENT_WITH_NOTICE", "LEGITIMATE_INTEREST_CLIENT", "LEGITIMATE_INTEREST_OTHER",
               "LEGITIMATE_INTEREST_PQL", "NON_GDPR", "PERFORMANCE_OF_CONTRACT", "PROCESS_AND_STORE")


def _error(status: int, message: str, category: str = "VALIDATION_ERROR") -> Response:
    return json_response(status, {"status": "error", "message": message, "correlationId": correlation_id(),
                                  "category": category}, JSON_HS)


class SubscriptionApi:
    def __init__(self, contacts: HubSpotStore, clock: Clock) -> None:
        self.contacts = contacts
        self.clock = clock
        self.lock = threading.RLock()
        self.statuses: dict[tuple[str, str], dict[str, Any]] = {}  # (email, subscription id) → status

    def reset(self) -> None:
        with self.lock:
            self.statuses.clear()

    def routes(self) -> list[Route]:
        base = "/communication-preferences/v4"
        return [Route("GET", f"{base}/definitions", self.definitions),
                Route("POST", f"{base}/statuses/batch/write", self.write, writes=True),
                Route("GET", f"{base}/statuses/{{subscriberIdString}}", self.read)]

    def _now(self) -> str:
        return iso_ms(self.clock())

    def definitions(self, request: Request) -> Response:
        results = [{"id": i, "name": name, "description": text, "purpose": "Marketing", "communicationMethod": "Email",
                    "isActive": True, "isDefault": False, "isInternal": internal, "createdAt": STAMP,
                    "updatedAt": STAMP} for i, name, text, internal in HUBSPOT_SUBSCRIPTIONS]
        now = self._now()
        return json_response(200, {"status": "COMPLETE", "results": results, "startedAt": now, "completedAt": now},
                             JSON_HS)

    def _status(self, email: str, sub_id: str) -> dict[str, Any]:
        found = self.statuses.get((email, sub_id))
        if found is not None:
            return found
        return {"subscriberIdString": email, "subscriptionId": int(sub_id), "channel": "EMAIL",
                "status": "NOT_SPECIFIED", "source": "Default", "timestamp": STAMP}

    def write(self, request: Request) -> Response:
        try:
            body = request.json()
        except ValueError:
            return _error(400, "Invalid input JSON")
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list):
            return _error(400, "Invalid input JSON: expected an object with an 'inputs' list")
        known = {i for i, *_ in HUBSPOT_SUBSCRIPTIONS}
        results, errors = [], []
        with self.lock:
            for item in inputs:
                if not isinstance(item, dict) or item.get("channel") != "EMAIL" \
                        or item.get("statusState") not in STATES or not isinstance(item.get("subscriptionId"), int) \
                        or not isinstance(item.get("subscriberIdString"), str):
                    return _error(400, "Invalid input JSON: each input needs subscriberIdString, subscriptionId (a "
                                       "number), statusState and channel EMAIL")
                basis = item.get("legalBasis")
                if basis is not None and basis not in LEGAL_BASES:
                    return _error(400, f"legalBasis must be one of {', '.join(LEGAL_BASES)}")
                email, sub_id = item["subscriberIdString"].strip().lower(), str(item["subscriptionId"])
                why = None
                if sub_id not in known:
                    why = f"Subscription {sub_id} does not exist"  # [U] wording
                elif self.contacts.find_by_email(email) is None:
                    why = f"No contact with email {email}"  # [U] wording
                if why:
                    errors.append({"status": "error", "category": "VALIDATION_ERROR", "message": why,
                                   "context": {"subscriberIdString": [item["subscriberIdString"]]}, "errors": [],
                                   "links": {}})
                    continue
                old = self._status(email, sub_id)["status"]
                status = {"subscriberIdString": email, "subscriptionId": int(sub_id), "channel": "EMAIL",
                          "status": item["statusState"], "source": "Public API", "timestamp": self._now(),
                          "setStatusSuccessReason": "NO_STATUS_CHANGE" if old == item["statusState"] else
                          "REQUESTED_CHANGE_OCCURRED"}
                if basis:
                    status["legalBasis"] = basis
                    if item.get("legalBasisExplanation"):
                        status["legalBasisExplanation"] = str(item["legalBasisExplanation"])
                self.statuses[(email, sub_id)] = status
                results.append(status)
        now = self._now()
        answer: dict[str, Any] = {"status": "COMPLETE", "results": results, "startedAt": now, "completedAt": now}
        if errors:
            answer.update(numErrors=len(errors), errors=errors)
        return json_response(200, answer, JSON_HS)  # the document lists only 200 for this write

    def read(self, request: Request) -> Response:
        if request.query.get("channel") != "EMAIL":
            return _error(400, "channel=EMAIL is required")
        email = request.params["subscriberIdString"].strip().lower()
        with self.lock:
            results = [self._status(email, i) for i, *_ in HUBSPOT_SUBSCRIPTIONS]
        now = self._now()
        return json_response(200, {"status": "COMPLETE", "results": results, "startedAt": now, "completedAt": now},
                             JSON_HS)
