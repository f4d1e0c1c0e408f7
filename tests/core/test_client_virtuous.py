"""VirtuousClient over real HTTP: the sandbox for the documented behaviour, and a tiny stub
server for per-row rejections (the sandbox only rejects malformed whole bodies)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.sandbox import FaultConfig, SandboxServer
from core.targets.client_base import Connection
from core.targets.outcomes import AuthError, RunStop
from core.targets.payloads import OP_VIRTUOUS, Batch, BatchItem, serialize
from core.targets.virtuous_client import ACCEPTED_MESSAGE, REJECTED, RESENT_MESSAGE, VirtuousClient
from core.targets.virtuous_models import VirtuousBatchRequest, VirtuousContact
from tests.core.sandbox_support import clean, sandbox_pool, seed_where

TOKEN = "tok-SECRET-v1rtu0us-5f0e"
SOURCE = "Contact Importer"


@pytest.fixture
def sandboxes():
    with sandbox_pool(TOKEN) as make:
        yield make


def client_for(base_url: str, token: str = TOKEN, **kw) -> VirtuousClient:
    kw.setdefault("max_retries", 3)
    return VirtuousClient(Connection("virtuous", base_url, token, timeout=5.0, **kw), backoff_base=0.01)


def make_batch(people: list[tuple[str, str]], number: int = 1) -> Batch:
    """people: (lastName, email); referenceIds ref-<n>."""
    contacts = [VirtuousContact(referenceId=f"ref-{i}", contactType="Household", firstName="Ana",
                                lastName=last, email=email) for i, (last, email) in enumerate(people)]
    body = serialize(VirtuousBatchRequest(referenceSource=SOURCE, contacts=contacts))
    items = [BatchItem(i + 2, f"ref-{i}", email) for i, (_last, email) in enumerate(people)]
    return Batch(number, OP_VIRTUOUS, items, body, SOURCE)


def people(n: int) -> list[tuple[str, str]]:
    return [(f"Person{i}", f"person{i}@example.org") for i in range(n)]


def stored(server: SandboxServer) -> list[dict]:
    """What the account holds once Virtuous has processed the imports."""
    server.process_virtuous()
    return server.contacts()["virtuous"]


# ----- sandbox -----

def test_batch_is_accepted_and_stored_once(sandboxes):
    server = sandboxes()
    batch = make_batch(people(5))
    with client_for(server.base_url) as client:
        assert client.test_connection() == "Virtuous: 5 contact types"
        out = client.send(batch)
    assert [o.key for o in out] == [i.key for i in batch.items]
    assert all(o.status == "accepted" and o.message == ACCEPTED_MESSAGE and o.crm_id is None for o in out)
    contacts = stored(server)
    assert sorted(c["referenceId"] for c in contacts) == [f"ref-{i}" for i in range(5)]
    assert all(c["sandbox"]["writeCount"] == 1 for c in contacts)


def test_body_is_sent_byte_for_byte(sandboxes):
    server = sandboxes()
    batch = make_batch([("Müller", "jo@example.org")])
    with client_for(server.base_url) as client:
        client.send(batch)
    (contact,) = stored(server)
    assert contact["lastName"] == "Müller" and contact["contactType"] == "Household"


def test_reconcile_sends_the_same_batch_again_and_says_so(sandboxes):
    server = sandboxes()
    sent = make_batch(people(2))
    with client_for(server.base_url) as client:
        client.send(sent)
        again = client.reconcile(sent)
    assert [(o.status, o.message) for o in again] == [("accepted", RESENT_MESSAGE)] * 2
    # No look-up per row (it proves nothing before Virtuous processes the import) …
    assert "GET /api/Contact/Find" not in server.stats()["requests"]
    assert server.stats()["requests"]["POST /api/Contact/Batch"] == 2
    # … and the second import matched the first on the reference ids: two people, not four.
    assert sorted(c["referenceId"] for c in stored(server)) == ["ref-0", "ref-1"]


def test_drop_before_and_after_are_retried_and_stored_once(sandboxes):
    seed = seed_where(lambda d: d.drop_before and not d.drop_after, lambda d: d.drop_after and not d.drop_before,
                      clean, p_drop_before=0.5, p_drop_after=0.5)
    server = sandboxes(faults=FaultConfig(p_drop_before=0.5, p_drop_after=0.5, seed=seed))
    with client_for(server.base_url) as client:
        out = client.send(make_batch(people(4)))
    assert {o.status for o in out} == {"accepted"}
    contacts = stored(server)
    assert len(contacts) == 4  # the second delivery matched on referenceId instead of duplicating
    faults = server.stats()["faults"]
    assert (faults["drop_before"], faults["drop_after"]) == (1, 1)
    assert sorted(c["sandbox"]["writeCount"] for c in contacts) == [2, 2, 2, 2]  # written, then matched


def test_401_is_auth_error_without_the_token(sandboxes):
    server = sandboxes()
    with client_for(server.base_url, token="tok-WRONG-v-0000") as client:
        with pytest.raises(AuthError) as info:
            client.send(make_batch(people(1)))
    assert "Authorization has been denied" in str(info.value)
    assert "tok-WRONG" not in str(info.value) and TOKEN not in str(info.value)


def test_malformed_body_rejected_by_the_sandbox_is_a_failed_row(sandboxes):
    server = sandboxes()
    batch = Batch(1, OP_VIRTUOUS, [BatchItem(2, "ref-0")], b"not json", SOURCE)
    with client_for(server.base_url) as client:
        (out,) = client.send(batch)
    assert (out.status, out.code, out.message) == ("failed", REJECTED, "The argument cannot be null")


def test_unexpected_4xx_stops_the_run(sandboxes):
    server = sandboxes()
    with VirtuousClient(Connection("virtuous", server.base_url + "/nowhere", TOKEN)) as client:
        with pytest.raises(RunStop) as info:
            client.send(make_batch(people(1)))
    assert "404" in str(info.value)


# ----- per-row rejections: a stub Virtuous that refuses any batch holding a bad contact -----

class _Stub(ThreadingHTTPServer):
    daemon_threads = True
    shape = "message"
    accepted: list[dict]
    requests: int


class _StubHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Stub

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests += 1
        bad = [c for c in body["contacts"] if c.get("lastName") == "BAD"]
        if not bad:
            self.server.accepted.extend(body["contacts"])
            self._reply(200, b"", "application/json")
        elif self.server.shape == "message":
            self._reply(400, b'{"message":"The request is invalid."}', "application/json; charset=utf-8")
        elif self.server.shape == "error":
            payload = {"error": {"code": "BAD_REQUEST", "message": "Invalid contact",
                                 "details": [{"field": "lastName", "code": "INVALID", "message": "not allowed"}]}}
            self._reply(400, json.dumps(payload).encode(), "application/json")
        else:
            self._reply(400, "Bad Request – contact invalid".encode(), "text/plain; charset=utf-8")

    def _reply(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def stub():
    server = _Stub(("127.0.0.1", 0), _StubHandler)
    server.accepted, server.requests = [], 0
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("shape, message", [
    ("message", "The request is invalid."),
    ("error", "Invalid contact (lastName: not allowed)"),
    ("text", "Bad Request – contact invalid"),
])
def test_400_is_split_until_the_bad_rows_stand_alone(stub, shape, message):
    stub.shape = shape
    rows = people(10)
    rows[3] = ("BAD", "bad3@example.org")
    rows[8] = ("BAD", "bad8@example.org")
    batch = make_batch(rows)
    with client_for(f"http://127.0.0.1:{stub.server_address[1]}") as client:
        out = client.send(batch)
    assert [o.key for o in out] == [f"ref-{i}" for i in range(10)]
    failed = {o.key: o for o in out if o.status == "failed"}
    assert set(failed) == {"ref-3", "ref-8"}
    assert all(o.code == REJECTED and o.message == message for o in failed.values())
    assert all(o.status == "accepted" for o in out if o.key not in failed)
    assert sorted(c["referenceId"] for c in stub.accepted) == sorted(f"ref-{i}" for i in range(10) if i not in (3, 8))
    assert stub.requests < 20  # halving, not one request per row
    # split bodies keep the batch's referenceSource and the preview's formatting
    assert all(c["contactType"] == "Household" for c in stub.accepted)
