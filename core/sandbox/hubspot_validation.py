"""HubSpot property-value validation, producing the error entries HubSpot embeds in
"Property values were not valid: [...]" messages.

Codes and messages follow what public issue threads show (INVALID_EMAIL, INVALID_OPTION,
PROPERTY_DOESNT_EXIST, INVALID_INTEGER, INVALID_DATE "... not midnight!"); the rest
(READ_ONLY_VALUE, INVALID_BOOLEAN, the missing-name check) are plausible stand-ins, marked [U].
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import Any

from core.sandbox.hubspot_owners import owner_ids
from core.sandbox.hubspot_properties import PROPERTIES_BY_NAME

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z0-9-]{2,}$")
NUMBER_RE = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAY_MS = 86_400_000
NAME_PROPERTIES = ("email", "firstname", "lastname")


def property_error(name: str | None, code: str, message: str) -> dict[str, Any]:
    """One entry of the embedded list; ``name`` is sometimes absent in real responses."""
    entry: dict[str, Any] = {"isValid": False, "message": message, "error": code}
    if name is not None:
        entry["name"] = name
    return entry


def embedded_message(errors: list[dict[str, Any]]) -> str:
    """The message whose tail is a JSON array, parseable with ``json.loads(msg.split(": ", 1)[1])``."""
    return "Property values were not valid: " + json.dumps(errors, separators=(",", ":"))


def error_details(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The structured ``errors`` array that accompanies the embedded message."""
    details = []
    for entry in errors:
        detail: dict[str, Any] = {"message": entry["message"], "code": entry["error"]}
        if "name" in entry:
            detail["context"] = {"propertyName": [entry["name"]]}
        details.append(detail)
    return details


def _check_date(name: str, value: str) -> dict[str, Any] | None:
    if ISO_DATE_RE.match(value):
        try:
            date.fromisoformat(value)
            return None
        except ValueError:
            pass
    elif value.isdigit():
        ms = int(value)
        if ms % DAY_MS == 0:
            return None
        moment = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
        clock = moment.strftime("%H:%M:%S.") + f"{moment.microsecond // 1000:03d}"
        return property_error(name, "INVALID_DATE", f"{value} is at {clock} UTC, not midnight!")
    return property_error(name, "INVALID_DATE",  # [U]
                          f"{value} is not a valid date (use YYYY-MM-DD or epoch milliseconds at midnight UTC)")


def check_value(name: str, value: str, custom: Mapping[str, dict[str, Any]] | None = None) -> dict[str, Any] | None:
    """Validate one string value against the catalog (and the account's ``custom`` properties); ``None``
    when fine. "" always clears."""
    prop = PROPERTIES_BY_NAME.get(name) or (custom or {}).get(name)
    if prop is None or prop.get("archived"):
        return property_error(name, "PROPERTY_DOESNT_EXIST", f'Property "{name}" does not exist')
    if prop["modificationMetadata"]["readOnlyValue"] or prop.get("calculated"):
        return property_error(name, "READ_ONLY_VALUE",  # [U]
                              f"{name} is a read only property; its value cannot be set.")
    if value == "":
        return None
    kind = prop["type"]
    # Since 2025 HubSpot rejects leading/trailing spaces in non-string property values.
    if kind != "string" and value != value.strip():
        return property_error(name, "INVALID_PROPERTY_VALUE", f'"{value}" has leading or trailing whitespace')  # [U]
    if name == "email" and not EMAIL_RE.match(value):
        return property_error(name, "INVALID_EMAIL", f"Email address {value} is invalid")
    problem = _check_scalar(name, value, kind)
    if problem is not None or kind == "date":
        return problem
    if name == "hubspot_owner_id":
        if value not in owner_ids():  # [U] code and wording of HubSpot's answer for an unknown owner
            return property_error(name, "INVALID_OWNER_ID", f"{value} is not a valid owner id")
        return None
    if kind == "enumeration":
        return _check_options(name, value, prop)
    return None


def _check_scalar(name: str, value: str, kind: str) -> dict[str, Any] | None:
    """A number, date, date-time or yes/no value as HubSpot reads it."""
    if kind == "number" and not NUMBER_RE.match(value):
        return property_error(name, "INVALID_INTEGER", f"{value} was not a valid number.")
    if kind == "date":
        return _check_date(name, value)
    if kind == "datetime" and not value.isdigit():
        try:  # epoch ms or ISO 8601 (docs/api-hubspot.md §6)
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return property_error(name, "INVALID_DATETIME", f"{value} is not a valid datetime")  # [U] code
    if kind == "bool" and value.lower() not in ("true", "false"):
        return property_error(name, "INVALID_BOOLEAN", f"{value} was not a valid boolean; use true or false")  # [U]
    return None


def _check_options(name: str, value: str, prop: dict[str, Any]) -> dict[str, Any] | None:
    """A dropdown's value (a checkbox property's several, split on ";") among its options."""
    allowed = [o["value"] for o in prop["options"]]
    chosen = value.split(";") if prop["fieldType"] == "checkbox" else [value]
    for option in chosen:
        if option not in allowed:
            return property_error(
                name, "INVALID_OPTION", f"{option} was not one of the allowed options: [{', '.join(allowed)}]"
            )
    return None


def validate_properties(properties: dict[str, str], *, require_name: bool = True,
                        custom: Mapping[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """All problems with one input's properties, in property order."""
    errors = [e for name, value in properties.items() if (e := check_value(name, value, custom)) is not None]
    if require_name and not any(properties.get(n, "").strip() for n in NAME_PROPERTIES):
        # [U] real wording unknown; the entry deliberately has no "name", as some real ones lack it.
        errors.append(
            property_error(None, "REQUIRED_PROPERTY_MISSING",
                           "At least one of email, firstname or lastname is required")
        )
    return errors
