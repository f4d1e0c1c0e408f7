"""The sandbox HubSpot portal's contact property catalog, in one importable place.

``CONTACT_PROPERTIES`` is a plain list of dicts shaped like ``GET /crm/v3/properties/contacts``
results, so mapping code can use the same catalog the sandbox validates against. Standard
properties follow HubSpot's internal names; the last three are custom properties a nonprofit
portal might add. Real ``numemployees`` is an enumeration (uncertain detail, kept text here).
``date_of_birth`` is a single-line text property, as by default in HubSpot, and the lifecycle
stages are customised, as accounts may do since 2022 (docs/api-hubspot.md §8): "Evangelist" removed,
two stages added with the numeric internal names HubSpot gives custom stages ([U] the exact form).
The seeded account deliberately differs from the app's built-in list: custom
enumerations whose labels differ from their values, a datetime and a number property, and an
archived and a calculated custom property the Map step must not offer.
"""

from __future__ import annotations

from typing import Any

DEFAULT_READ_PROPERTIES = ("createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname")


def _options(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [
        {"label": label, "value": value, "displayOrder": order, "hidden": False}
        for order, (label, value) in enumerate(pairs)
    ]


def _prop(
    name: str,
    label: str,
    type_: str = "string",
    field_type: str = "text",
    group: str = "contactinformation",
    options: list[tuple[str, str]] | None = None,
    *,
    read_only: bool = False,
    hubspot_defined: bool = True,
    calculated: bool = False,
    archived: bool = False,
    description: str = "",
) -> dict[str, Any]:
    return {
        "name": name,
        "label": label,
        "type": type_,
        "fieldType": field_type,
        "description": description,
        "groupName": group,
        "options": _options(options or []),
        "displayOrder": -1,
        "calculated": calculated,
        "externalOptions": False,
        "hasUniqueValue": name in ("email", "hs_object_id"),
        "hidden": False,
        "hubspotDefined": hubspot_defined,
        "formField": not read_only,
        "archived": archived,
        "modificationMetadata": {
            "archivable": not hubspot_defined,
            "readOnlyDefinition": hubspot_defined,
            "readOnlyValue": read_only,
        },
        "createdAt": "2020-01-01T00:00:00.000Z",
        "updatedAt": "2020-01-01T00:00:00.000Z",
    }


# Customised (docs/api-hubspot.md §8): two default stages removed, two added; added stages get numeric ids.
LIFECYCLE_STAGES = [
    ("Subscriber", "subscriber"),
    ("Lead", "lead"),
    ("Prospect donor", "1071234"),
    ("Donor", "1071235"),
    ("Major donor", "1071236"),
    ("Customer", "customer"),
    ("Volunteer", "88776655"),
    ("Major donor", "88776656"),
    ("Other", "other"),
]

DONOR_TIERS = [
    ("Gold donor", "gold_donor"),
    ("Silver donor", "silver_donor"),
    ("Bronze donor", "bronze_donor"),
]

CONTACT_CHANNELS = [
    ("Email", "email"),
    ("Phone call", "phone_call"),
    ("Post", "post"),
]

LEAD_STATUSES = [
    ("New", "NEW"),
    ("Open", "OPEN"),
    ("In Progress", "IN_PROGRESS"),
    ("Open Deal", "OPEN_DEAL"),
    ("Unqualified", "UNQUALIFIED"),
    ("Attempted to Contact", "ATTEMPTED_TO_CONTACT"),
    ("Connected", "CONNECTED"),
    ("Bad Timing", "BAD_TIMING"),
]

VOLUNTEER_INTERESTS = [
    ("Events", "events"),
    ("Tutoring", "tutoring"),
    ("Fundraising", "fundraising"),
    ("Mentoring", "mentoring"),
    ("Office help", "office_help"),
]

CONTACT_PROPERTIES: list[dict[str, Any]] = [
    _prop("email", "Email"),
    _prop("firstname", "First Name"),
    _prop("lastname", "Last Name"),
    _prop("salutation", "Salutation"),
    _prop("phone", "Phone Number", field_type="phonenumber"),
    _prop("mobilephone", "Mobile Phone Number", field_type="phonenumber"),
    _prop("fax", "Fax Number", field_type="phonenumber"),
    _prop("address", "Street Address"),
    _prop("city", "City"),
    _prop("state", "State/Region"),
    _prop("zip", "Postal Code"),
    _prop("country", "Country/Region"),
    _prop("company", "Company Name"),
    _prop("jobtitle", "Job Title"),
    _prop("website", "Website URL"),
    _prop("industry", "Industry"),
    _prop("annualrevenue", "Annual Revenue", "number", "number"),
    _prop("numemployees", "Number of Employees"),
    _prop("message", "Message", field_type="textarea"),
    _prop("date_of_birth", "Date of birth"),
    _prop("lifecyclestage", "Lifecycle Stage", "enumeration", "radio", options=LIFECYCLE_STAGES),
    _prop("hs_lead_status", "Lead Status", "enumeration", "radio", "sales_properties", LEAD_STATUSES),
    # The owner's id; its options are the account's owners (GET /crm/v3/owners), so none are listed here.
    {**_prop("hubspot_owner_id", "Contact owner", "enumeration", "select", "sales_properties"),
     "externalOptions": True, "referencedObjectType": "OWNER"},
    _prop("hs_object_id", "Record ID", "number", "number", read_only=True),
    # Marketing contact status: set only by HubSpot's tools and imports (marketableContactImport), never by
    # the CRM objects API.
    _prop("hs_marketable_status", "Marketing contact status", "enumeration", "booleancheckbox",
          options=[("Marketing contact", "true"), ("Non-marketing contact", "false")], read_only=True),
    _prop("createdate", "Create Date", "datetime", "date", read_only=True),
    _prop("lastmodifieddate", "Last Modified Date", "datetime", "date", read_only=True, calculated=True),
    _prop(
        "volunteer_interests",
        "Volunteer interests",
        "enumeration",
        "checkbox",
        "nonprofit",
        VOLUNTEER_INTERESTS,
        hubspot_defined=False,
        description="Several values separated by ';'.",
    ),
    _prop("first_gift_date", "First gift date", "date", "date", "nonprofit", hubspot_defined=False),
    _prop(
        "is_board_member",
        "Board member",
        "bool",
        "booleancheckbox",
        "nonprofit",
        [("Yes", "true"), ("No", "false")],
        hubspot_defined=False,
    ),
    _prop("donor_tier", "Donor tier", "enumeration", "select", "nonprofit", DONOR_TIERS, hubspot_defined=False),
    _prop("preferred_channel", "Preferred contact channel", "enumeration", "radio", "nonprofit", CONTACT_CHANNELS,
          hubspot_defined=False),
    _prop("lifetime_giving", "Lifetime giving", "number", "number", "nonprofit", hubspot_defined=False,
          description="Total amount of all gifts from this donor"),
    _prop("last_event_attended", "Last event attended at", "datetime", "date", "nonprofit", hubspot_defined=False),
    _prop("legacy_segment", "Legacy segment", "string", "text", "nonprofit", hubspot_defined=False, archived=True),
    _prop("gift_count_rollup", "Gift count (calculated)", "number", "calculation_equation", "nonprofit",
          hubspot_defined=False, calculated=True),
]

PROPERTIES_BY_NAME: dict[str, dict[str, Any]] = {p["name"]: p for p in CONTACT_PROPERTIES}
