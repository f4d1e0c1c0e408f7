"""Person matching on generated people with planted duplicates: pair precision and recall at the
default threshold (goal ≥ 0.99 and ≥ 0.97), within the file and against an account, and the time and
peak memory of each size (5,000 rows ≤ 10 s; 200,000 rows ≤ 60 s and ≤ 1.5 GB; 20,000 rows against
100,000 contacts ≤ 60 s after the download). Each pass runs in its own process; figures are printed
as a table and the accuracy goals asserted.
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
    out = subprocess.run([sys.executable, str(JOB), *map(str, args)], capture_output=True, text=True, check=True,
                         cwd=ROOT, timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(results: list[dict]) -> str:
    lines = ["| pass | rows | account | precision | recall | matching s | process s | peak MB |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['mode']} | {r['rows']:,} | {r.get('account', 0):,} | {r['precision']:.4f} | "
                     f"{r['recall']:.4f} | {r['seconds']:.1f} | {r['process_seconds']:.1f} | {r['peak_mb']:,} |")
    return "\n".join(lines)


@pytest.mark.benchmark
def test_matching_accuracy_and_cost(capsys: pytest.CaptureFixture[str]) -> None:
    results = [run("dedupe", 5_000, 7), run("dedupe", 5_000, 11), run("link", 5_000, 20_000, 21),
               run("dedupe", 200_000, 7), run("link", 20_000, 100_000, 21)]
    with capsys.disabled():
        print("\n" + table(results))
    for r in results:
        assert r["precision"] >= 0.99, r
        assert r["recall"] >= 0.97, r
