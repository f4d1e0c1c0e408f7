"""The engine against a fake CRM: ordering of journal writes, events, stops, lost answers, resume."""

from __future__ import annotations

import threading

import pytest

from core.submit.engine import execute_run
from core.submit.events import (
    BatchFinished,
    BatchStarted,
    Progress,
    Reconciling,
    RowResult,
    RunFinished,
    RunStarted,
    Waiting,
)
from core.submit.journal import Journal
from core.targets.outcomes import AuthError, Cancelled, RowOutcome, ServiceUnavailable
from core.targets.payloads import Batch
from tests.core.submit_support import TOKEN, FakeCrm, assert_one_outcome_per_row, new_run


def run(journal: Journal, run_id: str, crm: FakeCrm, **kw: object):  # type: ignore[no-untyped-def]
    events: list[object] = []
    summary = execute_run(journal, run_id, crm.client, on_event=events.append, **kw)  # type: ignore[arg-type]
    return summary, events


def test_sends_every_batch_and_reports_each_row() -> None:
    crm = FakeCrm()
    with Journal() as j:
        run_id = new_run(j, "hubspot", 35, batch_size=10, bad=(3,))
        summary, events = run(j, run_id, crm)
        assert summary.state == "finished"
        assert summary.counts == {"created": 34, "skipped": 1}
        statuses = assert_one_outcome_per_row(j, run_id, 35)
        assert list(statuses.values()).count("created") == 34
        assert all(n == 1 for n in crm.writes.values()) and len(crm.writes) == 34
        assert j.get_run(run_id).state == "finished"
    assert isinstance(events[0], RunStarted) and events[0].total_rows == 34
    assert isinstance(events[-1], RunFinished) and events[-1].state == "finished"
    assert sum(isinstance(e, BatchStarted) for e in events) == 4
    assert sum(isinstance(e, RowResult) for e in events) == 34
    finished = [e for e in events if isinstance(e, BatchFinished)]
    assert sorted(e.number for e in finished) == [1, 2, 3, 4]
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].done_rows == progress[-1].total_rows == 34
    assert all(c.closed for c in crm.clients)


def test_batch_is_journaled_as_sending_before_the_request(isolated_home: object) -> None:
    crm = FakeCrm()
    seen: list[tuple[int, str]] = []

    def check(batch: Batch) -> None:
        with Journal() as other:  # a second connection, as another process would read it
            state = {b.number: b.state for b in other.batches(run_id)}[batch.number]
        seen.append((batch.number, state))

    crm.before_send = check
    with Journal() as j:
        run_id = new_run(j, "virtuous", 30, batch_size=10)
        run(j, run_id, crm)
    assert sorted(seen) == [(1, "sending"), (2, "sending"), (3, "sending")]


def test_several_batches_in_flight_for_hubspot() -> None:
    crm = FakeCrm()
    together = threading.Barrier(3, timeout=30)  # only passes once three sends are in flight at once
    crm.before_send = lambda batch: together.wait() if batch.number <= 3 else None
    with Journal() as j:
        run_id = new_run(j, "hubspot", 60, batch_size=10)
        summary, _ = run(j, run_id, crm, concurrency=3)
    assert summary.counts == {"created": 60}
    assert crm.max_in_flight == 3
    assert len(crm.clients) == 3  # one client per worker thread


def test_virtuous_defaults_to_one_in_flight() -> None:
    """One worker thread (so one client) and each batch answered before the next is sent."""
    crm = FakeCrm()
    order: list[str] = []
    crm.before_send = lambda batch: order.append(f"send {batch.number}")

    def store(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        order.append(f"answer {b.number}")
        return c.store(b)

    crm.hooks.update({n: store for n in range(1, 5)})
    with Journal() as j:
        run_id = new_run(j, "virtuous", 40, batch_size=10)
        run(j, run_id, crm)
    assert crm.max_in_flight == 1
    assert len(crm.clients) == 1
    assert order == [f"{what} {n}" for n in range(1, 5) for what in ("send", "answer")]


def test_auth_error_stops_and_resume_finishes() -> None:
    crm = FakeCrm()

    def refuse(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        raise AuthError(f"HubSpot refused the API token {TOKEN}")

    crm.hooks[2] = refuse
    with Journal() as j:
        run_id = new_run(j, "virtuous", 40, batch_size=10)
        summary, events = run(j, run_id, crm, redact=[TOKEN])
        assert summary.state == "stopped" and summary.stopped_by == "AuthError"
        assert TOKEN not in summary.message and "***" in summary.message
        assert j.get_run(run_id).state == "stopped" and TOKEN not in j.get_run(run_id).message
        states = {b.number: b.state for b in j.batches(run_id)}
        assert states[1] == "done" and states[2] == "pending" and states[4] == "pending"
        assert summary.counts == {"accepted": 10, "not_sent": 30}
        summary2, _ = run(j, run_id, crm)
        assert summary2.state == "finished" and summary2.counts == {"accepted": 40}
    assert all(n == 1 for n in crm.writes.values()) and len(crm.writes) == 40
    assert not any(TOKEN in repr(e) for e in events)


def test_lost_answer_is_reconciled_and_only_missing_rows_resent() -> None:
    crm = FakeCrm()

    def store_first_four(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        with c.lock:
            for i in b.items[:4]:
                c.writes[i.key] += 1
        raise ServiceUnavailable("no usable answer after 6 tries")

    crm.hooks[2] = store_first_four
    with Journal() as j:
        run_id = new_run(j, "hubspot", 30, batch_size=10)
        summary, _ = run(j, run_id, crm, concurrency=1)
        assert summary.state == "stopped"
        assert {b.number: b.state for b in j.batches(run_id)}[2] == "unknown"
        assert summary.counts.get("unknown") == 10
        batch2 = j.batches(run_id, ("unknown",))[0].batch
        summary2, events = run(j, run_id, crm)
        assert summary2.state == "finished" and summary2.counts == {"created": 30}
    assert crm.reconciled[0] == (2, [i.key for i in batch2.items])
    resent = [keys for n, keys in crm.sent if n == 2][-1]
    assert resent == [i.key for i in batch2.items[4:]]  # only the six the CRM did not have
    assert len(crm.writes) == 30 and all(n == 1 for n in crm.writes.values())
    assert any(isinstance(e, Reconciling) and e.number == 2 for e in events)


def test_rows_missing_from_an_answer_are_reconciled_at_the_end() -> None:
    crm = FakeCrm()

    def forget_two(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        return c.store(b)[2:]

    crm.hooks[1] = forget_two
    with Journal() as j:
        run_id = new_run(j, "hubspot", 20, batch_size=10)
        summary, _ = run(j, run_id, crm)
        assert summary.state == "finished" and summary.counts == {"created": 20}
        assert_one_outcome_per_row(j, run_id, 20)
    assert [n for n, _ in crm.reconciled] == [1] and len(crm.reconciled[0][1]) == 2


def test_unknown_rows_stay_unknown_with_a_message() -> None:
    crm = FakeCrm()
    crm.hooks[1] = lambda c, b: [RowOutcome(i.row, i.key, "unknown", message="lost") for i in b.items]
    crm.reconcile_hook = lambda c, b: [RowOutcome(i.row, i.key, "unknown", message="") for i in b.items]
    with Journal() as j:
        run_id = new_run(j, "hubspot", 15, batch_size=10)
        summary, _ = run(j, run_id, crm)
        assert summary.state == "finished" and summary.counts == {"unknown": 10, "created": 5}
        unknown = [r for r in j.rows(run_id) if r.status == "unknown"]
        assert all("could not confirm" in r.message for r in unknown)
    assert not any(k in crm.writes for k in [f"row-{r}" for r in range(2, 12)])


def test_cancel_lets_in_flight_finish_and_leaves_the_rest_not_sent() -> None:
    crm = FakeCrm()
    cancel = threading.Event()
    crm.before_send = lambda b: cancel.set() if b.number == 2 else None
    with Journal() as j:
        run_id = new_run(j, "virtuous", 50, batch_size=10)
        summary, events = run(j, run_id, crm, cancel=cancel)
        assert summary.state == "cancelled"
        assert summary.counts == {"accepted": 20, "not_sent": 30}
        assert [n for n, _ in crm.sent] == [1, 2]
        assert j.get_run(run_id).state == "cancelled" and j.get_run(run_id).resumable
        summary2, _ = run(j, run_id, crm)
        assert summary2.counts == {"accepted": 50}
    assert len(crm.writes) == 50 and all(n == 1 for n in crm.writes.values())


def test_cancelled_while_waiting_keeps_answered_rows_and_requeues_the_rest() -> None:
    crm = FakeCrm()
    cancel = threading.Event()

    def partly(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        cancel.set()
        first = Batch(b.number, b.operation, b.items[:5], b.body)
        with c.lock:
            for i in first.items:
                c.writes[i.key] += 1
        err = Cancelled("Cancelled while waiting (rate limit)")
        err.partial_outcomes = [RowOutcome(i.row, i.key, "accepted") for i in first.items]  # type: ignore[attr-defined]
        raise err

    crm.hooks[1] = partly
    with Journal() as j:
        run_id = new_run(j, "virtuous", 10, batch_size=10)
        summary, _ = run(j, run_id, crm, cancel=cancel)
        assert summary.state == "cancelled" and summary.counts == {"accepted": 5, "not_sent": 5}
        assert {b.number: b.state for b in j.batches(run_id)} == {1: "pending"}
        summary2, _ = run(j, run_id, crm)
        assert summary2.counts == {"accepted": 10}
    assert crm.sent[-1][1] == crm.sent[0][1][5:]  # only the five without an answer went again
    assert crm.reconciled == []  # Virtuous re-sends are idempotent: no look-ups needed
    assert len(crm.writes) == 10 and all(n == 1 for n in crm.writes.values())


def test_cancelled_hubspot_create_is_checked_before_it_is_requeued() -> None:
    crm = FakeCrm()

    def stored_then_cancelled(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        c.store(b)  # the request went through; the answer never came (cancel during back-off)
        raise Cancelled("Cancelled while waiting (back-off)")

    crm.hooks[1] = stored_then_cancelled
    with Journal() as j:
        run_id = new_run(j, "hubspot", 10, batch_size=10)
        summary, _ = run(j, run_id, crm, cancel=threading.Event())
        assert summary.state == "finished" and summary.counts == {"created": 10}
    assert crm.reconciled and len(crm.writes) == 10 and all(n == 1 for n in crm.writes.values())


def test_unexpected_client_error_stops_with_its_message() -> None:
    crm = FakeCrm()

    def boom(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        raise KeyError("weird")

    crm.hooks[1] = boom
    with Journal() as j:
        run_id = new_run(j, "hubspot", 10, batch_size=10)
        summary, _ = run(j, run_id, crm)
        assert summary.state == "stopped" and "KeyError" in summary.message
        assert j.batches(run_id)[0].state == "unknown"


def test_a_failing_event_callback_does_not_lose_the_run() -> None:
    crm = FakeCrm()

    def bad(event: object) -> None:
        raise RuntimeError("window closed")

    with Journal() as j:
        run_id = new_run(j, "hubspot", 12, batch_size=5)
        summary = execute_run(j, run_id, crm.client, on_event=bad)
        assert summary.counts == {"created": 12}


def test_waits_are_reported_with_their_end_time() -> None:
    crm = FakeCrm()

    class Waits:
        def __init__(self) -> None:
            self.inner = crm.client()

        def send(self, batch, cancel=None, on_wait=None):  # type: ignore[no-untyped-def]
            on_wait(2.5, "rate limit reached")
            return self.inner.send(batch, cancel, on_wait)

        def reconcile(self, batch, cancel=None):  # type: ignore[no-untyped-def]
            return self.inner.reconcile(batch, cancel)

        def test_connection(self) -> str:
            return "x"

        def close(self) -> None:
            pass

    events: list[object] = []
    with Journal() as j:
        run_id = new_run(j, "hubspot", 5, batch_size=5)
        execute_run(j, run_id, Waits, on_event=events.append)
    waits = [e for e in events if isinstance(e, Waiting)]
    assert waits and waits[0].seconds == 2.5 and waits[0].until_timestamp > 0


def test_finished_run_is_not_sent_again() -> None:
    crm = FakeCrm()
    with Journal() as j:
        run_id = new_run(j, "hubspot", 10, batch_size=5)
        run(j, run_id, crm)
        summary, _ = run(j, run_id, crm)
        assert summary.state == "finished" and summary.sent_rows == 0
    assert len(crm.sent) == 2


@pytest.mark.parametrize("target", ["virtuous", "hubspot"])
def test_progress_counts_rows_done_before_a_resume(target: str) -> None:
    crm = FakeCrm()
    crm.hooks[2] = lambda c, b: (_ for _ in ()).throw(AuthError("no"))
    with Journal() as j:
        run_id = new_run(j, target, 30, batch_size=10)
        run(j, run_id, crm, concurrency=1)
        _, events = run(j, run_id, crm)
    started = next(e for e in events if isinstance(e, RunStarted))
    assert (started.done_rows, started.total_rows) == (10, 30)
    last = [e for e in events if isinstance(e, Progress)][-1]
    assert last.done_rows == 30
