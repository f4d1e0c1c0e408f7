"""Numbers and money as offices type them: ``$1,250.00``, ``1.250,00 €``, ``€1 250,50``, ``USD 30``,
``(45.00)``, ``12%``, thousands split by spaces or non-breaking spaces.

Whether ``1,250`` is a thousand or one and a quarter is not a question one cell can answer: the
column decides (``decimal_mark`` over every value of it), and each cell is then read that way.
A currency sign or code is taken off and reported back, so the column can say whether it mixes them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

#: Signs and codes seen in donor exports; longest first so "US$" is not read as "$".
_SIGNS = ("US$", "CA$", "C$", "A$", "AU$", "NZ$", "R$", "MX$", "$", "€", "£", "¥", "₹", "₩", "₪", "₱", "CHF", "Fr.",
          "kr", "zł", "Kč")
_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "MXN", "CHF", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "BRL",
          "INR", "ZAR")
#: Longest first, upper-cased for comparing: "US$" before "$", "CHF" before "Fr.".
_MARKS = sorted(((m.upper(), m) for m in {*_SIGNS, *_CODES}), key=lambda p: -len(p[0]))
#: … by their first and by their last character (a cell is compared with the two or three that can fit).
_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _mark in _MARKS:
    _BY_FIRST.setdefault(_mark[0][0], []).append(_mark)
    _BY_LAST.setdefault(_mark[0][-1], []).append(_mark)
    _BY_LAST.setdefault(".", []).append(_mark)  # "12 Fr." and "30 USD." alike
#: Spaces that split thousands: ordinary, non-breaking, narrow non-breaking, thin; and the Swiss apostrophe.
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009']")
_MINUS = "-\u2212\u2013"
_DOT_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+|\d+")  # 1,250.00
_COMMA_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+|\d+")  # 1.250,00

#: ``decimal_mark`` answers: "." (1,250.00), "," (1.250,00) or "" (the column does not say).
DOT, COMMA, UNSAID = ".", ",", ""


@lru_cache(maxsize=16_384)
def split_currency(text: str) -> tuple[str, str]:
    """(the number's text, the currency sign or code in front or behind, '' when none)."""
    lead, body = _leading_sign(text.strip())
    trail, body = _trailing_sign(body)
    if lead and trail:
        return text, ""  # "$30 USD": read by the number part below as not a number
    if not lead and not trail:
        for minus in _MINUS:  # "-$45": a minus in front of the sign
            if body.startswith(minus) and len(body) > 1 and not body[1].isdigit():
                inner, sign = split_currency(body[1:])
                if sign:
                    return minus + inner, sign
        return body, ""
    return body, _canonical(lead or trail)


def _leading_sign(body: str) -> tuple[str, str]:
    """A currency sign or code in front ("$", "USD", "US$"), and the rest; ('', body) without one."""
    if body and not body[0].isdigit() and body[0] not in "(-+.\u2212\u2013":
        up = body.upper()
        for mark, sign in _BY_FIRST.get(up[0], ()):
            if up.startswith(mark):
                return sign, body[len(mark):].lstrip(".").strip() if mark.isalpha() else body[len(mark):].strip()
    return "", body


def _trailing_sign(body: str) -> tuple[str, str]:
    """A currency sign or code behind ("€", "EUR", "USD."), and the rest; ('', body) without one."""
    if body and not body[-1].isdigit() and body[-1] not in ")%":
        up = body.upper()
        for mark, sign in _BY_LAST.get(up[-1], ()):
            if up.endswith(mark) or up.endswith(mark + "."):
                cut = len(mark) + (1 if up.endswith(mark + ".") and not up.endswith(mark) else 0)
                return sign, body[:-cut].strip()
    return "", body


def _other_currency(text: str) -> tuple[str, str]:
    """A sign or code not in the lists above (฿, ₤, DEM, HUF): any currency symbol (Unicode's "Sc") or three
    capital letters at either end, maybe followed by a colon. ('', '') when there is none."""
    m = re.fullmatch(r"\s*([A-Z]{3}|[^\w\s\d(),.\-+%]{1,3})\s*:?\s*(.*?)\s*"
                     r"|\s*(.*?)\s*([A-Z]{3}|[^\w\s\d(),.\-+%]{1,3})\s*", text)
    if m is None:
        return "", ""
    sign, body = (m[1], m[2]) if m[1] is not None else (m[4], m[3])
    if len(sign) != 3 and not all(unicodedata.category(c) == "Sc" for c in sign):
        return "", ""
    return body, sign


def _canonical(sign: str) -> str:
    up = sign.upper()
    return {"USD": "$", "US$": "$", "EUR": "€", "GBP": "£"}.get(up, sign if sign in _SIGNS else up)


@lru_cache(maxsize=4096)
def read_amount(text: str, mark: str = UNSAID) -> tuple[float | int | None, str, bool]:
    """(the number or None, its currency, whether it had a percent sign) from a cell's text, its column
    using ``mark`` as the decimal mark ('' when the column does not say: then only an unambiguous
    cell is read, and ``1,5`` is read as the old single-cell habit had it, one and a half)."""
    body, currency = split_currency(text)
    body = body.strip().lstrip(":").strip()
    if not currency and body and not body[0].isdigit() and body[0] not in "(-+.\u2212\u2013" \
            or body and not body[-1].isdigit() and body[-1] not in ").%":
        other, sign = _other_currency(body)
        if sign:
            body, currency = other, sign
    negative = False
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1].strip()
        body, inner = split_currency(body)
        currency = currency or inner
    if body[:1] in _MINUS:
        negative, body = not negative, body[1:].strip()
    elif body[:1] == "+":
        body = body[1:].strip()
    if body[-1:] in _MINUS and body[:-1].strip():  # 45- (some bookkeeping exports)
        negative, body = not negative, body[:-1].strip()
    percent = body.endswith("%")
    if percent:
        body = body[:-1].strip()
    body = _GROUP_SPACES.sub("", body)
    value = _plain(body, mark)
    if value is None:
        return None, currency, percent
    if negative:
        value = -value
    return (int(value) if value == int(value) else value), currency, percent


def _plain(body: str, mark: str) -> float | None:
    if not body or not body[0].isdigit() and not (body[0] == "." and body[1:2].isdigit()):
        return None
    read_with = _read_with(body, mark)
    if read_with == DOT:
        return _float(body.replace(",", ""))
    if read_with == COMMA:
        return _float(body.replace(".", "").replace(",", "."))
    if read_with == _EITHER:  # 1,250 or 1.250 or 2,5: the column said nothing
        return _unsaid(body)
    if body.startswith(".") and mark != COMMA:
        return _float(body)
    if body.endswith(".") and body[:-1].isdigit():  # ₤1700.
        return _float(body[:-1])
    return None


_EITHER = "?"


def _read_with(body: str, mark: str) -> str:
    """The decimal mark a cell is read with: the column's when the cell is grouped that way, else the one
    its grouping allows; ``_EITHER`` when both do and the column does not say; "" when neither does."""
    dot_ok = _DOT_GROUPED.fullmatch(body) is not None
    comma_ok = _COMMA_GROUPED.fullmatch(body) is not None
    if mark == DOT and dot_ok or (mark != COMMA and dot_ok and not comma_ok):
        return DOT
    if mark == COMMA and comma_ok or (mark != DOT and comma_ok and not dot_ok):
        return COMMA
    if dot_ok and comma_ok and mark == UNSAID:
        return _EITHER
    return ""


def _unsaid(body: str) -> float | None:
    """A number either mark would read, in a column that does not say which it uses."""
    if re.fullmatch(r"\d+,\d{1,2}", body):
        return _float(body.replace(",", "."))  # 2,5 hours
    return _float(body.replace(",", ""))  # 1,250 (the US habit) and 1.25


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")


def decimal_mark(texts: Iterable[str]) -> str:
    """The decimal mark a column uses, from the cells that show it: a comma or dot followed by one or
    two digits at the end (``12,50``), or both marks in one cell (``1.250,00``). '' when none shows it
    or the column has both (then each cell is read on its own)."""
    dot = comma = 0
    for text in texts:
        body = _GROUP_SPACES.sub("", split_currency(text)[0]).strip("()%+-\u2212 ")
        digits = _DIGITS.search(body)  # the number itself: the dot of "approx. 1,250" is no decimal mark
        body = digits[0] if digits else ""
        if "," in body and "." in body:
            if body.rfind(",") > body.rfind("."):
                comma += 1
            else:
                dot += 1
        elif re.search(r"\d,\d{1,2}$", body) or re.search(r"\d,\d{4,}$", body):
            comma += 1
        elif re.search(r"\d\.\d{1,2}$", body) or re.search(r"\d\.\d{4,}$", body):
            dot += 1
    if dot and not comma:
        return DOT
    if comma and not dot:
        return COMMA
    return UNSAID
