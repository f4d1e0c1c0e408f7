"""Sharing email-validator's domain check between addresses changes no answer and no error."""

from __future__ import annotations

import sys

import pytest
from email_validator import EmailNotValidError, validate_email

from core.validation.email_domains import share_domain_checks

ADDRESSES = [
    "jane@example.org", "JANE@EXAMPLE.ORG", "bob@Example.Org", "josé@bücher.de", "mei@xn--bcher-kva.de",
    "a@-bad.com", "a@localhost", "a@example", "a@exa_mple.com", "a@1.2.3.4", "a@sub.domain.co.uk",
    "x@" + "a" * 64 + ".com", "ahmed@gmail.com", "olu@gmail.com", "postmaster@GMAIL.com",
]


def _answer(address: str) -> str:
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as e:
        return f"error: {e}"


def test_every_answer_and_error_is_the_libraries_own_twice_over() -> None:
    module = sys.modules["email_validator.validate_email"]
    assert share_domain_checks()
    shared = module.validate_email_domain_name
    assert hasattr(shared, "cache_info"), "the domain check is not shared"
    try:
        module.validate_email_domain_name = shared.__wrapped__  # the library as it ships
        plain = [_answer(a) for a in ADDRESSES]
    finally:
        module.validate_email_domain_name = shared
    assert [_answer(a) for a in ADDRESSES] == plain
    assert [_answer(a) for a in ADDRESSES] == plain  # second time from the kept checks, errors raised again
    assert sum(p.startswith("error") for p in plain) >= 4
    assert shared.cache_info().hits > 0


def test_a_domain_that_fails_is_never_kept() -> None:
    share_domain_checks()
    for _ in range(2):
        with pytest.raises(EmailNotValidError):
            validate_email("a@-bad.com", check_deliverability=False)
