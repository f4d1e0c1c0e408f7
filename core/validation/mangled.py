"""Values as spreadsheets mangle them, put right before checking, each with a warning naming the row.

- A US ZIP that Excel stored as a number lost its leading zero (``2134`` for Boston's ``02134``).
  It is restored only when the row's state is one whose ZIPs start with 0, or, with no state, when
  the rest of the column is five-digit ZIPs; four digits are a whole postcode in Australia,
  Switzerland or Denmark, so a non-US country, another state or a column of four-digit codes
  leaves the value alone.
- Two emails in one cell (``bob@x.org; mary@x.org``): the first is the email, the others are named
  in a warning and not sent. Neither batch API takes a second email on create (Virtuous's contact
  has one ``email``; HubSpot's ``hs_additional_emails`` is read-only there, see
  docs/api-hubspot.md).
- Several phone numbers in one cell (``503-555-0145 / 503-555-0199``): the first is the phone, the
  others are named in a warning, as for emails (a number with an extension, ``x123``, is one number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from core.mapping.apply import MappedRow
from core.mapping.catalog import Kind, catalog_for
from core.mapping.model import Mapping
from core.records import Table
from core.validation.issues import Issue
from core.validation.normalize import as_text, state
from core.words import N_

ZIP_RESTORED = "zip.leading_zero"
EMAIL_EXTRA = "email.extra"
PHONE_EXTRA = "phone.extra"

#: States (and the military "AE") whose ZIP codes begin with 0 (USPS ranges 005-099).
ZERO_STATES = frozenset({"CT", "MA", "ME", "NH", "NJ", "NY", "PR", "RI", "VT", "VI", "AE"})
_US = frozenset({"us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "america"})
_FOUR = re.compile(r"\d{4}(-\d{4})?")
_FIVE = re.compile(r"\d{5}(-\d{4})?")
_EMAIL_SPLIT = re.compile(r"[;,\s/|]+")
#: Between two phone numbers in one cell: ; , / | & "or" "and" or a line break (not a space or a dash:
#: those are inside numbers).
_PHONE_SPLIT = re.compile(r"\s*(?:[;,/|&\n]|\bor\b|\band\b|\by\b|\bo\b)\s*", re.IGNORECASE)
#: A quick look first (0.8 µs, the split above takes 5 µs): most phone cells hold one number.
_PHONE_MAYBE_SEVERAL = re.compile(r"[;,/|&\n]| or | and | y | o ", re.IGNORECASE)
#: Share of a column's ZIPs that must be five digits for a four-digit one to count as a lost zero.
COLUMN_SHARE = 0.8

_ZIP_FIELDS = ("zip", "postal")


class Mangled:
    """Fixes rows of one table under one mapping; ``issues`` holds the warnings of the last ``fix``."""

    def __init__(self, table: Table | None, mapping: Mapping, *, column_says_zip5: bool | None = None) -> None:
        """``column_says_zip5`` is given instead of ``table`` where the whole column is not at hand
        (a worker checking one chunk of it)."""
        catalog = catalog_for(mapping.target, mapping.custom_fields())
        self._emails = [fd.key for fd in catalog.fields if fd.kind is Kind.EMAIL]
        self._phones = [fd.key for fd in catalog.fields if fd.kind is Kind.PHONE]
        self._zip = next((k for k in _ZIP_FIELDS if catalog.get(k) is not None), None)
        if column_says_zip5 is None:
            column_says_zip5 = self._zip is not None and table is not None \
                and _column_is_zip5(table, mapping, self._zip)
        self.column_says_zip5 = column_says_zip5

    def fix(self, mrow: MappedRow) -> list[Issue]:
        """Put the row's mangled values right, in place; the warnings saying what was done."""
        found: list[Issue] = []
        values = mrow.values
        for key in self._emails:
            raw = values.get(key)
            if raw.__class__ is str and raw.count("@") > 1:
                self._split_emails(mrow, key, raw, found)
        for key in self._phones:
            raw = values.get(key)
            if raw.__class__ is str and _PHONE_MAYBE_SEVERAL.search(raw):
                self._split_phones(mrow, key, raw, found)
        if self._zip is not None:
            raw = values.get(self._zip)
            if raw is not None:
                self._zip_zero(mrow, self._zip, raw, found)
        return found

    def _split_emails(self, mrow: MappedRow, key: str, raw: str, found: list[Issue]) -> None:
        parts = [p for p in _EMAIL_SPLIT.split(raw.strip()) if p]
        if len(parts) >= 2 and all("@" in p for p in parts):  # else the email check says what is wrong
            _keep_first(mrow, key, raw, parts, EMAIL_EXTRA, found, (
                N_("Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} is not "
                   "(a contact takes one email here)"),
                N_("Row {row}, column '{column}': the cell holds {n} emails; '{first}' is sent, {others} are not "
                   "(a contact takes one email here)")))

    def _split_phones(self, mrow: MappedRow, key: str, raw: str, found: list[Issue]) -> None:
        parts = [p.strip() for p in _PHONE_SPLIT.split(raw.strip()) if p and p.strip()]
        if len(parts) >= 2 and all(sum(c.isdigit() for c in p) >= 7 for p in parts):  # else one number
            _keep_first(mrow, key, raw, parts, PHONE_EXTRA, found, (
                N_("Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} "
                   "is not (a contact takes one number here)"),
                N_("Row {row}, column '{column}': the cell holds {n} phone numbers; '{first}' is sent, {others} "
                   "are not (a contact takes one number here)")))

    def _zip_zero(self, mrow: MappedRow, key: str, raw: Any, found: list[Issue]) -> None:
        text = as_text(raw).strip()
        if not _FOUR.fullmatch(text):
            return
        country = as_text(mrow.values.get("country", "")).strip().lower()
        if country and country not in _US:
            return
        st = mrow.values.get("state")
        if st is not None and as_text(st).strip():
            code, _ = state(st)
            if code not in ZERO_STATES:
                return
            why = N_("{state} ZIP codes start with 0").format(state=code)
        elif self.column_says_zip5:
            why = N_("the rest of the column is five-digit ZIP codes")
        else:
            return
        fixed = "0" + text
        mrow.values[key] = fixed
        col = mrow.columns.get(key, key)
        found.append(Issue(mrow.row, ZIP_RESTORED, "warning", col, key, raw,
                           N_("Row {row}, column '{column}': '{value}' lost its leading zero in Excel ({problem}); "
                              "sent as '{fixed}'").format(row=mrow.row, column=col, value=text, problem=why,
                                                          fixed=fixed)))


def _column_is_zip5(table: Table, mapping: Mapping, key: str) -> bool:
    fm = mapping.for_field(key)
    if fm is None or len(fm.sources) != 1 or fm.sources[0] not in table.headers:
        return False
    j = table.column(fm.sources[0])
    five = four = other = 0
    for rec in table.records:
        v = rec.values[j] if j < len(rec.values) else None
        if v is None:
            continue
        text = v if v.__class__ is str else as_text(v)
        if _FIVE.fullmatch(text):
            five += 1
        elif _FOUR.fullmatch(text):
            four += 1
        else:
            other += 1
    total = five + four + other
    return total > 0 and five >= COLUMN_SHARE * total and four < five


def fix_rows(fixer: Mangled, rows: Iterable[MappedRow], out: dict[int, list[Issue]]) -> Iterable[MappedRow]:
    """Yield the rows fixed, collecting each row's warnings in ``out`` (row number → issues)."""
    for mrow in rows:
        issues = fixer.fix(mrow)
        if issues:
            out[mrow.row] = issues
        yield mrow


def _keep_first(mrow: MappedRow, key: str, raw: str, parts: list[str], code: str, found: list[Issue],
                said: tuple[str, str]) -> None:
    """Several values in a cell that takes one: the first is sent, the others named in a warning
    (``said``: the sentence for one other value and for several)."""
    first, others = parts[0], parts[1:]
    mrow.values[key] = first
    col = mrow.columns.get(key, key)
    listed = ", ".join(f"'{o}'" for o in others)
    found.append(Issue(mrow.row, code, "warning", col, key, raw, said[len(others) > 1].format(
        row=mrow.row, column=col, n=len(parts), first=first, others=listed)))
