"""The matching model as data: comparisons, fallback parameters and blocking rules for contact rows.

Plain Python dictionaries in splink's settings format, so this module costs nothing to import;
``engine.py`` turns them into a splink model. Kept apart so the rules a person may ask about
("why were these two compared?") sit in one readable place.
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
    """One comparison level: a name for evidence, the SQL kind and its fallback m and u."""

    kind: str  # exact | exact_col | jw (Jaro-Winkler at least arg) | lev (Levenshtein at most arg)
    m: float
    u: float
    arg: float | str | None = None


#: DuckDB's damerau_levenshtein is ~10x slower than levenshtein and ~100x slower than
#: jaro_winkler_similarity (measured: 25 s for 490,000 pairs of 25-character strings), so long
#: strings use Jaro-Winkler and short ones Levenshtein (a transposition is 2 edits).
#: City is shown as evidence but not scored: it moves with the postal code and the address, and
#: scoring all three counted one house move three times (recall fell by about 1 point).
#: Per frame column: levels from most to least alike (the "else" level is added last).
#: The m (share among true matches) and u (share among random pairs) are starting values that
#: training replaces; for files too small to train they are used as they are. They were set from
#: the training runs on the synthetic benchmark in tests/benchmarks/ and rounded.
COMPARISONS: dict[str, tuple[tuple[Level, ...], tuple[float, float]]] = {
    "first_name": ((Level("exact", 0.78, 0.01), Level("exact_col", 0.10, 0.002, "first_canon"),
                    Level("jw", 0.06, 0.005, 0.92), Level("jw", 0.03, 0.01, 0.85)), (0.03, 0.973)),
    "surname": ((Level("exact", 0.86, 0.002), Level("jw", 0.08, 0.002, 0.92), Level("jw", 0.03, 0.006, 0.85)),
                (0.03, 0.99)),
    "email": ((Level("exact", 0.70, 0.00002), Level("jw", 0.05, 0.00005, 0.96)), (0.25, 0.99993)),
    "phone": ((Level("exact", 0.72, 0.0002), Level("lev", 0.08, 0.0005, 2)), (0.20, 0.9993)),
    "address": ((Level("exact", 0.62, 0.0005), Level("jw", 0.14, 0.0008, 0.9)), (0.24, 0.9987)),
    "postcode": ((Level("exact", 0.72, 0.01), Level("lev", 0.06, 0.02, 1)), (0.22, 0.97)),
    "dob": ((Level("exact", 0.86, 0.0002), Level("lev", 0.09, 0.004, 2)), (0.05, 0.9958)),
}

#: Blocking rules (columns that must be equal for a pair to be compared), loosest last. Chosen for
#: contact rows: a shared email or phone, a date of birth, a surname with the first initial, a postal
#: code with the first initial (typo in the surname), a nickname with the street (moved postal code).
BLOCKING: tuple[tuple[str, ...], ...] = (
    ("email",),
    ("phone",),
    ("dob",),
    ("surname", "first_initial"),
    ("postcode", "first_initial"),
    ("first_canon", "address"),
)

#: Tighter stand-ins tried, in order, when a rule alone would produce too many pairs.
TIGHTER: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("dob",): (("dob", "first_initial"), ("dob", "surname")),
    ("surname", "first_initial"): (("surname", "first_canon"),),
    ("postcode", "first_initial"): (("postcode", "first_canon"),),
    ("email",): (("email", "first_initial"),),
    ("phone",): (("phone", "first_initial"),),
    ("first_canon", "address"): (("first_canon", "address", "surname"),),
}

#: Deterministic rules that are almost surely the same person, for the prior match probability.
DETERMINISTIC: tuple[tuple[str, ...], ...] = (("email", "first_initial"), ("first_name", "surname", "dob"),
                                              ("first_name", "surname", "phone"))
