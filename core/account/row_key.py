"""Creating the app's row-key property in a HubSpot account, with the person's consent, and telling
whether an account has it. What the key is and the published contract it relies on:
``core.targets.row_key``."""

from __future__ import annotations

import json
from typing import Any

from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import AuthError
from core.targets.row_key import ROW_KEY_DEFINITION, ROW_KEY_PROPERTY, has_row_key
from core.words import N_

PROPERTIES_PATH = "/crm/v3/properties/contacts"
ROW_KEY_REFUSED = N_("HubSpot did not let the app create its row-key property ({detail}); rows without an email "
                     "are sent without it, and one whose answer is lost stays 'Unknown' for you to check")


class RowKeyRefused(Exception):
    """The account does not allow the row key (no schema scope, no room for another unique property).
    ``detail``: HubSpot's reason alone, for a caller that says the consequence in its own words."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


def account_has_row_key(account: Any) -> bool:
    """Whether an account's saved configuration (``AccountConfig``) lists the row key: then every run to
    it sets the key, and the preview shows it, without asking again."""
    return any(getattr(p, "name", None) == ROW_KEY_PROPERTY for p in getattr(account, "properties", None) or [])


def ensure_row_key(connection: Connection, *, create: bool) -> bool:
    """True when the account holds the row key (created now when ``create``, the person's consent);
    False when it does not and ``create`` is False. Raises ``RowKeyRefused`` with one sentence when
    HubSpot refuses to create it."""
    http = HttpSession(connection)
    try:
        found = http.send_with_retries("GET", f"{PROPERTIES_PATH}/{ROW_KEY_PROPERTY}").response
        data = response_json(found)
        if found.is_success and isinstance(data, dict):
            if has_row_key([data]):
                return True
            detail = N_("a property of that name exists without unique values")
            raise RowKeyRefused(ROW_KEY_REFUSED.format(detail=detail), detail)
        if not create:
            return False
        try:
            made = http.send_with_retries("POST", PROPERTIES_PATH, content=json.dumps(ROW_KEY_DEFINITION).encode(),
                                          headers={"Content-Type": "application/json"}).response
        except AuthError as e:  # 403: the key lacks crm.schemas.contacts.write
            raise RowKeyRefused(ROW_KEY_REFUSED.format(detail=str(e)), str(e)) from None
        if made.is_success or made.status_code == 409:  # 409: made meanwhile by someone else
            return True
        _code, text = describe_error(made, connection.token)
        detail = f"HTTP {made.status_code}: {text}"
        raise RowKeyRefused(ROW_KEY_REFUSED.format(detail=detail), detail)
    finally:
        http.close()
