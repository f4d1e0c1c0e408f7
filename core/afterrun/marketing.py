"""Set a HubSpot run's contacts as marketing contacts (``submit --marketing-contacts --consent-confirmed``;
the Send step's "Set them as marketing contacts" box and its consent dialog).

HubSpot's CRM objects API cannot change a contact's marketing status; its Imports API can
(docs/api-hubspot.md "Imports"; scope ``crm.import``). So, once the run's contacts are in, the run's
created and updated contacts' emails go up as one update-only contact import with
``marketableContactImport: true`` (``POST /crm/v3/imports``, multipart: ``importRequest`` + ``files``); the
import is polled to its end (``GET /crm/v3/imports/{importId}``) and each error line
(``GET …/errors``) is tied back to its source row through the line it was written on. The person's
confirmation that these contacts expect to hear from the organisation, who gave it and when, is kept with
the run. The import's id is journaled as soon as HubSpot gives it, so a run killed while the import is
processed is finished by ``resume`` without uploading it twice.
"""

from __future__ import annotations

import csv
import getpass
import io
import json
import secrets
import threading
import time
from datetime import datetime, timezone
from typing import Any

from core.crashpoints import crashpoint
from core.submit.journal import Journal
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import Cancelled, RunStop
from core.words import N_

EXTRA = "hubspot_marketing"
IMPORTS = "/crm/v3/imports"
POLL_SECONDS = 1.0
MAX_POLL_SECONDS = 6 * 3600.0  # an import of a whole list may take a while; a run is resumable meanwhile
COLUMN = "Email"
FINISHED = ("DONE", "FAILED", "CANCELED", "REVERTED")
SET = N_("Set as a marketing contact")
NOT_SET = N_("Not set as a marketing contact: HubSpot's import said {why}")
CONSENT = N_("These contacts expect to hear from us: they gave their consent to receive marketing email "
             "from our organisation.")


def marketing_extra(confirmed: bool, *, who: str | None = None, when: str | None = None) -> dict[str, str]:
    """The step's document for ``create_run(extras=)``: the confirmation, who gave it and when."""
    if not confirmed:
        return {}
    who = who or _user()
    when = when or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {EXTRA: json.dumps({"confirmed": True, "confirmation": CONSENT, "confirmed_by": who,
                               "confirmed_at": when, "import_id": None, "lines": {}, "state": None,
                               "done": False})}


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account): said as such
        return "unknown user"


def run_marketing(journal: Journal, run_id: str) -> dict[str, Any] | None:
    text = journal.run_extra(run_id, EXTRA)
    return json.loads(text) if text else None


def _multipart(fields: dict[str, tuple[str | None, bytes, str]]) -> tuple[bytes, str]:
    """A multipart/form-data body: name → (file name or None, bytes, content type)."""
    boundary = "----contact-importer-" + secrets.token_hex(12)
    out = io.BytesIO()
    for name, (filename, data, ctype) in fields.items():
        out.write(f"--{boundary}\r\n".encode())
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out.write(f"Content-Disposition: {disposition}\r\nContent-Type: {ctype}\r\n\r\n".encode())
        out.write(data)
        out.write(b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def _fail(response: Any, token: str, what: str) -> RunStop:
    _code, text = describe_error(response, token)
    return RunStop(N_("HubSpot did not {what} (HTTP {status}: {detail}); setting marketing contacts needs the "
                      "crm.import scope.").format(what=what, status=response.status_code, detail=text))


def mark_marketing(journal: Journal, run_id: str, connection: Connection, cancel: threading.Event | None = None,
                   poll_seconds: float | None = None) -> int:
    """Upload (once), poll to the end, note every row; returns how many rows were set this time."""
    doc = run_marketing(journal, run_id)
    if doc is None or doc.get("done"):
        return 0
    poll = POLL_SECONDS if poll_seconds is None else poll_seconds
    http = HttpSession(connection)
    try:
        if doc["import_id"] is None:
            rows = [e for e in journal.rows(run_id) if e.status in ("created", "updated") and e.crm_id and e.email]
            if not rows:
                doc["done"] = True
                journal.note_rows(run_id, {}, extra=(EXTRA, json.dumps(doc)))
                return 0
            # Line 1 is the header; the run's row on each line, so an error line names its source row.
            doc["import_id"] = _start_import(http, run_id, [str(e.email) for e in rows], cancel)
            doc["lines"] = {str(i): e.row for i, e in enumerate(rows, start=2)}
            journal.note_rows(run_id, {}, extra=(EXTRA, json.dumps(doc)))
        crashpoint("before-import-done")
        doc["state"] = _wait_for_import(http, doc["import_id"], poll, cancel)
        failed = _error_rows(http, doc, connection, cancel)
        lines = {int(k): int(v) for k, v in doc["lines"].items()}
        notes: dict[int, tuple[str | None, str]] = {}
        for _line, row in lines.items():
            if doc["state"] != "DONE":
                notes[row] = ("marketing.not_set", NOT_SET.format(why=doc["state"]))
            elif row in failed:
                notes[row] = ("marketing.not_set", NOT_SET.format(why=failed[row]))
            else:
                notes[row] = (None, SET)
        doc["done"] = True
        journal.note_rows(run_id, notes, extra=(EXTRA, json.dumps(doc)))
        return sum(1 for code, _t in notes.values() if code is None)
    finally:
        http.close()


def _start_import(http: HttpSession, run_id: str, emails: list[str], cancel: threading.Event | None) -> str:
    """Upload the emails as a marketing-contacts import (one column, the contacts found by email); its id."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([COLUMN])
    for email in emails:
        writer.writerow([email])
    request = {"name": f"Contact Importer run {run_id}: marketing contacts", "marketableContactImport": True,
               "importOperations": {"0-1": "UPDATE"},
               "files": [{"fileName": f"{run_id}-marketing.csv", "fileFormat": "CSV", "fileImportPage": {
                   "hasHeader": True, "columnMappings": [{"columnObjectTypeId": "0-1", "columnName": COLUMN,
                                                           "propertyName": "email",
                                                           "columnType": "HUBSPOT_ALTERNATE_ID"}]}}]}
    body, ctype = _multipart({"importRequest": (None, json.dumps(request).encode(), "text/plain"),
                              "files": (f"{run_id}-marketing.csv", text.getvalue().encode("utf-8"), "text/csv")})
    result = http.send_with_retries("POST", IMPORTS, content=body, headers={"Content-Type": ctype},
                                    cancel=cancel, retry_ambiguous=False)
    data = response_json(result.response)
    if not result.response.is_success or not isinstance(data, dict) or not data.get("id"):
        raise _fail(result.response, http.connection.token, N_("start the marketing-contacts import"))
    return str(data["id"])


def _wait_for_import(http: HttpSession, import_id: str, poll: float, cancel: threading.Event | None) -> str:
    """Ask how the import goes every ``poll`` seconds until it has finished; its final state."""
    waited = 0.0
    while True:
        result = http.send_with_retries("GET", f"{IMPORTS}/{import_id}", cancel=cancel)
        data = response_json(result.response)
        if not result.response.is_success or not isinstance(data, dict):
            raise _fail(result.response, http.connection.token, N_("say how the marketing-contacts import went"))
        state = data.get("state")
        if state in FINISHED:
            return str(state)
        if waited >= MAX_POLL_SECONDS:
            raise RunStop(N_("HubSpot's marketing-contacts import {id} is still running; resume the run later to "
                             "see how it went.").format(id=import_id))
        if cancel is not None:
            if cancel.wait(poll):
                raise Cancelled()
        else:
            time.sleep(poll)
        waited += poll


def _error_rows(http: HttpSession, doc: dict[str, Any], connection: Connection,
                cancel: threading.Event | None) -> dict[int, str]:
    """Source row → what HubSpot said about its line (every page of the import's errors)."""
    lines = {int(k): int(v) for k, v in doc["lines"].items()}
    out: dict[int, str] = {}
    after: str | None = None
    for _ in range(10_000):
        query = "?limit=500" + (f"&after={after}" if after else "")
        result = http.send_with_retries("GET", f"{IMPORTS}/{doc['import_id']}/errors{query}", cancel=cancel)
        data = response_json(result.response)
        if not result.response.is_success or not isinstance(data, dict):
            raise _fail(result.response, connection.token, N_("list the marketing-contacts import's errors"))
        for e in data.get("results") or []:
            line = ((e or {}).get("sourceData") or {}).get("lineNumber")
            if isinstance(line, int) and line in lines:
                out[lines[line]] = str(e.get("errorMessage") or e.get("errorType") or "an error")
        after = ((data.get("paging") or {}).get("next") or {}).get("after")
        if not after:
            break
    return out
