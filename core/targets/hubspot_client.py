"""HubSpot: sends contact batch creates and upserts and ties every answer back to its row.

HubSpot returns results in no particular order, so rows are matched by ``objectWriteTraceId``
(then by email), never by position. A whole-batch rejection that names no row is split in halves
until the bad rows stand alone. A create is not idempotent: when its answer is lost, the
contacts are looked up by email first and only the ones not found are sent again.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

import httpx

from core.targets.client_base import LOST, Connection, WaitCallback, WaitReason
from core.targets.http import (
    DEFAULT_BACKOFF_BASE,
    AmbiguousSend,
    HttpResult,
    HttpSession,
    describe_error,
    json_dict,
    json_list,
    json_str,
    redact,
    response_json,
)
from core.targets.hubspot_parsing import EXISTING_ID, BatchState, as_list, epoch_of, norm_email, validation_details
from core.targets.outcomes import Cancelled, RowOutcome, RunStop, ServiceUnavailable
from core.targets.payloads import OP_HS_CREATE, OP_HS_UPDATE, OP_HS_UPSERT, Batch
from core.targets.ratelimit import RateLimiter
from core.targets.row_key import ROW_KEY_PROPERTY
from core.words import N_

logger = logging.getLogger(__name__)

# Uncertain: REST 429 Retry-After is undocumented (honoured if sent); v1–v3 paths unsupported Sept 2027: configurable.
HUBSPOT_CONTACTS_PATH = "/crm/v3/objects/contacts"
HUBSPOT_PROPERTIES_PATH = "/crm/v3/properties/contacts"

JSON_HEADERS = {"Content-Type": "application/json"}
READ_CHUNK = 100
SPLITTABLE = frozenset({400, 409, 413, 422})
CONFIRMED_MESSAGE = N_("Confirmed in HubSpot after a lost connection")
NO_EMAIL_MESSAGE = N_("HubSpot's answer was lost after sending and this row has no email to look it up by, so it "
                    "was not sent again (it may be there already). Check HubSpot for {what}, created at about "
                    "{at}; send it again only if it is not there")
EXISTED_MESSAGE = N_("Already in HubSpot before this run (ID {id}); not created again")
RETRY_CREATED_MESSAGE = N_("Created by a try whose answer was lost; confirmed in HubSpot")
KEY_PREFIX = "row-key:"  # keeps row keys apart from emails among the contacts found
UNMENTIONED_MESSAGE = N_("HubSpot's answer did not mention this row; check HubSpot before sending it again")


class HubSpotClient:
    """The CrmClient for HubSpot contacts. ``backoff_base`` and ``transport`` exist for tests."""

    def __init__(self, connection: Connection, *, contacts_path: str = HUBSPOT_CONTACTS_PATH,
                 properties_path: str = HUBSPOT_PROPERTIES_PATH, transport: httpx.BaseTransport | None = None,
                 backoff_base: float = DEFAULT_BACKOFF_BASE, limiter: RateLimiter | None = None) -> None:
        self.connection = connection
        self.contacts_path = contacts_path.rstrip("/")
        self.properties_path = properties_path
        self.http = HttpSession(connection, transport=transport, backoff_base=backoff_base, limiter=limiter)

    def __repr__(self) -> str:
        return f"HubSpotClient(base_url={self.connection.base_url!r})"

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HubSpotClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- send -----

    def send(self, batch: Batch, cancel: threading.Event | None = None,
             on_wait: WaitCallback | None = None) -> list[RowOutcome]:
        """One outcome per item, matched by trace id or email. On RunStop/Cancelled part-way through,
        the exception carries ``partial_outcomes`` for the rows already answered."""
        if batch.operation not in (OP_HS_CREATE, OP_HS_UPSERT, OP_HS_UPDATE):
            raise ValueError(f"HubSpotClient cannot send a {batch.operation!r} batch")
        run = BatchState(batch, cancel, on_wait)
        try:
            if batch.items:
                self._send_part(run, list(range(len(batch.items))), batch.body)
                self._confirm_conflicts(run)
        except (RunStop, Cancelled) as exc:
            exc.partial_outcomes = [run.done[i] for i in sorted(run.done)]
            raise
        for i in range(len(batch.items)):
            if i not in run.done:
                run.put(i, "unknown", message=UNMENTIONED_MESSAGE)
        return [run.done[i] for i in range(len(batch.items))]

    def _confirm_conflicts(self, run: BatchState) -> None:
        """A create that went out before (a killed session, or an answer lost in this one) and that HubSpot
        now refuses as existing may have been made by that earlier try, if HubSpot stored it after the
        look-up: its ``createdAt`` against the batch's first send tells "created" (this run's) from
        "exists" (there before), so undo archives exactly what the run created."""
        if not run.create or (run.batch.not_before is None and not run.lost):
            return
        rows = [i for i, o in run.done.items() if o.status == "exists" and o.crm_id]
        if not rows:
            return
        found = self._read_by("hs_object_id", [run.done[i].crm_id or "" for i in rows],
                              lambda v: str(v) if v not in (None, "") else None, run.cancel, run.on_wait)
        for i in rows:
            crm_id = run.done[i].crm_id
            created_at = found.get(crm_id or "", (None, None))[1]
            if created_at is not None and run.created_by_run(created_at):
                run.put(i, "created", crm_id=crm_id, message=RETRY_CREATED_MESSAGE)

    def _path(self, run: BatchState) -> str:
        verb = {OP_HS_CREATE: "create", OP_HS_UPDATE: "update"}.get(run.batch.operation, "upsert")
        return f"{self.contacts_path}/batch/{verb}"

    def _send_part(self, run: BatchState, indices: list[int], body: bytes) -> None:
        try:
            result = self.http.send_with_retries("POST", self._path(run), content=body, headers=JSON_HEADERS,
                                                 cancel=run.cancel, on_wait=run.on_wait,
                                                 retry_ambiguous=not run.create)
        except AmbiguousSend:
            self._recover_lost_create(run, indices)
            return
        self._read_answer(run, indices, result)

    def _recover_lost_create(self, run: BatchState, indices: list[int]) -> None:
        """A create whose answer was lost: confirm by email, re-send only the rows not found, and
        never re-send a row that cannot be looked up (it may already be there)."""
        pending = indices
        rounds = 0
        while pending:
            rounds += 1
            if rounds > self.connection.max_retries:
                raise ServiceUnavailable(N_(
                    "HubSpot kept losing the connection after {n} tries. This batch's rows may or may not "
                    "be in HubSpot; resuming the import checks before re-sending.").format(n=rounds - 1))
            run.lost = True
            checking = N_("HubSpot: the answer was lost; checking which contacts were created")
            self.http.backoff(rounds, WaitReason(checking, LOST),
                              run.cancel, run.on_wait)
            emails = {i: run.email_of(i) for i in pending}
            found = self._read_by_email([e for e in emails.values() if e], run.cancel, run.on_wait)
            found.update(self._read_by_key(run, pending, emails, run.cancel, run.on_wait))
            resend = self._apply_found(run, pending, emails, found)
            if not resend:
                return
            body = run.body_for(resend)
            if body is None:
                for i in resend:
                    run.put(i, "unknown", message=N_("The connection was lost and the batch could not be rebuilt; "
                                                     "check HubSpot for this row before sending it again"))
                return
            logger.info("HubSpot: %d of %d rows not found after a lost answer; sending them again",
                        len(resend), len(pending))
            try:
                result = self.http.send_with_retries("POST", self._path(run), content=body, headers=JSON_HEADERS,
                                                     cancel=run.cancel, on_wait=run.on_wait, retry_ambiguous=False)
            except AmbiguousSend:
                pending = resend
                continue
            self._read_answer(run, resend, result)
            return

    def _read_by_key(self, run: BatchState, indices: list[int], emails: dict[int, str | None],
                     cancel: threading.Event | None, on_wait: WaitCallback | None
                     ) -> dict[str, tuple[str, float | None]]:
        """Rows without an email that carry the account's row key (core.targets.row_key), read back by it:
        ``KEY_PREFIX + key`` → (contact id, created at)."""
        keys = [k for i in indices if emails[i] is None and (k := run.row_key_of(i))]
        if not keys:
            return {}
        found = self._read_by(ROW_KEY_PROPERTY, keys, lambda v: v if isinstance(v, str) and v else None,
                              cancel, on_wait)
        return {KEY_PREFIX + k: v for k, v in found.items()}

    @staticmethod
    def _apply_found(run: BatchState, indices: list[int], emails: dict[int, str | None],
                     found: dict[str, tuple[str, float | None]]) -> list[int]:
        """After a lost answer: a contact found by email (or, without one, by the row key) and created
        since this run sent the batch is ``created`` (this run made it); one older than that ``exists``;
        rows with neither are ``unknown`` with what to look for (never re-sent blindly). Returns the
        rows to send again."""
        resend: list[int] = []
        claimed: set[str] = set()
        at = time.strftime("%H:%M", time.localtime(run.started))
        for i in indices:
            email = emails[i]
            row_key = run.row_key_of(i)
            if email is None and row_key:
                email = KEY_PREFIX + row_key
            if email is None:
                run.put(i, "unknown", code="check.no_email",
                        message=NO_EMAIL_MESSAGE.format(what=run.look_for(i), at=at))
            elif email in found:
                crm_id, created_at = found[email]
                if email not in claimed and run.created_by_run(created_at):
                    run.put(i, "created", crm_id=crm_id, message=CONFIRMED_MESSAGE)
                else:
                    run.put(i, "exists", crm_id=crm_id, message=EXISTED_MESSAGE.format(id=crm_id))
                claimed.add(email)
            else:
                resend.append(i)
        return resend

    def _read_answer(self, run: BatchState, indices: list[int], result: HttpResult) -> None:
        response = result.response
        status = response.status_code
        data = response_json(response)
        if response.is_success:
            if isinstance(data, dict):
                self._map_batch(run, indices, data, result.ambiguous)
            else:
                for i in indices:
                    run.put(i, "unknown", message=N_("HubSpot answered HTTP {status} without a readable body; "
                                                     "check HubSpot before sending this row again").format(
                                                         status=status))
            return
        if status not in SPLITTABLE:
            _code, text = describe_error(response, self.connection.token)
            raise RunStop(N_("HubSpot answered HTTP {status} ({detail}); check the connection settings.").format(
                status=status, detail=text))
        error = data if isinstance(data, dict) else {"message": describe_error(response, self.connection.token)[1]}
        # A rejection that names its rows: those fail, the rest were not written and go again.
        named = self._take_rows(run, indices, error, set())
        if named:
            for i in named:
                self._put_error(run, i, error)
            rest = [i for i in indices if i not in named]
            if rest:
                self._resend(run, rest, error)
            return
        if len(indices) == 1:
            self._put_error(run, indices[0], error)
            return
        half = len(indices) // 2
        halves = [indices[:half], indices[half:]]
        bodies = [run.body_for(h) for h in halves]
        if any(b is None for b in bodies):
            code, text = validation_details(error)
            for i in indices:
                run.put(i, "failed", code=code,
                        message=N_("{detail} (the batch could not be split to find the row at fault)").format(
                            detail=self._clean(text)))
            return
        logger.info("HubSpot rejected %d rows with HTTP %d; splitting to find the bad ones", len(indices), status)
        for h, b in zip(halves, bodies, strict=True):
            self._send_part(run, h, b)  # type: ignore[arg-type]  # no None: all() above

    def _resend(self, run: BatchState, indices: list[int], error: dict[str, Any]) -> None:
        body = run.body_for(indices)
        if body is None:
            for i in indices:
                run.put(i, "not_sent", message=N_("Not written: HubSpot rejected its batch because of another row"))
            return
        self._send_part(run, indices, body)

    def _map_batch(self, run: BatchState, indices: list[int], data: dict[str, Any], ambiguous: bool) -> None:
        """Results and errors of a 200/201/207, tied to rows by trace id, then by email."""
        claimed: set[int] = set()
        results = json_list(data, "results")
        for r in results:
            if not isinstance(r, dict):
                continue
            props = json_dict(r, "properties")
            i = self._match(run, indices, claimed, as_list(r.get("objectWriteTraceId")), [props.get("email")])
            if i is None:
                logger.warning("HubSpot returned a result that matches no row of this batch (id %s)", r.get("id"))
                continue
            self._put_result(run, i, r, ambiguous)
        unattributed: list[str] = []
        errors = json_list(data, "errors")
        for e in errors:
            if not isinstance(e, dict):
                continue
            rows = self._take_rows(run, indices, e, claimed)
            if not rows:
                unattributed.append(self._clean(str(e.get("message") or e.get("category") or "error")))
            for i in rows:
                self._put_error(run, i, e)
        for i in indices:
            if i not in claimed:
                message = N_("HubSpot's answer did not mention this row; check HubSpot before sending it again "
                             "(HubSpot also said: {detail})").format(detail="; ".join(unattributed)) \
                    if unattributed else UNMENTIONED_MESSAGE
                run.put(i, "unknown", message=message)

    @staticmethod
    def _put_result(run: BatchState, i: int, r: dict[str, Any], ambiguous: bool) -> None:
        """A row HubSpot wrote: created or updated, as the operation and the answer say."""
        crm_id = str(r["id"]) if r.get("id") is not None else None
        if run.create:
            run.put(i, "created", crm_id=crm_id)
        elif run.batch.operation == OP_HS_UPDATE:  # by contact id: it can only change an existing contact
            run.put(i, "updated", crm_id=crm_id, message=N_("Updated the contact you chose (ID {id})").format(
                id=crm_id))
        elif r.get("new") is True:
            run.put(i, "created", crm_id=crm_id)
        elif (ambiguous or run.batch.not_before is not None) and epoch_of(r.get("createdAt")) is not None \
                and run.created_by_run(epoch_of(r.get("createdAt"))):
            # An earlier try of this batch (this session's lost answer, or a session that was killed)
            # created it: "created", not "updated", so undo archives it.
            run.put(i, "created", crm_id=crm_id, message=RETRY_CREATED_MESSAGE)
        else:
            run.put(i, "updated", crm_id=crm_id)

    @staticmethod
    def _match(run: BatchState, indices: list[int], claimed: set[int], traces: list[str],
               emails: list[Any]) -> int | None:
        for t in traces:
            for i in indices:
                if i not in claimed and run.batch.items[i].key == t:
                    claimed.add(i)
                    return i
        for e in emails:
            email = norm_email(e)
            if email is None:
                continue
            for i in indices:
                if i not in claimed and run.email_of(i) == email:
                    claimed.add(i)
                    return i
        return None

    def _take_rows(self, run: BatchState, indices: list[int], error: dict[str, Any], claimed: set[int]) -> list[int]:
        """The rows an error names through ``context.objectWriteTraceId`` (a list), else ``context.ids``."""
        context = json_dict(error, "context")
        rows: list[int] = []
        for t in as_list(context.get("objectWriteTraceId")):
            i = self._match(run, indices, claimed, [t], [])
            if i is not None:
                rows.append(i)
        if not rows:  # e.g. upsert "Duplicate IDs": the ids are emails, and every row with one is named
            for e in as_list(context.get("ids")):
                while (i := self._match(run, indices, claimed, [], [e])) is not None:
                    rows.append(i)
        return rows

    def _put_error(self, run: BatchState, i: int, error: dict[str, Any]) -> None:
        message = json_str(error, "message") or ""
        existing = EXISTING_ID.search(message)
        if existing:
            run.put(i, "exists", crm_id=existing.group(1), message=N_("Already exists (ID {id})").format(
                id=existing.group(1)))
            return
        if error.get("category") == "CONFLICT":
            run.put(i, "exists", code="CONFLICT", message=N_("Already exists ({detail})").format(
                detail=self._clean(message)))
            return
        code, text = validation_details(error)
        run.put(i, "failed", code=code, message=self._clean(text))

    def _clean(self, text: str) -> str:
        return redact(text, self.connection.token)

    # ----- reconcile -----

    def find_by_email(self, emails: list[str], cancel: threading.Event | None = None,
                      on_wait: WaitCallback | None = None) -> dict[str, str]:
        """lower-cased email → contact id for those that exist, via ``batch/read`` with idProperty email."""
        return {e: cid for e, (cid, _at) in self._read_by_email(emails, cancel, on_wait).items()}

    def _read_by_email(self, emails: list[str], cancel: threading.Event | None = None,
                       on_wait: WaitCallback | None = None) -> dict[str, tuple[str, float | None]]:
        """lower-cased email → (contact id, created at as epoch seconds or None)."""
        return self._read_by("email", emails, norm_email, cancel, on_wait)

    def _read_by(self, id_property: str, values: list[str], norm: Any, cancel: threading.Event | None = None,
                 on_wait: WaitCallback | None = None) -> dict[str, tuple[str, float | None]]:
        """``batch/read`` by a unique property: normalised value → (contact id, created at or None)."""
        unique = sorted({e for e in (norm(x) for x in values) if e})
        found: dict[str, tuple[str, float | None]] = {}
        for start in range(0, len(unique), READ_CHUNK):
            chunk = unique[start:start + READ_CHUNK]
            doc: dict[str, Any] = {"properties": [id_property, "createdate"], "propertiesWithHistory": [],
                                   "inputs": [{"id": e} for e in chunk]}
            if id_property != "hs_object_id":  # by record id: idProperty is left out (as for batch/update)
                doc = {"idProperty": id_property, **doc}
            body = json.dumps(doc).encode("utf-8")
            result = self.http.send_with_retries("POST", f"{self.contacts_path}/batch/read", content=body,
                                                 headers=JSON_HEADERS, cancel=cancel, on_wait=on_wait)
            response = result.response
            data = response_json(response)
            if not response.is_success or not isinstance(data, dict):
                _code, text = describe_error(response, self.connection.token)
                raise RunStop(N_("HubSpot could not look contacts up by email (HTTP {status}: {detail}).").format(
                    status=response.status_code, detail=text))
            for r in data.get("results") or []:
                if not isinstance(r, dict) or r.get("id") is None:
                    continue
                props = json_dict(r, "properties")
                value = norm(r["id"] if id_property == "hs_object_id" else props.get(id_property))
                if value is not None:
                    found.setdefault(value, (str(r["id"]), epoch_of(r.get("createdAt") or props.get("createdate"))))
        return found

    def reconcile(self, batch: Batch, cancel: threading.Event | None = None) -> list[RowOutcome]:
        """What HubSpot holds for a batch whose answer was lost, labelled by what this run did.

        Creates: rows found by email → ``created`` (made since the batch first went) or ``exists``; not
        found → ``not_sent`` (safe to send: absent); no email → ``unknown``. Upserts (``--on-existing
        update`` and ``fill``): a contact found by email and created since the batch first went was made
        by the lost try → ``created`` (so undo archives it); any other row → ``not_sent``, as an upsert is
        idempotent and its re-send tells the outcome (a contact there before would not prove our update
        was applied). An update by contact id is the same whether applied once or twice → ``not_sent``."""
        run = BatchState(batch, cancel, None)
        indices = list(range(len(batch.items)))
        if batch.operation == OP_HS_UPDATE:
            for i in indices:
                run.put(i, "not_sent", message=N_("Upserts are safe to send again; sending it again gives its outcome"))
        elif batch.operation == OP_HS_UPSERT:
            emails = {i: run.email_of(i) for i in indices}
            found = self._read_by_email([e for e in emails.values() if e], cancel)
            for i in indices:
                crm_id, created_at = found.get(emails[i] or "", (None, None))
                if crm_id is not None and created_at is not None and run.created_by_run(created_at):
                    run.put(i, "created", crm_id=crm_id, message=CONFIRMED_MESSAGE)
                else:
                    run.put(i, "not_sent", message=N_("Upserts are safe to send again; sending it again gives its "
                                                      "outcome"))
        else:
            emails = {i: run.email_of(i) for i in indices}
            found = self._read_by_email([e for e in emails.values() if e], cancel)
            found.update(self._read_by_key(run, indices, emails, cancel, None))
            for i in self._apply_found(run, indices, emails, found):
                run.put(i, "not_sent", message=N_("Not found in HubSpot; it will be sent again"))
        return [run.done[i] for i in indices]

    # ----- properties and connection test -----

    def properties(self) -> list[dict[str, Any]]:
        """The account's contact properties (names, types, options) for the mapping screen."""
        result = self.http.send_with_retries("GET", self.properties_path)
        response = result.response
        data = response_json(response)
        if not response.is_success or not isinstance(data, dict) or not isinstance(data.get("results"), list):
            _code, text = describe_error(response, self.connection.token)
            raise RunStop(N_("HubSpot did not list its contact properties (HTTP {status}: {detail}); check the server "
                             "address.").format(status=response.status_code, detail=text))
        return [p for p in data["results"] if isinstance(p, dict)]

    def test_connection(self) -> str:
        return N_("HubSpot: {n} contact properties").format(n=len(self.properties()))

