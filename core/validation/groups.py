"""Problems with one cause, said once: "41 rows: tag 'Gala 2025' is new in the account" rather than 41 lines.

A cause is the problem's code, its column and severity, and, for problems about one particular value
(a tag, an event's name), that value. ``report.csv`` keeps one line per row; the window's panel and
summary show these groups, each able to list its rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.validation import issues as codes
from core.validation.issues import CheckedRow, Issue
from core.words import N_

#: Problems whose cause is the value itself: each distinct value is its own group.
BY_VALUE = frozenset({codes.TAG_UNKNOWN, codes.NAME_UNKNOWN, codes.NAME_AMBIGUOUS, codes.TYPE_UNKNOWN,
                      codes.OPTION_INVALID})
_ROW_PART = re.compile(r"^Row \d+(, column '[^']*')?: ")


@dataclass
class Group:
    """One cause and the rows it touches (positions in ``Checked.rows``, in order)."""

    code: str
    severity: str
    column: str
    value: str | None
    first: Issue
    positions: list[int] = field(default_factory=list)
    values: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.positions)

    def sentence(self) -> str:
        """ "41 rows, column 'Tags': 'Gala 2025' is not a tag in the account yet" — the first row's own words."""
        said = _ROW_PART.sub("", self.first.message)
        if self.count == 1:
            return self.first.message
        where = N_("{n} rows, column '{column}': {said}") if self.column else N_("{n} rows: {said}")
        out = where.format(n=self.count, column=self.column, said=said)
        others = len(self.values) - 1
        if others > 0:
            out += " " + (N_("(and 1 other value like it)") if others == 1 else
                          N_("(and {n} other values like it)").format(n=others))
        return out


def group_issues(rows: Iterable[CheckedRow], severities: tuple[str, ...] = ("error", "warning")) -> list[Group]:
    """Every problem of ``rows`` grouped by cause; errors first, then the biggest groups."""
    found: dict[tuple[str, str, str, str | None], Group] = {}
    for pos, r in enumerate(rows):
        if r.excluded:
            continue
        for i in r.issues:
            if i.severity not in severities:
                continue
            value = str(i.value) if i.code in BY_VALUE else None
            key = (i.code, i.severity, i.column, value)
            g = found.get(key)
            if g is None:
                g = found[key] = Group(i.code, i.severity, i.column, value, i)
            if not g.positions or g.positions[-1] != pos:
                g.positions.append(pos)
            g.values.add(str(i.value))
    return sorted(found.values(), key=lambda g: (g.severity != "error", -g.count, g.column, g.code))
