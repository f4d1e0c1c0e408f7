"""What a column holds: shares of emails, phones, dates, numbers, yes/no, states, ZIPs, countries, URLs and
person-like names among its first non-blank values, with its blank and distinct ratios.

Suggesting a mapping weighs this against the header (core.mapping.automap): a field the values
contradict is not offered, and a header that says little ("Name", "Type", "Date") is decided by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: How many rows are looked at: enough to judge a column, few enough to stay instant on a big file.
SAMPLE_ROWS = 300

#: Holds an email (a cell with two, "bob@x.org; mary@x.org", still belongs to the email column).
_EMAIL = re.compile(r"(^|[\s,;<])[^@\s,;<>]+@[^@\s,;<>]+\.[a-z]{2,}($|[\s,;>])", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,22}(\s*(x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}[-/ ][a-z]{3,9}[-/ ]\d{2,4}"
                   r"|[a-z]{3,9}\.? \d{1,2},? \d{4})"
                   r"([ T]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?\s*(am|pm|z|[+-]\d{2}:?\d{2})?)?$", re.IGNORECASE)
_MONEY = re.compile(r"^[-+]?[$€£]?\s*[-+]?\d{1,3}(,?\d{3})*(\.\d+)?$|^[-+]?\d+(\.\d+)?$")
_ZIP = re.compile(r"^(\d{5}(-\d{4})?|[a-z]\d[a-z] ?\d[a-z]\d|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|\d{4})$", re.IGNORECASE)
_URL = re.compile(r"^(https?://|www\.)\S+$|^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|edu|io|co|us|example)(/\S*)?$",
                  re.IGNORECASE)
#: A word of a person's name, in any alphabet: a capital then letters (``José``, ``Łukasz``, ``O'Neil``,
#: ``J.``), or a lower-case particle (``van``, ``de``). Letters are Unicode letters (``[^\W\d_]``).
_PERSON_WORD = re.compile(r"^(?=[^\W\d_])[^\W\d_](?:[^\W\d_]|['’\-])*\.?$")
_ADDRESS = re.compile(r"^\d+[a-z]?\s+\S+|\bp\.?\s?o\.?\s+box\b", re.IGNORECASE)
_CITY_STATE_ZIP = re.compile(r",\s*[A-Za-z .]+\s+\d{5}|,\s*[A-Z]{2}\b")

YES_NO = frozenset({"yes", "no", "y", "n", "true", "false", "t", "f", "0", "1", "x", "checked", "unchecked", "on",
                    "off"})
PREFIXES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "rev", "prof", "sr", "fr", "hon", "sir", "dame", "pastor",
                      "mr and mrs", "mr & mrs", "dr and mrs", "rabbi", "capt", "col", "sgt", "lt"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "md", "phd", "esq", "dds", "cpa", "rn"})
STATE_CODES = frozenset((
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU AS VI MP AB BC MB NB NL NS NT NU ON PE "
    "QC SK YT"
).split())
STATE_NAMES = frozenset([
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
    "washington", "wisconsin", "wyoming", "alberta", "manitoba", "ontario", "quebec", "saskatchewan", "yukon"]) | {
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
    "south carolina", "south dakota", "west virginia", "district of columbia", "puerto rico", "british columbia",
    "nova scotia", "new brunswick", "prince edward island", "newfoundland and labrador"}
COUNTRIES = frozenset({
    "united states", "united states of america", "usa", "us", "u.s.", "u.s.a.", "america", "canada", "ca", "mexico",
    "mx", "united kingdom", "uk", "gb", "great britain", "england", "scotland", "wales", "ireland", "ie", "australia",
    "au", "new zealand", "nz", "germany", "de", "france", "fr", "spain", "es", "italy", "it", "netherlands", "nl",
    "india", "in", "philippines", "ph", "nigeria", "ng", "kenya", "ke", "brazil", "br", "japan", "jp", "china", "cn",
    "south africa", "za", "guatemala", "gt", "honduras", "hn", "el salvador", "sv", "colombia", "co", "peru", "pe",
    "ghana", "gh", "uganda", "ug", "haiti", "ht", "israel", "il", "south korea", "kr", "sweden", "se", "norway", "no",
    "denmark", "dk", "switzerland", "ch", "poland", "pl", "portugal", "pt", "belgium", "be", "austria", "at"})


@dataclass(frozen=True, slots=True)
class Profile:
    """Shares (0..1) among a column's non-blank sampled values, plus its blank and distinct ratios."""

    rows: int = 0  # rows looked at
    filled: int = 0  # non-blank among them
    email: float = 0.0
    phone: float = 0.0
    date: float = 0.0
    number: float = 0.0
    long_number: float = 0.0  # 9+ digits with nothing else: ids, barcodes, order numbers
    yes_no: float = 0.0
    state: float = 0.0
    zip: float = 0.0
    country: float = 0.0
    url: float = 0.0
    person_one: float = 0.0  # one capitalised word: a given or family name
    person_full: float = 0.0  # two to four such words, or "Last, First": a full name
    prefix: float = 0.0
    suffix: float = 0.0
    street: float = 0.0  # starts with a house number
    city_state_zip: float = 0.0  # "Austin, TX 78701": a whole address line, not a street
    has_digit: float = 0.0
    multi_word: float = 0.0  # two words or more ("Ann0 Lee0", "Acme Corp")
    distinct: float = 1.0  # distinct values / non-blank values
    mean_length: float = 0.0

    @property
    def blank(self) -> float:
        return 1.0 - self.filled / self.rows if self.rows else 1.0

    @property
    def empty(self) -> bool:
        return self.filled == 0

    @property
    def one_value(self) -> bool:
        """Every row holds the same value (the organiser's address on every attendee): nobody's own."""
        return self.filled >= 4 and self.distinct * self.filled <= 1


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def profile(values: list[Any]) -> Profile:
    """The profile of ``values`` (one column's cells, blanks included)."""
    texts = [_text(v) for v in values[:SAMPLE_ROWS]]
    filled = [t for t in texts if t]
    n = len(filled)
    if not n:
        return Profile(rows=len(texts))

    def share(test) -> float:
        return sum(1 for t in filled if test(t)) / n

    def is_state(t: str) -> bool:
        return t.upper() in STATE_CODES if len(t) == 2 else t.lower() in STATE_NAMES

    def person_words(t: str) -> list[str] | None:
        if any(c.isdigit() for c in t) or "@" in t:
            return None
        words = t.replace(",", " ").split()
        return words if words and all(_PERSON_WORD.match(w) and (w[0].isupper() or (w.islower() and len(w) > 1))
                                      for w in words) else None

    def one(t: str) -> bool:
        w = person_words(t)
        return w is not None and len(w) == 1 and t.lower().strip(".") not in PREFIXES

    def full(t: str) -> bool:
        w = person_words(t)
        return w is not None and 2 <= len(w) <= 4

    def plain(t: str) -> str:
        return t.lower().replace(".", "").strip()

    return Profile(
        rows=len(texts), filled=n,
        email=share(_EMAIL.search), phone=share(lambda t: bool(_PHONE.match(t)) and sum(c.isdigit() for c in t) >= 7
                                                and not _DATE.match(t)),
        date=share(_DATE.match), number=share(_MONEY.match),
        long_number=share(lambda t: t.isdigit() and len(t) >= 9), yes_no=share(lambda t: t.lower() in YES_NO),
        state=share(is_state), zip=share(_ZIP.match), country=share(lambda t: t.lower() in COUNTRIES),
        url=share(_URL.match), person_one=share(one), person_full=share(full),
        prefix=share(lambda t: plain(t) in PREFIXES), suffix=share(lambda t: plain(t) in SUFFIXES),
        street=share(_ADDRESS.match), city_state_zip=share(_CITY_STATE_ZIP.search),
        has_digit=share(lambda t: any(c.isdigit() for c in t)),
        multi_word=share(lambda t: len(t.replace(",", " ").split()) >= 2),
        distinct=len(set(filled)) / n, mean_length=sum(map(len, filled)) / n,
    )
