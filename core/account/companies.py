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
from collections.abc import Iterable
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


@dataclass
class _Found:
    """The account's companies for the rows' domains and names (as the rows give them)."""

    domains: list[str]
    by_domain: dict[str, str]  # domain → company id (the domains found)
    by_name: dict[str, list[tuple[str, str]]]  # every name → [(company id, its domain)], empty when none


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
    taken = {r.row: _take_company_keys(r) for r in wanted}
    if connection is None:
        return _links_offline(wanted, taken, kind)
    api = _Companies(connection, cancel)
    try:
        found = _look_up(api, taken.values())
        if create_missing and not dry_run:
            _create_missing(api, found)
    finally:
        api.http.close()
    links: dict[int, CompanyLink] = {}
    for r in wanted:
        company = _company_of(r, taken[r.row], found, create_missing)
        if company is not None:
            links[r.row] = CompanyLink(company, kind.category, kind.type_id, kind.label)
    return links


def _take_company_keys(r: CheckedRow) -> tuple[Any, Any, Any]:
    """The row's company ID, domain and name, taken out of its values (they are not contact properties)."""
    values = dict(r.values)  # read-only on the row: a copy the company keys leave, then set whole
    taken = tuple(values.pop(k, None) for k in (COMPANY_ID, COMPANY_DOMAIN, COMPANY_NAME))
    r.values = values
    return taken[0], taken[1], taken[2]


def _warn(r: CheckedRow, key: str, code: str, value: Any, text: str) -> None:
    r.issues.append(Issue(r.row, code, "warning", key, key, value, f"Row {r.row}: company '{value}' {text}"))


def _links_offline(wanted: list[CheckedRow], taken: dict[int, tuple[Any, Any, Any]],
                   kind: AssociationLabel) -> dict[int, CompanyLink]:
    """Without a connection only a company ID links; a domain or a name is said not looked up."""
    links: dict[int, CompanyLink] = {}
    for r in wanted:
        for key, value in zip(COMPANY_KEYS, taken[r.row], strict=True):
            if key == COMPANY_ID and value is not None:
                links[r.row] = CompanyLink(str(value), kind.category, kind.type_id, kind.label)
            elif value is not None:
                _warn(r, key, COMPANY_UNKNOWN, value, N_("was not looked up (no connection); not associated"))
    return links


def _look_up(api: _Companies, taken: Iterable[tuple[Any, Any, Any]]) -> _Found:
    """The account's companies with the rows' domains, and those with the rows' names."""
    taken = list(taken)
    domains = sorted({_domain(str(domain)) for _cid, domain, _name in taken if domain})
    names = sorted({str(name).strip() for _cid, _domain_, name in taken if name})
    by_domain = api.by_domain(domains) if domains else {}
    return _Found(domains, by_domain, {n: api.by_name(n) for n in names})


def _create_missing(api: _Companies, found: _Found) -> None:
    """Create the companies no domain or name found, and add them to ``found``."""
    by_domain, by_name = found.by_domain, found.by_name
    new_domains = [d for d in found.domains if d not in by_domain]
    new_names = [n for n, matches in by_name.items() if not matches]
    made = api.create([{"domain": d, "name": d} for d in new_domains] + [{"name": n} for n in new_names])
    by_domain.update(zip(new_domains, made[:len(new_domains)], strict=False))
    by_name.update({n: [(i, "")] for n, i in zip(new_names, made[len(new_domains):], strict=False)})


def _company_of(r: CheckedRow, taken: tuple[Any, Any, Any], found: _Found, create_missing: bool) -> str | None:
    """The company a row names (by ID, else domain, else name), or None with a warning saying why."""
    cid, domain, name = taken
    by_domain, by_name = found.by_domain, found.by_name
    if cid is not None:
        return str(cid)
    company = None
    if domain:
        company = by_domain.get(_domain(str(domain)))
        if company is None:
            _warn(r, COMPANY_DOMAIN, COMPANY_NEW if create_missing else COMPANY_UNKNOWN, domain,
                  WILL_CREATE if create_missing else NOT_THERE)
    if company is None and name:
        matches = by_name.get(str(name).strip(), [])
        if len(matches) == 1:
            return matches[0][0]
        if matches:
            who = ", ".join(f"ID {i}" + (f" ({d})" if d else "") for i, d in matches)
            _warn(r, COMPANY_NAME, COMPANY_AMBIGUOUS, name, N_(
                "matches several companies: {ids}; not associated (give the domain or the ID)").format(ids=who))
        else:
            _warn(r, COMPANY_NAME, COMPANY_NEW if create_missing else COMPANY_UNKNOWN, name,
                  WILL_CREATE if create_missing else NOT_THERE)
    return company
