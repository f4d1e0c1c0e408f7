"""What a person decided about each group (and each row found in the account), and applying it.

Decisions are plain JSON (``decisions.json``) so the window can save them with a run and the
command line can be given them (``--duplicates``). They are applied to the checked rows before
batching, so what is sent — and what the results file says about every row — follows them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from core.errors import InputError
from core.mapping.apply import MappedRow
from core.targets.payloads import UPDATE_ID
from core.validation import issues as codes
from core.validation.issues import CheckedRow, Issue
from core.words import N_

Choice = Literal["keep_all", "keep_one", "merge"]
AccountChoice = Literal["create", "skip", "update"]
CHOICES: tuple[str, ...] = ("keep_all", "keep_one", "merge")
#: For a row probably already in the account: send it as it is ("create anyway"), leave it out, or
#: (HubSpot) update that contact by its id instead of making a second one.
ACCOUNT_CHOICES: tuple[str, ...] = ("create", "skip", "update")
VERSION = 1

#: Stable codes for rows the decisions kept back (results files, report.csv).
MERGED = "duplicate.merged"
LEFT_OUT = "duplicate.left_out"
EXISTS_SKIPPED = "account.skipped"
EXISTS_UPDATED = "account.update"
_INTO = re.compile(r"^Merged into row (\d+) ")


@dataclass
class GroupDecision:
    """One group's choice. ``keep`` is the row kept (keep_one) or receiving the merge (merge);
    ``fields`` says, for a merge, which row's value wins for a field (default: most complete row)."""

    rows: list[int]
    choice: Choice = "keep_all"
    keep: int | None = None
    fields: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "choice": self.choice, "keep": self.keep, "fields": self.fields}


@dataclass
class Decisions:
    """Every group's choice, and for rows found in the account whether to create, skip or (HubSpot)
    update them; ``update_ids`` names the contact each "update" row updates."""

    groups: list[GroupDecision] = field(default_factory=list)
    account: dict[int, AccountChoice] = field(default_factory=dict)
    source: str = ""  # the file's name, so a decisions file given with another file is noticed
    update_ids: dict[int, str] = field(default_factory=dict)

    def for_row(self, row: int) -> GroupDecision | None:
        for g in self.groups:
            if row in g.rows:
                return g
        return None

    def to_json(self) -> str:
        return json.dumps({"version": VERSION, "source": self.source,
                           "groups": [g.to_dict() for g in self.groups],
                           "account": {str(k): self._account_json(k, v) for k, v in sorted(self.account.items())}},
                          indent=2)

    def _account_json(self, row: int, choice: str) -> Any:
        if choice == "update":
            return {"choice": "update", "crm_id": self.update_ids.get(row, "")}
        return choice

    def save(self, path: str | Path) -> None:
        from core.safe_write import write_text

        write_text(path, self.to_json() + "\n")  # written whole or not at all

    @classmethod
    def load(cls, path: str | Path) -> Decisions:
        """Read and validate a decisions file; every problem is one sentence naming the file."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(p, N_("the decisions file does not exist")) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise InputError(p, N_("this is not a decisions file saved by the app ({detail})").format(
                detail=type(exc).__name__)) from None
        return cls.from_data(data, p)

    @classmethod
    def from_data(cls, data: Any, where: str | Path = "decisions") -> Decisions:
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("groups"), list):
            raise InputError(where, N_("this is not a decisions file saved by the app (no version 1 'groups' list)"))
        groups: list[GroupDecision] = []
        seen: set[int] = set()
        for i, g in enumerate(data["groups"], 1):
            group = _read_group(i, g, seen, where)
            seen |= set(group.rows)
            groups.append(group)
        account, ids = _read_account_choices(data.get("account") or {}, where)
        return cls(groups, account, str(data.get("source") or ""), ids)


def _read_group(i: int, g: Any, seen: set[int], where: str | Path) -> GroupDecision:
    """The ``i``-th group of a decisions file (``seen``: the rows of the groups before it), or InputError
    saying what is wrong with it."""
    try:
        rows = [int(r) for r in g["rows"]]
        choice = g.get("choice", "keep_all")
        keep = None if g.get("keep") is None else int(g["keep"])
        fields = {str(k): int(v) for k, v in (g.get("fields") or {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InputError(where, N_("group {n} is not readable (it needs 'rows', a 'choice' and row numbers)"
                                   ).format(n=i)) from None
    if choice not in CHOICES:
        raise InputError(where, N_("group {n}: choice '{choice}' is not one of {choices}").format(
            n=i, choice=choice, choices=", ".join(CHOICES)))
    if len(rows) < 2 or seen & set(rows):
        raise InputError(where, N_("group {n}: a group needs two or more rows, each in only one group").format(n=i))
    if keep is not None and keep not in rows or any(r not in rows for r in fields.values()):
        raise InputError(where, N_("group {n}: the row to keep (or a field's winning row) is not in the group"
                                   ).format(n=i))
    return GroupDecision(rows, choice, keep, fields)


def _read_account_choices(given: Any, where: str | Path) -> tuple[dict[int, AccountChoice], dict[int, str]]:
    """Row → create/skip/update for rows probably in the account, and row → contact id for the updates."""
    account: dict[int, AccountChoice] = {}
    ids: dict[int, str] = {}
    for k, v in given.items():
        choice, crm_id = (v.get("choice"), v.get("crm_id")) if isinstance(v, dict) else (v, None)
        if choice not in ACCOUNT_CHOICES or not str(k).isdigit():
            raise InputError(where, N_("account choice for row {row} must be one of {choices}").format(
                row=k, choices=", ".join(ACCOUNT_CHOICES)))
        if choice == "update":
            if not isinstance(crm_id, (str, int)) or not str(crm_id).strip().isdigit():
                raise InputError(where, N_("account choice for row {row}: an update needs the contact's id "
                                           '("crm_id", the number HubSpot shows as Record ID)').format(row=k))
            ids[int(k)] = str(crm_id).strip()
        account[int(k)] = choice
    return account, ids


@dataclass
class Fate:
    """What the decisions did to one row, for the preview, the report and the results file."""

    row: int
    code: str
    message: str
    into: int | None = None  # the row it was merged into / kept instead


def most_complete(rows: Sequence[CheckedRow]) -> CheckedRow:
    """The row with the most values (the first of equals): the default row to keep or merge into."""
    return max(rows, key=lambda r: (len(r.values), -r.row))


def _blank(v: Any) -> bool:
    return v is None or v == "" or v == []


def merge_winners(values: Mapping[int, Mapping[str, Any]], into: int, fields: dict[str, int]) -> dict[str, int]:
    """Field by field, the row whose value the merged row takes: the chosen row's when it has one, else
    the receiving row's, else the first row's that has one (``values``: row → its values, in order)."""
    order = [into, *(r for r in values if r != into)]
    keys: list[str] = []
    for r in order:
        keys.extend(k for k in values[r] if k not in keys)
    out: dict[str, int] = {}
    for k in keys:
        chosen = fields.get(k)
        if chosen is not None and chosen in values and not _blank(values[chosen].get(k)):
            out[k] = chosen
            continue
        for r in order:
            if not _blank(values[r].get(k)):
                out[k] = r
                break
    return out


def merged_values(members: Sequence[CheckedRow], into: CheckedRow, fields: dict[str, int]) -> dict[str, Any]:
    """The merged row: each field's value from its winning row (``merge_winners``)."""
    values = {r.row: r.values for r in members}
    values.setdefault(into.row, into.values)
    return {k: values[r][k] for k, r in merge_winners(values, into.row, fields).items()}


def _left_out(members: Sequence[CheckedRow], merged: dict[str, Any]) -> list[Issue]:
    """Fields a member row was sent without (a value that could not be read) that the merged row has no
    value for either: the merged row says so too, as any other row would."""
    from core.validation.check import left_out

    out: list[Issue] = []
    for m in members:
        out.extend(i for i in m.issues if left_out(i, merged) and i not in out)
    return out


def apply_decisions(rows: list[CheckedRow], decisions: Decisions, recheck: Any = None,
                    target: str | None = None) -> list[Fate]:
    """Apply in place: rows left out or merged away are excluded with their reason; a merge's
    receiving row gets the merged values (re-checked with ``recheck(MappedRow)`` when given); a row
    to update in the account carries the contact's id (``UPDATE_ID``), so it is sent as an update.

    Raises InputError when a decision names rows this file does not have, or asks Virtuous (which
    matches on its own side) to update a contact by id."""
    # Only decisions need rows by number: with none (a file without duplicates) no index of a million rows.
    by_row = {r.row: r for r in rows} if decisions.groups or decisions.account else {}
    fates: list[Fate] = []
    for g in decisions.groups:
        fates += _apply_group(g, by_row, recheck, decisions.source)
    fates += _apply_account(decisions, by_row, fates, target)
    _drop_settled_email_duplicates(rows)
    for f in fates:
        r = by_row[f.row]
        if r.excluded:
            r.excluded_reason = (f.code, f.message)
    return fates


def _apply_group(g: GroupDecision, by_row: dict[int, CheckedRow], recheck: Any, source: str) -> list[Fate]:
    """One group of duplicates: all kept, one kept and the others left out, or merged into one."""
    missing = [r for r in g.rows if r not in by_row]
    if missing:
        raise InputError(source or "decisions", N_(
            "the decisions name rows this file does not have ({rows}); were they made for another file?").format(
            rows=", ".join(str(m) for m in missing)))
    members = [by_row[r] for r in g.rows if not by_row[r].excluded]
    if g.choice == "keep_all" or len(members) < 2:
        return []
    fates: list[Fate] = []
    keep = by_row[g.keep] if g.keep is not None else most_complete(members)
    others = [m for m in members if m.row != keep.row]
    if g.choice == "merge":
        values = merged_values(members, keep, g.fields)
        if recheck is not None:
            fresh = recheck(MappedRow(keep.row, values, {}))
            keep.values, keep.issues = fresh.values, fresh.issues + _left_out(members, fresh.values)
        else:
            keep.values = values
        names = ", ".join(str(o.row) for o in others)
        said = N_("Merged with rows {rows} (same person)") if len(others) > 1 else \
            N_("Merged with row {rows} (same person)")
        fates.append(Fate(keep.row, MERGED, said.format(rows=names), None))
    for o in others:
        o.excluded = True
        if g.choice == "merge":
            fates.append(Fate(o.row, MERGED, N_("Merged into row {row} (same person); its own values are "
                                                "kept on this line").format(row=keep.row), keep.row))
        else:
            fates.append(Fate(o.row, LEFT_OUT, N_("Left out: same person as row {row}, which was kept").format(
                row=keep.row), keep.row))
    return fates


def _apply_account(decisions: Decisions, by_row: dict[int, CheckedRow], fates: list[Fate],
                   target: str | None) -> list[Fate]:
    """Rows probably in the account already: left out, or sent as an update of the chosen contact (a
    merged-away row's update goes with its merge, as ``fates`` of the groups say)."""
    into = {f.row: f.into for f in fates if f.code == MERGED and f.into is not None}
    account, ids = dict(decisions.account), dict(decisions.update_ids)
    for row, choice in decisions.account.items():
        if choice == "update" and row in into and into[row] not in account:
            account[into[row]] = "update"
            ids.setdefault(into[row], ids.get(row, ""))
    more: list[Fate] = []
    for row, choice in account.items():
        r = by_row.get(row)
        if choice == "skip" and r is not None and not r.excluded:
            r.excluded = True
            more.append(Fate(row, EXISTS_SKIPPED, N_("Left out: probably already in the account")))
        elif choice == "update" and r is not None and not r.excluded:
            if target == "virtuous":
                raise InputError(decisions.source or "decisions", N_(
                    "row {row}: Virtuous matches people itself, so a row cannot be sent as an update of a chosen "
                    "contact; choose create or skip").format(row=row))
            crm_id = ids.get(row, "")
            r.values = {**r.values, UPDATE_ID: crm_id}
            more.append(Fate(row, EXISTS_UPDATED, N_(
                "Will update contact {id} in the account (probably the same person) instead of creating "
                "another").format(id=crm_id)))
    return more


def _drop_settled_email_duplicates(rows: Iterable[CheckedRow]) -> None:
    """A kept row's "email also in row N" problem is settled when every other row with it is out.

    Only emails some row is flagged for are counted: a list per email of a million rows was 150 MB."""
    rows = list(rows)
    flagged = {r.get("email") for r in rows if r.issues and any(i.code == codes.EMAIL_DUPLICATE for i in r.issues)}
    if not flagged:
        return
    live: dict[str, list[int]] = {}
    for r in rows:
        e = r.get("email")
        if e in flagged and not r.excluded:
            live.setdefault(e, []).append(r.row)
    for r in rows:
        if r.excluded:
            continue
        e = r.get("email")
        if any(i.code == codes.EMAIL_DUPLICATE for i in r.issues) and (not e or live.get(e) == [r.row]):
            r.issues = [i for i in r.issues if i.code != codes.EMAIL_DUPLICATE]


class DecisionBook:
    """Decisions a person is still changing in the window, applied to the checked rows so every
    step shows and sends what they chose; changing one's mind puts the rows back as they were.

    The rows a decision touches are snapshotted the first time, and every change restores all
    snapshots and applies the whole set afresh — simpler and safer than undoing one merge.
    """

    def __init__(self, rows: list[CheckedRow], recheck: Any = None, source: str = "",
                 target: str | None = None) -> None:
        self.rows = rows
        self.recheck = recheck
        self.target = target
        self.decisions = Decisions(source=source)
        self.fates: list[Fate] = []
        self._saved: dict[int, tuple[dict[str, Any], list[Any], bool, tuple[str, str] | None]] = {}

    def _restore(self) -> None:
        by_row = {r.row: r for r in self.rows}
        for row, (values, issues, excluded, reason) in self._saved.items():
            r = by_row[row]
            r.values, r.issues, r.excluded, r.excluded_reason = dict(values), list(issues), excluded, reason

    def set(self, decisions: Decisions) -> list[int]:
        """Apply ``decisions`` (replacing the previous ones); returns the sheet rows that may have changed."""
        self._restore()
        touched = {r for g in decisions.groups for r in g.rows} | set(decisions.account)
        by_row = {r.row: r for r in self.rows}
        emails = {by_row[r].get("email") for r in touched if r in by_row} - {None}
        touched |= {r.row for r in self.rows if emails and r.get("email") in emails}
        for row in touched:
            r = by_row.get(row)
            if r is not None and row not in self._saved:
                self._saved[row] = (dict(r.values), list(r.issues), r.excluded, r.excluded_reason)
        self.decisions = decisions
        self.fates = apply_decisions(self.rows, decisions, self.recheck, self.target)
        return sorted(set(self._saved))

    def rechecked(self, rows: Iterable[int]) -> list[int]:
        """Sheet ``rows`` were checked again after a person edited a cell: their fresh values become
        what the decisions start from (kept out or not as before the decisions), and the decisions are
        applied again, so a merge or an update chosen for a row outlives fixing one of its cells. Without
        this the next change of mind would restore the values from before the edit."""
        touched = [row for row in rows if row in self._saved]
        if not touched:  # the usual edit: no decision involves the row (no pass over every row)
            return []
        by_row = {r.row: r for r in self.rows}
        for row in touched:
            if row in by_row:
                _values, _issues, excluded, reason = self._saved[row]
                fresh = by_row[row]
                self._saved[row] = (dict(fresh.values), list(fresh.issues), excluded, reason)
        return self.set(self.decisions)

    def fate_of(self, row: int) -> Fate | None:
        for f in self.fates:
            if f.row == row:
                return f
        return None


def decisions_for(report: Any, account: Any, source: str, group_choice: str = "keep_all",
                  account_choice: str = "create") -> Decisions:
    """One choice for every group and every row probably in the account (the command line's
    ``duplicates --decisions``): a file a person then edits group by group. Ambiguous rows (two or
    more candidates) are never turned into an update: which contact would be guessing."""
    groups = [GroupDecision(list(g.rows), group_choice) for g in report.groups]  # type: ignore[arg-type]  # one of CHOICES: argparse checks it
    chosen: dict[int, AccountChoice] = {}
    ids: dict[int, str] = {}
    for row, m in sorted((account.matches if account is not None else {}).items()):
        if m.label == "new":
            continue
        if account_choice == "update" and m.label != "existing":
            chosen[row] = "create"
            continue
        chosen[row] = account_choice  # type: ignore[assignment]  # one of ACCOUNT_CHOICES (argparse)
        if account_choice == "update":
            ids[row] = m.candidates[0].crm_id
    return Decisions(groups, chosen, source, ids)


def merge_notes(entries: Iterable[tuple[int, str | None, str]]) -> dict[int, str]:
    """For a results file: (row, code, message) of every row → a sentence for each row that others were
    merged into, naming them, so its own line says it is several original rows (theirs keep their values)."""
    merged: dict[int, list[int]] = {}
    for row, code, message in entries:
        m = _INTO.match(message or "") if code == MERGED else None
        if m:
            merged.setdefault(int(m.group(1)), []).append(row)
    return {into: f"merged with row{'s' if len(rows) > 1 else ''} {', '.join(str(r) for r in sorted(rows))} "
                  "(same person; their original values are on their own lines)"
            for into, rows in merged.items()}
