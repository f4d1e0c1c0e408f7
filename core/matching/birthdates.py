"""A date of birth the file has and the CRM's import does not: read for finding duplicates only.

Virtuous's contact import has no date-of-birth field, so a "DOB" column is left unmapped and is never
sent; yet it is the strongest sign that two rows with different first names are one person (and that
two people at one address are not). When the mapping feeds no date-of-birth field, the column whose
header reads as one (the words the mapping knows for HubSpot's ``date_of_birth``, and values that are
dates) is read here, by sheet row, and handed to the duplicate search beside the checked rows. It
never enters the checked rows, so nothing in a payload changes.
"""

from __future__ import annotations

from typing import Any

from core.mapping.automap import candidates, table_columns
from core.mapping.catalog import HUBSPOT_FIELDS, Catalog
from core.mapping.model import Mapping
from core.matching.frame import SOURCES, norm_date
from core.records import Table
from core.validation.columns import SCAN_ROWS, date_order_of
from core.validation.normalize import date

#: The field whose header words and synonyms say "date of birth" (the mapping's own list).
_BIRTH_FIELD = next(fd for fd in HUBSPOT_FIELDS if fd.key == "date_of_birth")


def _mapped_dob(mapping: Mapping) -> bool:
    """Whether the mapping feeds a field the duplicate search reads a date of birth from."""
    keys = set(SOURCES[mapping.target]["dob"])
    return any(fm.field in keys and (fm.sources or fm.constant not in (None, "")) for fm in mapping.fields)


def birth_date_column(table: Table, mapping: Mapping) -> str | None:
    """The header of the unmapped column that holds each person's date of birth, when the mapping feeds
    no date-of-birth field; None when it does, or no column reads as one (someone else's, such as
    "Spouse DOB", does not; nor a column whose values are not dates)."""
    if _mapped_dob(mapping):
        return None
    used = {s for fm in mapping.fields for s in fm.sources}
    free = [i for i, h in enumerate(table.headers) if h not in used]
    if not free:
        return None
    columns = table_columns(table)
    cands = candidates([table.headers[i] for i in free], [columns[i] for i in free], Catalog("hubspot", [_BIRTH_FIELD]))
    if not cands:
        return None
    best = max(cands, key=lambda c: c.score)  # the first of equals
    return table.headers[free[best.column]]


def birth_dates(table: Table | None, mapping: Mapping) -> dict[int, str]:
    """Sheet row → its date of birth (YYYY-MM-DD) from ``birth_date_column``; empty when there is none.
    A cell that is not a whole date (blank, a year alone, words) gives that row none."""
    if table is None:
        return {}
    header = birth_date_column(table, mapping)
    if header is None:
        return {}
    j = table.column(header)
    order: str = mapping.date_order
    if order == "auto":  # as the check reads a date column: a day over 12 somewhere settles the order
        texts = dict.fromkeys(v.strip() for rec in table.records[:SCAN_ROWS]
                              if j < len(rec.values) and isinstance(v := rec.values[j], str))
        order = date_order_of([t for t in texts if t])[0]
    out: dict[int, str] = {}
    for rec in table.records:
        cell: Any = rec.values[j] if j < len(rec.values) else None
        if cell in (None, ""):
            continue
        value, problem = date(cell, order)
        # A date that is not a real one but written as one ("1956-02-30", a typo) is compared as typed,
        # as the duplicate search compares a HubSpot date of birth the check could not read.
        day = norm_date(value) if problem is None else norm_date(cell)
        if day:
            out[rec.row] = day
    return out
