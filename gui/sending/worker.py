"""Sending on a worker thread: record the run, then ``execute_run`` over the core engine.

``SubmitWorker`` is a QObject moved to its own QThread (see ``gui.sending.controller``). It emits only
plain Python data. The engine calls ``on_event`` from its own sending threads; outcomes are not
passed on one by one (a 20,000-row run would flood the window) but gathered and emitted as a list at
most every ``FLUSH_INTERVAL`` seconds, in the order they happened, so "latest wins" stays true for a
row reported twice (unknown, then settled). Cancel is cooperative: a ``threading.Event`` the engine
checks between batches and while it waits.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from core.account.catalog import checking_for
from core.account.companies import COMPANY_NEW
from core.account.prepare import build_planned
from core.account.subscriptions import subscriptions_extra
from core.addresses import address_problem
from core.afterrun.associate import AfterBatches, links_extra
from core.afterrun.hubspot_list import list_extra
from core.afterrun.marketing import marketing_extra
from core.errors import InputError
from core.logs import forget_in_logs
from core.mapping.catalog import TARGET_LABELS
from core.matching.decisions import Decisions
from core.pipeline import Checked
from core.readers.protected import PasswordNeeded
from core.redaction import blank
from core.submit.engine import execute_run
from core.submit.events import BatchFinished, Event, Progress, Reconciling, RunStarted, Waiting
from core.submit.journal import Journal, UnknownRun
from core.submit.journal_errors import JournalUnusable, JournalWriteFailed
from core.submit.run_view import ResultItem, RunOutcome, item_from_outcome, labels_for_run
from core.submit.runlock import RunBusy
from core.submit.runs import Destination, NothingToRetry, RunNotFinished, create_run, retry_failed
from core.targets.client_base import Connection, CrmClient, wait_kind
from core.targets.clients import make_client
from core.targets.outcomes import AuthError, Cancelled, RunStop, ServiceUnavailable
from core.targets.payloads import Batch
from core.words import N_
from gui.basics.language import core_text, input_error_text

log = logging.getLogger(__name__)

#: Rows and progress reach the window at most this often.
FLUSH_INTERVAL = 0.1
#: Options for every client the window makes; tests may set e.g. ``backoff_base``.
CLIENT_OPTIONS: dict[str, Any] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubmitWorker", text)


@dataclass(frozen=True)
class RunRequest:
    """What to send. ``kind``: "new" (record ``checked``/``batches`` first), "resume" or "retry" ``run_id``."""

    kind: str
    connection: Connection  # holds the token: in memory only, never in a signal
    practice: bool = False
    run_id: str | None = None
    checked: Checked | None = None
    batches: list[Batch] | None = None
    mode: str = "create"
    batch_size: int | None = None
    test_first: bool = True  # ask the CRM once before recording anything (a wrong key fails at once)
    decisions: Decisions | None = None  # the duplicate choices, saved with the run
    # HubSpot companies: the account's association label ("" unlabelled) and whether companies not in
    # HubSpot yet are created when sending (then the batches are prepared once more, creating them).
    company_label: str = ""
    create_companies: bool = False
    on_existing: str = "create"
    new_people: str = "add"  # HubSpot: "skip" leaves out people not there yet
    list_name: str = ""  # HubSpot: the contact list the run's contacts go into ("" none)
    marketing: bool = False  # HubSpot: set them as marketing contacts; the person confirmed their consent
    legal_basis: str = ""  # HubSpot: for the subscriptions a column gives
    legal_basis_explanation: str = ""
    #: HubSpot: the person agreed that the app creates its row-key property (``core.account.row_key``) before
    #: recording the run; the batches already carry the key.
    row_key: bool = False
    account: Any = None  # AccountConfig of the connection, for preparing the batches again
    #: How the file was opened, for a retry that reads it again: the text encoding the person chose
    #: (recorded with a new run) and a workbook's password (in memory only: never journaled or shown).
    encoding: str | None = None
    password: str | None = field(default=None, repr=False)


class Gate:
    """Open, batches go; closed (the window is asking the person), each batch waits here. ``held``
    counts the batches waiting now, so a test sees the gate hold one instead of waiting by the clock."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._lock = threading.Lock()
        self.held = 0

    def open(self) -> None:
        self._open.set()

    def close(self) -> None:
        self._open.clear()

    def is_open(self) -> bool:
        return self._open.is_set()

    def wait(self) -> None:
        if self._open.is_set():
            return
        with self._lock:
            self.held += 1
        try:
            self._open.wait()
        finally:
            with self._lock:
                self.held -= 1


def client_factory(conn: Connection, gate: Gate | None = None) -> Callable[[], CrmClient]:
    """One client per engine thread (clients keep their own connection and rate-limit state). With a
    ``gate``, no batch leaves while the gate is closed (see ``SubmitWorker.pause``)."""
    if gate is None:
        return lambda: make_client(conn, **CLIENT_OPTIONS)
    return lambda: _GatedClient(make_client(conn, **CLIENT_OPTIONS), gate)


class _GatedClient:
    """A client whose batches wait while the window asks the person something about the send.

    ``cancel`` opens the gate too (``SubmitWorker.cancel``): a batch held here is then not sent at all
    but ends as cancelled, which the engine settles like any cancelled batch."""

    def __init__(self, client: CrmClient, gate: Gate) -> None:
        self._client, self._gate = client, gate

    def send(self, batch: Batch, cancel: threading.Event | None = None, on_wait: Any = None) -> Any:
        self._gate.wait()
        if cancel is not None and cancel.is_set():
            raise Cancelled(N_("Cancelled before this batch was sent"))
        return self._client.send(batch, cancel, on_wait)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def test_connection(conn: Connection) -> str:
    """The CRM's one-line answer ("HubSpot: 120 contact properties"); raises ``ConnectionProblem``."""
    client = client_factory(dataclasses.replace(conn, max_retries=1, timeout=min(conn.timeout, 15.0)))()
    try:
        return client.test_connection()
    except AuthError as e:
        raise ConnectionProblem(_tr("{crm} refused this API key. Check that it was copied in full and that it "
                                    "may read and write contacts.").format(crm=_crm(conn)), _redact(str(e), conn)) \
            from None
    except ServiceUnavailable as e:
        raise ConnectionProblem(_tr("Could not reach {crm} at {url}. Check the address and the internet "
                                    "connection.").format(crm=_crm(conn), url=conn.base_url),
                                _redact(str(e).split(". ")[0], conn)) from None
    except RunStop as e:
        raise ConnectionProblem(_redact(str(e), conn)) from None
    except Exception as e:  # noqa: BLE001 - anything else: say it in one line
        raise ConnectionProblem(_tr("Could not reach {crm} at {url} ({error}).").format(
            crm=_crm(conn), url=conn.base_url, error=e.__class__.__name__)) from None
    finally:
        client.close()


class ConnectionProblem(Exception):
    """A connection test failed: ``message`` in plain words, ``detail`` what the service said."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


def _crm(conn: Connection) -> str:
    return TARGET_LABELS.get(conn.target, conn.target)


def _redact(text: str, conn: Connection) -> str:
    return blank(text, [conn.token])


class SubmitWorker(QObject):
    """Runs one ``RunRequest``. Exactly one of ``finished``/``failed`` is emitted, then ``done``."""

    runCreated = Signal(str)  # the run id, recorded before anything is sent
    runStarted = Signal(str, int, int)  # run id, rows to send, rows already settled
    rowsArrived = Signal(str, list)  # run id, list[ResultItem] in the order they were settled
    progress = Signal(int, int, float, float)  # done, total, rows per second, seconds left (-1: unknown)
    waiting = Signal(float, str, float, str)  # seconds, reason (engine words), until (time.time()), kind
    reconciling = Signal(int, int)  # batch number, rows
    finished = Signal(object)  # RunOutcome
    failed = Signal(str, str)  # message in words, run id ("" when no run was recorded)
    done = Signal()

    def __init__(self, journal: Journal | Callable[[], Journal], request: RunRequest) -> None:
        """``journal`` may be a function that opens it: then opening happens on this worker's thread,
        and a journal that cannot be used is reported like any other failure."""
        super().__init__()
        self._journal = journal
        self.request = request
        self.run_id: str | None = request.run_id if request.kind == "resume" else None
        self._cancel = threading.Event()
        self._go = Gate()  # closed while the window asks the person about the send (pause)
        self._lock = threading.Lock()
        self._rows: list[ResultItem] = []
        self._progress: Progress | None = None
        self._last_flush = 0.0
        self._timer: threading.Timer | None = None
        self._labels: dict[int, str] = {}
        #: Set when a retry could not open the file: False, no password was given; True, it was wrong.
        self.password_needed: bool | None = None

    @property
    def journal(self) -> Journal:
        if not isinstance(self._journal, Journal):
            self._journal = self._journal()
        return self._journal

    def cancel(self) -> None:
        """Stop after the batches already on their way have their answer (safe from any thread)."""
        self._cancel.set()
        self._go.open()

    def pause(self) -> None:
        """Send no new batch until ``go_on`` (or ``cancel``); the ones on their way get their answer."""
        self._go.close()

    def go_on(self) -> None:
        self._go.open()

    @property
    def paused(self) -> bool:
        return not self._go.is_open()

    @property
    def held_batches(self) -> int:
        """Batches waiting at the closed gate right now."""
        return self._go.held

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    # -- the thread's work ---------------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        """Thread entry point."""
        try:
            self._send()
        except Exception as e:  # noqa: BLE001 - each failure is said to the person (a bug too, and logged)
            self._report(e)
        finally:
            self._stop_timer()
            self.done.emit()

    def _send(self) -> None:
        req = self.request
        conn = req.connection
        forget_in_logs(conn.token)  # the window's log file blanks this token from now on
        if not req.practice and address_problem(conn.base_url) is not None:  # a settings file edited by hand
            raise ConnectionProblem(_tr("The address saved for “{name}” ({url}) is not a web address the app "
                                        "can use. Correct it under Connections (it looks like "
                                        "https://api.example.com), then send again.").format(
                name=conn.name or _crm(conn), url=conn.base_url))
        self.journal  # noqa: B018 - opened first: a journal that cannot record, cannot send
        if req.test_first and not req.practice:
            test_connection(conn)
        if self._cancel.is_set():
            raise _CancelledEarly
        run_id = self._record()
        self.run_id = run_id
        self._labels = labels_for_run(self.journal, run_id)
        after = AfterBatches(self.journal, run_id, conn) if conn.target == "hubspot" else None
        summary = execute_run(self.journal, run_id, client_factory(conn, self._go), cancel=self._cancel,
                              on_event=self._on_event, redact=[conn.token], after=after)
        self._flush(final=True)
        info = self.journal.get_run(run_id)
        self.finished.emit(RunOutcome(run_id, summary.state, dict(summary.counts), summary.message,
                                      summary.stopped_by, info.target, info.sandbox, info.connection_name,
                                      summary.sent_rows, summary.seconds))

    def _report(self, e: Exception) -> None:
        """A send that ended before its run did: what the person is told, decided by the kind of failure."""
        if isinstance(e, PasswordNeeded):
            self.password_needed = e.wrong
        said = self._failure_words(e)
        if said is None:  # a bug or a broken disk: tell the person, log the details
            self._unexpected(e)
            return
        text, of_run = said
        self.failed.emit(text, (self.run_id or "") if of_run else "")

    def _failure_words(self, e: Exception) -> tuple[str, bool] | None:
        """(sentence, whether it is about the run being sent) for a failure the app expects; None otherwise."""
        if isinstance(e, _CancelledEarly):
            return _tr("Cancelled before anything was sent."), True
        if isinstance(e, ConnectionProblem):
            return core_text(e.message) + (f"\n{core_text(e.detail)}" if e.detail else ""), True
        if isinstance(e, JournalUnusable):
            reason = core_text(e.message)
            return (reason if e.says_nothing_sent else _tr("Nothing was sent: {reason}").format(reason=reason)), True
        if isinstance(e, JournalWriteFailed):
            return core_text(str(e)), True
        if isinstance(e, RunBusy):
            return _tr("This run is being sent by another Contact Importer window right now. Wait for "
                       "it to finish there."), True
        if isinstance(e, UnknownRun):
            return _tr("That run is no longer in the run history."), True
        if isinstance(e, RunStop):  # e.g. HubSpot refused to create the missing companies: no contact was sent
            return _tr("Nothing was sent: {reason}").format(reason=_redact(str(e), self.request.connection)), True
        if isinstance(e, PasswordNeeded):
            return _tr("The failed rows cannot be sent again from this file: {reason}").format(
                reason=e.message), True
        if isinstance(e, InputError):
            return _tr("The failed rows cannot be sent again from this file: {reason}").format(
                reason=input_error_text(e)), True
        if isinstance(e, NothingToRetry):
            return _tr("There are no failed rows to send again."), False
        if isinstance(e, RunNotFinished):
            return _tr("This run did not finish; resume it instead of retrying."), False
        return None

    def _record(self) -> str:
        """The run id to send: recorded now (new, retry) or the one given (resume)."""
        req = self.request
        if req.kind == "resume":
            assert req.run_id
            return req.run_id
        if req.kind == "retry":
            assert req.run_id
            catalog, rule = checking_for(req.account, req.connection.target)  # the account's fields and lists
            run_id = retry_failed(self.journal, req.run_id, edited=req.checked,  # the window's rows, as edited
                                  catalog=catalog, rule=rule, password=req.password, encoding=req.encoding)
        else:
            assert req.checked is not None and req.batches is not None
            c = req.connection
            batches = req.batches
            if req.row_key and c.target == "hubspot":
                self._make_row_key(c)
            notes = getattr(batches, "company_notes", None) or {}
            if req.create_companies and any(code == COMPANY_NEW for code, _t in notes.values()):
                # Only now, Send pressed, are the missing companies made; the rest is as previewed.
                batches = build_planned(req.checked, choice=req.on_existing, connection=c, account=req.account,
                                        batch_size=req.batch_size, company_label=req.company_label or None,
                                        create_companies=True, dry_run=False, new=req.new_people,
                                        row_key=True if req.row_key else None)
            run_id = create_run(self.journal, req.checked, batches,
                                Destination(c.target, c.base_url, c.name, req.practice), mode=req.mode,
                                batch_size=req.batch_size, reasons=getattr(batches, "reasons", None),
                                decisions=req.decisions, encoding=req.encoding,
                                extras={**links_extra(getattr(batches, "links", None) or {}, label=req.company_label,
                                                      create_missing=req.create_companies,
                                                      plans=getattr(batches, "plans", None),
                                                      reasons=getattr(batches, "reasons", None),
                                                      unlinked=getattr(batches, "company_notes", None),
                                                      notes=getattr(batches, "owner_notes", None)),
                                        **list_extra(req.list_name), **marketing_extra(req.marketing),
                                        **subscriptions_extra(getattr(batches, "subscriptions", None) or {},
                                                              req.legal_basis or None, req.legal_basis_explanation)})
        self.runCreated.emit(run_id)
        return run_id

    def _make_row_key(self, conn: Connection) -> None:
        """The row-key property, made now (the person ticked the box for it) unless the account has it.
        Refused: nothing is sent (the batches carry the key), and the person is told how to go on."""
        from core.account.row_key import RowKeyRefused, ensure_row_key

        try:
            ensure_row_key(conn, create=True)
        except RowKeyRefused as e:
            raise RunStop(_tr("HubSpot did not let the app create its row-key property ({detail}). Untick “Keep "
                              "track of people without an email” to send without it.").format(
                detail=core_text(e.detail))) from None

    def _unexpected(self, e: BaseException) -> None:
        conn = self.request.connection
        text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
        log.error("Sending run %s failed:\n%s", self.run_id, _redact(text, conn))
        self.failed.emit(_tr("Sending stopped because of an unexpected problem: {detail}. Nothing already sent is "
                             "lost; resume the run to go on.").format(
            detail=_redact(str(e) or e.__class__.__name__, conn)), self.run_id or "")

    # -- events from the engine's threads ------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, BatchFinished):
            items = [item_from_outcome(o, event.number, self._labels.get(o.row, "")) for o in event.outcomes]
            self._queue(items, None)
        elif isinstance(event, Progress):
            self._queue([], event)
        elif isinstance(event, RunStarted):
            self.runStarted.emit(event.run_id, event.total_rows, event.done_rows)
        elif isinstance(event, Waiting):
            self._flush(final=False)
            self.waiting.emit(float(event.seconds), core_text(event.reason), float(event.until_timestamp),
                              wait_kind(event.reason))
        elif isinstance(event, Reconciling):
            self._flush(final=False)
            self.reconciling.emit(event.number, event.rows)

    def _queue(self, items: list[ResultItem], progress: Progress | None) -> None:
        with self._lock:
            self._rows.extend(items)
            if progress is not None:
                self._progress = progress
            due = time.monotonic() - self._last_flush >= FLUSH_INTERVAL
            if not due and self._timer is None:
                self._timer = threading.Timer(FLUSH_INTERVAL, self._flush, kwargs={"final": False})
                self._timer.daemon = True
                self._timer.start()
        if due:
            self._flush(final=False)

    def _flush(self, final: bool) -> None:
        """Emit what was gathered; under the lock, so two flushes can never swap their order."""
        with self._lock:
            if self._timer is not None and threading.current_thread() is self._timer:
                self._timer = None
            rows, self._rows = self._rows, []
            progress, self._progress = self._progress, None
            self._last_flush = time.monotonic()
            if rows and self.run_id:
                self.rowsArrived.emit(self.run_id, rows)
            if progress is not None:
                left = -1.0 if progress.seconds_left is None else float(progress.seconds_left)
                self.progress.emit(progress.done_rows, progress.total_rows, float(progress.rows_per_second), left)
        if final:
            self._stop_timer()

    def _stop_timer(self) -> None:
        with self._lock:
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
            if timer is not threading.current_thread():
                timer.join()
        with self._lock:
            rows, self._rows = self._rows, []
            if rows and self.run_id:
                self.rowsArrived.emit(self.run_id, rows)


class _CancelledEarly(Exception):
    """Cancel was pressed before the run was recorded."""
