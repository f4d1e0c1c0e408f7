"""Proof of crash safety: ``submit`` is killed with SIGKILL mid-run, ``resume`` finishes it, and the
sandbox (a separate process, so it outlives the crash) holds every contact exactly once.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import openpyxl
import pytest

from core.crashpoints import ENV_CRASH_AT
from tests.core.submit_support import write_guests_csv

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"), pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
N_ROWS = 60


@pytest.fixture
def sandbox_process() -> Iterator[tuple[str, str]]:
    proc = subprocess.Popen([sys.executable, "-m", "core.sandbox", "--port", "0", "--fault", "slow=0.3@1",
                             "--seed", "1"], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[-1]
        token = proc.stdout.readline().strip().split(": ", 1)[1]
        assert url.startswith("http://")
        yield url, token
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def batch_states(journal: Path) -> Counter[str]:
    if not journal.exists():
        return Counter()
    try:
        db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=1)
        try:
            return Counter(s for (s,) in db.execute("SELECT state FROM batches"))
        finally:
            db.close()
    except sqlite3.OperationalError:  # not created yet / being created
        return Counter()


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_kill_mid_run_then_resume(sandbox_process: tuple[str, str], tmp_path: Path, isolated_home: Path,
                                  target: str) -> None:
    url, token = sandbox_process
    sheet = write_guests_csv(tmp_path / "guests.csv", N_ROWS, prefix=f"{target}-")
    results = tmp_path / "results.xlsx"
    # Killed (SIGKILL, by the test-only hook) as batch 4 has been recorded as sending: earlier ones are done.
    env = {**os.environ, "CONTACT_IMPORTER_HOME": str(isolated_home), "CONTACT_IMPORTER_TOKEN": token,
           ENV_CRASH_AT: "before-send:4"}
    journal = isolated_home / "runs.sqlite3"
    submit = subprocess.Popen(
        [sys.executable, "-m", "core", "submit", str(sheet), "--target", target, "--base-url", url,
         "--batch-size", "5", "--concurrency", "2", "--results", str(results)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, _err = submit.communicate(timeout=120)
    assert submit.returncode == -signal.SIGKILL, "submit finished before it could be killed"
    run_id = out.split()[1].rstrip(":")
    after_kill = batch_states(journal)
    assert after_kill["pending"] > 0 and after_kill["done"] >= 1 and after_kill["sending"] >= 1
    assert not results.exists()

    listed = subprocess.run([sys.executable, "-m", "core", "runs"], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=30)
    assert listed.stdout.startswith(f"{run_id}  {target}  guests.csv  interrupted")

    env.pop(ENV_CRASH_AT)
    resumed = subprocess.run([sys.executable, "-m", "core", "resume", run_id], cwd=REPO, env=env,
                             capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert "checking its" in resumed.stderr  # in-flight batches were reconciled first
    assert token not in resumed.stdout + resumed.stderr
    assert batch_states(journal) == Counter({"done": after_kill.total()})

    httpx.post(f"{url}/_sandbox/virtuous/process", headers={"Authorization": f"Bearer {token}"},
               timeout=10)  # Virtuous processes its imports later
    contacts = httpx.get(f"{url}/_sandbox/contacts", timeout=10).json()[target]
    if target == "hubspot":
        seen = Counter(c["properties"]["email"] for c in contacts)
        assert all(c["sandbox"]["writeCount"] == 1 for c in contacts)  # never created or written twice
    else:
        seen = Counter(c["email"] for c in contacts)
        assert all(c["sandbox"]["createCount"] == 1 for c in contacts)
    assert seen == Counter(f"{target}-{i}@example.org" for i in range(N_ROWS))

    ws = openpyxl.load_workbook(results).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == N_ROWS and sorted(r[2] for r in rows) == sorted(seen)
    expected = "Created" if target == "hubspot" else "Accepted for review"
    assert all(r[4] == expected for r in rows)
