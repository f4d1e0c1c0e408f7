"""Plain request/response values shared by the sandbox's API modules and its HTTP server.

The API modules work on these instead of on ``BaseHTTPRequestHandler`` so that the
CRM behaviour (what a call stores and answers) stays separate from socket handling
(keep-alive, dropped connections, delays), and each side can be read on its own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

Clock = Callable[[], float]

JSON_UTF8 = "application/json; charset=utf-8"


@dataclass
class Request:
    """One parsed HTTP request; ``params`` holds the named groups of the matched route."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    received_at: float
    params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        """Decode the body; raises ``ValueError`` for an empty or malformed one."""
        if not self.body.strip():
            raise ValueError("empty body")
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Response:
    """What the server writes back; ``headers`` never needs Content-Length (added on send)."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def json_response(status: int, payload: Any, content_type: str = JSON_UTF8) -> Response:
    """Serialise compactly, the way both real services do."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(status, body, content_type)


def text_response(status: int, text: str, content_type: str = "text/plain; charset=utf-8") -> Response:
    return Response(status, text.encode("utf-8"), content_type)


def iso_ms(epoch_seconds: float) -> str:
    """HubSpot-style timestamp, e.g. ``2024-05-01T12:00:00.123Z``."""
    moment = datetime.fromtimestamp(epoch_seconds, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def correlation_id() -> str:
    """Random on purpose: correlation ids need not be reproducible, and drawing them from the
    seeded generator would shift every later fault decision."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Route:
    """One endpoint: ``template`` uses ``{name}`` for a path segment, e.g. ``/api/Contact/{id}``."""

    method: str
    template: str
    handler: Callable[[Request], Response]
    writes: bool = False  # stores something: the "-after" faults (store, then lose the answer) apply


def gateway_page(status: int) -> Response:
    """502/503 come from a proxy in front of the API, as HTML, so clients must not assume JSON."""
    reason = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
              524: "A timeout occurred"}.get(status, "Error")
    html = f"<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1></body></html>"
    return Response(status, html.encode("utf-8"), "text/html; charset=utf-8")
