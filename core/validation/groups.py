"""Problems with one cause, said once: "41 rows: tag 'Gala 2025' is not in the account yet; …" rather than 41 lines.

A cause is the problem's code, its column and severity, and, for problems about one particular value
(a tag, an event's name), that value. ``report.csv`` keeps one line per row; the window's panel and
summary show these groups, each able to list its rows.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from core.validation import issues as codes
from core.validation.issues import CheckedRow, Issue
from core.words import N_

#: Problems whose cause is the value itself: each distinct value is its own group.
BY_VALUE = frozenset({codes.TAG_UNKNOWN, codes.NAME_UNKNOWN, codes.NAME_AMBIGUOUS, codes.TYPE_UNKNOWN,
                      codes.OPTION_INVALID, "company.new"})

#: Causes about one value said once for all their rows, without quoting a row: the value is the cause.
#: (``company.new`` is ``core.account.companies.COMPANY_NEW``: the person asked for missing companies to be made.)
ABOUT_VALUE = {
    codes.TAG_UNKNOWN: N_("{n} rows: tag '{value}' is not in the account yet; Virtuous may add it or leave it out "
                          "when the import is reviewed"),
    "company.new": N_("{n} rows: company '{value}' is not in HubSpot yet; it will be created when sending"),
}


@dataclass
class Group:
    """One cause and the rows it touches (positions in ``Checked.rows``, in order)."""

    code: str
    severity: str
    column: str
    value: str | None
    first: Issue
    positions: list[int] = field(default_factory=list)
    values: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return len(self.positions)

    def sentence(self) -> str:
        """ "41 rows: tag 'Gala 2025' is not in the account yet; …" for a cause that is one value; else the
        count and the first row's own sentence (so the window translates it as it translates that row's):
        "12 rows like this: Row 4, column 'Gift': 'pledged' is not a number; sent without Lifetime giving"."""
        if self.count == 1:
            return self.first.message
        about = ABOUT_VALUE.get(self.code)
        if about is not None and self.value is not None:
            return about.format(n=self.count, value=self.value)
        if len(self.values) > 1:
            return N_("{n} rows like this ({values} different values): {said}").format(
                n=self.count, values=len(self.values), said=self.first.message)
        return N_("{n} rows like this: {said}").format(n=self.count, said=self.first.message)


def group_issues(rows: Iterable[CheckedRow]) -> list[Group]:
    """Every problem of ``rows`` grouped by cause; errors first, then the biggest groups."""
    return Causes(list(rows)).groups()


def _key(i: Issue) -> tuple[str, str, str, str | None]:
    return (i.code, i.severity, i.column, str(i.value) if i.code in BY_VALUE else None)


class Causes:
    """The groups of a checked table, kept up to date row by row: an edit re-groups its rows only (a pass
    over 200,000 rows took 80 ms, too long for each keystroke's edit on the window's thread)."""

    def __init__(self, rows: Sequence[CheckedRow]) -> None:
        self._by_key: dict[tuple[str, str, str, str | None], Group] = {}
        self._of: dict[int, list[tuple[tuple[str, str, str, str | None], str]]] = {}
        for pos, r in enumerate(rows):
            if r.issues and not r.excluded:
                self._add(pos, r)

    def _add(self, pos: int, r: CheckedRow) -> None:
        mine = []
        for i in r.issues:
            key = _key(i)
            g = self._by_key.get(key)
            if g is None:
                g = self._by_key[key] = Group(i.code, i.severity, i.column, key[3], i)
            if not g.positions or g.positions[-1] != pos:
                if g.positions and g.positions[-1] > pos:
                    at = bisect_left(g.positions, pos)
                    if at == len(g.positions) or g.positions[at] != pos:
                        insort(g.positions, pos)
                else:
                    g.positions.append(pos)
            if i.row < g.first.row:
                g.first = i  # the sentence quotes the group's first row
            g.values[str(i.value)] += 1
            mine.append((key, str(i.value)))
        self._of[pos] = mine

    def update(self, rows: Sequence[CheckedRow], positions: Iterable[int]) -> None:
        """Rows at ``positions`` were re-checked (or left out, or put back)."""
        changed = set(positions)
        touched: set[tuple[str, str, str, str | None]] = set()
        for pos in changed:  # first every changed row leaves its groups …
            for key, value in self._of.pop(pos, ()):
                g = self._by_key.get(key)
                if g is None:
                    continue
                at = bisect_left(g.positions, pos)
                if at < len(g.positions) and g.positions[at] == pos:
                    del g.positions[at]
                g.values[value] -= 1
                if g.values[value] <= 0:
                    del g.values[value]
                touched.add(key)
        gone = {rows[p].row for p in changed}
        for key in touched:  # … the groups left quote a row still in them …
            g = self._by_key[key]
            if not g.positions:
                del self._by_key[key]
            elif g.first.row in gone:
                g.first = next(i for i in rows[g.positions[0]].issues if _key(i) == key)
        for pos in changed:  # … then the changed rows join their groups as they are now
            r = rows[pos]
            if r.issues and not r.excluded:
                self._add(pos, r)

    def groups(self) -> list[Group]:
        return sorted(self._by_key.values(), key=lambda g: (g.severity != "error", -g.count, g.column, g.code))
