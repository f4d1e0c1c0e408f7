"""File → checked rows → (who exists) → batches, for one account and one choice about existing people.

The command line's ``preview`` and ``submit`` both go through ``prepare``, so what preview says a row
will do is what submit does with it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from core.account.catalog import account_catalog, account_checks
from core.account.companies import COMPANY_AMBIGUOUS, COMPANY_NEW, COMPANY_UNKNOWN, CompanyLink, resolve_companies
from core.account.existing import look_up_emails
from core.account.model import AccountConfig
from core.account.owners import OWNER, OWNER_NOTES, resolve_owners
from core.account.plan import (
    NEW_SKIP_CODE,
    NOTHING_CODE,
    RowPlan,
    batches_for,
    journal_mode,
    leave_out_new,
    plan_rows,
)
from core.account.subscriptions import take_subscriptions
from core.mapping.model import Mapping
from core.pipeline import Checked, check_table, mapping_for, use_mode
from core.records import Progress, Table
from core.targets.client_base import Connection
from core.targets.payloads import Batch
from core.targets.payloads import hubspot_properties as _props
from core.validation.issues import CheckedRow
from core.words import N_

COMPANY_NOTES = (COMPANY_UNKNOWN, COMPANY_AMBIGUOUS, COMPANY_NEW)


@dataclass
class Prepared:
    checked: Checked
    batches: list[Batch]
    plans: dict[int, RowPlan] = field(default_factory=dict)
    reasons: dict[int, tuple[str, str]] = field(default_factory=dict)
    looked_up: bool = False
    links: dict[int, CompanyLink] = field(default_factory=dict)
    #: Rows whose company was not found, matched several, or will be created: (code, sentence).
    company_notes: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: Rows sent without their contact owner (unknown or ambiguous): the sentence their message gets.
    owner_notes: dict[int, str] = field(default_factory=dict)
    #: Row → {subscription id: SUBSCRIBED | UNSUBSCRIBED}, written once the row's contact is in.
    subscriptions: dict[int, dict[str, str]] = field(default_factory=dict)

    def will_do(self, row: int) -> str:
        """What sending will do with a sendable row, company association included."""
        if self.reasons.get(row, ("",))[0] == NEW_SKIP_CODE:  # --new skip: not in HubSpot yet, left out
            return self.reasons[row][1]
        text = self.plans[row].text() if row in self.plans else N_("Will be sent")
        link = self.links.get(row)
        nothing = self.reasons.get(row, ("",))[0] == NOTHING_CODE  # not sent, but still linked
        if link is not None and not (row in self.plans and self.plans[row].action == "skip") \
                and (row not in self.reasons or nothing):
            said = N_("{problem}; associated with company {id} as {label}") if link.label else \
                N_("{problem}; associated with company {id}")
            text = said.format(problem=text, id=link.company_id, label=link.label)
        return text


def mapping_with(table: Table, target: str, mapping_path: str | Path | None = None,
                 account: AccountConfig | None = None) -> Mapping:
    """``pipeline.mapping_for`` with the account's field list (a custom property's label maps to it)."""
    return mapping_for(table, target, mapping_path, account_catalog(account, target) if account else None)


def check_with(table: Table, mapping: Mapping, progress: Progress | None = None,
               account: AccountConfig | None = None) -> Checked:
    """``pipeline.check_table`` against the account's fields, option values, types and lists."""
    checks = account_checks(account, mapping.target)
    catalog, rule = checks()
    return check_table(table, mapping, progress, catalog, rule, setup=checks)


def mapped_properties(checked: Checked) -> list[str]:
    """The HubSpot properties this file fills, to ask for their current values."""
    names: set[str] = set()
    for c in checked.rows:
        if c.sendable:
            names.update(_props(c)[0])
    return sorted(names)


def look_up(checked: Checked, connection: Connection, *, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> dict:
    emails = [str(c.values["email"]) for c in checked.rows if c.sendable and c.values.get("email")]
    return look_up_emails(connection, emails, mapped_properties(checked), progress=progress, cancel=cancel)


def plan_checked(checked: Checked, choice: str, connection: Connection | None, *, look: bool = True,
                 batch_size: int | None = None, progress: Progress | None = None,
                 cancel: threading.Event | None = None, account: AccountConfig | None = None,
                 create_companies: bool = False, company_label: str | None = None,
                 dry_run: bool = False, row_key: bool = False, new: str = "add") -> Prepared:
    """Resolve companies and look existing people up (HubSpot, when connected and ``look``), label
    rows, cut the batches (``row_key``: with the account's row key on every contact created).
    ``new="skip"``: people not in HubSpot yet are left out (looked up whatever ``choice`` is), so the
    run only changes people already there."""
    use_mode(checked, journal_mode(choice))  # an unreadable email stops the row only when upserting by it
    links, wanted = _resolve_account_values(checked, connection, account, create_companies=create_companies,
                                            company_label=company_label, dry_run=dry_run, cancel=cancel)
    found = None
    hubspot = checked.mapping.target == "hubspot"
    if (look or new == "skip") and connection is not None and hubspot:
        found = look_up(checked, connection, progress=progress, cancel=cancel)
    plans = plan_rows(checked, found, choice) if hubspot else {}
    left_out = leave_out_new(plans, checked) if new == "skip" and found is not None else {}
    inline = {row: (k.company_id, k.category, k.type_id) for row, k in links.items() if row not in left_out}
    kept = Checked(checked.table, checked.mapping, [c for c in checked.rows if c.row not in left_out],
                   checked.checker) if left_out else checked
    batches, reasons = batches_for(kept, plans, choice, batch_size=batch_size, links=inline,
                                   row_key=row_key)
    reasons.update(left_out)
    links = {row: k for row, k in links.items() if row not in left_out}
    notes, owner_notes = _row_notes(checked)
    wanted = {row: w for row, w in wanted.items() if row not in left_out}
    return Prepared(checked, batches, plans, reasons, found is not None, links, notes, owner_notes, wanted)


def _resolve_account_values(checked: Checked, connection: Connection | None, account: AccountConfig | None, *,
                            create_companies: bool, company_label: str | None, dry_run: bool,
                            cancel: threading.Event | None) -> tuple[dict[int, CompanyLink], dict[int, dict[str, str]]]:
    """The values that name things in the account, resolved on the sendable rows (which only get warnings):
    HubSpot's companies (the links returned), subscriptions (returned), contact owners; Virtuous's segments."""
    links: dict[int, CompanyLink] = {}
    wanted: dict[int, dict[str, str]] = {}
    sendable = [c for c in checked.rows if c.sendable]  # what follows adds warnings only: it stays so
    if checked.mapping.target == "hubspot":
        links = resolve_companies(sendable, connection, account,
                                  create_missing=create_companies, label=company_label, dry_run=dry_run,
                                  cancel=cancel)
        wanted = take_subscriptions(sendable, account)
        owner_field = checked.mapping.for_field(OWNER)
        resolve_owners(sendable, connection, cancel,
                       column=owner_field.sources[0] if owner_field and owner_field.sources else OWNER)
    if checked.mapping.target == "virtuous" and connection is not None:
        from core.account.segments import KEY as SEGMENT
        from core.account.segments import check_segments

        segment_field = checked.mapping.for_field(SEGMENT)
        check_segments(sendable, connection,
                       segment_field.sources[0] if segment_field and segment_field.sources else SEGMENT, cancel)
    return links, wanted


def _row_notes(checked: Checked) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    """The sentences sendable rows carry into the run: about their company (code, sentence), and about a
    contact owner left out."""
    notes = {c.row: (i.code, i.message) for c in checked.rows if c.sendable for i in c.issues
             if i.code in COMPANY_NOTES}
    owner_notes = {c.row: i.message for c in checked.rows if c.sendable for i in c.issues if i.code in OWNER_NOTES}
    return notes, owner_notes


def prepare(path: str | Path, target: str, *, choice: str, account: AccountConfig | None = None,
            connection: Connection | None = None, look: bool = True, mapping_path: str | Path | None = None,
            sheet: str | None = None, header_row: int | None = None, batch_size: int | None = None,
            progress: Progress | None = None, create_companies: bool = False,
            company_label: str | None = None, password: str | None = None,
            encoding: str | None = None, duplicates: str | Path | None = None, row_key: bool = False,
            new: str = "add") -> Prepared:
    from core.pipeline import read_table

    table = read_table(path, sheet, header_row, progress, password=password, encoding=encoding)
    mapping = mapping_with(table, target, mapping_path, account)
    checked = check_with(table, mapping, progress, account)
    if duplicates:  # the person's duplicate decisions (saved in the window) before batching
        from core.matching.decisions import Decisions
        from core.pipeline import apply_duplicates

        apply_duplicates(checked, Decisions.load(duplicates))
    return plan_checked(checked, choice, connection, look=look, batch_size=batch_size, account=account,
                        create_companies=create_companies, company_label=company_label, row_key=row_key,
                        new=new)


class PlannedBatches(list[Batch]):
    """The batches for a choice about existing people, carrying the plan behind them: a list of
    ``Batch`` (so every consumer of batches takes it as is) plus ``plans``, ``reasons``, ``links`` and
    ``company_notes``."""

    plans: dict[int, RowPlan]
    reasons: dict[int, tuple[str, str]]
    links: dict[int, CompanyLink]
    company_notes: dict[int, tuple[str, str]]
    owner_notes: dict[int, str]
    subscriptions: dict[int, dict[str, str]]


def build_planned(checked: Checked, *, choice: str, connection: Connection | None,
                  account: AccountConfig | None = None, batch_size: int | None = None,
                  progress: Progress | None = None, company_label: str | None = None,
                  create_companies: bool = False, dry_run: bool = True, new: str = "add",
                  row_key: bool | None = None) -> PlannedBatches:
    """For a window's worker: companies resolved with the account's ``company_label`` (created only
    when not ``dry_run``: the Send step's worker, once Send was pressed), who exists looked up when the
    choice depends on it, and the batches cut to carry the choice out. ``row_key``: set the row key on
    every contact created (None: when the account has it)."""
    rows = [CheckedRow(c.row, dict(c.values), list(c.issues), c.excluded) for c in checked.rows]
    own = Checked(checked.table, checked.mapping, rows, checked.checker)  # resolving edits values: a copy
    from core.account.row_key import account_has_row_key

    prepared = plan_checked(own, choice, connection, look=choice in ("skip", "fill"), batch_size=batch_size,
                            account=account, dry_run=dry_run, create_companies=create_companies,
                            company_label=company_label,
                            row_key=checked.mapping.target == "hubspot"
                            and (account_has_row_key(account) if row_key is None else row_key), new=new)
    out = PlannedBatches(prepared.batches)
    out.plans, out.reasons, out.links = prepared.plans, prepared.reasons, prepared.links
    out.company_notes = prepared.company_notes
    out.owner_notes = prepared.owner_notes
    out.subscriptions = prepared.subscriptions
    return out


def look_up_plans(checked: Checked, *, choice: str, connection: Connection,
                  progress: Progress | None = None) -> dict[int, RowPlan]:
    """For the Check step: who is already in HubSpot and what would change (old → new), per row."""
    found = look_up(checked, connection, progress=progress)
    return plan_rows(checked, found, choice)
