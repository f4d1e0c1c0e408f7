"""Virtuous email lists and origin segment codes checked against the account before sending (issue 30): the
account's email lists are read with it (POST /api/EmailList/Search), each segment code is looked up once
(GET /api/Segment/Code/{code}); an unknown one is a warning on its row, like an unknown tag."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.cli import main
from core.sandbox import SandboxServer
from tests.core.submit_support import TOKEN

pytestmark = pytest.mark.usefixtures("isolated_home")


@pytest.fixture(autouse=True)
def token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)


def test_unknown_email_lists_and_segment_codes_are_warnings_naming_them(sandbox: SandboxServer,
                                                                        tmp_path: Path) -> None:
    sheet = tmp_path / "donors.csv"
    sheet.write_text("First Name,Last Name,Email,Email lists,Segment code\n"
                     "Ann,Lee,ann@example.org,monthly newsletter,GALA26\n"
                     "Bo,Ray,bo@example.org,Knitting circle,NOPE-1\n"
                     "Cy,Fox,cy@example.org,,\n", encoding="utf-8")
    out = tmp_path / "pv"
    assert main(["preview", str(sheet), "--target", "virtuous", "--base-url", sandbox.base_url,
                 "--out", str(out)]) == 0
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        report = [r for r in csv.DictReader(fh)]
    codes = {(r["source row"], r["code"]) for r in report}
    assert ("3", "emaillist.unknown") in codes and ("3", "segment.unknown") in codes
    assert not any(r["source row"] == "2" and r["code"] in ("emaillist.unknown", "segment.unknown") for r in report)
    said = " ".join(r["message"] for r in report if r["source row"] == "3")
    assert "Knitting circle" in said and "NOPE-1" in said and "Monthly newsletter" in said  # the account's lists
    body = (out / "batch-0001.json").read_text(encoding="utf-8")
    assert '"Monthly newsletter"' in body  # written as the account spells it
    asked = sandbox.stats()["requests"]
    assert asked.get("POST /api/EmailList/Search", 0) >= 1
    assert asked.get("GET /api/Segment/Code/{segmentCode}", 0) == 2  # each distinct code once
