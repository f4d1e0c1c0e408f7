"""The shared HTTP plumbing: headers, retries, rate limits, cancel, and the token never leaking.

Over real HTTP against the in-process sandbox; the only transport mock is one narrow test of a
server that echoes the token back in an error body.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from core import __version__
from core.sandbox import FaultConfig, SandboxServer
from core.targets.client_base import Connection
from core.targets.clients import make_client
from core.targets.http import HttpSession, describe_error, redact
from core.targets.hubspot_client import HubSpotClient
from core.targets.hubspot_models import CreateInput, CreateRequest
from core.targets.outcomes import AuthError, Cancelled, DailyLimitReached, RunStop, ServiceUnavailable
from core.targets.payloads import OP_HS_CREATE, OP_VIRTUOUS, Batch, BatchItem, serialize, trace_id
from core.targets.ratelimit import RateLimiter, parse_retry_after, read_headers
from core.targets.virtuous_client import VirtuousClient
from core.targets.virtuous_models import VirtuousBatchRequest, VirtuousContact
from tests.core.sandbox_support import clean, sandbox_pool, seed_where

TOKEN = "tok-SECRET-7c1e94b2aa0f"
WRONG = "tok-WRONG-0b55d13e9f27"


@pytest.fixture
def sandboxes():
    with sandbox_pool(TOKEN) as make:
        yield make


def conn(target: str, server: SandboxServer, token: str = TOKEN, **kw) -> Connection:
    kw.setdefault("max_retries", 3)
    kw.setdefault("timeout", 5.0)
    return Connection(target, server.base_url, token, **kw)


def v_batch(n: int = 2) -> Batch:
    contacts = [VirtuousContact(referenceId=f"ref-{i}", firstName=f"P{i}", lastName="Test", email=f"p{i}@example.org")
                for i in range(n)]
    body = serialize(VirtuousBatchRequest(referenceSource="Contact Importer", contacts=contacts))
    return Batch(1, OP_VIRTUOUS, [BatchItem(i + 2, f"ref-{i}", f"p{i}@example.org") for i in range(n)], body,
                 "Contact Importer")


def hs_batch(n: int = 2) -> Batch:
    inputs = [CreateInput(properties={"email": f"h{i}@example.org", "firstname": f"H{i}"},
                          objectWriteTraceId=trace_id(i + 2)) for i in range(n)]
    items = [BatchItem(i + 2, trace_id(i + 2), f"h{i}@example.org") for i in range(n)]
    return Batch(1, OP_HS_CREATE, items, serialize(CreateRequest(inputs=inputs)))


# ----- plumbing -----

def test_client_headers_timeouts_and_repr_hide_the_token(sandboxes):
    server = sandboxes()
    client = VirtuousClient(conn("virtuous", server, timeout=12.5))
    try:
        hx = client.http.client
        assert hx.headers["User-Agent"] == f"ContactImporter/{__version__}"
        assert hx.headers["Authorization"] == f"Bearer {TOKEN}"
        assert hx.timeout.connect == 10.0 and hx.timeout.read == 12.5
        assert str(hx.base_url).rstrip("/") == server.base_url
        for text in (repr(client), repr(client.http), repr(client.connection), repr(hx.headers)):
            assert TOKEN not in text
        assert client.test_connection() == "Virtuous: 5 contact types"
    finally:
        client.close()


def test_make_client_picks_by_target(sandboxes):
    server = sandboxes()
    with make_client(conn("hubspot", server)) as hs, make_client(conn("virtuous", server)) as vs:  # type: ignore[attr-defined]
        assert isinstance(hs, HubSpotClient) and isinstance(vs, VirtuousClient)
    with pytest.raises(ValueError):
        make_client(Connection("salesforce", server.base_url, TOKEN))


def test_rate_limit_headers_are_read_from_every_response(sandboxes):
    server = sandboxes(hubspot_ten_second_limit=50, hubspot_daily_limit=1000, virtuous_hourly_limit=300)
    with HubSpotClient(conn("hubspot", server)) as hs, VirtuousClient(conn("virtuous", server)) as vs:
        hs.test_connection()
        snap = hs.http.limiter.snapshot
        assert (snap.limit, snap.remaining, snap.interval_ms, snap.daily, snap.daily_remaining) == \
            (50, 49, 10000, 1000, 999)
        vs.test_connection()
        vsnap = vs.http.limiter.snapshot
        assert (vsnap.limit, vsnap.remaining) == (300, 299)
        assert 0 < vsnap.reset_epoch - time.time() <= 3600


def test_read_headers_and_retry_after_parsing():
    snap = read_headers("virtuous", {"X-RateLimit-Limit": "1500", "X-RateLimit-Remaining": "0",
                                     "X-RateLimit-Reset": "2000000000"}, observed_at=1.0)
    assert snap is not None and (snap.limit, snap.remaining, snap.reset_epoch) == (1500, 0, 2e9)
    assert read_headers("hubspot", {}, 0.0) is None
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("garbage") is None and parse_retry_after(None) is None
    future = datetime.now(timezone.utc) + timedelta(seconds=30)
    assert 25 <= parse_retry_after(format_datetime(future, usegmt=True)) <= 31


def test_limiter_waits_only_when_the_budget_is_spent():
    now = [100.0]
    limiter = RateLimiter("hubspot", clock=lambda: now[0])
    limiter.observe({"X-HubSpot-RateLimit-Max": "10", "X-HubSpot-RateLimit-Remaining": "1",
                     "X-HubSpot-RateLimit-Interval-Milliseconds": "10000"})
    assert limiter.delay_before_next() is None
    limiter.observe({"X-HubSpot-RateLimit-Max": "10", "X-HubSpot-RateLimit-Remaining": "0",
                     "X-HubSpot-RateLimit-Interval-Milliseconds": "10000"})
    now[0] = 103.0
    seconds, reason = limiter.delay_before_next()
    assert seconds == pytest.approx(7.0) and "budget" in reason
    now[0] = 111.0
    assert limiter.delay_before_next() is None
    wall = [1000.0]
    v = RateLimiter("virtuous", wall_clock=lambda: wall[0])
    v.observe({"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1042"})
    assert v.delay_before_next()[0] == pytest.approx(42.0)


def test_proactive_wait_when_remaining_hits_zero(sandboxes):
    server = sandboxes(faults=FaultConfig(rate=2))
    waits: list[tuple[float, str]] = []
    with HubSpotClient(conn("hubspot", server), backoff_base=0.01) as hs:
        for _ in range(3):
            assert hs.send(hs_batch(1), on_wait=lambda s, r: waits.append((s, r)))[0].status in ("created", "exists")
    # It waits (any positive time up to the window: how much of it is left depends on the machine's speed).
    assert len(waits) == 1 and 0 < waits[0][0] <= 1.0 and "budget" in waits[0][1]
    assert "429" not in server.stats()["statuses"]


def test_backoff_is_bounded_full_jitter(sandboxes):
    server = sandboxes()
    session = HttpSession(conn("virtuous", server), backoff_base=0.5, backoff_cap=3.0)
    ceilings = HttpSession(conn("virtuous", server), backoff_base=0.5, backoff_cap=3.0, rng=lambda lo, hi: hi)
    try:
        assert [ceilings.backoff_delay(n) for n in (1, 2, 3, 4, 10)] == [0.5, 1.0, 2.0, 3.0, 3.0]  # doubling, capped
        for n, ceiling in ((1, 0.5), (3, 2.0), (10, 3.0)):
            delays = [session.backoff_delay(n) for _ in range(200)]
            assert all(0 <= d <= ceiling for d in delays)
            # full jitter: spread over the whole range (all zero, or all at the ceiling, would fail)
            assert min(delays) < ceiling / 4 and max(delays) > ceiling * 3 / 4
    finally:
        session.close()
        ceilings.close()


# ----- retries -----

def test_5xx_is_retried_then_succeeds(sandboxes):
    seed = seed_where(lambda d: d.server_error is not None, lambda d: d.server_error is not None, clean, p5xx=0.5)
    server = sandboxes(faults=FaultConfig(p5xx=0.5, seed=seed))
    waits: list[tuple[float, str]] = []
    with VirtuousClient(conn("virtuous", server), backoff_base=0.01) as vs:
        out = vs.send(v_batch(2), on_wait=lambda s, r: waits.append((s, r)))
    assert [o.status for o in out] == ["accepted", "accepted"]
    assert len(waits) == 2 and all("retry" in r for _, r in waits)
    server.process_virtuous()
    assert len(server.contacts()["virtuous"]) == 2


def test_retries_exhausted_raise_service_unavailable(sandboxes):
    server = sandboxes(faults=FaultConfig(p5xx=1.0))
    with HubSpotClient(conn("hubspot", server, max_retries=2), backoff_base=0.01) as hs:
        with pytest.raises(ServiceUnavailable) as info:
            hs.send(hs_batch(2))
    assert "3 tries" in str(info.value)
    # A 5xx after a create is "unknown", never simply re-sent: one create, then look-ups (retried).
    assert server.stats()["requests"] == {"POST /crm/v3/objects/contacts/batch/create": 1,
                                          "POST /crm/v3/objects/contacts/batch/read": 3}
    assert server.contacts()["hubspot"] == []


def test_timeouts_are_retried(sandboxes):
    seed = seed_where(lambda d: d.delay > 0, clean, slow_seconds=1.5, p_slow=0.5)
    server = sandboxes(faults=FaultConfig(slow_seconds=1.5, p_slow=0.5, seed=seed))
    with VirtuousClient(conn("virtuous", server, timeout=0.3), backoff_base=0.01) as vs:
        out = vs.send(v_batch(2))
    assert {o.status for o in out} == {"accepted"}
    server.process_virtuous()
    assert len(server.contacts()["virtuous"]) == 2


def test_connection_refused_is_retried_then_gives_up():
    with socket_closed_port() as port:
        connection = Connection("virtuous", f"http://127.0.0.1:{port}", TOKEN, max_retries=2, timeout=2)
        with VirtuousClient(connection, backoff_base=0.01) as vs:
            with pytest.raises(ServiceUnavailable) as info:
                vs.send(v_batch(1))
    assert "could not connect" in str(info.value) and TOKEN not in str(info.value)


class socket_closed_port:
    """A port nothing listens on."""

    def __enter__(self) -> int:
        import socket
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        return self.port

    def __exit__(self, *exc: object) -> None:
        pass


# ----- 429, daily limit, cancel -----

def test_virtuous_429_honours_retry_after(sandboxes):
    seed = seed_where(lambda d: d.inject_429, clean, p429=0.5)
    server = sandboxes(faults=FaultConfig(p429=0.5, seed=seed))
    waits: list[tuple[float, str]] = []
    with VirtuousClient(conn("virtuous", server), backoff_base=0.01) as vs:
        out = vs.send(v_batch(1), on_wait=lambda s, r: waits.append((s, r)))
    assert out[0].status == "accepted"
    assert waits == [(1.0, waits[0][1])] and "429" in waits[0][1]


def test_hubspot_429_with_retry_after_from_the_rate_window(sandboxes):
    server = sandboxes(faults=FaultConfig(rate=1))
    waits: list[tuple[float, str]] = []
    with HubSpotClient(conn("hubspot", server)) as first, HubSpotClient(conn("hubspot", server)) as second:
        first.test_connection()  # spends the one-request budget; `second` has not seen the headers
        out = second.send(hs_batch(1), on_wait=lambda s, r: waits.append((s, r)))
    assert out[0].status == "created"
    assert [s for s, _ in waits] == [1.0]


def test_a_shared_limiter_makes_parallel_clients_wait_instead_of_hitting_429(sandboxes):
    server = sandboxes(faults=FaultConfig(rate=1))
    shared = RateLimiter("hubspot")
    waits: list[tuple[float, str]] = []
    with HubSpotClient(conn("hubspot", server), limiter=shared) as first, \
            HubSpotClient(conn("hubspot", server), limiter=shared) as second:
        first.test_connection()
        assert second.send(hs_batch(1), on_wait=lambda s, r: waits.append((s, r)))[0].status == "created"
    assert len(waits) == 1 and "budget" in waits[0][1]
    assert "429" not in server.stats()["statuses"]


def test_cancel_during_a_429_wait_raises_cancelled(sandboxes):
    server = sandboxes(faults=FaultConfig(p429=1.0))  # HubSpot TEN_SECONDLY_ROLLING without Retry-After: 10 s
    cancel = threading.Event()
    waits: list[tuple[float, str]] = []

    def on_wait(seconds: float, reason: str) -> None:
        waits.append((seconds, reason))
        cancel.set()  # pressed as the wait begins (that an hour-long wait ends at once: test_client_429)

    with HubSpotClient(conn("hubspot", server)) as hs:
        with pytest.raises(Cancelled):
            hs.send(hs_batch(1), cancel=cancel, on_wait=on_wait)
    assert waits == [(10.0, waits[0][1])] and "ten_secondly_rolling" in waits[0][1]
    assert server.stats()["statuses"] == {"429": 1}  # nothing was sent again after Cancel


def test_cancel_during_backoff_raises_cancelled(sandboxes):
    server = sandboxes(faults=FaultConfig(p5xx=1.0))
    cancel = threading.Event()
    with VirtuousClient(conn("virtuous", server, max_retries=5), backoff_base=30) as vs:
        with pytest.raises(Cancelled):
            vs.send(v_batch(1), cancel=cancel, on_wait=lambda s, r: cancel.set())


def test_hubspot_daily_limit_stops_the_run(sandboxes):
    server = sandboxes(hubspot_daily_limit=1)
    with HubSpotClient(conn("hubspot", server)) as hs:
        hs.test_connection()
        with pytest.raises(DailyLimitReached) as info:
            hs.send(hs_batch(1))
    assert "daily" in str(info.value) and "(1 requests)" in str(info.value)


# ----- auth and the token -----

def test_401_is_auth_error_for_both_services(sandboxes):
    server = sandboxes()
    for cls, target in ((VirtuousClient, "virtuous"), (HubSpotClient, "hubspot")):
        with cls(conn(target, server, token=WRONG)) as client:
            with pytest.raises(AuthError) as info:
                client.test_connection()
            assert "401" in str(info.value) and WRONG not in str(info.value)


def test_the_token_never_appears_in_messages_reprs_or_logs(sandboxes, caplog):
    caplog.set_level(logging.DEBUG)
    server = sandboxes()
    failing = sandboxes(faults=FaultConfig(p5xx=1.0))
    dropping = sandboxes(faults=FaultConfig(p_drop_before=1.0))
    texts: list[str] = []

    def provoke(client, call) -> None:
        try:
            call(client)
        except (RunStop, Cancelled) as exc:
            texts.extend([str(exc), repr(exc), repr(exc.__cause__), repr(exc.__context__)])
        texts.append(repr(client))

    for target, cls in (("virtuous", VirtuousClient), ("hubspot", HubSpotClient)):
        batch = v_batch(2) if target == "virtuous" else hs_batch(2)
        with cls(conn(target, server, token=WRONG), backoff_base=0.001) as c:
            provoke(c, lambda c, batch=batch: c.send(batch))
        with cls(conn(target, failing, max_retries=1), backoff_base=0.001) as c:
            provoke(c, lambda c, batch=batch: c.send(batch))
        with cls(conn(target, dropping, max_retries=1), backoff_base=0.001) as c:
            provoke(c, lambda c, batch=batch: c.send(batch))
        with cls(conn(target, server), backoff_base=0.001) as c:
            texts.extend(o.message for o in c.send(batch))
    assert len(texts) >= 12
    for secret in (TOKEN, WRONG):
        for text in texts:
            assert secret not in text
        for record in caplog.records:
            assert secret not in record.getMessage()
        assert secret not in caplog.text


class _EchoHandler(BaseHTTPRequestHandler):
    """A server that quotes the request's Authorization header back in its error (status from the path)."""

    def log_message(self, *args: object) -> None:
        pass

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status = 401 if self.server.status == 401 else 400  # type: ignore[attr-defined]
        body = json.dumps({"message": f"bad request from {self.headers.get('Authorization')}"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer


@pytest.mark.parametrize("status", [400, 401])
def test_a_token_echoed_by_the_server_is_scrubbed(status: int):
    """Over a real socket: a rejected row's message and an auth error both quote the header; neither keeps it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHandler)
    server.status = status  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with VirtuousClient(Connection("virtuous", url, TOKEN)) as vs:
            if status == 401:
                with pytest.raises(AuthError) as info:
                    vs.send(v_batch(1))
                said = str(info.value)
            else:
                out = vs.send(v_batch(1))
                assert out[0].status == "failed"
                said = out[0].message
    finally:
        server.shutdown()
        server.server_close()
    assert "bad request from Bearer ***" in said and TOKEN not in said
    assert redact(f"x {TOKEN} y", TOKEN) == "x *** y"


def test_describe_error_handles_every_shape():
    def resp(status: int, content: bytes, ctype: str) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": ctype})

    assert describe_error(resp(400, b'{"message":"The argument cannot be null"}', "application/json")) == \
        (None, "The argument cannot be null")
    code, text = describe_error(resp(400, b'{"error":{"code":"BAD_REQUEST","message":"Invalid contact",'
                                         b'"details":[{"field":"email","code":"X","message":"bad email"}]}}',
                                     "application/json"))
    assert code == "BAD_REQUEST" and text == "Invalid contact (email: bad email)"
    assert describe_error(resp(401, b"Authorization has been denied for this request.", "text/plain")) == \
        (None, "Authorization has been denied for this request.")
    assert describe_error(resp(502, b"<html><head><title>502 Bad Gateway</title></head></html>", "text/html")) == \
        (None, "502 Bad Gateway")
    assert describe_error(resp(503, b"", "text/plain")) == (None, "HTTP 503 Service Unavailable")
    assert describe_error(resp(409, b'{"message":"Contact already exists. Existing ID: 5","category":"CONFLICT"}',
                               "application/json")) == ("CONFLICT", "Contact already exists. Existing ID: 5")


def test_every_client_shares_one_verified_tls_context_built_once():
    """Left to httpx, each client loads the CA bundle again (~50 ms holding the GIL, a frozen
    window per job that connects); one verified context serves every client, and ``warm_up`` builds
    it ahead of the first connection."""
    import ssl

    from core.targets import http

    http.tls_context.cache_clear()
    http.warm_up()
    assert http.tls_context.cache_info().currsize == 1
    ctx = http.tls_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    conn = Connection("hubspot", "https://api.hubapi.com", TOKEN)
    a, b = http.make_httpx_client(conn), http.make_httpx_client(conn)
    try:
        assert a._transport._pool._ssl_context is ctx and b._transport._pool._ssl_context is ctx
        assert http.tls_context.cache_info().currsize == 1
    finally:
        a.close(), b.close()
    unverified = http.make_httpx_client(Connection("hubspot", "https://example.test", TOKEN, verify_tls=False))
    try:
        assert unverified._transport._pool._ssl_context.verify_mode == ssl.CERT_NONE
    finally:
        unverified.close()
