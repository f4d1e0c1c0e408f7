"""Sending a journaled run: batches out in parallel, outcomes into the journal, events to a window.

``execute_run`` is both "start" and "resume": it first reconciles batches that were on the wire
when the run last stopped (crash, lost answer), then sends the batches that never left. The
journal is written before each request and after each answer, so killing the process at any
moment loses nothing and never sends a row twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from core.crashpoints import crashpoint
from core.redaction import blank
from core.submit.events import (
    BatchFinished,
    BatchStarted,
    Event,
    EventCallback,
    Progress,
    Reconciling,
    RowResult,
    RunFinished,
    RunStarted,
    RunSummary,
    Waiting,
)
from core.submit.journal import BatchEntry, Journal
from core.submit.journal_errors import JournalWriteFailed, write_failed
from core.submit.rebatch import IDEMPOTENT, sub_batch
from core.targets.client_base import CrmClient
from core.targets.outcomes import Cancelled, RowOutcome, RunStop, ServiceUnavailable
from core.targets.payloads import Batch
from core.words import N_

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = {"hubspot": 2, "virtuous": 1}
#: Rounds of reconcile-then-send per session; a second round picks up rows whose answer got lost
#: in the first, a third catches stragglers. More would only hide a misbehaving service.
MAX_ROUNDS = 3

MSG_NO_ANSWER = N_("The service's answer did not mention this row; resume checks whether the CRM holds it")
MSG_UNKNOWN = N_("Sent, but the answer was lost and the CRM could not confirm this row; look it up in the CRM")

ClientFactory = Callable[[], CrmClient]
#: The run's last step after its batches (``execute_run(after=)``): True when done, False when cancelled.
AfterBatches = Callable[[threading.Event], bool]
__all__ = ["DEFAULT_CONCURRENCY", "ClientFactory", "RunSummary", "execute_run"]


class _Session:
    """One call of ``execute_run``: shared state of the worker threads (all under ``_lock``)."""

    def __init__(self, journal: Journal, run_id: str, make_client: ClientFactory, concurrency: int,
                 cancel: threading.Event, on_event: EventCallback | None, redact: Sequence[str]) -> None:
        self.journal, self.run_id, self.make_client = journal, run_id, make_client
        self.concurrency, self.cancel, self.on_event = concurrency, cancel, on_event
        self.redact = [s for s in redact if s]
        self._lock = threading.Lock()
        self._emit_lock = threading.Lock()
        self._local = threading.local()
        self._clients: list[CrmClient] = []
        self.stop_message: str | None = None
        self.stopped_by: str | None = None
        self.aborted = threading.Event()  # KeyboardInterrupt and the like: start nothing new
        self.started = time.monotonic()
        self.session_done = 0
        self.total = 0
        self.status_by_row: dict[int, str] = {}  # settled rows of the run (for progress)
        self.after: AfterBatches | None = None
        self.after_done = True  # set False by execute_run when there is a last step to run

    # -- plumbing ------------------------------------------------------------------------------
    def clean(self, text: str) -> str:
        """Whatever goes into the journal or an event, with any secret blanked out."""
        return blank(text, self.redact)

    def emit(self, event: Event) -> None:
        if self.on_event is None:
            return
        with self._emit_lock:  # one call at a time, so a callback needs no locking of its own
            try:
                self.on_event(event)
            except Exception:  # a broken window must not lose a run
                log.exception("on_event callback failed")

    def client(self) -> CrmClient:
        """One client per worker thread: clients keep connection and rate-limit state of their own."""
        c: CrmClient | None = getattr(self._local, "client", None)
        if c is None:
            c = self.make_client()
            self._local.client = c
            with self._lock:
                self._clients.append(c)
        return c

    def close_clients(self) -> None:
        seen: set[int] = set()
        for c in self._clients:
            if id(c) not in seen:
                seen.add(id(c))
                try:
                    c.close()
                except Exception:
                    log.exception("closing a client failed")

    def halted(self) -> bool:
        return self.cancel.is_set() or self.stop_message is not None or self.aborted.is_set()

    def stop(self, err: BaseException) -> None:
        msg = self.clean(str(err) or err.__class__.__name__)
        if not isinstance(err, RunStop):
            msg = N_("Unexpected error ({kind}): {detail}").format(kind=err.__class__.__name__, detail=msg)
            log.error("run %s stopped by an unexpected error", self.run_id, exc_info=err)
        with self._lock:
            if self.stop_message is None:
                self.stop_message = msg
                self.stopped_by = err.__class__.__name__

    def on_wait(self, seconds: float, reason: str) -> None:
        self.emit(Waiting(seconds, reason, time.time() + seconds))

    def settled(self, number: int, outcomes: Sequence[RowOutcome], state: str, message: str = "") -> None:
        """Tell the window about rows whose outcomes were just committed, and where the run stands."""
        for o in outcomes:
            self.emit(RowResult(o, number))
        self.emit(BatchFinished(number, tuple(outcomes), state, message))
        with self._lock:
            self.session_done += len(outcomes)
            for o in outcomes:
                self.status_by_row[o.row] = o.status
            done = len(self.status_by_row)
            elapsed = max(time.monotonic() - self.started, 1e-6)
            rate = self.session_done / elapsed
        left = (self.total - done) / rate if rate > 0 else None
        self.emit(Progress(done, self.total, rate, left))

    # -- reconciling ---------------------------------------------------------------------------
    def reconcile(self, client: CrmClient, batch: Batch, cancel: threading.Event | None) -> bool:
        """Settle an on-the-wire batch from what the CRM holds; rows it lacks go back to pending.

        Returns False when reconciling could not be done (cancelled, or the service stopped us);
        the batch then stays as it was and the next session tries again.
        """
        if not batch.items:
            self.journal.finish_batch(self.run_id, batch.number, [], "done")
            return True
        self.emit(Reconciling(batch.number, len(batch.items)))
        try:
            found = client.reconcile(batch, cancel)
        except Cancelled:
            return False
        except Exception as e:
            self.stop(e)
            return False
        by_key = {o.key: o for o in found}
        final: list[RowOutcome] = []
        resend = []
        for item in batch.items:
            o = by_key.get(item.key)
            if o is None or o.status == "not_sent":
                resend.append(item)
            elif o.status == "unknown":
                final.append(RowOutcome(item.row, item.key, "unknown", o.crm_id, o.code,
                                        self.clean(o.message) or MSG_UNKNOWN))
            else:
                final.append(replace(o, row=item.row, message=self.clean(o.message)))
        if resend:
            self.requeue(batch, final, [i.key for i in resend], [i.row for i in resend])
        else:
            self.journal.finish_batch(self.run_id, batch.number, final, "done")
            self.settled(batch.number, final, "done")
        return True

    def requeue(self, batch: Batch, settled: list[RowOutcome], keys: list[str], rows: list[int]) -> None:
        """Record what is settled and put the other rows back as a pending batch of their own (one transaction)."""
        cut = sub_batch(batch, keys)
        self.journal.finish_batch(self.run_id, batch.number, settled, "pending", resend_body=cut.body,
                                  resend_rows=rows)
        self.settled(batch.number, settled, "pending")

    def recover(self) -> None:
        """Reconcile every batch that may be in the CRM without our knowing, before anything is re-sent."""
        for entry in self.journal.batches(self.run_id, ("sending", "unknown")):
            if self.halted():
                return
            batch = sub_batch(entry.batch, [i.key for i in entry.batch.items])  # body = just these rows
            self.reconcile(self.client(), batch, self.cancel)

    # -- sending -------------------------------------------------------------------------------
    def send_one(self, client: CrmClient, entry: BatchEntry) -> None:
        batch, number = entry.batch, entry.batch.number
        if not batch.items:
            self.journal.finish_batch(self.run_id, number, [], "done")
            return
        if entry.attempts:  # tried before: make sure the body carries exactly the rows still to send
            batch = sub_batch(batch, [i.key for i in batch.items])
        self.journal.mark_sending(self.run_id, number)  # committed before the request leaves
        self.emit(BatchStarted(number, len(batch.items), entry.attempts + 1))
        crashpoint("before-send")
        try:
            answer = client.send(batch, self.cancel, self.on_wait)
        except Cancelled as e:
            self.interrupted(client, batch, e, cancelled=True)
            return
        except Exception as e:
            self.interrupted(client, batch, e, cancelled=False)
            self.stop(e)
            return
        crashpoint("after-answer")
        self.record(batch, answer)

    def interrupted(self, client: CrmClient, batch: Batch, err: BaseException, *, cancelled: bool) -> None:
        """A send that ended part-way: keep the rows it did answer, then settle the rest safely.

        Rows of an idempotent operation (Virtuous imports, HubSpot upserts) simply go back to pending;
        a re-send merges. A HubSpot create is not idempotent: cancelled, it is checked against the
        CRM at once (without the cancel flag, so the check is not cut short); stopped, its rows are
        left 'unknown' for the next session to reconcile. Exhausted retries leave any batch unknown.
        """
        partial = [o for o in getattr(err, "partial_outcomes", None) or [] if isinstance(o, RowOutcome)]
        answered = {o.key for o in partial}
        rest = [i for i in batch.items if i.key not in answered]
        keep = [replace(o, message=self.clean(o.message)) for o in partial
                if o.key in {i.key for i in batch.items}]
        message = self.clean(str(err) or err.__class__.__name__)
        lost = isinstance(err, ServiceUnavailable) or not isinstance(err, (RunStop, Cancelled))
        if not rest:
            self.journal.finish_batch(self.run_id, batch.number, keep, "done")
            self.settled(batch.number, keep, "done")
        elif batch.operation in IDEMPOTENT and not lost:
            cut = sub_batch(batch, [i.key for i in rest])
            self.journal.finish_batch(self.run_id, batch.number, keep, "pending", message=message,
                                      resend_body=cut.body)
            self.settled(batch.number, keep, "pending", message)
        else:
            self.journal.finish_batch(self.run_id, batch.number, keep, "unknown", message=message)
            self.settled(batch.number, keep, "unknown", message)
            if cancelled and not lost:
                self.reconcile(client, sub_batch(batch, [i.key for i in rest]), None)

    def record(self, batch: Batch, answer: Sequence[RowOutcome]) -> None:
        """Exactly one outcome per row: matched by key, missing rows become unknown (reconciled later)."""
        by_key: dict[str, RowOutcome] = {}
        for o in answer:
            by_key.setdefault(o.key, o)
        outcomes: list[RowOutcome] = []
        for item in batch.items:
            said = by_key.get(item.key)
            if said is None:
                said = RowOutcome(item.row, item.key, "unknown", message=MSG_NO_ANSWER)
            outcomes.append(replace(said, row=item.row, message=self.clean(said.message)))
        unknown = [o for o in outcomes if o.status == "unknown"]
        again = [o for o in outcomes if o.status == "not_sent"]
        keep = [o for o in outcomes if o.status != "not_sent"]
        if unknown:  # reconcile first; rows the client did not send wait (un-recorded) for that
            self.journal.finish_batch(self.run_id, batch.number, keep, "unknown", resend_rows=[o.row for o in again])
            self.settled(batch.number, keep, "unknown")
        elif again:  # the client left some rows out: they go again, alone
            self.requeue(batch, keep, [o.key for o in again], [o.row for o in again])
        else:
            self.journal.finish_batch(self.run_id, batch.number, outcomes, "done")
            self.settled(batch.number, outcomes, "done")

    def send_pending(self) -> None:
        queue = deque(self.journal.batches(self.run_id, ("pending",)))
        if not queue:
            return
        qlock = threading.Lock()

        def worker() -> None:
            client = self.client()
            while not self.halted():
                with qlock:
                    if not queue:
                        return
                    entry = queue.popleft()
                self.send_one(client, entry)

        workers = max(1, min(self.concurrency, len(queue)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"submit-{self.run_id}") as pool:
            futures = [pool.submit(worker) for _ in range(workers)]
            try:
                for f in futures:
                    err = f.exception()
                    if err is not None:  # a journal or programming error: stop cleanly, then report it
                        self.stop(err)
            except BaseException:
                self.aborted.set()  # let the workers finish what is in flight, and nothing more
                raise

    # -- the session ---------------------------------------------------------------------------
    def run(self) -> RunSummary:
        j, run_id = self.journal, self.run_id
        try:
            hold = j.lock(run_id)
            hold.acquire()
        except OSError as e:  # the data folder is read-only or gone: nothing was sent
            raise write_failed(e, j.path) from e
        try:
            for r in j.rows(run_id):
                if r.batch is not None:
                    self.total += 1
                    if r.recorded:
                        self.status_by_row[r.row] = r.status
            try:
                j.set_state(run_id, "running")
                self.emit(RunStarted(run_id, self.total, len(self.status_by_row), len(j.batches(run_id))))
                for _ in range(MAX_ROUNDS):
                    self.recover()
                    if self.halted():
                        break
                    self.send_pending()
                    if self.halted() or not j.batches(run_id, ("pending", "sending", "unknown")):
                        break
                self.after_batches()
            except JournalWriteFailed as e:  # a full disk or the like: stop like any other RunStop
                self.aborted.set()
                self.stop(e)
            except BaseException as e:
                self.aborted.set()
                if isinstance(e, KeyboardInterrupt):
                    self.save_state("cancelled", N_("Interrupted; resume the run to finish it"))
                else:
                    self.stop(e)
                    self.save_state("stopped", self.stop_message or "")
                self.close_clients()
                raise
            self.close_clients()
            state, message = self.final_state()
            state, message = self.save_state(state, message)
            counts = j.counts(run_id)
        finally:
            hold.release()
        self.emit(RunFinished(run_id, state, counts, message))
        return RunSummary(run_id, state, counts, message, self.session_done, time.monotonic() - self.started,
                          self.stopped_by if state == "stopped" else None)

    def after_batches(self) -> None:
        """The run's last step once every batch has its answer (HubSpot: the company links of updated
        contacts). Until it has run the run is not finished, so a crash or a refusal here is resumed."""
        if self.after is None or self.halted() or self.journal.batches(self.run_id, ("pending", "sending", "unknown")):
            return
        try:
            self.after_done = self.after(self.cancel)
        except Cancelled:
            self.after_done = False
        except RunStop as e:
            self.stop(e)

    def save_state(self, state: str, message: str) -> tuple[str, str]:
        """Record how the session ended; when even that cannot be written, the run reads as interrupted
        (state 'running', nobody holding it) and resumes like after a crash."""
        try:
            self.journal.set_state(self.run_id, state, message)
        except JournalWriteFailed as e:
            self.stop(e)
            return "stopped", self.stop_message or str(e)
        return state, message

    def final_state(self) -> tuple[str, str]:
        open_batches = self.journal.batches(self.run_id, ("pending", "sending", "unknown"))
        if self.stop_message is not None:
            return "stopped", self.stop_message
        if not open_batches and self.after_done:
            return "finished", ""
        if not open_batches:
            return "cancelled", ("Cancelled before every contact was associated with its company; "
                                 "resume the run to finish")
        if self.cancel.is_set():
            return "cancelled", N_("Cancelled; the rows not sent can be sent by resuming the run")
        return "stopped", N_("Some answers were lost and could not be checked yet; resume the run to check them")


def execute_run(journal: Journal, run_id: str, make_client: ClientFactory, *, concurrency: int | None = None,
                cancel: threading.Event | None = None, on_event: EventCallback | None = None,
                redact: Sequence[str] = (), after: AfterBatches | None = None) -> RunSummary:
    """Send (or resume) a journaled run until every row has an outcome, it is cancelled, or it stops.

    ``after(cancel)`` is the run's last step (see ``_Session.after_batches``); it returns False when
    cancelled before it was done and raises ``RunStop`` when the CRM refused it.

    ``make_client`` is called once per worker thread (return one shared, thread-safe client if you
    prefer). ``on_event`` is called from worker threads, one call at a time. ``redact`` lists
    secrets (the token) to blank out of any message that reaches the journal or an event. Raises
    ``RunBusy`` when another process is sending this run and ``UnknownRun`` for a bad id; everything
    else ends up in the summary's state and message.
    """
    info = journal.get_run(run_id)
    n = concurrency or info.concurrency or DEFAULT_CONCURRENCY.get(info.target, 1)
    session = _Session(journal, run_id, make_client, n, cancel or threading.Event(), on_event, redact)
    session.after, session.after_done = after, after is None
    return session.run()
