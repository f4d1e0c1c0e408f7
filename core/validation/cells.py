"""Warnings for cells the reader could not see into (an error value, a formula with no saved result).

Kept apart from the per-value checks: they come from the file, not from what a value says; a
row keeps one until the person fills the cell in.
"""

from __future__ import annotations

from collections import defaultdict

from core.mapping.plan import Plan
from core.records import CellWarning, Table
from core.validation.issues import CheckedRow, Issue
from core.words import N_

CELL_ERROR = "cell.error"
CELL_FORMULA = "cell.formula_unsaved"


def cell_warnings_by_row(table: Table, plan: Plan) -> dict[int, list[Issue]]:
    """Issues for cells under mapped columns only: an unmapped column is not sent, so its cell is no loss."""
    out: dict[int, list[Issue]] = defaultdict(list)
    for w in table.cell_warnings:
        fields = plan.fields_of(w.column)
        if not fields:
            continue
        out[w.row].append(_issue(w, fields[0]))
    return dict(out)


def _issue(w: CellWarning, field_key: str) -> Issue:
    code = CELL_FORMULA if w.kind == "formula" else CELL_ERROR
    said = (N_("Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; recalculate and "
               "save it in Excel") if w.kind == "formula" else
            N_("Row {row}, column '{column}': cell {cell} holds {what}, so it is read as empty; fix it in the file"))
    return Issue(w.row, code, "warning", w.column, field_key, None,
                 said.format(row=w.row, column=w.column, cell=w.cell, what=w.holds))


def add_cell_warnings(rows: list[CheckedRow], by_row: dict[int, list[Issue]]) -> None:
    """Append each row's cell warnings (in place); cheap when the file has none."""
    if not by_row:
        return
    for r in rows:
        found = by_row.get(r.row)
        if found:
            r.issues.extend(found)
