"""The payload models' rules over plain dicts make the models' own bytes and refuse what they refuse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from core.targets.model_dicts import plain_adapter
from core.targets.payloads import serialize
from core.targets.virtuous_models import VirtuousBatchRequest, VirtuousContact

REQUEST = plain_adapter(VirtuousBatchRequest)


def dict_bytes(data: dict) -> bytes:
    return REQUEST.dump_json(REQUEST.validate_python(data), indent=2, exclude_none=True)


def model_bytes(data: dict) -> bytes:
    return serialize(VirtuousBatchRequest.model_validate(data))


FULL = {
    "referenceId": "ci-1", "contactType": "Household", "name": "José Muñoz", "firstName": "José",
    "lastName": "Muñoz", "email": "jose@example.org", "phone": "+15035550100", "state": "OR",
    "eventId": 12, "attended": False, "rsvp": True, "tags": "gala;volunteer", "emailLists": ["News", "Gala"],
    "customFields": {"T-shirt": "L", "Diet": "vegan"},
    "volunteerAttendances": [{"volunteerOpportunityId": 3, "date": "2024-05-01", "hours": "2.5"}],
}


def test_every_kind_of_field_makes_the_models_bytes() -> None:
    data = {"referenceSource": "Contact Importer", "contacts": [FULL, {"referenceId": "ci-2", "lastName": "Lee"}]}
    assert dict_bytes(data) == model_bytes(data)
    assert b'"attended": false' in dict_bytes(data)  # False is sent, not dropped as empty


def test_fields_come_out_in_the_models_order_whatever_order_they_were_given() -> None:
    shuffled = dict(reversed(list(FULL.items())))
    data = {"contacts": [shuffled], "referenceSource": "s"}
    out = dict_bytes(data).decode()
    assert out.index('"referenceSource"') < out.index('"contacts"')
    assert out.index('"referenceId"') < out.index('"firstName"') < out.index('"volunteerAttendances"')
    assert dict_bytes(data) == model_bytes(data)


@pytest.mark.parametrize("contact", [
    {"referenceId": "ci-1", "eventId": "12"},  # strict: a number as text is a bug, never coerced
    {"referenceId": "ci-1", "attended": "yes"},
    {"referenceId": "ci-1", "tags": ["a", "b"]},  # one ';'-joined string
    {"referenceId": "ci-1", "nickname": "Bob"},  # not a seed field
    {"referenceId": "ci-1", "volunteerAttendances": [{"hours": 2.5}]},
    {"referenceId": "ci-1", "volunteerAttendances": [{"shift": "am"}]},
    {"firstName": "no reference id"},
])
def test_what_the_model_refuses_is_refused(contact: dict) -> None:
    data = {"referenceSource": "s", "contacts": [contact]}
    with pytest.raises(ValidationError):
        VirtuousBatchRequest.model_validate(data)
    with pytest.raises(ValidationError):
        REQUEST.validate_python(data)


text = st.text(max_size=12)
contacts = st.fixed_dictionaries(
    {"referenceId": text},
    optional={"firstName": text, "email": text, "eventId": st.integers(-10**12, 10**12), "attended": st.booleans(),
              "emailLists": st.lists(text, max_size=3), "customFields": st.dictionaries(text, text, max_size=3),
              "volunteerAttendances": st.lists(st.fixed_dictionaries({}, optional={"date": text, "hours": text}),
                                               max_size=2)})


@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(st.lists(contacts, max_size=4))
def test_any_valid_contacts_make_the_same_bytes(found: list[dict]) -> None:
    data = {"referenceSource": "Contact Importer", "contacts": found}
    assert dict_bytes(data) == model_bytes(data)


def test_a_model_the_dicts_could_not_state_is_refused() -> None:
    class Defaulted(BaseModel):
        model_config = ConfigDict(strict=True)
        kind: str = "Household"  # dumped when absent: a dict would leave it out

    class Checked(BaseModel):
        email: str | None = None

        @field_validator("email")
        @classmethod
        def lower(cls, v: str | None) -> str | None:
            return v.lower() if v else v

    for model in (Defaulted, Checked):
        with pytest.raises(TypeError):
            plain_adapter(model)
    assert plain_adapter(VirtuousContact).validate_python({"referenceId": "x"}) == {"referenceId": "x"}
