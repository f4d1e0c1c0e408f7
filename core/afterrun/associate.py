"""A HubSpot run's company links: recorded in the journal with the run, made as its last step.

A contact the run **creates** carries its link in its own ``batch/create`` input (the seed's
``inputs[].associations[]``: ``to.id`` plus ``types[]`` with the account's ``associationCategory``
and ``associationTypeId``), so the link is in the journaled batch and made in the same call. Upsert
inputs (Update, Fill blanks only) have no ``associations`` field, so those contacts are linked with
v4 ``POST /crm/v4/associations/contacts/companies/batch/create`` once every batch has its answer.

The links are written into the journal in the same transaction as the run (``links_extra``), and
each v4 call's outcome is written with the rows it was about; the run is not *finished* until
every link is made (``execute_run(after=)``), so a crash or a refusal between the contacts and the
links is finished by resuming the run. A call whose answer was lost is simply made again: an
association that exists is not made twice.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict
from typing import Any

from core.account.companies import CompanyLink
from core.account.plan import NOTHING_CODE
from core.crashpoints import crashpoint
from core.paths import data_dir
from core.submit.journal import Journal
from core.targets.client_base import Connection
from core.targets.http import HttpSession, describe_error, response_json
from core.targets.outcomes import Cancelled, RunStop
from core.targets.payloads import OP_HS_CREATE
from core.words import N_

ASSOCIATE = "/crm/v4/associations/contacts/companies/batch/create"
EXTRA = "company-links"
CHUNK = 100
ASSOCIATED = N_("Associated with company {id}")
ASSOCIATED_AS = N_("Associated with company {id} as {label}")
NOT_ASSOCIATED = "company.not_associated"


def links_extra(links: dict[int, CompanyLink], *, label: str | None = None, create_missing: bool = False,
                plans: dict[int, Any] | None = None, reasons: dict[int, tuple[str, str]] | None = None,
                unlinked: dict[int, tuple[str, str]] | None = None,
                notes: dict[int, str] | None = None) -> dict[str, str]:
    """The run's company links and the person's choices for them, for ``create_run(extras=)``.

    A person already in HubSpot with nothing empty to fill (Fill blanks only) is not sent, but still
    gets the company the file names: the look-up's contact id (``plans``) is kept for that link.
    ``unlinked``: rows whose company was not found or matched several (code, sentence), said per row.
    ``notes``: other sentences a row's message gets once it has its outcome (e.g. an unknown contact owner)."""
    unlinked = {r: n for r, n in (unlinked or {}).items() if r not in links}
    if not links and not unlinked and not notes:
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for r, link in sorted(links.items()):
        entries[str(r)] = asdict(link)
        plan = (plans or {}).get(r)
        if (reasons or {}).get(r, ("",))[0] == NOTHING_CODE and plan is not None and plan.crm_id:
            entries[str(r)]["contact"] = plan.crm_id
    doc = {"label": label or "", "create_missing": create_missing, "done": [], "failed": [], "links": entries,
           "unlinked": {str(r): list(n) for r, n in sorted(unlinked.items())},
           "notes": {str(r): t for r, t in sorted((notes or {}).items())}, "noted": []}
    return {EXTRA: json.dumps(doc)}


def run_links(journal: Journal, run_id: str) -> dict[str, Any] | None:
    """The run's links document (label, create_missing, links, done, failed), or None."""
    text = journal.run_extra(run_id, EXTRA)
    if text is None:  # runs recorded before the links moved into the journal kept them beside it
        old = data_dir() / "company-links" / f"{run_id}.json"
        text = old.read_text(encoding="utf-8") if old.exists() else None
    if text is None:
        parent = journal.get_run(run_id).parent_run_id
        found = run_links(journal, parent) if parent else None
        if found is None:
            return None
        # A retry of failed rows: the same file rows, linked as the first run chose; its own progress.
        return {**found, "done": [], "failed": []}
    doc: dict[str, Any] = json.loads(text)
    doc.setdefault("failed", [])
    return doc


def _linked_inline(journal: Journal, run_id: str) -> set[str]:
    """The trace ids of create inputs that carried their company link (as recorded, so as sent)."""
    keys: set[str] = set()
    for entry in journal.batches(run_id):
        if entry.batch.operation != OP_HS_CREATE:
            continue
        try:
            inputs = json.loads(entry.batch.body).get("inputs") or []
        except (ValueError, AttributeError):
            continue
        keys.update(str(i.get("objectWriteTraceId")) for i in inputs if isinstance(i, dict) and i.get("associations"))
    return keys


def _unlinked_sentence(text: str) -> str:
    """'Row 4: company 'x' is not in HubSpot; not associated (…)' → without the row (the row says it)."""
    head, sep, tail = text.partition(": ")
    return (tail[:1].upper() + tail[1:]) if sep and head.startswith("Row ") else text


def _add(noted: dict[int, tuple[str | None, str]], row: int, code: str | None, text: str) -> None:
    """One more sentence for a row's message (its code, when given, wins)."""
    if row in noted:
        old_code, old_text = noted[row]
        noted[row] = (code or old_code, f"{old_text}; {text}")
    else:
        noted[row] = (code, text)


def _sentence(link: CompanyLink) -> str:
    return (ASSOCIATED_AS if link.label else ASSOCIATED).format(id=link.company_id, label=link.label)


Notes = dict[int, tuple[str | None, str]]
Todo = list[tuple[int, str, CompanyLink]]


class _Book:
    """The run's links document as it is worked through: which rows are done or failed, written back to
    the journal with each row's sentence."""

    def __init__(self, journal: Journal, run_id: str, doc: dict[str, Any]) -> None:
        self.journal, self.run_id, self.doc = journal, run_id, doc
        self.done, self.failed = {int(r) for r in doc["done"]}, {int(r) for r in doc["failed"]}
        self.contacts = {int(r): str(v["contact"]) for r, v in doc["links"].items() if v.get("contact")}
        self.links = {int(r): CompanyLink(**{k: x for k, x in v.items() if k != "contact"})
                      for r, v in doc["links"].items()}

    def record(self, notes: Notes) -> None:
        self.doc["done"], self.doc["failed"] = sorted(self.done), sorted(self.failed)
        self.journal.note_rows(self.run_id, notes, extra=(EXTRA, json.dumps(self.doc)))


def _sort_rows(book: _Book) -> tuple[Todo, Notes, int]:
    """Each recorded row of the run: linked already (in its own create input), to link now (the rows
    returned), or not linkable; with the sentences its message gets. Also returns how many were linked
    inline."""
    doc, done, failed, links = book.doc, book.done, book.failed, book.links
    inline = _linked_inline(book.journal, book.run_id)
    todo: Todo = []
    noted: Notes = {}
    unlinked = {int(r): n for r, n in (doc.get("unlinked") or {}).items()}
    said = {int(r): t for r, t in (doc.get("notes") or {}).items()}
    told = {int(r) for r in doc.get("noted") or []}
    inline_made = 0
    for e in book.journal.rows(book.run_id):
        if e.recorded:
            _say_once(book, e.row, said, told, unlinked, noted)
        if e.row not in links or e.row in done or e.row in failed:
            continue
        if e.status == "created" and e.key in inline:  # linked in its own create input
            _add(noted, e.row, None, _sentence(links[e.row]))
            inline_made += 1
            done.add(e.row)
        elif e.status in ("created", "updated") and e.crm_id:
            todo.append((e.row, e.crm_id, links[e.row]))
        elif e.status == "skipped" and e.row in book.contacts:  # there already, nothing to fill: still linked
            todo.append((e.row, book.contacts[e.row], links[e.row]))
        elif e.status in ("created", "updated"):
            failed.add(e.row)
            _add(noted, e.row, NOT_ASSOCIATED, N_("Not associated with company {id}: HubSpot did not say which "
                                                  "contact this is").format(id=links[e.row].company_id))
    return todo, noted, inline_made


def _say_once(book: _Book, row: int, said: dict[int, str], told: set[int], unlinked: dict[int, Any],
              noted: Notes) -> None:
    """A recorded row's sentences that wait for its outcome, each said once: a note (e.g. the contact owner
    left out), and why it has no company (not found, or several)."""
    if row in said and row not in told:
        told.add(row)
        book.doc["noted"] = sorted(told)
        noted[row] = (None, _unlinked_sentence(said[row]))
    if row in unlinked and row not in book.failed:
        book.failed.add(row)
        _add(noted, row, None, _unlinked_sentence(unlinked[row][1]))


def _post_links(http: HttpSession, part: Todo, cancel: threading.Event | None) -> dict[str, str]:
    """One v4 call for up to ``CHUNK`` links; returns the contacts HubSpot refused, each with its reason."""
    body = {"inputs": [{"from": {"id": crm_id}, "to": {"id": link.company_id},
                        "types": [{"associationCategory": link.category,
                                   "associationTypeId": link.type_id}]} for _row, crm_id, link in part]}
    result = http.send_with_retries("POST", ASSOCIATE, content=json.dumps(body).encode(),
                                    headers={"Content-Type": "application/json"}, cancel=cancel)
    data = response_json(result.response)
    if not result.response.is_success:
        _code, text = describe_error(result.response, http.connection.token)
        raise RunStop(N_("HubSpot did not associate the contacts with their companies (HTTP {status}: "
                         "{detail}).").format(status=result.response.status_code, detail=text))
    return {str(x): str(e.get("message") or "") for e in (data or {}).get("errors") or []
            for x in (e.get("context") or {}).get("fromObjectId", [])}


def _settle(book: _Book, part: Todo, refused: dict[str, str]) -> tuple[Notes, int]:
    """Each row of a call: linked, or refused with HubSpot's reason; returns the sentences and how many
    were linked."""
    notes: Notes = {}
    made = 0
    for row, crm_id, link in part:
        if crm_id in refused:
            book.failed.add(row)
            sentence = N_("Not associated with company {id}: {why}") if refused[crm_id] else \
                N_("Not associated with company {id}")
            notes[row] = (NOT_ASSOCIATED, sentence.format(id=link.company_id, why=refused[crm_id]))
        else:
            book.done.add(row)
            notes[row] = (None, _sentence(link))
            made += 1
    return notes, made


def associate_run(journal: Journal, run_id: str, connection: Connection,
                  cancel: threading.Event | None = None) -> int:
    """Make the run's links not made yet; returns how many rows were linked this time. Each row's
    message says so. Raises RunStop when HubSpot refuses a whole call, Cancelled when cancelled."""
    doc = run_links(journal, run_id)
    if doc is None:
        return 0
    book = _Book(journal, run_id, doc)
    todo, noted, made = _sort_rows(book)
    if noted:
        book.record(noted)
    if not todo:
        return made
    http = HttpSession(connection)
    try:
        for i in range(0, len(todo), CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            part = todo[i:i + CHUNK]
            crashpoint("before-links")
            notes, linked = _settle(book, part, _post_links(http, part, cancel))
            made += linked
            book.record(notes)
    finally:
        http.close()
    return made


class AfterBatches:
    """``execute_run(after=)`` for a HubSpot run: its company links, as its last step; ``made`` counts
    the rows linked in this session."""

    def __init__(self, journal: Journal, run_id: str, connection: Connection) -> None:
        self.journal, self.run_id, self.connection = journal, run_id, connection
        self.made = 0
        self.listed = 0
        self.marketing = 0
        self.subscribed = 0

    def __call__(self, cancel: threading.Event) -> bool:
        from core.account.subscriptions import write_subscriptions
        from core.afterrun.hubspot_list import add_run_to_list
        from core.afterrun.marketing import mark_marketing

        self.made += associate_run(self.journal, self.run_id, self.connection, cancel)
        self.listed += add_run_to_list(self.journal, self.run_id, self.connection, cancel)  # --list NAME
        self.marketing += mark_marketing(self.journal, self.run_id, self.connection, cancel)  # --marketing-contacts
        self.subscribed += write_subscriptions(self.journal, self.run_id, self.connection, cancel)
        return True
