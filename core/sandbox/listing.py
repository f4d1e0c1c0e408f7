"""The sandbox's two "list everyone" endpoints, in the shapes the real services answer with, and
a seeded crowd of people to list (enough for paging, and overlapping the practice guest list).

- HubSpot ``GET /crm/v3/objects/contacts?limit=&after=&properties=``: ``{"results": [SimplePublicObject],
  "paging": {"next": {"after": "…", "link": "…"}}}``, ``paging`` absent on the last page, at most 100
  per page (HubSpot's CollectionResponse schema; hubspot-api-ruby ``GetAllHelper`` MAX_PAGE_SIZE = 100).
- Virtuous ``POST /api/Contact/Query/FullContact?skip=&take=`` (``take`` ≤ 1,000): ``{"list": […],
  "total": n}`` with the nested contact (``address{}``, ``contactIndividuals[].contactMethods[]``) —
  docs/api-virtuous.md §4 and §6 (Find answers with the nested contact).
  Uncertain, kept here only: what Virtuous answers to ``take`` over 1,000 (here a 400) and the exact
  nested field names (here those of the taylorbrooks/virtuous gem's contact data, camel-cased).
"""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote

from core.sandbox.hubspot_store import HubSpotStore
from core.sandbox.store import VirtuousStore
from core.sandbox.wire import Request, Response, json_response

HUBSPOT_PAGE_MAX = 100
VIRTUOUS_TAKE_MAX = 1000
JSON_HS = "application/json;charset=utf-8"


def hubspot_list(store: HubSpotStore, request: Request) -> Response:
    q = request.query
    try:
        limit = int(q.get("limit", "10"))
    except ValueError:
        limit = -1
    if limit < 1:
        return json_response(400, {"status": "error", "message": f"limit must be a positive number, not "
                                   f"'{q.get('limit')}'", "category": "VALIDATION_ERROR"}, JSON_HS)
    limit = min(limit, HUBSPOT_PAGE_MAX)  # HubSpot caps the page rather than refusing [U]
    wanted = [p for p in q.get("properties", "").split(",") if p] or None
    contacts, after = store.page(q.get("after"), limit)
    body: dict[str, Any] = {"results": [c.public(properties=wanted) for c in contacts]}
    if after is not None:
        props = f"&properties={quote(q['properties'])}" if q.get("properties") else ""
        body["paging"] = {"next": {"after": after,
                                   "link": f"{request.path}?limit={limit}&after={after}{props}"}}
    return json_response(200, body, JSON_HS)


def _full_contact(flat: dict[str, Any]) -> dict[str, Any]:
    """A stored (flat, import-shaped) contact in the nested shape Query/FullContact returns."""
    methods = []
    if flat.get("email"):
        methods.append({"type": flat.get("emailType") or "Home Email", "value": flat["email"], "isPrimary": True})
    if flat.get("phone"):
        methods.append({"type": flat.get("phoneType") or "Home Phone", "value": flat["phone"], "isPrimary": True})
    individual = {"firstName": flat.get("firstName"), "middleName": flat.get("middleName"),
                  "lastName": flat.get("lastName"), "birthMonth": flat.get("birthMonth"),
                  "birthDay": flat.get("birthDay"), "birthYear": flat.get("birthYear"),
                  "isPrimary": True, "contactMethods": methods}
    address = {k: flat.get(k) for k in ("address1", "address2", "city", "state", "postal", "country")}
    return {"id": flat["id"], "contactType": flat.get("contactType"), "name": flat.get("name"),
            "referenceSource": flat.get("referenceSource"), "referenceId": flat.get("referenceId"),
            "address": address, "contactIndividuals": [individual]}


def virtuous_query(store: VirtuousStore, request: Request) -> Response:
    q = request.query
    try:
        skip, take = int(q.get("skip", "0")), int(q.get("take", "10"))
    except ValueError:
        return json_response(400, {"message": "skip and take must be whole numbers."})
    if skip < 0 or not 1 <= take <= VIRTUOUS_TAKE_MAX:
        return json_response(400, {"message": f"take must be between 1 and {VIRTUOUS_TAKE_MAX}."})
    flat, total = store.page(skip, take)
    return json_response(200, {"list": [_full_contact(c) for c in flat], "total": total})


# ----- a seeded crowd -----

_FIRST = ("Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Mia", "William", "Harper",
          "Benjamin", "Evelyn", "Lucas", "Abigail", "Henry", "Emily", "Alexander", "Ella", "Daniel", "Grace",
          "Matthew", "Chloe", "Samuel", "Lily", "David", "Zoe", "Joseph", "Nora", "Carter", "Hazel", "Owen")
_LAST = ("Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson",
         "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
         "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
         "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall")
_STREETS = ("Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Lake", "Hill", "Park", "Spring")


def crowd(n: int, seed: int = 1) -> list[dict[str, str]]:
    """``n`` made-up people (first, last, email, phone, address, city, zip): the same for a seed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        out.append({"firstname": first, "lastname": last, "email": f"{first}.{last}.{i}@example.org".lower(),
                    "phone": f"+1555{rng.randint(1000000, 9999999)}",
                    "address": f"{rng.randint(1, 999)} {rng.choice(_STREETS)} St", "city": "Springfield",
                    "zip": f"{rng.randint(10000, 99999)}"})
    return out


#: People the practice account "already has": guests of the practice spreadsheet from an earlier
#: event, as an earlier import left them (another phone format, a nickname, an old address), so
#: "Compare with the account" has something true to find in practice mode.
PAST_GUESTS = (
    {"firstname": "Aisha", "lastname": "Davis", "email": "aisha.davis@example.net", "phone": "+15035550102",
     "address": "3202 Oak Street", "city": "Seattle", "zip": "98139"},
    {"firstname": "Sam", "lastname": "Becker", "email": "", "phone": "+13605550109",
     "address": "3491 Hawthorne Blvd", "city": "Sacramento", "zip": "95837"},
    {"firstname": "Daniel", "lastname": "Kim", "email": "daniel.kim@example.com", "phone": "",
     "address": "12 Old Mill Rd", "city": "Portland", "zip": "97201"},
    {"firstname": "George", "lastname": "Lee", "email": "george.lee@example.org", "phone": "",
     "address": "3669 Hawthorne Blvd", "city": "Vancouver", "zip": "98615"},
)


def practice_people(n: int = 250) -> list[dict[str, str]]:
    """The practice account's people: a seeded crowd and the past guests."""
    return [*crowd(n), *PAST_GUESTS]


def seed_practice(server: Any, target: str) -> None:
    """The practice account's people, as the window's practice CRM and ``duplicates --sandbox`` hold
    them: seeded the same way into an empty store, so their contact ids are the same every time."""
    if target == "hubspot":
        seed_hubspot(server.hubspot_store, practice_people())
    else:
        seed_virtuous(server.virtuous_store, practice_people())


def seed_hubspot(store: HubSpotStore, people: list[dict[str, str]]) -> list[str]:
    """Create these people as contacts (properties named as HubSpot names them); returns their ids."""
    ids = []
    with store.transaction():
        for p in people:
            ids.append(store.create(store.allocate_id(), {k: v for k, v in p.items() if v}).id)
    return ids


def seed_virtuous(store: VirtuousStore, people: list[dict[str, str]]) -> None:
    """Import these people as if a past import had brought them in (Virtuous field names)."""
    names = {"firstname": "firstName", "lastname": "lastName", "email": "email", "phone": "phone",
             "address": "address1", "city": "city", "zip": "postal"}
    store.import_batch("Seed", [{"contactType": "Household", "referenceId": f"seed-{i}",
                                 **{names[k]: v for k, v in p.items() if v and k in names}}
                                for i, p in enumerate(people)])
