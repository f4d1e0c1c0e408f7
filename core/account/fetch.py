"""Reading an account's configuration from the CRM itself, over the same HTTP session as sending.

Each list is read once per refresh (a handful of requests against the rate budget). Shapes follow
docs/api-hubspot.md §6 and docs/api-virtuous.md §4; Virtuous list pages may come back as a bare
list or as ``{"list": [...]}`` (documented for Query endpoints), so both are read.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from core.account.model import AccountConfig, AssociationLabel, Choice, CustomField, Named, Property, now_iso
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, json_dict, response_json
from core.targets.outcomes import AuthError, RunStop
from core.words import N_

HUBSPOT_PROPERTIES = "/crm/v3/properties/contacts"
#: The current Associations Schema v4 path (docs/api-hubspot.md, "Association labels").
HUBSPOT_COMPANY_LABELS = "/crm/associations/v4/contacts/companies/labels"
HUBSPOT_SUBSCRIPTIONS = "/communication-preferences/v4/definitions"
VIRTUOUS_LISTS = {
    "contact_types": "/api/Contact/Types",
    "method_types": "/api/ContactMethod/Types",
    "custom_fields": "/api/Contact/CustomFields",
    "tags": "/api/Tag",
    "events": "/api/Event",
    "opportunities": "/api/VolunteerOpportunity",
}
PAGE = 1000  # the documented maximum ``take`` (docs/api-virtuous.md §4)
VIRTUOUS_EMAIL_LISTS = "/api/EmailList/Search"
VIRTUOUS_SEGMENT = "/api/Segment/Code/{code}"


class AccountReadError(RunStop):
    """The account's configuration could not be read; the sentence says which list and why."""


def fetch_account(connection: Connection, *, cancel: threading.Event | None = None,
                  session: HttpSession | None = None) -> AccountConfig:
    """The account's configuration now; raises ``AccountReadError`` (or AuthError) when it cannot be read."""
    own = session is None
    http = session or HttpSession(connection)
    try:
        config = AccountConfig(connection.target, connection.name or connection.base_url, connection.base_url,
                               now_iso())
        if connection.target == "hubspot":
            _read_hubspot(http, config, cancel)
        else:
            _read_virtuous(http, config, cancel)
        return config
    finally:
        if own:
            http.close()


def _get(http: HttpSession, path: str, what: str, cancel: threading.Event | None,
         params: dict[str, str] | None = None) -> Any:
    result = http.send_with_retries("GET", path, params=params, cancel=cancel)
    response = result.response
    if not response.is_success:
        _code, text = describe_error(response, http.connection.token)
        raise AccountReadError(N_("{crm} did not list its {what} (HTTP {status}: {detail}).").format(
            crm=http.service_name, what=what, status=response.status_code, detail=text))
    data = response_json(response)
    if data is None:
        raise AccountReadError(N_("{crm} answered the request for its {what} with something unreadable.").format(
            crm=http.service_name, what=what))
    return data


# -- HubSpot -------------------------------------------------------------------------------------
def parse_property(p: dict[str, Any]) -> Property:
    meta = json_dict(p, "modificationMetadata")
    options = tuple(Choice(str(o.get("label") or o.get("value")), str(o.get("value")))
                    for o in p.get("options") or [] if isinstance(o, dict) and o.get("value") is not None
                    and not o.get("hidden"))
    return Property(
        name=str(p["name"]), label=str(p.get("label") or p["name"]), group=str(p.get("groupName") or ""),
        type=str(p.get("type") or "string"), field_type=str(p.get("fieldType") or "text"), options=options,
        read_only=bool(meta.get("readOnlyValue")), calculated=bool(p.get("calculated")),
        archived=bool(p.get("archived")), hidden=bool(p.get("hidden")),
        hubspot_defined=bool(p.get("hubspotDefined")), external_options=bool(p.get("externalOptions")),
        description=str(p.get("description") or ""))


def _read_hubspot(http: HttpSession, config: AccountConfig, cancel: threading.Event | None) -> None:
    data = _get(http, HUBSPOT_PROPERTIES, N_("contact properties"), cancel)
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise AccountReadError(N_("HubSpot's contact property list had no 'results'; check the server address."))
    config.properties = [parse_property(p) for p in results if isinstance(p, dict) and p.get("name")]
    config.association_labels += _association_labels(http, cancel)
    config.subscriptions += _subscription_types(http, cancel)


def _association_labels(http: HttpSession, cancel: threading.Event | None) -> list[AssociationLabel]:
    """The account's contact-to-company association labels (HubSpot's own and the account's)."""
    labels = _get(http, HUBSPOT_COMPANY_LABELS, N_("contact-to-company association labels"), cancel)
    return [AssociationLabel(str(entry.get("category") or "HUBSPOT_DEFINED"), int(entry["typeId"]),
                             str(entry.get("label") or ""))
            for entry in (labels.get("results") if isinstance(labels, dict) else None) or []
            if isinstance(entry, dict) and entry.get("typeId") is not None]


def _subscription_types(http: HttpSession, cancel: threading.Event | None) -> list[Named]:
    """The account's active email subscription types (none when the key may not read them)."""
    try:  # needs the communication_preferences.read scope: without it the account simply offers no subscriptions
        subscriptions = _get(http, HUBSPOT_SUBSCRIPTIONS, N_("email subscription types"), cancel)
    except (AccountReadError, AuthError):  # a 403 (scope missing) is HubSpot's answer to a key without it
        subscriptions = {}
    return [Named(int(entry["id"]), str(entry.get("name") or entry["id"]))
            for entry in (subscriptions.get("results") if isinstance(subscriptions, dict) else None) or []
            if isinstance(entry, dict) and str(entry.get("id", "")).isdigit() and entry.get("isActive", True)
            and not entry.get("isInternal")]


# -- Virtuous ------------------------------------------------------------------------------------
def _items(data: Any) -> list[Any]:
    if isinstance(data, dict) and isinstance(data.get("list"), list):
        return data["list"]
    return data if isinstance(data, list) else []


def _name(item: Any, *keys: str) -> str | None:
    if isinstance(item, str):
        return item.strip() or None
    if isinstance(item, dict):
        for k in keys:
            v = item.get(k)
            if isinstance(v, str) and v.strip():
                return v.strip()
    return None


def _paged(http: HttpSession, path: str, what: str, cancel: threading.Event | None) -> Iterable[Any]:
    skip = 0
    while True:
        page = _items(_get(http, path, what, cancel, {"skip": str(skip), "take": str(PAGE)}))
        yield from page
        if len(page) < PAGE:
            return
        skip += PAGE


def _named(items: Iterable[Any]) -> list[Named]:
    out = []
    for item in items:
        name = _name(item, "name", "eventName", "opportunityName")
        if name and isinstance(item, dict) and isinstance(item.get("id"), int):
            out.append(Named(item["id"], name))
    return out


def _read_virtuous(http: HttpSession, config: AccountConfig, cancel: threading.Event | None) -> None:
    types = _items(_get(http, VIRTUOUS_LISTS["contact_types"], N_("contact types"), cancel))
    config.contact_types = [n for n in (_name(t, "name", "contactType") for t in types) if n]
    methods = _items(_get(http, VIRTUOUS_LISTS["method_types"], N_("email and phone types"), cancel))
    names = [n for n in (_name(m, "name", "type") for m in methods) if n]
    config.email_types = [n for n in names if "email" in n.lower()]
    config.phone_types = [n for n in names if "email" not in n.lower()]
    config.custom_fields += _custom_fields(http, cancel)
    config.tags = [n for n in (_name(t, "tagName", "name") for t in _paged(http, VIRTUOUS_LISTS["tags"], N_("tags"),
                                                                             cancel)) if n]
    config.events = _named(_paged(http, VIRTUOUS_LISTS["events"], N_("events"), cancel))
    config.opportunities = _named(_paged(http, VIRTUOUS_LISTS["opportunities"], N_("volunteer opportunities"), cancel))
    config.email_lists = _email_lists(http, cancel)


def _custom_fields(http: HttpSession, cancel: threading.Event | None) -> list[CustomField]:
    """The account's contact custom fields, each with its type and a dropdown's options."""
    fields = []
    for f in _items(_get(http, VIRTUOUS_LISTS["custom_fields"], N_("contact custom fields"), cancel)):
        name = _name(f, "name")
        if not name or not isinstance(f, dict):
            continue
        options = tuple(o for o in (_name(x, "value", "name", "label") for x in f.get("options") or []) if o)
        fields.append(CustomField(name, _name(f, "displayName") or name, str(f.get("dataType") or "Text"), options))
    return fields


def _email_lists(http: HttpSession, cancel: threading.Event | None) -> list[str]:
    """Every email list's name: ``POST /api/EmailList/Search`` with an empty search, page by page (the
    Virtuous reference lists no plain GET for email lists; the body's ``search`` field is [U], as for
    ``/api/Tag/Search``). A key that may not search them leaves the list empty: nothing is checked then."""
    names: list[str] = []
    skip = 0
    while True:
        try:
            result = http.send_with_retries("POST", VIRTUOUS_EMAIL_LISTS, params={"skip": str(skip), "take": str(PAGE)},
                                            content=b'{"search": ""}', headers={"Content-Type": "application/json"},
                                            cancel=cancel)
        except AuthError:  # a key that may not read email lists: they are not checked
            return []
        if not result.response.is_success:
            return []
        page = _items(response_json(result.response))
        names.extend(n for n in (_name(x, "name", "emailListName") for x in page) if n)
        if len(page) < PAGE:
            return names
        skip += PAGE
