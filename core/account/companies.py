"""Companies a contact belongs to (HubSpot): given by HubSpot ID, by domain or by exact name.

Domains are read with ``companies/batch/read`` (``idProperty=domain``, 100 a call), names with the
companies search (``name`` EQ). A company that is not there is created only when the person asks;
a name that matches several is a warning naming them. The association type comes from the
account's own contact→company labels, sent with its category exactly as the account defines it.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from core.account.model import AccountConfig, AssociationLabel
from core.mapping.catalog import FieldDef, Kind
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import RunStop
from core.validation.issues import CheckedRow, Issue
from core.words import N_

COMPANY_ID = "associations.company"
COMPANY_DOMAIN = "associations.companyDomain"
COMPANY_NAME = "associations.companyName"
COMPANY_KEYS = (COMPANY_ID, COMPANY_DOMAIN, COMPANY_NAME)
COMPANY_UNKNOWN = "company.unknown"
COMPANY_AMBIGUOUS = "company.ambiguous"
COMPANY_NEW = "company.new"  # not there yet; created when the rows are sent (the person asked for it)
COMPANIES = "/crm/v3/objects/companies"
JSON_HEADERS = {"Content-Type": "application/json"}
CHUNK = 100
#: Seconds between two company searches: HubSpot allows five searches a second per account (CRM search
#: guide, Limitations) and an older changelog four; one every 0.25 s stays under both.
SEARCH_SPACING = 0.25
WILL_CREATE = N_("is not in HubSpot yet; it will be created when sending")
NOT_THERE = N_("is not in HubSpot; not associated (choose to create missing companies to add it)")

COMPANY_FIELDS = (
    FieldDef(COMPANY_DOMAIN, N_("Company (by its domain)"), "Organization", Kind.TEXT,
             ("company domain", "domain", "company website", "employer domain", "organization domain")),
    FieldDef(COMPANY_NAME, N_("Company (by its exact name)"), "Organization", Kind.TEXT,
             ("employer", "organization", "organisation", "company", "business", "employer name")),
)


@dataclass(frozen=True)
class CompanyLink:
    """One contact row → one company, with the association type to use."""

    company_id: str
    category: str
    type_id: int
    label: str


def association_type(config: AccountConfig | None, label: str | None) -> AssociationLabel:
    """The account's type for ``label`` (None: the unlabelled default); ValueError lists the labels."""
    labels = config.association_labels if config else []
    if not labels:
        return AssociationLabel("HUBSPOT_DEFINED", 279, "")  # docs/api-hubspot.md §6: contact→company is 279
    if not label:
        plain = [a for a in labels if not a.label and a.category == "HUBSPOT_DEFINED"]
        return plain[0] if plain else labels[0]
    for a in labels:
        if a.label.lower() == label.strip().lower():
            return a
    names = ", ".join(a.label for a in labels if a.label)
    raise ValueError(f"the account has no company association labelled '{label}' (it has: {names})")


def _domain(text: str) -> str:
    t = text.strip().lower()
    for prefix in ("https://", "http://"):
        t = t.removeprefix(prefix)
    return t.removeprefix("www.").split("/")[0]


class _Companies:
    def __init__(self, connection: Connection, cancel: threading.Event | None) -> None:
        self.http = HttpSession(connection)
        self.cancel = cancel
        self._last_search = float("-inf")

    def _pace_search(self) -> None:
        """Wait until a search fits HubSpot's per-second search limit (one search per company name)."""
        wait = self._last_search + SEARCH_SPACING - time.monotonic()
        if wait > 0:
            if self.cancel is not None:
                self.cancel.wait(wait)
            else:
                time.sleep(wait)
        self._last_search = time.monotonic()

    def post(self, path: str, body: dict[str, Any], what: str) -> dict[str, Any]:
        result = self.http.send_with_retries("POST", f"{COMPANIES}/{path}", content=json.dumps(body).encode(),
                                             headers=JSON_HEADERS, cancel=self.cancel)
        data = response_json(result.response)
        if not result.response.is_success or not isinstance(data, dict):
            _code, text = describe_error(result.response, self.http.connection.token)
            raise RunStop(N_("HubSpot could not {what} (HTTP {status}: {detail}).").format(
                what=what, status=result.response.status_code, detail=text))
        return data

    def by_domain(self, domains: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for i in range(0, len(domains), CHUNK):
            data = self.post("batch/read", {"idProperty": "domain", "properties": ["name", "domain"],
                                            "propertiesWithHistory": [],
                                            "inputs": [{"id": d} for d in domains[i:i + CHUNK]]},
                             N_("look companies up by domain"))
            for r in data.get("results") or []:
                domain = _domain(str((r.get("properties") or {}).get("domain") or ""))
                if domain and r.get("id") is not None:
                    found.setdefault(domain, str(r["id"]))
        return found

    def by_name(self, name: str) -> list[tuple[str, str]]:
        self._pace_search()
        data = self.post("search", {"filterGroups": [{"filters": [{"propertyName": "name", "operator": "EQ",
                                                                   "value": name}]}],
                                    "properties": ["name", "domain"], "limit": 10, "after": "0",
                                    "sorts": []}, N_("search companies by name"))
        return [(str(r["id"]), str((r.get("properties") or {}).get("domain") or ""))
                for r in data.get("results") or [] if r.get("id") is not None]

    def create(self, companies: list[dict[str, str]]) -> list[str]:
        ids: list[str] = []
        for i in range(0, len(companies), CHUNK):
            data = self.post("batch/create", {"inputs": [{"properties": p, "associations": []}
                                                         for p in companies[i:i + CHUNK]]},
                             N_("create the missing companies"))
            ids.extend(str(r["id"]) for r in data.get("results") or [])
        return ids


def resolve_companies(rows: list[CheckedRow], connection: Connection | None, config: AccountConfig | None, *,
                      create_missing: bool = False, label: str | None = None, dry_run: bool = False,
                      cancel: threading.Event | None = None) -> dict[int, CompanyLink]:
    """Row → company link; takes the company keys out of each row's values (they are not properties)
    and adds a warning to rows whose company is unknown or ambiguous. ``dry_run`` (preview) creates
    nothing: a company that would be created is said so instead."""
    keys = frozenset(COMPANY_KEYS)
    wanted = [r for r in rows if not keys.isdisjoint(r.keys())]  # not r.values: a dict built per row
    if not wanted:
        return {}
    kind = association_type(config, label)
    links: dict[int, CompanyLink] = {}

    def warn(r: CheckedRow, key: str, code: str, value: Any, text: str) -> None:
        r.issues.append(Issue(r.row, code, "warning", key, key, value, f"Row {r.row}: company '{value}' {text}"))

    if connection is None:
        for r in wanted:
            values = dict(r.values)  # the company keys leave it
            popped = {key: values.pop(key, None) for key in COMPANY_KEYS}
            r.values = values
            for key, value in popped.items():
                if key == COMPANY_ID and value is not None:
                    links[r.row] = CompanyLink(str(value), kind.category, kind.type_id, kind.label)
                elif value is not None:
                    warn(r, key, COMPANY_UNKNOWN, value, N_("was not looked up (no connection); not associated"))
        return links
    api = _Companies(connection, cancel)
    try:
        domains = sorted({_domain(str(r.values[COMPANY_DOMAIN])) for r in wanted if r.values.get(COMPANY_DOMAIN)})
        by_domain = api.by_domain(domains) if domains else {}
        names = sorted({str(r.values[COMPANY_NAME]).strip() for r in wanted if r.values.get(COMPANY_NAME)})
        by_name = {n: api.by_name(n) for n in names}
        if create_missing and not dry_run:
            new_domains = [d for d in domains if d not in by_domain]
            new_names = [n for n in names if not by_name[n]]
            made = api.create([{"domain": d, "name": d} for d in new_domains] + [{"name": n} for n in new_names])
            by_domain.update(zip(new_domains, made[:len(new_domains)]))
            by_name.update({n: [(i, "")] for n, i in zip(new_names, made[len(new_domains):])})
    finally:
        api.http.close()
    for r in wanted:
        values = dict(r.values)  # the company keys leave it
        cid, domain, name = (values.pop(k, None) for k in (COMPANY_ID, COMPANY_DOMAIN, COMPANY_NAME))
        r.values = values
        company: str | None = str(cid) if cid is not None else None
        if company is None and domain:
            company = by_domain.get(_domain(str(domain)))
            if company is None and create_missing:
                warn(r, COMPANY_DOMAIN, COMPANY_NEW, domain, WILL_CREATE)
            elif company is None:
                warn(r, COMPANY_DOMAIN, COMPANY_UNKNOWN, domain, NOT_THERE)
        if company is None and name:
            found = by_name.get(str(name).strip(), [])
            if len(found) == 1:
                company = found[0][0]
            elif found:
                who = ", ".join(f"ID {i}" + (f" ({d})" if d else "") for i, d in found)
                warn(r, COMPANY_NAME, COMPANY_AMBIGUOUS, name, N_(
                    "matches several companies: {ids}; not associated (give the domain or the ID)").format(ids=who))
            elif create_missing:
                warn(r, COMPANY_NAME, COMPANY_NEW, name, WILL_CREATE)
            else:
                warn(r, COMPANY_NAME, COMPANY_UNKNOWN, name, NOT_THERE)
        if company is not None:
            links[r.row] = CompanyLink(company, kind.category, kind.type_id, kind.label)
    return links
