"""A mapping resolved once against a table's headers and a catalog: each field's kind, rules and columns.

Checking a table used to ask the mapping and the catalog again at every stop (the checker, the pool,
the cell warnings, every re-check of an edited row compiled the mapping anew). ``check_table``
(``core.pipeline``) now resolves them once into a ``Plan`` and every step reads it: the rows are
mapped with its compiled readers (``rows``), the checker and the columns' number and date ways get
its ``catalog``, the pool sends its workers ``source_columns`` and names a field's column(s) by
``label``, and a cell warning finds its field by ``fields_of``. A checking process makes its own plan
once. (The ZIP/email fixer, ``core.validation.mangled``, keeps reading the built-in fields: an
account's catalog is not what decides which values look mangled.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.mapping.apply import Compiled, MappedRow, compile_fields, mapped_rows, source_columns
from core.mapping.catalog import Catalog, FieldDef, Kind, catalog_for
from core.mapping.model import FieldMapping, Mapping
from core.records import Record


@dataclass(frozen=True, slots=True)
class FieldPlan:
    """One mapped field: what it is (``kind``, and the catalog's ``rules`` for it) and where it comes from."""

    key: str
    #: The catalog's kind, else the one the mapping declares (a custom field).
    kind: Kind | None
    #: The catalog's definition (options, choices, lenient); None for a field the catalog does not have.
    rules: FieldDef | None
    sources: tuple[str, ...]
    #: How messages name the column(s): "First + Last", or "(same for every row)" for a constant.
    label: str
    mapping: FieldMapping


class Plan:
    """``mapping`` resolved against ``headers`` and ``catalog`` (the target's built-in fields plus the
    mapping's custom ones when none is given)."""

    def __init__(self, mapping: Mapping, headers: Iterable[str], catalog: Catalog | None = None) -> None:
        self.mapping = mapping
        self.target = mapping.target
        self.headers = list(headers)
        self.catalog = catalog or catalog_for(mapping.target, mapping.custom_fields())
        self._compiled: list[Compiled] = compile_fields(mapping, self.headers)
        fields: list[FieldPlan] = []
        for fm, (_, _, label, _) in zip(mapping.fields, self._compiled, strict=True):
            rules = self.catalog.get(fm.field)
            fields.append(FieldPlan(fm.field, rules.kind if rules is not None else fm.kind, rules,
                                    tuple(fm.sources), label, fm))
        self.fields: tuple[FieldPlan, ...] = tuple(fields)
        self._by_key: dict[str, FieldPlan] = {}
        self._by_column: dict[str, list[str]] = {}
        for f in fields:
            self._by_key.setdefault(f.key, f)  # the first, as Mapping.for_field finds it
            for column in dict.fromkeys(f.sources):
                self._by_column.setdefault(column, []).append(f.key)
        #: Field → the one column it is read from, for fields read from exactly one (``source_columns``).
        self.source_columns: dict[str, int] = source_columns(mapping, self.headers)

    def field(self, key: str) -> FieldPlan | None:
        """The field ``key`` (``Mapping.for_field``, resolved)."""
        return self._by_key.get(key)

    def fields_of(self, column: str) -> list[str]:
        """The fields ``column`` feeds, in the mapping's order (``Mapping.field_for_column``)."""
        return list(self._by_column.get(column, ()))

    def label(self, key: str, unmapped: str | None = None) -> str:
        """How messages name the column(s) of field ``key``; ``unmapped`` (default: the key) when not mapped."""
        f = self._by_key.get(key)
        if f is None:
            return key if unmapped is None else unmapped
        return f.label

    def rows(self, records: Iterable[Record]) -> Iterator[MappedRow]:
        """One mapped row per record, in order (``core.mapping.apply.apply_mapping``, compiled once)."""
        return mapped_rows(self.mapping, self._compiled, records)
