"""The sandbox's Virtuous API over real HTTP: auth, batch import and matching, Find, rate limits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from core.sandbox import SandboxServer
from tests.core.sandbox_support import FakeClock

BATCH = "/api/Contact/Batch"
RATE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """Imports processed as soon as anything looks (the matching tests); the pending step has its own tests."""
    with SandboxServer(virtuous_process_after=0) as server:
        yield server


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token}"}, timeout=5
    ) as c:
        yield c


def send(client: httpx.Client, *contacts: dict, source: str = "SpreadsheetImporter") -> httpx.Response:
    return client.post(BATCH, json={"referenceSource": source, "contacts": list(contacts)})


def stored(sandbox: SandboxServer) -> list[dict]:
    return sandbox.contacts()["virtuous"]


@pytest.mark.parametrize("auth", [None, "Bearer wrong", "Basic abc", "Bearer"])
def test_bad_or_missing_token_gets_plain_text_401(sandbox: SandboxServer, auth: str | None) -> None:
    headers = {"Authorization": auth} if auth else {}
    r = httpx.post(sandbox.base_url + BATCH, json={"contacts": []}, headers=headers)
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("text/plain")
    assert r.text == "Authorization has been denied for this request."
    assert all(h in r.headers for h in RATE_HEADERS)
    assert stored(sandbox) == []


def test_batch_answers_200_with_empty_body(client: httpx.Client, sandbox: SandboxServer) -> None:
    r = send(client, {"referenceId": "r1", "contactType": "Household", "firstName": "Ada", "email": "ada@example.org"})
    assert r.status_code == 200
    assert r.headers["content-length"] == "0"
    assert r.content == b""
    [contact] = stored(sandbox)
    assert contact["firstName"] == "Ada"
    assert contact["referenceSource"] == "SpreadsheetImporter" and contact["referenceId"] == "r1"
    assert isinstance(contact["id"], int)
    assert contact["sandbox"]["importStatus"] == "created"


@pytest.mark.parametrize(
    "body",
    [b"", b"null", b"not json", b"[1, 2]", b"{}", b'{"referenceSource": "x", "contacts": "nope"}'],
)
def test_batch_rejects_null_or_malformed_body(client: httpx.Client, body: bytes) -> None:
    r = client.post(BATCH, content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json() == {"message": "The argument cannot be null"}


def test_resent_rows_match_by_reference_and_update(client: httpx.Client, sandbox: SandboxServer) -> None:
    row = {"referenceId": "row-7", "firstName": "Grace", "lastName": "Hopper"}
    assert send(client, row).status_code == 200
    assert send(client, {**row, "city": "Arlington"}).status_code == 200
    [contact] = stored(sandbox)
    assert contact["city"] == "Arlington" and contact["lastName"] == "Hopper"
    assert (contact["sandbox"]["createCount"], contact["sandbox"]["updateCount"]) == (1, 1)
    assert contact["sandbox"]["writeCount"] == 2
    assert contact["sandbox"]["importStatus"] == "matched_reference"


def test_matches_on_email_case_insensitively_when_reference_is_new(client: httpx.Client,
                                                                   sandbox: SandboxServer) -> None:
    send(client, {"referenceId": "a", "email": "Pat@Example.org", "firstName": "Pat"})
    send(client, {"referenceId": "b", "email": "pat@example.ORG", "lastName": "Lee"}, source="OtherSheet")
    [contact] = stored(sandbox)
    assert contact["firstName"] == "Pat" and contact["lastName"] == "Lee"
    assert contact["sandbox"]["importStatus"] == "matched_email"
    assert {(r["referenceSource"], r["referenceId"]) for r in contact["references"]} == {
        ("SpreadsheetImporter", "a"),
        ("OtherSheet", "b"),
    }


def test_reference_match_wins_over_email_match(client: httpx.Client, sandbox: SandboxServer) -> None:
    send(client, {"referenceId": "1", "email": "one@example.org"}, {"referenceId": "2", "email": "two@example.org"})
    send(client, {"referenceId": "1", "email": "two@example.org", "title": "Dr."})
    contacts = {c["referenceId"]: c for c in stored(sandbox)}
    assert len(contacts) == 2
    assert contacts["1"]["title"] == "Dr." and contacts["1"]["sandbox"]["writeCount"] == 2
    assert "title" not in contacts["2"] and contacts["2"]["sandbox"]["writeCount"] == 1


def test_same_reference_twice_in_one_batch_is_one_contact(client: httpx.Client, sandbox: SandboxServer) -> None:
    send(client, {"referenceId": "x", "firstName": "A"}, {"referenceId": "x", "lastName": "B"})
    [contact] = stored(sandbox)
    assert (contact["firstName"], contact["lastName"], contact["sandbox"]["writeCount"]) == ("A", "B", 2)


def test_merge_keeps_fields_and_unions_tags_lists_and_attendances(client: httpx.Client, sandbox: SandboxServer) -> None:
    shift = {"volunteerOpportunityId": 4, "volunteerOpportunityName": "Food bank", "date": "2024-05-01", "hours": "3"}
    first = {
        "referenceId": "m",
        "firstName": "Kim",
        "phone": "555-0100",
        "tags": "donor;Volunteer",
        "emailLists": ["News"],
        "customFields": {"Shirt": "M"},
        "volunteerAttendances": [shift],
    }
    send(client, first)
    send(
        client,
        {
            "referenceId": "m",
            "firstName": "",
            "phone": None,
            "tags": "volunteer;board",
            "emailLists": ["News", "Events"],
            "customFields": {"Shirt": "", "Diet": "vegan"},
            "volunteerAttendances": [shift],
        },
    )
    [c] = stored(sandbox)
    assert c["firstName"] == "Kim" and c["phone"] == "555-0100"
    assert c["tags"] == "donor;Volunteer;board"
    assert c["emailLists"] == ["News", "Events"]
    assert c["customFields"] == {"Shirt": "M", "Diet": "vegan"}
    assert c["volunteerAttendances"] == [shift]


def test_batch_is_lenient_about_content(client: httpx.Client, sandbox: SandboxServer) -> None:
    r = send(client, {"contactType": "Nonsense", "emailType": "Home", "email": "not an email"}, "junk", 42)
    assert r.status_code == 200 and r.content == b""
    assert len(stored(sandbox)) == 1  # non-object items are ignored, the odd contact is kept


def test_find_by_reference_and_by_email(client: httpx.Client) -> None:
    send(client, {"referenceId": "f1", "email": "Find.Me@example.org", "firstName": "Fin"})
    send(client, {"referenceId": "f2", "email": "other@example.org"})
    by_ref = client.get("/api/Contact/Find", params={"referenceSource": "SpreadsheetImporter", "referenceId": "f1"})
    assert by_ref.status_code == 200
    body = by_ref.json()
    # The full nested contact, not the flat import row (docs/api-virtuous.md §6).
    [person] = body["contactIndividuals"]
    assert person["firstName"] == "Fin" and "firstName" not in body
    assert person["contactMethods"][0]["value"] == "Find.Me@example.org"
    assert {"source": "SpreadsheetImporter", "id": "f1"} in body["contactReferences"]
    assert "sandbox" not in body
    by_email = client.get("/api/Contact/Find", params={"email": "find.me@EXAMPLE.org"})
    assert by_email.status_code == 200 and by_email.json()["id"] == body["id"]
    both = client.get(
        "/api/Contact/Find",
        params={"referenceSource": "SpreadsheetImporter", "referenceId": "f2", "email": "find.me@example.org"},
    )
    assert both.json()["contactReferences"] == [{"source": "SpreadsheetImporter", "id": "f2"}]
    assert client.get("/api/Contact/Find", params={"email": "nobody@example.org"}).status_code == 404
    assert client.get("/api/Contact/Find", params={"referenceSource": "S", "referenceId": "zz"}).status_code == 404
    assert client.get("/api/Contact/SpreadsheetImporter/f1").json()["id"] == body["id"]
    by_id = client.get(f"/api/Contact/{body['id']}").json()
    assert by_id["contactIndividuals"][0]["contactMethods"][0]["value"] == "Find.Me@example.org"


def test_type_lists(client: httpx.Client) -> None:
    types = client.get("/api/Contact/Types").json()
    # The three base types, then the seeded account's own (docs/api-virtuous.md §1: custom types derive from them).
    assert [t["name"] for t in types] == ["Household", "Organization", "Foundation", "Church", "School"]
    methods = client.get("/api/ContactMethod/Types").json()
    assert "Home Email" in methods and "Mobile Phone" in methods


def test_routes_match_case_insensitively_like_aspnet(client: httpx.Client, sandbox: SandboxServer) -> None:
    assert client.post("/api/contact/batch", json={"contacts": [{"referenceId": "c"}]}).status_code == 200
    assert client.get("/API/CONTACT/TYPES").status_code == 200
    assert client.put("/api/Contact/Batch").status_code == 405
    assert client.get("/api/Nope").status_code == 404


def test_rate_limit_headers_on_every_response(client: httpx.Client) -> None:
    responses = [
        send(client, {"referenceId": "h"}),
        client.post(BATCH, content=b""),
        client.get("/api/Contact/Find", params={"email": "x@y.org"}),
        client.get("/api/Nope"),
    ]
    remaining = []
    for r in responses:
        assert all(h in r.headers for h in RATE_HEADERS), r.status_code
        assert r.headers["X-RateLimit-Limit"] == "5000"
        remaining.append(int(r.headers["X-RateLimit-Remaining"]))
    assert remaining == [4999, 4998, 4997, 4996]


def test_hourly_limit_gives_429_with_retry_after_then_resets() -> None:
    clock = FakeClock(1_800_000_000.0 + 3000)  # 600 s before the top of the hour
    with SandboxServer(virtuous_hourly_limit=3, clock=clock) as sandbox, httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token}"}
    ) as client:
        for _ in range(3):
            assert client.get("/api/Contact/Types").status_code == 200
        r = send(client, {"referenceId": "late"})
        assert r.status_code == 429
        assert r.headers["Retry-After"] == "600"
        assert r.headers["X-RateLimit-Remaining"] == "0"
        assert int(r.headers["X-RateLimit-Reset"]) == 1_800_003_600
        assert sandbox.contacts()["virtuous"] == []
        clock.advance(600)
        assert send(client, {"referenceId": "late"}).status_code == 200
        assert sandbox.stats()["faults"]["rate_limited"] == 1


def test_keep_alive_reuses_one_connection(client: httpx.Client, sandbox: SandboxServer) -> None:
    for i in range(5):
        assert send(client, {"referenceId": str(i)}).status_code == 200
    assert len(sandbox._httpd.connections) == 1


def test_sandbox_contacts_endpoint_and_reset(client: httpx.Client, sandbox: SandboxServer) -> None:
    send(client, {"referenceId": "z"})
    seen = httpx.get(sandbox.base_url + "/_sandbox/contacts").json()
    assert len(seen["virtuous"]) == 1 and seen["hubspot"] == []
    stats = httpx.get(sandbox.base_url + "/_sandbox/stats").json()
    assert stats["requests"]["POST /api/Contact/Batch"] == 1
    # Changing the sandbox's state needs its token: a web page could otherwise post a form to it.
    for auth in ({}, {"Authorization": "Bearer not-the-sandbox-token-0000"}):
        refused = httpx.post(sandbox.base_url + "/_sandbox/reset", headers=auth)
        assert refused.status_code == 401 and "need its token" in refused.json()["message"]
        assert httpx.post(sandbox.base_url + "/_sandbox/virtuous/process", headers=auth).status_code == 401
    assert len(sandbox.contacts()["virtuous"]) == 1
    token = {"Authorization": f"Bearer {sandbox.token}"}
    assert httpx.post(sandbox.base_url + "/_sandbox/reset", headers=token).status_code == 200
    assert sandbox.contacts() == {"virtuous": [], "hubspot": []}
    assert "POST /api/Contact/Batch" not in sandbox.stats()["requests"]


def test_concurrent_resends_still_make_one_contact(client: httpx.Client, sandbox: SandboxServer) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda i: send(client, {"referenceId": "same", "firstName": f"T{i}"}).status_code,
                                 range(16)))
    assert statuses == [200] * 16
    [contact] = stored(sandbox)
    assert contact["sandbox"]["writeCount"] == 16 and contact["sandbox"]["createCount"] == 1


def test_requests_are_logged_at_debug_without_the_token(
    client: httpx.Client, sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="core.sandbox"):
        send(client, {"referenceId": "log"})
        httpx.get(sandbox.base_url + "/api/Contact/Types", headers={"Authorization": "Bearer wrong-token"})
    assert "POST /api/Contact/Batch -> 200" in caplog.text
    assert "GET /api/Contact/Types -> 401" in caplog.text
    assert sandbox.token not in caplog.text and "wrong-token" not in caplog.text


# ----- imports are pending until processed, as in Virtuous's import review -----

def test_a_batch_is_a_pending_import_until_processed() -> None:
    with SandboxServer() as sandbox, httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token}"}
    ) as client:
        assert send(client, {"referenceId": "p1", "email": "p@example.org", "firstName": "Pat"}).status_code == 200
        # Nothing is a contact yet, so a look-up right after sending finds nothing and proves nothing.
        assert stored(sandbox) == []
        assert client.get("/api/Contact/Find", params={"email": "p@example.org"}).status_code == 404
        [pending] = httpx.get(sandbox.base_url + "/_sandbox/virtuous/imports").json()["imports"]
        assert pending["status"] == "pending" and pending["contacts"][0]["firstName"] == "Pat"
        send(client, {"referenceId": "p1", "email": "p@example.org", "lastName": "Lee"})  # the same person again
        assert client.post("/_sandbox/virtuous/process").json() == {"processed": 2}
        [contact] = stored(sandbox)
        assert (contact["firstName"], contact["lastName"]) == ("Pat", "Lee")  # created, then merged on reference
        assert contact["sandbox"]["importStatus"] == "matched_reference"
        assert client.get("/api/Contact/Find", params={"email": "p@example.org"}).status_code == 200


def test_imports_process_by_themselves_after_the_set_time() -> None:
    clock = FakeClock()
    with SandboxServer(virtuous_process_after=30, clock=clock) as sandbox, httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token}"}
    ) as client:
        send(client, {"referenceId": "t1", "firstName": "Tim"})
        clock.advance(29)
        assert stored(sandbox) == []
        clock.advance(1)
        assert [c["firstName"] for c in stored(sandbox)] == ["Tim"]


WRONG = {"referenceId": "w1", "firstName": "Wes", "eventId": "abc", "invited": "yes", "invitationType": "VIP",
         "volunteerAttendances": [{"volunteerOpportunityId": 3, "hours": 2.5}]}


def test_wrongly_typed_values_are_left_empty_by_default() -> None:
    with SandboxServer(virtuous_process_after=0) as sandbox, httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token}"}
    ) as client:
        assert send(client, WRONG).status_code == 200  # ASP.NET binding: the field is empty, the call goes on
        [record] = httpx.get(sandbox.base_url + "/_sandbox/virtuous/imports").json()["imports"]
        assert record["contacts"][0] == {"referenceId": "w1", "firstName": "Wes",
                                         "volunteerAttendances": [{"volunteerOpportunityId": 3}]}
        assert record["notes"] == [{"contact": 0, "ignored": ["invitationType"], "leftEmpty": [
            "contacts[0].eventId", "contacts[0].invited", "contacts[0].volunteerAttendances[0].hours"]}]
        [contact] = stored(sandbox)
        assert "eventId" not in contact and "invited" not in contact and "invitationType" not in contact


def test_wrongly_typed_values_can_be_a_400_instead() -> None:
    with SandboxServer(virtuous_wrong_type="400") as sandbox, httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {sandbox.token}"}
    ) as client:
        r = send(client, WRONG)
        assert r.status_code == 400
        assert set(r.json()["modelState"]) == {"contacts[0].eventId", "contacts[0].invited",
                                               "contacts[0].volunteerAttendances[0].hours"}
        assert httpx.get(sandbox.base_url + "/_sandbox/virtuous/imports").json()["imports"] == []
