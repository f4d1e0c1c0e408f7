"""Check status of a Virtuous run: which rows Virtuous has matched or created, which still wait for review.

Virtuous has no import-status endpoint (docs/api-virtuous.md §1), so each accepted row is looked up by
its reference: ``GET /api/Contact/Find?referenceSource=…&referenceId=…``. One request a row counts
against the organisation's hourly budget, which the shared session reads and waits for; progress and
cancel make it usable on a big run. It can be run again later; each run replaces the last answer.
"""

from __future__ import annotations

import datetime as dt
import threading

from core.records import Progress
from core.submit.journal import Journal
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import Cancelled
from core.words import N_

FIND = "/api/Contact/Find"
IN_CRM = "virtuous.in_crm"
WAITING = "virtuous.waiting"
CHECKED_STATUSES = ("accepted",)


def check_status(journal: Journal, run_id: str, connection: Connection, *, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> dict[str, int]:
    """{'in_crm': n, 'waiting': m, 'unknown': k}; results so far are kept when cancelled (Cancelled raised)."""
    run = journal.get_run(run_id)
    if run.target != "virtuous":
        raise ValueError(f"run {run_id} went to HubSpot, whose results are final when the run ends")
    sources = {b.number: b.batch.reference_source for b in journal.batches(run_id)}
    rows = [e for e in journal.rows(run_id) if e.status in CHECKED_STATUSES and e.key]
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    counts = {"in_crm": 0, "waiting": 0, "unknown": 0}
    notes: dict[int, tuple[str | None, str]] = {}
    ids: dict[int, str] = {}
    http = HttpSession(connection)
    try:
        for n, e in enumerate(rows, 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled(N_("Cancelled while checking Virtuous"))
            source = sources.get(e.batch or 0) or ""
            result = http.send_with_retries("GET", FIND, params={"referenceSource": source, "referenceId": e.key or ""},
                                            cancel=cancel)
            data = response_json(result.response)
            if result.response.is_success and isinstance(data, dict) and data.get("id") is not None:
                counts["in_crm"] += 1
                ids[e.row] = str(data["id"])
                notes[e.row] = (IN_CRM, f"In Virtuous (ID {data['id']}): matched or created after review "
                                        f"(checked {when})")
            elif result.response.status_code == 404:
                counts["waiting"] += 1
                notes[e.row] = (WAITING, f"Still waiting for review in Virtuous's imports (checked {when})")
            else:
                counts["unknown"] += 1
                _code, text = describe_error(result.response, connection.token)
                notes[e.row] = (None, f"Could not check it in Virtuous ({text})")
            if progress is not None:
                progress(n, len(rows))
    finally:
        http.close()
        if notes:
            journal.note_rows(run_id, notes, replace=True, crm_ids=ids)
    return counts


def status_step(journal_path: str, run_id: str, connection: Connection, *, progress: Progress) -> dict[str, int]:
    """For a window's worker: ``check_status`` on its own journal connection (progress may cancel it)."""
    with Journal(journal_path) as journal:
        return check_status(journal, run_id, connection, progress=progress)
