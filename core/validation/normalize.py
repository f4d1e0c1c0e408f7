"""Turn what a person typed into what a CRM accepts. Each function returns (value, problem-or-None).

A problem is a sentence fragment about the value ("is not a valid email address"); the checker adds
the row and column. No network: email syntax only, phone numbers by the numbering plan.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from core.validation import issues as codes
from core.validation.amounts import read_amount
from core.validation.email_domains import share_domain_checks
from core.validation.phone_patterns import keep_patterns
from core.words import N_

Result = tuple[Any, "str | None"]



class Said(str):
    """A problem that carries its own code and severity: a warning keeps the value it came with
    (a currency taken off a mixed column), an error on a partial date leaves the field out."""

    code: str
    severity: str

    def __new__(cls, text: str, code: str, severity: str = "error") -> Said:
        out = super().__new__(cls, text)
        out.code, out.severity = code, severity
        return out

    def __reduce__(self) -> tuple[Any, ...]:  # crosses to and from checking processes
        return (Said, (str(self), self.code, self.severity))

US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "district of columbia": "DC", "washington dc": "DC", "florida": "FL",
    "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA",
    "kansas": "KS", "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA",
    "michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE",
    "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
    "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
    "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY", "puerto rico": "PR", "guam": "GU", "american samoa": "AS",
    "u.s. virgin islands": "VI", "us virgin islands": "VI", "northern mariana islands": "MP",
}
#: The AP Stylebook's abbreviations ("Mass.", "Calif."), as newsletters and older donor systems write them
#: (AP Stylebook, "state names"; compared without the final dot).
US_STATES.update({
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE", "fla": "FL",
    "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA", "md": "MD",
    "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE",
    "nev": "NV", "n.h": "NH", "n.j": "NJ", "n.m": "NM", "n.y": "NY", "n.c": "NC", "n.d": "ND", "okla": "OK",
    "ore": "OR", "oreg": "OR", "pa": "PA", "penn": "PA", "r.i": "RI", "s.c": "SC", "s.d": "SD", "tenn": "TN",
    "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "w.va": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
    "d.c": "DC",
})
_STATE_CODES = set(US_STATES.values())

TRUE_WORDS = {"true", "t", "yes", "y", "1", "x", "✓", "✔", "☑", "✅", "on", "checked", "attended",
              "opted in", "opt in", "optin", "subscribed", "subscribe", "yes please", "ok",
              # Spanish
              "sí", "si", "s", "verdadero", "v", "suscrito", "suscrita", "acepta", "sí, por favor", "si por favor"}
FALSE_WORDS = {"false", "f", "no", "n", "0", "off", "unchecked", "-", "✗", "✘", "☐", "opted out", "opt out",
               "optout", "unsubscribed", "no thanks", "no thank you",
               # Spanish
               "falso", "no suscrito", "no suscrita", "dado de baja", "dada de baja", "baja", "no, gracias",
               "no gracias"}

#: Excel's day zero; serials in this range are plausible dates (1954–2119).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_RANGE = (20000, 80000)


def as_text(v: Any) -> str:
    """A cell as a person reads it: dates ISO, whole floats without '.0', booleans as words."""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, list):
        return "; ".join(as_text(x) for x in v)
    return str(v)


#: A repeat found here saves one validation (~10 µs: a re-checked row and the rows sharing its email, a
#: household's rows); a file's emails are mostly unique, and 65,536 of them kept were 15 MB in each checking process.
@lru_cache(maxsize=4096)
def _email(text: str) -> Result:
    share_domain_checks()  # here, not at import: a plain script importing this module keeps the library as it is
    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError as e:
        return text, N_("is not a valid email address ({detail})").format(detail=str(e).rstrip("."))
    out = info.normalized.lower()
    return (text if out == text else out), None  # the typed string itself when unchanged: one copy per row


def email(v: Any) -> Result:
    text = as_text(v).strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return _email(text)


#: A US number as offices usually write it: (503) 555-0100, 503-555-0100, 503.555.0100, 5035550100.
#: ``phonenumbers.parse`` makes exactly PhoneNumber(country_code=1, national_number=5035550100) of each
#: (no +, no leading 1 or 011, no extension, an area code starting 2-9, ASCII digits), after a general
#: search of the text that is half a phone check's time; ``_parse`` makes it directly. Whether it is
#: valid is still the library's answer. ``tests/core/test_phone_fast_path.py`` compares the two ways.
_US_PLAIN = re.compile(r"\(?([2-9][0-9]{2})\)?[ .-]?([0-9]{3})[ .-]?([0-9]{4})")


def _parse(text: str, default_country: str) -> phonenumbers.PhoneNumber:
    if default_country == "US":
        m = _US_PLAIN.fullmatch(text)
        if m is not None:
            return phonenumbers.PhoneNumber(country_code=1, national_number=int(m[1] + m[2] + m[3]))
    return phonenumbers.parse(text, default_country or None)


def phone(v: Any, default_country: str = "US") -> Result:
    text = as_text(v).strip()
    keep_patterns()  # here, not at import, as for emails above
    try:
        num = _parse(text, default_country)
    except phonenumbers.NumberParseException:
        return text, N_("is not a phone number we can read")
    if not phonenumbers.is_valid_number(num):
        return text, N_("is not a valid phone number")
    out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if num.extension:
        out += f" ext. {num.extension}"
    return out, None


def state(v: Any) -> Result:
    text = as_text(v).strip()
    key = text.lower().rstrip(".")
    if key in US_STATES:
        return US_STATES[key], None
    if text.upper() in _STATE_CODES:
        return text.upper(), None
    return text, None  # a province or region elsewhere: sent as typed


def boolean(v: Any) -> Result:
    if isinstance(v, bool):
        return v, None
    if isinstance(v, (int, float)) and v in (0, 1):
        return bool(v), None
    key = as_text(v).strip().lower()
    if key in TRUE_WORDS:
        return True, None
    if key in FALSE_WORDS:
        return False, None
    words = _bool_words(key)
    if words in TRUE_WORDS or words.split(" ", 1)[0] in ("yes", "sí", "si") and words not in FALSE_WORDS:
        return True, None  # "Yes please!", "Opted-in", "Sí, por favor"
    if words in FALSE_WORDS or words.split(" ", 1)[0] == "no":
        return False, None  # "No thanks", "Opted out"
    return v, N_("is not yes/no (use Yes, No, TRUE, FALSE, Y, N, 1 or 0)")


def _bool_words(key: str) -> str:
    """A yes/no cell's words without punctuation: "Opted-in." → "opted in", "Yes, please!" → "yes please"."""
    return " ".join(re.sub(r"[^\w✓✔☑✅✗✘☐]+", " ", key).split())


def integer(v: Any) -> Result:
    if isinstance(v, bool):
        return v, N_("is not a whole number")
    if isinstance(v, int):
        return v, None
    if isinstance(v, float) and v.is_integer():
        return int(v), None
    text = as_text(v).strip().replace(",", "")
    if re.fullmatch(r"[+-]?\d+(\.0+)?", text):
        return int(float(text)), None
    value, _currency, _percent = read_amount(as_text(v).strip())
    if isinstance(value, int):
        return value, None
    return v, N_("is not a whole number")


def number(v: Any, mark: str = "", mixed: bool = False) -> Result:
    """A number as offices type it (``$1,250.00``, ``1.250,00 €``, ``(45.00)``, ``12%``); ``mark``: the
    column's decimal mark ('.', ',' or '' when it does not say, see ``amounts.decimal_mark``);
    ``mixed``: the column has more than one currency, so dropping a cell's currency is said."""
    if isinstance(v, bool):
        return v, N_("is not a number")
    if isinstance(v, (int, float)):
        return (int(v) if isinstance(v, float) and v.is_integer() else v), None
    text = as_text(v).strip()
    value, currency, _percent = read_amount(text, mark)
    if value is None:
        if text.lstrip("$€£").strip() in ("-", "\u2013", "\u2014"):  # an accounting format's blank ("$ -")
            return None, None
        return v, N_("is not a number")
    if currency and mixed:
        return value, Said(N_("has a currency ({currency}) and the column mixes currencies; the amount is sent "
                              "without it").format(currency=currency), codes.CURRENCY_MIXED, "warning")
    return value, None


#: Texts repeat down a column (hours, amounts, dates of one event): each distinct one is worked out once.
_REPEATS = 4096

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
#: 3/5/2021, 05.03.21, 2021/3/5; with the time Excel adds when it saves a date cell as CSV text
#: ("3/5/2021 0:00", "3/5/2021 12:00:00 AM").
_NUMERIC = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})"
                      r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?$")
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)$")
_MONTH_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{4})$|(\d{4})[/.\-](\d{1,2})$")
_MONTH_SHORT_YEAR = re.compile(r"([A-Za-z]{3,9})\.?[\s\-/']+(\d{2})$")  # Excel's mmm-yy: "Mar-19"
_SPANISH_MONTHS = {"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
                   "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September",
                   "setiembre": "September", "octubre": "October", "noviembre": "November", "diciembre": "December",
                   "ene": "Jan", "abr": "Apr", "ago": "Aug", "dic": "Dec"}
_SPANISH = re.compile(rf"\b({'|'.join(sorted(_SPANISH_MONTHS, key=len, reverse=True))})\b\.?", re.IGNORECASE)
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))
#: What the date order of a column is taken to be when nothing says (the US habit).
AMBIGUOUS_READ = "mdy"


def date(v: Any, order: str = "auto") -> Result:
    """Any date a person wrote → ``datetime.date``; ``order`` is 'auto', 'mdy' or 'dmy' (the column's,
    see ``core.validation.columns``).

    In 'auto', 03/04/2024 is read month-first (the US habit) unless a part over 12 says otherwise.
    A year alone (``2010``) or a month alone (``March 2019``) is a ``date.partial`` problem: a date
    field cannot hold it, so it is left out with a warning rather than guessed to a day.
    """
    if isinstance(v, dt.datetime):
        return v.date(), None
    if isinstance(v, dt.date):
        return v, None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if _SERIAL_RANGE[0] <= v <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(v)), None
        if float(v).is_integer() and _YEAR.match(str(int(v))):
            return v, Said(N_("is a year only, and a date field needs the day too"),
                           codes.DATE_PARTIAL)
        return v, N_("is not a date")
    value, problem = _date_text(as_text(v).strip(), order)
    return (v, problem) if problem else (value, None)


@lru_cache(maxsize=_REPEATS)
def _date_text(text: str, order: str) -> Result:
    """``date`` of a text: (the date, None) or (None, the problem)."""
    m = _ISO.match(text)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), None
        m = _NUMERIC.match(text)
        if m:
            a, b, c = int(m[1]), int(m[2]), int(m[3])
            if len(m[1]) == 4:  # 2024/03/05
                return dt.date(a, b, c), None
            year = c + (2000 if c < 70 else 1900) if len(m[3]) <= 2 else c
            dotted = "." in text
            if order == "dmy" or (order == "auto" and (a > 12 or (dotted and b <= 12))):
                return dt.date(year, b, a), None
            return dt.date(year, a, b), None
    except ValueError:
        return None, N_("is not a real date")
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return date(float(text), order)
    if re.fullmatch(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", text):  # 20030925
        try:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:])), None
        except ValueError:
            return None, N_("is not a real date")
    if _YEAR.match(text):
        return None, Said(N_("is a year only, and a date field needs the day too"),
                          codes.DATE_PARTIAL)
    if _MONTH_NUMERIC.match(text):
        return None, Said(N_("is a month only, and a date field needs the day too"),
                          codes.DATE_PARTIAL)
    return _wordy(text, order)


def _wordy(text: str, order: str) -> Result:
    """Dates in words ("March 5, 2021", "5 Mar 21", "Tuesday, 5 March 2021", "5 de marzo de 2021"), read by
    dateutil; a part it had to make up (no day, no year) makes the value partial, not a guess."""
    from dateutil import parser  # imported on first use: most columns are numeric or ISO

    english = _SPANISH.sub(lambda m: _SPANISH_MONTHS[m[1].lower()], text)
    english = re.sub(r"\bde(l)?\b", " ", english, flags=re.IGNORECASE)
    if not re.search(r"[A-Za-z]{3}", english) or not re.search(r"\d", english):
        return None, N_("is not a date we can read (use YYYY-MM-DD)")
    short = _MONTH_SHORT_YEAR.match(english.strip())
    if short and _month_word(short[1]):
        return None, Said(N_("is a month only, and a date field needs the day too"),
                          codes.DATE_PARTIAL)
    try:
        a, b = (parser.parse(english, default=d, dayfirst=order == "dmy") for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None, N_("is not a date we can read (use YYYY-MM-DD)")
    if a.year != b.year:
        return None, N_("has no year; add the year")
    if a.day != b.day:
        return None, Said(N_("is a month only, and a date field needs the day too"),
                          codes.DATE_PARTIAL)
    if a.month != b.month:
        return None, Said(N_("is a year only, and a date field needs the day too"),
                          codes.DATE_PARTIAL)
    return a.date(), None


def _month_word(word: str) -> bool:
    w = word.lower()
    return any(name.lower().startswith(w) for name in ("January", "February", "March", "April", "May", "June",
                                                       "July", "August", "September", "October", "November",
                                                       "December")) and len(w) >= 3


def option(v: Any, options: tuple[str, ...]) -> Result:
    """Match a label or value to an option's internal value, ignoring case, spaces and punctuation."""
    text = as_text(v).strip()
    squash = re.sub(r"[^0-9a-z]", "", text.lower())
    for o in options:
        if re.sub(r"[^0-9a-z]", "", o.lower()) == squash:
            return o, None
    return text, N_("is not one of the allowed options ({options})").format(options=", ".join(options))


def as_list(v: Any) -> list[str]:
    """Tags and lists: a list stays a list; text is split on ';' (and on ',' when there is no ';')."""
    if isinstance(v, list):
        return [as_text(x).strip() for x in v if as_text(x).strip()]
    text = as_text(v)
    sep = ";" if ";" in text else ","
    return [p.strip() for p in text.split(sep) if p.strip()]


_EMAIL_TYPES = {"home", "work", "other", "primary", "secondary", "personal", "business"}
_PHONE_TYPES = {"home", "mobile", "work", "other", "cell", "business", "main"}


def method_type(v: Any, kind: str) -> Result:
    """Virtuous wants 'Home Email' / 'Mobile Phone', not 'Home' / 'Cell': complete the usual short forms."""
    text = as_text(v).strip()
    word = text.lower()
    if kind == "email" and word in _EMAIL_TYPES:
        word = {"personal": "home", "business": "work"}.get(word, word)
        return f"{word.title()} Email", None
    if kind == "phone" and word in _PHONE_TYPES:
        word = {"cell": "mobile", "business": "work", "main": "home"}.get(word, word)
        return f"{word.title()} Phone", None
    return text, None


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def choice(v: Any, choices: tuple[tuple[str, str], ...]) -> Result:
    """An account's dropdown: the label a person typed ("Gold donor") or the value → the internal value."""
    text = as_text(v).strip()
    squash = _squash(text)
    for _label, value in choices:
        if value == text:
            return value, None
    for label, value in choices:
        if _squash(label) == squash or _squash(value) == squash:
            return value, None
    shown = ", ".join(label for label, _ in choices[:12]) + (", …" if len(choices) > 12 else "")
    return text, N_("is not one of the account's options ({options})").format(options=shown)


def multi_choice(v: Any, choices: tuple[tuple[str, str], ...]) -> Result:
    """Multiple checkboxes: each of 'Events; Tutoring' matched like ``choice``, sent as 'events;tutoring'."""
    parts = as_list(v)
    out: list[str] = []
    for part in parts:
        value, problem = choice(part, choices)
        if problem:
            return as_text(v), problem if len(parts) == 1 else N_("has '{part}', which {problem}").format(
                part=part, problem=problem)
        if value not in out:
            out.append(value)
    return ";".join(out), None


def datetime_iso(v: Any, order: str = "auto") -> Result:
    """A moment for a HubSpot datetime property, as ISO 8601 in UTC (a bare date is its midnight UTC)."""
    if isinstance(v, dt.datetime):
        moment = v if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)
        return moment.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z"), None
    text = as_text(v).strip()
    if "T" in text or (len(text) > 10 and ":" in text):
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            return v, "is not a date and time we can read (use YYYY-MM-DD HH:MM)"
        return datetime_iso(parsed, order)
    day, problem = date(v, order)
    if problem:
        return v, problem
    return f"{day.isoformat()}T00:00:00Z", None
