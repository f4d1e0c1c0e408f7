"""The Virtuous ``POST /api/Contact/Batch`` request, as pydantic models (see docs/api-virtuous.md)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class VolunteerAttendance(BaseModel):
    """One volunteering record. The seed types ``date`` and ``hours`` as strings; the date format is
    undocumented, we send ISO YYYY-MM-DD (uncertain), hours as the number written out ("2.5")."""

    model_config = ConfigDict(extra="forbid", strict=True)
    volunteerOpportunityId: int | None = None
    volunteerOpportunityName: str | None = None
    date: str | None = None
    hours: str | None = None


class VirtuousContact(BaseModel):
    """One contact of a Contact/Batch import; Virtuous matches it on referenceId and email.

    Exactly the seed's fields with the seed's JSON types (``tests/data/seeds/virtuous-contact-batch.txt``;
    tests/core/test_seed_contract.py reads the seed and fails if this drifts). ``strict`` so a
    wrongly typed value is a bug here, never a silently coerced value on the wire.
    """

    model_config = ConfigDict(extra="forbid", strict=True)
    referenceId: str
    contactType: str | None = None
    name: str | None = None
    title: str | None = None
    firstName: str | None = None
    middleName: str | None = None
    lastName: str | None = None
    suffix: str | None = None
    emailType: str | None = None
    email: str | None = None
    phoneType: str | None = None
    phone: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    postal: str | None = None
    country: str | None = None
    eventId: int | None = None
    eventName: str | None = None
    invited: bool | None = None
    rsvp: bool | None = None
    rsvpResponse: bool | None = None
    attended: bool | None = None
    tags: str | None = None  # one string, ';'-separated (Virtuous's own n8n node)
    originSegmentCode: str | None = None
    emailLists: list[str] | None = None
    customFields: dict[str, str] | None = None  # the spec types every custom value as a string
    volunteerAttendances: list[VolunteerAttendance] | None = None


class VirtuousBatchRequest(BaseModel):
    """The whole request body: one referenceSource for the batch, a referenceId per contact."""

    model_config = ConfigDict(extra="forbid", strict=True)
    referenceSource: str
    contacts: list[VirtuousContact]
