"""The sandbox HubSpot account's Imports API, as far as the app uses it: an update-only contact import of
emails that sets the contacts as marketing contacts (``marketableContactImport``), processed
asynchronously (docs/api-hubspot.md "Imports").

``POST /crm/v3/imports`` (multipart/form-data: ``importRequest``, a JSON text, and ``files``) answers at
once with the import ``STARTED``; it is processed ``delay`` seconds later (on the next read of it), then
``GET /crm/v3/imports/{importId}`` says ``DONE`` with its counters and ``GET …/errors`` lists the lines that
could not be imported (``UPDATE_ONLY_IMPORT`` for an email HubSpot does not have, ``INVALID_EMAIL``), each
with its 1-based ``lineNumber`` counting the header as line 1 ([U] HubSpot's exact numbering).
"""

from __future__ import annotations

import csv
import io
import json
import threading
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from core.sandbox.hubspot_store import HubSpotStore
from core.sandbox.hubspot_validation import EMAIL_RE
from core.sandbox.wire import Clock, Request, Response, Route, correlation_id, iso_ms, json_response

JSON_HS = "application/json;charset=utf-8"
FIRST_IMPORT_ID = 6_100_001
MARKETABLE = "hs_marketable_status"


@dataclass
class Import:
    id: str
    name: str
    request: dict[str, Any]
    rows: list[list[str]]
    email_column: int
    marketable: bool | None
    created_at: float
    state: str = "STARTED"
    errors: list[dict[str, Any]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def public(self) -> dict[str, Any]:
        return {"id": self.id, "importName": self.name, "state": self.state, "createdAt": iso_ms(self.created_at),
                "updatedAt": iso_ms(self.created_at), "importSource": "API", "optOutImport": False,
                "mappedObjectTypeIds": ["0-1"], "importRequestJson": self.request,
                "metadata": {"counters": dict(self.counters), "fileIds": [], "objectLists": []}}


def _error(status: int, message: str, category: str = "VALIDATION_ERROR") -> Response:
    return json_response(status, {"status": "error", "message": message, "correlationId": correlation_id(),
                                  "category": category}, JSON_HS)


def _parts(request: Request) -> dict[str, bytes]:
    ctype = request.headers.get("content-type", "")
    if not ctype.lower().startswith("multipart/form-data"):
        raise ValueError("the request must be multipart/form-data with importRequest and files")
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + request.body)
    out: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            payload = part.get_payload(decode=True)
            out[str(name)] = payload if isinstance(payload, bytes) else b""
    return out


class ImportApi:
    def __init__(self, contacts: HubSpotStore, clock: Clock, delay: float = 0.2) -> None:
        self.contacts = contacts
        self.clock = clock
        self.delay = delay
        self.lock = threading.RLock()
        self.imports: dict[str, Import] = {}
        self.next_id = FIRST_IMPORT_ID

    def reset(self) -> None:
        with self.lock:
            self.imports.clear()
            self.next_id = FIRST_IMPORT_ID

    def routes(self) -> list[Route]:
        return [Route("POST", "/crm/v3/imports", self.start, writes=True),
                Route("GET", "/crm/v3/imports/{importId}", self.get),
                Route("GET", "/crm/v3/imports/{importId}/errors", self.errors)]

    def start(self, request: Request) -> Response:
        try:
            parts = _parts(request)
            spec = json.loads(parts["importRequest"].decode("utf-8"))
            text = parts["files"].decode("utf-8-sig")
        except (KeyError, ValueError, UnicodeDecodeError) as exc:
            return _error(400, f"Invalid import request: {exc}")
        files = spec.get("files") if isinstance(spec, dict) else None
        if not isinstance(files, list) or len(files) != 1 or not isinstance(files[0], dict):
            return _error(400, "Invalid import request: one file description is expected")
        page = files[0].get("fileImportPage") or {}
        mappings = page.get("columnMappings") or []
        rows = list(csv.reader(io.StringIO(text)))
        header, body = (rows[0], rows[1:]) if page.get("hasHeader") and rows else ([], rows)
        email_column = next((header.index(m.get("columnName")) for m in mappings
                             if m.get("propertyName") == "email" and m.get("columnName") in header), None)
        if email_column is None:
            return _error(400, "Invalid import request: no column is mapped to email")
        if (spec.get("importOperations") or {}).get("0-1") not in ("CREATE", "UPDATE", "UPSERT"):
            return _error(400, "Invalid import request: importOperations must give 0-1 CREATE, UPDATE or UPSERT")
        with self.lock:
            made = Import(str(self.next_id), str(spec.get("name") or ""), spec, body, email_column,
                          spec.get("marketableContactImport"), self.clock())
            self.next_id += 1
            self.imports[made.id] = made
        return json_response(200, made.public(), JSON_HS)

    def _process(self, item: Import) -> None:
        """Once ``delay`` has passed: update the contacts the file names, note the lines that failed."""
        if item.state not in ("STARTED", "PROCESSING"):
            return
        if self.clock() < item.created_at + self.delay:
            item.state = "PROCESSING"
            return
        updated = 0
        only_update = item.request["importOperations"]["0-1"] == "UPDATE"
        with self.contacts.transaction():
            for line, row in enumerate(item.rows, start=2):
                email = row[item.email_column].strip() if item.email_column < len(row) else ""
                contact = self.contacts.find_by_email(email) if email else None
                kind = None
                if not EMAIL_RE.match(email):
                    kind = "INVALID_EMAIL"
                elif contact is None and only_update:
                    kind = "UPDATE_ONLY_IMPORT"
                if kind is not None:
                    item.errors.append({"id": str(len(item.errors) + 1), "createdAt": int(self.clock() * 1000),
                                        "errorType": kind, "invalidValue": email, "objectTypeId": "0-1",
                                        "sourceData": {"lineNumber": line, "rowData": row, "additionalRowData": [],
                                                       "fileId": 1, "containsEncryptedProperties": False}})
                    continue
                if contact is not None and item.marketable is not None:
                    self.contacts.update(contact, {MARKETABLE: "true" if item.marketable else "false"})
                    updated += 1
        item.counters = {"TOTAL_ROWS": len(item.rows), "UPDATED_OBJECTS": updated, "ERRORS": len(item.errors)}
        item.state = "DONE"

    def _found(self, request: Request) -> Import | None:
        with self.lock:
            item = self.imports.get(request.params["importId"])
            if item is not None:
                self._process(item)
            return item

    def get(self, request: Request) -> Response:
        item = self._found(request)
        if item is None:
            return _error(404, f"Import {request.params['importId']} does not exist", "OBJECT_NOT_FOUND")
        return json_response(200, item.public(), JSON_HS)

    def errors(self, request: Request) -> Response:
        item = self._found(request)
        if item is None:
            return _error(404, f"Import {request.params['importId']} does not exist", "OBJECT_NOT_FOUND")
        try:
            limit = max(1, min(500, int(request.query.get("limit", "100"))))
            start = int(request.query.get("after", "0") or 0)
        except ValueError:
            return _error(400, "limit and after must be whole numbers")
        page = item.errors[start:start + limit]
        body: dict[str, Any] = {"results": page}
        if start + limit < len(item.errors):
            body["paging"] = {"next": {"after": str(start + limit)}}
        return json_response(200, body, JSON_HS)
