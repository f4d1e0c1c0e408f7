"""The whole path for 200,000 rows (read → map → check → payloads): seconds, ratio to a plain loop, peak MB.

Figures are printed, not asserted. Goals: on every core (2 on CI) ≤ 0.8× the single-process plain
loop, measured in the same run; peak ≤ 350 MB counting the worker processes (the bare list of lists
of the rows, measured here too, is the floor). The file is written once; each side runs once in its
own process (``BENCH_REPEAT=2``: best of two; ``BENCH_SINGLE=1`` adds our one-process pass, and checks
it makes the same bytes — ``tests/core/test_check_pool.py`` compares the rows themselves).
"""

from __future__ import annotations

import csv
import json
import os
import random
import sys
from pathlib import Path

import pytest

from tests.benchmarks.tree_memory import run_measured

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
    """One pass in a fresh process; its peak counts the checking pool's worker processes too."""
    m = run_measured([sys.executable, str(ROOT / "tests/benchmarks/pipeline_job.py"), mode, str(path), "virtuous"],
                     ROOT)
    out = json.loads(m.stdout.strip().splitlines()[-1])
    out["tree_mb"] = max(m.tree_peak_mb, out["peak_mb"])
    out["processes"] = m.most_processes
    return out


def best(mode: str, path: Path) -> dict:
    """Best of ``BENCH_REPEAT`` passes (default 1: each pass takes half a minute or more on two busy cores)."""
    passes = [run(mode, path) for _ in range(max(int(os.environ.get("BENCH_REPEAT", "1")), 1))]
    return min(passes, key=lambda p: p["seconds"])


@pytest.mark.benchmark
@pytest.mark.timeout(1800)  # a benchmark on a loaded machine is slow, not broken
def test_pipeline_200k(tmp_path, capsys):
    path = tmp_path / "people.csv"
    make_csv(path, ROWS)  # once, for every pass
    base = best("baseline", path)
    ours = best("ours", path)
    bare = run("floor", path)
    single = run("ours-single", path) if os.environ.get("BENCH_SINGLE") else None
    load = os.getloadavg()[0]
    with capsys.disabled():
        print(f"\n[pipeline] {ROWS:,} rows × 14 columns, CSV → Virtuous payloads, {os.cpu_count()} cores, "
              f"load average {load:.1f} when done")
        print(f"[pipeline] ours, every core: {ours['seconds']:.1f} s ({ROWS / ours['seconds']:,.0f} rows/s), "
              f"peak {ours['tree_mb']:.0f} MB with its {ours['processes'] - 1} helper processes (fork server, workers) "
              f"(goal ≤ 350 MB; this process alone {ours['peak_mb']:.0f} MB)")
        print(f"[pipeline] plain loop with the same library calls, one process: {base['seconds']:.1f} s, "
              f"peak {base['tree_mb']:.0f} MB")
        print(f"[pipeline] bare list of lists of the rows: peak {bare['tree_mb']:.0f} MB (the floor)")
        print(f"[pipeline] ratio ours (every core) ÷ plain loop: {ours['seconds'] / base['seconds']:.2f} (goal ≤ 0.8)")
        if single is not None:
            print(f"[pipeline] ours, one process: {single['seconds']:.1f} s, peak {single['tree_mb']:.0f} MB; "
                  f"÷ plain loop {single['seconds'] / base['seconds']:.2f}")
    assert ours["bytes"] > 0 and base["bytes"] > 0
    if single is not None:
        assert ours["bytes"] == single["bytes"]
