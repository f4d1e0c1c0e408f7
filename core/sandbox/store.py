"""The sandbox's Virtuous contacts and pending imports: in memory, thread-safe, with matching and ids.

HubSpot's contacts are in ``hubspot_store``.

Each stored contact also counts how often it was created/updated, so tests can assert that
an import wrote every row exactly once (re-sent rows update, they never duplicate).
"""

from __future__ import annotations

import copy
import json
import threading
from dataclasses import dataclass
from typing import Any

from core.sandbox.virtuous_shapes import nested_contact
from core.sandbox.wire import Clock, iso_ms

# Ids start far from small numbers so a client that confuses a row number or trace id with a
# CRM id fails visibly instead of by coincidence.
VIRTUOUS_FIRST_ID = 500_001

REFERENCE_KEYS = ("referenceSource", "referenceId")


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, (list, dict)) and not value
    )


def norm_email(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip().lower()
    return None


def _merge_tags(old: Any, new: str) -> str:
    """Tags are one ';'-separated string; merging adds new tags, case-insensitively unique."""
    seen: dict[str, str] = {}
    for text in (old if isinstance(old, str) else "", new):
        for tag in text.split(";"):
            tag = tag.strip()
            if tag and tag.lower() not in seen:
                seen[tag.lower()] = tag
    return ";".join(seen.values())


def _merge_unique(old: Any, new: list[Any]) -> list[Any]:
    """Append items not already present, so a re-sent row does not double attendances or lists."""
    merged = list(old) if isinstance(old, list) else []
    keys = {json.dumps(item, sort_keys=True, default=str) for item in merged}
    for item in new:
        key = json.dumps(item, sort_keys=True, default=str)
        if key not in keys:
            keys.add(key)
            merged.append(item)
    return merged


def merge_virtuous_fields(target: dict[str, Any], incoming: dict[str, Any]) -> bool:
    """Merge non-empty incoming fields into ``target``; returns whether anything changed."""
    before = copy.deepcopy(target)
    for key, value in incoming.items():
        if key in REFERENCE_KEYS or key == "id" or _is_empty(value):
            continue
        if key == "tags" and isinstance(value, str):
            target[key] = _merge_tags(target.get(key), value)
        elif key == "customFields" and isinstance(value, dict):
            merged = dict(target.get(key) or {})
            merged.update({k: v for k, v in value.items() if not _is_empty(v)})
            target[key] = merged
        elif isinstance(value, list):
            target[key] = _merge_unique(target.get(key), value)
        else:
            target[key] = copy.deepcopy(value)
    return target != before


@dataclass
class _VirtuousContact:
    id: int
    fields: dict[str, Any]
    references: list[tuple[str, str]]
    created_at: float
    updated_at: float
    status: str
    create_count: int = 1
    update_count: int = 0

    def public(self, reference: tuple[str, str] | None = None) -> dict[str, Any]:
        """The contact as ``Contact/Find`` shows it: with the reference it was found by, else its first."""
        source, ref_id = reference or (self.references[0] if self.references else (None, None))
        return {"id": self.id, "referenceSource": source, "referenceId": ref_id, **copy.deepcopy(self.fields)}

    def nested(self) -> dict[str, Any]:
        """The full nested contact ``Contact/Find`` answers with (see virtuous_shapes)."""
        return nested_contact(self.id, self.fields, self.references)

    def inspect(self) -> dict[str, Any]:
        """The contact plus sandbox bookkeeping, for ``/_sandbox/contacts``."""
        data = self.public()
        data["references"] = [{"referenceSource": s, "referenceId": r} for s, r in self.references]
        data["sandbox"] = {
            "createCount": self.create_count,
            "updateCount": self.update_count,
            "writeCount": self.create_count + self.update_count,
            "importStatus": self.status,
            "createdAt": iso_ms(self.created_at),
            "updatedAt": iso_ms(self.updated_at),
        }
        return data


class VirtuousStore:
    """Contacts imported through ``Contact/Batch``, matched on reference then on email.

    A batch becomes a *pending import*, not contacts (docs/api-virtuous.md §1 and §6: Virtuous matches
    imports later, nightly and with a person's review). ``process()`` is that step: it matches each
    row on reference id, then email, and creates or merges. ``process_after`` seconds (None: only
    when asked) processes imports by themselves once they are that old, checked on every access.
    """

    def __init__(self, clock: Clock, process_after: float | None = None) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self.process_after = process_after
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._contacts: dict[int, _VirtuousContact] = {}
            self._by_ref: dict[tuple[str, str], int] = {}
            self._by_email: dict[str, list[int]] = {}
            self._next_id = VIRTUOUS_FIRST_ID
            self.imports = 0
            self._pending: list[dict[str, Any]] = []
            self._imports: list[dict[str, Any]] = []

    def add_import(self, reference_source: Any, contacts: list[Any], notes: list[dict[str, Any]] | None = None) -> int:
        """Queue one import (as received, after binding); returns its id. Nothing is matched yet."""
        with self._lock:
            self.imports += 1
            record = {"id": self.imports, "referenceSource": reference_source, "receivedAt": iso_ms(self._clock()),
                      "status": "pending", "contacts": copy.deepcopy(contacts), "notes": notes or [],
                      "_at": self._clock()}
            self._imports.append(record)
            self._pending.append(record)
            self._auto_locked()
            return int(record["id"])

    def process(self, older_than: float = 0.0) -> int:
        """Match and write every pending import received at least ``older_than`` seconds ago; returns rows."""
        with self._lock:
            return self._process_locked(self._clock() - older_than)

    def _process_locked(self, received_by: float) -> int:
        done = 0
        for record in [r for r in self._pending if r["_at"] <= received_by]:
            statuses = [self._import_one(record["referenceSource"], item) if isinstance(item, dict) else "ignored"
                        for item in record["contacts"]]
            record.update(status="processed", results=statuses, processedAt=iso_ms(self._clock()))
            self._pending.remove(record)
            done += len(statuses)
        return done

    def _auto_locked(self) -> None:
        if self.process_after is not None and self._pending:
            self._process_locked(self._clock() - self.process_after)

    def import_log(self) -> list[dict[str, Any]]:
        """Every import as received (``/_sandbox/virtuous/imports``): a wrongly typed field shows missing."""
        with self._lock:
            self._auto_locked()
            return [{k: copy.deepcopy(v) for k, v in r.items() if not k.startswith("_")} for r in self._imports]

    def _index_email(self, contact: _VirtuousContact, old_email: str | None) -> None:
        new_email = norm_email(contact.fields.get("email"))
        if old_email == new_email:
            return
        if old_email is not None:
            ids = self._by_email.get(old_email, [])
            if contact.id in ids:
                ids.remove(contact.id)
        if new_email is not None:
            self._by_email.setdefault(new_email, []).append(contact.id)
            self._by_email[new_email].sort()

    def import_batch(self, reference_source: Any, contacts: list[Any]) -> list[str]:
        """Queue and at once process one import (for tests of the matching itself); returns one status
        per item ("created", "matched_reference", "matched_email", "ignored" for non-objects)."""
        import_id = self.add_import(reference_source, contacts)
        with self._lock:
            record = next(r for r in self._imports if r["id"] == import_id)
            if record["status"] == "pending":
                self._process_locked(record["_at"])
            return list(record["results"])

    def _import_one(self, batch_source: Any, item: dict[str, Any]) -> str:
        source = item.get("referenceSource") if not _is_empty(item.get("referenceSource")) else batch_source
        ref_id = item.get("referenceId")
        ref = (str(source).strip(), str(ref_id).strip()) if not _is_empty(source) and not _is_empty(ref_id) else None
        now = self._clock()
        contact: _VirtuousContact | None = None
        status = "created"
        if ref is not None and ref in self._by_ref:
            contact, status = self._contacts[self._by_ref[ref]], "matched_reference"
        else:
            email = norm_email(item.get("email"))
            if email is not None and self._by_email.get(email):
                contact, status = self._contacts[self._by_email[email][0]], "matched_email"
        if contact is None:
            contact = _VirtuousContact(self._next_id, {}, [], now, now, status)
            self._next_id += 1
            self._contacts[contact.id] = contact
            old_email = None
        else:
            old_email = norm_email(contact.fields.get("email"))
            contact.update_count += 1
            contact.updated_at = now
            contact.status = status
        merge_virtuous_fields(contact.fields, item)
        self._index_email(contact, old_email)
        if ref is not None and ref not in self._by_ref:
            self._by_ref[ref] = contact.id
            contact.references.append(ref)
        return status

    def find_by_reference(self, source: str, ref_id: str) -> dict[str, Any] | None:
        with self._lock:
            self._auto_locked()
            ref = (source.strip(), ref_id.strip())
            cid = self._by_ref.get(ref)
            return self._contacts[cid].nested() if cid is not None else None

    def find_by_email(self, email: str) -> dict[str, Any] | None:
        with self._lock:
            self._auto_locked()
            ids = self._by_email.get(email.strip().lower())
            return self._contacts[ids[0]].nested() if ids else None

    def get(self, contact_id: int) -> dict[str, Any] | None:
        with self._lock:
            self._auto_locked()
            contact = self._contacts.get(contact_id)
            return contact.nested() if contact else None

    def snapshot(self) -> list[dict[str, Any]]:
        """Processed contacts only (pending imports are not contacts yet), flat, with bookkeeping."""
        with self._lock:
            self._auto_locked()
            return [c.inspect() for c in self._contacts.values()]

    def page(self, skip: int, take: int) -> tuple[list[dict[str, Any]], int]:
        """Contacts in id order from ``skip`` (for ``Contact/Query``), and how many there are."""
        with self._lock:
            contacts = list(self._contacts.values())[skip:skip + take] if skip < len(self._contacts) else []
            return [c.public() for c in contacts], len(self._contacts)
