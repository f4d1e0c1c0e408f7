"""Run one pass of the pipeline (or the plain-loop baseline) over a CSV; print seconds and peak MB.

Run in its own process so peak memory is that pass alone.
"""

from __future__ import annotations

import csv
import json
import resource
import sys
import time


def ours(path: str, target: str, workers: int | None = None) -> int:
    from core.pipeline import check_table, make_batches, mapping_for, read_table

    table = read_table(path)
    mapping = mapping_for(table, target)
    checked = check_table(table, mapping, workers=workers)
    batches = make_batches(checked)
    return sum(len(b.body) for b in batches)


def floor(path: str, target: str) -> int:
    """The rows themselves as a bare list of lists of strings: the memory floor."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return len(rows)


def baseline(path: str, target: str) -> int:
    """The same library calls in a plain loop: csv, email-validator, phonenumbers, the state table,
    date parsing, pydantic models and their JSON — with none of our structure around them."""
    import datetime as dt

    import phonenumbers
    from email_validator import EmailNotValidError, validate_email

    from core.targets.virtuous_models import VirtuousBatchRequest, VirtuousContact, VolunteerAttendance
    from core.validation.normalize import US_STATES

    size = 0
    contacts = []
    with open(path, newline="", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        for i, r in enumerate(rows, 2):
            first, last, email, phone, addr, city, state, zip_, country, date, attended, hours, tags, _ = r
            try:
                email = validate_email(email, check_deliverability=False).normalized.lower()
            except EmailNotValidError:
                continue
            try:
                num = phonenumbers.parse(phone, "US")
                phone = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) \
                    if phonenumbers.is_valid_number(num) else phone
            except phonenumbers.NumberParseException:
                pass
            m, d, y = date.split("/")
            day = dt.date(int(y), int(m), int(d)).isoformat()
            contacts.append(VirtuousContact(
                referenceId=f"row{i}", contactType="Household", name=f"{first} {last}", firstName=first,
                lastName=last, email=email, phone=phone, address1=addr, city=city,
                state=US_STATES.get(state.lower(), state), postal=zip_, country=country,
                attended=attended == "Y", tags=";".join(t.strip() for t in tags.split(";")),
                volunteerAttendances=[VolunteerAttendance(date=day, hours=hours)]))
            if len(contacts) == 200:
                req = VirtuousBatchRequest(referenceSource="Contact Importer", contacts=contacts)
                size += len(req.model_dump_json(indent=2, exclude_none=True).encode())
                contacts = []
    if contacts:
        req = VirtuousBatchRequest(referenceSource="Contact Importer", contacts=contacts)
        size += len(req.model_dump_json(indent=2, exclude_none=True).encode())
    return size


def _peak_mb() -> float:
    """This process's own peak: VmHWM starts afresh at exec, ru_maxrss may carry the parent's peak."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # macOS/Windows fallback (bytes on macOS)


if __name__ == "__main__":
    mode, path, target = sys.argv[1:4]
    t0 = time.perf_counter()
    if mode == "ours":
        out = ours(path, target)
    elif mode == "ours-single":
        out = ours(path, target, workers=1)
    else:
        out = (floor if mode == "floor" else baseline)(path, target)
    secs = time.perf_counter() - t0
    peak_mb = _peak_mb()
    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest worker's peak
    print(json.dumps({"seconds": secs, "peak_mb": peak_mb, "workers_peak_mb": workers_mb, "bytes": out}))
