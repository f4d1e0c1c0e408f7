"""Virtuous origin segment codes, checked against the account before sending: each distinct code is looked
up once with ``GET /api/Segment/Code/{segmentCode}`` (the Virtuous API reference's "Get a Segment using a unique
Code"; docs/api-virtuous.md). A code the account does not have is a warning on each row that gives it (the
value is still sent: whether Virtuous keeps an unknown code is [U]). A key that may not read segments
checks nothing.
"""

from __future__ import annotations

import threading
from urllib.parse import quote

from core.account.fetch import VIRTUOUS_SEGMENT
from core.targets.client_base import Connection
from core.targets.http import HttpSession
from core.targets.outcomes import AuthError
from core.validation import issues as codes
from core.validation.issues import CheckedRow, Issue
from core.words import N_

KEY = "originSegmentCode"


def check_segments(rows: list[CheckedRow], connection: Connection | None, column: str = KEY,
                   cancel: threading.Event | None = None) -> set[str]:
    """The codes the account does not have (each row giving one gets a warning)."""
    wanted = sorted({str(r.values[KEY]).strip() for r in rows if str(r.values.get(KEY) or "").strip()})
    if not wanted or connection is None:
        return set()
    unknown: set[str] = set()
    http = HttpSession(connection)
    try:
        for code in wanted:
            try:
                result = http.send_with_retries("GET", VIRTUOUS_SEGMENT.format(code=quote(code, safe="")),
                                                cancel=cancel)
            except AuthError:  # this key may not read segments: nothing is checked
                return set()
            if result.response.status_code == 404:
                unknown.add(code)
            elif not result.response.is_success:
                return set()  # this key may not read segments: nothing is checked
    finally:
        http.close()
    for r in rows:
        code = str(r.values.get(KEY) or "").strip()
        if code in unknown:
            r.issues.append(Issue(r.row, codes.SEGMENT_UNKNOWN, "warning", column, KEY, code, N_(
                "Row {row}, column '{column}': '{code}' is not a segment code in the account (Virtuous may leave it "
                "out)").format(row=r.row, column=column, code=code)))
    return unknown
