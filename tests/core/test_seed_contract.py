"""The two seed pages are the contract: read them, and fail when the payload models drift from them.

The field names and JSON types come from the captured reference pages in tests/data/seeds/ (their
sources in its README), not from a copy in this test, so a model that gains, loses or retypes a field
fails here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from core.mapping.automap import suggest_mapping
from core.mapping.catalog import catalog_for
from core.pipeline import check_table, make_batches
from core.targets.hubspot_models import MAX_BATCH, CreateInput, CreateRequest, UpsertInput, UpsertRequest
from core.targets.virtuous_models import VirtuousBatchRequest, VirtuousContact, VolunteerAttendance
from tests.core.tables import table

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
PLACEHOLDER_TYPES = {"<string>": str, "<integer>": int, "<boolean>": bool, "<object>": dict}


def virtuous_seed() -> dict[str, Any]:
    """The request body of the curl example (between ``--data '`` and the closing ``'``)."""
    text = (SEEDS / "virtuous-contact-batch.txt").read_text(encoding="utf-8")
    body = re.search(r"--data '\s*(\{.*?\})\s*'", text, re.S)
    assert body, "the Virtuous seed has no --data body"
    return json.loads(body.group(1))


def hubspot_seed() -> dict[str, Any]:
    """The Request Body block: Ruby-style ``=>`` hashes, turned into JSON."""
    text = (SEEDS / "hubspot-contacts-batch-create.txt").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith('{"inputs"=>'))
    return json.loads(line.replace("=>", ":"))


def json_type(value: Any) -> type:
    if isinstance(value, str):
        return PLACEHOLDER_TYPES[value]
    return {list: list, dict: dict}[type(value)]


def model_json_type(model: type[BaseModel], name: str) -> type:
    """The JSON type a model field serialises to (``X | None`` → X; lists and models by shape)."""
    annotation = model.model_fields[name].annotation
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    (inner,) = args
    origin = typing.get_origin(inner) or inner
    if isinstance(origin, type) and issubclass(origin, BaseModel):
        return dict
    return origin


def seed_fields(item: dict[str, Any]) -> dict[str, type]:
    return {k: json_type(v) for k, v in item.items()}


def test_virtuous_models_have_exactly_the_seed_fields_and_types():
    seed = virtuous_seed()
    assert set(VirtuousBatchRequest.model_fields) == set(seed)
    contacts = seed["contacts"]
    assert len(contacts) >= 1
    for contact in contacts:
        assert {k: model_json_type(VirtuousContact, k) for k in VirtuousContact.model_fields} == seed_fields(contact)
        for va in contact["volunteerAttendances"]:
            assert {k: model_json_type(VolunteerAttendance, k) for k in VolunteerAttendance.model_fields} == \
                seed_fields(va)
        assert [json_type(x) for x in contact["emailLists"]] == [str] * len(contact["emailLists"])
    inner = typing.get_args(VirtuousContact.model_fields["emailLists"].annotation)[0]
    assert typing.get_args(inner) == (str,)


def test_every_seed_field_can_be_mapped():
    """Each seed contact field (sub-fields of volunteerAttendances, customFields by name) is in the catalog."""
    keys = {f.key for f in catalog_for("virtuous").fields}
    contact = virtuous_seed()["contacts"][0]
    for name, value in contact.items():
        if name == "volunteerAttendances":
            assert {f"volunteerAttendances.{k}" for k in value[0]} <= keys
        elif name == "customFields":
            assert catalog_for("virtuous", {"Shirt size": "text"}).get("customFields.Shirt size") is not None
        else:
            assert name in keys, f"seed field {name} cannot be mapped"
    assert "invitationType" not in keys


EVENT_HEADERS = ["First", "Last", "Email", "Event ID", "Event name", "Invited", "RSVP", "RSVP response",
                 "Attended", "Tags", "Email lists", "Opportunity ID", "Opportunity", "Volunteer date", "Hours",
                 "Segment code", "Shirt size"]


def event_table():
    return table(EVENT_HEADERS,
                 ["Ann", "Lee", "ann@example.org", "12", "Gala", "x", "Y", "yes", "TRUE", "gala; vip",
                  "News; Events", "7", "Food bank", "5/21/2024", 2.5, "SPRING", "M"],
                 ["Bo", "Ray", "bo@example.org", 12, "Gala", "N", "no", "0", "1", None, None, None, None, None,
                  None, None, None])


def virtuous_event_mapping():
    m = suggest_mapping(EVENT_HEADERS, "virtuous")
    m.assign_column("Opportunity ID", "volunteerAttendances.volunteerOpportunityId")
    m.assign_column("Email lists", "emailLists")
    m.assign_column("Segment code", "originSegmentCode")
    m.assign_column("Shirt size", "customFields.Shirt size")
    return m


def walk_types(value: Any, seed: Any, path: str) -> None:
    """Every value of a built body has the JSON type the seed gives the same path."""
    if isinstance(seed, dict) and not isinstance(value, dict):
        raise AssertionError(f"{path}: {value!r} is not an object")
    if isinstance(seed, str):
        expected = PLACEHOLDER_TYPES[seed]
        assert type(value) is expected, f"{path}: {value!r} is {type(value).__name__}, the seed says {seed}"
        return
    if isinstance(seed, list):
        assert isinstance(value, list), path
        for i, v in enumerate(value):
            walk_types(v, seed[0], f"{path}[{i}]")
        return
    for k, v in value.items():
        assert k in seed, f"{path}.{k} is not in the seed's schema"
        walk_types(v, seed[k], f"{path}.{k}")


def test_virtuous_body_carries_the_seed_json_types():
    checked = check_table(event_table(), virtuous_event_mapping())
    assert [r.status for r in checked.rows] == ["ok", "ok"], [i.message for r in checked.rows for i in r.issues]
    [batch] = make_batches(checked)
    body = json.loads(batch.body)
    walk_types(body, virtuous_seed(), "body")
    ann, bo = body["contacts"]
    assert (ann["eventId"], ann["invited"], ann["rsvp"], ann["rsvpResponse"], ann["attended"]) == \
        (12, True, True, True, True)
    assert (bo["invited"], bo["rsvp"], bo["rsvpResponse"], bo["attended"]) == (False, False, False, True)
    assert ann["tags"] == "gala;vip"
    assert ann["emailLists"] == ["News", "Events"]
    assert ann["customFields"] == {"Shirt size": "M"}
    assert ann["originSegmentCode"] == "SPRING"
    assert ann["volunteerAttendances"] == [{"volunteerOpportunityId": 7, "volunteerOpportunityName": "Food bank",
                                            "date": "2024-05-21", "hours": "2.5"}]
    # Bo's row has nothing for a volunteer attendance: none is sent.
    assert "volunteerAttendances" not in bo


def test_an_unreadable_yes_no_costs_the_field_and_names_row_column_and_value():
    """Invited is optional: a value that is not yes/no is left out of that row, which is still sent."""
    t = event_table()
    t.records[1].values[EVENT_HEADERS.index("Invited")] = "maybe"
    checked = check_table(t, virtuous_event_mapping())
    [issue] = checked.rows[1].issues
    assert issue.severity == "warning"
    assert issue.message.startswith("Row 3, column 'Invited': 'maybe' is not yes/no")
    assert issue.message.endswith("sent without Invited")
    [batch] = make_batches(checked)
    assert batch.rows == [2, 3]
    assert "invited" not in json.loads(batch.body)["contacts"][1]


def test_strict_models_never_let_a_wrong_type_out():
    with pytest.raises(ValueError):
        VirtuousContact(referenceId="x", invited="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        VirtuousContact(referenceId="x", eventId="abc")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        VolunteerAttendance(hours=2.5)  # type: ignore[arg-type]


def test_hubspot_models_against_the_seed():
    seed = hubspot_seed()
    assert set(CreateRequest.model_fields) == set(seed)
    for item in seed["inputs"]:
        assert all(v == "<string>" for v in item["properties"].values())
        # Every key of the seed's input is in the model; objectWriteTraceId is documented beside it
        # (docs/api-hubspot.md §1) and this app always sends it.
        assert set(item) <= set(CreateInput.model_fields)
        for assoc in item["associations"]:
            assert set(assoc) == {"to", "types"} and set(assoc["to"]) == {"id"}
            for t in assoc["types"]:
                assert set(t) == {"associationCategory", "associationTypeId"}
    assert typing.get_args(CreateInput.model_fields["properties"].annotation) == (str, str)
    assert typing.get_args(UpsertInput.model_fields["properties"].annotation) == (str, str)
    assert CreateInput.model_fields["objectWriteTraceId"].is_required()
    assert UpsertInput.model_fields["objectWriteTraceId"].is_required()
    with pytest.raises(ValueError):
        CreateRequest(inputs=[CreateInput(properties={}, objectWriteTraceId=str(i)) for i in range(MAX_BATCH + 1)])
    with pytest.raises(ValueError):
        UpsertRequest(inputs=[UpsertInput(id=f"{i}@x.org", properties={}, objectWriteTraceId=str(i))
                              for i in range(MAX_BATCH + 1)])


@pytest.mark.parametrize("mode", ["create", "upsert"])
def test_hubspot_bodies_all_strings_trace_ids_at_most_100(mode):
    rows = [[f"p{i}@example.org" if i % 7 else None, f"First{i}", "Last", dt.date(1950, 1, 2), "Lead", 3 + i]
            for i in range(250)]
    t = table(["Email", "First Name", "Last Name", "Date of birth", "Lifecycle stage", "Annual revenue"], *rows)
    m = suggest_mapping(t.headers, "hubspot")
    m.assign_column("Annual revenue", "annualrevenue")
    checked = check_table(t, m)
    batches = make_batches(checked, mode=mode)
    assert sum(len(b.items) for b in batches) == 250
    for b in batches:
        inputs = json.loads(b.body)["inputs"]
        assert 1 <= len(inputs) <= 100
        for item in inputs:
            assert isinstance(item["objectWriteTraceId"], str) and item["objectWriteTraceId"]
            assert all(type(v) is str for v in item["properties"].values()), item
            assert item["properties"]["date_of_birth"] == "1950-01-02"  # ISO, also before 1970


def test_the_sandbox_binds_the_seed_types_too():
    """The sandbox's own type table (kept apart from the app's models) also matches the seed."""
    from core.sandbox.virtuous_shapes import ATTENDANCE_TYPES, CONTACT_TYPES

    words = {str: "string", int: "integer", bool: "boolean", dict: "object"}
    contact = virtuous_seed()["contacts"][0]
    expected = {k: words.get(json_type(v), "") for k, v in contact.items()}
    expected["emailLists"], expected["volunteerAttendances"] = "array<string>", "array<attendance>"
    assert CONTACT_TYPES == expected
    assert ATTENDANCE_TYPES == {k: words[json_type(v)] for k, v in contact["volunteerAttendances"][0].items()}
