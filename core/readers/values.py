"""Turn raw cells into what a person reads in the cell, cheaply enough for 100,000-row sheets.

The loops here run once per cell, so they avoid per-cell Python function calls: a list
comprehension with inline type checks for workbooks; for CSV, where every value is a string,
a C-level ``map(str.strip, ...)`` and a second pass for "" → None only in rows that have an
empty cell (csv_text.py inlines the same steps over whole chunks).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

_strip = str.strip


def clean_cell(value: Any) -> Any:
    """One cell as a person reads it; the bulk paths below inline the same rules for speed.

    Strings lose surrounding whitespace (Excel users pad cells without noticing), empty means
    None so "no value" has one spelling, and whole floats become int because Excel stores every
    number as a float and a phone number must not turn into ``5035550143.0``.
    """
    if type(value) is str:
        return value.strip() or None
    if type(value) is float and value.is_integer():
        return int(value)
    return value


def clean_workbook_row(row: list[Any]) -> list[Any]:
    """Clean a calamine row in place, so a big sheet is not held twice in memory."""
    row[:] = [
        (v.strip() or None)
        if type(v) is str
        else (int(v) if type(v) is float and v.is_integer() else v)
        for v in row
    ]
    return row


def clean_text_row(row: list[str]) -> list[str | None]:
    """Clean a CSV row: strip, and empty → None; CSV text is never type-guessed."""
    vals: list[Any] = list(map(_strip, row))
    if "" in vals:
        vals = [v or None for v in vals]
    return vals


def shared_strings(rows: list[list[Any]], min_count: int = 2) -> dict[str, str]:
    """Strings that repeat in these rows (a city, a state, "Yes"), each mapped to one copy of itself.

    Rows are later passed through ``map(shared.get, row, row)`` (C speed): a repeated value then
    points at one string instead of a new one per row, which for a 200,000-row export with ten
    such columns is ~100 MB less. Only values repeating in the first rows are shared, so a column
    of unique emails adds nothing to the dict. Strings only: ``{1: 1}.get(True)`` would turn a
    boolean into a number.
    """
    counts: Counter[str] = Counter(v for row in rows for v in row if v.__class__ is str)
    return {v: v for v, n in counts.items() if n >= min_count}


def is_blank(values: list[Any]) -> bool:
    """A row a person would call empty: no cell holds anything after cleaning."""
    return values.count(None) == len(values)


def header_text(value: Any) -> str:
    """A header cell as one line of text: Excel headers often hold wrapped text or stray spaces."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return " ".join(str(value).split())
