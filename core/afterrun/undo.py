"""Undo a HubSpot run: archive again the contacts it *created* — never ones it updated.

``POST /crm/v3/objects/contacts/batch/archive`` (100 ids a call, docs/api-hubspot.md §1), after the person
confirmed the count. Each archived row is noted in the journal (code ``undo.archived``), so the
results file exported again says so, and a second undo finds nothing left to archive.
"""

from __future__ import annotations

import datetime as dt
import json
import threading

from core.records import Progress
from core.submit.journal import Journal
from core.submit.journal_types import RowEntry
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error
from core.targets.outcomes import RunStop
from core.words import N_

ARCHIVE = "/crm/v3/objects/contacts/batch/archive"
CHUNK = 100
UNDONE = "undo.archived"


class CannotUndo(ValueError):
    """The run is not one that can be undone (not HubSpot, still being sent, nothing created)."""


def undoable(journal: Journal, run_id: str) -> list[RowEntry]:
    """The rows whose contacts this run created and that are not archived yet."""
    run = journal.get_run(run_id)
    if run.target != "hubspot":
        raise CannotUndo(f"run {run_id} went to Virtuous; only HubSpot runs can be undone "
                         "(Virtuous imports are reviewed, and undone, inside Virtuous)")
    if run.state == "running":
        raise CannotUndo(f"run {run_id} is being sent right now; undo it when it has stopped")
    return [e for e in journal.rows(run_id) if e.status == "created" and e.crm_id and e.code != UNDONE]


def confirmation(count: int, run_id: str) -> str:
    return (f"This archives the {count:,} contact{'s' if count != 1 else ''} run {run_id} created in HubSpot "
            "(contacts it updated are left as they are). Archived contacts can be restored in HubSpot for 90 days.")


def undo_run(journal: Journal, run_id: str, connection: Connection, *, progress: Progress | None = None,
             cancel: threading.Event | None = None) -> int:
    """Archive what the run created; returns how many. Rows archived before a failure stay noted."""
    rows = undoable(journal, run_id)
    if not rows:
        return 0
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    http = HttpSession(connection)
    done = 0
    try:
        for i in range(0, len(rows), CHUNK):
            part = rows[i:i + CHUNK]
            body = json.dumps({"inputs": [{"id": e.crm_id} for e in part]}).encode("utf-8")
            result = http.send_with_retries("POST", ARCHIVE, content=body, cancel=cancel,
                                            headers={"Content-Type": "application/json"})
            if not result.response.is_success:
                _code, text = describe_error(result.response, connection.token)
                raise RunStop(N_("HubSpot did not archive the contacts (HTTP {status}: {detail}); {n} were archived "
                                 "before that.").format(status=result.response.status_code, detail=text, n=f"{done:,}"))
            journal.note_rows(run_id, {e.row: (UNDONE, N_("Archived again by undo on {when}").format(when=when))
                                       for e in part})
            done += len(part)
            if progress is not None:
                progress(done, len(rows))
    finally:
        http.close()
    return done


def count_undoable(journal_path: str, run_id: str) -> int:
    """For a window: how many contacts undo would archive (raises CannotUndo with the reason)."""
    with Journal(journal_path) as journal:
        return len(undoable(journal, run_id))


def undo_step(journal_path: str, run_id: str, connection: Connection, *, progress: Progress) -> int:
    """For a window's worker: ``undo_run`` on its own journal connection, then the run's contacts out of its
    list (``--list`` / "Add these people to a list"), as the command line's ``undo`` does."""
    from core.afterrun.hubspot_list import remove_run_from_list

    with Journal(journal_path) as journal:
        done = undo_run(journal, run_id, connection, progress=progress)
        remove_run_from_list(journal, run_id, connection)
        return done
