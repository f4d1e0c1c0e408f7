"""Virtuous: sends ``POST /api/Contact/Batch`` imports and reads back what they became.

A 200 only means "accepted into an import" (matching and review happen later inside Virtuous), so
every row of an accepted batch is ``accepted``. A 400 rejects the whole batch without naming the
row, so the batch is split in halves until the bad rows stand alone; the good rows still go.
Re-sending is safe because Virtuous matches on referenceSource + referenceId, so lost answers
are simply retried.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

import httpx

from core.targets.client_base import Connection, WaitCallback
from core.targets.http import DEFAULT_BACKOFF_BASE, HttpSession, describe_error, response_json
from core.targets.outcomes import Cancelled, RowOutcome, RunStop
from core.targets.payloads import OP_VIRTUOUS, Batch, BatchItem
from core.targets.ratelimit import RateLimiter
from core.words import N_

logger = logging.getLogger(__name__)

BATCH_PATH = "/api/Contact/Batch"
FIND_PATH = "/api/Contact/Find"
TYPES_PATH = "/api/Contact/Types"
JSON_HEADERS = {"Content-Type": "application/json"}

ACCEPTED_MESSAGE = N_("Accepted into a Virtuous import; it is matched and reviewed there")
FOUND_MESSAGE = N_("Found in Virtuous")
NOT_FOUND_MESSAGE = N_("Not found in Virtuous; it will be sent again (safe: Virtuous matches it on its referenceId)")
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
                for i in indices:
                    done[i] = _outcome(batch.items[i], "accepted", message=ACCEPTED_MESSAGE)
                return
            if response.status_code not in SPLITTABLE:
                _code, text = describe_error(response, self.connection.token)
                raise RunStop(f"Virtuous answered HTTP {response.status_code} to the import ({text}); "
                              "check the server address in the connection settings.")
            _code, text = describe_error(response, self.connection.token)
            if len(indices) > 1:
                half = len(indices) // 2
                halves = [indices[:half], indices[half:]]
                bodies = [part_body(h) for h in halves]
                if all(b is not None for b in bodies):
                    logger.info("Virtuous rejected %d rows (%s); splitting to find the bad ones", len(indices), text)
                    for h, b in zip(halves, bodies):
                        send_part(h, b)  # type: ignore[arg-type]
                    return
                text = f"{text} (the batch could not be split to find the row at fault)"
            for i in indices:
                done[i] = _outcome(batch.items[i], "failed", code=REJECTED, message=text)

        try:
            if batch.items:
                send_part(list(range(len(batch.items))), batch.body)
        except (RunStop, Cancelled) as exc:
            exc.partial_outcomes = [done[i] for i in sorted(done)]  # type: ignore[attr-defined]
            raise
        return [done[i] for i in range(len(batch.items))]

    # ----- reconcile -----

    def reconcile(self, batch: Batch, cancel: threading.Event | None = None) -> list[RowOutcome]:
        """Looks each row up by its reference. Rows not found come back ``not_sent`` (not ``unknown``):
        re-sending is safe in Virtuous, so the engine simply sends them again."""
        source = batch.reference_source or _reference_source(batch.body)
        out: list[RowOutcome] = []
        for item in batch.items:
            if not source:
                out.append(_outcome(item, "unknown", message=N_("The batch has no referenceSource to look it up by")))
                continue
            result = self.http.send_with_retries("GET", FIND_PATH, params={"referenceSource": source,
                                                                           "referenceId": item.key},
                                                 cancel=cancel)
            response = result.response
            data = response_json(response)
            if response.is_success and isinstance(data, dict) and data.get("id") is not None:
                out.append(_outcome(item, "accepted", crm_id=str(data["id"]), message=FOUND_MESSAGE))
            elif response.status_code == 404:
                out.append(_outcome(item, "not_sent", message=NOT_FOUND_MESSAGE))
            else:
                _code, text = describe_error(response, self.connection.token)
                out.append(_outcome(item, "unknown",
                                    message=N_("Could not look it up in Virtuous ({text})").format(text=text)))
        return out

    # ----- connection test -----

    def contact_types(self) -> list[Any]:
        result = self.http.send_with_retries("GET", TYPES_PATH)
        response = result.response
        if not response.is_success:
            _code, text = describe_error(response, self.connection.token)
            raise RunStop(f"Virtuous answered HTTP {response.status_code} ({text}); check the server address.")
        data = response_json(response)
        if isinstance(data, dict) and isinstance(data.get("list"), list):
            data = data["list"]
        if not isinstance(data, list):
            raise RunStop("Virtuous answered the contact-type request with something that is not a list; "
                          "check the server address.")
        return data

    def test_connection(self) -> str:
        types = self.contact_types()
        return f"Virtuous: {len(types)} contact type{'s' if len(types) != 1 else ''}"


def _outcome(item: BatchItem, status: str, *, crm_id: str | None = None, code: str | None = None,
             message: str = "") -> RowOutcome:
    return RowOutcome(item.row, item.key, status, crm_id, code, message)  # type: ignore[arg-type]


def _reference_source(body: bytes) -> str | None:
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    source = doc.get("referenceSource") if isinstance(doc, dict) else None
    return source if isinstance(source, str) and source else None
