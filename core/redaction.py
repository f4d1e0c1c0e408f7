"""Blanking a secret out of text, safely: one rule for log lines, journal messages and error text.

Replacing a secret only works when the secret is long enough not to occur by chance: with a
one-letter token every "t" in a message became ``***``. So tokens shorter than
``MIN_TOKEN_LENGTH`` are refused where a person enters them (``token_problem``), and ``blank``
never replaces anything that short.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Shorter than any real CRM token (HubSpot private-app tokens and Virtuous API keys are 40+ characters),
#: long enough that blanking it cannot hit ordinary words.
MIN_TOKEN_LENGTH = 12
MASK = "***"


def plain_token(token: str) -> bool:
    """Only printable ASCII, as an HTTP header can carry (anything else fails in the HTTP library, which
    would quote the odd character back in its error)."""
    return token.isascii() and token.isprintable()


def token_problem(token: str | None, where: str = "the token") -> str | None:
    """Why ``token`` cannot be a CRM token (one sentence), or None when it looks plausible."""
    text = (token or "").strip()
    if not text:
        return f"{where} is empty"
    if any(c.isspace() for c in text):
        return f"{where} contains spaces; paste the token alone"
    if not plain_token(text):  # never quoted back, not even the one odd character
        return (f"{where} holds a character no CRM token has (tokens are plain letters, digits and punctuation); "
                f"copy the whole token again from the CRM's settings")
    if len(text) < MIN_TOKEN_LENGTH:
        return (f"{where} is only {len(text)} character{'s' if len(text) != 1 else ''} long; a CRM API token has "
                f"at least {MIN_TOKEN_LENGTH} (copy the whole token from the CRM's settings)")
    return None


def blank(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every secret replaced by ``***``; secrets too short to be real are left alone."""
    for secret in sorted({s for s in secrets if s and len(s) >= MIN_TOKEN_LENGTH}, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return text
