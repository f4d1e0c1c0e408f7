"""Why an email address is not valid, in the window's language: the reasons of email-validator.

Core says "is not a valid email address ({detail})" with ``detail`` in email-validator's own English
(``core.validation.normalize``). This is the one place those reasons are translated: each sentence the
library can give (email-validator 2.x, ``email_validator/syntax.py``), with its changing parts as
``{parts}``, marked for translation in the "EmailReason" context. ``core_text`` asks here for a
``detail`` part; a reason not listed stays as the library said it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_T = cast(Callable[[str, str], str], QT_TRANSLATE_NOOP)  # typed: it gives back the text
CONTEXT = "EmailReason"

#: Every reason as email-validator words it (a final period is dropped by core), most specific first.
REASONS: tuple[str, ...] = (
    _T("EmailReason", "The part after the @-sign is not valid. It should have a period"),
    _T("EmailReason", "The part after the @-sign is not valid. It is not within a valid top-level domain"),
    _T("EmailReason", "The part after the @-sign is a special-use or reserved name that cannot be used with email"),
    _T("EmailReason", "The part after the @-sign contains invalid characters after Unicode normalization: {chars}"),
    _T("EmailReason", "The part after the @-sign contains invalid characters: {chars}"),
    _T("EmailReason", "The part after the @-sign contains invalid characters ({problem})"),
    _T("EmailReason", "The part after the @-sign is not valid IDNA ({problem})"),
    _T("EmailReason", "The part after the @-sign is invalid ({problem})"),
    _T("EmailReason", "The email address contains invalid characters before the @-sign: {chars}"),
    _T("EmailReason", "The email address contains invalid characters before the @-sign"),
    _T("EmailReason", "The email address contains invalid characters in quotes before the @-sign: {chars}"),
    _T("EmailReason", "The email address contains unsafe characters: {chars}"),
    _T("EmailReason", "The email address contains an invalid character"),
    _T("EmailReason", "The email address is too long before the @-sign ({n} character too many)"),
    _T("EmailReason", "The email address is too long before the @-sign ({n} characters too many)"),
    _T("EmailReason", "The email address is too long after the @-sign ({n} character too many)"),
    _T("EmailReason", "The email address is too long after the @-sign ({n} characters too many)"),
    _T("EmailReason", "The email address is too long ({n} character too many)"),
    _T("EmailReason", "The email address is too long ({n} characters too many)"),
    _T("EmailReason", "The email address is not valid ASCII"),
    _T("EmailReason", "Internationalized characters before the @-sign are not supported: {chars}"),
    _T("EmailReason", "Internationalized characters before the @-sign are not supported"),
    _T("EmailReason", "An email address must have an @-sign"),
    _T("EmailReason", "There must be something before the @-sign"),
    _T("EmailReason", "There must be something after the @-sign"),
    _T("EmailReason", "There can't be anything after the email address"),
    _T("EmailReason", "An email address cannot have two periods in a row"),
    _T("EmailReason", "An email address cannot have a period and a hyphen next to each other"),
    _T("EmailReason", "An email address cannot start with a period"),
    _T("EmailReason", "An email address cannot start with a hyphen"),
    _T("EmailReason", "An email address cannot end with a period"),
    _T("EmailReason", "An email address cannot end with a hyphen"),
    _T("EmailReason", "An email address cannot have a period immediately before the @-sign"),
    _T("EmailReason", "An email address cannot have a hyphen immediately before the @-sign"),
    _T("EmailReason", "An email address cannot have a period immediately after the @-sign"),
    _T("EmailReason", "An email address cannot have a hyphen immediately after the @-sign"),
    _T("EmailReason", "The email address has the \"full-width\" at-sign (@) character instead of a regular at-sign"),
    _T("EmailReason", "The email address has the \"small commercial at\" character instead of a regular at-sign"),
    _T("EmailReason", "The display name contains invalid characters when not quoted: {chars}"),
    _T("EmailReason", "A display name and angle brackets around the email address are not permitted here"),
    _T("EmailReason", "Quoting the part before the @-sign is not allowed here"),
    _T("EmailReason", "A bracketed IP address after the @-sign is not allowed here"),
)


@lru_cache(maxsize=64)
def _compiled(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("^" + "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
                      + "$", re.DOTALL)


@lru_cache(maxsize=2048)
def email_reason(text: str) -> str:
    """email-validator's reason ``text`` in the window's language (as it is when not listed above)."""
    plain = text.rstrip(".")
    for template in REASONS:
        m = _compiled(template).match(plain)
        if m is not None:
            return QCoreApplication.translate(CONTEXT, template).format(**m.groupdict())
    return text


def clear_cache() -> None:
    email_reason.cache_clear()
