"""Fixing many cells at once: the cells that share a problem, and what a rule makes of each.

The rules: one replacement for every cell, text replaced inside each, a prefix or suffix taken off
("USD ", "$"), the column's dates read day-first or month-first (written back as YYYY-MM-DD), one
value changed to another ("oregon" → "OR"). Pure functions over a checked table; the window shows
their answer (before → after, cell by cell) before anything changes, then edits the cells as single
edits would, so a retry reads them as it reads a single edit and a run saved before these rules
existed reads the same (a fix is kept as the cells it changed, never as the rule).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.validation.issues import CheckedRow, Issue
from core.validation.normalize import _NUMERIC, _date_text, as_text

#: What a rule makes of one cell's text (the same text: nothing to change).
Rule = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class CellFix:
    """Row ``position`` (in ``Checked.rows``), file column ``column``: ``old`` becomes ``new`` (None: empty)."""

    position: int
    column: int
    old: Any
    new: str | None


def cells_like(rows: list[CheckedRow], records: list[Any], headers: list[str], issue: Issue) -> list[tuple[int, int]]:
    """(position, column) of every cell in ``issue``'s column with a problem of the same code and severity."""
    if not issue.column or issue.column not in headers:
        return []
    col = headers.index(issue.column)
    return [(p, col) for p, r in enumerate(rows)
            if any(i.code == issue.code and i.column == issue.column and i.severity == issue.severity
                   for i in r.issues)]


def plan(cells: list[tuple[int, int]], records: list[Any], rule: Rule | None = None, *,
         replace_with: str | None = None, find: str | None = None, replace: str = "",
         match_case: bool = False) -> list[CellFix]:
    """What each cell becomes under ``rule`` (``strip``, ``read_dates``, ``map_value``), or, without one,
    every cell set to ``replace_with`` (''/None: emptied), or ``find`` replaced by ``replace`` inside it.
    Cells that would not change are left out of the answer."""
    if rule is None:
        if find is not None:
            if not find:
                return []
            rule = replace_text(find, replace, match_case)
        else:
            rule = _constant(replace_with or "")
    out: list[CellFix] = []
    for pos, col in cells:
        values = records[pos].values
        old = values[col] if col < len(values) else None
        text = "" if old is None else as_text(old)
        raw = rule(text)
        if raw is text:  # the rule leaves this cell alone
            continue
        new = raw.strip()
        if new != text:
            out.append(CellFix(pos, col, old, new or None))
    return out


def _constant(value: str) -> Rule:
    return lambda _text: value


def replace_text(find: str, replace: str, match_case: bool = False) -> Rule:
    """``find`` replaced by ``replace`` wherever it is in the cell (case ignored unless ``match_case``)."""
    def rule(text: str) -> str:
        if not find:
            return text
        if match_case:
            return text.replace(find, replace)
        new, low, at, key = "", text.lower(), 0, find.lower()
        while True:
            k = low.find(key, at)
            if k < 0:
                return new + text[at:]
            new += text[at:k] + replace
            at = k + len(find)
    return rule


def strip(prefix: str = "", suffix: str = "") -> Rule:
    """``prefix`` taken off the start and ``suffix`` off the end of a cell that has them ("USD 30" → "30",
    "45 €" → "45"); case and the spaces around the cell's text do not matter, a cell without them stays."""
    prefix, suffix = prefix.strip(), suffix.strip()

    def rule(text: str) -> str:
        t = text.strip()
        if prefix and t.lower().startswith(prefix.lower()):
            t = t[len(prefix):].lstrip()
        if suffix and t.lower().endswith(suffix.lower()):
            t = t[:len(t) - len(suffix)].rstrip()
        return t if t != text.strip() else text
    return rule


def read_dates(order: str) -> Rule:
    """A date written with numbers (05/03/21) read day-first (``'dmy'``) or month-first (``'mdy'``) and
    written as YYYY-MM-DD, which reads one way only; a cell that is not such a date, or is not a real date
    read that way (25/13/21), stays as it is."""
    if order not in ("dmy", "mdy"):
        raise ValueError(f"unknown date order {order!r}")

    def rule(text: str) -> str:
        m = _NUMERIC.match(text.strip())
        if m is None or len(m[1]) == 4:
            return text
        day, problem = _date_text(text.strip(), order)
        return text if problem or day is None else day.isoformat()
    return rule


def map_value(old: str, new: str) -> Rule:
    """A cell that reads ``old`` (case and surrounding spaces aside) becomes ``new``; in a ';'-separated list
    ("Gala 2025; Volunteer", tags) the item that reads ``old`` does (an empty ``new`` takes it out); others stay."""
    key, new = old.strip().casefold(), new.strip()

    def rule(text: str) -> str:
        if not key:
            return text
        if text.strip().casefold() == key:
            return new
        if ";" in text:
            items = [t.strip() for t in text.split(";")]
            if any(t.casefold() == key for t in items):
                return "; ".join(t for t in (new if t.casefold() == key else t for t in items) if t)
        return text
    return rule


def column_cells(records: list[Any], column: int) -> list[tuple[int, int]]:
    """Every non-empty cell of a file column (for find & replace over the column)."""
    return [(p, column) for p, rec in enumerate(records)
            if column < len(rec.values) and rec.values[column] not in (None, "")]
