"""The row key: how a HubSpot contact without an email is found again after a lost answer.

HubSpot finds a contact by email; a row without one could not be looked up after a kill or a lost
answer, so it was left "Unknown" (never re-sent blindly: it might be there already). With the person's
consent the app creates, once per account, a contact property whose values HubSpot keeps unique, and
sets it on every contact it creates. Then a re-send of the same row conflicts instead of doubling, and
the row is read back by that value after a kill.

What the code relies on (HubSpot's published contract, in our words):

- A custom property is created by ``POST /crm/v3/properties/contacts`` with ``name``, ``label``, ``type``,
  ``fieldType``, ``groupName`` and ``hasUniqueValue: true``; it needs the ``crm.schemas.contacts.write``
  scope (HubSpot/HubSpot-public-api-spec-collection, PublicApiSpecs/CRM/Properties/Rollouts/145899/v3/
  properties.json, ``PropertyCreate``; a name already taken answers 409).
- Contact properties may be unique since September 2023: only a *new* property can be made unique,
  and a contact object has at most 10 unique properties
  (developers.hubspot.com/changelog/unique-properties-for-contacts).
- ``POST /crm/v3/objects/contacts/batch/read`` "Retrieve a batch of contacts by ID (``contactId``) or
  unique property value (``idProperty``)" (HubSpot-public-api-spec-collection, PublicApiSpecs/CRM/
  Contacts/Rollouts/424/v3/contacts.json; and developers.hubspot.com/changelog/updating-objects-by-
  custom-field-and-adding-owner-properties-via-the-api: "define your own Unique ID properties by
  creating properties with the field of hasUniqueValue set to true").
- [U] the exact wording HubSpot uses when a create repeats a unique value; the sandbox answers it as a
  CONFLICT naming the existing id, as for a repeated email.

The value is the row's derived identity (``reference_ids``: email and name, else name and phone, else
name and address, else every value salted with the file), so it is the same in the preview, the
journaled body and every re-send, and a different person never receives it. Creating the property
(with consent) and telling whether an account has it: ``core.account.row_key``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.targets.reference_ids import reference_ids
from core.validation.issues import CheckedRow

ROW_KEY_PROPERTY = "contact_importer_row_key"
ROW_KEY_DEFINITION: dict[str, Any] = {
    "name": ROW_KEY_PROPERTY,
    "label": "Contact Importer row key",
    "type": "string",
    "fieldType": "text",
    "groupName": "contactinformation",
    "hasUniqueValue": True,
    "description": "Set by Contact Importer on the contacts it creates, so an import whose answer was lost "
                   "finds them again instead of creating them twice.",
}
#: HubSpot's property names → the identity names ``reference_ids`` reads.
_IDENTITY_NAMES = {"firstname": "firstName", "lastname": "lastName", "email": "email", "phone": "phone",
                   "address": "address1", "zip": "postal"}


def row_keys(rows: Iterable[CheckedRow], source_name: str) -> list[str]:
    """One key per row, in order (see the module's last paragraph)."""
    identities = []
    for c in rows:
        values = {_IDENTITY_NAMES.get(k, k): v for k, v in c.values.items() if not k.startswith("associations.")}
        if not values.get("phone") and c.values.get("mobilephone"):
            values["phone"] = c.values["mobilephone"]
        identities.append(values)
    return reference_ids(identities, source_name)


def has_row_key(properties: Iterable[dict[str, Any]]) -> bool:
    """Whether the account's contact properties include the row key, unique."""
    return any(p.get("name") == ROW_KEY_PROPERTY and p.get("hasUniqueValue") is True and not p.get("archived")
               for p in properties)
