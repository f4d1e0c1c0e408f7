"""Whether a CRM address a person typed can be used, in one sentence (the command line and the window
share it, so a bad port is caught before any request, never as ``httpx.InvalidURL``).

The API key travels in every request's ``Authorization`` header, so an address must be ``https://``.
Plain ``http://`` is allowed only to this computer (``localhost``, ``127.0.0.0/8``, ``::1``): the
practice sandbox and a local proxy, where nothing crosses a network.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import SplitResult, urlsplit

from core.words import N_

SHAPE = "it must look like https://host[:port]"
#: Completes "--base-url …: " and the window's sentence; names what is allowed instead.
PLAIN_HTTP = ("plain http:// would send the API key unencrypted; use https:// (http:// is allowed only for "
              "this computer: localhost, 127.0.0.1 or ::1)")
#: The same, naming the address, where the window may show it (a client refused in the HTTP layer).
PLAIN_HTTP_AT = N_("{url}: plain http:// would send the API key unencrypted; use https:// (http:// is allowed only "
                   "for this computer: localhost, 127.0.0.1 or ::1)")


def is_loopback(host: str) -> bool:
    """``localhost`` (and names under it), 127.0.0.0/8 and ::1: addresses that never leave this computer."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _split(text: str) -> SplitResult | None:
    try:
        return urlsplit(text)
    except ValueError:  # "https://[::1" (an unclosed IPv6 bracket)
        return None


def insecure_address(url: str) -> bool:
    """True for ``http://`` to anywhere but this computer (the key would cross a network in clear)."""
    parts = _split(url.strip())
    if parts is None or parts.scheme.lower() != "http":
        return False
    try:
        host = parts.hostname or ""
    except ValueError:
        return True
    return not is_loopback(host)


def address_problem(url: str) -> str | None:
    """Why ``url`` is not an address like ``https://host[:port]``, or None when it is."""
    import httpx

    text = url.strip()
    parts = _split(text)
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        return SHAPE
    try:
        parsed = httpx.URL(text)
        port = parts.port  # ValueError for a port that is not a number or out of range
    except (httpx.InvalidURL, ValueError) as e:
        return f"{SHAPE} ({e})"
    if not parsed.host or port == 0:
        return SHAPE
    if insecure_address(text):
        return PLAIN_HTTP
    return None
