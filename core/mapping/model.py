"""A mapping: which columns feed which CRM fields, and how each value is transformed on the way.

Saved as a versioned JSON file so a person can edit it by hand and re-use it on next month's file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from core.errors import InputError
from core.mapping.catalog import Kind
from core.words import N_

MAPPING_VERSION = 1

Case = Literal["none", "upper", "lower", "title"]
DateOrder = Literal["auto", "mdy", "dmy"]
#: What a value that cannot be read costs: the field, for that row ("empty"), or the row ("skip"); "auto" is
#: "empty", except for an email, which is who the person is ("skip", unless the person chose otherwise).
IfUnreadable = Literal["auto", "empty", "skip"]


class FieldMapping(BaseModel):
    """One target field and where its value comes from."""

    field: str
    sources: list[str] = Field(default_factory=list, description="Header names; several are joined")
    join_with: str = " "
    constant: Any = None  # used for every row when there is no source (or the sources are blank)
    trim: bool = True
    case: Case = "none"
    split_name: bool = False  # full name → first/middle/last/suffix (implied for the fullName field)
    value_map: dict[str, Any] = Field(default_factory=dict)  # e.g. {"Y": true, "x": true}
    split_list: str | None = None  # split a cell into a list on these characters, e.g. ";,"
    default: Any = None  # when the cell is blank
    confidence: float | None = None  # how sure auto-mapping was (0..1); None when a person chose
    kind: Kind | None = None  # custom fields only: how to check the value
    #: A value that cannot be read: the row is sent without this field ("empty"), or not sent ("skip").
    #: Fields the target needs stop the row whatever this says.
    if_unreadable: IfUnreadable = "auto"
    date_order: DateOrder = "auto"  # this column's dates: "auto" takes the mapping's, or what the column shows


@dataclass
class ColumnOptions:
    """The transforms a person sets for one column (the Map page's Options dialog edits one of these)."""

    trim: bool = True
    case: Case = "none"
    split_name: bool = False
    value_map: dict[str, Any] = dc_field(default_factory=dict)
    split_list: str | None = None
    default: Any = None
    join_column: str | None = None  # a second column joined after this one, if any
    join_with: str = " "
    if_unreadable: IfUnreadable = "auto"
    date_order: DateOrder = "auto"

    @classmethod
    def of(cls, fm: FieldMapping, column: str) -> ColumnOptions:
        """The options ``fm`` has, seen from ``column`` (the other source, if any, is the join column)."""
        others = [s for s in fm.sources if s != column]
        return cls(fm.trim, fm.case, fm.split_name, dict(fm.value_map), fm.split_list, fm.default,
                   others[0] if others else None, fm.join_with, fm.if_unreadable, fm.date_order)


class Mapping(BaseModel):
    """Everything needed to turn a sheet's rows into one CRM's contacts."""

    version: int = MAPPING_VERSION
    target: Literal["virtuous", "hubspot"]
    headers: list[str] = Field(default_factory=list, description="The columns this mapping was made for")
    fields: list[FieldMapping] = Field(default_factory=list)
    date_order: DateOrder = "auto"
    default_country: str = "US"
    reference_source: str | None = None  # Virtuous: defaults to the app's name

    # -- editing helpers -------------------------------------------------------------------
    def for_field(self, key: str) -> FieldMapping | None:
        for fm in self.fields:
            if fm.field == key:
                return fm
        return None

    def field_for_column(self, column: str) -> list[str]:
        """Fields a column currently feeds (normally zero or one)."""
        return [fm.field for fm in self.fields if column in fm.sources]

    def set_column(self, column: str, field_key: str | None, confidence: float | None = None) -> None:
        """Point a column at one field (or none), removing it from whatever it fed before."""
        for fm in list(self.fields):
            if column in fm.sources:
                fm.sources.remove(column)
                if not fm.sources and fm.constant is None:
                    self.fields.remove(fm)
        if field_key is None:
            return
        fed = self.for_field(field_key)
        if fed is None:
            fed = FieldMapping(field=field_key)
            self.fields.append(fed)
        fed.sources.append(column)
        fed.confidence = confidence

    def assign_column(self, column: str, field_key: str | None) -> None:
        """Point ``column`` at ``field_key`` (or at nothing) as a person's choice.

        A field normally comes from one column, so a column that fed it before is let go (picking Email
        for "E-mail 2" moves Email there). Several columns are joined through ``set_options``.
        """
        if field_key is not None:
            fm = self.for_field(field_key)
            if fm is not None:
                for other in [s for s in fm.sources if s != column]:
                    self.set_column(other, None)
        self.set_column(column, field_key, confidence=None)

    def set_options(self, column: str, opts: ColumnOptions) -> None:
        """Apply ``opts`` to the field ``column`` feeds; a join column is taken from wherever it was.

        Nothing happens when ``column`` feeds no field. A blank default or list separator means none.
        """
        fields = self.field_for_column(column)
        if not fields:
            return
        fm = self.for_field(fields[0])
        assert fm is not None
        fm.trim = opts.trim
        fm.case = opts.case
        fm.split_name = opts.split_name
        fm.value_map = dict(opts.value_map)
        fm.split_list = opts.split_list or None
        fm.default = opts.default if opts.default != "" else None
        fm.join_with = opts.join_with
        fm.if_unreadable = opts.if_unreadable
        fm.date_order = opts.date_order
        sources = [column]
        if opts.join_column and opts.join_column != column:
            if opts.join_column not in fm.sources:
                self.set_column(opts.join_column, None)
            sources.append(opts.join_column)
        # Keep the column order the person set: this column first, then the joined one.
        fm.sources = sources
        fm.confidence = None

    def set_constant(self, field_key: str, value: Any) -> None:
        fm = self.for_field(field_key)
        if value in (None, ""):
            if fm is not None:
                fm.constant = None
                if not fm.sources:
                    self.fields.remove(fm)
            return
        if fm is None:
            fm = FieldMapping(field=field_key)
            self.fields.append(fm)
        fm.constant = value

    def custom_fields(self) -> dict[str, Kind]:
        from core.mapping.catalog import CUSTOM_PREFIX, catalog_for

        base = catalog_for(self.target)
        prefix = CUSTOM_PREFIX[self.target]
        out: dict[str, Kind] = {}
        for fm in self.fields:
            if base.get(fm.field) is None and fm.field.startswith(prefix) and fm.field != prefix:
                out[fm.field[len(prefix):]] = fm.kind or Kind.TEXT
        return out

    def problems(self) -> list[str]:
        """Things a person should know before trusting this mapping (never raised, always shown)."""
        out = []
        uses: dict[str, list[str]] = {}
        for fm in self.fields:
            for s in fm.sources:
                uses.setdefault(s, []).append(fm.field)
        for col, fields in uses.items():
            if len(fields) > 1:
                out.append(f"Column '{col}' fills more than one field: {', '.join(fields)}")
        if self.headers:
            known = {norm_header(h) for h in self.headers}
            for fm in self.fields:
                for s in fm.sources:
                    if norm_header(s) not in known:
                        out.append(f"Column '{s}' (for {fm.field}) is not in this file")
        return out

    # -- files -------------------------------------------------------------------------------
    def to_json(self) -> str:
        return self.model_dump_json(indent=2, exclude_defaults=False)

    def save(self, path: str | Path) -> None:
        from core.safe_write import write_text

        write_text(path, self.to_json() + "\n")

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(p, N_("mapping file not found")) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise InputError(p, N_("not a readable mapping file ({kind}: {detail})").format(
                kind=e.__class__.__name__, detail=e)) from None
        except RecursionError:
            raise InputError(p, N_("not a readable mapping file (it is nested too deep to be one)")) from None
        if not isinstance(data, dict):
            raise InputError(p, N_("not a mapping file (expected a JSON object)"))
        version = data.get("version", MAPPING_VERSION)
        if not isinstance(version, int) or version > MAPPING_VERSION:
            raise InputError(p, N_("mapping version {version} is newer than this app understands ({known})").format(
                version=version, known=MAPPING_VERSION))
        try:
            mapping = cls.model_validate(data)
        except ValidationError as e:
            first = e.errors()[0]
            loc = ".".join(str(x) for x in first["loc"])
            raise InputError(p, N_("mapping file is not valid: {where}: {detail}").format(
                where=loc, detail=first["msg"])) from None
        unknown = mapping.unknown_fields()
        if unknown:
            raise InputError(p, _custom_hint(mapping.target).format(field=unknown[0]))
        return mapping

    def unknown_fields(self) -> list[str]:
        """Fields the target cannot receive (a hand edit's typo), in file order.

        Virtuous: anything outside the catalog and not ``customFields.<name>``. HubSpot: custom
        properties need no prefix, so only names that cannot be a property's internal name.
        """
        from core.mapping.catalog import CUSTOM_PREFIX, catalog_for

        base = catalog_for(self.target)
        prefix = CUSTOM_PREFIX[self.target]
        out = []
        for fm in self.fields:
            if base.get(fm.field) is not None:
                continue
            if self.target == "virtuous":
                ok = fm.field.startswith(prefix) and fm.field != prefix
            else:
                # associations.companyId/Domain/Name: the company a contact goes with, resolved by the app
                ok = bool(_HUBSPOT_PROPERTY.fullmatch(fm.field)) or fm.field.startswith("associations.")
            if not ok:
                out.append(fm.field)
        return out

    def rebind(self, headers: list[str]) -> tuple[Mapping, list[str]]:
        """This mapping applied to another file's headers by name; returns it and the missing columns.

        Header names are compared ignoring case, spaces and punctuation, so ``E-mail `` still finds ``Email``
        only when they normalise equal (``email``); anything else is reported missing, never guessed.
        """
        by_norm = {norm_header(h): h for h in headers}
        missing: list[str] = []
        new = self.model_copy(deep=True)
        new.headers = list(headers)
        for fm in new.fields:
            rebound = []
            for s in fm.sources:
                if s in headers:
                    rebound.append(s)
                elif norm_header(s) in by_norm:
                    rebound.append(by_norm[norm_header(s)])
                else:
                    missing.append(s)
            fm.sources = rebound
        new.fields = [fm for fm in new.fields if fm.sources or fm.constant is not None]
        return new, missing


#: Separators accepted between a value and its replacement, one pair a line (the first found wins).
VALUE_MAP_SEPARATORS = ("→", "->", "=>", "=")


def parse_value_map(text: str) -> dict[str, str]:
    """Lines like ``Y → Yes``, ``Y -> Yes`` or ``Y = Yes`` into a dict; blank lines are skipped."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        for sep in VALUE_MAP_SEPARATORS:
            if sep in line:
                src, _, dst = line.partition(sep)
                if src.strip():
                    out[src.strip()] = dst.strip()
                break
    return out


def format_value_map(value_map: dict[str, Any]) -> str:
    """The inverse of ``parse_value_map``, for showing a saved map (true/false as Yes/No)."""
    return "\n".join(f"{k} → {_value_text(v)}" for k, v in value_map.items())


def _value_text(v: Any) -> str:
    if isinstance(v, bool):
        return "Yes" if v else "No"
    return "" if v is None else str(v)


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


#: HubSpot internal property names: lower-case letters, digits and underscores.
_HUBSPOT_PROPERTY = re.compile(r"[a-z][a-z0-9_]*")


def _custom_hint(target: str) -> str:
    """The sentence for a field the CRM does not have, with how its own fields are written."""
    if target == "virtuous":
        return N_("field '{field}' is not a Virtuous field (a custom field is written customFields.<name>)")
    return N_("field '{field}' is not a Hubspot field (HubSpot property names are lower-case letters, digits and _)")


def norm_header(text: str) -> str:
    """Header text reduced to lower-case letters and digits, for matching."""
    return _norm_text(str(text))


@lru_cache(maxsize=8192)
def _norm_text(text: str) -> str:
    # Suggesting a mapping compares every header with every field's synonyms: the same few hundred
    # strings normalised thousands of times, on the window's thread when an account arrives.
    return _NON_ALNUM.sub("", text.lower())
