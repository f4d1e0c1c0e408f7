"""Checked rows → the exact request bodies each CRM receives. The preview shows these very bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from pydantic import BaseModel

from core import APP_NAME
from core.targets.hubspot_models import (
    MAX_BATCH,
    AssociationType,
    CreateRequest,
    UpdateInput,
    UpdateRequest,
    UpsertInput,
    UpsertRequest,
)
from core.targets.model_dicts import plain_adapter
from core.targets.reference_ids import reference_ids
from core.targets.row_key import ROW_KEY_PROPERTY, row_keys
from core.targets.virtuous_models import VirtuousBatchRequest
from core.validation import normalize as nz
from core.validation.issues import CheckedRow
from core.validation.normalize import as_text

DEFAULT_REFERENCE_SOURCE = APP_NAME
DEFAULT_BATCH_SIZE = {"virtuous": 200, "hubspot": MAX_BATCH}

OP_VIRTUOUS = "virtuous.batch"
OP_HS_CREATE = "hubspot.create"
OP_HS_UPSERT = "hubspot.upsert"
OP_HS_UPDATE = "hubspot.update"
#: A checked row's value naming the HubSpot contact a person chose to update (a probable account
#: match turned into an update): the row goes out in a ``batch/update`` by that id, never as a property.
UPDATE_ID = "hs_object_id"


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One row inside a batch: ``key`` is its referenceId (Virtuous) or objectWriteTraceId (HubSpot)."""

    row: int
    key: str
    email: str | None = None


class Batch:
    """One request: its number (1-based), the operation, its rows and the body bytes to send.

    ``body`` may be given as bytes or as a function that makes them: a 200,000-row import then holds
    no second copy of every contact in memory, and each body is built when it is shown, written or
    journaled. The same serializer makes it every time, so the bytes are the same every time.
    """

    __slots__ = ("number", "operation", "items", "_body", "reference_source", "_size", "not_before")

    def __init__(self, number: int, operation: str, items: list[BatchItem], body: bytes | Callable[[], bytes],
                 reference_source: str | None = None, not_before: float | None = None) -> None:
        self.number = number
        self.operation = operation
        self.items = items
        self._body = body
        self.reference_source = reference_source
        #: Epoch seconds of this batch's first send, as journaled before it left (None: never sent before):
        #: a contact the CRM created earlier was not created by this run, so it "exists"; one created
        #: since, found when the batch goes again, was created by this run.
        self.not_before = not_before
        self._size: int | None = len(body) if isinstance(body, bytes) else None

    @property
    def body(self) -> bytes:
        b = self._body
        if isinstance(b, bytes):
            return b
        data = b()
        self._size = len(data)
        return data

    def keep_body(self) -> bytes:
        """Build the body now and hold on to it (the batch a window shows first: not built on its GUI thread)."""
        if not isinstance(self._body, bytes):
            self._body = self.body
        return self._body

    @property
    def size(self) -> int:
        """Bytes in the body (built once to measure, then remembered: lists of batches show it)."""
        if self._size is None:
            self._size = len(self.body)
        return self._size

    @property
    def rows(self) -> list[int]:
        return [i.row for i in self.items]

    @property
    def target(self) -> str:
        return self.operation.split(".")[0]

    def __repr__(self) -> str:
        return f"Batch(number={self.number}, operation={self.operation!r}, rows={len(self.items)})"


@dataclass
class BatchOptions:
    """How to cut and label batches; ``source_name`` seeds derived referenceIds (file and sheet)."""

    target: str
    batch_size: int | None = None
    mode: str = "create"  # HubSpot: create | upsert
    reference_source: str | None = None
    source_name: str = ""  # salts only the weakest derived ids (see reference_ids)
    extra: dict[str, Any] = field(default_factory=dict)
    #: HubSpot: row → (company id, associationCategory, associationTypeId), as the account defines the
    #: type; a created contact carries it in its own input (the seed's ``associations``), so the link
    #: is in the journaled batch and made in the same call as the contact.
    links: Mapping[int, tuple[str, str, int]] = field(default_factory=dict)
    #: HubSpot: set the account's unique row-key property on every contact created (core.targets.row_key).
    row_key: bool = False

    def size(self) -> int:
        size = self.batch_size or DEFAULT_BATCH_SIZE[self.target]
        if size < 1:
            raise ValueError("batch size must be at least 1")
        if self.target == "hubspot" and size > MAX_BATCH:
            raise ValueError(f"HubSpot takes at most {MAX_BATCH} contacts per batch")
        return size


#: How every body is written, for both preview and send: indented UTF-8 JSON, nulls left out.
JSON_OPTIONS: dict[str, Any] = {"indent": 2, "exclude_none": True}


def serialize(model: BaseModel) -> bytes:
    return model.model_dump_json(**JSON_OPTIONS).encode("utf-8")


def reference_id(source_name: str, row: int) -> str:
    """The OLD row-position id (file, sheet, row). Not used for new imports any more: two different
    people in files of the same name received the same id (see ``reference_ids``). Kept so journals
    and results files written before can still be read and explained."""
    digest = hashlib.sha1(f"{source_name}|{row}".encode()).hexdigest()[:10]
    return f"row{row}-{digest}"


def trace_id(row: int) -> str:
    return f"row-{row}"


# -- Virtuous -----------------------------------------------------------------------------------
_VOL = "volunteerAttendances."
_CUSTOM = "customFields."


#: Seed fields sent as JSON booleans / integers (tests/data/seeds/virtuous-contact-batch.txt).
VIRTUOUS_BOOLEANS = frozenset({"invited", "rsvp", "rsvpResponse", "attended"})
VIRTUOUS_INTEGERS = frozenset({"eventId", f"{_VOL}volunteerOpportunityId"})


def _text(v: Any) -> str:
    if v.__class__ is str:
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ";".join(as_text(x) for x in v)
    return as_text(v)


def _boolean(key: str, v: Any) -> bool:
    """Checking already made these booleans; a value that is not one is a bug, never sent."""
    value, problem = nz.boolean(v)
    if problem:
        raise ValueError(f"{key}: {v!r} is not yes/no")
    return bool(value)


def _integer(key: str, v: Any) -> int:
    value, problem = nz.integer(v)
    if problem:
        raise ValueError(f"{key}: {v!r} is not a whole number")
    return int(value)


def _virtuous_slot(key: str) -> tuple[str, str]:
    """Where a field goes in a contact and how it is typed: (kind, name inside its object)."""
    if key.startswith(_VOL):
        name = key[len(_VOL):]
        return ("vol-int" if key in VIRTUOUS_INTEGERS else "vol"), name
    if key.startswith(_CUSTOM):
        return "custom", key[len(_CUSTOM):]
    if key in VIRTUOUS_INTEGERS:
        return "int", key
    if key in VIRTUOUS_BOOLEANS:
        return "bool", key
    if key == "emailLists":
        return "list", key
    if key == "referenceId":
        return "skip", key
    return "text", key


#: ``_virtuous_slot`` per key, worked out once: 200,000 rows ask it for the same dozen keys.
_SLOTS: dict[str, tuple[str, str]] = {}
_EMPTY_KINDS = (str, list)


def virtuous_contact_data(c: CheckedRow, reference: str) -> dict[str, Any]:
    """One row as the seed's contact, as plain data: each field with the seed's JSON type, nothing else."""
    data: dict[str, Any] = {}
    vol: dict[str, Any] = {}
    custom: dict[str, str] = {}
    slots = _SLOTS
    for key, v in c.items():
        if v is None or (not v and isinstance(v, _EMPTY_KINDS)):  # "" and [] are not sent; False and 0 are
            continue
        slot = slots.get(key)
        if slot is None:
            slot = slots[key] = _virtuous_slot(key)
        kind, name = slot
        if kind == "text":
            data[name] = v if v.__class__ is str else _text(v)  # tags: one ';'-joined string; dates ISO
        elif kind == "vol":
            vol[name] = v if v.__class__ is str else _text(v)  # hours "2.5"
        elif kind == "custom":
            custom[name] = v if v.__class__ is str else _text(v)
        elif kind == "int":
            data[name] = _integer(key, v)
        elif kind == "vol-int":
            vol[name] = _integer(key, v)
        elif kind == "bool":
            data[name] = _boolean(key, v)
        elif kind == "list":
            data[name] = [as_text(x) for x in v] if isinstance(v, list) else [as_text(v)]
    data["referenceId"] = reference
    if custom:
        data["customFields"] = custom
    if vol:  # only when the row has an opportunity, a date or hours
        data["volunteerAttendances"] = [vol]
    return data


# -- HubSpot ------------------------------------------------------------------------------------
def hubspot_value(v: Any) -> str:
    """HubSpot takes strings: dates as ISO YYYY-MM-DD (valid for date properties, also before 1970,
    and readable in a text property such as the default date_of_birth: docs/api-hubspot.md §8), booleans
    true/false, multi-select a;b."""
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        return v.isoformat()
    return _text(v)


#: Keys of a checked row that are not HubSpot properties, and why (see ``hubspot_properties``).
_COMPANY_KEY = "associations.company"


def _is_property(key: str) -> bool:
    # a company by domain or name is resolved into a link (core.account.companies), never a property;
    # an email subscription status (core.account.subscriptions) is written after the contact;
    # hs_object_id is read-only in HubSpot: it says which contact to update, it is not sent as a value
    return not key.startswith(("associations.", "subscription.")) and key != UPDATE_ID


#: ``_is_property`` per key, worked out once: 200,000 rows ask it for the same dozen keys.
_PROPERTY_KEYS: dict[str, bool] = {}


def hubspot_properties(c: CheckedRow) -> tuple[dict[str, str], str | None]:
    props: dict[str, str] = {}
    company = None
    known = _PROPERTY_KEYS
    for key, v in c.items():  # the row's values without building its dict
        is_property = known.get(key)
        if is_property is None:
            is_property = known[key] = _is_property(key)
        if is_property:
            props[key] = v if v.__class__ is str else hubspot_value(v)
        elif key == _COMPANY_KEY:
            company = as_text(v)
    return props, company


#: ``VirtuousBatchRequest``'s rules over plain dicts (``model_dicts``): its bytes, without its objects.
_VIRTUOUS_REQUEST = plain_adapter(VirtuousBatchRequest)


def _virtuous_body(chunk: list[CheckedRow], refs: list[str], source: str) -> bytes:
    """One validation of the whole request by the strict models' rules, in pydantic's own code, rather
    than one model built per contact: the same bytes as ``serialize(VirtuousBatchRequest(...))``, in
    half the time at 200,000 rows."""
    contacts = [virtuous_contact_data(c, ref) for c, ref in zip(chunk, refs, strict=True)]
    request = _VIRTUOUS_REQUEST.validate_python({"referenceSource": source, "contacts": contacts})
    return _VIRTUOUS_REQUEST.dump_json(request, **JSON_OPTIONS)


def _upsert_body(chunk: list[CheckedRow]) -> bytes:
    inputs = []
    for c in chunk:
        props, _company = hubspot_properties(c)  # upsert inputs carry no associations
        inputs.append(UpsertInput(id=props["email"], properties=props, objectWriteTraceId=trace_id(c.row)))
    return serialize(UpsertRequest(inputs=inputs))


def _update_body(chunk: list[CheckedRow]) -> bytes:
    inputs = []
    for c in chunk:
        props, _company = hubspot_properties(c)  # update inputs carry no associations either
        inputs.append(UpdateInput(id=as_text(c.get(UPDATE_ID)), properties=props, objectWriteTraceId=trace_id(c.row)))
    return serialize(UpdateRequest(inputs=inputs))


#: ``CreateRequest``'s rules over plain dicts (``model_dicts``; every defaulted key given, as the model
#: would fill it in): its bytes without a model object per contact, as for Virtuous.
_CREATE_REQUEST = plain_adapter(CreateRequest, defaults_required=True)
#: The association type a company found by its id in the file gets: the model's own default.
_DEFAULT_TYPE: dict[str, Any] = AssociationType().model_dump()


def _create_body(chunk: list[CheckedRow], links: Mapping[int, tuple[str, str, int]],
                 keys: Mapping[int, str] | None = None) -> bytes:
    """The same bytes as ``serialize(CreateRequest(inputs=[CreateInput(...), ...]))``
    (``tests/core/test_model_dicts.py`` compares them), checked by the same rules in one call."""
    inputs = []
    for c in chunk:
        props, company = hubspot_properties(c)
        if keys:  # the account's row key (core.targets.row_key): found again after a lost answer
            props[ROW_KEY_PROPERTY] = keys[c.row]
        link = links.get(c.row)
        if link is not None:
            assoc: list[dict[str, Any]] = [{"to": {"id": link[0]}, "types": [
                {"associationCategory": link[1], "associationTypeId": link[2]}]}]
        else:
            assoc = [{"to": {"id": company}, "types": [dict(_DEFAULT_TYPE)]}] if company else []
        inputs.append({"properties": props, "objectWriteTraceId": trace_id(c.row), "associations": assoc})
    request = _CREATE_REQUEST.validate_python({"inputs": inputs})
    return _CREATE_REQUEST.dump_json(request, **JSON_OPTIONS)


# -- batching -----------------------------------------------------------------------------------
def _chunks(rows: list[CheckedRow], size: int) -> Iterator[list[CheckedRow]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _distinct_chunks(rows: list[CheckedRow], size: int) -> Iterator[list[CheckedRow]]:
    """Chunks in which no contact id repeats: HubSpot refuses a whole batch with "Duplicate IDs"."""
    chunk: list[CheckedRow] = []
    ids: set[str] = set()
    for r in rows:
        rid = as_text(r.get(UPDATE_ID))
        if len(chunk) >= size or rid in ids:
            yield chunk
            chunk, ids = [], set()
        chunk.append(r)
        ids.add(rid)
    if chunk:
        yield chunk


def pack_batches(rows: Iterable[CheckedRow], opts: BatchOptions,
                  progress: Callable[[int, int], None] | None = None) -> list[Batch]:
    """Cut the sendable rows into numbered batches with their exact bodies.

    HubSpot upsert needs an email to upsert by; rows without one go into create batches after the
    upserts, so they are still sent rather than dropped. Rows a person chose to turn into an update
    of a contact found in the account (``UPDATE_ID``) go first, in ``batch/update`` by that id, in any mode.
    """
    sendable = [r for r in rows if r.sendable]
    if opts.target == "virtuous":
        return _virtuous_batches(sendable, opts, progress)
    return _hubspot_batches(sendable, opts, progress)


def _virtuous_batches(sendable: list[CheckedRow], opts: BatchOptions,
                      progress: Callable[[int, int], None] | None) -> list[Batch]:
    """Contact/Batch bodies, each contact with its reference id."""
    size = opts.size()
    out: list[Batch] = []
    total = len(sendable)
    done = 0
    source = opts.reference_source or DEFAULT_REFERENCE_SOURCE
    all_refs = reference_ids(sendable, opts.source_name)
    for start in range(0, total, size):
        chunk, refs = sendable[start:start + size], all_refs[start:start + size]
        items = [BatchItem(c.row, ref, c.get("email")) for c, ref in zip(chunk, refs, strict=True)]
        out.append(Batch(len(out) + 1, OP_VIRTUOUS, items, partial(_virtuous_body, chunk, refs, source), source))
        done += len(chunk)
        if progress:
            progress(done, total)
    return out


def _by_operation(sendable: list[CheckedRow], mode: str) -> tuple[list[CheckedRow], list[CheckedRow],
                                                                   list[CheckedRow]]:
    """The rows to update by a contact id chosen in the account, to upsert by email (``mode`` upsert), and to
    create (the rest: without an email to upsert by, they are still sent rather than dropped)."""
    by_id = [r for r in sendable if r.get(UPDATE_ID)]
    if by_id:
        sendable = [r for r in sendable if not r.get(UPDATE_ID)]
    if mode == "upsert":
        return by_id, [r for r in sendable if r.values.get("email")], [r for r in sendable if not r.values.get("email")]
    return by_id, [], sendable


def _hubspot_batches(sendable: list[CheckedRow], opts: BatchOptions,
                     progress: Callable[[int, int], None] | None) -> list[Batch]:
    """Updates by id first, then upserts by email, then creates (each create input with its company link
    and row key)."""
    size = opts.size()
    out: list[Batch] = []
    total = len(sendable)
    done = 0
    by_id, with_email, without = _by_operation(sendable, opts.mode)
    kinds = ((_distinct_chunks(by_id, size), OP_HS_UPDATE, _update_body),
             (_chunks(with_email, size), OP_HS_UPSERT, _upsert_body),
             (_chunks(without, size), OP_HS_CREATE, _create_body))
    links = opts.links
    keys = dict(zip((c.row for c in without), row_keys(without, opts.source_name), strict=True)) if opts.row_key else {}
    for chunks, operation, body in kinds:
        for chunk in chunks:
            items = [BatchItem(c.row, trace_id(c.row), c.get("email")) for c in chunk]
            if body is _create_body:  # each batch carries its own rows' links, not the whole run's
                maker = partial(_create_body, chunk, links={c.row: links[c.row] for c in chunk if c.row in links},
                                keys={c.row: keys[c.row] for c in chunk} if keys else None)
            else:
                maker = partial(body, chunk)
            out.append(Batch(len(out) + 1, operation, items, maker))
            done += len(chunk)
            if progress:
                progress(done, total)
    return out
