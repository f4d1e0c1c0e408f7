"""A file at Excel's limit (1,048,575 rows × 9 columns) through ``contact-importer preview``: peak MB.

Printed beside the floor measured in the same run: the rows themselves as a bare list of lists of
strings (``list(csv.reader(f))``) in a fresh process. Goal: ``preview``'s peak ≤ 1.2 GB, counting
the checking pool's worker processes (``tree_memory``). ``preview`` looks for duplicates too unless it
is given decisions: the pass measured is given (empty) decisions, the read → check → batches path the
goal is about; ``BENCH_DUPLICATES=1`` adds a pass that looks for duplicates, whose matcher (splink on
DuckDB over a million people) has a peak of its own. Takes several minutes on two cores; run with
``pytest -m benchmark tests/benchmarks/test_bench_million.py -s``.
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
ROWS = 1_048_575  # Excel's last row is 1,048,576, one of them the header
GOAL_MB = 1200
FIRST = ["Jane", "José", "Zoë", "Ahmed", "Mei", "Olu", "Sam", "Priya", "Chris", "Ana"]
LAST = ["Public", "García", "Müller", "Khan", "Wang", "Adeyemi", "Lee", "Patel", "Smith", "Rossi"]
CITIES = ["Portland", "Salem", "Eugene", "Bend", "Boston", "Austin"]
STATES = ["OR", "Oregon", "MA", "TX", "new york", "WA"]


def make_file(path: Path, rows: int = ROWS) -> None:
    """Nine columns a donor export has, every email different (as in real files)."""
    rnd = random.Random(12)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["First Name", "Last Name", "Email", "Phone", "Address", "City", "State", "Zip", "Notes"])
        for i in range(rows):
            f, last = rnd.choice(FIRST), rnd.choice(LAST)
            w.writerow([f, last, f"person{i}@example.org", f"(503) 555-{rnd.randint(0, 9999):04d}",
                        f"{rnd.randint(1, 9999)} Main St", rnd.choice(CITIES), rnd.choice(STATES),
                        f"{rnd.randint(10000, 99999)}", "met at the gala" if i % 7 == 0 else ""])


FLOOR = ("import csv, sys\n"
         "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
         "print(len(rows))\n")


@pytest.mark.benchmark
@pytest.mark.slow
@pytest.mark.timeout(3600)  # minutes on two busy cores: slow, not broken
def test_preview_at_excels_row_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "million.csv"
    make_file(path)
    decisions = tmp_path / "no-duplicates.json"
    decisions.write_text(json.dumps({"version": 1, "source": path.name, "groups": [], "account": {}}))
    env = {**os.environ, "CONTACT_IMPORTER_HOME": str(tmp_path / "home")}
    floor = run_measured([sys.executable, "-c", FLOOR, str(path)], ROOT, env)
    cli = [sys.executable, "-m", "core", "preview", str(path), "--target", "virtuous"]
    given = run_measured([*cli, "--duplicates", str(decisions), "--out", str(tmp_path / "out1")], ROOT, env)
    passes = [("preview, decisions given", given)]
    if os.environ.get("BENCH_DUPLICATES"):
        passes.append(("preview, looking for duplicates",
                       run_measured([*cli, "--out", str(tmp_path / "out2")], ROOT, env)))
    assert int(floor.stdout.strip()) == ROWS + 1
    assert len(list((tmp_path / "out1").glob("batch-*.json"))) == -(-ROWS // 200)  # every row, 200 per batch
    assert f"{ROWS:,} rows read" in given.stdout
    with capsys.disabled():
        size = path.stat().st_size / 1e6
        print(f"\n[million] {ROWS:,} rows × 9 columns ({size:.0f} MB CSV), {os.cpu_count()} cores")
        print(f"[million] bare list of lists of the rows: peak {floor.tree_peak_mb:.0f} MB (the floor)")
        for name, m in passes:
            print(f"[million] {name}: {m.seconds:.0f} s, peak {m.tree_peak_mb:.0f} MB with its "
                  f"{m.most_processes - 1} helper processes (fork server, workers) "
                  f"= {m.tree_peak_mb / floor.tree_peak_mb:.2f}× the floor (goal ≤ {GOAL_MB} MB"
                  f"{'' if m.tree_peak_mb <= GOAL_MB else ', OVER'})")
