"""Synthetic people with planted duplicates, for matching tests and benchmarks.

Made here (seeded, no download): typos, nicknames, transposed digits, missing fields, people who
moved house, households sharing an address (and often a phone), rows with and without email and
phone, and no national id. ``truth[i]`` is the person behind row i, so true pairs are known.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import combinations

from core.matching.nicknames import NICKNAMES

HEADERS = ["First Name", "Last Name", "Email", "Phone", "Address", "City", "State", "Zip", "Date of Birth"]

_FIRST = sorted({*NICKNAMES.values(), "olivia", "emma", "ava", "sophia", "mia", "amelia", "harper", "evelyn",
                 "ella", "grace", "chloe", "lily", "aria", "zoe", "nora", "hazel", "luna", "stella", "maya",
                 "noah", "liam", "oliver", "elijah", "lucas", "mason", "logan", "ethan", "aiden", "caleb",
                 "owen", "wyatt", "levi", "isaac", "julian", "hudson", "ezra", "miles", "silas", "felix",
                 "priya", "arjun", "wei", "mei", "hiroshi", "yuki", "omar", "fatima", "carlos", "sofia",
                 "diego", "lucia", "ahmed", "layla", "dmitri", "anya", "kwame", "amara", "tariq", "leila"})
_NICK_OF: dict[str, list[str]] = {}
for nick, formal in NICKNAMES.items():
    if nick != formal:
        _NICK_OF.setdefault(formal, []).append(nick)
_SYL = ["an", "ber", "car", "den", "el", "fal", "gar", "hol", "ing", "jen", "kel", "lan", "mor", "nash", "ol",
        "per", "quin", "ros", "sta", "ton", "ur", "val", "wes", "yor", "zim", "son", "ley", "man", "ford", "wood"]
_STREETS = ["Oak", "Maple", "Pine", "Cedar", "Elm", "Birch", "Willow", "Lake", "Hill", "Park", "River", "Main",
            "Church", "Mill", "Spring", "Sunset", "Highland", "Forest", "Meadow", "Ridge", "Valley", "Prospect"]
_TYPES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"), ("Court", "Ct")]
_CITIES = [("Springfield", "IL"), ("Madison", "WI"), ("Portland", "OR"), ("Salem", "MA"), ("Dayton", "OH"),
           ("Austin", "TX"), ("Denver", "CO"), ("Boise", "ID"), ("Albany", "NY"), ("Raleigh", "NC")]
_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "example.org", "mail.com", "icloud.com"]


@dataclass
class Person:
    pid: int
    first: str
    last: str
    email: str | None
    phone: str | None
    street_no: int
    street: str
    street_type: int
    city: int
    zip: str
    dob: str | None


@dataclass
class Synthetic:
    headers: list[str]
    rows: list[list[str]]
    truth: list[int]
    people: list[Person] = field(default_factory=list)

    def true_pairs(self, offset: int = 2) -> set[tuple[int, int]]:
        """Pairs of sheet rows (header is row 1, so row i of ``rows`` is sheet row i + offset)."""
        by: dict[int, list[int]] = {}
        for i, pid in enumerate(self.truth):
            by.setdefault(pid, []).append(i + offset)
        return {(a, b) for rs in by.values() for a, b in combinations(sorted(rs), 2)}


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.choice((2, 2, 3)))).capitalize()


def _phone(rng: random.Random) -> str:
    return f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"


def _new_person(rng: random.Random, pid: int, surnames: list[str]) -> Person:
    first = rng.choice(_FIRST)
    last = rng.choice(surnames)
    email = f"{first}.{last.lower()}{rng.randint(1, 999)}@{rng.choice(_DOMAINS)}" if rng.random() < 0.8 else None
    city = rng.randrange(len(_CITIES))
    return Person(pid, first, last, email, _phone(rng) if rng.random() < 0.75 else None, rng.randint(1, 9999),
                  rng.choice(_STREETS), rng.randrange(len(_TYPES)), city, f"{rng.randint(10000, 99999)}",
                  f"{rng.randint(1935, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                  if rng.random() < 0.7 else None)


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]  # transposed
    if kind == 1:
        return text[:i] + text[i + 1:]  # dropped
    return text[:i] + rng.choice("aeiourstnl") + text[i + 1:]  # replaced


def _transpose_digits(rng: random.Random, digits: str) -> str:
    i = rng.randrange(3, len(digits) - 1)
    return digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]


def _row(rng: random.Random, p: Person, messy: bool, moved: bool = False) -> list[str]:
    """One row for ``p``; a messy copy stays recognisable to a careful person: it keeps a first
    name (perhaps a nickname or a typo) or the email, and one who moved keeps an email, phone or
    date of birth (else it is a different person who happens to share a name)."""
    first, last = p.first.capitalize(), p.last
    email, phone, dob = p.email, p.phone, p.dob
    long_t, short_t = _TYPES[p.street_type]
    address = f"{p.street_no} {p.street} {rng.choice((long_t, short_t)) if messy else long_t}"
    city, state = _CITIES[p.city]
    zip_ = p.zip
    if messy:
        r = rng.random
        if r() < 0.35 and p.first in _NICK_OF:
            first = rng.choice(_NICK_OF[p.first]).capitalize()
        elif r() < 0.15:
            first = _typo(rng, first)
        if r() < 0.2:
            last = _typo(rng, last)
        if phone and r() < 0.15:
            phone = _transpose_digits(rng, phone)
        if dob and r() < 0.08:
            y, m, d = dob.split("-")
            dob = f"{y[:2]}{y[3]}{y[2]}-{m}-{d}"  # transposed year digits
        if r() < 0.3:
            email = None
        elif email and r() < 0.15:
            email = f"{p.first[0]}{p.last.lower()}@{rng.choice(_DOMAINS)}"  # their other address
        if r() < 0.3:
            phone = None
        if r() < 0.25:
            dob = None
        if r() < 0.2:
            address, zip_ = "", ""
        if r() < 0.1 and p.email:
            first, email = "", p.email  # a row with only a surname and the email
        if moved and not ((email and email == p.email) or (phone and phone == p.phone) or (dob and dob == p.dob)):
            if p.email:  # keeps one thing they had: else nobody could tell them from a namesake
                email = p.email
            elif p.phone:
                phone = p.phone
            else:
                dob = p.dob
    if phone:
        phone = rng.choice((f"({phone[:3]}) {phone[3:6]}-{phone[6:]}", f"{phone[:3]}-{phone[3:6]}-{phone[6:]}", phone))
    return [first, last, email or "", phone or "", address, city, state, zip_, dob or ""]


def generate(n_rows: int, seed: int = 7, dup_share: float = 0.25, household_share: float = 0.12) -> Synthetic:
    """About ``n_rows`` rows; a quarter of people appear 2–3 times, some moved house in between."""
    rng = random.Random(seed)
    surnames = sorted({_surname(rng) for _ in range(max(200, n_rows // 3))})
    rows: list[list[str]] = []
    truth: list[int] = []
    people: list[Person] = []
    pid = 0
    while len(rows) < n_rows:
        p = _new_person(rng, pid, surnames)
        pid += 1
        people.append(p)
        rows.append(_row(rng, p, messy=False))
        truth.append(p.pid)
        if rng.random() < dup_share:
            for _ in range(rng.choice((1, 1, 1, 2))):
                q = p
                moved = rng.random() < 0.15
                if moved:  # moved house between the two sign-ups
                    q = Person(p.pid, p.first, p.last, p.email, p.phone, rng.randint(1, 9999), rng.choice(_STREETS),
                               p.street_type, rng.randrange(len(_CITIES)), f"{rng.randint(10000, 99999)}", p.dob)
                rows.append(_row(rng, q, messy=True, moved=moved))
                truth.append(p.pid)
        if rng.random() < household_share:  # a spouse or grown child at the same address
            h = _new_person(rng, pid, surnames)
            pid += 1
            while h.first == p.first or NICKNAMES.get(h.first) == NICKNAMES.get(p.first):
                h.first = rng.choice(_FIRST)
            h = Person(h.pid, h.first, p.last, h.email, p.phone if rng.random() < 0.5 else h.phone, p.street_no,
                       p.street, p.street_type, p.city, p.zip, h.dob)
            people.append(h)
            rows.append(_row(rng, h, messy=False))
            truth.append(h.pid)
    order = list(range(len(rows)))
    rng.shuffle(order)
    return Synthetic(HEADERS, [rows[i] for i in order], [truth[i] for i in order], people)


def write_csv(path, data: Synthetic) -> None:  # type: ignore[no-untyped-def]
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(data.headers)
        w.writerows(data.rows)


def account_and_file(n_account: int, n_file: int, seed: int = 21, overlap: float = 0.3):  # type: ignore[no-untyped-def]
    """An account of ``n_account`` distinct people (HubSpot property names, by CRM id) and a file of
    ``n_file`` rows: messy copies of some of them (``overlap`` of the file) and new people.

    Returns (account values by id, Synthetic file, {sheet row: the CRM id it truly is})."""
    rng = random.Random(seed)
    surnames = sorted({_surname(rng) for _ in range(max(300, n_account // 3))})
    account: dict[str, dict[str, str]] = {}
    people: list[Person] = []
    for i in range(n_account):
        p = _new_person(rng, i, surnames)
        people.append(p)
        first, last, email, phone, address, city, state, zip_, dob = _row(rng, p, messy=False)
        account[str(900_000_001 + i)] = {k: v for k, v in (("firstname", first), ("lastname", last),
                                         ("email", email), ("phone", phone), ("address", address), ("city", city),
                                         ("zip", zip_), ("date_of_birth", dob)) if v}
    rows: list[list[str]] = []
    truth: dict[int, str] = {}
    known = rng.sample(range(n_account), min(n_account, int(n_file * overlap)))
    for i in known:
        p = people[i]
        moved = rng.random() < 0.15
        if moved:
            p = Person(p.pid, p.first, p.last, p.email, p.phone, rng.randint(1, 9999), rng.choice(_STREETS),
                       p.street_type, rng.randrange(len(_CITIES)), f"{rng.randint(10000, 99999)}", p.dob)
        truth[len(rows) + 2] = str(900_000_001 + i)
        rows.append(_row(rng, p, messy=True, moved=moved))
    pid = n_account
    while len(rows) < n_file:
        rows.append(_row(rng, _new_person(rng, pid, surnames), messy=False))
        pid += 1
    return account, Synthetic(HEADERS, rows, list(range(len(rows)))), truth
