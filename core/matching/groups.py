"""From scored pairs to groups a person can judge: guard rules, groups and their evidence.

The model scores; these rules decide what may be called "the same person" at all. A shared
address (a household) or a blank name is never enough, and two different first names are one
person only when the date of birth agrees (exactly, or plainly mistyped: ``mistyped_date``).
Everything else is the model's evidence.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

from core.matching.engine import Pair
from core.matching.frame import COLUMNS, LABELS, Person
from core.words import N_


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
    return (JaroWinkler.similarity(a.first_name, b.surname) >= 0.85
            and JaroWinkler.similarity(a.surname, b.first_name) >= 0.85)


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
    same_street = _close(a.street, b.street) or JaroWinkler.similarity(a.street or "", b.street or "") >= 0.9
    same_home = same_street and _close(a.street_no, b.street_no) is not False
    return not same_home and not _close(a.postcode, b.postcode)


def _real_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def mistyped_date(a: str | None, b: str | None) -> bool:
    """Two dates of birth that are one date typed wrong: one keystroke apart, and either one is no
    date at all (month 98, day 92) or two neighbouring digits are swapped (01 and 10). Two real
    dates one digit apart are as often two people (a couple born three days apart)."""
    if not a or not b or a == b or DamerauLevenshtein.distance(a, b) != 1:
        return False
    if not (_real_date(a) and _real_date(b)):
        return True
    return len(a) == len(b) and sorted(a) == sorted(b)


def _personal_differs(a: Person, b: Person) -> bool:
    return any(a.value(c) and b.value(c) and a.value(c) != b.value(c) for c in ("email", "phone"))


def same_street_and_town(a: Person, b: Person) -> bool:
    """The same street (typos allowed) in the same town: another house number or postal code on it
    is a typo as often as a move."""
    return bool(a.street and b.street and a.city and b.city and _close(a.city, b.city)
                and (_close(a.street, b.street) or JaroWinkler.similarity(a.street, b.street) >= 0.9))


def replaced_first_name(a: Person, b: Person) -> bool:
    """Different first names on one person: the same date of birth (or one keystroke apart), no
    other home, and a surname alike, a name moved to the other field or the same street or postal
    code. Twins are rarer than a first name typed wrong or replaced; a parent and child with one
    birthday a single digit apart rarer still."""
    if not _same(a.dob, b.dob) and not (mistyped_date(a.dob, b.dob) and not _personal_differs(a, b)):
        return False
    if moved(a, b) and not same_street_and_town(a, b):
        return False
    if not (a.surname and b.surname) or JaroWinkler.similarity(a.surname, b.surname) >= 0.8:
        return True
    if _close(a.street, b.street) or _close(a.postcode, b.postcode):
        return True  # both names retyped at one home on one birthday
    # one name moved to the other field ("Lily Bishop", "Priest Lily")
    return any(x and y and JaroWinkler.similarity(x, y) >= 0.85
               for x, y in ((a.first_name, b.surname), (a.surname, b.first_name)))


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
    guard. Different first names are one person only when the date of birth agrees (exactly, or one
    keystroke apart with no email or phone that differs), with a surname alike and no other home
    (a first name typed wrong or replaced); a shared address, surname, email or phone is a household's.
    Different surnames are one person only when the birth date, email or phone agrees."""
    first = first_names_agree(a, b)
    # A keystroke in a date of birth is still that date, unless an email or phone says otherwise.
    same_dob = _same(a.dob, b.dob) or (mistyped_date(a.dob, b.dob) and not _personal_differs(a, b))
    if first is False and not replaced_first_name(a, b):
        return False  # a spouse on a shared email, a child at the same address
    if a.surname and b.surname and not swapped(a, b) and JaroWinkler.similarity(a.surname, b.surname) < 0.8:
        if not (_close(a.dob, b.dob) or _same(a.email, b.email) or _same(a.phone, b.phone)):
            return False  # a neighbour of the same first name; a married name keeps something personal
    if namesakes(a, b):
        return False
    # Something personal must agree: an address, postal code or surname alone is a household.
    return bool(first) or _same(a.email, b.email) or same_dob


def contradicts(a: Person, b: Person) -> bool:
    """Two rows that cannot be one person even through a third row: clearly different first names
    (and birth dates not the same), or another email, phone and home. Looser
    than ``same_person_allowed`` so that two typos of one name ("Meilssa", "Mlisa") may still meet
    through the correctly spelt row."""
    if a.first_name and b.first_name and not first_names_agree(a, b) and not replaced_first_name(a, b):
        if a.first_name[0] != b.first_name[0] or JaroWinkler.similarity(a.first_name, b.first_name) < 0.7:
            return True
    return elsewhere(a, b)


def evidence(members: Sequence[Person]) -> tuple[list[str], list[str]]:
    """(columns that agree, columns that disagree) across a group's non-blank values. Names written
    the other way round in one row agree."""
    agree: list[str] = []
    disagree: list[str] = []
    pairs = [(x, y) for i, x in enumerate(members) for y in members[i + 1:]]
    for c in COLUMNS:
        values = [p.value(c) for p in members if p.value(c)]
        if len(values) < 2:
            continue
        if c == "first_name":
            ok = all(first_names_agree(x, y) is not False for x, y in pairs)
            (agree if ok else disagree).append(c)
            continue
        if c == "surname":
            ok = all(not (x.surname and y.surname) or x.surname == y.surname or swapped(x, y) for x, y in pairs)
            (agree if ok else disagree).append(c)
            continue
        (agree if len(set(values)) == 1 else disagree).append(c)
    return agree, disagree


#: The order evidence is told in (most telling first) and its words.
_TOLD = ("dob", "email", "phone", "first_name", "surname", "address", "postcode", "city")
_SAME = {"dob": N_("date of birth"), "email": N_("email"), "phone": N_("phone"), "first_name": N_("first name"),
         "surname": N_("last name"), "address": N_("address"), "postcode": N_("postal code"), "city": N_("city")}
_DIFFER = {"dob": N_("dates of birth"), "email": N_("emails"), "phone": N_("phones"), "first_name": N_("first names"),
           "surname": N_("last names"), "address": N_("addresses"), "postcode": N_("postal codes"),
           "city": N_("cities")}


def _listed(items: list[str], tr: Callable[[str], str]) -> str:
    if len(items) == 1:
        return items[0]
    # The word alone, not a "{items} and {last}" template: core_text would match that template to any
    # English sentence holding " and " and translate it wrongly.
    return f"{', '.join(items[:-1])} {tr(N_('and'))} {items[-1]}"


def nearly_same(members: Sequence[Person], columns: Iterable[str]) -> list[str]:
    """Of ``columns``, those whose values differ by a typing error only (one keystroke, or very alike)."""
    out = []
    for c in columns:
        values = sorted({v for p in members if (v := p.value(c))})
        if len(values) >= 2 and all(DamerauLevenshtein.distance(x, y) <= 1 or
                                    (len(x) >= 6 and JaroWinkler.similarity(x, y) >= 0.92)
                                    for i, x in enumerate(values) for y in values[i + 1:]):
            out.append(c)
    return out


def explain(agree: Iterable[str], disagree: Iterable[str], swapped_names: bool = False,
            tr: Callable[[str], str] = str, nearly: Iterable[str] = ()) -> str:
    """The evidence that decided a pair or group, in one line: "same date of birth and address;
    first names differ". ``nearly``: differing columns that differ by a typing error only.
    ``tr`` translates each marked piece (the window passes its translator)."""
    agree, disagree, nearly = set(agree), set(disagree), set(nearly)
    parts = []
    if swapped_names:
        parts.append(tr(N_("first and last names written the other way round")))
    same = [tr(_SAME[c]) for c in _TOLD if c in agree]
    if same:
        parts.append(tr(N_("same {fields}")).format(fields=_listed(same, tr)))
    close = [tr(_SAME[c]) for c in _TOLD if c in disagree and c in nearly]
    if close:
        parts.append(tr(N_("nearly the same {fields}")).format(fields=_listed(close, tr)))
    differ = [tr(_DIFFER[c]) for c in _TOLD if c in disagree and c not in nearly]
    if differ:
        parts.append(tr(N_("{fields} differ")).format(fields=_listed(differ, tr)))
    return "; ".join(parts)


@dataclass
class Group:
    """Rows that are probably one person; ``probability`` is the weakest link that joins them."""

    number: int
    rows: list[int]
    probability: float
    agree: list[str] = field(default_factory=list)
    disagree: list[str] = field(default_factory=list)
    swapped_names: bool = False
    nearly: list[str] = field(default_factory=list)  # differing columns that differ by a typing error

    def explanation(self, tr: Callable[[str], str] = str) -> str:
        """What decided the group, in words ("same date of birth and address; first names differ")."""
        return explain(self.agree, self.disagree, self.swapped_names, tr, self.nearly)

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
    # Ties in row order: the engine's pairs come in no set order (its threads), the groups must not.
    for (row_a, row_b), prob in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        ra, rb = find(row_a), find(row_b)
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
        people = [by_row[r] for r in rows]
        agree, disagree = evidence(people)
        turned = any(swapped(x, y) for i, x in enumerate(people) for y in people[i + 1:])
        groups.append(Group(len(groups) + 1, rows, weakest.get(root, 0.0), agree, disagree, turned,
                            nearly_same(people, disagree)))
    return groups
