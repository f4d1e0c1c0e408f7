"""What the window shows for duplicates: one line per row of a group (side by side, field by field)
and per row found in the account, with the fields that agree and the person's choice in words.

Kept in core so the window only displays it (and so it is tested without Qt).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.matching.decisions import (
    EXISTS_SKIPPED,
    LEFT_OUT,
    MERGED,
    DecisionBook,
    Fate,
    GroupDecision,
    merge_winners,
    most_complete,
)
from core.matching.duplicates import DuplicateReport
from core.matching.frame import COLUMNS, SOURCES, Person
from core.matching.groups import explain
from core.matching.linking import AccountReport
from core.targets.payloads import UPDATE_ID
from core.validation.issues import CheckedRow
from core.validation.normalize import as_text
from core.words import N_

#: The columns shown for each row, in order (frame column names; labels in frame.LABELS).
SHOWN = ("first_name", "surname", "email", "phone", "address", "postcode", "city", "dob")
CHOICE_WORDS = {"keep_all": N_("Keep all (different people)"), "keep_one": N_("Keep one row"),
                "merge": N_("Merge into one row")}


@dataclass
class Line:
    group: int | None  # None: a row found only in the account
    row: int
    probability: float
    values: dict[str, str]
    agree: set[str] = field(default_factory=set)
    disagree: set[str] = field(default_factory=set)
    choice: str = ""  # what happens to the row, in words
    account: str = ""  # "new", "probably existing contact N", …
    swapped_names: bool = False
    nearly: set[str] = field(default_factory=set)  # differing fields that differ by a typing error only
    left_out: bool = False  # merged into another row or left out: not sent as itself

    def why(self, tr: Callable[[str], str] = str) -> str:
        """The evidence that decided the group (or the account match), in words; ``tr`` translates."""
        return explain(self.agree, self.disagree, self.swapped_names, tr, self.nearly)


def shown_value(values: Mapping[str, Any], target: str, column: str) -> str:
    for key in SOURCES[target].get(column, ()):
        v = values.get(key)
        if v not in (None, "", []):
            return as_text(v)
    return ""


def _group_row_words(fate: Fate | None, decision: GroupDecision | None) -> str:
    """What happens to a row of a group of duplicates: its fate once decided, else kept."""
    if fate is not None:
        return fate.message
    if decision is None or decision.choice == "keep_all":
        return N_("Kept (a different person)") if decision else N_("Not decided: all rows are kept")
    return N_("Kept")


def _gone(fate: Fate | None) -> bool:
    """The decisions took the row out: merged into another, or left out as a duplicate or as existing."""
    return fate is not None and fate.code in (MERGED, LEFT_OUT, EXISTS_SKIPPED)


def lines(report: DuplicateReport | None, account: AccountReport | None, book: DecisionBook | None,
          rows: Sequence[CheckedRow], target: str) -> list[Line]:
    if not (report and report.groups) and not (account and account.matches):
        return []  # nothing found yet (every edit asks again): no pass over every row
    by_row = {r.row: r for r in rows}

    def original(row: int) -> Mapping[str, Any]:
        return original_values(book, by_row, row)

    def account_text(row: int) -> str:
        m = account.matches.get(row) if account else None
        return m.text(account.target) if m and account else ""

    out: list[Line] = []
    grouped: set[int] = set()
    people = report.people if report else {}
    for g in (report.groups if report else []):
        decision = book.decisions.for_row(g.rows[0]) if book else None
        for r in g.rows:
            grouped.add(r)
            fate = book.fate_of(r) if book else None
            words = _group_row_words(fate, decision)
            out.append(Line(g.number, r, g.probability, _shown(original(r), target, people.get(r)),
                            set(g.agree), set(g.disagree), words, account_text(r), g.swapped_names, set(g.nearly),
                            left_out=_gone(fate)))
    if account is not None:
        out += _account_lines(account, book, grouped, original, target)
    return out


def _shown(values: Mapping[str, Any], target: str, person: Person | None) -> dict[str, str]:
    """The panel's columns for a row; a date of birth the file has and the CRM's import does not (it was
    compared only) is shown too."""
    shown = {c: shown_value(values, target, c) for c in SHOWN}
    if not shown["dob"] and person is not None and person.dob:
        shown["dob"] = person.dob
    return shown


def _account_lines(account: AccountReport, book: DecisionBook | None, grouped: set[int],
                   original: Callable[[int], Mapping[str, Any]], target: str) -> list[Line]:
    """A line per row probably already in the account (rows in a group of duplicates have theirs)."""
    out: list[Line] = []
    for row, m in sorted(account.matches.items()):
        if m.label == "new" or row in grouped:
            continue
        best = m.candidates[0]
        fate = book.fate_of(row) if book else None
        out.append(Line(None, row, best.probability, {c: shown_value(original(row), target, c) for c in SHOWN},
                        set(best.agree), set(), fate.message if fate else N_("Will be sent"),
                        m.text(account.target), left_out=_gone(fate)))
    return out


@dataclass
class MergeField:
    """One field of a merged group: every row's value and the row whose value the merged row takes."""

    field: str
    values: dict[int, str]  # row → its value as text ("" when it has none)
    winner: int | None
    chosen: bool = False  # the person picked the winner (else: the most complete row's value)


def original_values(book: DecisionBook | None, by_row: Mapping[int, CheckedRow], row: int) -> Mapping[str, Any]:
    """A row's values as checked, before any decision changed them (a merge rewrites the kept row)."""
    if book is not None and row in book._saved:  # noqa: SLF001 - the book owns the snapshot format
        return book._saved[row][0]
    return by_row[row].values


def merge_fields(book: DecisionBook, rows: Sequence[CheckedRow], group_rows: Sequence[int],
                 keep: int, chosen: dict[str, int]) -> list[MergeField]:
    """Field by field for merging ``group_rows`` into ``keep`` with the person's ``chosen`` winners: the
    table the window shows so every value can be picked (the same rule ``apply_decisions`` sends)."""
    members = set(group_rows)
    by_row = {r.row: r for r in rows if r.row in members}
    values = {r: {k: v for k, v in original_values(book, by_row, r).items() if k != UPDATE_ID} for r in group_rows}
    winners = merge_winners(values, keep, chosen)
    return [MergeField(k, {r: as_text(v[k]) if v.get(k) not in (None, "", []) else "" for r, v in values.items()},
                       w, k in chosen and chosen[k] == w)
            for k, w in winners.items()]


def merge_of(book: DecisionBook, rows: Sequence[CheckedRow], group_rows: Sequence[int]) -> list[MergeField]:
    """The field-by-field table of a group the person chose to merge (empty when it is not merged)."""
    d = book.decisions.for_row(group_rows[0])
    if d is None or d.choice != "merge":
        return []
    keep = d.keep
    if keep is None:  # the most complete row, as apply_decisions picked it
        keep = next((f.row for f in book.fates if f.row in d.rows and f.code == MERGED and f.into is None), d.rows[0])
    return merge_fields(book, rows, d.rows, keep, d.fields)


def default_keep(report: DuplicateReport, group: int, rows: Sequence[CheckedRow]) -> int:
    """The row kept (or merged into) unless the person picks another: the most complete one."""
    by_row = {r.row: r for r in rows}
    return most_complete([by_row[r] for r in report.groups[group - 1].rows]).row


def summary(report: DuplicateReport | None, account: AccountReport | None, book: DecisionBook | None) -> str:
    """One line for the Check and Preview steps."""
    parts = []
    if report is not None:
        parts.append(report.summary())
        if book is not None and book.decisions.groups:
            merged = sum(1 for d in book.decisions.groups if d.choice == "merge")
            kept_one = sum(1 for d in book.decisions.groups if d.choice == "keep_one")
            apart = sum(1 for d in book.decisions.groups if d.choice == "keep_all")
            parts.append(N_("your choices: {merged} merged, {kept_one} kept one row, {apart} kept apart").format(
                merged=merged, kept_one=kept_one, apart=apart))
    if account is not None:
        parts.append(account.words())
        if book is not None and book.decisions.account:
            skipped = sum(1 for v in book.decisions.account.values() if v == "skip")
            parts.append(N_("{n} of them left out").format(n=skipped))
        parts.extend(account.notes)
    return "; ".join(parts)


__all__ = ["CHOICE_WORDS", "COLUMNS", "SHOWN", "Line", "MergeField", "default_keep", "lines", "merge_fields",
           "merge_of", "original_values", "summary"]
