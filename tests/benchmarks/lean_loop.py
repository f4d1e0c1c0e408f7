"""The script a capable person would write for the same job as ``contact-importer preview``: the baseline.

One process, the same libraries the app uses for the work that matters (csv, email-validator,
phonenumbers), nothing the job does not need: read the CSV, check each email, put each phone in
E.164, turn state names into codes, dates into ISO, write the request bodies in batches (100 for
HubSpot, 200 for Virtuous, as the app does) with ``json.dump`` and a one-line-per-row report. No
pydantic model per contact (the app's pipeline does not build one either), no duplicate search.

    python tests/benchmarks/lean_loop.py FILE.csv {hubspot,virtuous} OUT_DIR

Prints one JSON line: seconds and rows. Written for the column layout of
``tests/benchmarks/test_bench_pipeline.make_csv`` (the file both sides read).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import time
from pathlib import Path

import phonenumbers
from email_validator import EmailNotValidError, validate_email

STATES = {"oregon": "OR", "california": "CA", "new york": "NY", "texas": "TX", "washington": "WA",
          "florida": "FL"}


def state_code(text: str) -> str:
    t = text.strip()
    return t.upper() if len(t) == 2 else STATES.get(t.lower(), t)


def iso_date(text: str) -> str:
    month, day, year = text.split("/")
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def main(path: str, target: str, out_dir: str) -> None:
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    size = 100 if target == "hubspot" else 200
    items: list[dict] = []
    batch_no = 0
    rows = 0

    def flush() -> None:
        nonlocal batch_no, items
        if not items:
            return
        batch_no += 1
        body = {"inputs": items} if target == "hubspot" else {"referenceSource": "Contact Importer",
                                                              "contacts": items}
        with open(out / f"batch-{batch_no:04d}.json", "w", encoding="utf-8") as fh:
            json.dump(body, fh, ensure_ascii=False, indent=2)
        items = []

    with open(path, newline="", encoding="utf-8") as fh, \
            open(out / "report.csv", "w", newline="", encoding="utf-8") as rep:
        report = csv.writer(rep)
        report.writerow(["source row", "status", "message"])
        for n, row in enumerate(csv.DictReader(fh), start=2):
            rows += 1
            try:
                email = validate_email(row["Email"].strip(), check_deliverability=False).normalized
            except EmailNotValidError as e:
                report.writerow([n, "error", str(e)])
                continue
            phone = ""
            try:
                parsed = phonenumbers.parse(row["Phone"], "US")
                if phonenumbers.is_valid_number(parsed):
                    phone = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            except phonenumbers.NumberParseException:
                pass
            first, last = row["First Name"].strip(), row["Last Name"].strip()
            if target == "hubspot":
                props = {"firstname": first, "lastname": last, "email": email, "phone": phone,
                         "address": row["Address"].strip(), "city": row["City"].strip(),
                         "state": state_code(row["State"]), "zip": row["Zip"].strip(),
                         "country": row["Country"].strip()}
                items.append({"properties": {k: v for k, v in props.items() if v}, "objectWriteTraceId": f"row-{n}",
                              "associations": []})  # the published schema requires it (docs/api-hubspot.md)
            else:
                ref = "ci-" + hashlib.sha256(f"{email}|{first} {last}".lower().encode()).hexdigest()[:20]
                contact = {"referenceId": ref, "contactType": "Household", "name": f"{first} {last}",
                           "firstName": first, "lastName": last, "email": email, "phone": phone,
                           "address1": row["Address"].strip(), "city": row["City"].strip(),
                           "state": state_code(row["State"]), "postal": row["Zip"].strip(),
                           "country": row["Country"].strip(), "attended": row["Attended"].strip() == "Y",
                           "tags": ";".join(t.strip() for t in row["Tags"].split(";") if t.strip()),
                           "volunteerAttendances": [{"date": iso_date(row["Volunteer Date"]),
                                                     "hours": row["Volunteer Hours"].strip().removesuffix(".0")}]}
                items.append({k: v for k, v in contact.items() if v not in ("", None)})
            report.writerow([n, "ok", ""])
            if len(items) == size:
                flush()
        flush()
    print(json.dumps({"seconds": time.perf_counter() - start, "rows": rows}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
