"""Rows of the file against the people already in the account: new, probably existing, or ambiguous."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from core.matching.account import AccountPeople
from core.matching.duplicates import usable_columns
from core.matching.engine import StepProgress, predict_pairs
from core.matching.frame import LABELS, people_from_rows
from core.matching.groups import evidence, same_person_allowed
from core.matching.model import DEFAULT_THRESHOLD
from core.validation.issues import CheckedRow
from core.words import N_

Label = Literal["new", "existing", "ambiguous"]


@dataclass
class Candidate:
    crm_id: str
    probability: float
    agree: list[str]


@dataclass
class AccountMatch:
    """One row's label; ``candidates`` best first (one for "existing", two or more for "ambiguous")."""

    row: int
    label: Label
    candidates: list[Candidate] = field(default_factory=list)

    def text(self, target: str = "hubspot") -> str:
        """The label in the CRM's terms: Virtuous matches on its own side, so there a row "will
        probably be merged" (and may be created as a new person when Virtuous does not match it)."""
        if self.label == "new":
            return N_("new") if target != "virtuous" else N_("new: Virtuous may create it as a new person")
        if self.label == "existing":
            c = self.candidates[0]
            agree = ", ".join(LABELS[a] for a in c.agree)
            if target == "virtuous":
                return N_("Virtuous will probably merge it into contact {id} ({fields} agree)").format(
                    id=c.crm_id, fields=agree)
            return N_("probably existing contact {id} ({fields} agree)").format(id=c.crm_id, fields=agree)
        ids = ", ".join(c.crm_id for c in self.candidates)
        if target == "virtuous":
            return N_("ambiguous: Virtuous may ask for a review (contacts {ids})").format(ids=ids)
        return N_("ambiguous: {ids}").format(ids=ids)


@dataclass
class AccountReport:
    matches: dict[int, AccountMatch]
    account_size: int
    as_of: str
    notes: list[str] = field(default_factory=list)  # e.g. the saved copy was damaged and fetched again
    target: str = "hubspot"

    def words(self) -> str:
        """The counts in the CRM's terms: Virtuous matches on its side, so its rows are "merged"."""
        n, size, amb = f"{self.existing:,}", f"{self.account_size:,}", f"{self.ambiguous:,}"
        if self.target == "virtuous":
            said = (N_("{n} rows Virtuous will probably merge into existing contacts, {ambiguous} ambiguous; the "
                       "others it may create as new people ({size} people as of {when})") if self.ambiguous else
                    N_("{n} rows Virtuous will probably merge into existing contacts; the others it may create as new "
                       "people ({size} people as of {when})"))
        else:
            said = (N_("{n} rows probably exist in the account, {ambiguous} ambiguous ({size} people as of {when})")
                    if self.ambiguous else N_("{n} rows probably exist in the account ({size} people as of {when})"))
        return said.format(n=n, ambiguous=amb, size=size, when=self.as_of)

    @property
    def existing(self) -> int:
        return sum(1 for m in self.matches.values() if m.label == "existing")

    @property
    def ambiguous(self) -> int:
        return sum(1 for m in self.matches.values() if m.label == "ambiguous")


def match_account(rows: Sequence[CheckedRow], target: str, account: AccountPeople, *,
                  threshold: float = DEFAULT_THRESHOLD, progress: StepProgress | None = None,
                  cancel: threading.Event | None = None) -> AccountReport:
    people = [p for p in people_from_rows(rows, target) if p.identifying()]
    theirs = [p for p in account.people() if p.identifying()]
    matches = {p.row: AccountMatch(p.row, "new") for p in people}
    if people and theirs:
        cols = usable_columns(people)
        result = predict_pairs(people, cols, account=theirs, threshold=threshold, progress=progress, cancel=cancel)
        mine = {p.row: p for p in people}
        by_uid = {p.row: p for p in theirs}
        found: dict[int, list[Candidate]] = {}
        for pr in result.pairs:
            a, b = mine.get(pr.left), by_uid.get(pr.right)
            if a is None or b is None or not same_person_allowed(a, b):
                continue
            agree, _ = evidence([a, b])
            found.setdefault(a.row, []).append(Candidate(b.crm_id or "", pr.probability, agree))
        for row, cands in found.items():
            cands.sort(key=lambda c: -c.probability)
            matches[row] = AccountMatch(row, "existing" if len(cands) == 1 else "ambiguous", cands)
    return AccountReport(matches, len(account.values), account.as_of_text(), target=target)
