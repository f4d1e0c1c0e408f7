"""What the sandbox Virtuous does with a Contact/Batch item's types, and the shape Contact/Find answers in.

Types: the seed page (tests/data/seeds/virtuous-contact-batch.txt) gives every field's JSON type. What
the real service does with a wrongly typed value (``eventId: "abc"``, ``invited: "yes"``) is not
documented [U]: ASP.NET model binding either answers 400 or leaves the field empty and goes on. The
sandbox leaves it empty by default (``WRONG_TYPE_BLANK``: the one a user cannot see; the stored import
shows the field missing) and answers 400 with ``WRONG_TYPE_REJECT``. Fields outside the seed are
ignored, as ASP.NET ignores unknown members. This table is the sandbox's own reading of the seed, kept
apart from the app's models on purpose (tests compare both with the seed).

Find shape: ``GET /api/Contact/Find`` answers with the full nested contact (``contactIndividuals[]``
with ``contactMethods``, an ``address`` object), not the flat import shape (docs/api-virtuous.md §6, docs
"find-a-contact-by-email-address-or-reference-source-and-id"). Key names beyond those are [U].
"""

from __future__ import annotations

from typing import Any

WRONG_TYPE_BLANK = "blank"
WRONG_TYPE_REJECT = "400"
WRONG_TYPE_MODES = (WRONG_TYPE_BLANK, WRONG_TYPE_REJECT)

_S, _I, _B = "string", "integer", "boolean"
CONTACT_TYPES: dict[str, str] = {
    "referenceId": _S, "contactType": _S, "name": _S, "title": _S, "firstName": _S, "middleName": _S,
    "lastName": _S, "suffix": _S, "emailType": _S, "email": _S, "phoneType": _S, "phone": _S, "address1": _S,
    "address2": _S, "city": _S, "state": _S, "postal": _S, "country": _S, "eventId": _I, "eventName": _S,
    "invited": _B, "rsvp": _B, "rsvpResponse": _B, "attended": _B, "tags": _S, "originSegmentCode": _S,
    "emailLists": "array<string>", "customFields": "object", "volunteerAttendances": "array<attendance>",
}
ATTENDANCE_TYPES: dict[str, str] = {
    "volunteerOpportunityId": _I, "volunteerOpportunityName": _S, "date": _S, "hours": _S,
}


def _fits(value: Any, kind: str) -> bool:
    if value is None:
        return True  # null binds to an empty field anywhere
    if kind == _S:
        return isinstance(value, str)
    if kind == _I:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == _B:
        return isinstance(value, bool)
    if kind == "array<string>":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "object":
        return isinstance(value, dict)
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def bind_contact(item: dict[str, Any], path: str) -> tuple[dict[str, Any], list[str], list[str]]:
    """(the item as bound, paths of wrongly typed values left empty, names of fields outside the seed)."""
    bound: dict[str, Any] = {}
    wrong: list[str] = []
    ignored: list[str] = []
    for key, value in item.items():
        kind = CONTACT_TYPES.get(key)
        if kind is None:
            if key != "referenceSource":  # a per-item source is tolerated, as the store reads it
                ignored.append(key)
                continue
            kind = _S
        if not _fits(value, kind):
            wrong.append(f"{path}.{key}")
            continue
        if key == "volunteerAttendances" and value:
            attendances = []
            for i, att in enumerate(value):
                one = {}
                for k, v in att.items():
                    sub = ATTENDANCE_TYPES.get(k)
                    if sub is None:
                        ignored.append(f"volunteerAttendances.{k}")
                    elif _fits(v, sub):
                        one[k] = v
                    else:
                        wrong.append(f"{path}.volunteerAttendances[{i}].{k}")
                attendances.append(one)
            value = attendances
        bound[key] = value
    return bound, wrong, ignored


def nested_contact(contact_id: int, fields: dict[str, Any], references: list[tuple[str, str]]) -> dict[str, Any]:
    """A stored contact as ``Contact/Find`` shows it (the full contact, not the import row)."""
    methods = []
    if fields.get("email"):
        methods.append({"id": contact_id * 10 + 1, "type": fields.get("emailType") or "Home Email",
                        "value": fields["email"], "isOptedIn": True, "isPrimary": True})
    if fields.get("phone"):
        methods.append({"id": contact_id * 10 + 2, "type": fields.get("phoneType") or "Home Phone",
                        "value": fields["phone"], "isOptedIn": True, "isPrimary": not methods})
    individual = {"id": contact_id * 10, "contactId": contact_id, "prefix": fields.get("title"),
                  "firstName": fields.get("firstName"), "middleName": fields.get("middleName"),
                  "lastName": fields.get("lastName"), "suffix": fields.get("suffix"), "isPrimary": True,
                  "contactMethods": methods}
    address = {k: fields.get(k) for k in ("address1", "address2", "city", "state", "postal", "country")}
    custom = fields.get("customFields") or {}
    return {
        "id": contact_id,
        "contactType": fields.get("contactType"),
        "name": fields.get("name"),
        "isPrivate": False,
        "contactIndividuals": [individual],
        "address": {**address, "isPrimary": True} if any(address.values()) else None,
        "tags": [t for t in (fields.get("tags") or "").split(";") if t],
        "contactReferences": [{"source": s, "id": r} for s, r in references],
        "customFields": [{"name": k, "value": v} for k, v in custom.items()],
    }
