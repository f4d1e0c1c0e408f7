"""What each row will do in the account, given who already exists and the person's choice for them.

Every sendable row is labelled **new**, **exists** (nothing would change) or **changes** (old → new
per field), or **unchecked** when no look-up was made. The per-run choice for people already there:
Skip, Update (upsert), Fill blanks only (send only properties empty in HubSpot), Create anyway (they
come back as conflicts). The batches are then cut to do exactly that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from core.account.existing import Existing
from core.pipeline import Checked, make_batches
from core.records import Progress
from core.targets.hubspot_parsing import norm_email
from core.targets.payloads import UPDATE_ID, Batch, hubspot_properties
from core.validation.issues import CheckedRow
from core.words import N_

ON_EXISTING = ("skip", "update", "fill", "create")
ON_EXISTING_LABELS = {"skip": N_("Skip"), "update": N_("Update"), "fill": N_("Fill blanks only"),
                      "create": N_("Create anyway")}
#: The older ``--mode`` words, kept as aliases.
MODE_ALIAS = {"create": "create", "upsert": "update"}
STATE_LABELS = {"new": N_("New"), "exists": N_("Exists"), "changes": N_("Exists, would change"),
                "unchecked": N_("Not looked up")}
SKIP_CODE = "existing.skip"
NOTHING_CODE = "existing.nothing_to_fill"


@dataclass(frozen=True)
class Change:
    field: str
    old: str | None
    new: str


@dataclass(frozen=True)
class RowPlan:
    """One row: what HubSpot has (``state``, ``crm_id``, ``changes``) and what will be done (``action``)."""

    row: int
    state: str  # new | exists | changes | unchecked
    action: str  # create | update | fill | skip | conflict
    crm_id: str | None = None
    changes: tuple[Change, ...] = ()
    fill: tuple[str, ...] = field(default=())  # Fill blanks only: the properties that will be sent
    by_id: bool = False  # a person chose to update this contact (a probable match found in the account)

    def text(self) -> str:
        """One sentence for report.csv and the Check step."""
        where = f" (ID {self.crm_id})" if self.crm_id else ""
        if self.by_id:
            return f"Probably contact {self.crm_id} in the account: will update it by its ID (your choice)"
        if self.state == "unchecked":
            return N_("Will be created (not looked up: no connection)") if self.action == "create" else \
                N_("Will be sent as an update-or-create (not looked up: no connection)")
        if self.state == "new":
            return N_("New: will be created")
        if self.action == "skip":
            return N_("Exists{where}: skipped, left as it is").format(where=where)
        if self.action == "conflict":
            return N_("Exists{where}: will be reported as a conflict (Create anyway)").format(where=where)
        if self.action == "fill":
            if not self.fill:
                return N_("Exists{where}: nothing empty to fill, not sent").format(where=where)
            return N_("Exists{where}: will fill {fields}").format(where=where, fields=", ".join(self.fill))
        if self.state == "exists":
            return N_("Exists{where}: will be updated (no field changes)").format(where=where)
        diff = "; ".join(f"{c.field}: {c.old or '(empty)'} → {c.new}" for c in self.changes)
        return N_("Exists{where}: will be updated — {changes}").format(where=where, changes=diff)


def _blank(v: str | None) -> bool:
    return v is None or not str(v).strip()


def _as_day(text: str) -> dt.date | None:
    t = text.strip()
    if t.isdigit():
        return dt.datetime.fromtimestamp(int(t) / 1000, tz=dt.timezone.utc).date()
    try:
        return dt.date.fromisoformat(t[:10])
    except ValueError:
        return None


def same_value(old: str | None, new: str) -> bool:
    """Whether HubSpot's current value already says what we would send (text, number, date, multi-select)."""
    if _blank(old):
        return _blank(new)
    a, b = str(old).strip(), new.strip()
    if a.lower() == b.lower():
        return True
    if ";" in a or ";" in b:
        return {x.strip().lower() for x in a.split(";")} == {x.strip().lower() for x in b.split(";")}
    try:
        return float(a) == float(b) and not (a.isdigit() and len(a) >= 12)  # epoch ms: compare as dates below
    except ValueError:
        pass
    da, db = _as_day(a), _as_day(b)
    return da is not None and da == db


def plan_row(c: CheckedRow, found: dict[str, Existing] | None, choice: str) -> RowPlan:
    chosen = c.get(UPDATE_ID)
    if chosen:  # the person's choice for this row wins over the per-run choice for people found by email
        return RowPlan(c.row, "exists", "update", str(chosen), by_id=True)
    if found is None:
        return RowPlan(c.row, "unchecked", "update" if choice in ("update", "fill") else "create")
    email = norm_email(c.values.get("email"))
    existing = found.get(email) if email else None
    if existing is None:
        return RowPlan(c.row, "new", "create")
    props, _company = hubspot_properties(c)
    changes = tuple(Change(k, existing.properties.get(k), v) for k, v in props.items()
                    if k != "email" and not same_value(existing.properties.get(k), v))
    state = "changes" if changes else "exists"
    if choice == "skip":
        return RowPlan(c.row, state, "skip", existing.crm_id, changes)
    if choice == "create":
        return RowPlan(c.row, state, "conflict", existing.crm_id, changes)
    if choice == "fill":
        fill = tuple(k for k, v in props.items() if k != "email" and _blank(existing.properties.get(k))
                     and not _blank(v))
        return RowPlan(c.row, state, "fill", existing.crm_id, changes, fill)
    return RowPlan(c.row, state, "update", existing.crm_id, changes)


def plan_rows(checked: Checked, found: dict[str, Existing] | None, choice: str) -> dict[int, RowPlan]:
    """A plan for every sendable row (rows with errors or left out are not sent whatever the choice)."""
    if choice not in ON_EXISTING:
        raise ValueError(f"on-existing must be one of {', '.join(ON_EXISTING)}, not {choice!r}")
    return {c.row: plan_row(c, found, choice) for c in checked.rows if c.sendable}


#: What to do with people not in HubSpot yet (``--new``): add them (the default) or leave them out, so a
#: run only updates the people already there (HubSpot's import option "update existing only").
NEW_CHOICES = ("add", "skip")
NEW_SKIP_CODE = "new.skipped"


def leave_out_new(plans: dict[int, RowPlan], checked: Checked) -> dict[int, tuple[str, str]]:
    """(code, sentence) for each sendable row whose person is not in HubSpot (after a look-up)."""
    out: dict[int, tuple[str, str]] = {}
    for c in checked.rows:
        p = plans.get(c.row)
        if not c.sendable or p is None or p.state != "new":
            continue
        if norm_email(c.values.get("email")):
            out[c.row] = (NEW_SKIP_CODE, N_("Not in HubSpot yet; left out (your choice: update only people "
                                            "already there)"))
        else:
            out[c.row] = (NEW_SKIP_CODE, N_("No email to find this person in HubSpot by; left out (your choice: "
                                            "update only people already there)"))
    return out


def _subset(checked: Checked, rows: list[CheckedRow]) -> Checked:
    return Checked(checked.table, checked.mapping, rows, checked.checker)


def batches_for(checked: Checked, plans: dict[int, RowPlan], choice: str, *, batch_size: int | None = None,
                reference_source: str | None = None, progress: Progress | None = None,
                links: dict[int, tuple[str, str, int]] | None = None, row_key: bool = False
                ) -> tuple[list[Batch], dict[int, tuple[str, str]]]:
    """The batches that carry out ``choice``, and (code, sentence) for sendable rows deliberately not sent.
    ``links`` go inline with the contacts that are created (upserts carry none: see afterrun.associate)."""
    reasons: dict[int, tuple[str, str]] = {}
    kw: dict[str, Any] = {"batch_size": batch_size, "reference_source": reference_source, "progress": progress,
                          "links": links, "row_key": row_key}
    if checked.mapping.target != "hubspot" or choice in ("create", "update"):
        return make_batches(checked, mode="upsert" if choice == "update" else "create", **kw), reasons
    label = ON_EXISTING_LABELS[choice]
    creates: list[CheckedRow] = []
    fills: list[CheckedRow] = []
    for c in checked.rows:
        if not c.sendable:
            continue
        p = plans.get(c.row)
        if p is None or p.action == "create":
            creates.append(c)
        elif p.action == "skip":
            reasons[c.row] = (SKIP_CODE, N_("Already in HubSpot (ID {id}); left as it is (your choice: {what})").format(
                id=p.crm_id, what=label))
        elif p.action == "fill" and not p.fill:
            reasons[c.row] = (NOTHING_CODE, N_("Already in HubSpot (ID {id}) with those fields filled in; nothing sent "
                                               "(your choice: {what})").format(id=p.crm_id, what=label))
        elif p.action == "fill":
            keep = {k: v for k, v in c.values.items() if k in p.fill or k == "email"}
            fills.append(CheckedRow(c.row, keep, list(c.issues)))
        else:
            creates.append(c)
    batches = make_batches(_subset(checked, fills), mode="upsert", **kw) if fills else []
    for b in make_batches(_subset(checked, creates), mode="create", **kw) if creates else []:
        b.number = len(batches) + 1
        batches.append(b)
    return batches, reasons


def journal_mode(choice: str) -> str:
    """The mode the journal records: 'upsert' only when every existing person is upserted; otherwise
    'create', so a lost answer is never re-sent blindly by Retry (runs.retryable)."""
    return "upsert" if choice == "update" else "create"
