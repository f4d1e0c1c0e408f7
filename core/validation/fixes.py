"""Fixing many cells at once: the cells that share a problem, and what a replacement makes of each.

Pure functions over a checked table; the window shows their answer before anything changes, then
edits the cells as single edits would (so a retry reads them, as it reads a single edit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.validation.issues import CheckedRow, Issue
from core.validation.normalize import as_text


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


def plan(cells: list[tuple[int, int]], records: list[Any], *, replace_with: str | None = None,
         find: str | None = None, replace: str = "", match_case: bool = False) -> list[CellFix]:
    """What each cell becomes: every cell set to ``replace_with`` (''/None: emptied), or ``find`` replaced
    by ``replace`` inside it. Cells that would not change are left out of the answer."""
    out: list[CellFix] = []
    for pos, col in cells:
        values = records[pos].values
        old = values[col] if col < len(values) else None
        text = "" if old is None else as_text(old)
        if find is not None:
            if not find:
                continue
            if match_case:
                new = text.replace(find, replace)
            else:
                new, low, at = "", text.lower(), 0
                key = find.lower()
                while True:
                    k = low.find(key, at)
                    if k < 0:
                        new += text[at:]
                        break
                    new += text[at:k] + replace
                    at = k + len(find)
        else:
            new = replace_with or ""
        new = new.strip()
        if new != text:
            out.append(CellFix(pos, col, old, new or None))
    return out


def column_cells(records: list[Any], column: int) -> list[tuple[int, int]]:
    """Every non-empty cell of a file column (for find & replace over the column)."""
    return [(p, column) for p, rec in enumerate(records)
            if column < len(rec.values) and rec.values[column] not in (None, "")]
