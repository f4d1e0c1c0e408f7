"""Whether a CRM address a person typed can be used, in one sentence (the command line and the window
share it, so a bad port is caught before any request, never as ``httpx.InvalidURL``)."""

from __future__ import annotations

from urllib.parse import urlsplit


def address_problem(url: str) -> str | None:
    """Why ``url`` is not an address like ``https://host[:port]``, or None when it is."""
    import httpx

    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        return "it must look like https://host[:port]"
    try:
        parsed = httpx.URL(text)
        port = parts.port  # ValueError for a port that is not a number or out of range
    except (httpx.InvalidURL, ValueError) as e:
        return f"it must look like https://host[:port] ({e})"
    if not parsed.host or port == 0:
        return "it must look like https://host[:port]"
    return None
