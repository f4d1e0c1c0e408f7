"""The sandbox account's own configuration beyond contact properties, in one place.

Deliberately unlike the app's built-in lists, so tests prove the app reads the account instead of
assuming: custom Virtuous contact types and custom fields, tags, events (two with one name, to be
ambiguous), volunteer opportunities; HubSpot companies with domains (two sharing a name) and
labelled contact→company association types. Shapes: docs/api-virtuous.md §4 and docs/api-hubspot.md §6;
where the exact field names of a Virtuous list are not documented the line says [U].
"""

from __future__ import annotations

from typing import Any

# Base types are Household/Organization/Foundation; custom types derive from them (docs/api-virtuous.md §1).
VIRTUOUS_CONTACT_TYPES: list[dict[str, Any]] = [
    {"id": 1, "name": "Household"},
    {"id": 2, "name": "Organization"},
    {"id": 3, "name": "Foundation"},
    {"id": 4, "name": "Church"},
    {"id": 5, "name": "School"},
]

# name, displayName, dataType, options (docs/api-virtuous.md §1 "customFields"); dataType words are [U].
VIRTUOUS_CUSTOM_FIELDS: list[dict[str, Any]] = [
    {"name": "Donor_Level", "displayName": "Donor level", "dataType": "Dropdown",
     "options": ["Gold", "Silver", "Bronze"]},
    {"name": "First_Gift_Date", "displayName": "First gift date", "dataType": "Date", "options": []},
    {"name": "Shirt_Size", "displayName": "T-shirt size", "dataType": "Text", "options": []},
    {"name": "Newsletter_Opt_In", "displayName": "Newsletter opt-in", "dataType": "Boolean", "options": []},
]

VIRTUOUS_TAGS: list[dict[str, Any]] = [  # [U] field name "tagName"
    {"id": 11, "tagName": "Volunteer"},
    {"id": 12, "tagName": "Gala 2026"},
    {"id": 13, "tagName": "Major Donor"},
    {"id": 14, "tagName": "Newsletter"},
]

VIRTUOUS_EVENTS: list[dict[str, Any]] = [
    {"id": 301, "name": "Spring Gala 2026"},
    {"id": 302, "name": "Volunteer Breakfast"},
    {"id": 303, "name": "Volunteer Breakfast"},
    {"id": 304, "name": "Autumn Walk"},
]

VIRTUOUS_OPPORTUNITIES: list[dict[str, Any]] = [
    {"id": 401, "name": "Food pantry shift"},
    {"id": 402, "name": "Tutoring"},
]

# Companies: (name, domain). "Northside Partners" twice on purpose: a name that matches two companies.
HUBSPOT_COMPANIES: list[tuple[str, str]] = [
    ("Acme Foundation", "acme.org"),
    ("Riverside Church", "riversidechurch.org"),
    ("Hope Clinic", "hopeclinic.org"),
    ("Northside Partners", "northside.com"),
    ("Northside Partners", "northside-partners.org"),
]

# GET /crm/associations/v4/contacts/companies/labels: 279 unlabelled contact→company, 1 primary
# (docs/api-hubspot.md §6), and two labels the organisation made itself. The unlabelled type has no
# ``label`` (optional in the published AssociationSpecWithLabel; only category and typeId are required).
HUBSPOT_COMPANY_LABELS: list[dict[str, Any]] = [
    {"category": "HUBSPOT_DEFINED", "typeId": 279},
    {"category": "HUBSPOT_DEFINED", "typeId": 1, "label": "Primary"},
    {"category": "USER_DEFINED", "typeId": 41, "label": "Employer"},
    {"category": "USER_DEFINED", "typeId": 43, "label": "Board member"},
]


def page(items: list[Any], query: dict[str, str]) -> dict[str, Any]:
    """``{"list": [...], "total": n}`` with ``skip``/``take`` from the query, as Virtuous pages lists."""
    try:
        skip = max(0, int(query.get("skip", "0")))
        take = max(1, min(1000, int(query.get("take", "100"))))
    except ValueError:
        skip, take = 0, 100
    return {"list": items[skip:skip + take], "total": len(items)}


# GET /crm/v3/owners: the account's users who can own records (id, email, first and last name, user id).
# Two share a last name and one is archived (a former colleague), so a name or an old email is not
# mistaken for a current owner.
HUBSPOT_OWNERS: list[tuple[str, str, str, str, int, bool]] = [
    ("51234001", "maria.lopez@example.org", "María", "López", 7700001, False),
    ("51234002", "sam.okafor@example.org", "Sam", "Okafor", 7700002, False),
    ("51234003", "jo.okafor@example.org", "Jo", "Okafor", 7700003, False),
    ("51234004", "lee.former@example.org", "Lee", "Former", 7700004, True),
]


# GET /communication-preferences/v4/definitions: the account's email subscription types (id, name,
# description); the last one is internal (HubSpot's own), which the app does not offer.
HUBSPOT_SUBSCRIPTIONS: list[tuple[str, str, str, bool]] = [
    ("1001", "Newsletter", "Our monthly newsletter", False),
    ("1002", "Event invitations", "Galas, runs and open days", False),
    ("1003", "One to One", "Emails from a person in our office", True),
]


# POST /api/EmailList/Search (Virtuous: email lists by name) and GET /api/Segment/Code/{code} (segments).
VIRTUOUS_EMAIL_LISTS: list[dict[str, Any]] = [  # [U] field names beyond id and name
    {"id": 31, "name": "Monthly newsletter"},
    {"id": 32, "name": "Volunteer updates"},
    {"id": 33, "name": "Gala 2026 guests"},
]
VIRTUOUS_SEGMENTS: list[dict[str, Any]] = [  # [U] field names beyond id, code and name
    {"id": 51, "code": "GALA26", "name": "Gala 2026 appeal"},
    {"id": 52, "code": "SPRING-MAIL", "name": "Spring mailing"},
]
