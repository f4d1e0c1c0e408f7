"""Email subscriptions with a legal basis (HubSpot): a column mapped to one of the account's subscription
types (read with the account: ``GET /communication-preferences/v4/definitions``) says, per person, whether
to subscribe them. A yes subscribes that contact with the run's legal basis and its explanation
(``--legal-basis``, ``--legal-basis-explanation``; the Send step asks once); a no or a blank changes nothing
(an import never unsubscribes anyone unless the column says *unsubscribed*).

The statuses are written after the contacts are in, for the rows HubSpot created or updated
(``POST /communication-preferences/v4/statuses/batch/write``, by email; scope
``communication_preferences.statuses.batch.write``): a step of the run, kept in its journal, finished by
``resume``; each row's message says what was done.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any

from core.account.model import AccountConfig
from core.mapping.catalog import FieldDef, Kind
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import Cancelled, RunStop
from core.validation.issues import CheckedRow, Issue
from core.words import N_

if TYPE_CHECKING:  # the journal is handed in by the run (core.submit sits above this layer)
    from core.submit.journal import Journal

PREFIX = "subscription."
EXTRA = "hubspot_subscriptions"
WRITE = "/communication-preferences/v4/statuses/batch/write"
CHUNK = 100
#: HubSpot's legal bases (PublicStatusRequest.legalBasis in the published Subscriptions v4 document).
LEGAL_BASES = ("CONSENT_WITH_NOTICE", "LEGITIMATE_INTEREST_CLIENT", "LEGITIMATE_INTEREST_OTHER",
               "LEGITIMATE_INTEREST_PQL", "NON_GDPR", "PERFORMANCE_OF_CONTRACT", "PROCESS_AND_STORE")
YES = frozenset({"yes", "y", "true", "1", "x", "subscribed", "subscribe", "opted in", "opt in", "opt-in", "sí", "si"})
NO = frozenset({"no", "n", "false", "0", "not subscribed"})
UNSUBSCRIBED = frozenset({"unsubscribed", "unsubscribe", "opted out", "opt out", "opt-out"})
NOT_UNDERSTOOD = "subscription.unclear"


def subscription_fields(config: AccountConfig) -> list[FieldDef]:
    return [FieldDef(f"{PREFIX}{s.id}", f"{s.name} (subscription)", "Subscriptions", Kind.TEXT,
                     (s.name.lower(), f"{s.name.lower()} subscription", f"subscribed to {s.name.lower()}"))
            for s in config.subscriptions]


def take_subscriptions(rows: list[CheckedRow], config: AccountConfig | None) -> dict[int, dict[str, str]]:
    """Row → {subscription id: SUBSCRIBED | UNSUBSCRIBED}; the subscription keys leave each row's values (they
    are not properties). A value that is neither yes, no nor unsubscribed is a warning and changes nothing."""
    names = {str(s.id): s.name for s in (config.subscriptions if config else [])}
    out: dict[int, dict[str, str]] = {}
    of_keys: dict[tuple[str, ...], list[str]] = {}  # rows share a few key tuples: each looked at once
    for r in rows:
        row_keys = r.keys()
        keys = of_keys.get(row_keys)
        if keys is None:
            keys = of_keys[row_keys] = [k for k in row_keys if k.startswith(PREFIX)]
        if not keys:
            continue
        values = dict(r.values)
        for key in keys:
            raw = values.pop(key)
            text = str(raw).strip().lower() if raw is not None else ""
            sub_id = key[len(PREFIX):]
            if not text or text in NO:
                continue
            if text in YES:
                out.setdefault(r.row, {})[sub_id] = "SUBSCRIBED"
            elif text in UNSUBSCRIBED:
                out.setdefault(r.row, {})[sub_id] = "UNSUBSCRIBED"
            else:
                r.issues.append(Issue(r.row, NOT_UNDERSTOOD, "warning", key, key, raw, N_(
                    "Row {row}: '{value}' for {name} is not yes, no or unsubscribed; that subscription is left as "
                    "it is").format(row=r.row, value=raw, name=names.get(sub_id, sub_id))))
        r.values = values
    return out


def subscriptions_extra(wanted: dict[int, dict[str, str]], legal_basis: str | None,
                        explanation: str | None) -> dict[str, str]:
    if not wanted:
        return {}
    return {EXTRA: json.dumps({"rows": {str(r): w for r, w in sorted(wanted.items())}, "legal_basis": legal_basis,
                               "explanation": explanation or "", "done": []})}


def run_subscriptions(journal: Journal, run_id: str) -> dict[str, Any] | None:
    text = journal.run_extra(run_id, EXTRA)
    return json.loads(text) if text else None


def write_subscriptions(journal: Journal, run_id: str, connection: Connection,
                        cancel: threading.Event | None = None) -> int:
    """Write the statuses of the rows HubSpot created or updated, not written yet; returns how many rows."""
    doc = run_subscriptions(journal, run_id)
    if doc is None:
        return 0
    done = set(doc["done"])
    wanted = {int(r): w for r, w in doc["rows"].items()}
    todo = [e for e in journal.rows(run_id) if e.row in wanted and e.row not in done and e.email
            and e.status in ("created", "updated")]
    if not todo:
        return 0
    http = HttpSession(connection)
    count = 0
    try:
        for i in range(0, len(todo), CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            part = todo[i:i + CHUNK]
            refused = _post_statuses(http, [item for e in part for item in _inputs(e.email, wanted[e.row], doc)],
                                     cancel)
            notes: dict[int, tuple[str | None, str]] = {}
            for e in part:
                why = refused.get(str(e.email).lower())
                if why is not None:
                    notes[e.row] = ("subscription.failed", N_("Subscription not changed: {why}").format(why=why))
                else:
                    notes[e.row] = (None, _written(wanted[e.row], doc["legal_basis"]))
                done.add(e.row)
            doc["done"] = sorted(done)
            journal.note_rows(run_id, notes, extra=(EXTRA, json.dumps(doc)))
            count += len(part)
    finally:
        http.close()
    return count


def _inputs(email: str | None, wanted: dict[str, str], doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One contact's status for each subscription, with the legal basis the person gave."""
    inputs = []
    for sub_id, state in sorted(wanted.items()):
        item: dict[str, Any] = {"subscriberIdString": email, "subscriptionId": int(sub_id),
                                "statusState": state, "channel": "EMAIL"}
        if doc["legal_basis"]:
            item["legalBasis"] = doc["legal_basis"]
            if doc["explanation"]:
                item["legalBasisExplanation"] = doc["explanation"]
        inputs.append(item)
    return inputs


def _post_statuses(http: HttpSession, inputs: list[dict[str, Any]], cancel: threading.Event | None) -> dict[str, str]:
    """One batch write; returns the emails HubSpot refused (lower case), each with its reason."""
    result = http.send_with_retries("POST", WRITE, content=json.dumps({"inputs": inputs}).encode("utf-8"),
                                    headers={"Content-Type": "application/json"}, cancel=cancel)
    data = response_json(result.response)
    if not result.response.is_success or not isinstance(data, dict):
        _code, text = describe_error(result.response, http.connection.token)
        raise RunStop(N_("HubSpot did not write the subscription statuses (HTTP {status}: {detail}); the app "
                         "needs the communication_preferences.statuses.batch.write scope.").format(
                             status=result.response.status_code, detail=text))
    return {str(x).lower(): str(err.get("message") or "") for err in data.get("errors") or []
            for x in (err.get("context") or {}).get("subscriberIdString", [])}


def _written(wanted: dict[str, str], legal_basis: str | None) -> str:
    """What a row's message says of the statuses written for it."""
    states = sorted(set(wanted.values()))
    if states == ["SUBSCRIBED"]:
        return N_("Subscribed (legal basis: {basis})").format(basis=legal_basis or "-")
    if states == ["UNSUBSCRIBED"]:
        return N_("Unsubscribed, as the file says")
    return N_("Subscribed and unsubscribed as the file says (legal basis: {basis})").format(basis=legal_basis or "-")
