"""The sandbox's HubSpot API over real HTTP: batch create/upsert/read/archive, validation,
207 vs whole-batch failures, shuffled results, properties, rate limits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from core.sandbox import CONTACT_PROPERTIES, FaultConfig, SandboxServer
from tests.core.sandbox_support import FakeClock

CREATE = "/crm/v3/objects/contacts/batch/create"
UPSERT = "/crm/v3/objects/contacts/batch/upsert"
READ = "/crm/v3/objects/contacts/batch/read"
ARCHIVE = "/crm/v3/objects/contacts/batch/archive"
RATE_HEADERS = (
    "X-HubSpot-RateLimit-Max",
    "X-HubSpot-RateLimit-Remaining",
    "X-HubSpot-RateLimit-Interval-Milliseconds",
    "X-HubSpot-RateLimit-Daily",
    "X-HubSpot-RateLimit-Daily-Remaining",
)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(faults=None) as server:
        yield server


def make_client(sandbox: SandboxServer) -> httpx.Client:
    return httpx.Client(base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token}"}, timeout=5)


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with make_client(sandbox) as c:
        yield c


def inputs(*props: dict, traced: bool = True) -> dict:
    return {
        "inputs": [
            {"properties": p, **({"objectWriteTraceId": f"row-{i}"} if traced else {})} for i, p in enumerate(props)
        ]
    }


def stored(sandbox: SandboxServer) -> list[dict]:
    return [c for c in sandbox.contacts()["hubspot"] if not c["archived"]]


def embedded(message: str) -> list[dict]:
    return json.loads(message.split(": ", 1)[1])


def test_bad_token_gets_json_401(sandbox: SandboxServer) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}):
        r = httpx.post(sandbox.base_url + CREATE, json=inputs({"email": "a@b.org"}), headers=headers)
        assert r.status_code == 401
        body = r.json()
        assert body["category"] == "INVALID_AUTHENTICATION" and body["status"] == "error"
        assert body["message"].startswith("Authentication credentials not found")
        assert all(h in r.headers for h in RATE_HEADERS)
    assert stored(sandbox) == []


def test_create_answers_201_with_full_results(client: httpx.Client, sandbox: SandboxServer) -> None:
    r = client.post(CREATE, json=inputs({"email": "ann@example.org", "firstname": "Ann"}, {"lastname": "Bo"}))
    assert r.status_code == 201
    body = r.json()
    assert body["status"] == "COMPLETE" and "errors" not in body
    assert {"requestedAt", "startedAt", "completedAt"} <= body.keys()
    by_trace = {res["objectWriteTraceId"]: res for res in body["results"]}
    ann = by_trace["row-0"]
    assert isinstance(ann["id"], str) and ann["archived"] is False
    assert ann["properties"]["hs_object_id"] == ann["id"]
    assert {"createdate", "lastmodifieddate"} <= ann["properties"].keys()
    assert ann["properties"]["firstname"] == "Ann"
    assert len(stored(sandbox)) == 2


def test_create_with_trace_ids_gives_207_with_per_row_errors(client: httpx.Client, sandbox: SandboxServer) -> None:
    client.post(CREATE, json=inputs({"email": "taken@example.org"}))
    existing_id = stored(sandbox)[0]["id"]
    r = client.post(
        CREATE,
        json=inputs(
            {"email": "good@example.org"},
            {"email": "bad@"},
            {"email": "TAKEN@example.org"},
            {"email": "twice@example.org"},
            {"email": "Twice@example.org"},
        ),
    )
    assert r.status_code == 207
    body = r.json()
    assert body["numErrors"] == 3
    assert sorted(res["objectWriteTraceId"] for res in body["results"]) == ["row-0", "row-3"]
    errors = {e["context"]["objectWriteTraceId"][0]: e for e in body["errors"]}
    assert errors["row-1"]["category"] == "VALIDATION_ERROR"
    assert embedded(errors["row-1"]["message"]) == [
        {"isValid": False, "message": "Email address bad@ is invalid", "error": "INVALID_EMAIL", "name": "email"}
    ]
    assert errors["row-2"]["category"] == "CONFLICT"
    assert errors["row-2"]["message"] == f"Contact already exists. Existing ID: {existing_id}"
    twice_id = next(res["id"] for res in body["results"] if res["objectWriteTraceId"] == "row-3")
    assert errors["row-4"]["message"] == f"Contact already exists. Existing ID: {twice_id}"
    assert len(stored(sandbox)) == 3


def test_without_trace_ids_one_bad_input_fails_whole_batch_400(client: httpx.Client, sandbox: SandboxServer) -> None:
    r = client.post(
        CREATE,
        json=inputs({"email": "fine@example.org"}, {"email": "bad@", "lifecyclestage": "vip"}, traced=False),
    )
    assert r.status_code == 400
    body = r.json()
    assert body["category"] == "VALIDATION_ERROR" and body["correlationId"]
    assert body["message"].startswith("Property values were not valid: [")
    details = embedded(body["message"])
    assert {d["error"] for d in details} == {"INVALID_EMAIL", "INVALID_OPTION"}
    option = next(d for d in details if d["error"] == "INVALID_OPTION")
    assert option["name"] == "lifecyclestage"
    assert option["message"].startswith("vip was not one of the allowed options: [subscriber, lead,")
    assert stored(sandbox) == []


def test_without_trace_ids_conflict_is_409_first_only_nothing_stored(client: httpx.Client,
                                                                     sandbox: SandboxServer) -> None:
    client.post(CREATE, json=inputs({"email": "one@example.org"}, {"email": "two@example.org"}))
    ids = {c["properties"]["email"]: c["id"] for c in stored(sandbox)}
    r = client.post(
        CREATE,
        json=inputs({"email": "new@example.org"}, {"email": "one@example.org"}, {"email": "two@example.org"},
                    traced=False),
    )
    assert r.status_code == 409
    body = r.json()
    assert body == {
        "status": "error",
        "message": f"Contact already exists. Existing ID: {ids['one@example.org']}",
        "correlationId": body["correlationId"],
        "category": "CONFLICT",
    }
    assert len(stored(sandbox)) == 2


def test_some_trace_ids_missing_counts_as_untraced(client: httpx.Client, sandbox: SandboxServer) -> None:
    payload = inputs({"email": "ok@example.org"}, {"email": "bad@"})
    del payload["inputs"][0]["objectWriteTraceId"]
    assert client.post(CREATE, json=payload).status_code == 400
    assert stored(sandbox) == []


@pytest.mark.parametrize("path", [CREATE, UPSERT, READ, ARCHIVE])
def test_more_than_100_inputs_is_rejected(client: httpx.Client, sandbox: SandboxServer, path: str) -> None:
    items = [{"id": f"p{i}@example.org", "idProperty": "email", "properties": {"email": f"p{i}@example.org"}}
             for i in range(101)]
    r = client.post(path, json={"inputs": items})
    assert r.status_code == 400
    body = r.json()
    assert body["category"] == "VALIDATION_ERROR"
    assert body["message"].startswith("The maximum number of inputs supported in a batch is 100.")
    assert stored(sandbox) == []


@pytest.mark.parametrize("value", [42, None, True, ["a"]])
def test_non_string_property_value_is_400(client: httpx.Client, value: object) -> None:
    r = client.post(CREATE, json=inputs({"email": "n@example.org", "annualrevenue": value}))
    assert r.status_code == 400 and r.json()["category"] == "VALIDATION_ERROR"


@pytest.mark.parametrize(
    ("props", "code"),
    [
        ({"email": "a@example.org", "favourite_colour": "blue"}, "PROPERTY_DOESNT_EXIST"),
        ({"email": "a@example.org", "annualrevenue": "lots"}, "INVALID_INTEGER"),
        ({"email": "a@example.org", "annualrevenue": " 12"}, "INVALID_PROPERTY_VALUE"),
        ({"email": "a@example.org", "first_gift_date": "1990-02-30"}, "INVALID_DATE"),
        ({"email": "a@example.org", "first_gift_date": "1700000000123"}, "INVALID_DATE"),
        ({"email": "a@example.org", "is_board_member": "yes"}, "INVALID_BOOLEAN"),
        ({"email": "a@example.org", "volunteer_interests": "events;juggling"}, "INVALID_OPTION"),
        ({"email": "a@example.org", "hs_lead_status": "new"}, "INVALID_OPTION"),
        ({"email": "a@example.org", "hs_object_id": "5"}, "READ_ONLY_VALUE"),
        ({"phone": "555"}, "REQUIRED_PROPERTY_MISSING"),
    ],
)
def test_property_validation_errors(client: httpx.Client, props: dict, code: str) -> None:
    r = client.post(CREATE, json=inputs(props))
    assert r.status_code == 207
    [error] = r.json()["errors"]
    assert [d["error"] for d in embedded(error["message"])] == [code]


def test_valid_typed_values_are_accepted(client: httpx.Client) -> None:
    props = {
        "email": "typed@example.org",
        "annualrevenue": "1250.50",
        "date_of_birth": "1990-02-28",
        "first_gift_date": str(1_700_006_400_000),  # midnight UTC
        "is_board_member": "true",
        "volunteer_interests": "events;tutoring",
        "lifecyclestage": "subscriber",
        "message": "",
    }
    assert client.post(CREATE, json=inputs(props)).status_code == 201


def test_results_are_shuffled_reproducibly_by_seed() -> None:
    orders = []
    for _ in range(2):
        with SandboxServer(faults=FaultConfig(seed=1234)) as sb, make_client(sb) as c:
            body = c.post(CREATE, json=inputs(*({"email": f"s{i}@example.org"} for i in range(30)))).json()
            orders.append([res["objectWriteTraceId"] for res in body["results"]])
    assert orders[0] == orders[1]
    assert orders[0] != [f"row-{i}" for i in range(30)]
    assert sorted(orders[0]) == sorted(f"row-{i}" for i in range(30))


def test_upsert_creates_then_updates(client: httpx.Client, sandbox: SandboxServer) -> None:
    def upsert(email: str, **props: str) -> httpx.Response:
        item = {"id": email, "idProperty": "email", "properties": props, "objectWriteTraceId": email}
        return client.post(UPSERT, json={"inputs": [item]})

    first = upsert("u@example.org", firstname="Una", city="Oslo")
    assert first.status_code == 200
    [res] = first.json()["results"]
    assert res["new"] is True and res["properties"]["email"] == "u@example.org"
    second = upsert("U@Example.org", firstname="Ula")
    [res2] = second.json()["results"]
    assert res2["new"] is False and res2["id"] == res["id"]
    [contact] = stored(sandbox)
    assert contact["properties"]["firstname"] == "Ula" and contact["properties"]["city"] == "Oslo"
    assert contact["sandbox"] == {"createCount": 1, "updateCount": 1, "writeCount": 2}


def test_upsert_per_input_errors_give_207(client: httpx.Client, sandbox: SandboxServer) -> None:
    items = [
        {"id": "ok@example.org", "idProperty": "email", "properties": {}, "objectWriteTraceId": "1"},
        {"id": "not-an-email", "idProperty": "email", "properties": {}, "objectWriteTraceId": "2"},
        {"id": "x@example.org", "idProperty": "email", "properties": {"lifecyclestage": "x"},
         "objectWriteTraceId": "3"},
    ]
    r = client.post(UPSERT, json={"inputs": items})
    assert r.status_code == 207
    body = r.json()
    assert [res["objectWriteTraceId"] for res in body["results"]] == ["1"]
    assert sorted(e["context"]["objectWriteTraceId"][0] for e in body["errors"]) == ["2", "3"]
    assert len(stored(sandbox)) == 1


def test_upsert_duplicate_ids_reject_whole_request(client: httpx.Client, sandbox: SandboxServer) -> None:
    items = [
        {"id": "dup@example.org", "idProperty": "email", "properties": {"firstname": "A"}},
        {"id": "other@example.org", "idProperty": "email", "properties": {}},
        {"id": "DUP@example.org", "idProperty": "email", "properties": {"firstname": "B"}},
    ]
    r = client.post(UPSERT, json={"inputs": items})
    assert r.status_code == 400
    body = r.json()
    assert body["message"] == \
        "Duplicate IDs found in batch input: [DUP@example.org, dup@example.org]. IDs must be unique"
    assert body["context"]["ids"] == ["DUP@example.org", "dup@example.org"]
    assert stored(sandbox) == []


def test_batch_read_by_email_reports_missing(client: httpx.Client) -> None:
    client.post(CREATE, json=inputs({"email": "r@example.org", "firstname": "Rae", "city": "Rome"}))
    r = client.post(
        READ,
        json={"idProperty": "email", "properties": ["firstname"],
              "inputs": [{"id": "R@example.org"}, {"id": "gone@example.org"}]},
    )
    assert r.status_code == 207
    body = r.json()
    [res] = body["results"]
    assert res["properties"]["firstname"] == "Rae" and "city" not in res["properties"]
    [error] = body["errors"]
    assert error["category"] == "OBJECT_NOT_FOUND" and error["context"]["ids"] == ["gone@example.org"]
    ok = client.post(READ, json={"inputs": [{"id": res["id"]}]})
    assert ok.status_code == 200 and ok.json()["results"][0]["properties"]["email"] == "r@example.org"


def test_archive_then_email_is_free_again(client: httpx.Client, sandbox: SandboxServer) -> None:
    created = client.post(CREATE, json=inputs({"email": "arc@example.org"})).json()["results"][0]
    r = client.post(ARCHIVE, json={"inputs": [{"id": created["id"]}, {"id": "123"}]})
    assert r.status_code == 204 and r.content == b""
    assert stored(sandbox) == []
    assert client.get(f"/crm/v3/objects/contacts/{created['id']}").status_code == 404
    assert client.post(CREATE, json=inputs({"email": "arc@example.org"})).status_code == 201


def test_get_single_contact_by_email(client: httpx.Client) -> None:
    client.post(CREATE, json=inputs({"email": "one@example.org", "firstname": "O"}))
    r = client.get("/crm/v3/objects/contacts/one@example.org", params={"idProperty": "email"})
    assert r.status_code == 200 and r.json()["properties"]["firstname"] == "O"


def test_properties_endpoint_lists_the_catalog(client: httpx.Client) -> None:
    r = client.get("/crm/v3/properties/contacts")
    assert r.status_code == 200
    results = r.json()["results"]
    assert results == CONTACT_PROPERTIES
    by_name = {p["name"]: p for p in results}
    assert {"email", "firstname", "lastname", "lifecyclestage", "volunteer_interests"} <= by_name.keys()
    stage = by_name["lifecyclestage"]
    assert stage["type"] == "enumeration"
    assert [o["value"] for o in stage["options"]][:2] == ["subscriber", "lead"]
    assert {"label", "value", "displayOrder", "hidden"} <= stage["options"][0].keys()
    assert by_name["hs_object_id"]["modificationMetadata"]["readOnlyValue"] is True
    assert by_name["firstname"]["modificationMetadata"]["readOnlyValue"] is False
    assert client.get("/crm/v3/properties/contacts/email").json()["name"] == "email"
    assert client.get("/crm/v3/properties/contacts/nope").status_code == 404


def test_rate_headers_and_ten_second_429_without_retry_after() -> None:
    clock = FakeClock()
    with SandboxServer(hubspot_ten_second_limit=2, clock=clock) as sb, make_client(sb) as c:
        first = c.get("/crm/v3/properties/contacts")
        assert first.headers["X-HubSpot-RateLimit-Max"] == "2"
        assert first.headers["X-HubSpot-RateLimit-Remaining"] == "1"
        assert first.headers["X-HubSpot-RateLimit-Interval-Milliseconds"] == "10000"
        assert first.headers["X-HubSpot-RateLimit-Daily-Remaining"] == "999999"
        clock.advance(4)
        c.get("/crm/v3/properties/contacts")
        r = c.post(CREATE, json=inputs({"email": "late@example.org"}))
        assert r.status_code == 429
        body = r.json()
        assert body["policyName"] == "TEN_SECONDLY_ROLLING" and body["errorType"] == "RATE_LIMIT"
        assert body["message"] == "You have reached your ten_secondly_rolling limit."
        assert "Retry-After" not in r.headers
        assert all(h in r.headers for h in RATE_HEADERS)
        clock.advance(6)  # the first request leaves the rolling window
        assert c.post(CREATE, json=inputs({"email": "late@example.org"})).status_code == 201


def test_daily_limit_429() -> None:
    with SandboxServer(hubspot_daily_limit=1, clock=FakeClock()) as sb, make_client(sb) as c:
        assert c.get("/crm/v3/properties/contacts").headers["X-HubSpot-RateLimit-Daily-Remaining"] == "0"
        r = c.get("/crm/v3/properties/contacts")
        assert r.status_code == 429 and r.json()["policyName"] == "DAILY"


def test_concurrent_creates_of_one_email_store_exactly_one(client: httpx.Client, sandbox: SandboxServer) -> None:
    def create(i: int) -> int:
        return client.post(CREATE, json=inputs({"email": "race@example.org", "firstname": f"R{i}"})).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = sorted(pool.map(create, range(12)))
    assert statuses == [201] + [207] * 11
    assert len(stored(sandbox)) == 1
