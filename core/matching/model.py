"""The matching model as data: comparisons, fallback parameters and blocking rules for contact rows.

Plain Python (no splink), so this module costs nothing to import; ``engine.py`` turns it into a
splink model. Kept apart so the rules a person may ask about ("why were these two compared?") sit
in one readable place.

The model weighs evidence; it vetoes nothing. A shared address with different first names counts
strongly against a pair, and an exact date of birth with the same surname and address counts more
strongly for it; two different dates of birth count strongly against. The only rule outside the
model is the household guard in ``groups.py`` (different first names and no date of birth in
common are never one person).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Default match probability at and above which two rows are called the same person.
DEFAULT_THRESHOLD = 0.5

#: Files smaller than this are not trained on (EM needs enough duplicates to learn from);
#: the fallback parameters below are used instead.
MIN_TRAIN_ROWS = 1500

#: Most candidate pairs predicted in one go. About 430 bytes per pair were measured (18 million
#: pairs, 7.7 GB), so 3 million keeps the predict step near 1.3 GB.
MAX_COMPARISONS = 3_000_000


@dataclass(frozen=True)
class Level:
    """One comparison level: a name for the evidence, its SQL and its fallback m and u.

    ``sql`` uses ``{l}`` and ``{r}`` for this column on each side and ``{l:other}``-style names are
    spelt out in full (``"surname_l"``). ``tf``: adjust for how common the value is (``Smith``
    weighs less than ``Sebregts``). ``fixed``: m and u are kept as given, never trained."""

    label: str
    sql: str
    m: float
    u: float
    tf: bool = False
    fixed: bool = False


L, R = '"{c}_l"', '"{c}_r"'


def _exact(m: float, u: float, tf: bool = False) -> Level:
    return Level("exact", f"{L} = {R}", m, u, tf)


def _jw(x: float, m: float, u: float) -> Level:
    return Level(f"similar ≥{x}", f"jaro_winkler_similarity({L}, {R}) >= {x}", m, u)


def keystroke(a: str, b: str, min_len: int = 0) -> str:
    """SQL: one keystroke apart (a letter added, dropped or changed, or two letters swapped: one
    Damerau edit, two Levenshtein ones). A CASE, because DuckDB evaluates both sides of AND and OR,
    and its damerau_levenshtein is ~10x slower than levenshtein: it only runs on the few pairs of
    equal length two Levenshtein edits apart. NULL on either side is false. In a name of two or three
    letters one edit makes another name ("小明", "小红"; "Ann", "Ian"): ``min_len`` letters needed."""
    short = f"WHEN least(length({a}), length({b})) < {min_len} THEN false " if min_len else ""
    return (f"(CASE {short}WHEN levenshtein({a}, {b}) <= 1 THEN true "
            f"WHEN length({a}) = length({b}) AND levenshtein({a}, {b}) = 2 THEN damerau_levenshtein({a}, {b}) <= 1 "
            "ELSE false END)")


def _dl1(m: float, u: float, min_len: int = 0) -> Level:
    return Level("one keystroke", keystroke(L, R, min_len), m, u)


_SWAPPED_SQL = ('jaro_winkler_similarity("first_name_l", "surname_r") >= 0.85 AND '
                'jaro_winkler_similarity("surname_l", "first_name_r") >= 0.85')
_SWAPPED = Level("swapped with the last name", _SWAPPED_SQL, 0.04, 0.000005)
#: The same event seen from the surname: counted once (in the first name's comparison), so this
#: level weighs nothing (m = u, never trained). Without it two swapped names counted twice, more
#: than two names that agree, and "Thompson Ollie" outweighed another birthday and email.
_SWAPPED_AGAIN = Level("swapped (counted with the first name)", _SWAPPED_SQL, 0.01, 0.01, fixed=True)

#: One name agrees with the other row's other name ("Freya Hughes", "Hughes Fryea"): written in
#: the other field, the second one changed. Part of the first name's comparison only, so that one
#: agreeing name is counted once.
_OTHER_FIELD = Level("written as the other's last name",
                     'jaro_winkler_similarity("first_name_l", "surname_r") >= 0.92 OR '
                     'jaro_winkler_similarity("surname_l", "first_name_r") >= 0.92', 0.03, 0.0005)


def _either_blank(c: str) -> str:
    return f'("{c}_l" IS NULL OR "{c}_r" IS NULL)'


def _coalesce(sql: str) -> str:
    return f"coalesce({sql}, false)"


#: The address is one comparison over house number, street, postal code and city: they move
#: together (one house move would count three or four times as separate comparisons, and a
#: neighbour on the same street would look like the same person). Blank parts are neutral.
_SAME_NO = _coalesce('"street_no_l" = "street_no_r"') + f' OR ({_either_blank("street_no")})'
_SAME_NO = f"({_SAME_NO})"
_CLOSE_NO = f"""({keystroke('"street_no_l"', '"street_no_r"')} OR {_either_blank("street_no")})"""
_SAME_STREET = '"street_l" = "street_r"'
_CLOSE_STREET = ('(CASE WHEN "street_l" = "street_r" THEN true '
                 'WHEN jaro_winkler_similarity("street_l", "street_r") >= 0.88 THEN true '
                 f"""ELSE {keystroke('"street_l"', '"street_r"', 4)} END)""")
_POSTCODE = _coalesce('"postcode_l" = "postcode_r"')
_CITY = _coalesce('("city_l" = "city_r" OR jaro_winkler_similarity("city_l", "city_r") >= 0.88)')
_NO_PLACE = f'({_either_blank("postcode")} AND {_either_blank("city")})'
_SAME_PLACE = f"""({_POSTCODE} OR {_coalesce('"city_l" = "city_r"')} OR {_NO_PLACE})"""
_CLOSE_PLACE = f"""({keystroke('"postcode_l"', '"postcode_r"')} OR {_CITY} OR {_NO_PLACE})"""
_ADDRESS_BLANK = f'{_either_blank("street")} AND {_either_blank("postcode")} AND {_either_blank("city")}'

#: Per frame column: levels from most to least alike, then the (m, u) of "different". A blank on
#: either side is its own level with no weight (neutral). The m (share among true matches) and u
#: (share among random pairs) are starting values that training replaces; files too small to train
#: use them as they are. They were set from training runs on FEBRL 2 (see tests/data/linkage) and
#: our own generator, and rounded.
COMPARISONS: dict[str, tuple[tuple[Level, ...], tuple[float, float]]] = {
    "first_name": ((_exact(0.80, 0.01, tf=True), _SWAPPED, _OTHER_FIELD,
                    Level("nickname", '"first_canon_l" = "first_canon_r"', 0.06, 0.002),
                    _dl1(0.06, 0.003, 4), _jw(0.9, 0.02, 0.004),
                    Level("initial", 'length("first_name_l") = 1 OR length("first_name_r") = 1', 0.01, 0.003),
                    _jw(0.8, 0.01, 0.02)), (0.04, 0.958)),
    "surname": ((_exact(0.86, 0.002, tf=True), _SWAPPED_AGAIN, _dl1(0.06, 0.001, 4), _jw(0.9, 0.02, 0.002),
                 _jw(0.8, 0.01, 0.01)), (0.03, 0.985)),
    "email": ((_exact(0.70, 0.00002), _dl1(0.05, 0.00003, 6), _jw(0.96, 0.02, 0.00005)), (0.23, 0.99993)),
    "phone": ((_exact(0.72, 0.0002), Level("≤2 edits", f"levenshtein({L}, {R}) <= 2", 0.08, 0.0005)),
              (0.20, 0.9993)),
    "address": ((Level("same address", f"{_SAME_NO} AND {_SAME_STREET} AND {_SAME_PLACE}", 0.70, 0.0005),
                 Level("same address, typed differently", f"{_CLOSE_NO} AND {_CLOSE_STREET} AND {_CLOSE_PLACE}",
                       0.16, 0.0002),
                 Level("same street, another number", f"{_CLOSE_STREET} AND {_CLOSE_PLACE}", 0.01, 0.002),
                 Level("same postal code or town", f"({_POSTCODE} OR {_CITY})", 0.07, 0.02)), (0.06, 0.977)),
    "dob": ((_exact(0.86, 0.0002), _dl1(0.07, 0.002),
             Level("day and month swapped", 'substr("dob_l", 1, 4) = substr("dob_r", 1, 4) AND '
                   'substr("dob_l", 6, 2) = substr("dob_r", 9, 2) AND substr("dob_l", 9, 2) = substr("dob_r", 6, 2)',
                   0.01, 0.0001),
             Level("≤2 edits", f"levenshtein({L}, {R}) <= 2", 0.03, 0.01)), (0.03, 0.988)),
}

#: Blocking rules (columns that must be equal for a pair to be compared), loosest last. Chosen for
#: contact rows: a shared email or phone, a date of birth, a surname with the first initial, a postal
#: code with the first initial (typo in the surname), a nickname with the street (moved postal code),
#: the two names in either order (swapped), one row's first name as the other's surname and the
#: other way ("a~b": the left row's a equals the right row's b; swapped with a typo in one name),
#: the surname with the postal code, the address, the first
#: name with the street and city (house number and postal code mistyped). Not the first name with
#: the city or the street alone: a big city, or a "Main St" in every town, makes hundreds of
#: thousands of pairs for a handful of true ones.
BLOCKING: tuple[tuple[str, ...], ...] = (
    ("email",),
    ("phone",),
    ("dob",),
    ("surname", "first_initial"),
    ("postcode", "first_initial"),
    ("first_canon", "address"),
    ("names",),
    ("first_name~surname",),
    ("surname~first_name",),
    ("surname", "postcode"),
    ("address",),
    ("first_canon", "street", "city"),
)

#: Tighter stand-ins tried, in order, when a rule alone would produce too many pairs.
TIGHTER: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("dob",): (("dob", "first_initial"), ("dob", "surname")),
    ("surname", "first_initial"): (("surname", "first_canon"),),
    ("postcode", "first_initial"): (("postcode", "first_canon"),),
    ("email",): (("email", "first_initial"),),
    ("phone",): (("phone", "first_initial"),),
    ("first_canon", "address"): (("first_canon", "address", "surname"),),
    ("names",): (("names", "postcode"),),
    ("first_name~surname",): (("first_name~surname", "postcode"), ("first_name~surname", "city"),
                              ("first_name~surname", "dob")),
    ("surname~first_name",): (("surname~first_name", "postcode"), ("surname~first_name", "city"),
                              ("surname~first_name", "dob")),
    ("surname", "postcode"): (("surname", "postcode", "first_initial"),),
    ("address",): (("address", "postcode"), ("address", "surname")),
    ("first_canon", "street", "city"): (("first_canon", "street", "city", "surname"),),
}

#: Blocking columns made from others (a rule needing them is used when their sources are mapped).
DERIVED = {"first_initial": ("first_name",), "first_canon": ("first_name",), "names": ("first_name", "surname"),
           "street": ("address",)}

#: Deterministic rules that are almost surely the same person, for the prior match probability.
DETERMINISTIC: tuple[tuple[str, ...], ...] = (("email", "first_initial"), ("first_name", "surname", "dob"),
                                              ("first_name", "surname", "phone"))

#: The comparisons a frame column is scored by (the parts of an address are scored together).
SCORED_AS = {"postcode": ("address",), "city": ("address",)}

#: A comparison's own "blank on either side" condition when it is not just its column's.
BLANK = {"address": _ADDRESS_BLANK}
