"""Virtuous: sends ``POST /api/Contact/Batch`` imports.

A 200 only means "accepted into an import" (matching and review happen later inside Virtuous), so
every row of an accepted batch is ``accepted``. A 400 rejects the whole batch without naming the
row, so the batch is split in halves until the bad rows stand alone; the good rows still go.
Re-sending is safe because Virtuous matches on referenceSource + referenceId, so a lost answer
(a timeout, a 5xx) means the same batch goes again, and the rows' results say so.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

import httpx

from core.targets.client_base import Connection, WaitCallback
from core.targets.http import DEFAULT_BACKOFF_BASE, HttpSession, describe_error, response_json
from core.targets.outcomes import Cancelled, RowOutcome, RunStop, Status
from core.targets.payloads import OP_VIRTUOUS, Batch, BatchItem
from core.targets.ratelimit import RateLimiter
from core.words import N_

logger = logging.getLogger(__name__)

BATCH_PATH = "/api/Contact/Batch"
TYPES_PATH = "/api/Contact/Types"
JSON_HEADERS = {"Content-Type": "application/json"}

ACCEPTED_MESSAGE = N_("Accepted into a Virtuous import; it is matched and reviewed there")
RESENT_MESSAGE = N_("Accepted into a Virtuous import after the answer to an earlier send was lost and the same batch "
                  "was sent again (safe: Virtuous matches it on its reference id, so it is not doubled)")
REJECTED = "virtuous.rejected"
#: Answers that reject the batch's content, so a smaller batch may pass; other 4xx are set-up problems.
SPLITTABLE = frozenset({400, 409, 413, 422})


def dump_body(doc: dict[str, Any]) -> bytes:
    """The same formatting as ``payloads.serialize``, so a split batch reads like the preview."""
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


class VirtuousClient:
    """The CrmClient for Virtuous. ``backoff_base`` and ``transport`` exist for tests."""

    def __init__(self, connection: Connection, *, transport: httpx.BaseTransport | None = None,
                 backoff_base: float = DEFAULT_BACKOFF_BASE, limiter: RateLimiter | None = None) -> None:
        self.connection = connection
        self.http = HttpSession(connection, transport=transport, backoff_base=backoff_base, limiter=limiter)

    def __repr__(self) -> str:
        return f"VirtuousClient(base_url={self.connection.base_url!r})"

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> VirtuousClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- send -----

    def send(self, batch: Batch, cancel: threading.Event | None = None,
             on_wait: WaitCallback | None = None) -> list[RowOutcome]:
        """One outcome per item. On RunStop/Cancelled part-way through a split, the exception carries
        ``partial_outcomes`` for the halves already answered."""
        if batch.operation != OP_VIRTUOUS:
            raise ValueError(f"VirtuousClient cannot send a {batch.operation!r} batch")
        done: dict[int, RowOutcome] = {}
        doc: dict[str, Any] | None = None

        def part_body(indices: list[int]) -> bytes | None:
            nonlocal doc
            if doc is None:
                try:
                    parsed = json.loads(batch.body)
                except ValueError:
                    parsed = None
                doc = parsed if isinstance(parsed, dict) else {}
            contacts = doc.get("contacts")
            if not isinstance(contacts, list) or len(contacts) != len(batch.items):
                return None  # cannot tell which contact is which row
            return dump_body({**doc, "contacts": [contacts[i] for i in indices]})

        def send_part(indices: list[int], body: bytes) -> None:
            result = self.http.send_with_retries("POST", BATCH_PATH, content=body, headers=JSON_HEADERS,
                                                 cancel=cancel, on_wait=on_wait, retry_ambiguous=True)
            response = result.response
            if response.is_success:
                text = RESENT_MESSAGE if result.ambiguous else ACCEPTED_MESSAGE
                for i in indices:
                    done[i] = _outcome(batch.items[i], "accepted", message=text)
                return
            if response.status_code not in SPLITTABLE:
                _code, text = describe_error(response, self.connection.token)
                raise RunStop(N_("Virtuous answered HTTP {status} to the import ({detail}); check the server address "
                                 "in the connection settings.").format(status=response.status_code, detail=text))
            _code, text = describe_error(response, self.connection.token)
            if len(indices) > 1:
                half = len(indices) // 2
                halves = [indices[:half], indices[half:]]
                bodies = [part_body(h) for h in halves]
                if all(b is not None for b in bodies):
                    logger.info("Virtuous rejected %d rows (%s); splitting to find the bad ones", len(indices), text)
                    for h, b in zip(halves, bodies, strict=True):
                        send_part(h, b)  # type: ignore[arg-type]  # no None: all() above
                    return
                text = N_("{detail} (the batch could not be split to find the row at fault)").format(detail=text)
            for i in indices:
                done[i] = _outcome(batch.items[i], "failed", code=REJECTED, message=text)

        try:
            if batch.items:
                send_part(list(range(len(batch.items))), batch.body)
        except (RunStop, Cancelled) as exc:
            exc.partial_outcomes = [done[i] for i in sorted(done)]
            raise
        return [done[i] for i in range(len(batch.items))]

    # ----- reconcile -----

    def reconcile(self, batch: Batch, cancel: threading.Event | None = None) -> list[RowOutcome]:
        """After a lost answer or a crash: send the same batch again, and say so.

        A look-up would prove nothing: Virtuous turns a batch into an import that it matches and a
        person reviews later, so nothing is a contact right after the 200 (docs/api-virtuous.md §6), and
        one ``Contact/Find`` per row spends the organisation's shared hourly budget. Sending again is
        safe because the import matches each contact on referenceSource + referenceId.
        """
        out = []
        for o in self.send(batch, cancel):
            message = RESENT_MESSAGE if o.status == "accepted" else o.message
            out.append(RowOutcome(o.row, o.key, o.status, o.crm_id, o.code, message))
        return out

    # ----- connection test -----

    def contact_types(self) -> list[Any]:
        result = self.http.send_with_retries("GET", TYPES_PATH)
        response = result.response
        if not response.is_success:
            _code, text = describe_error(response, self.connection.token)
            raise RunStop(N_("Virtuous answered HTTP {status} ({detail}); check the server address.").format(
                status=response.status_code, detail=text))
        data = response_json(response)
        if isinstance(data, dict) and isinstance(data.get("list"), list):
            data = data["list"]
        if not isinstance(data, list):
            raise RunStop(N_("Virtuous answered the contact-type request with something that is not a list; "
                             "check the server address."))
        return data

    def test_connection(self) -> str:
        types = self.contact_types()
        said = N_("Virtuous: {n} contact type") if len(types) == 1 else N_("Virtuous: {n} contact types")
        return said.format(n=len(types))


def _outcome(item: BatchItem, status: Status, *, crm_id: str | None = None, code: str | None = None,
             message: str = "") -> RowOutcome:
    return RowOutcome(item.row, item.key, status, crm_id, code, message)
