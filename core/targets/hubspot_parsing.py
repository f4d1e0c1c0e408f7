"""HubSpot answers taken apart: embedded validation JSON, error details, and the per-send state
that lines a batch's body inputs up with its rows (so halves can be rebuilt and emails looked up).

Kept apart from ``hubspot_client`` so the parsing can be read and tested without any HTTP.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from core.targets.client_base import WaitCallback
from core.targets.http import json_dict, json_str
from core.targets.outcomes import RowOutcome, Status
from core.targets.payloads import OP_HS_CREATE, Batch
from core.targets.row_key import ROW_KEY_PROPERTY
from core.words import N_

REJECTED = "hubspot.rejected"
EXISTING_ID = re.compile(r"Existing ID:\s*(\d+)")
EMBEDDED_MARKER = "Property values were not valid"


def dump_body(doc: dict[str, Any]) -> bytes:
    """The same formatting as ``payloads.serialize``, so a split batch reads like the preview."""
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def norm_email(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def embedded_problems(message: str) -> list[dict[str, Any]] | None:
    """The JSON array HubSpot embeds in "Property values were not valid: [...]" messages."""
    at = message.find(EMBEDDED_MARKER)
    start = message.find("[", at) if at >= 0 else -1
    if start < 0:
        return None
    try:
        parsed, _end = json.JSONDecoder().raw_decode(message, start)
    except ValueError:
        return None
    if not isinstance(parsed, list):
        return None
    return [p for p in parsed if isinstance(p, dict)]


def validation_details(error: dict[str, Any]) -> tuple[str, str]:
    """(code, per-property message) for one HubSpot error: the embedded array first, then the
    structured ``errors`` list, then the bare message."""
    message = json_str(error, "message") or ""
    category = json_str(error, "category")
    found = _embedded_details(message) or _listed_details(error.get("errors"))
    if found is not None:
        code, text = found
        return code or category or REJECTED, text
    return json_str(error, "subCategory") or category or REJECTED, \
        message or N_("HubSpot rejected this row")


def _embedded_details(message: str) -> tuple[str | None, str] | None:
    """(code, "property: problem; …") from the array embedded in the message, or None without one."""
    problems = embedded_problems(message)
    if not problems:
        return None
    code = next((p["error"] for p in problems if isinstance(p.get("error"), str)), None)
    parts = []
    for p in problems:
        text = str(p.get("message") or p.get("error") or "invalid value")
        parts.append(f"{p['name']}: {text}" if isinstance(p.get("name"), str) else text)
    return code, "; ".join(parts)


def _listed_details(details: Any) -> tuple[str | None, str] | None:
    """(code, "property: problem; …") from the structured ``errors`` list, or None without one."""
    if not isinstance(details, list) or not details:
        return None
    code = None
    parts = []
    for d in details:
        if not isinstance(d, dict):
            continue
        code = code or json_str(d, "code")
        names = as_list(json_dict(d, "context").get("propertyName"))
        text = str(d.get("message") or "")
        parts.append(f"{names[0]}: {text}" if names else text)
    return (code, "; ".join(parts)) if parts else None


#: How far HubSpot's clock may be ahead of ours when telling "created by this run" from "was there
#: before" by a contact's createdAt ([U]: no documented bound; two minutes is generous for NTP clocks).
CLOCK_SKEW = 120.0


def epoch_of(value: Any) -> float | None:
    """HubSpot's ISO timestamps (``2024-05-01T12:00:00.123Z``) as epoch seconds, or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


@dataclass
class BatchState:
    """One ``send``: the batch, its parsed body (for splitting) and the outcomes so far, by position."""

    batch: Batch
    cancel: threading.Event | None
    on_wait: WaitCallback | None
    done: dict[int, RowOutcome] = field(default_factory=dict)
    started: float = field(default_factory=time.time)
    lost: bool = False  # an answer of this send was lost, so a re-send may meet what an earlier try made
    _inputs: list[dict[str, Any]] | None = None
    _doc: dict[str, Any] | None = None

    @property
    def not_before(self) -> float:
        """Before this moment this run had not sent these rows (journaled time, else this send)."""
        b = self.batch.not_before
        return (b if b is not None else self.started) - CLOCK_SKEW

    def created_by_run(self, created_at: float | None) -> bool:
        return created_at is None or created_at >= self.not_before

    def look_for(self, i: int) -> str:
        """What a person can search HubSpot for when a row has no email (its name, phone, company)."""
        inputs = self.inputs()
        props = inputs[i].get("properties") if inputs is not None else None
        if not isinstance(props, dict):
            return f"row {self.batch.items[i].row}"
        name = " ".join(str(props[k]) for k in ("firstname", "lastname") if props.get(k))
        extra = [str(props[k]) for k in ("phone", "mobilephone", "company") if props.get(k)]
        return ", ".join([f"'{name}'" if name else f"row {self.batch.items[i].row}", *extra])

    @property
    def create(self) -> bool:
        return self.batch.operation == OP_HS_CREATE

    def inputs(self) -> list[dict[str, Any]] | None:
        """The body's inputs, or None when they cannot be lined up with the items."""
        if self._doc is None:
            try:
                doc = json.loads(self.batch.body)
            except ValueError:
                doc = None
            self._doc = doc if isinstance(doc, dict) else {}
            raw = self._doc.get("inputs")
            ok = isinstance(raw, list) and len(raw) == len(self.batch.items) and all(isinstance(x, dict) for x in raw)
            self._inputs = raw if ok else None
        return self._inputs

    def body_for(self, indices: list[int]) -> bytes | None:
        if len(indices) == len(self.batch.items):
            return self.batch.body
        inputs = self.inputs()
        if inputs is None or self._doc is None:
            return None
        return dump_body({**self._doc, "inputs": [inputs[i] for i in indices]})

    def email_of(self, i: int) -> str | None:
        item = self.batch.items[i]
        if norm_email(item.email):
            return norm_email(item.email)
        inputs = self.inputs()
        if inputs is None:
            return None
        props = inputs[i].get("properties")
        email = norm_email(props.get("email")) if isinstance(props, dict) else None
        if email is None and inputs[i].get("idProperty") == "email":
            email = norm_email(inputs[i].get("id"))
        return email

    def row_key_of(self, i: int) -> str | None:
        """The account's row key this row's create input carries (core.targets.row_key), if any."""
        inputs = self.inputs()
        props = inputs[i].get("properties") if inputs is not None else None
        key = props.get(ROW_KEY_PROPERTY) if isinstance(props, dict) else None
        return key if isinstance(key, str) and key else None

    def put(self, i: int, status: Status, *, crm_id: str | None = None, code: str | None = None,
            message: str = "") -> None:
        item = self.batch.items[i]
        self.done[i] = RowOutcome(item.row, item.key, status, crm_id, code, message)
