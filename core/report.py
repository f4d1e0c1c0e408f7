"""The check report a person (or a script) reads: one line per problem, one line per clean row."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from core.safe_write import replacing
from core.validation.issues import CheckedRow
from core.validation.normalize import as_text

REPORT_COLUMNS = ["source row", "status", "code", "column", "message", "will do", "duplicate group"]
NOT_SENT = "Not sent: fix the errors first"
LEFT_OUT = "Not sent: left out by you"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet would run as a formula is prefixed with ' so it stays text."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_report_csv(path: str | Path, rows: Iterable[CheckedRow],
                     will_do: Callable[[int], str] | None = None, groups: Mapping[int, int] | None = None) -> None:
    """``will_do(row)``: what sending will do with a sendable row (new / exists / would change …);
    ``groups``: sheet row → duplicate group number, for the ``duplicate group`` column."""
    groups = groups or {}
    with replacing(path) as tmp, open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(REPORT_COLUMNS)
        for r in rows:
            g = groups.get(r.row, "")
            plan = LEFT_OUT if r.excluded else NOT_SENT if not r.sendable \
                else will_do(r.row) if will_do else "Will be sent"
            if r.excluded:
                code, why = r.excluded_reason or ("", "Left out by you")
                w.writerow([r.row, "excluded", code, "", safe_cell(why), plan, g])
            elif not r.issues:
                w.writerow([r.row, "ok", "", "", "", safe_cell(plan), g])
            else:
                for i in r.issues:
                    w.writerow([r.row, i.severity, i.code, safe_cell(as_text(i.column)), safe_cell(i.message),
                                safe_cell(plan), g])
