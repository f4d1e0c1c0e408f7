"""After a HubSpot run: associate each sent contact with its company, as the account defines the type.

Links are kept beside the journal (one small JSON file per run) before anything is sent, so a run
resumed later still associates its rows. Contacts created *and* updated are associated the same
way, with v4 ``POST /crm/v4/associations/contacts/companies/batch/create`` (upsert inputs carry no
associations); associating twice is harmless, so a repeated step never doubles anything.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict
from pathlib import Path

from core.account.companies import CompanyLink
from core.paths import data_dir
from core.submit.journal import Journal
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import RunStop
from core.words import N_

ASSOCIATE = "/crm/v4/associations/contacts/companies/batch/create"
CHUNK = 100
ASSOCIATED = N_("Associated with company {id}")
ASSOCIATED_AS = N_("Associated with company {id} as {label}")


def links_path(run_id: str) -> Path:
    return data_dir() / "company-links" / f"{run_id}.json"


def save_links(run_id: str, links: dict[int, CompanyLink]) -> None:
    if not links:
        return
    path = links_path(run_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"done": [], "links": {str(r): asdict(link) for r, link in links.items()}}),
                    encoding="utf-8")


def associate_run(journal: Journal, run_id: str, connection: Connection,
                  cancel: threading.Event | None = None) -> int:
    """Associate the run's created/updated rows not yet associated; returns how many were. The journal's
    row messages say so. Raises RunStop when HubSpot refuses the whole call."""
    path = links_path(run_id)
    if not path.exists():
        return 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    done = set(doc.get("done", []))
    links = {int(r): CompanyLink(**v) for r, v in doc.get("links", {}).items()}
    todo = [(e.row, e.crm_id, links[e.row]) for e in journal.rows(run_id)
            if e.row in links and e.row not in done and e.status in ("created", "updated") and e.crm_id]
    http = HttpSession(connection)
    notes: dict[int, tuple[str | None, str]] = {}
    try:
        for i in range(0, len(todo), CHUNK):
            part = todo[i:i + CHUNK]
            body = {"inputs": [{"from": {"id": crm_id}, "to": {"id": link.company_id},
                                "types": [{"associationCategory": link.category,
                                           "associationTypeId": link.type_id}]} for _row, crm_id, link in part]}
            result = http.send_with_retries("POST", ASSOCIATE, content=json.dumps(body).encode(),
                                            headers={"Content-Type": "application/json"}, cancel=cancel)
            data = response_json(result.response)
            if not result.response.is_success:
                _code, text = describe_error(result.response, connection.token)
                raise RunStop(N_("HubSpot did not associate the contacts with their companies (HTTP {status}: "
                                 "{detail}).").format(status=result.response.status_code, detail=text))
            failed = {str(x) for e in (data or {}).get("errors") or [] for x in (e.get("context") or {})
                      .get("fromObjectId", [])}
            for row, crm_id, link in part:
                if crm_id in failed:
                    notes[row] = ("company.not_associated", N_("Not associated with company {id}").format(
                        id=link.company_id))
                else:
                    said = ASSOCIATED_AS if link.label else ASSOCIATED
                    notes[row] = (None, said.format(id=link.company_id, label=link.label))
                    done.add(row)
    finally:
        http.close()
        if notes:
            journal.note_rows(run_id, notes)
            doc["done"] = sorted(done)
            path.write_text(json.dumps(doc), encoding="utf-8")
    return sum(1 for c, _t in notes.values() if c is None)
