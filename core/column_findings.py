"""When most of a column fails the same check, the likely cause is the mapping, not the values: said
once, at the column ("Column 'Attendee #' does not look like Attended: 36 of 36 values fail its
check"), so the person can leave the column out or map it elsewhere in one click.

Also: rows failing "a name is required" while a column left unmapped holds names.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.mapping.catalog import FULL_NAME, catalog_for
from core.mapping.profile import profile
from core.validation.check import UNREADABLE
from core.words import N_

#: A column is suspect when at least this share of its non-blank values fail one check (and 3 at least).
MOST = 0.5
MIN_FAILING = 3


@dataclass(frozen=True)
class ColumnFinding:
    column: str
    field: str | None  # the field it feeds (None: the column is unmapped and should be mapped to ``suggest``)
    failing: int
    total: int
    message: str
    suggest: str | None = None  # a field to map it to instead, when one is known


def column_findings(checked) -> list[ColumnFinding]:
    """The columns most of whose values fail the same check, worst first; then a names column left out."""
    table, mapping = checked.table, checked.mapping
    cat = checked.checker.catalog if getattr(checked.checker, "catalog", None) is not None else \
        catalog_for(mapping.target, mapping.custom_fields())
    index = {h: i for i, h in enumerate(table.headers)}
    filled = _filled(table, index)
    counts, required_failing = _failing(checked.rows)
    out: list[ColumnFinding] = []
    for (column, field_key, _code), n in sorted(counts.items(), key=lambda kv: -kv[1]):
        total = filled.get(column, 0)
        if n >= MIN_FAILING and total and n / total >= MOST and all(f.column != column for f in out):
            fd = cat.get(field_key)
            what = fd.label if fd else field_key
            out.append(ColumnFinding(column, field_key, n, total, N_(
                "Column '{column}' does not look like {what}: {failing} of {total} values fail its check. "
                "Is it on the right field?").format(column=column, what=what, failing=n, total=total)))
    rows = len(checked.rows)
    if rows and required_failing * 2 > rows and mapping.target == "virtuous":
        names = _names_left_out(table, mapping, index, required_failing, rows)
        if names is not None:
            out.append(names)
    return out


def _filled(table, index: dict[str, int]) -> dict[str, int]:
    """Each column's count of values that are not blank."""
    filled: dict[str, int] = {}
    for rec in table.records:
        for h, i in index.items():
            if i < len(rec.values) and rec.values[i] not in (None, ""):
                filled[h] = filled.get(h, 0) + 1
    return filled


def _failing(rows) -> tuple[dict[tuple[str, str, str], int], int]:
    """How many rows fail each (column, field, check), and how many lack a required name."""
    counts: dict[tuple[str, str, str], int] = {}
    required_failing = 0
    for row in rows:
        seen: set[tuple[str, str, str]] = set()
        for issue in row.issues:
            if issue.code == "required.missing":
                required_failing += 1
                continue
            # An error, or a value that could not be read and was left out of a row sent anyway: both
            # say the value does not fit the field.
            if not issue.column or (issue.severity != "error" and issue.code not in UNREADABLE):
                continue
            key = (issue.column, issue.field, issue.code)
            if key not in seen:
                seen.add(key)
                counts[key] = counts.get(key, 0) + 1
    return counts, required_failing


def _names_left_out(table, mapping, index: dict[str, int], required_failing: int, rows: int) -> ColumnFinding | None:
    """The first column left unmapped that holds people's full names, offered as Full name."""
    used = {s for fm in mapping.fields for s in fm.sources}
    for h, i in index.items():
        if h in used:
            continue
        p = profile([rec.values[i] if i < len(rec.values) else None for rec in table.records[:300]])
        if p.filled >= MIN_FAILING and p.person_full >= 0.6:
            return ColumnFinding(h, None, required_failing, rows, N_(
                "{failing} rows have no name, and column '{column}' holds names: map it to Full name?").format(
                failing=required_failing, column=h), suggest=FULL_NAME)
    return None
