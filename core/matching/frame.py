"""The comparison frame: each row reduced to the values that say who a person is, normalised so
that spelling habits (case, accents, "Street" vs "St", ZIP+4) do not hide a match.

Plain Python (no splink): the same frame feeds the engine, the evidence shown to a person and
the account comparison, so they never disagree about what a row's email or phone was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from core.matching.nicknames import canonical_first_name
from core.validation.issues import CheckedRow
from core.validation.normalize import as_text

#: Frame columns compared by the model, in the order evidence is shown.
COLUMNS = ("first_name", "surname", "email", "phone", "address", "postcode", "city", "dob")

#: What a person calls each column (evidence, results file, CLI).
LABELS = {
    "first_name": "first name", "surname": "last name", "email": "email", "phone": "phone",
    "address": "address", "postcode": "postal code", "city": "city", "dob": "date of birth",
}

#: Columns that identify a person on their own; address, postcode and city only locate a household.
PERSONAL = ("first_name", "email", "phone", "dob")

#: Where each frame column comes from, per target (first non-blank field wins).
SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "virtuous": {
        "first_name": ("firstName",), "surname": ("lastName",), "email": ("email",), "phone": ("phone",),
        "address": ("address1",), "address2": ("address2",), "postcode": ("postal",), "city": ("city",),
        "dob": (),
    },
    "hubspot": {
        "first_name": ("firstname",), "surname": ("lastname",), "email": ("email",),
        "phone": ("phone", "mobilephone"), "address": ("address",), "address2": (), "postcode": ("zip",),
        "city": ("city",), "dob": ("date_of_birth",),
    },
}

_STREET_WORDS = {
    "street": "st", "str": "st", "avenue": "ave", "av": "ave", "road": "rd", "drive": "dr", "lane": "ln",
    "court": "ct", "place": "pl", "boulevard": "blvd", "terrace": "ter", "circle": "cir", "highway": "hwy",
    "parkway": "pkwy", "square": "sq", "north": "n", "south": "s", "east": "e", "west": "w",
    "apartment": "apt", "suite": "ste", "unit": "apt", "#": "apt",
}
_NON_WORD = re.compile(r"[^\w#]+", re.UNICODE)
_DIGITS = re.compile(r"\D+")
_ZIP4 = re.compile(r"\d{5}-?\d{4}")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d.*")


@dataclass(slots=True)
class Person:
    """One row as the matcher sees it; ``row`` is the sheet row (also splink's ``unique_id``).
    Not frozen: a frozen dataclass's __init__ costs several times more, at 200,000 rows a second or more."""

    row: int
    first_name: str | None = None
    first_canon: str | None = None
    first_initial: str | None = None
    surname: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    dob: str | None = None
    crm_id: str | None = None
    street_no: str | None = None
    street: str | None = None
    names: str | None = None

    def value(self, column: str) -> str | None:
        return getattr(self, column)

    def identifying(self) -> int:
        """How many columns carry a value (a row with none cannot be matched)."""
        return sum(1 for c in COLUMNS if getattr(self, c))

    def as_dict(self) -> dict[str, Any]:
        return {"unique_id": self.row, "first_name": self.first_name, "first_canon": self.first_canon,
                "first_initial": self.first_initial, "surname": self.surname, "email": self.email,
                "phone": self.phone, "address": self.address, "postcode": self.postcode, "city": self.city,
                "dob": self.dob, "street_no": self.street_no, "street": self.street, "names": self.names}


def _fold(text: str) -> str:
    """Lower-case, drop accents from Latin letters only (a Devanagari vowel sign is not an accent)."""
    if text.isascii():  # most names: no accents to look for (the loop below is 10x slower)
        return text.lower()
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def norm_name(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = _NON_WORD.sub(" ", _fold(as_text(value))).replace("_", " ")
    text = " ".join(text.split())
    return text or None


def norm_address(line1: Any, line2: Any = None) -> str | None:
    parts: list[str] = []
    for v in (line1, line2):
        if v in (None, ""):
            continue
        words = _NON_WORD.sub(" ", _fold(as_text(v)).replace("#", " # ")).split()
        parts.extend(_STREET_WORDS.get(w, w) for w in words)
    return " ".join(parts) or None


#: Street words spelt out, so that a street is compared without its spaces ("chillagoe st",
#: "chillagoestreet" and "chillagoe s treet" are one street typed three ways).
_LONG_WORDS = {short: long for long, short in _STREET_WORDS.items() if len(long) > 2 and short != "apt"} | {
    "st": "street", "ave": "avenue", "cres": "crescent", "cct": "circuit", "cl": "close"}


def split_address(address: str | None) -> tuple[str | None, str | None]:
    """("12", "oakstreet") from "12 oak st": the house number and the street compared apart, so a
    typo in one does not hide the other ("12a" and "12-14" are numbers too); the street with its
    words spelt out and no spaces (a space typed or lost is not another street)."""
    if not address:
        return None, None
    head, _, rest = address.partition(" ")
    number = None
    if rest and any(ch.isdigit() for ch in head):
        number, address = head, rest
    street = "".join(_LONG_WORDS.get(w, w) for w in address.split())
    return number, street or None


def norm_postcode(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = "".join(as_text(value).split()).upper()
    if len(text) >= 9 and _ZIP4.fullmatch(text):  # ZIP+4: the first five digits say where
        text = text[:5]
    if isinstance(value, (int, float)) and not isinstance(value, bool) and len(text) < 5 and text.isdigit():
        text = text.zfill(5)  # a spreadsheet ate the leading zero of 02134
    return text or None


def norm_phone(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = as_text(value).split(" ext", 1)[0]
    digits = _DIGITS.sub("", text)
    # "+1 646…" (checked, E.164) and "(646) …" (as typed, when the check could not read it) must
    # compare equal: the last ten digits are the national number in most numbering plans.
    return digits[-10:] if len(digits) >= 7 else None


def norm_email(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = as_text(value).strip().lower()
    return text if "@" in text else None


def norm_date(value: Any) -> str | None:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    text = as_text(value).strip()
    return text[:10] if _ISO_DATE.fullmatch(text) else None


def _first(values: Mapping[str, Any], raw: Mapping[str, Any], keys: Iterable[str]) -> Any:
    for k in keys:
        v = values.get(k) or raw.get(k)  # rows with check problems still take part, with what was typed
        if v:
            return v
    return None


_MISS = object()


class _Normaliser:
    """Normal forms remembered for one batch of rows: a file repeats its first names, surnames,
    towns, streets and postal codes, so each distinct text is normalised once and its normal form
    kept once (200,000 rows held 200,000 copies of "portland" before). Only text is remembered:
    ``1`` and ``True`` are equal dictionary keys but not the same postal code."""

    def __init__(self) -> None:
        self.first: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.name: dict[str, str | None] = {}
        self.address: dict[tuple[Any, Any], tuple[str | None, str | None, str | None]] = {}
        self.postcode: dict[str, str | None] = {}
        self.phone: dict[str, str | None] = {}
        self.names: dict[tuple[str, str], str] = {}

    def first_name(self, value: Any) -> tuple[str | None, str | None, str | None]:
        """(name, its formal form, its initial)."""
        out = self.first.get(value, _MISS) if type(value) is str else _MISS
        if out is _MISS:
            first = norm_name(value)
            first_word = first.split()[0] if first and " " in first else first  # "mary ann" compares as "mary"
            out = (first, canonical_first_name(first_word), first[0] if first else None)
            if type(value) is str:
                self.first[value] = out
        return out  # type: ignore[return-value]

    def _memo(self, memo: dict[Any, Any], fn: Any, value: Any) -> Any:
        if type(value) is not str:
            return fn(value)
        out = memo.get(value, _MISS)
        if out is _MISS:
            out = memo[value] = fn(value)
        return out

    def surname(self, value: Any) -> str | None:
        return self._memo(self.name, norm_name, value)

    def city(self, value: Any) -> str | None:
        return self._memo(self.name, norm_name, value)

    def postal(self, value: Any) -> str | None:
        return self._memo(self.postcode, norm_postcode, value)

    def phone_number(self, value: Any) -> str | None:
        return self._memo(self.phone, norm_phone, value)

    def home(self, line1: Any, line2: Any) -> tuple[str | None, str | None, str | None]:
        """(address, house number, street)."""
        key = (line1, line2)
        hashable = type(line1) in (str, type(None)) and type(line2) in (str, type(None))
        out = self.address.get(key, _MISS) if hashable else _MISS
        if out is _MISS:
            address = norm_address(line1, line2)
            out = (address, *split_address(address))
            if hashable:
                self.address[key] = out
        return out  # type: ignore[return-value]

    def both_names(self, first: str | None, surname: str | None) -> str | None:
        if not (first and surname):
            return None
        key = (first, surname)
        out = self.names.get(key)
        if out is None:
            out = self.names[key] = "|".join(sorted(key))
        return out

    def person(self, row: int, src: Mapping[str, tuple[str, ...]], values: Mapping[str, Any],
               raw: Mapping[str, Any], crm_id: str | None = None) -> Person:
        first, canon, initial = self.first_name(_first(values, raw, src["first_name"]))
        surname = self.surname(_first(values, raw, src["surname"]))
        address, street_no, street = self.home(_first(values, raw, src["address"]),
                                               _first(values, raw, src["address2"]))
        return Person(row, first, canon, initial, surname, norm_email(_first(values, raw, src["email"])),
                      self.phone_number(_first(values, raw, src["phone"])), address,
                      self.postal(_first(values, raw, src["postcode"])), self.city(_first(values, raw, src["city"])),
                      norm_date(_first(values, raw, src["dob"])), crm_id, street_no, street,
                      self.both_names(first, surname))


def person_from_values(row: int, target: str, values: Mapping[str, Any], raw: Mapping[str, Any] | None = None,
                       crm_id: str | None = None, normaliser: _Normaliser | None = None) -> Person:
    """Reduce one row's target-field values to a ``Person``. ``normaliser``: one shared by the rows
    of a batch (see ``people_from_rows``), so that repeated values are normalised once."""
    return (normaliser or _Normaliser()).person(row, SOURCES[target], values, raw or _NO_RAW, crm_id)


_NO_RAW: dict[str, Any] = {}


#: A ``Person``'s values in the order its constructor takes them after ``row`` (``crm_id`` stays None in a file).
FIELDS = ("first_name", "first_canon", "first_initial", "surname", "email", "phone", "address", "postcode", "city",
          "dob", "crm_id", "street_no", "street", "names")


class Frame:
    """The comparison frame column by column: the sheet rows and one list per ``Person`` field. The
    engine's table is built from these lists and the blocking rules are counted on them.

    A file's frame is made as columns (``frame_from_rows``): no ``Person`` per row, only for the rows
    asked for (``persons``: those the search paired). Once the engine holds it as an Arrow table
    (``as_arrow``) the lists are let go and a column asked for again is read back from the table.
    ``Frame(people)`` reads a list of ``Person`` (an account's people) column by column on demand."""

    def __init__(self, people: Sequence[Person] = (), *, rows: list[int] | None = None,
                 columns: dict[str, list[Any]] | None = None) -> None:
        self._people: Sequence[Person] | None = people if rows is None else None
        self._rows = rows
        self._cols: dict[str, list[Any]] = dict(columns or {})
        self._arrow: Any = None

    def __len__(self) -> int:
        return len(self._rows) if self._rows is not None else len(self._people or ())

    def __getitem__(self, col: str) -> list[Any]:
        """A column's values in row order (``"row"``: the sheet rows); a field not made is blank."""
        if col == "row" and self._rows is not None:
            return self._rows
        out = self._cols.get(col)
        if out is not None:
            return out
        if self._people is not None:
            out = self._cols[col] = list(map(attrgetter(col), self._people))
        elif self._arrow is not None:  # let go for the engine: read back, not kept
            return self._arrow.column("unique_id" if col == "row" else col).to_pylist()
        else:
            out = self._cols[col] = [None] * len(self)
        return out

    def keep(self, which: Sequence[bool]) -> Frame:
        """The rows where ``which`` is true."""
        if self._people is not None:
            return Frame([p for p, k in zip(self._people, which, strict=True) if k])
        cols = {c: [v for v, k in zip(self[c], which, strict=True) if k] for c in ("row", *FIELDS)}
        rows = cols.pop("row")
        return Frame(rows=rows, columns=cols)

    def persons(self, rows: Iterable[int] | None = None) -> dict[int, Person]:
        """Sheet row → ``Person`` for these rows (every row when None)."""
        wanted = None if rows is None else set(rows)
        if self._people is not None:
            return {p.row: p for p in self._people if wanted is None or p.row in wanted}
        ids = self["row"]
        at = range(len(ids)) if wanted is None else [i for i, r in enumerate(ids) if r in wanted]
        if self._arrow is not None:
            import pyarrow as pa

            taken = self._arrow.take(pa.array(list(at), pa.int64())) if at else None
            got = {c: taken.column(c).to_pylist() if taken is not None and c in taken.column_names else
                   [None] * len(at) for c in FIELDS}
            return {ids[i]: Person(ids[i], *(got[c][j] for c in FIELDS)) for j, i in enumerate(at)}
        cols = [self[c] for c in FIELDS]
        return {ids[i]: Person(ids[i], *(col[i] for col in cols)) for i in at}

    def people(self) -> list[Person]:
        """A ``Person`` per row, in row order."""
        if self._people is not None:
            return list(self._people)
        return list(self.persons().values())

    def as_arrow(self, cols: Sequence[str]) -> Any:
        """The frame as an Arrow table of ``unique_id`` (the sheet row) and ``cols`` (text). A file's
        frame keeps the table and lets its lists go: the engine's table then holds the only copy."""
        import pyarrow as pa

        if self._arrow is not None and set(cols) <= set(self._arrow.column_names):
            return self._arrow.select(["unique_id", *(c for c in cols if c != "unique_id")])
        schema = pa.schema([("unique_id", pa.int64())] + [(c, pa.string()) for c in cols if c != "unique_id"])
        table = pa.table({c: self["row" if c == "unique_id" else c] for c in schema.names}, schema=schema)
        if self._people is None:
            self._arrow, self._cols = table, {}
        return table


def _picker(kept: Sequence[CheckedRow]) -> Callable[[tuple[str, ...]], list[Any]]:
    """``pick(keys)``: each row's first non-blank value of ``keys`` (as ``_first``), read from the
    rows' value tuples by position, worked out once per key set (most files have one): no dict per
    row. Rows with check problems take part with what was typed where their value is blank."""
    tuples = [r.value_tuple for r in kept]
    by_keys: dict[tuple[str, ...], list[int]] = {}
    for i, r in enumerate(kept):
        by_keys.setdefault(r.keys(), []).append(i)
    typed: dict[int, dict[str, Any]] = {}
    for i, r in enumerate(kept):
        raw = {issue.field: issue.value for issue in r.issues if issue.value not in (None, "")} if r.issues else None
        if raw:
            typed[i] = dict(r.values)
            for k, v in raw.items():
                if not typed[i].get(k):
                    typed[i][k] = v

    def pick(keys: tuple[str, ...]) -> list[Any]:
        out: list[Any] = [None] * len(tuples)
        for ks, at in by_keys.items() if keys else ():
            pos = [ks.index(k) for k in keys if k in ks]
            if len(pos) == 1:
                p = pos[0]
                for i in at:
                    out[i] = tuples[i][p] or None
            elif pos:
                for i in at:
                    t = tuples[i]
                    out[i] = next((v for v in (t[p] for p in pos) if v), None)
        for i, merged in typed.items() if keys else ():
            out[i] = next((v for v in map(merged.get, keys) if v), None)
        return out

    return pick


def frame_from_rows(rows: Iterable[CheckedRow], target: str) -> Frame:
    """Every row that is not left out, with its identifying values (invalid ones as typed).

    Built column by column (``_picker``), each column normalised with its distinct values remembered."""
    src = SOURCES[target]
    kept = [r for r in rows if not r.excluded]
    column = _picker(kept)

    def each(fn: Any, keys: tuple[str, ...], blank: Any = None) -> list[Any]:  # a blank is blank in every form
        return [blank if v is None else fn(v) for v in column(keys)]

    norm = _Normaliser()
    firsts = each(norm.first_name, src["first_name"], (None, None, None))
    surnames = each(norm.surname, src["surname"])
    line2 = column(src["address2"])
    homes = [(None, None, None) if a is None and b is None else norm.home(a, b)
             for a, b in zip(column(src["address"]), line2, strict=True)]
    first_names = [f[0] for f in firsts]
    cols = {
        "first_name": first_names, "first_canon": [f[1] for f in firsts], "first_initial": [f[2] for f in firsts],
        "surname": surnames, "email": each(norm_email, src["email"]), "phone": each(norm.phone_number, src["phone"]),
        "address": [h[0] for h in homes], "postcode": each(norm.postal, src["postcode"]),
        "city": each(norm.city, src["city"]), "dob": each(norm_date, src["dob"]),
        "street_no": [h[1] for h in homes], "street": [h[2] for h in homes],
        "names": list(map(norm.both_names, first_names, surnames)),
    }
    return Frame(rows=[r.row for r in kept], columns=cols)


def people_from_rows(rows: Iterable[CheckedRow], target: str) -> list[Person]:
    """``frame_from_rows`` as a ``Person`` per row."""
    return frame_from_rows(rows, target).people()


def mapped_columns(people: Iterable[Person] | Frame) -> list[str]:
    """Frame columns with values, leaving out a column that holds one value in every row that has
    one (three or more): it says nothing about who is who ("Smith" pasted down a whole column)."""
    frame = people if isinstance(people, Frame) else Frame(list(people))
    out = []
    for c in COLUMNS:
        values = [v for v in frame[c] if v]
        if values and not (len(values) >= 3 and values.count(values[0]) == len(values)):
            out.append(c)
    return out
