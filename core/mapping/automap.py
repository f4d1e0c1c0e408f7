"""Suggest a mapping from what each column is called and what it holds.

A header is read as words: qualifiers (Home, Billing, Mailing, Pref., "1", the donor/attendee it
belongs to) around a core ("City", "Postal Code") that is matched against each field's synonyms.
Columns about someone else (spouse, emergency contact, purchaser, honoree) and label columns
("E-mail 1 - Type") are not the person's value. The values then confirm or overrule: a field whose
kind they contradict is not suggested, and a header that says little ("Name", "Type", "ID") is decided
by them. Finally one column is chosen per field, an address taken from one group (Home, Business …),
the fullest one first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from core.mapping.catalog import CUSTOM_PREFIX, FULL_NAME, Catalog, FieldDef, Kind, catalog_for
from core.mapping.model import FieldMapping, Mapping, norm_header
from core.mapping.profile import Profile, profile
from core.words import N_

#: Below this a guess is not offered at all; a person maps the column.
MIN_CONFIDENCE = 0.72
#: At or above this a pick is shown as sure; below it, as a guess (amber in the window, "guess" in `map`).
SURE = 0.9

#: Values every Virtuous contact needs and that a sheet almost never has as a column.
DEFAULT_CONSTANTS = {"virtuous": {"contactType": "Household"}, "hubspot": {}}

#: Address/phone groups and how much a person's own address is preferred when groups are equally full.
ADDRESS_GROUPS = {"home": 0, "personal": 0, "primary": 0, "preferred": 0, "pref": 0, "main": 0, "mailing": 0,
                  "default": 0, "billing": 1, "business": 2, "work": 2, "office": 2, "shipping": 2, "delivery": 2,
                  "other": 3, "alternate": 3, "alt": 3, "secondary": 3, "previous": 4, "old": 4, "seasonal": 3}
#: Words naming whose value it is when that is the person being imported: dropped from the header.
OWN = {"donor", "contributor", "giver", "attendee", "guest", "volunteer", "member", "customer", "payer", "registrant",
       "participant", "constituent", "contact", "supporter", "user", "profile", "subscriber", "person", "individual",
       "indv", "student", "client", "from", "your", "my", "sponsor", "value", "original", "the", "of", "public"}
#: Of those, words that say nothing about whose value it is.
NEUTRAL = {"from", "your", "my", "value", "original", "the", "of", "public", "profile", "user"}
#: The parts of an address, which may follow the word "Address" ("Address - City").
ADDRESS_PARTS = {"street", "city", "state", "zip", "postal", "country", "region", "province", "town",
                 "postcode", "county", "extended", "po", "formatted"}
#: Words naming someone else: such a column is never the person's own name, email, phone or address.
OTHER = {"spouse", "partner", "emergency", "fundraiser", "honoree", "honor", "honour", "tribute", "dedication",
         "dedicated", "dedicatee", "memory", "memorial", "recipient", "purchaser", "buyer", "assistant", "supervisor",
         "manager", "referrer", "referred", "parent", "guardian", "host", "organizer", "organiser", "to", "team",
         "captain", "notify", "child", "children", "beneficiary", "soft"}
#: "Billing Contact Name", "Alternate Contact Email": another person's contact details.
OTHER_CONTACT = {"billing", "alternate", "alt", "secondary", "other", "second", "additional"}
#: A column naming the kind of the value beside it ("E-mail 1 - Type", "Address 1 - Label").
LABEL_WORDS = {"type", "label", "kind"}
#: Headers that say little alone: only values make them a field.
WEAK = {"name", "title", "type", "date", "number", "id", "description", "reference", "status", "note", "code", "value"}

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_QUESTION = re.compile(r"\?\s*$|\by\s*/\s*n\b|\byes\s*/\s*no\b|\btrue\s*/\s*false\b|^(is|are|has|have|do|does|did|"
                       r"was|were|will|would|can|opted?)\b", re.IGNORECASE)


#: Abbreviations read as the word: "Addr L1" is "Address Line 1".
ABBREVIATIONS = {"addr": "address", "add": "address", "adr": "address", "ln": "line", "tel": "telephone",
                 "ph": "phone", "mob": "mobile", "eml": "email", "cty": "city"}


def words(text: str) -> list[str]:
    """A header as lower-case words: "attendee_LastName" -> attendee, last, name; "E-mail" -> email."""
    t = _PAREN.sub(" ", str(text))
    t = re.sub(r"(?i)\be-mail\b", "email", t)
    t = re.sub(r"(?i)\bpref\.", "pref ", t)
    t = t.replace("#", " number ")  # "Attendee #", "Mobile #"
    t = _CAMEL.sub(" ", t)
    t = re.sub(r"(?<=[a-zA-Z])(?=\d)|(?<=\d)(?=[a-zA-Z])", " ", t)
    ws = [ABBREVIATIONS.get(w, w) for w in re.split(r"[^0-9a-zA-Z]+", t.lower()) if w]
    # "Addr L1": an address's "L" is its line
    return [("line" if w == "l" and i and ws[i - 1] == "address" else w) for i, w in enumerate(ws)]


@dataclass
class Header:
    """A header read as words: its core and what qualifies it."""

    text: str
    core: list[str]
    group: str | None = None
    index: int | None = None  # "E-mail 2", "Phone 3 - Value": not the first of its kind
    other: bool = False  # someone else's value
    own: bool = False  # says it is the person's own ("Donor Email", "attendee_Email")
    label: bool = False  # names the kind of a value, is not one
    question: bool = False  # asks a yes/no question
    parts: list[list[str]] = field(default_factory=list)  # "Town/City": each alternative's words


def read_header(text: str) -> Header:
    ws = words(text)
    h = Header(text, [])
    h.question = bool(_QUESTION.search(str(text).strip()))
    h.other, h.own = _whose_words(ws)
    h.group, core = _group_and_core(ws)
    # "Address - City", "Address - Street 1": the address named first, then its part.
    if len(core) >= 2 and core[0] == "address" and core[1] in ADDRESS_PARTS:
        core = core[1:]
    h.index, core = _numbered(core)
    if core and core[-1] in LABEL_WORDS and len(core) > 1:
        h.label = True
    if ws and all(w in OWN for w in ws):
        core = ["name"]  # "Donor", "Guest", "Person": the person themselves, told apart by the values
    h.core = list(dict.fromkeys(core))  # "NameOriginalName": the same word twice says it once
    if "/" in str(text):
        h.parts = [p for p in (words(x) for x in str(text).split("/")) if p]
    return h


def _whose_words(ws: list[str]) -> tuple[bool, bool]:
    """Whether a header says the value is someone else's ("Spouse Email", "Emergency contact phone"),
    and whether it says it is the person's own ("Donor Email")."""
    other = any(w in OTHER for w in ws) or any(
        a in OTHER_CONTACT and b == "contact" for a, b in zip(ws, ws[1:], strict=False))
    return other, any(w in OWN and w not in NEUTRAL for w in ws) and not other


def _group_and_core(ws: list[str]) -> tuple[str | None, list[str]]:
    """The address group a header names ("Home", "Billing"), and the words that say what it is: without
    the group and without whose it is ("Donor", "Spouse": the header says that apart)."""
    group = None
    core: list[str] = []
    for i, w in enumerate(ws):
        if w in ADDRESS_GROUPS and (i == 0 or i == len(ws) - 1 or ws[i - 1] in ADDRESS_GROUPS):
            group = group or w
            continue
        if w in OWN and len(ws) > 1:
            continue
        if w in OTHER and len(ws) > 1:
            continue  # h.other says whose it is; the rest says what it is
        core.append(w)
    return group, core


def _numbered(core: list[str]) -> tuple[int | None, list[str]]:
    """A numbered item's number and the words without it: "Address 1 - City", "E-mail 2 - Value",
    "Phone 1 - Type", "Email 2"; not a street's "Address 2" or "Line 2"."""
    if len(core) >= 2 and core[1].isdigit() and len(core) > 2:
        return int(core[1]), core[2:] if core[0] in ("address", "addr") else [core[0]] + core[2:]
    if len(core) >= 2 and core[-1].isdigit() and core[-2] not in ("address", "street", "line", "addr"):
        return int(core[-1]), core[:-1]
    return None, core


@dataclass
class _Names:
    """A field's synonyms as word tuples (and run together, for typos), worked out once per field."""

    fd: FieldDef
    exact: set[str]
    synonyms: set[tuple[str, ...]]
    joined: dict[str, str]  # synonym run together -> its digits


@lru_cache(maxsize=2048)
def _names(fd: FieldDef) -> _Names:
    syn = {tuple(words(s)) for s in fd.synonyms} | {tuple(words(fd.label.split("(")[0]))}
    exact = {norm_header(fd.label)}
    if len(fd.key) > 4 and fd.key.lower() not in WEAK:
        exact.add(norm_header(fd.key))
    syn = {s for s in syn if s}
    joined = {"".join(s): re.sub(r"\D", "", "".join(s)) for s in syn}
    return _Names(fd, exact, syn, joined)


def header_score(h: Header, n: _Names) -> float:
    """How strongly the header alone names the field (0: not at all)."""
    if h.label and not _is_type_field(n.fd):
        return 0.0  # "E-mail 1 - Type" names a kind of email, it is not one
    if h.question and n.fd.kind is not Kind.BOOL:
        return 0.0
    if h.question:  # "Event attended Y/N", "Invited?": the yes/no field named inside the question
        asked = _question_score(h, n)
        if asked:
            return asked
    if norm_header(h.text) in n.exact:
        return 1.0
    said = _words_score(h, n)
    if said:
        return said
    if _names_an_alternative(h, n):
        return 0.92
    return _typo_score("".join(h.core), n)


def _question_score(h: Header, n: _Names) -> float:
    """A yes/no question that names the field ("Event attended Y/N"): whole, or inside it."""
    core_q = [w for w in h.core if w not in ("y", "n", "yes", "no", "true", "false")]
    if tuple(core_q) in n.synonyms:
        return 0.97
    for syn in n.synonyms:
        k = len(syn)
        if any(tuple(core_q[i:i + k]) == syn for i in range(len(core_q) - k + 1)):
            return 0.88
    return 0.0


def _words_score(h: Header, n: _Names) -> float:
    """The header's words are one of the field's names: as they are, run together, or with a word for
    number after them ("Cell Number", "Phone No")."""
    core = tuple(h.core)
    if core in n.synonyms:
        return 0.97 if not (h.group or h.index or len(core) == 1 and core[0] in WEAK) else 0.93
    joined = "".join(core)
    if joined and joined in n.joined:
        return 0.95
    if core and core[-1] in ("number", "no", "num") and core[:-1] and tuple(core[:-1]) in n.synonyms:
        return 0.93
    return 0.0


def _names_an_alternative(h: Header, n: _Names) -> bool:
    """One of the header's alternatives names the field: "Town/City", "Zip/Postal Code", "First/Given Name"."""
    for i, part in enumerate(h.parts):
        words_ = tuple(w for w in part if w not in OWN)
        # "First/Given Name": the first alternative takes the last one's final word ("First Name").
        completed = words_ + tuple(h.parts[-1][-1:]) if i == 0 and len(h.parts) > 1 else None
        if words_ in n.synonyms or completed in n.synonyms:
            return True
    return False


def _typo_score(joined: str, n: _Names) -> float:
    """A typo or spelling ("Adress", "Postcode"): only very close, long words."""
    if len(joined) >= 6:
        digits = re.sub(r"\D", "", joined)
        best = max((fuzz.ratio(joined, j) for j, d in n.joined.items() if len(j) >= 6 and d == digits), default=0)
        if best >= (90 if len(joined) < 10 else 80):
            return 0.8
    return 0.0


def _is_type_field(fd: FieldDef) -> bool:
    return fd.key in ("emailType", "phoneType", "contactType")


def value_fit(fd: FieldDef, p: Profile) -> float | None:
    """How the values bear on the field: None when they contradict it, else a bonus (-0.1 .. +0.06)."""
    if p.empty:
        return None  # nothing to import
    key = fd.key
    if p.yes_no >= 0.8 and fd.kind is not Kind.BOOL and key not in ("referenceId",):
        return None
    if fd.kind in _TYPED_KINDS:
        return _typed_fit(fd, p)
    if fd.kind is Kind.FULL_NAME or key in _NAME_KEYS:
        return _name_fit(fd, p)
    if key in _ADDRESS_KEYS:
        return _address_fit(key, p)
    if key in _TEXT_KEYS:
        return _text_fit(key, p)
    if key in ("title", "salutation", "suffix"):
        return _honorific_fit(key, p)
    return _other_fit(key, p)


def _other_fit(key: str, p: Profile) -> float | None:
    """A web address, a reference id, a kind of email/phone/contact, an owner, or any other field."""
    if key == "website":
        return 0.04 if p.url >= 0.6 else None
    if key == "referenceId":
        return 0.0 if p.distinct >= 0.9 else None
    if key in ("emailType", "phoneType", "contactType"):
        return None  # checked against the kinds below
    if key == "hubspot_owner_id":  # owners' emails, names or ids: the app turns each into the owner's id
        return 0.0 if p.date < 0.5 and p.mean_length < 60 else None
    if p.email > 0.5:
        return None
    return 0.0


_TYPED_KINDS = frozenset({Kind.EMAIL, Kind.PHONE, Kind.DATE, Kind.DATETIME, Kind.BOOL, Kind.INT, Kind.NUMBER,
                          Kind.STATE})
_NAME_KEYS = frozenset({"firstName", "firstname", "lastName", "lastname", "middleName"})
_ADDRESS_KEYS = frozenset({"postal", "zip", "country", "city", "address1", "address"})
_TEXT_KEYS = frozenset({"company", "jobtitle", "name", "industry", "message", "eventName", "tags", "emailLists",
                        "volunteerAttendances.volunteerOpportunityName", "originSegmentCode"})


def _typed_fit(fd: FieldDef, p: Profile) -> float | None:
    """A field whose kind the values show (email, phone, date, yes/no, number, state). Mostly of the kind:
    confirmed; a fair share: still offered, as a guess (a column of typos is still the email column);
    hardly any: contradicted."""
    kind = fd.kind
    if kind is Kind.EMAIL:
        return _by_share(p.email, 0.6, 0.25)
    if kind is Kind.PHONE:
        return _by_share(p.phone, 0.6, 0.25)
    if kind in (Kind.DATE, Kind.DATETIME):
        return _by_share(p.date, 0.6, 0.0 if fd.lenient else 0.25)
    if kind is Kind.BOOL:
        return _by_share(p.yes_no, 0.8, 0.5)
    if kind in (Kind.INT, Kind.NUMBER):
        return 0.03 if p.number >= 0.8 and p.long_number < 0.5 else (-0.08 if p.number >= 0.25 else None)
    return 0.05 if p.state >= 0.6 else (None if p.has_digit > 0.2 or p.mean_length > 25 else -0.1)  # a state


def _by_share(share: float, sure: float, fair: float) -> float | None:
    """Confirmed when at least ``sure`` of the values are of the kind, a guess from ``fair``, else contradicted."""
    return 0.05 if share >= sure else (-0.08 if share >= fair else None)


def _honorific_fit(key: str, p: Profile) -> float | None:
    """A title or salutation ("Dr.", "Mrs."), or a suffix ("Jr.", "III")."""
    if key == "suffix":
        return 0.04 if p.suffix >= 0.5 else None
    return 0.06 if p.prefix >= 0.6 else None


def _name_fit(fd: FieldDef, p: Profile) -> float | None:
    """A person's full name, or a part of it (first, middle, last)."""
    if p.email > 0.1 or p.date > 0.3 or p.phone > 0.5 or p.long_number > 0.5 or p.number > 0.8:
        return None  # not names
    if fd.kind is not Kind.FULL_NAME:
        return 0.04 if p.person_one + p.person_full >= 0.7 else -0.1
    if p.person_full >= 0.6:
        return 0.06
    if p.multi_word >= 0.6:
        return -0.1
    # Mostly one word ("Bob and Mary", "Three"): perhaps names given alone; offered, as a guess.
    return -0.05 if p.person_one + p.person_full >= 0.6 else None


def _address_fit(key: str, p: Profile) -> float | None:
    """A postal address's street, city, postal code or country."""
    if key in ("postal", "zip"):
        return 0.05 if p.zip >= 0.6 else None
    if key == "country":
        return 0.05 if p.country >= 0.6 else None
    if key == "city":
        return 0.0 if p.has_digit < 0.2 and p.email == 0 and p.mean_length < 30 and p.yes_no < 0.5 else None
    if p.city_state_zip >= 0.5 or p.email > 0.1 or p.date > 0.2:  # the street
        return None
    return 0.04 if p.street >= 0.5 else -0.05


def _text_fit(key: str, p: Profile) -> float | None:
    """Free text (a company, a job title, tags, an event's name): anything but emails, phones, dates, ids."""
    if p.email > 0.3 or p.phone > 0.5 or p.date > 0.5 or p.long_number > 0.5:
        return None
    if key == "name" and p.person_one >= 0.5:
        return None
    if key in ("tags", "emailLists") and p.mean_length > 40:
        return None  # notes and messages are not tags or list names
    return 0.0


_TYPE_WORDS = {"emailType": {"home", "work", "other", "personal", "business", "home email", "work email"},
               "phoneType": {"home", "work", "mobile", "cell", "other", "business", "fax"},
               "contactType": {"household", "organization", "organisation", "foundation", "individual", "business"}}


def _type_fit(fd: FieldDef, values: list[Any]) -> float | None:
    allowed = _TYPE_WORDS.get(fd.key, set()) | {c.lower() for c in fd.options} | {c[0].lower() for c in fd.choices}
    texts = [str(v).strip().lower() for v in values[:300] if v not in (None, "")]
    if not texts:
        return None
    share = sum(t in allowed for t in texts) / len(texts)
    return 0.03 if share >= 0.8 else (-0.08 if share >= 0.25 else None)


PERSON_FIELDS = {"firstName", "firstname", "lastName", "lastname", "middleName", FULL_NAME, "title", "salutation",
                 "suffix", "email", "phone", "mobilephone", "fax", "address1", "address", "address2", "city", "state",
                 "postal", "zip", "country", "date_of_birth", "name", "company", "jobtitle"}
#: What only this person has: the same value on every row is somebody else's (the organiser's email). Not
#: the last name: a family's list shares one.
#: Values it takes to overrule a header that is the field's own name ("Email" holding "ann@").
MIN_CONTRADICTING = 3
IDENTITY_FIELDS = {"firstName", "firstname", FULL_NAME, "email", "phone", "mobilephone", "address1", "address"}
ADDRESS_FIELDS = {"address1", "address", "address2", "city", "state", "postal", "zip", "country"}


@dataclass
class Candidate:
    column: int
    header: str
    field: str
    score: float
    group: str | None
    filled: float
    index: int | None
    why: str = ""


def candidates(headers: list[str], columns: list[list[Any]] | None, cat: Catalog,
               rejected: list[tuple[int, str, str]] | None = None) -> list[Candidate]:
    """Every column x field pair worth suggesting, with one score combining header and values.

    ``rejected`` receives (column, field, why) for a header that names a field the column did not get:
    why is "other" (someone else's), "values" (they contradict it) or "same" (one value on every row)."""
    profiles = _profiles(columns)
    fields = [_names(fd) for fd in cat.fields]
    out: list[Candidate] = []
    for ci, text in enumerate(headers):
        h = read_header(text)
        values = columns[ci] if columns is not None and ci < len(columns) else None
        prof = profiles[ci] if values is not None else None
        for n in fields:
            sc, why, hs = _pair_score(h, n, prof, values)
            if why:
                if rejected is not None and hs >= SURE - 0.05:
                    rejected.append((ci, n.fd.key, why))
            elif sc is not None and sc >= MIN_CONFIDENCE:  # kept above 1 when header and values agree, for ties
                out.append(Candidate(ci, text, n.fd.key, sc, h.group, 1.0 - prof.blank if prof else 1.0, h.index))
    return out


def _pair_score(h: Header, n: _Names, prof: Profile | None,
                values: list[Any] | None) -> tuple[float | None, str, float]:
    """(score, why not, header score) of one column for one field: no score when the header does not
    name the field, or names it and is turned down (why: "other", "values" or "same")."""
    fd = n.fd
    hs = header_score(h, n)
    if hs <= 0:
        return None, "", hs
    if h.other and fd.key in PERSON_FIELDS:
        return None, "other", hs
    weak_word = len(h.core) == 1 and h.core[0] in WEAK
    if weak_word and fd.group in ("Event", "Volunteering") and hs < 1.0:
        # a bare "Date" or "Number" in an export is the gift's or the order's (not "Volunteer date")
        return None, "", hs
    if h.index and h.index > 1 and fd.key not in ("address2",):
        hs -= 0.12  # "E-mail 2", "Phone 3": the first one is the person's main one
    weak = weak_word and hs < 1.0  # "Date", "Number" alone
    if prof is None:
        sc = min(hs, 0.75) if weak else hs
    else:
        fit, why = _values_fit(fd, hs, prof, values)
        if fit is None:
            return None, why, hs
        if weak and not h.group:
            hs = min(hs, 0.78) + (0.14 if fit > 0 else 0.0)  # a weak header is decided by its values
        sc = hs + fit
    return _whose(sc, h, fd), "", hs


def _whose(sc: float, h: Header, fd: FieldDef) -> float:
    """The score as the header says whose value it is: an address group other than home counts less; the
    person's own more."""
    if h.group:
        sc -= 0.02 * ADDRESS_GROUPS.get(h.group, 2)
    if h.own and fd.key in PERSON_FIELDS:
        sc += 0.04  # "Donor Email" beside a bare "Email": the donor's is the one named so
    return sc


def _values_fit(fd: FieldDef, hs: float, prof: Profile, values: list[Any] | None) -> tuple[float | None, str]:
    """What a column's values add to its header's score for the field, or None with why they rule it out
    ("values": they contradict it; "same": one value on every row; "": nothing to say, the column is empty)."""
    fit = _type_fit(fd, values or []) if _is_type_field(fd) else value_fit(fd, prof)
    if fit is None and hs >= 1.0 and prof.filled < MIN_CONTRADICTING:
        fit = -0.05  # a column named exactly so, with a value or two that do not fit: a typo
    if fit is None:
        return None, "" if prof.empty else "values"
    if prof.one_value and fd.key in IDENTITY_FIELDS:
        return None, "same"  # the same value on every row is not each person's own
    return fit, ""


def _assign(cands: list[Candidate], cat: Catalog) -> dict[int, Candidate]:
    """One column per field and one field per column, best first; an address from one group only."""
    # The address group most filled wins: its columns go first, other groups' address columns only
    # fill fields it lacks.
    fullness: dict[str | None, float] = {}
    for c in cands:
        if c.field in ADDRESS_FIELDS:
            fullness[c.group] = fullness.get(c.group, 0.0) + c.filled
    best_group = max(fullness, key=lambda g: (fullness[g], -ADDRESS_GROUPS.get(g, 0) if g else 1)) if fullness else None
    order = sorted(cands, key=lambda c: (
        c.field in ADDRESS_FIELDS and c.group != best_group,  # the chosen group's address first
        -round(c.score, 2), -c.filled, c.index or 0, c.column))
    used_cols: dict[int, Candidate] = {}
    used_fields: set[str] = set()
    chosen_group: str | None = best_group
    for c in order:
        if c.column in used_cols or c.field in used_fields:
            continue
        if c.field in ADDRESS_FIELDS and c.group is not None and c.group != chosen_group and any(
                x.field in ADDRESS_FIELDS and x.group == chosen_group for x in used_cols.values()):
            continue  # one address is not made of two (a plain "Country" may complete any)
        used_cols[c.column] = c
        used_fields.add(c.field)
    return used_cols


def _learned_columns(headers: list[str], learned: dict[str, str | None], cat: Catalog) -> dict[int, str | None]:
    """Column index -> the field a person chose for that header before (None: left out), when the field
    still exists (a Virtuous custom field always may) and no earlier column took it."""
    prefix = CUSTOM_PREFIX[cat.target]
    taken: dict[int, str | None] = {}
    for ci, text in enumerate(headers):
        key = norm_header(text)
        if key not in learned:
            continue
        chosen = learned[key]
        exists = chosen is None or cat.get(chosen) is not None or bool(prefix and chosen.startswith(prefix))
        if exists and (chosen is None or chosen not in taken.values()):
            taken[ci] = chosen
    return taken


def suggest_mapping(headers: list[str], target: str, catalog: Catalog | None = None,
                    columns: list[list[Any]] | None = None, learned: dict[str, str | None] | None = None) -> Mapping:
    """The best one-to-one assignment of columns to fields, each with its confidence.

    ``columns``: each column's values (index as ``headers``); without them only the header is read.
    ``learned``: a person's earlier choices (normalised header -> field or None, core.mapping.learned):
    they win, shown as the person's own (no confidence)."""
    cat = catalog or catalog_for(target)
    taken = _learned_columns(headers, learned or {}, cat)
    cands = [c for c in candidates(headers, columns, cat) if c.column not in taken and c.field not in taken.values()]
    chosen = _assign(cands, cat)
    mapping = Mapping(target=target, headers=list(headers))  # type: ignore[arg-type]  # pydantic checks it
    for ci in range(len(headers)):  # keep the sheet's column order
        if learned_field := taken.get(ci):
            mapping.fields.append(FieldMapping(field=learned_field, sources=[headers[ci]], confidence=None))
        elif ci in chosen:
            c = chosen[ci]
            mapping.fields.append(FieldMapping(field=c.field, sources=[c.header],
                                               confidence=round(min(c.score, 1.0), 2)))
    for key, value in DEFAULT_CONSTANTS[target].items():
        if mapping.for_field(key) is None:
            mapping.fields.append(FieldMapping(field=key, constant=value, confidence=0.5))
    return mapping


_WHY = {
    "other": N_("looks like {what}, but it is someone else's (a spouse, purchaser, emergency contact …)"),
    "values": N_("looks like {what}, but its values do not fit"),
    "same": N_("looks like {what}, but every row holds the same value"),
    "taken": N_("looks like {what}, which comes from column '{column}'"),
}


Evidence = tuple[list[Candidate], list[tuple[int, str, str]]]


def evidence(headers: list[str], columns: list[list[Any]] | None, cat: Catalog) -> Evidence:
    """The candidates and the rejected look-alikes, worked out once for ``why_not`` to reuse."""
    rejected: list[tuple[int, str, str]] = []
    return candidates(headers, columns, cat, rejected), rejected


def why_not(mapping: Mapping, catalog: Catalog | None = None, columns: list[list[Any]] | None = None,
            known: Evidence | None = None) -> dict[str, str]:
    """For each column left unmapped that looks like a field: why it was not taken, in one line."""
    cat = catalog or catalog_for(mapping.target)
    headers = mapping.headers
    cands, rejected = known if known is not None else evidence(headers, columns, cat)
    used = {s for fm in mapping.fields for s in fm.sources}
    out: dict[str, str] = {}

    def label(key: str) -> str:
        fd = cat.get(key)
        return fd.label if fd else key

    for ci, header in enumerate(headers):
        if header in used:
            continue
        mine = sorted((c for c in cands if c.column == ci), key=lambda c: -c.score)
        for c in mine:
            fm = mapping.for_field(c.field)
            if fm is not None and fm.sources:
                out[header] = _WHY["taken"].format(what=label(c.field), column=fm.sources[0])
                break
        else:
            for rci, key, why in rejected:
                if rci == ci:
                    out[header] = _WHY[why].format(what=label(key))
                    break
    return out


#: The last few columns profiled: suggesting, and then saying why a column was left out, read the same
#: first rows; profiling them once keeps the Map step quick to open. Keyed by the values themselves.
_PROFILES: list[tuple[Any, list[Profile]]] = []


def table_columns(table: Any, limit: int = 300) -> list[list[Any]]:
    """The first ``limit`` rows of a read table, column by column."""
    cols: list[list[Any]] = [[] for _ in table.headers]
    for rec in table.records[:limit]:
        vals = rec.values
        for i in range(len(cols)):
            cols[i].append(vals[i] if i < len(vals) else None)
    return cols


def _profiles(columns: list[list[Any]] | None) -> list[Profile]:
    if columns is None:
        return []
    try:
        key: Any = hash(tuple(tuple(c) for c in columns))
    except TypeError:
        key = None
    for k, profs in _PROFILES:
        if key is not None and k == key:
            return profs
    profs = [profile(c) for c in columns]
    _PROFILES[:] = [(key, profs), *_PROFILES[:2]]
    return profs


def suggest_for_table(table: Any, target: str, catalog: Catalog | None = None,
                      learned: dict[str, str | None] | None = None) -> Mapping:
    """``suggest_mapping`` for a read table, its values looked at."""
    return suggest_mapping(table.headers, target, catalog, table_columns(table), learned)
