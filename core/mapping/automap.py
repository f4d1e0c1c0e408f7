"""Suggest a mapping from header names: synonyms first, fuzzy matching second, one column per field."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from core.mapping.catalog import Catalog, FieldDef, Kind, catalog_for
from core.mapping.model import FieldMapping, Mapping, norm_header

#: Below this a guess is not offered at all; a person maps the column.
MIN_CONFIDENCE = 0.72

#: Values every Virtuous contact needs and that a sheet almost never has as a column.
DEFAULT_CONSTANTS = {"virtuous": {"contactType": "Household"}, "hubspot": {}}


#: "Event attended Y/N", "Invited?": a header that asks a yes/no question.
_YES_NO = re.compile(r"\by\s*/\s*n\b|\byes\s*/\s*no\b|\btrue\s*/\s*false\b|\?", re.IGNORECASE)


def _yes_no_words(cat: Catalog) -> frozenset[str]:
    return frozenset(norm_header(s) for fd in cat.fields if fd.kind is Kind.BOOL for s in fd.synonyms
                     if len(norm_header(s)) >= 5)


class _Names:
    """A field's key, label and synonyms normalised once per suggestion, not once per header."""

    __slots__ = ("bool", "exact", "synonyms")

    def __init__(self, fd: FieldDef) -> None:
        self.exact = (norm_header(fd.key), norm_header(fd.label))
        self.synonyms = tuple(norm_header(s) for s in fd.synonyms)
        self.bool = fd.kind is Kind.BOOL


def _score(header: str, names: _Names, yes_no_words: frozenset[str] = frozenset()) -> float:
    h = norm_header(header)
    if not h:
        return 0.0
    if h in names.exact:
        return 1.0
    if not names.bool and (_YES_NO.search(header) or any(w in h for w in yes_no_words)):
        # A yes/no column ("Event attended Y/N") never fills a text field such as the event's name
        # by a partial match; only an exact synonym may still map it.
        return 0.97 if h in names.synonyms else 0.0
    best = 0.0
    for s in names.synonyms:
        if h == s:
            return 0.97
        if len(h) >= 4 and len(s) >= 4:
            best = max(best, fuzz.ratio(h, s) / 100.0 * 0.92)
            # "Email Address (home)" contains "emailaddress": a strong hint, not a certainty.
            if s in h and len(s) >= 5:
                best = max(best, 0.85)
    return best


def suggest_mapping(headers: list[str], target: str, catalog: Catalog | None = None) -> Mapping:
    """The best one-to-one assignment of columns to fields, each with its confidence."""
    cat = catalog or catalog_for(target)
    candidates: list[tuple[float, int, str, str]] = []
    yes_no = _yes_no_words(cat)
    fields = [(fd, _Names(fd)) for fd in cat.fields]
    for ci, header in enumerate(headers):
        for fd, names in fields:
            sc = _score(header, names, yes_no)
            if sc >= MIN_CONFIDENCE:
                candidates.append((sc, -ci, header, fd.key))
    candidates.sort(reverse=True)
    used_cols: set[str] = set()
    used_fields: set[str] = set()
    chosen: dict[str, tuple[str, float]] = {}
    for sc, _neg, header, key in candidates:
        if header in used_cols or key in used_fields:
            continue
        used_cols.add(header)
        used_fields.add(key)
        chosen[header] = (key, round(sc, 2))
    mapping = Mapping(target=target, headers=list(headers))  # type: ignore[arg-type]
    for header in headers:  # keep the sheet's column order
        if header in chosen:
            key, sc = chosen[header]
            mapping.fields.append(FieldMapping(field=key, sources=[header], confidence=sc))
    for key, value in DEFAULT_CONSTANTS[target].items():
        if mapping.for_field(key) is None:
            mapping.fields.append(FieldMapping(field=key, constant=value, confidence=0.5))
    return mapping
