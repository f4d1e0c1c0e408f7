"""Messy office files of our own making: exports with money, dates, yes/no and phones written every way
offices write them, for both targets (``tests/core/test_values_as_typed.py``, ``test_keep_person.py``).

``donor_list`` is the issue-26 scenario: 298 donors exported from an old system, a title row above the
header, ``First / Last / E-mail Address / Mobile # / Street / Town / ST / Zip / Donor Since / Gift Total``.
Each value is chosen from the ways listed below, in a fixed pseudo-random order; ``expected_gift`` and
``expected_since`` say what each written form must be sent as (None: left out, with a warning).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import openpyxl

DONOR_HEADERS = ["First", "Last", "E-mail Address", "Mobile #", "Street", "Town", "ST", "Zip", "Donor Since",
                 "Gift Total"]

#: Gift totals as typed, and what goes out (None: cannot be read, the field is left out for that row).
GIFTS: list[tuple[Any, float | int | None]] = [
    ("$3,126.00", 3126), ("$45", 45), ("$1,250.50", 1250.5), ("(25.00)", -25), ("USD 30", 30), ("1,250", 1250),
    ("$ 100", 100), (250, 250), (99.5, 99.5), ("$2\u00a0500.00", 2500), ("-45", -45), ("$0.00", 0),
    ("pledged", None), ("n/a", None), ("see notes", None), ("$1,000.00", 1000), ("12.50", 12.5),
]
#: Donor Since as typed, and what goes out as YYYY-MM-DD (None: left out: a year or month only, or unreadable).
SINCE: list[tuple[Any, str | None]] = [
    ("2010", None), ("March 2019", None), ("3/15/2012", "2012-03-15"), (dt.datetime(2014, 6, 1), "2014-06-01"),
    ("5 Mar 21", "2021-03-05"), ("2015-06-01", "2015-06-01"), ("March 5, 2021", "2021-03-05"),
    ("2021-03-05T00:00:00Z", "2021-03-05"), (40000, "2009-07-06"), ("12/25/2018", "2018-12-25"),
    ("long ago", None), (2011, None), ("Jan 2020", None),
]
FIRSTS = ["Ann", "Bob", "Carmen", "Dee", "Eli", "Fatima", "Gus", "Hana", "Ivan", "June", "Kofi", "Lena"]
LASTS = ["Lee", "Okoro", "Ruiz", "Ngata", "Park", "Haddad", "Berg", "Sato", "Petrov", "Moss", "Mensah", "Vogel"]
STATES = [("oregon", "97201", "OR"), ("OR", "97205", "OR"), ("Mass.", 2134, "MA"), ("ma", "02139", "MA"),
          ("NJ", 7183, "NJ"), ("Texas", "73301", "TX")]
PHONES = ["(503) 555-0143", "503.555.0143 x12", "503-555-0144 ext. 7", "503-555-0145 / 503-555-0199", "",
          "call office", "+1 503 555 0146"]
#: Emails that are not fine (the row is not sent to HubSpot: it keeps one contact per email).
BAD_EMAILS = ["none", "bob@", "jsmith@aol", "n/a@", "call me"]


def donor_rows(n: int = 298, seed: int = 26) -> list[dict[str, Any]]:
    """The donors as dicts: the written values, plus ``_gift``/``_since``/``_email_ok`` saying what to expect."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        first, last = FIRSTS[i % len(FIRSTS)], LASTS[(i * 7) % len(LASTS)]
        email_ok = i % 37 != 5
        email = f"{first}.{last}{i}@example.org".lower() if email_ok else BAD_EMAILS[i % len(BAD_EMAILS)]
        gift, gift_out = GIFTS[0] if i == 0 else rnd.choice(GIFTS)
        since, since_out = SINCE[i % len(SINCE)]
        st, zip_, _ = rnd.choice(STATES)
        out.append({"First": first, "Last": last, "E-mail Address": email, "Mobile #": rnd.choice(PHONES),
                    "Street": f"{100 + i} Main St", "Town": "Springfield", "ST": st, "Zip": zip_,
                    "Donor Since": since, "Gift Total": gift,
                    "_gift": gift_out, "_since": since_out, "_email_ok": email_ok})
    return out


def donor_list(path: Path, n: int = 298) -> tuple[Path, list[dict[str, Any]]]:
    """The workbook (a title row, a blank row, then the header) and the rows written to it (from sheet row 4)."""
    rows = donor_rows(n)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Donors"
    ws.append(["Friends of the Library — donor export (old system), printed 12/01/2025"])
    ws.append([])
    ws.append(DONOR_HEADERS)
    for r in rows:
        ws.append([r[h] if r[h] != "" else None for h in DONOR_HEADERS])
    wb.save(path)
    return path, rows


def workbook(path: Path, headers: list[str], rows: list[list[Any]], *, title: str | None = None) -> Path:
    """A one-sheet workbook as an office saves it (an optional title row above the header)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    if title:
        ws.append([title])
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def csv_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path
