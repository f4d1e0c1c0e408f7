"""Sandbox faults over real sockets: rate, 429, 5xx, slow, drops before/after processing,
seed reproducibility, and the fault-string parser."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from core.sandbox import FaultConfig, SandboxServer, parse_fault, parse_faults
from tests.core.sandbox_support import FakeClock

BATCH = "/api/Contact/Batch"
CREATE = "/crm/v3/objects/contacts/batch/create"


@contextmanager
def running(faults: FaultConfig, **kwargs: object) -> Iterator[tuple[SandboxServer, httpx.Client]]:
    with SandboxServer(faults=faults, **kwargs) as sb, httpx.Client(
        base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.token}"}, timeout=5
    ) as client:
        yield sb, client


def virtuous_row(ref: str) -> dict:
    return {"referenceSource": "Sheet", "contacts": [{"referenceId": ref, "email": f"{ref}@example.org"}]}


def hubspot_row(email: str) -> dict:
    return {"inputs": [{"properties": {"email": email}, "objectWriteTraceId": "1"}]}


# ----- parser -----


def test_parser_builds_a_config_from_strings() -> None:
    config = parse_faults(
        ["rate=5", "429=0.1", "5xx=0.2", "slow=1.5@0.3", "drop-before=0.05", "drop-after=0.01"], seed=9
    )
    assert config == FaultConfig(
        rate=5.0, p429=0.1, p5xx=0.2, slow_seconds=1.5, p_slow=0.3, p_drop_before=0.05, p_drop_after=0.01, seed=9
    )
    assert parse_fault("slow=2") == FaultConfig(slow_seconds=2.0, p_slow=1.0)
    assert parse_faults(["5xx=0.1", "5xx=0.3"]).p5xx == 0.3
    assert config.describe() == "rate=5/s, 429=0.1, 5xx=0.2, slow=1.5s@0.3, drop-before=0.05, drop-after=0.01"
    assert FaultConfig().describe() == "none"


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ("5xx", "KIND=VALUE"),
        ("=0.5", "KIND=VALUE"),
        ("explode=1", "unknown fault kind 'explode'"),
        ("429=1.5", "between 0 and 1"),
        ("5xx=-0.1", "between 0 and 1"),
        ("drop-after=lots", "'lots' is not a number"),
        ("rate=0", "more than 0"),
        ("rate=nan", "not a finite number"),
        ("slow=abc@0.5", "'abc' is not a number"),
        ("slow=1@2", "between 0 and 1"),
        ("slow=-1@0.5", "zero or more"),
    ],
)
def test_parser_rejects_bad_input_clearly(spec: str, fragment: str) -> None:
    with pytest.raises(ValueError, match="fault|unknown") as info:
        parse_fault(spec)
    assert fragment in str(info.value)


def test_config_validates_direct_construction() -> None:
    with pytest.raises(ValueError, match="p5xx"):
        FaultConfig(p5xx=2)
    with pytest.raises(ValueError, match="rate"):
        FaultConfig(rate=-1)


# ----- faults over HTTP -----


def test_rate_fault_shares_one_bucket_and_sends_retry_after() -> None:
    clock = FakeClock()
    with running(FaultConfig(rate=2), clock=clock) as (sb, client):
        assert client.get("/api/Contact/Types").status_code == 200
        assert client.get("/crm/v3/properties/contacts").status_code == 200
        v = client.post(BATCH, json=virtuous_row("r1"))
        assert v.status_code == 429 and v.headers["Retry-After"] == "1"
        h = client.post(CREATE, json=hubspot_row("r1@example.org"))
        assert h.status_code == 429 and h.headers["Retry-After"] == "1"
        assert h.json()["policyName"] == "TEN_SECONDLY_ROLLING"
        assert h.headers["X-HubSpot-RateLimit-Max"] == "2"
        assert sb.contacts() == {"virtuous": [], "hubspot": []}
        clock.advance(0.5)  # one token back at 2/s
        assert client.post(BATCH, json=virtuous_row("r1")).status_code == 200
        assert client.post(CREATE, json=hubspot_row("r1@example.org")).status_code == 429
        assert sb.stats()["faults"]["rate_limited"] == 3


def test_injected_429_for_both_apis() -> None:
    with running(FaultConfig(p429=1.0, seed=1)) as (sb, client):
        v = client.post(BATCH, json=virtuous_row("a"))
        assert v.status_code == 429 and v.headers["Retry-After"] == "1"
        assert "X-RateLimit-Remaining" in v.headers
        h = client.post(CREATE, json=hubspot_row("a@example.org"))
        assert h.status_code == 429 and "Retry-After" not in h.headers
        assert h.json()["policyName"] == "TEN_SECONDLY_ROLLING"
        assert sb.contacts() == {"virtuous": [], "hubspot": []}
        assert sb.stats()["faults"]["429"] == 2


def test_injected_5xx_processes_nothing() -> None:
    with running(FaultConfig(p5xx=1.0, seed=3)) as (sb, client):
        statuses = {client.post(BATCH, json=virtuous_row(str(i))).status_code for i in range(20)}
        statuses |= {client.post(CREATE, json=hubspot_row(f"{i}@example.org")).status_code for i in range(20)}
        assert statuses == {500, 502, 503}
        assert sb.contacts() == {"virtuous": [], "hubspot": []}
        assert sb.stats()["faults"]["5xx"] == 40


def test_gateway_errors_are_html() -> None:
    with running(FaultConfig(p5xx=1.0, seed=3)) as (_, client):
        for _ in range(20):
            r = client.get("/crm/v3/properties/contacts")
            if r.status_code in (502, 503):
                assert r.headers["content-type"].startswith("text/html")
                return
    pytest.fail("no 502/503 seen")


def test_slow_fault_delays_the_answer() -> None:
    waits: list[float] = []
    with running(FaultConfig(slow_seconds=30, p_slow=1.0), sleep=waits.append) as (sb, client):
        assert client.post(BATCH, json=virtuous_row("s")).status_code == 200
        assert waits == [30]
        assert sb.stats()["faults"]["slow"] == 1
    with running(parse_faults(["slow=0.3@1"])) as (_, client):
        started = time.perf_counter()
        assert client.get("/api/Contact/Types").status_code == 200
        assert time.perf_counter() - started >= 0.3


def test_drop_before_closes_without_storing() -> None:
    with running(FaultConfig(p_drop_before=1.0)) as (sb, client):
        with pytest.raises(httpx.TransportError):
            client.post(BATCH, json=virtuous_row("d"))
        with pytest.raises(httpx.TransportError):
            client.post(CREATE, json=hubspot_row("d@example.org"))
        assert sb.contacts() == {"virtuous": [], "hubspot": []}
        assert sb.stats()["faults"]["drop_before"] == 2
        # the control endpoints are never faulted
        assert httpx.get(sb.base_url + "/_sandbox/contacts").status_code == 200


def test_drop_after_stores_but_client_sees_a_connection_error() -> None:
    with running(FaultConfig(p_drop_after=1.0)) as (sb, client):
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(BATCH, json=virtuous_row("x"))
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(CREATE, json=hubspot_row("x@example.org"))
        sb.process_virtuous()
        contacts = sb.contacts()
        assert len(contacts["virtuous"]) == 1 and len(contacts["hubspot"]) == 1
        assert sb.stats()["faults"]["drop_after"] == 2
    # The retry a client would make: Virtuous matches it, HubSpot create now conflicts.
    with running(FaultConfig(p_drop_after=0.0)) as (sb, client):
        sb.virtuous_store.import_batch("Sheet", [{"referenceId": "x"}])
        assert client.post(BATCH, json=virtuous_row("x")).status_code == 200
        sb.process_virtuous()
        assert sb.contacts()["virtuous"][0]["sandbox"]["writeCount"] == 2
        assert client.post(CREATE, json=hubspot_row("x@example.org")).status_code == 201
        r = client.post(CREATE, json={"inputs": [{"properties": {"email": "x@example.org"}}]})
        assert r.status_code == 409


def test_faults_never_touch_sandbox_endpoints() -> None:
    with running(FaultConfig(p429=1.0, p5xx=1.0, p_drop_before=1.0, p_drop_after=1.0)) as (_, client):
        for _ in range(5):
            assert client.get("/_sandbox/stats").status_code == 200
            assert client.get("/_sandbox/contacts").status_code == 200
        assert client.post("/_sandbox/reset").status_code == 200


def _fates(seed: int) -> list[object]:
    config = parse_faults(["429=0.2", "5xx=0.2", "drop-before=0.1", "drop-after=0.1"], seed=seed)
    fates: list[object] = []
    with running(config) as (sb, client):
        for i in range(40):
            try:
                fates.append(client.post(BATCH, json=virtuous_row(str(i))).status_code)
            except httpx.TransportError:
                fates.append("dropped")  # the pool discards the dead connection; the next request opens another
        sb.process_virtuous()
        fates.append(sorted(c["referenceId"] for c in sb.contacts()["virtuous"]))
    return fates


def test_same_seed_same_fates_different_seed_different_fates() -> None:
    first, again, other = _fates(42), _fates(42), _fates(43)
    assert first == again
    assert first != other
    assert {f for f in first[:-1]} >= {200, "dropped"}


def test_reset_restarts_the_random_sequence() -> None:
    with running(FaultConfig(p5xx=0.5, seed=5)) as (sb, client):
        before = [client.get("/api/Contact/Types").status_code for _ in range(12)]
        sb.reset()
        after = [client.get("/api/Contact/Types").status_code for _ in range(12)]
        assert before == after


def test_stop_releases_the_port() -> None:
    sb = SandboxServer().start()
    port = sb.port
    with httpx.Client() as client:
        assert client.get(sb.base_url + "/_sandbox/stats").status_code == 200  # leaves a keep-alive open
        sb.stop()
        sb.stop()  # idempotent
        with pytest.raises(httpx.TransportError):
            client.get(f"http://127.0.0.1:{port}/_sandbox/stats")
    SandboxServer(port=port).stop()  # the port can be bound again
