"""Finding the CRM token without ever taking it from a command line (shell history, ``ps``).

Order: the ``CONTACT_IMPORTER_TOKEN`` environment variable (scripts, CI), then the OS keyring. A
machine without a usable keyring backend is normal (servers, some Linux desktops); every keyring
call is wrapped so that case reads as "no token" instead of a traceback.
"""

from __future__ import annotations

import logging
import os

ENV_TOKEN = "CONTACT_IMPORTER_TOKEN"
KEYRING_SERVICE = "contact-importer"

log = logging.getLogger(__name__)


def _keyring_get(account: str) -> str | None:
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, account)
    except Exception as e:  # no backend, locked backend, D-Bus trouble, …: all mean "not found"
        log.debug("keyring lookup failed: %s", e.__class__.__name__)
        return None
    return value or None


def get_token(name: str | None = None, base_url: str | None = None) -> str | None:
    """The token for a connection, looked up by its name first and then by its base URL."""
    env = os.environ.get(ENV_TOKEN, "").strip()
    if env:
        return env
    for account in (name, base_url):
        if account:
            found = _keyring_get(account)
            if found:
                return found
    return None


def store_token(name: str, token: str) -> bool:
    """Keep a token in the OS keyring; False means no backend, so the caller keeps it for the session only."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, name, token)
    except Exception as e:
        log.debug("keyring store failed: %s", e.__class__.__name__)
        return False
    return True


def delete_token(name: str) -> bool:
    """Forget a stored token; False when there was none or no backend (nothing left to do either way)."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, name)
    except Exception as e:
        log.debug("keyring delete failed: %s", e.__class__.__name__)
        return False
    return True


def how_to_set_token(base_url: str) -> str:
    """One line telling a person how to provide the token, for the 'no token' error."""
    return (f"no token for {base_url}: set the {ENV_TOKEN} environment variable, "
            f"or save it in the system keyring (service '{KEYRING_SERVICE}', user '{base_url}')")
