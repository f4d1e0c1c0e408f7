"""Proof over real HTTP: the real clients against the sandbox CRM, for every fault kind and both
targets. Every row ends with exactly one outcome, and the sandbox holds every contact exactly once.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import pytest

from core.sandbox import SandboxServer, parse_faults
from core.submit.engine import RunSummary, execute_run
from core.submit.events import BatchFinished, Event, Waiting
from core.submit.journal import Journal
from core.targets import ratelimit
from core.targets.client_base import Connection
from core.targets.clients import make_client
from tests.core.sandbox_support import FakeClock
from tests.core.submit_support import TOKEN, assert_one_outcome_per_row, new_run

N_ROWS, BAD = 40, (5,)  # one row fails the checks and must be skipped, not sent
SUCCESS_STATUS = {"virtuous": "accepted", "hubspot": "created"}


@pytest.fixture(autouse=True)
def quick_hubspot_policy_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """HubSpot's ten-secondly 429 carries no Retry-After, so the client waits 10 s; not in tests."""
    monkeypatch.setitem(ratelimit.POLICY_WAITS, "TEN_SECONDLY_ROLLING", 0.05)


@pytest.fixture
def sandbox_factory() -> Iterator:  # type: ignore[type-arg]
    servers: list[SandboxServer] = []

    def start(*faults: str, seed: int = 11) -> SandboxServer:
        server = SandboxServer(token=TOKEN, faults=parse_faults(faults, seed=seed)).start()
        servers.append(server)
        return server

    yield start
    for s in servers:
        s.stop()


def send_until_done(journal: Journal, run_id: str, conn: Connection, *, concurrency: int | None = None,
                    cancel: threading.Event | None = None, on_event=None, sessions: int = 4) -> RunSummary:  # type: ignore[no-untyped-def]
    """Run, and resume as a person would while the service keeps stopping us (bounded)."""
    def clients():  # type: ignore[no-untyped-def]
        return make_client(conn, backoff_base=0.01)

    summary = execute_run(journal, run_id, clients, concurrency=concurrency, cancel=cancel, on_event=on_event,
                          redact=[TOKEN])
    for _ in range(sessions - 1):
        if summary.state != "stopped":
            break
        summary = execute_run(journal, run_id, clients, concurrency=concurrency, redact=[TOKEN])
    return summary


def assert_exactly_once(server: SandboxServer, journal: Journal, run_id: str, target: str, *,
                        updates_allowed: bool) -> None:
    rows = journal.rows(run_id)
    sent = [r for r in rows if r.batch is not None]
    server.process_virtuous()
    contacts = server.contacts()[target]
    if target == "hubspot":
        seen = Counter(c["properties"]["email"] for c in contacts)
        expected = Counter(r.email for r in sent)
    else:
        seen = Counter(c["referenceId"] for c in contacts)
        expected = Counter(r.key for r in sent)
    assert seen == expected, "every sent row is in the CRM exactly once, and nothing else is"
    assert all(c["sandbox"]["createCount"] == 1 for c in contacts)
    if not updates_allowed:  # a non-idempotent create must never have been applied twice
        assert all(c["sandbox"]["writeCount"] == 1 for c in contacts)
    n_rows = journal.get_run(run_id).total_rows
    statuses = assert_one_outcome_per_row(journal, run_id, n_rows)
    assert Counter(statuses.values()) == {SUCCESS_STATUS[target]: n_rows - len(BAD), "skipped": len(BAD)}
    assert all(r.crm_id for r in sent if target == "hubspot")
    assert TOKEN not in repr(rows) and TOKEN not in journal.get_run(run_id).message


FAULTS = {
    "rate": ("rate=2",),
    "429": ("429=0.3",),
    "5xx": ("5xx=0.3",),
    "slow": ("slow=0.15@0.5",),
    "slow-past-timeout": ("slow=0.6@0.3",),
    "drop-before": ("drop-before=0.3",),
    "drop-after": ("drop-after=0.3",),
    "everything": ("429=0.1", "5xx=0.1", "drop-before=0.1", "drop-after=0.1", "slow=0.05@0.2"),
}


@pytest.mark.parametrize("target", ["virtuous", "hubspot"])
@pytest.mark.parametrize("fault", list(FAULTS))
def test_every_row_once_under_faults(sandbox_factory, target: str, fault: str) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(*FAULTS[fault], seed=7)
    timeout = 0.4 if fault == "slow-past-timeout" else 10.0
    conn = Connection(target, server.base_url, TOKEN, timeout=timeout)
    waits: list[Waiting] = []
    with Journal() as j:
        run_id = new_run(j, target, N_ROWS, batch_size=10, bad=BAD, base_url=server.base_url)
        summary = send_until_done(j, run_id, conn, concurrency=2,
                                  on_event=lambda e: waits.append(e) if isinstance(e, Waiting) else None)
        assert summary.state == "finished", summary.message
        assert_exactly_once(server, j, run_id, target, updates_allowed=target == "virtuous")
    faults = server.stats()["faults"]
    if fault == "rate":  # the client paces itself from the headers, so 429s are optional; waiting is not
        assert waits and all(w.seconds > 0 for w in waits)
    elif fault not in ("everything", "slow-past-timeout"):
        key = {"drop-before": "drop_before", "drop-after": "drop_after"}.get(fault, fault)
        assert faults.get(key, 0) > 0, f"the sandbox should actually have injected {fault}"


@pytest.mark.parametrize("fault", ["drop-after", "5xx", "slow-past-timeout"])
def test_hubspot_upsert_once_under_faults(sandbox_factory, fault: str) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(*FAULTS[fault], seed=3)
    conn = Connection("hubspot", server.base_url, TOKEN, timeout=0.4 if fault == "slow-past-timeout" else 10.0)
    with Journal() as j:
        run_id = new_run(j, "hubspot", N_ROWS, batch_size=10, bad=BAD, mode="upsert", base_url=server.base_url)
        summary = send_until_done(j, run_id, conn)
        assert summary.state == "finished", summary.message
        rows = j.rows(run_id)
        counts = Counter(r.status for r in rows)
        # An upsert whose first answer was lost reads "updated" the second time; nothing else may differ.
        assert counts["skipped"] == 1 and counts["created"] + counts["updated"] == N_ROWS - 1, counts
        if fault == "5xx":  # a 5xx is answered before anything is stored: no row can have been written twice
            assert counts["created"] == N_ROWS - 1
        contacts = server.contacts()["hubspot"]
        assert sorted(c["properties"]["email"] for c in contacts) == sorted(r.email for r in rows if r.batch)


@pytest.mark.parametrize("target", ["virtuous", "hubspot"])
def test_cancel_mid_run_then_resume(sandbox_factory, target: str) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory("slow=0.2@1", seed=1)
    conn = Connection(target, server.base_url, TOKEN)
    cancel = threading.Event()

    def on_event(e: Event) -> None:
        if isinstance(e, BatchFinished):
            cancel.set()  # a person presses Cancel as soon as the first batch is in

    with Journal() as j:
        run_id = new_run(j, target, N_ROWS, batch_size=5, bad=BAD, base_url=server.base_url)
        summary = send_until_done(j, run_id, conn, concurrency=2, cancel=cancel, on_event=on_event)
        assert summary.state == "cancelled"
        counts = summary.counts
        done = counts.get(SUCCESS_STATUS[target], 0)
        assert 5 <= done <= 10 + 5  # the batches already in flight finished; nothing new started
        assert counts["not_sent"] == N_ROWS - len(BAD) - done and "unknown" not in counts
        server.process_virtuous()
        assert len(server.contacts()[target]) == done
        assert j.get_run(run_id).resumable
        summary = send_until_done(j, run_id, conn)
        assert summary.state == "finished"
        assert_exactly_once(server, j, run_id, target, updates_allowed=False)


def test_cancel_during_a_rate_limit_wait_is_prompt() -> None:
    """Virtuous's hourly budget runs out after two batches: the run waits for the hour to pass, Cancel is
    pressed as the wait is announced, and the run ends at once (a wait that ignored Cancel would hang)."""
    clock = FakeClock()
    server = SandboxServer(token=TOKEN, virtuous_hourly_limit=2, clock=clock).start()
    conn = Connection("virtuous", server.base_url, TOKEN)
    cancel = threading.Event()
    waits: list[Waiting] = []

    def on_event(e: Event) -> None:
        if isinstance(e, Waiting):
            waits.append(e)
            cancel.set()

    try:
        with Journal() as j:
            run_id = new_run(j, "virtuous", 20, batch_size=5, bad=BAD, base_url=server.base_url)
            summary = execute_run(j, run_id, lambda: make_client(conn, backoff_base=0.01), cancel=cancel,
                                  on_event=on_event)
            assert summary.state == "cancelled"
            assert [w.seconds > 3000 for w in waits] == [True]  # the hour's wait, cut short
            assert summary.counts == {"accepted": 10, "skipped": 1, "not_sent": 9}
            clock.advance(3600)  # the hour has passed (sandbox clock)
            summary = send_until_done(j, run_id, conn)
            assert summary.state == "finished"
            assert_exactly_once(server, j, run_id, "virtuous", updates_allowed=True)
    finally:
        server.stop()
