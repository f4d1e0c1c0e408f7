"""From scored pairs to groups a person can judge: guard rules, groups and their evidence.

The model scores; these rules decide what may be called "the same person" at all. A shared
address (a household) or a blank name is never enough, and two different first names are one
person only when the date of birth agrees exactly. Everything else is the model's evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

from core.matching.engine import Pair
from core.matching.frame import COLUMNS, LABELS, Person


def names_compatible(a: str | None, b: str | None, ca: str | None, cb: str | None) -> bool | None:
    """True alike, False different, None when either is blank. "R" is compatible with "Robert"."""
    if not a or not b:
        return None
    if a == b or (ca and ca == cb):
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return JaroWinkler.similarity(a, b) >= 0.85 or (min(len(a), len(b)) >= 4 and DamerauLevenshtein.distance(a, b) <= 1)


def _close(a: str | None, b: str | None, edits: int = 1) -> bool | None:
    if not a or not b:
        return None
    return a == b or DamerauLevenshtein.distance(a, b) <= edits


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and a == b)


def swapped(a: Person, b: Person) -> bool:
    """First and last name written the other way round in one of the rows."""
    if not (a.first_name and a.surname and b.first_name and b.surname):
        return False
    return JaroWinkler.similarity(a.first_name, b.surname) >= 0.85 and JaroWinkler.similarity(a.surname, b.first_name) >= 0.85


def first_names_agree(a: Person, b: Person) -> bool | None:
    return True if swapped(a, b) else names_compatible(a.first_name, b.first_name, a.first_canon, b.first_canon)


def _differ(a: Person, b: Person) -> list[str]:
    return [c for c in ("email", "phone", "address") if a.value(c) and b.value(c) and a.value(c) != b.value(c)]


def elsewhere(a: Person, b: Person) -> bool:
    """Another email, another phone and another home (and no shared birth date)."""
    return len(_differ(a, b)) == 3 and not (a.dob and a.dob == b.dob)


def moved(a: Person, b: Person) -> bool:
    """Another street and another postal code (not a typo in either)."""
    if not (a.address and b.address and a.postcode and b.postcode):
        return False
    street_typo = _close(a.street, b.street) or JaroWinkler.similarity(a.address, b.address) >= 0.9
    return not street_typo and not _close(a.postcode, b.postcode)


def namesakes(a: Person, b: Person) -> bool:
    """Two people who share a name, not one person written twice."""
    if elsewhere(a, b):
        return True
    # Only the name is shared and they live elsewhere: someone who moved is recognised by an email,
    # phone or birth date they kept; without one, this is another person of the same name.
    shared = _same(a.email, b.email) or bool(_close(a.dob, b.dob)) or bool(
        a.phone and b.phone and DamerauLevenshtein.distance(a.phone, b.phone) <= 1)
    return moved(a, b) and not shared


def same_person_allowed(a: Person, b: Person) -> bool:
    """Whether two rows may be called the same person, whatever the model's score: the household
    guard. Different first names are one person only when the date of birth agrees exactly (a first
    name typed wrong or replaced); a shared address, surname, email or phone is a household's."""
    first = first_names_agree(a, b)
    same_dob = _same(a.dob, b.dob)
    if first is False and not same_dob:
        return False  # a spouse on a shared email, a child at the same address
    if namesakes(a, b):
        return False
    # Something personal must agree: an address, postal code or surname alone is a household.
    return bool(first) or _same(a.email, b.email) or same_dob


def contradicts(a: Person, b: Person) -> bool:
    """Two rows that cannot be one person even through a third row: clearly different first names
    (and birth dates not the same), or another email, phone and home. Looser
    than ``same_person_allowed`` so that two typos of one name ("Meilssa", "Mlisa") may still meet
    through the correctly spelt row."""
    if a.first_name and b.first_name and not first_names_agree(a, b) and not _same(a.dob, b.dob):
        if a.first_name[0] != b.first_name[0] or JaroWinkler.similarity(a.first_name, b.first_name) < 0.7:
            return True
    return elsewhere(a, b)


def evidence(members: Sequence[Person]) -> tuple[list[str], list[str]]:
    """(columns that agree, columns that disagree) across a group's non-blank values."""
    agree: list[str] = []
    disagree: list[str] = []
    for c in COLUMNS:
        values = [p.value(c) for p in members if p.value(c)]
        if len(values) < 2:
            continue
        if c == "first_name":
            ok = all(names_compatible(x.first_name, y.first_name, x.first_canon, y.first_canon)
                     for x in members for y in members if x.first_name and y.first_name)
            (agree if ok and len(set(values)) == 1 else disagree if not ok else agree).append(c)
            continue
        (agree if len(set(values)) == 1 else disagree).append(c)
    return agree, disagree


@dataclass
class Group:
    """Rows that are probably one person; ``probability`` is the weakest link that joins them."""

    number: int
    rows: list[int]
    probability: float
    agree: list[str] = field(default_factory=list)
    disagree: list[str] = field(default_factory=list)

    def agree_labels(self) -> list[str]:
        return [LABELS[c] for c in self.agree]



def build_groups(pairs: Iterable[Pair], people: Sequence[Person]) -> list[Group]:
    """Groups from accepted pairs (connected rows), numbered in file order from 1."""
    by_row = {p.row: p for p in people}
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    best: dict[tuple[int, int], float] = {}
    for pr in pairs:
        a, b = by_row.get(pr.left), by_row.get(pr.right)
        if a is None or b is None or a.row == b.row or not same_person_allowed(a, b):
            continue
        key = (min(a.row, b.row), max(a.row, b.row))
        best[key] = max(best.get(key, 0.0), pr.probability)
    # Strongest pairs first, and a row joins a group only if it contradicts no member:
    # A~B and B~C never put a mother and daughter into one group through a shared row.
    members: dict[int, list[int]] = {}
    weakest: dict[int, float] = {}
    for (a, b), prob in sorted(best.items(), key=lambda kv: -kv[1]):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ga, gb = members.get(ra, [ra]), members.get(rb, [rb])
        if any(contradicts(by_row[x], by_row[y]) for x in ga for y in gb):
            continue
        parent[rb] = ra
        members[ra] = ga + gb
        members.pop(rb, None)
        weakest[ra] = min(prob, weakest.get(ra, 1.0), weakest.pop(rb, 1.0))
    groups: list[Group] = []
    for root, rows in sorted(((r, sorted(m)) for r, m in members.items()), key=lambda kv: kv[1][0]):
        agree, disagree = evidence([by_row[r] for r in rows])
        groups.append(Group(len(groups) + 1, rows, weakest.get(root, 0.0), agree, disagree))
    return groups
