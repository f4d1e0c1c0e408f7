"""The whole path for 200,000 rows (read → map → check → payloads): seconds, ratio to a plain loop, peak MB.

Figures are printed, not asserted. Goals: on every core (2 on CI) ≤ 0.8× the single-process plain
loop; peak ≤ 350 MB (the bare list of lists of the rows, measured here too, is the floor).
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = 200_000
STATES = ["Oregon", "CA", "new york", "Texas", "WA", "Florida"]
FIRST = ["Jane", "José", "Zoë", "Ahmed", "Mei", "Olu", "Sam", "Priya"]
LAST = ["Public", "García", "Müller", "Khan", "Wang", "Adeyemi", "Lee", "Patel"]


def make_csv(path: Path, rows: int) -> None:
    rnd = random.Random(7)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["First Name", "Last Name", "Email", "Phone", "Address", "City", "State", "Zip", "Country",
                    "Volunteer Date", "Attended", "Volunteer Hours", "Tags", "Notes"])
        for i in range(rows):
            f, last = rnd.choice(FIRST), rnd.choice(LAST)
            w.writerow([f, last, f"{f.lower()}.{last.lower()}{i}@example.org".replace("é", "e").replace("ë", "e")
                        .replace("ü", "u").replace("í", "i"),
                        f"(503) 555-{rnd.randint(0, 9999):04d}", f"{rnd.randint(1, 9999)} Main St", "Portland",
                        rnd.choice(STATES), f"{rnd.randint(10000, 99999)}", "USA",
                        f"{rnd.randint(1, 12)}/{rnd.randint(1, 28)}/2024", rnd.choice("YN"),
                        f"{rnd.randint(1, 16) / 2}", "gala; volunteer", "note"])


def run(mode: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "tests/benchmarks/pipeline_job.py"), mode, str(path), "virtuous"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.benchmark
def test_pipeline_200k(tmp_path, capsys):
    path = tmp_path / "people.csv"
    make_csv(path, ROWS)
    base = run("baseline", path)
    single = run("ours-single", path)
    ours = run("ours", path)
    bare = run("floor", path)
    with capsys.disabled():
        print(f"\n[pipeline] {ROWS:,} rows × 14 columns, CSV → Virtuous payloads, {os.cpu_count()} cores")
        print(f"[pipeline] ours, every core: {ours['seconds']:.1f} s ({ROWS / ours['seconds']:,.0f} rows/s), "
              f"peak {ours['peak_mb']:.0f} MB (goal ≤ 350 MB), each worker process ≤ {ours['workers_peak_mb']:.0f} MB")
        print(f"[pipeline] ours, one process: {single['seconds']:.1f} s, peak {single['peak_mb']:.0f} MB")
        print(f"[pipeline] plain loop with the same library calls, one process: {base['seconds']:.1f} s, "
              f"peak {base['peak_mb']:.0f} MB")
        print(f"[pipeline] bare list of lists of the rows: peak {bare['peak_mb']:.0f} MB (the floor)")
        print(f"[pipeline] ratio ours (every core) ÷ plain loop: {ours['seconds'] / base['seconds']:.2f} (goal ≤ 0.8); "
              f"one process ÷ plain loop: {single['seconds'] / base['seconds']:.2f}")
    assert ours["bytes"] == single["bytes"] > 0
