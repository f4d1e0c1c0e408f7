"""Write ``sample-guests.xlsx``: the practice spreadsheet offered on a first start.

It is deliberately messy the way real exports are, so the checks have something to show: a title
and a note above the header, a blank row in the data, a duplicated email, two bad emails, phones
typed as numbers, state names spelled out, dates as dates and as text, a Y/N column, a "Full name"
column and a tags column. It also has a hidden sheet. All people, emails (example.org/.com/.net) and
phones (555-01xx) are made up.

Run ``python resources/samples/make_sample.py`` to regenerate it; the output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

OUT = Path(__file__).resolve().parent / "sample-guests.xlsx"

FIRST = ["Maria", "James", "Aisha", "Tom", "Linh", "Robert", "Grace", "Diego", "Hannah", "Samuel", "Priya",
         "Michael", "Olivia", "Kwame", "Emily", "Daniel", "Sofia", "Ben", "Chloe", "Ahmed", "Rachel", "Luis",
         "Naomi", "Peter", "Yuki", "Carlos", "Fatima", "George", "Isabel", "Noah"]
LAST = ["Gonzalez", "O'Brien", "Rahman", "Becker", "Nguyen", "Miller", "Okafor", "Ramirez", "Schmidt", "Lee",
        "Patel", "Johnson", "Brown", "Mensah", "Davis", "Kim", "Rossi", "Walker", "Martin", "Hassan", "Cohen",
        "Torres", "Wright", "Novak", "Tanaka", "Silva", "Ali", "Evans", "Moreno", "Clark"]
TITLES = ["", "", "", "", "", "", "Dr. ", "Rev. "]
SUFFIXES = ["", "", "", "", "", "", "", "", " Jr.", ""]
STREETS = ["Oak St", "Maple Ave", "Division St", "Hawthorne Blvd", "Alberta St", "Burnside Rd", "Lincoln Way",
           "Cedar Ln", "Riverside Dr", "Elm Ct"]
PLACES = [("Portland", "Oregon", "972"), ("Beaverton", "OR", "970"), ("Vancouver", "Washington", "986"),
          ("Seattle", "WA", "981"), ("Salem", "oregon", "973"), ("Eugene", "Oregon", "974"),
          ("Sacramento", "California", "958"), ("Boise", "Idaho", "837")]
DOMAINS = ["example.org", "example.com", "example.net"]
TAGS = ["Gala 2025", "Gala 2025; Table host", "Gala 2025; Sponsor", "Volunteer", "Gala 2025, Volunteer",
        "Board; Gala 2025", ""]

HEADERS = ["Full name", "Email", "Phone", "Street", "City", "State", "Zip", "Attended", "Volunteer date", "Hours",
           "Tags"]


def rows(rng: random.Random) -> list[list[object]]:
    out: list[list[object]] = []
    for i in range(60):
        first, last = FIRST[i % len(FIRST)], LAST[(i * 7 + i // len(FIRST)) % len(LAST)]
        name = f"{rng.choice(TITLES)}{first} {last}{rng.choice(SUFFIXES)}"
        email = f"{first.lower()}.{last.lower().replace(chr(39), '')}@{rng.choice(DOMAINS)}"
        digits = f"{rng.choice(['503', '971', '360'])}5550{100 + i:03d}"[:10]
        phone: object
        style = i % 4
        if style == 0:
            phone = int(digits)  # typed as a number: Excel shows 5035550143
        elif style == 1:
            phone = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
        elif style == 2:
            phone = f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
        else:
            phone = None
        city, state, zip3 = rng.choice(PLACES)
        volunteer = i % 3 == 0
        date: object = dt.datetime(2025, 3, 1 + (i % 27)) if volunteer else None
        hours: object = rng.choice([2, 3, 4, 2.5]) if volunteer else None
        tags = rng.choice(TAGS)
        if volunteer and "Volunteer" not in tags:
            tags = (tags + "; Volunteer").lstrip("; ")
        out.append([name, email, phone, f"{rng.randint(100, 9999)} {rng.choice(STREETS)}", city, state,
                    f"{zip3}{rng.randint(10, 99)}", rng.choice(["Y", "Y", "Y", "N", "y"]), date, hours, tags])
    # The mess a real export has:
    out[7][1] = str(out[7][1]).split("@")[0] + "@gmail"  # no domain ending
    out[19][1] = str(out[19][1]).replace("@", " at ").replace(".", " ", 1)  # typed as words
    out[33][1] = out[0][1].title()  # the same person twice, capitalised differently
    out[33][0] = "Maria Gonzalez"
    out[12][8] = "3/14/2025"  # a date typed as text
    out[25][7] = "maybe"  # not a yes/no
    out[40][2] = "555-01"  # too short to be a phone number
    out[44][0] = None  # no name at all
    return out


def build(path: Path = OUT) -> Path:
    rng = random.Random(2025)
    wb = Workbook()
    ws = wb.active
    ws.title = "Guests"
    ws.append(["Riverside Community Food Bank — Spring Gala 2025"])
    ws.append(["Guests and volunteers, exported 14 March 2025"])
    ws.append([])
    ws.append(HEADERS)
    data = rows(rng)
    for i, r in enumerate(data):
        if i == 30:
            ws.append([])  # a blank row in the middle, as when someone deletes a guest's line
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(italic=True, color="666666")
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for row in ws.iter_rows(min_row=5, min_col=9, max_col=9):
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "m/d/yyyy"
    widths = [24, 32, 16, 22, 14, 12, 8, 10, 15, 8, 28]
    for col, w in zip("ABCDEFGHIJK", widths, strict=True):
        ws.column_dimensions[col].width = w
    old = wb.create_sheet("Seating (old)")
    old.append(["Table", "Guest"])
    old.append([1, "Maria Gonzalez"])
    old.sheet_state = "hidden"
    fixed = dt.datetime(2025, 3, 14, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Contact Importer"
    wb.save(path)
    return path


if __name__ == "__main__":
    print(build())
