"""Small spreadsheets for window tests, written into a test's tmp_path with openpyxl or csv."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

GUEST_HEADERS = ["First Name", "Last Name", "E-mail", "Phone", "State", "Attended", "Tags"]
GUEST_ROWS = [
    ["Ana", "Lopez", "ana@example.org", "503-555-0143", "Oregon", "Y", "Gala; Donor"],
    ["Ben", "Okoro", "not-an-email", "5035550144", "WA", "N", ""],
    ["Cy", "Park", "ana@example.org", "12", "California", "maybe", "Gala"],
    ["Dee", "Ngata", "dee@example.org", "", "OR", "Y", "Volunteer"],
]


def guests_xlsx(path: Path, title: bool = True, hidden_sheet: bool = True) -> Path:
    """A title row, a blank row, then the header in row 3 (when ``title``); a hidden sheet first."""
    wb = Workbook()
    ws = wb.active
    if hidden_sheet:
        ws.title = "Old list"
        ws.append(["Name"])
        ws.append(["Nobody"])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet("Guests")
    else:
        ws.title = "Guests"
    if title:
        ws.append(["Spring Gala guest list"])
        ws.append([])
    ws.append(GUEST_HEADERS)
    for row in GUEST_ROWS:
        ws.append(row)
    other = wb.create_sheet("Volunteers")
    other.append(["Name", "Email", "Hours"])
    other.append(["Vi Tran", "vi@example.org", 3])
    other.append(["Wes Hale", "wes@example.org", 2.5])
    wb.save(path)
    return path


def guests_csv(path: Path, rows: list[list[str]] | None = None, headers: list[str] | None = None) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(headers or GUEST_HEADERS)
        w.writerows(rows if rows is not None else GUEST_ROWS)
    return path


def big_csv(path: Path, rows: int) -> Path:
    """``rows`` people; every 50th has a bad email, so the Check step has something to show."""
    start = dt.date(2024, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["First Name", "Last Name", "Email", "Phone", "City", "State", "Zip", "Joined"])
        for i in range(rows):
            email = f"person{i}@example.org" if i % 50 else f"person{i}-at-example.org"
            w.writerow([f"First{i}", f"Last{i}", email, f"(503) 555-{i % 10000:04d}", "Portland", "Oregon",
                        f"{97200 + i % 100}", (start + dt.timedelta(days=i % 365)).isoformat()])
    return path
