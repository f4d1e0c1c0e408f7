"""The sandbox's HubSpot contacts: in memory, thread-safe, unique by email, with ids.

Each stored contact also counts how often it was created/updated, so tests can assert that
an import wrote every row exactly once.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from core.sandbox.store import norm_email
from core.sandbox.wire import Clock, iso_ms

#: Far from small numbers, so a client that confuses a row number with a CRM id fails visibly.
HUBSPOT_FIRST_ID = 900_000_001


@dataclass
class HubSpotContact:
    """A stored HubSpot contact; ``properties`` always holds hs_object_id/createdate/lastmodifieddate."""

    id: str
    properties: dict[str, str]
    created_at: float
    updated_at: float
    associations: list[Any] = field(default_factory=list)
    archived: bool = False
    create_count: int = 1
    update_count: int = 0

    def public(self, properties: list[str] | None = None, trace_id: str | None = None) -> dict[str, Any]:
        """The API's SimplePublicObject; ``properties`` limits which ones are shown."""
        props: dict[str, str | None] = dict(self.properties)
        if properties is not None:
            keep = set(properties) | {"hs_object_id", "createdate", "lastmodifieddate"}
            props = {k: v for k, v in props.items() if k in keep}
            props.update({k: None for k in properties if k not in props})
        data: dict[str, Any] = {
            "id": self.id,
            "properties": props,
            "createdAt": iso_ms(self.created_at),
            "updatedAt": iso_ms(self.updated_at),
            "archived": self.archived,
        }
        if trace_id is not None:
            data["objectWriteTraceId"] = trace_id
        return data

    def inspect(self) -> dict[str, Any]:
        data = self.public()
        data["associations"] = copy.deepcopy(self.associations)
        data["sandbox"] = {
            "createCount": self.create_count,
            "updateCount": self.update_count,
            "writeCount": self.create_count + self.update_count,
        }
        return data


class HubSpotStore:
    """HubSpot contacts keyed by id with a unique, case-insensitive email index.

    Batch calls must check a whole batch and then write it without another batch slipping in
    between, so callers hold ``transaction()`` (a re-entrant lock) around the whole call.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        #: Contact properties the account created (``POST /crm/v3/properties/contacts``), by name.
        self.custom_properties: dict[str, dict[str, Any]] = {}
        #: Whether the token may create properties (the ``crm.schemas.contacts.write`` scope).
        self.schema_write = True
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._contacts: dict[str, HubSpotContact] = {}
            self._by_email: dict[str, str] = {}
            self._unique: dict[str, dict[str, str]] = {}  # unique custom property → value → contact id
            self._next_id = HUBSPOT_FIRST_ID

    def unique_names(self) -> list[str]:
        """Custom properties whose values must be unique (``hasUniqueValue``), which HubSpot enforces."""
        return [n for n, p in self.custom_properties.items() if p.get("hasUniqueValue") and not p.get("archived")]

    def owner_of(self, name: str, value: str) -> str | None:
        """The live contact holding ``value`` in the unique property ``name``, if any."""
        with self._lock:
            return self._unique.get(name, {}).get(value)

    def _index_unique(self, contact: HubSpotContact) -> None:
        for name in self.unique_names():
            value = contact.properties.get(name)
            if value:
                self._unique.setdefault(name, {})[value] = contact.id

    @contextmanager
    def transaction(self) -> Iterator[HubSpotStore]:
        with self._lock:
            yield self

    def allocate_id(self) -> str:
        with self._lock:
            new_id = str(self._next_id)
            self._next_id += 1
            return new_id

    def get(self, contact_id: str, include_archived: bool = False) -> HubSpotContact | None:
        with self._lock:
            contact = self._contacts.get(str(contact_id))
            if contact is None or (contact.archived and not include_archived):
                return None
            return contact

    def find_by_email(self, email: str) -> HubSpotContact | None:
        with self._lock:
            cid = self._by_email.get(email.strip().lower())
            return self._contacts[cid] if cid is not None else None

    def create(self, contact_id: str, properties: dict[str, str],
               associations: list[Any] | None = None) -> HubSpotContact:
        with self._lock:
            now = self._clock()
            props = {k: v for k, v in properties.items() if v != ""}  # "" on create sets nothing
            props.update(hs_object_id=contact_id, createdate=iso_ms(now), lastmodifieddate=iso_ms(now))
            contact = HubSpotContact(contact_id, props, now, now, list(associations or []))
            self._contacts[contact_id] = contact
            email = norm_email(props.get("email"))
            if email is not None:
                self._by_email[email] = contact_id
            self._index_unique(contact)
            return contact

    def update(self, contact: HubSpotContact, properties: dict[str, str]) -> HubSpotContact:
        """Overwrite the given properties (an empty string clears one, as in HubSpot)."""
        with self._lock:
            now = self._clock()
            old_email = norm_email(contact.properties.get("email"))
            old_unique = {name: contact.properties.get(name) for name in self.unique_names()}
            contact.properties.update(properties)
            contact.properties["lastmodifieddate"] = iso_ms(now)
            contact.updated_at = now
            contact.update_count += 1
            new_email = norm_email(contact.properties.get("email"))
            if old_email != new_email:
                if old_email is not None and self._by_email.get(old_email) == contact.id:
                    del self._by_email[old_email]
                if new_email is not None:
                    self._by_email[new_email] = contact.id
            for name, value in old_unique.items():  # a changed unique value frees the old one
                held = self._unique.get(name, {})
                if value and value != contact.properties.get(name) and held.get(value) == contact.id:
                    del self._unique[name][value]
            self._index_unique(contact)
            return contact

    def archive(self, contact_id: str) -> bool:
        with self._lock:
            contact = self.get(contact_id)
            if contact is None:
                return False
            contact.archived = True
            contact.updated_at = self._clock()
            email = norm_email(contact.properties.get("email"))
            if email is not None and self._by_email.get(email) == contact.id:
                del self._by_email[email]
            for name, held in self._unique.items():  # an archived contact's unique values are free again [U]
                value = contact.properties.get(name)
                if value and held.get(value) == contact.id:
                    del held[value]
            return True

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return [c.inspect() for c in self._contacts.values()]

    def page(self, after: str | None, limit: int) -> tuple[list[HubSpotContact], str | None]:
        """Live contacts in id order after the ``after`` id (list endpoint paging); the next cursor or None."""
        import bisect

        with self._lock:
            if getattr(self, "_ids_for", None) != self._next_id:  # ids only grow; rebuild when one was added
                self._ids = sorted(int(k) for k in self._contacts)
                self._ids_for = self._next_id
            start = bisect.bisect_right(self._ids, int(after)) if after and after.isdigit() else 0
            out: list[HubSpotContact] = []
            i = start
            while i < len(self._ids) and len(out) < limit:
                c = self._contacts.get(str(self._ids[i]))
                if c is not None and not c.archived:
                    out.append(c)
                i += 1
            return out, (out[-1].id if out and i < len(self._ids) else None)
