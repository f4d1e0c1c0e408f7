"""The 429 and Retry-After paths of core/targets/http.py, each over real HTTP.

Waits are checked without waiting: ``on_wait`` records the wait the client chose and presses Cancel,
so a test neither sleeps nor passes when the wait is zero. Answers the sandbox never gives (a 429
with no Retry-After and no policy, Retry-After on a 503, an HTTP date) come from a scripted server:
a real socket that plays a list of answers in order.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.sandbox import FaultConfig, SandboxServer
from core.targets import ratelimit
from core.targets.client_base import Connection
from core.targets.http import MAX_PROACTIVE_WAIT, HttpSession
from core.targets.outcomes import Cancelled, ServiceUnavailable
from core.targets.virtuous_client import VirtuousClient
from tests.core.sandbox_support import FakeClock
from tests.core.test_client_http import hs_batch, v_batch

TOKEN = "tok-SECRET-429-4b1d9e0c77"

Answer = tuple[int, dict[str, str], bytes]


class Scripted(ThreadingHTTPServer):
    """Answers requests with ``answers`` in order (the last one repeats); counts what it was asked."""

    daemon_threads = True

    def __init__(self, answers: list[Answer]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers, self.requests = answers, 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Scripted

    def log_message(self, *args: object) -> None:
        pass

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        index = min(self.server.requests, len(self.server.answers) - 1)
        self.server.requests += 1
        status, headers, body = self.server.answers[index]
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer


@pytest.fixture
def scripted() -> Iterator:  # type: ignore[type-arg]
    servers: list[Scripted] = []

    def start(*answers: Answer) -> Scripted:
        server = Scripted(list(answers))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


class FirstWait:
    """``on_wait`` that records the wait the client chose and cancels it at once."""

    def __init__(self) -> None:
        self.cancel = threading.Event()
        self.waits: list[tuple[float, str]] = []

    def __call__(self, seconds: float, reason: str) -> None:
        self.waits.append((seconds, reason))
        self.cancel.set()


def session(url: str, target: str = "virtuous", **kw: object) -> HttpSession:
    return HttpSession(Connection(target, url, TOKEN, max_retries=3, timeout=5.0), **kw)  # type: ignore[arg-type]


def first_wait(s: HttpSession) -> tuple[float, str]:
    probe = FirstWait()
    try:
        with pytest.raises(Cancelled):
            s.send_with_retries("POST", "/api/Contact/Batch", content=b"{}", cancel=probe.cancel, on_wait=probe)
    finally:
        s.close()
    assert len(probe.waits) == 1
    return probe.waits[0]


JSON = {"Content-Type": "application/json"}
OK: Answer = (200, JSON, b"{}")


def test_a_429_without_retry_after_or_policy_backs_off_at_least_a_second(scripted) -> None:  # type: ignore[no-untyped-def]
    server = scripted((429, {}, b"slow down"), OK)
    seconds, reason = first_wait(session(server.url, rng=lambda lo, hi: hi, backoff_base=0.01))
    assert seconds == 1.0 and "rate limit reached (HTTP 429)" in reason
    again = scripted((429, {}, b"slow down"), OK)
    seconds, _ = first_wait(session(again.url, rng=lambda lo, hi: hi, backoff_base=4.0))
    assert seconds == 4.0  # the back-off, when it is longer than the floor


def test_retry_after_on_a_5xx_is_honoured(scripted) -> None:  # type: ignore[no-untyped-def]
    server = scripted((503, {"Retry-After": "7"}, b"maintenance"), OK)
    seconds, reason = first_wait(session(server.url, rng=lambda lo, hi: 0.0))
    assert seconds == 7.0 and "server error HTTP 503" in reason and "retry 1 of 3" in reason


@pytest.mark.parametrize("status", [429, 503])
def test_waits_are_capped_at_one_hour(scripted, status: int) -> None:  # type: ignore[no-untyped-def]
    server = scripted((status, {"Retry-After": "86400"}, b""), OK)
    seconds, _ = first_wait(session(server.url))
    assert seconds == MAX_PROACTIVE_WAIT == 3600.0


def test_retry_after_as_an_http_date(scripted) -> None:  # type: ignore[no-untyped-def]
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=120), usegmt=True)
    server = scripted((429, {"Retry-After": when}, b""), OK)
    seconds, reason = first_wait(session(server.url))
    assert 60 < seconds <= 120 and "asked to wait" in reason  # the date, less however long the request took


def test_after_a_429_wait_the_request_goes_again_and_succeeds(scripted) -> None:  # type: ignore[no-untyped-def]
    server = scripted((429, {"Retry-After": "0"}, b""), (429, {"Retry-After": "0"}, b""), OK)
    s = session(server.url)
    try:
        result = s.send_with_retries("POST", "/api/Contact/Batch", content=b"{}")
    finally:
        s.close()
    assert result.response.status_code == 200 and server.requests == 3


def test_repeated_429s_give_up_with_a_resumable_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ratelimit.POLICY_WAITS, "TEN_SECONDLY_ROLLING", 0.001)  # HubSpot's policy wait, made short
    server = SandboxServer(token=TOKEN, faults=FaultConfig(p429=1.0)).start()
    waits: list[float] = []
    runaway = threading.Event()  # a client that never gives up is cancelled after 10 waits (and fails below)

    def on_wait(seconds: float, reason: str) -> None:
        waits.append(seconds)
        if len(waits) >= 10:
            runaway.set()

    try:
        hs = session(server.base_url, "hubspot", max_rate_waits=3)
        try:
            with pytest.raises(ServiceUnavailable, match="kept answering 'too many requests' after 3 waits") as info:
                hs.send_with_retries("POST", "/crm/v3/objects/contacts/batch/create", content=hs_batch(1).body,
                                     cancel=runaway, on_wait=on_wait)
        finally:
            hs.close()
        assert "resumed" in str(info.value)
        assert waits == [0.001] * 3  # it did wait each time, as long as the policy says
        assert server.stats()["statuses"] == {"429": 4} and server.contacts()["hubspot"] == []
    finally:
        server.stop()


def test_virtuous_hourly_limit_through_the_client() -> None:
    clock = FakeClock()
    server = SandboxServer(token=TOKEN, virtuous_hourly_limit=2, clock=clock).start()
    try:
        connection = Connection("virtuous", server.base_url, TOKEN)
        with VirtuousClient(connection) as vs:
            assert vs.send(v_batch(1))[0].status == "accepted"
            probe = FirstWait()
            vs.send(v_batch(1), on_wait=probe)  # the second request of the hour: the last of the budget
            with pytest.raises(Cancelled):
                vs.send(v_batch(1), cancel=probe.cancel, on_wait=probe)
        [(seconds, reason)] = probe.waits
        assert 3000 < seconds <= 3600  # until the hour's window ends (sandbox clock), never longer
        clock.advance(3600)
        with VirtuousClient(connection) as fresh:  # an hour later (a new session: resume)
            assert fresh.send(v_batch(1))[0].status == "accepted"
        assert server.stats()["statuses"].get("200", 0) == 3
    finally:
        server.stop()


def test_cancel_ends_an_hour_long_wait_at_once() -> None:
    """No timer and no time bound to tune: the wait asked for is an hour, so a broken wait hangs (and fails)."""
    clock = FakeClock()
    server = SandboxServer(token=TOKEN, virtuous_hourly_limit=1, clock=clock).start()
    cancel = threading.Event()
    seen: list[float] = []
    ended: list[BaseException] = []

    def on_wait(seconds: float, reason: str) -> None:
        seen.append(seconds)
        threading.Thread(target=cancel.set).start()  # Cancel pressed from elsewhere while it waits

    try:
        with VirtuousClient(Connection("virtuous", server.base_url, TOKEN)) as vs:
            vs.send(v_batch(1))

            def send() -> None:
                try:
                    vs.send(v_batch(1), cancel=cancel, on_wait=on_wait)
                except BaseException as e:  # noqa: BLE001 - handed to the test thread
                    ended.append(e)

            worker = threading.Thread(target=send)
            worker.start()
            worker.join(timeout=120)
        assert not worker.is_alive()
        assert [type(e) for e in ended] == [Cancelled] and seen and seen[0] > 3000
        assert server.stats()["requests"].get("POST /api/Contact/Batch") == 1  # nothing sent after Cancel
    finally:
        server.stop()
