"""Apply a mapping to records: each row becomes a dict of target field → value, before checking.

Mapping is compiled once into small closures so a 200,000-row sheet costs one pass of plain calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from collections.abc import Mapping as ReadOnly
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from core.mapping.catalog import FULL_NAME
from core.mapping.model import FieldMapping, Mapping
from core.records import Record

#: Where the parts of a split full name go, per target (HubSpot has no middle name or suffix field).
NAME_PARTS = {
    "virtuous": {"title": "title", "first": "firstName", "middle": "middleName", "last": "lastName",
                 "suffix": "suffix"},
    "hubspot": {"title": "salutation", "first": "firstname", "last": "lastname"},
}


@dataclass(slots=True)
class MappedRow:
    """A source row expressed in target fields; ``columns`` says which column(s) each came from."""

    row: int
    values: dict[str, Any]
    #: Asked about the fields the row has; rows without a name to split share one (read-only).
    columns: ReadOnly[str, str]


Getter = Callable[[list[Any]], Any]


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _compile(fm: FieldMapping, index: dict[str, int]) -> Getter:
    idx = [index[s] for s in fm.sources if s in index]
    trim, case, vmap, split, default, constant = fm.trim, fm.case, fm.value_map, fm.split_list, fm.default, \
        fm.constant
    lmap = {str(k).strip().lower(): v for k, v in vmap.items()}
    joiner = fm.join_with

    if len(idx) == 1 and not lmap and case == "none" and not split and default is None and constant is None:
        i = idx[0]

        def get_plain(values: list[Any]) -> Any:  # one column, no transform: most mappings, kept lean
            v = values[i] if i < len(values) else None
            if v.__class__ is str and trim:
                v = v.strip() or None
            return v

        return get_plain

    def get(values: list[Any]) -> Any:
        if not idx:
            return constant
        if len(idx) == 1:
            v = values[idx[0]] if idx[0] < len(values) else None
        else:
            parts = [values[i] for i in idx if i < len(values) and not _blank(values[i])]
            v = joiner.join(str(p).strip() for p in parts) if parts else None
        if isinstance(v, str):
            if trim:
                v = v.strip()
            if v == "":
                v = None
        if v is not None and lmap:
            key = str(v).strip().lower()
            if key in lmap:
                v = lmap[key]
        if isinstance(v, str):
            if case == "upper":
                v = v.upper()
            elif case == "lower":
                v = v.lower()
            elif case == "title":
                v = v.title()
            if split:
                v = _split(v, split)
        if v is None:
            v = default if default is not None else constant
        return v

    return get


def _split(text: str, seps: str) -> list[str]:
    items = [text]
    for sep in seps:
        items = [p for piece in items for p in piece.split(sep)]
    return [p.strip() for p in items if p.strip()]


def split_full_name(text: str) -> dict[str, str]:
    """'Dr. Jane Q. Public Jr.' and 'Public, Jane' alike → title/first/middle/last/suffix."""
    from nameparser import HumanName  # here: 40 ms to import, and most files have no full-name column

    n = HumanName(text)
    return {"title": n.title, "first": n.first, "middle": n.middle, "last": n.last, "suffix": n.suffix}


def source_columns(mapping: Mapping, headers: list[str]) -> dict[str, int]:
    """Field → the one column it is read from, for fields read from exactly one (the only ones whose
    value can be that cell's own string: see ``CheckedRow.wire``)."""
    index = {h: i for i, h in enumerate(headers)}
    return {fm.field: index[fm.sources[0]] for fm in mapping.fields if len(fm.sources) == 1 and fm.sources[0] in index}


#: A field compiled for mapping rows: (field key, its reader, the column(s) it is read from as messages
#: name them, whether it is a full name to split).
Compiled = tuple[str, Getter, str, bool]


def compile_fields(mapping: Mapping, headers: list[str]) -> list[Compiled]:
    """Each field of ``mapping`` compiled against ``headers`` (``core.mapping.plan.Plan`` keeps the result)."""
    index = {h: i for i, h in enumerate(headers)}
    compiled: list[Compiled] = []
    for fm in mapping.fields:
        label = " + ".join(fm.sources) if fm.sources else "(same for every row)"
        is_name = fm.field == FULL_NAME or fm.split_name
        compiled.append((fm.field, _compile(fm, index), label, is_name))
    return compiled


def apply_mapping(mapping: Mapping, headers: list[str], records: Iterable[Record]) -> Iterator[MappedRow]:
    """Yield one MappedRow per record, in file order."""
    yield from mapped_rows(mapping, compile_fields(mapping, headers), records)


def mapped_rows(mapping: Mapping, compiled: list[Compiled], records: Iterable[Record]) -> Iterator[MappedRow]:
    """``apply_mapping`` with the fields compiled already (``compile_fields``)."""
    if not any(is_name for *_, is_name in compiled) and len({c[0] for c in compiled}) == len(compiled):
        yield from _plain_rows(compiled, records)
        return
    parts_to = NAME_PARTS[mapping.target]
    explicit = {fm.field for fm in mapping.fields}
    for rec in records:
        values: dict[str, Any] = {}
        columns: dict[str, str] = {}
        for key, get, label, is_name in compiled:
            v = get(rec.values)
            if is_name:
                if isinstance(v, str) and v:
                    _put_name(v, key, label, mapping.target, parts_to, explicit, values, columns)
                continue
            if v is not None:
                values[key] = v
                columns[key] = label
        yield MappedRow(rec.row, values, columns)


def _put_name(v: str, key: str, label: str, target: str, parts_to: dict[str, str], explicit: set[str],
              values: dict[str, Any], columns: dict[str, str]) -> None:
    """A full name split into the target's name fields (those no column is mapped to already); a column
    mapped to one field with "split the name" keeps its value there too."""
    parts = split_full_name(v)
    if target == "hubspot" and parts["middle"]:
        parts["first"] = f"{parts['first']} {parts['middle']}".strip()
    for part, target_key in parts_to.items():
        if parts.get(part) and target_key not in explicit:
            values[target_key] = parts[part]
            columns[target_key] = label
    if key != FULL_NAME:
        values[key] = v
        columns[key] = label


def _plain_rows(compiled: list[Compiled], records: Iterable[Record]) -> Iterator[MappedRow]:
    """``apply_mapping`` without a name to split: every row's fields come from the same columns, so the
    rows share one read-only ``columns`` (asked only about fields the row has) instead of a dict each."""
    columns = MappingProxyType({key: label for key, _, label, _ in compiled})
    getters = [(key, get) for key, get, *_ in compiled]
    for rec in records:
        source = rec.values
        values: dict[str, Any] = {}
        for key, get in getters:
            v = get(source)
            if v is not None:
                values[key] = v
        yield MappedRow(rec.row, values, columns)
