"""HubSpotClient over real HTTP against the sandbox: matching by trace id, 207 errors, embedded
validation JSON, conflicts, splitting whole-batch rejections, and lost answers on creates."""

from __future__ import annotations

import json
import random

import httpx
import pytest

from core.sandbox import FaultConfig, SandboxServer
from core.targets.client_base import Connection
from core.targets.hubspot_client import CONFIRMED_MESSAGE, RETRY_CREATED_MESSAGE, HubSpotClient
from core.targets.hubspot_models import CreateInput, CreateRequest, UpsertInput, UpsertRequest
from core.targets.hubspot_parsing import embedded_problems
from core.targets.outcomes import AuthError, ServiceUnavailable
from core.targets.payloads import OP_HS_CREATE, OP_HS_UPSERT, Batch, BatchItem, serialize, trace_id
from tests.core.sandbox_support import clean, sandbox_pool, seed_where

TOKEN = "tok-SECRET-hubsp0t-91ab"


@pytest.fixture
def sandboxes():
    with sandbox_pool(TOKEN) as make:
        yield make


def client_for(server: SandboxServer, token: str = TOKEN, **kw) -> HubSpotClient:
    kw.setdefault("max_retries", 3)
    return HubSpotClient(Connection("hubspot", server.base_url, token, timeout=5.0, **kw), backoff_base=0.01)


def create_batch(rows: list[dict[str, str]], *, traced: bool = True, first_row: int = 2) -> Batch:
    """Rows are property dicts; row numbers start at ``first_row``. ``traced=False`` leaves
    objectWriteTraceId out of the body (items keep their keys), which makes HubSpot reject whole batches."""
    keys = [trace_id(first_row + i) for i in range(len(rows))]
    if traced:
        body = serialize(CreateRequest(inputs=[CreateInput(properties=p, objectWriteTraceId=k)
                                               for p, k in zip(rows, keys, strict=True)]))
    else:
        body = json.dumps({"inputs": [{"properties": p} for p in rows]}, indent=2).encode()
    items = [BatchItem(first_row + i, k, p.get("email")) for i, (p, k) in enumerate(zip(rows, keys, strict=True))]
    return Batch(1, OP_HS_CREATE, items, body)


def upsert_batch(rows: list[dict[str, str]], first_row: int = 2) -> Batch:
    keys = [trace_id(first_row + i) for i in range(len(rows))]
    body = serialize(UpsertRequest(inputs=[UpsertInput(id=p["email"], properties=p, objectWriteTraceId=k)
                                           for p, k in zip(rows, keys, strict=True)]))
    items = [BatchItem(first_row + i, k, p["email"]) for i, (p, k) in enumerate(zip(rows, keys, strict=True))]
    return Batch(1, OP_HS_UPSERT, items, body)


def person(i: int, **extra: str) -> dict[str, str]:
    return {"email": f"person{i}@example.org", "firstname": f"P{i}", "lastname": "Test", **extra}


def stored(server: SandboxServer) -> dict[str, dict]:
    """email → stored contact."""
    return {c["properties"].get("email"): c for c in server.contacts()["hubspot"]}


# ----- success -----

def test_create_batch_is_created_once_with_ids_matched_by_trace_id(sandboxes):
    server = sandboxes(faults=FaultConfig(seed=3))  # seeded shuffle of the results
    rows = [person(i) for i in range(12)]
    with client_for(server) as client:
        assert client.test_connection() == "HubSpot: 36 contact properties"
        assert any(p["name"] == "lifecyclestage" for p in client.properties())
        out = client.send(create_batch(rows))
    contacts = stored(server)
    assert len(contacts) == 12 and all(c["sandbox"]["writeCount"] == 1 for c in contacts.values())
    assert [o.key for o in out] == [trace_id(i + 2) for i in range(12)]
    for o, row in zip(out, rows, strict=True):
        assert (o.status, o.crm_id) == ("created", contacts[row["email"]]["id"])


def test_upsert_reports_created_and_updated(sandboxes):
    server = sandboxes(faults=FaultConfig(seed=5))
    with client_for(server) as client:
        client.send(create_batch([person(0), person(1)]))
        out = client.send(upsert_batch([person(0, firstname="New0"), person(5), person(1, city="Paris")]))
    contacts = stored(server)
    assert [(o.status, o.crm_id) for o in out] == [
        ("updated", contacts["person0@example.org"]["id"]),
        ("created", contacts["person5@example.org"]["id"]),
        ("updated", contacts["person1@example.org"]["id"]),
    ]
    assert contacts["person0@example.org"]["properties"]["firstname"] == "New0"


# ----- 207 and per-row errors -----

def test_207_maps_shuffled_results_and_errors_to_their_rows(sandboxes):
    server = sandboxes(faults=FaultConfig(seed=11))
    rows = [person(i) for i in range(10)]
    rows[2]["email"] = "not-an-email"
    rows[5]["lifecyclestage"] = "champion"
    rows[7] = {"phone": "555"}  # no email, first or last name: an entry without "name"
    with client_for(server) as client:
        client.send(create_batch([person(9)], first_row=50))  # person9 already exists
        out = client.send(create_batch(rows))
    by_key = {o.key: o for o in out}
    contacts = stored(server)
    assert by_key["row-4"].code == "INVALID_EMAIL"
    assert by_key["row-4"].message == "email: Email address not-an-email is invalid"
    assert by_key["row-7"].status == "failed" and by_key["row-7"].code == "INVALID_OPTION"
    assert by_key["row-7"].message.startswith("lifecyclestage: champion was not one of the allowed options")
    assert (by_key["row-9"].code, by_key["row-9"].message) == (
        "REQUIRED_PROPERTY_MISSING", "At least one of email, firstname or lastname is required")
    existing = contacts["person9@example.org"]["id"]
    assert (by_key["row-11"].status, by_key["row-11"].crm_id, by_key["row-11"].message) == (
        "exists", existing, f"Already exists (ID {existing})")
    for i in (0, 1, 3, 4, 6, 8):
        o = by_key[trace_id(i + 2)]
        assert (o.status, o.crm_id) == ("created", contacts[rows[i]["email"]]["id"])
    assert len(contacts) == 7


def test_embedded_validation_json_gives_per_property_messages(sandboxes):
    server = sandboxes()
    rows = [{"email": "broken@", "annualrevenue": "lots", "lastname": "X"}]
    with client_for(server) as client:
        (out,) = client.send(create_batch(rows, traced=False))  # one untraced row: a plain 400
    assert (out.status, out.code) == ("failed", "INVALID_EMAIL")
    assert out.message == "email: Email address broken@ is invalid; annualrevenue: lots was not a valid number."
    assert server.stats()["statuses"] == {"400": 1}


def test_embedded_problems_parser_tolerates_missing_names_and_noise():
    msg = ('Property values were not valid: [{"isValid":false,"message":"x is bad","error":"INVALID_OPTION",'
           '"name":"a"},{"isValid":false,"message":"need one","error":"REQUIRED"}] and more')
    assert embedded_problems(msg) == [
        {"isValid": False, "message": "x is bad", "error": "INVALID_OPTION", "name": "a"},
        {"isValid": False, "message": "need one", "error": "REQUIRED"},
    ]
    assert embedded_problems("Property values were not valid: [oops") is None
    assert embedded_problems("something else") is None


def test_409_single_row_is_exists_with_the_existing_id(sandboxes):
    server = sandboxes()
    with client_for(server) as client:
        (first,) = client.send(create_batch([person(1)]))
        (again,) = client.send(create_batch([person(1, firstname="Dup")], traced=False))
    assert server.stats()["statuses"].get("409") == 1
    assert (again.status, again.crm_id, again.message) == \
        ("exists", first.crm_id, f"Already exists (ID {first.crm_id})")


def test_whole_batch_400_is_split_until_bad_rows_stand_alone(sandboxes):
    server = sandboxes(faults=FaultConfig(seed=2))
    rows = [person(i) for i in range(8)]
    rows[1]["email"] = "nope"
    rows[6]["first_gift_date"] = "1990-13-45"
    with client_for(server) as client:
        out = client.send(create_batch(rows, traced=False))
    by_key = {o.key: o for o in out}
    assert (by_key["row-3"].status, by_key["row-3"].code) == ("failed", "INVALID_EMAIL")
    assert (by_key["row-8"].status, by_key["row-8"].code) == ("failed", "INVALID_DATE")
    assert by_key["row-8"].message.startswith("first_gift_date: 1990-13-45")
    contacts = stored(server)
    assert len(contacts) == 6 and all(c["sandbox"]["writeCount"] == 1 for c in contacts.values())
    for i in (0, 2, 3, 4, 5, 7):  # untraced results are matched by email
        o = by_key[trace_id(i + 2)]
        assert (o.status, o.crm_id) == ("created", contacts[rows[i]["email"]]["id"])
    assert server.stats()["statuses"].get("201", 0) >= 2


def test_whole_batch_409_is_split_to_find_every_existing_contact(sandboxes):
    server = sandboxes()
    with client_for(server) as client:
        before = client.send(create_batch([person(2), person(5)], first_row=90))
        out = client.send(create_batch([person(i) for i in range(7)], traced=False))
    ids = {o.key: o.crm_id for o in before}
    by_key = {o.key: o for o in out}
    assert (by_key["row-4"].status, by_key["row-4"].crm_id) == ("exists", ids["row-90"])
    assert (by_key["row-7"].status, by_key["row-7"].crm_id) == ("exists", ids["row-91"])
    assert {by_key[trace_id(i + 2)].status for i in (0, 1, 3, 4, 6)} == {"created"}
    assert len(stored(server)) == 7


def test_over_100_inputs_is_split(sandboxes):
    server = sandboxes()
    rows = [person(i) for i in range(101)]
    small = create_batch(rows[:100])  # the model refuses 101 inputs; a hand-made body does not
    body = json.dumps({"inputs": [{"properties": p, "objectWriteTraceId": trace_id(i + 2)}
                                  for i, p in enumerate(rows)]}).encode()
    batch = Batch(1, OP_HS_CREATE, small.items + [BatchItem(102, trace_id(102), rows[100]["email"])], body)
    with client_for(server) as client:
        out = client.send(batch)
    assert server.stats()["statuses"]["400"] == 1
    assert {o.status for o in out} == {"created"} and len(stored(server)) == 101


def test_duplicate_upsert_ids_fail_those_rows_and_send_the_rest(sandboxes):
    server = sandboxes()
    rows = [person(0), person(1), person(0, firstname="Twin"), person(2)]
    with client_for(server) as client:
        out = client.send(upsert_batch(rows))
    assert [o.status for o in out] == ["failed", "created", "failed", "created"]
    assert out[0].message.startswith("Duplicate IDs found in batch input: [person0@example.org]")
    assert sorted(stored(server)) == ["person1@example.org", "person2@example.org"]


# ----- lost answers -----

def test_drop_after_on_create_is_reconciled_not_resent(sandboxes):
    seed = seed_where(lambda d: d.drop_after, clean, clean, p_drop_after=0.5)
    server = sandboxes(faults=FaultConfig(p_drop_after=0.5, seed=seed))
    rows = [person(0), person(1), {"firstname": "NoEmail"}]
    with client_for(server) as client:
        out = client.send(create_batch(rows))
    contacts = server.contacts()["hubspot"]
    assert len(contacts) == 3 and all(c["sandbox"]["writeCount"] == 1 for c in contacts)
    by_email = stored(server)
    assert [(o.status, o.crm_id, o.message) for o in out[:2]] == [
        ("created", by_email["person0@example.org"]["id"], CONFIRMED_MESSAGE),
        ("created", by_email["person1@example.org"]["id"], CONFIRMED_MESSAGE),
    ]
    # Never re-sent blindly; the message says what to look for in HubSpot.
    assert out[2].status == "unknown" and "no email" in out[2].message and "'NoEmail'" in out[2].message
    assert server.stats()["requests"]["POST /crm/v3/objects/contacts/batch/create"] == 1


def test_drop_before_on_create_resends_only_after_checking(sandboxes):
    seed = seed_where(lambda d: d.drop_before, clean, clean, clean, p_drop_before=0.5)
    server = sandboxes(faults=FaultConfig(p_drop_before=0.5, seed=seed))
    with client_for(server) as client:
        out = client.send(create_batch([person(0), person(1)]))
    contacts = stored(server)
    assert [(o.status, o.crm_id) for o in out] == [
        ("created", contacts["person0@example.org"]["id"]), ("created", contacts["person1@example.org"]["id"])]
    assert all(c["sandbox"]["writeCount"] == 1 for c in contacts.values())
    requests = server.stats()["requests"]
    assert requests["POST /crm/v3/objects/contacts/batch/read"] == 1
    assert requests["POST /crm/v3/objects/contacts/batch/create"] == 2


def test_drop_after_on_upsert_is_simply_retried(sandboxes):
    seed = seed_where(lambda d: d.drop_after, clean, p_drop_after=0.5)
    server = sandboxes(faults=FaultConfig(p_drop_after=0.5, seed=seed))
    with client_for(server) as client:
        out = client.send(upsert_batch([person(0)]))
    (contact,) = server.contacts()["hubspot"]
    # The second delivery says new=false, but the contact was created by the first, unanswered one:
    # this run created it, so it is not reported "updated".
    assert (out[0].status, out[0].crm_id, out[0].message) == ("created", contact["id"], RETRY_CREATED_MESSAGE)
    assert contact["sandbox"]["createCount"] == 1


def test_lost_answers_every_time_give_up(sandboxes):
    server = sandboxes(faults=FaultConfig(p_drop_before=1.0))
    with client_for(server, max_retries=2) as client:
        with pytest.raises(ServiceUnavailable):
            client.send(create_batch([person(0)]))
    assert server.contacts()["hubspot"] == []


def test_reconcile_after_a_crash(sandboxes):
    server = sandboxes()
    sent = create_batch([person(0), person(1)])
    later = create_batch([person(0), person(7), {"lastname": "NoEmail"}])
    with client_for(server) as client:
        client.send(sent)
        out = client.reconcile(later)
        store = server.hubspot_store
        with store.transaction():  # person1 was there a day before the upsert went
            store.find_by_email("person1@example.org").created_at -= 86_400  # type: ignore[union-attr]
        ups = client.reconcile(upsert_batch([person(0), person(1), person(8)]))
    contacts = stored(server)
    assert [(o.status, o.crm_id) for o in out] == [
        ("created", contacts["person0@example.org"]["id"]), ("not_sent", None), ("unknown", None)]
    # An upsert's lost try that created a contact: "created" (undo archives it); one there before, or
    # absent: sent again, which tells whether it was updated or created.
    assert [(o.status, o.crm_id) for o in ups] == [
        ("created", contacts["person0@example.org"]["id"]), ("not_sent", None), ("not_sent", None)]


def test_401_is_auth_error_without_the_token(sandboxes):
    server = sandboxes()
    with client_for(server, token="tok-WRONG-h-1111") as client:
        with pytest.raises(AuthError) as info:
            client.send(create_batch([person(0)]))
    assert "401" in str(info.value) and "tok-WRONG" not in str(info.value) and TOKEN not in str(info.value)


# ----- one odd response shape, parsed without a server -----

def test_odd_207_shapes_string_trace_ids_missing_traces_and_structured_errors():
    """A string (not list) objectWriteTraceId, a result with no trace id (matched by email), an error
    with only the structured ``errors`` list, and a row nobody mentions."""
    rows = [person(i) for i in range(4)]
    batch = create_batch(rows)
    answer = {
        "status": "COMPLETE",
        "results": [{"id": "77", "properties": {"email": "PERSON1@example.org"}}],
        "errors": [
            {"status": "error", "category": "VALIDATION_ERROR", "message": "bad",
             "context": {"objectWriteTraceId": "row-2"},
             "errors": [{"message": "is wrong", "code": "INVALID_THING", "context": {"propertyName": ["city"]}}]},
            {"status": "error", "category": "CONFLICT", "message": "Contact already exists. Existing ID: 42",
             "context": {"objectWriteTraceId": ["row-4"]}},
        ],
    }
    random.shuffle(answer["errors"])
    transport = httpx.MockTransport(lambda request: httpx.Response(207, json=answer))
    with HubSpotClient(Connection("hubspot", "https://api.invalid", TOKEN), transport=transport) as client:
        out = client.send(batch)
    assert [(o.status, o.crm_id, o.code) for o in out] == [
        ("failed", None, "INVALID_THING"), ("created", "77", None), ("exists", "42", None), ("unknown", None, None)]
    assert out[0].message == "city: is wrong"
