"""Small pure edits of a ``Mapping`` that the Map page makes. No Qt.

They belong with ``core.mapping.model.Mapping`` (as methods ``assign_column``, ``join_columns``,
``set_options``); they live here until core takes them, because core is being edited by others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.mapping.model import Case, FieldMapping, Mapping


def assign_column(mapping: Mapping, column: str, field_key: str | None) -> None:
    """Point ``column`` at ``field_key`` as a person's choice.

    A field normally comes from one column, so a column that fed it before is let go (picking Email
    for "E-mail 2" moves Email there). Joining several columns is done through ``join_columns``.
    """
    if field_key is not None:
        fm = mapping.for_field(field_key)
        if fm is not None:
            for other in [s for s in fm.sources if s != column]:
                mapping.set_column(other, None)
    mapping.set_column(column, field_key, confidence=None)


@dataclass
class ColumnOptions:
    """The transforms a person sets for one column in the Options dialog."""

    trim: bool = True
    case: Case = "none"
    split_name: bool = False
    value_map: dict[str, Any] = field(default_factory=dict)
    split_list: str | None = None
    default: Any = None
    join_column: str | None = None
    join_with: str = " "

    @classmethod
    def of(cls, fm: FieldMapping, column: str) -> ColumnOptions:
        others = [s for s in fm.sources if s != column]
        return cls(fm.trim, fm.case, fm.split_name, dict(fm.value_map), fm.split_list, fm.default,
                   others[0] if others else None, fm.join_with)


def set_options(mapping: Mapping, column: str, opts: ColumnOptions) -> None:
    """Apply ``opts`` to the field ``column`` feeds; a join column is taken from wherever it was."""
    fields = mapping.field_for_column(column)
    if not fields:
        return
    fm = mapping.for_field(fields[0])
    assert fm is not None
    fm.trim = opts.trim
    fm.case = opts.case
    fm.split_name = opts.split_name
    fm.value_map = dict(opts.value_map)
    fm.split_list = opts.split_list or None
    fm.default = opts.default if opts.default not in ("",) else None
    fm.join_with = opts.join_with
    sources = [column]
    if opts.join_column and opts.join_column != column:
        if opts.join_column not in fm.sources:
            mapping.set_column(opts.join_column, None)
        sources.append(opts.join_column)
    # Keep the column order the person set: this column first, then the joined one.
    fm.sources = sources
    fm.confidence = None


def parse_value_map(text: str) -> dict[str, str]:
    """Lines like ``Y → Yes``, ``Y -> Yes`` or ``Y = Yes`` into a dict; blank lines are skipped."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        for sep in ("→", "->", "=>", "="):
            if sep in line:
                src, _, dst = line.partition(sep)
                if src.strip():
                    out[src.strip()] = dst.strip()
                break
    return out


def format_value_map(value_map: dict[str, Any]) -> str:
    """The inverse of ``parse_value_map``, for showing a saved map."""
    return "\n".join(f"{k} → {_text(v)}" for k, v in value_map.items())


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "Yes" if v else "No"
    return "" if v is None else str(v)
