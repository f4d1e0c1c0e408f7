"""Virtuous configuration lists the importer checks against (docs/api-virtuous.md §4): custom fields,
tags, events, volunteer opportunities, email lists (``POST /api/EmailList/Search``) and segments by code
(``GET /api/Segment/Code/{segmentCode}``). Contact and contact-method types stay in virtuous_api.
"""

from __future__ import annotations

from collections.abc import Callable

from core.sandbox import account_seed as seed
from core.sandbox.wire import Request, Response, Route, json_response


def _list(items: list) -> Callable[[Request], Response]:
    return lambda request: json_response(200, seed.page(items, request.query))


def account_routes() -> list[Route]:
    return [
        Route("GET", "/api/Contact/CustomFields", lambda request: json_response(200, seed.VIRTUOUS_CUSTOM_FIELDS)),
        Route("GET", "/api/Tag", _list(seed.VIRTUOUS_TAGS)),
        Route("GET", "/api/Event", _list(seed.VIRTUOUS_EVENTS)),
        Route("GET", "/api/VolunteerOpportunity", _list(seed.VIRTUOUS_OPPORTUNITIES)),
        Route("POST", "/api/EmailList/Search", _email_lists),
        Route("GET", "/api/Segment/Code/{segmentCode}", _segment),
    ]


def _email_lists(request: Request) -> Response:
    """Email lists whose name contains ``search`` (all of them for an empty one), paged by skip/take [U]."""
    try:
        body = request.json()
    except ValueError:
        body = {}
    text = str((body or {}).get("search") or "").strip().lower() if isinstance(body, dict) else ""
    found = [x for x in seed.VIRTUOUS_EMAIL_LISTS if text in x["name"].lower()]
    return json_response(200, seed.page(found, request.query))


def _segment(request: Request) -> Response:
    code = request.params["segmentCode"].strip().lower()
    for s in seed.VIRTUOUS_SEGMENTS:
        if s["code"].lower() == code:
            return json_response(200, s)
    return json_response(404, {"message": "Segment not found"})  # [U] Virtuous's wording

