"""Problems found in a row: a stable code for tools, a severity, and a sentence for a person."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

Severity = Literal["error", "warning"]

# Stable codes (report.csv, results files and tests rely on them; add, never rename).
EMAIL_INVALID = "email.invalid"
EMAIL_DUPLICATE = "email.duplicate"
PHONE_INVALID = "phone.invalid"
DATE_INVALID = "date.invalid"
DATE_AMBIGUOUS = "date.ambiguous"
DATE_PARTIAL = "date.partial"  # a year or a month only: a date field cannot hold it
CURRENCY_MIXED = "number.currency_mixed"  # the column mixes currencies; the amount is sent without its sign
BOOL_INVALID = "bool.invalid"
INT_INVALID = "int.invalid"
NUMBER_INVALID = "number.invalid"
OPTION_INVALID = "option.invalid"
REQUIRED_MISSING = "required.missing"
NAME_DERIVED = "name.derived"
TYPE_NORMALISED = "type.normalised"
FIELD_UNKNOWN = "field.unknown"  # the account has no such field (property / custom field)
TYPE_UNKNOWN = "type.unknown"  # Virtuous: contact, email or phone type the account does not have
TAG_UNKNOWN = "tag.unknown"
EMAIL_LIST_UNKNOWN = "emaillist.unknown"
SEGMENT_UNKNOWN = "segment.unknown"
NAME_AMBIGUOUS = "name.ambiguous"  # an event / opportunity / company name matching several
NAME_UNKNOWN = "name.unknown"  # … or none


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with one value of one row. ``error`` keeps the row from being sent."""

    row: int
    code: str
    severity: Severity
    column: str
    field: str
    value: Any
    message: str


class Wire(NamedTuple):
    """A checked row as a checking process sends it back (``CheckedRow.wire``, ``CheckedRow.from_wire``)."""

    row: int
    keys: tuple[str, ...]
    #: Each value, or None where it is the record's own string (``refs`` says which column).
    values: tuple[Any, ...]
    #: The record's column each value is, or -1 for a value made by checking (sent in ``values``).
    refs: tuple[int, ...]
    issues: list[Issue]
    derived_id: str | None

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as a plain tuple made into a Wire again in C: the default (a Python ``__new__`` per
        # row) tripled the cost of pickling a chunk, and this is paid 200,000 times a check.
        return tuple.__new__, (Wire, tuple(self))

#: How many distinct made-up values ``CheckedRow.from_wire`` keeps one copy of: enough for every date
#: of a few decades and every state; unique values (phone numbers) fill it once, then are only looked up.
SEEN_MAX = 20_000

#: Each distinct set of field keys, kept once: rows of one file share a handful of them.
_KEYSETS: dict[tuple[str, ...], tuple[str, ...]] = {}
#: A wire row's pattern of shared values → where its made values sit (``CheckedRow.from_wire``).
_MADE: dict[tuple[int, ...], tuple[int, ...]] = {}


class CheckedRow:
    """A row after checking: the normalised values that will be sent, and what was wrong.

    200,000 of these stay in memory from checking to sending, so the values are kept as a tuple
    beside a key tuple shared by every row with the same fields, not as a dict per row (a third
    of the size). ``values`` is a read-only mapping (writing to it raises ``TypeError``); to change
    them, assign ``values`` a whole new mapping: ``row.values = {**row.values, key: value}``.
    """

    __slots__ = ("row", "_keys", "_vals", "issues", "excluded", "excluded_reason", "derived_id")

    def __init__(self, row: int, values: dict[str, Any], issues: list[Issue] | None = None,
                 excluded: bool = False, excluded_reason: tuple[str, str] | None = None) -> None:
        self.row = row
        self.values = values
        self.issues: list[Issue] = issues if issues is not None else []
        self.excluded = excluded  # a person chose not to send it
        #: (code, sentence) when the row was left out by a duplicate decision rather than by hand.
        self.excluded_reason = excluded_reason

    #: The Virtuous referenceId derived from these values (``core.targets.reference_ids.file_free_id``),
    #: made by the checking process while the row was at hand: made here afterwards, from 200,000 rows
    #: spread over memory, it took a second. None when not made; replacing the values forgets it. Kept as
    #: the text itself, which the batches' items then share (as an 80-bit number it was 72 MB more at a million rows).
    derived_id: str | None

    @property
    def values(self) -> Mapping[str, Any]:
        return MappingProxyType(dict(zip(self._keys, self._vals, strict=True)))

    @values.setter
    def values(self, values: Mapping[str, Any]) -> None:
        keys = tuple(values)
        self._keys = _KEYSETS.setdefault(keys, keys)
        self._vals = tuple(values.values())
        self.derived_id = None

    def items(self) -> Iterator[tuple[str, Any]]:
        """(key, value) pairs without building the dict (payloads walk every row)."""
        return zip(self._keys, self._vals, strict=True)

    @property
    def value_tuple(self) -> tuple[Any, ...]:
        """The values in the order of ``keys()``, without building the dict (read by position)."""
        return self._vals

    def keys(self) -> tuple[str, ...]:
        """The value keys in order, without building the dict (a tuple shared by rows with the same fields)."""
        return self._keys

    def get(self, key: str, default: Any = None) -> Any:
        """One value without building the dict (the payload and duplicate paths ask for a few)."""
        keys = self._keys
        return self._vals[keys.index(key)] if key in keys else default  # a missing key is common: no exception

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CheckedRow):
            return NotImplemented
        return (self.row, self.values, self.issues, self.excluded, self.excluded_reason) == \
            (other.row, other.values, other.issues, other.excluded, other.excluded_reason)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return (f"CheckedRow(row={self.row!r}, values={self.values!r}, issues={self.issues!r}, "
                f"excluded={self.excluded!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        # The key tuple is shared by many rows, and pickle sends a shared object once per call.
        return (_checked_row, (self.row, self._keys, self._vals, self.issues, self.excluded, self.excluded_reason))

    def wire(self, source: list[Any], wiring: Wiring) -> Wire:
        """This row to send back from a checking process, sharing what it can with ``source``.

        Most checked values *are* strings of the record they were checked from (a stripped cell
        that needed no stripping is the same object). Sent as themselves, each would arrive as a
        fresh copy beside the record's own; sent as the column they sit in, the other side puts the
        record's string back, and 200,000 checked rows cost a tuple each instead of a second copy of
        every cell (170 MB of 330 MB at 200,000 rows × 14 columns). ``wiring``: the column each
        field is read from (the mapping's), the one place its value can be the same object.
        """
        keys, vals = self._keys, self._vals
        n = len(source)
        refs = tuple([c if c < n and v is source[c] else -1
                      for c, v in zip(wiring.columns_of(keys), vals, strict=True)])
        refs = wiring.shared(refs)
        out = tuple([None if r >= 0 else v for v, r in zip(vals, refs, strict=True)])
        return Wire(self.row, keys, out, refs, self.issues, self.derived_id)

    @classmethod
    def from_wire(cls, wire: Wire, source: list[Any], seen: dict[str, str]) -> CheckedRow:
        """The row ``wire`` made, its shared values taken from ``source`` (the same record, here).

        A value made by checking (a state's code, an ISO date, a derived name) arrives as a new string
        for every row; ``seen`` keeps one of each (the first ``SEEN_MAX`` distinct ones, for one run),
        so a date that 5,000 rows share is held once.
        """
        row, keys, vals, refs, issues, derived = wire
        out = cls.__new__(cls)
        out.row, out.issues, out.excluded, out.excluded_reason = row, issues, False, None
        out.derived_id = derived
        out._keys = _KEYSETS.setdefault(keys, keys)
        got = [source[r] if r >= 0 else v for v, r in zip(vals, refs, strict=True)]
        made = _MADE.get(refs)  # rows share a few patterns: where the made values sit, worked out once each
        if made is None:
            made = tuple(i for i, r in enumerate(refs) if r < 0)
            if len(_MADE) < SEEN_MAX:
                _MADE[refs] = made
        for i in made:
            v = got[i]
            if v.__class__ is str:
                known = seen.get(v)
                if known is not None:
                    got[i] = known
                elif len(seen) < SEEN_MAX:
                    seen[v] = v
        out._vals = tuple(got)
        return out

    @property
    def status(self) -> str:
        """'excluded', 'error', 'warning' or 'ok' — the worst thing about the row."""
        if self.excluded:
            return "excluded"
        if not self.issues:  # most rows: no set to build
            return "ok"
        sev = {i.severity for i in self.issues}
        if "error" in sev:
            return "error"
        if "warning" in sev:
            return "warning"
        return "ok"

    @property
    def sendable(self) -> bool:
        issues = self.issues  # most rows have none: asked 200,000 times a step, the generator was the cost
        return not self.excluded and (not issues or all(i.severity != "error" for i in issues))



class Wiring:
    """What a checking process works out once for every row it sends back (``CheckedRow.wire``).

    ``columns``: the column each field is read from. Rows of one file share a handful of key sets and
    of patterns of shared values; each is worked out once, and the same pattern object sent for every
    row is pickled once per chunk rather than once per row.
    """

    #: A field read from no single column: never below a record's length.
    NONE = 1 << 62

    def __init__(self, columns: dict[str, int]) -> None:
        self.columns = columns
        self._plans: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._refs: dict[tuple[int, ...], tuple[int, ...]] = {}

    def columns_of(self, keys: tuple[str, ...]) -> tuple[int, ...]:
        plan = self._plans.get(keys)
        if plan is None:
            plan = self._plans[keys] = tuple(self.columns.get(k, self.NONE) for k in keys)
        return plan

    def shared(self, refs: tuple[int, ...]) -> tuple[int, ...]:
        if len(self._refs) < SEEN_MAX:
            return self._refs.setdefault(refs, refs)
        return self._refs.get(refs, refs)


def _checked_row(row: int, keys: tuple[str, ...], vals: tuple[Any, ...], issues: list[Issue], excluded: bool,
                 excluded_reason: tuple[str, str] | None) -> CheckedRow:
    """A pickled ``CheckedRow`` back (its keys kept once per distinct set here too)."""
    out = CheckedRow.__new__(CheckedRow)
    out.row, out.issues, out.excluded, out.excluded_reason = row, issues, excluded, excluded_reason
    out._keys = _KEYSETS.setdefault(keys, keys)
    out._vals = vals
    out.derived_id = None
    return out
