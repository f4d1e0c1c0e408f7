"""A US number written the usual way is read without phonenumbers' general search, to the same result."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.validation import normalize as nz
from core.validation.normalize import _US_PLAIN, _parse


def library(text: str, country: str = "US") -> tuple[str, str | None]:
    """``nz.phone`` as it was: every text through ``phonenumbers.parse``."""
    try:
        num = phonenumbers.parse(text, country or None)
    except phonenumbers.NumberParseException:
        return text, "unreadable"
    if not phonenumbers.is_valid_number(num):
        return text, "invalid"
    out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return (out + f" ext. {num.extension}" if num.extension else out), None


def ours(text: str, country: str = "US") -> tuple[str, str | None]:
    out, problem = nz.phone(text, country)
    return out, None if problem is None else ("unreadable" if "read" in problem else "invalid")


@settings(max_examples=500, derandomize=True, deadline=None, database=None)
@given(st.from_regex(_US_PLAIN, fullmatch=True))
def test_every_text_the_fast_path_takes_is_what_the_library_makes(text: str) -> None:
    assert _parse(text, "US") == phonenumbers.parse(text, "US")
    assert ours(text) == library(text)


@pytest.mark.parametrize("text", [
    "(503) 555-0100", "503-555-0100", "503.555.0100", "5035550100", "(212)5550199", "(800) 555-0000",
    "555-0100", "1 (503) 555-0100", "+1 503 555 0100", "011 44 20 7946 0958", "(503) 555-0100 x12",
    "503-555-0100 ext. 7", "(103) 555-0100", "(503) 555-01000", "５０３５５５０１００", "tel:+1-503-555-0100",
    "020 7946 0958", "",
])
@pytest.mark.parametrize("country", ["US", "GB", "CA", ""])
def test_office_spellings_give_the_librarys_answer_in_any_country(text: str, country: str) -> None:
    assert ours(text, country) == library(text, country)
