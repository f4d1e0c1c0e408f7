"""Virtuous configuration lists the importer checks against (docs/api-virtuous.md §4): custom fields,
tags, events and volunteer opportunities. Contact and contact-method types stay in virtuous_api.
"""

from __future__ import annotations

from core.sandbox import account_seed as seed
from collections.abc import Callable

from core.sandbox.wire import Request, Response, Route, json_response


def _list(items: list) -> Callable[[Request], Response]:
    return lambda request: json_response(200, seed.page(items, request.query))


def account_routes() -> list[Route]:
    return [
        Route("GET", "/api/Contact/CustomFields", lambda request: json_response(200, seed.VIRTUOUS_CUSTOM_FIELDS)),
        Route("GET", "/api/Tag", _list(seed.VIRTUOUS_TAGS)),
        Route("GET", "/api/Event", _list(seed.VIRTUOUS_EVENTS)),
        Route("GET", "/api/VolunteerOpportunity", _list(seed.VIRTUOUS_OPPORTUNITIES)),
    ]

