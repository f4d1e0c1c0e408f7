"""Person matching, data set by data set: pair precision and recall at the default threshold, and the
time and peak memory of each pass, within the file and against an account.

Our own generated people with planted duplicates (goal ≥ 0.99 and ≥ 0.97; 5,000 rows ≤ 30 s;
200,000 rows ≤ 60 s and ≤ 1.5 GB; 20,000 rows against 100,000 contacts ≤ 60 s after the download),
and public data sets nobody here made (tests/data/linkage/SOURCES.md): FEBRL 1, 2 and 3 within the
file and FEBRL 3 and 4 against an account (goal ≥ 0.95 recall at ≥ 0.99 precision; ≥ 95% of
returning people linked, ≥ 99% right), splink's heavily corrupted fake_1000 (reported; held at
≥ 0.75 recall, ≥ 0.98 precision) and RLdata10000 (names and dates of birth only; held at ≥ 0.9 recall,
≥ 0.98 precision). FEBRL 2 and 3, fake_1000, RLdata10000 and our generator were looked at while the
model was built; FEBRL 1 and FEBRL 4 were not. Each pass runs in its own process; the figures are
printed as one table per kind of data, and the goals asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "tests/benchmarks/matching_job.py"


def run(*args: object) -> dict:
    out = subprocess.run([sys.executable, str(JOB), *map(str, args)], capture_output=True, text=True,
                         cwd=ROOT, timeout=900)
    if out.returncode != 0:
        return {"mode": " ".join(map(str, args)), "failed": (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(results: list[dict]) -> str:
    lines = ["| pass | rows | account | precision | recall | matching s | process s | peak MB |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        if "failed" in r:
            lines.append(f"| {r['mode']} | not run: {r['failed']} | | | | | | |")
            continue
        lines.append(f"| {r['mode']} | {r['rows']:,} | {r.get('account', 0):,} | {r['precision']:.4f} | "
                     f"{r['recall']:.4f} | {r['seconds']:.1f} | {r['process_seconds']:.1f} | {r['peak_mb']:,} |")
    return "\n".join(lines)


@pytest.mark.benchmark
def test_matching_accuracy_and_cost(capsys: pytest.CaptureFixture[str]) -> None:
    ours = [run("dedupe", 5_000, 7), run("dedupe", 5_000, 11), run("link", 5_000, 20_000, 21),
            run("dedupe", 200_000, 7), run("link", 20_000, 100_000, 21)]
    public = [run("public-dedupe", "febrl1"), run("public-dedupe", "febrl2"), run("public-dedupe", "febrl3"),
              run("public-dedupe", "febrl3", "virtuous"),  # no date-of-birth field: the column compared unsent
              run("public-link", "febrl3"), run("public-link", "febrl4"),
              run("public-dedupe", "splink1000"), run("public-link", "splink1000"),
              run("public-dedupe", "rldata10000"), run("public-link", "rldata10000")]
    with capsys.disabled():
        print("\nOur generated people\n" + table(ours) + "\n\nPublic data sets\n" + table(public))
    for r in ours:
        assert "failed" not in r, r
        assert r["precision"] >= 0.99 and r["recall"] >= 0.97, r
    assert ours[0]["seconds"] <= 30 and ours[3]["seconds"] <= 60 and ours[3]["peak_mb"] <= 1536, ours
    for r in public:
        if "failed" in r:
            assert "could not be downloaded" in r["failed"], r  # no PyPI: the printed table says so
            continue
        if "splink" in r["mode"]:
            assert r["precision"] >= 0.98 and r["recall"] >= 0.75, r
        elif "RLdata" in r["mode"]:
            assert r["precision"] >= 0.98 and r["recall"] >= 0.9, r
        else:
            assert r["precision"] >= 0.99 and r["recall"] >= 0.95, r
