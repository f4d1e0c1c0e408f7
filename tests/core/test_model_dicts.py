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


# -- HubSpot's create request: constraints and defaulted keys ------------------------------------
from core.targets.hubspot_models import (  # noqa: E402
    Association,
    AssociationTarget,
    AssociationType,
    CreateInput,
    CreateRequest,
)
from core.targets.payloads import _create_body  # noqa: E402
from core.validation.issues import CheckedRow  # noqa: E402

CREATE = plain_adapter(CreateRequest, defaults_required=True)


def _model_create_body(rows: list[CheckedRow], links: dict, keys: dict | None = None) -> bytes:
    """The body as it was made before: a model object per contact."""
    from core.targets.payloads import ROW_KEY_PROPERTY, hubspot_properties, trace_id

    inputs = []
    for c in rows:
        props, company = hubspot_properties(c)
        if keys:
            props[ROW_KEY_PROPERTY] = keys[c.row]
        link = links.get(c.row)
        if link is not None:
            kind = AssociationType(associationCategory=link[1], associationTypeId=link[2])
            assoc = [Association(to=AssociationTarget(id=link[0]), types=[kind])]
        else:
            assoc = [Association(to=AssociationTarget(id=company))] if company else []
        inputs.append(CreateInput(properties=props, objectWriteTraceId=trace_id(c.row), associations=assoc))
    return serialize(CreateRequest(inputs=inputs))


ROWS = [
    CheckedRow(2, {"email": "a@example.org", "firstname": "José", "associations.company": "123",
                   "subscription.9": "yes"}),
    CheckedRow(3, {"email": "b@example.org", "tags": ["a", "b"], "flag": True}),
    CheckedRow(4, {"lastname": "Lee \u2028\"q\"", "associations.domain": "example.org"}),
]


@pytest.mark.parametrize("keys", [None, {2: "k2", 3: "k3", 4: "k4"}])
def test_hubspot_create_bodies_are_the_models_bytes(keys: dict | None) -> None:
    links = {3: ("77", "USER_DEFINED", 5)}
    body = _create_body(ROWS, links, keys)
    assert body == _model_create_body(ROWS, links, keys)
    assert b'"associationTypeId": 279' in body and b'"associations": []' in body


@pytest.mark.parametrize("link", [("77", "USER_DEFINED", 0), ("", "USER_DEFINED", 5), ("7", "NOPE", 5),
                                  ("7", "USER_DEFINED", "5")])
def test_hubspot_constraints_refuse_what_the_model_refuses(link: tuple) -> None:
    for make in (_create_body, _model_create_body):
        with pytest.raises(ValidationError):
            make(ROWS, {3: link})


def test_hubspot_batch_limit_and_defaulted_keys_are_held() -> None:
    with pytest.raises(ValidationError):  # max_length=100
        _create_body(ROWS * 34, {})
    with pytest.raises(ValidationError):  # the model would fill in associations: the dict must say it
        CREATE.validate_python({"inputs": [{"properties": {}, "objectWriteTraceId": "row-2"}]})
    with pytest.raises(TypeError):  # without the flag a defaulted field is still refused
        plain_adapter(CreateRequest)
