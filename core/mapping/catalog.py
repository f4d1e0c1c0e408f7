"""What each CRM can receive: the fields a column may be mapped to, grouped the way a person thinks.

The catalog drives auto-mapping (synonyms), checking (each field's kind) and the field picker.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from core.words import N_

TARGETS = ("virtuous", "hubspot")
TARGET_LABELS = {"virtuous": "Virtuous", "hubspot": "HubSpot"}

#: Picker groups, in the order a person scans them.
GROUPS = tuple(N_(g) for g in (
    "Name",
    "Email",
    "Phone",
    "Address",
    "Organization",
    "Event",
    "Volunteering",
    "Tags & lists",
    "Custom fields",
    "Other",
))

#: Pseudo-field: a full-name column split into first/middle/last/suffix by the name-split transform.
FULL_NAME = "fullName"
CUSTOM_PREFIX = {"virtuous": "customFields.", "hubspot": ""}


class Kind(str, Enum):
    """How a value is checked and normalised."""

    TEXT = "text"
    EMAIL = "email"
    PHONE = "phone"
    DATE = "date"
    BOOL = "bool"
    INT = "int"
    NUMBER = "number"
    LIST = "list"
    STATE = "state"
    ENUM = "enum"
    FULL_NAME = "full_name"
    DATETIME = "datetime"  # HubSpot datetime properties: sent as ISO 8601
    MULTI = "multi"  # HubSpot multiple checkboxes: several options, sent as "a;b"


@dataclass(frozen=True, slots=True)
class FieldDef:
    """A target field; ``key`` is the payload name (dotted for nested Virtuous objects)."""

    key: str
    label: str
    group: str
    kind: Kind = Kind.TEXT
    synonyms: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    is_constant_friendly: bool = False  # offered as "same value for every row"
    custom: bool = False
    #: The account decides (customised lifecycle stages, a text date_of_birth): a value that does not
    #: fit ``kind``/``options`` is a warning and goes as typed; never rejected locally.
    lenient: bool = False
    #: (label, internal value) pairs from the account; a label typed in a cell goes out as its value.
    choices: tuple[tuple[str, str], ...] = ()
    #: The account's description of the property, if any: searched by the Map step's field picker.
    description: str = ""


def _f(key: str, label: str, group: str, kind: Kind = Kind.TEXT, *syn: str, options: tuple[str, ...] = (),
       const: bool = False, lenient: bool = False) -> FieldDef:
    # The label and group are words a person reads: marked here (.ci/i18n.py reads them from the _f calls).
    return FieldDef(key, N_(label), N_(group), kind, tuple(syn), options, const, lenient=lenient)


_NAME_SYNONYMS = {
    "first": ("first name", "firstname", "first", "given name", "forename", "fname", "first nm"),
    "middle": ("middle name", "middle", "middle initial", "mi", "additional name"),
    "last": ("last name", "lastname", "last", "surname", "family name", "lname", "last nm"),
    "suffix": ("suffix", "name suffix", "jr sr"),
    "title": ("title", "prefix", "name prefix", "name title", "salutation", "honorific", "mr mrs"),
    "full": ("full name", "name", "contact name", "guest name", "donor name", "volunteer name", "attendee name"),
}
_EMAIL = ("email", "e-mail", "email address", "e-mail address", "mail", "email addr", "primary email")
_PHONE = ("phone", "phone number", "telephone", "tel", "phone #", "home phone", "contact number")
_MOBILE = ("mobile", "mobile phone", "mobile #", "cell", "cell phone", "mobile number", "cell #")
_ADDR1 = ("address", "address 1", "address1", "street", "street 1", "street line 1", "street address", "address line 1",
          "mailing address")
_ADDR2 = ("address 2", "address2", "address line 2", "street 2", "street line 2", "street address 2", "apt", "suite",
          "unit")
_CITY = ("city", "town", "locality")
_STATE = ("state", "st", "province", "region", "state/province", "state code", "province code")
_ZIP = ("zip", "zip code", "zipcode", "postal", "postal code", "postcode", "post code")
_COUNTRY = ("country", "nation", "country code")

# Defaults only: real accounts configure their own types (GET /api/Contact/Types, GET /api/ContactMethod/Types).
VIRTUOUS_CONTACT_TYPES = ("Household", "Organization", "Foundation")
VIRTUOUS_EMAIL_TYPES = ("Home", "Work", "Other")  # checking completes them: "Home" → "Home Email"
VIRTUOUS_PHONE_TYPES = ("Home", "Mobile", "Work", "Other")  # … and "Mobile" → "Mobile Phone"

VIRTUOUS_FIELDS: tuple[FieldDef, ...] = (
    _f("referenceId", "Reference ID (your own ID for the contact)", "Other", Kind.TEXT,
       "id", "reference id", "contact id", "donor id", "record id", "external id", "constituent id"),
    _f("contactType", "Contact type", "Name", Kind.TEXT, "contact type", "type", "record type", const=True),
    _f("name", "Contact name (household / organization)", "Name", Kind.TEXT,
       "household name", "household", "addressee"),
    _f(FULL_NAME, "Full name (split into first/middle/last)", "Name", Kind.FULL_NAME, *_NAME_SYNONYMS["full"]),
    _f("title", "Title (Mr., Dr.)", "Name", Kind.TEXT, *_NAME_SYNONYMS["title"]),
    _f("firstName", "First name", "Name", Kind.TEXT, *_NAME_SYNONYMS["first"]),
    _f("middleName", "Middle name", "Name", Kind.TEXT, *_NAME_SYNONYMS["middle"]),
    _f("lastName", "Last name", "Name", Kind.TEXT, *_NAME_SYNONYMS["last"]),
    _f("suffix", "Suffix (Jr., III)", "Name", Kind.TEXT, *_NAME_SYNONYMS["suffix"]),
    _f("emailType", "Email type", "Email", Kind.TEXT, "email type", const=True),
    _f("email", "Email", "Email", Kind.EMAIL, *_EMAIL),
    _f("phoneType", "Phone type", "Phone", Kind.TEXT, "phone type", const=True),
    _f("phone", "Phone", "Phone", Kind.PHONE, *_PHONE, *_MOBILE),
    _f("address1", "Address line 1", "Address", Kind.TEXT, *_ADDR1),
    _f("address2", "Address line 2", "Address", Kind.TEXT, *_ADDR2),
    _f("city", "City", "Address", Kind.TEXT, *_CITY),
    _f("state", "State", "Address", Kind.STATE, *_STATE),
    _f("postal", "Postal code", "Address", Kind.TEXT, *_ZIP),
    _f("country", "Country", "Address", Kind.TEXT, *_COUNTRY),
    _f("eventId", "Event ID", "Event", Kind.INT, "event id", "event number", const=True),
    _f("eventName", "Event name", "Event", Kind.TEXT, "event", "event name", "gala", const=True),
    _f("invited", "Invited", "Event", Kind.BOOL, "invited", "was invited", "invite sent", "invitation sent",
       const=True),
    _f("rsvp", "RSVP'd", "Event", Kind.BOOL, "rsvp", "rsvped", "responded"),
    _f("rsvpResponse", "RSVP response (yes/no)", "Event", Kind.BOOL, "rsvp response", "response", "attending"),
    _f("attended", "Attended", "Event", Kind.BOOL, "attended", "checked in", "present", "showed up"),
    _f("volunteerAttendances.volunteerOpportunityId", "Volunteer opportunity ID", "Volunteering", Kind.INT,
       "opportunity id", "volunteer opportunity id", const=True),
    _f("volunteerAttendances.volunteerOpportunityName", "Volunteer opportunity", "Volunteering", Kind.TEXT,
       "opportunity", "volunteer opportunity", "shift", "role", const=True),
    _f("volunteerAttendances.date", "Volunteer date", "Volunteering", Kind.DATE,
       "volunteer date", "shift date", "date volunteered"),
    _f("volunteerAttendances.hours", "Volunteer hours", "Volunteering", Kind.NUMBER,
       "hours", "volunteer hours", "hours worked", "hrs"),
    _f("tags", "Tags", "Tags & lists", Kind.LIST, "tags", "tag", "labels", "categories", const=True),
    _f("emailLists", "Email lists", "Tags & lists", Kind.LIST, "email lists", "lists", "newsletter", "mailing lists",
       const=True),
    _f("originSegmentCode", "Origin segment code", "Tags & lists", Kind.TEXT,
       "segment", "segment code", "source code", "appeal code", const=True),
)

# HubSpot's default stages only: accounts rename, add and remove stages (docs/api-hubspot.md §8), so these
# turn a label into its internal name and anything else goes as typed for the account to judge.
HUBSPOT_LIFECYCLE = ("subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity",
                     "customer", "evangelist", "other")

HUBSPOT_FIELDS: tuple[FieldDef, ...] = (
    _f(FULL_NAME, "Full name (split into first/last)", "Name", Kind.FULL_NAME, *_NAME_SYNONYMS["full"]),
    _f("salutation", "Salutation", "Name", Kind.TEXT, *_NAME_SYNONYMS["title"]),
    _f("firstname", "First name", "Name", Kind.TEXT, *_NAME_SYNONYMS["first"]),
    _f("lastname", "Last name", "Name", Kind.TEXT, *_NAME_SYNONYMS["last"]),
    _f("email", "Email", "Email", Kind.EMAIL, *_EMAIL),
    _f("phone", "Phone number", "Phone", Kind.PHONE, *_PHONE),
    _f("mobilephone", "Mobile phone number", "Phone", Kind.PHONE, *_MOBILE),
    _f("fax", "Fax number", "Phone", Kind.PHONE, "fax", "fax number"),
    _f("address", "Street address", "Address", Kind.TEXT, *_ADDR1),
    _f("city", "City", "Address", Kind.TEXT, *_CITY),
    _f("state", "State/Region", "Address", Kind.STATE, *_STATE),
    _f("zip", "Postal code", "Address", Kind.TEXT, *_ZIP),
    _f("country", "Country/Region", "Address", Kind.TEXT, *_COUNTRY),
    _f("company", "Company name", "Organization", Kind.TEXT,
       "company", "organization", "organisation", "employer", "business", "company name"),
    _f("jobtitle", "Job title", "Organization", Kind.TEXT, "job title", "position", "role", "occupation"),
    _f("website", "Website URL", "Organization", Kind.TEXT, "website", "web site", "url", "homepage"),
    _f("industry", "Industry", "Organization", Kind.TEXT, "industry", "sector"),
    _f("associations.company", "Associated company ID", "Organization", Kind.INT,
       "company id", "hubspot company id", "organization id"),
    _f("lifecyclestage", "Lifecycle stage", "Other", Kind.ENUM, "lifecycle stage", "lifecycle", "stage",
       options=HUBSPOT_LIFECYCLE, const=True, lenient=True),
    _f("hs_lead_status", "Lead status", "Other", Kind.ENUM, "lead status", const=True,
       options=("NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL", "UNQUALIFIED", "ATTEMPTED_TO_CONTACT", "CONNECTED",
                "BAD_TIMING"), lenient=True),
    # A single-line text property by default (docs/api-hubspot.md §8): a readable date goes as YYYY-MM-DD,
    # anything else as typed.
    _f("date_of_birth", "Date of birth", "Other", Kind.DATE, "date of birth", "dob", "birthday", "birth date",
       lenient=True),
    # Not "notes": a contact's notes are not the message a form sent (a person maps them on purpose).
    replace(_f("message", "Message", "Other", Kind.TEXT, "message"), description="notes comments note"),
)



@dataclass
class Catalog:
    """The fields of one target, plus any custom fields a mapping declares."""

    target: str
    fields: list[FieldDef] = field(default_factory=list)
    #: When the catalog was built from an account's own configuration: that copy's date (else None,
    #: the built-in list) — fields it lacks are then errors, not guesses.
    as_of: str | None = None

    def get(self, key: str) -> FieldDef | None:
        for f in self.fields:
            if f.key == key:
                return f
        return None

    def groups(self) -> dict[str, list[FieldDef]]:
        out: dict[str, list[FieldDef]] = {g: [] for g in GROUPS}
        for f in self.fields:
            out.setdefault(f.group, []).append(f)
        return {g: fs for g, fs in out.items() if fs}

    def with_custom(self, name: str, kind: Kind = Kind.TEXT) -> FieldDef:
        """Add (or find) a custom field by its CRM-side name."""
        key = custom_key(self.target, name)
        existing = self.get(key)
        if existing:
            return existing
        fd = FieldDef(key, N_("{name} (custom)").format(name=name), N_("Custom fields"), kind, (name.lower(),),
                      custom=True)
        self.fields.append(fd)
        return fd


def custom_key(target: str, name: str) -> str:
    return CUSTOM_PREFIX[target] + name


def catalog_for(target: str, custom: dict[str, Kind] | None = None) -> Catalog:
    """A fresh catalog for ``target`` with the mapping's custom fields added."""
    if target not in TARGETS:
        raise ValueError(f"Unknown target '{target}': choose one of {', '.join(TARGETS)}")
    base = VIRTUOUS_FIELDS if target == "virtuous" else HUBSPOT_FIELDS
    cat = Catalog(target, list(base))
    for name, kind in (custom or {}).items():
        cat.with_custom(name, kind)
    return cat


def required_fields(target: str) -> tuple[tuple[str, ...], ...]:
    """Each inner tuple: at least one of these must have a value for the row to be sent."""
    if target == "virtuous":
        return (("contactType",), ("name", "firstName", "lastName", FULL_NAME))
    return (("email", "firstname", "lastname", FULL_NAME),)
