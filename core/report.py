"""The check report a person (or a script) reads: one line per problem, one line per clean row."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from core.safe_write import replacing
from core.validation.issues import CheckedRow
from core.validation.normalize import as_text

REPORT_COLUMNS = ["source row", "status", "code", "column", "message"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet would run as a formula is prefixed with ' so it stays text."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_report_csv(path: str | Path, rows: Iterable[CheckedRow]) -> None:
    with replacing(path) as tmp, open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(REPORT_COLUMNS)
        for r in rows:
            if r.excluded:
                w.writerow([r.row, "excluded", "", "", "Left out by you"])
            elif not r.issues:
                w.writerow([r.row, "ok", "", "", ""])
            else:
                for i in r.issues:
                    w.writerow([r.row, i.severity, i.code, safe_cell(as_text(i.column)), safe_cell(i.message)])
