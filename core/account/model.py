"""What one CRM account is configured with, as plain data that round-trips through JSON.

HubSpot: its contact properties (``GET /crm/v3/properties/contacts``) and contact→company association
labels. Virtuous: contact types, contact-method types, contact custom fields, tags, events and
volunteer opportunities (endpoints in docs/api-virtuous.md §4).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from core.targets.row_key import ROW_KEY_PROPERTY


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a dropdown: what a person reads (``label``) and what the API takes (``value``)."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Property:
    """A HubSpot contact property, with only the parts the importer uses."""

    name: str
    label: str
    group: str
    type: str  # string | number | date | datetime | enumeration | bool
    field_type: str  # text | textarea | select | radio | checkbox | booleancheckbox | …
    options: tuple[Choice, ...] = ()
    read_only: bool = False
    calculated: bool = False
    archived: bool = False
    hidden: bool = False
    hubspot_defined: bool = True
    external_options: bool = False
    #: The account's own words for the property ("Total of all gifts"): the field search reads them.
    description: str = ""

    @property
    def writable(self) -> bool:
        """Offered on the Map step: HubSpot's own advice is to leave read-only, calculated and archived out;
        the app's own row key (core.targets.row_key) is set by the app on every contact it creates."""
        return not (self.read_only or self.calculated or self.archived or self.name == ROW_KEY_PROPERTY)


@dataclass(frozen=True, slots=True)
class AssociationLabel:
    """A contact→company association type as the account defines it (v4 labels endpoint)."""

    category: str  # HUBSPOT_DEFINED | USER_DEFINED | INTEGRATOR_DEFINED
    type_id: int
    label: str  # "" for the unlabelled default


@dataclass(frozen=True, slots=True)
class CustomField:
    """A Virtuous contact custom field (``GET /api/Contact/CustomFields``)."""

    name: str
    display_name: str
    data_type: str
    options: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Named:
    """An event or volunteer opportunity: looked up by name, sent by id."""

    id: int
    name: str


@dataclass
class AccountConfig:
    """One account's configuration at ``fetched_at`` (UTC, ISO seconds), for one connection."""

    target: str
    connection: str
    base_url: str
    fetched_at: str
    properties: list[Property] = field(default_factory=list)
    association_labels: list[AssociationLabel] = field(default_factory=list)
    contact_types: list[str] = field(default_factory=list)
    email_types: list[str] = field(default_factory=list)
    phone_types: list[str] = field(default_factory=list)
    custom_fields: list[CustomField] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    events: list[Named] = field(default_factory=list)
    opportunities: list[Named] = field(default_factory=list)
    #: HubSpot: the account's email subscription types (``GET /communication-preferences/v4/definitions``).
    subscriptions: list[Named] = field(default_factory=list)
    #: Virtuous: the names of the account's email lists (``POST /api/EmailList/Search``).
    email_lists: list[str] = field(default_factory=list)

    @property
    def as_of(self) -> str:
        """'2026-12-01 10:15 UTC': the date a person reads next to the field list."""
        try:
            when = dt.datetime.fromisoformat(self.fetched_at)
        except ValueError:
            return self.fetched_at
        return when.strftime("%Y-%m-%d %H:%M UTC")

    def property(self, name: str) -> Property | None:
        for p in self.properties:
            if p.name == name:
                return p
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AccountConfig:
        """Raises KeyError/TypeError/ValueError on a malformed dict (the cache turns that into a sentence)."""
        props = [Property(**{**p, "options": tuple(Choice(**o) for o in p.get("options", ()))})
                 for p in data.get("properties", [])]
        return cls(
            target=str(data["target"]), connection=str(data["connection"]), base_url=str(data["base_url"]),
            fetched_at=str(data["fetched_at"]), properties=props,
            association_labels=[AssociationLabel(**a) for a in data.get("association_labels", [])],
            contact_types=[str(x) for x in data.get("contact_types", [])],
            email_types=[str(x) for x in data.get("email_types", [])],
            phone_types=[str(x) for x in data.get("phone_types", [])],
            custom_fields=[CustomField(**{**c, "options": tuple(c.get("options", ()))})
                           for c in data.get("custom_fields", [])],
            tags=[str(x) for x in data.get("tags", [])],
            events=[Named(**e) for e in data.get("events", [])],
            opportunities=[Named(**e) for e in data.get("opportunities", [])],
            subscriptions=[Named(**e) for e in data.get("subscriptions", [])],
            email_lists=[str(x) for x in data.get("email_lists", [])],
        )


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
