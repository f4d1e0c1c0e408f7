"""Keeping phonenumbers' compiled patterns changes no answer, for numbers of many regions."""

from __future__ import annotations

import pytest
from phonenumbers import re_util

from core.validation import normalize as nz
from core.validation.phone_patterns import keep_patterns

NUMBERS = [
    ("(503) 555-0142", "US"), ("503.555.0142 x12", "US"), ("+44 20 7946 0958", "US"), ("020 7946 0958", "GB"),
    ("+33 1 23 45 67 89", "US"), ("06 12 34 56 78", "FR"), ("+49 30 901820", "US"), ("555-0142", "US"),
    ("+1 800 FLOWERS", "US"), ("not a phone", "US"), ("+52 55 1234 5678", "US"), ("12", "US"),
    ("+81 3-1234-5678", "US"), ("(212) 555-01", "US"), ("+61 2 9374 4000", "AU"), ("0412 345 678", "AU"),
]


def _answers() -> list[tuple[object, object]]:
    return [nz.phone(text, country) for text, country in NUMBERS]


def test_the_same_answers_with_the_patterns_kept_as_without() -> None:
    if not keep_patterns():
        pytest.skip("this phonenumbers has no enable_pattern_cache: nothing is changed")
    kept = re_util._COMPILED_PATTERNS
    try:
        re_util._COMPILED_PATTERNS = None  # the library as it ships: re.compile on every use
        plain = _answers()
    finally:
        re_util._COMPILED_PATTERNS = kept
    assert _answers() == plain
    assert _answers() == plain  # the second time every pattern comes from the kept ones
    assert re_util._COMPILED_PATTERNS, "the patterns are not kept"
    assert sum(problem is not None for _value, problem in plain) >= 3
    assert plain[0] == ("+15035550142", None) and plain[3][0] == "+442079460958"
