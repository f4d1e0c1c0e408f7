"""Killed with a batch on the wire, then resumed: every row labelled by what *this run* did to HubSpot.

A real ``submit`` process is SIGKILLed the moment the sandbox has stored a batch whose answer it is
still holding back (``slow-after``); ``resume`` then finishes the run and ``undo --yes`` archives what
the run created. Rows whose contact the run created read "Created" (so undo archives them), a
contact that was there before reads "Updated" (so undo leaves it), and nothing is stored twice.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.sandbox import SandboxServer, parse_faults
from core.targets.client_base import Connection
from core.targets.hubspot_client import HubSpotClient
from core.targets.payloads import Batch
from tests.core.submit_support import TOKEN, plan, write_guests_csv

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"), pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
N_ROWS = 40
BEFORE = ("guest3@example.org", "guest31@example.org")  # in HubSpot a day before the run


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)


def wait_until(predicate, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.005)


@pytest.mark.parametrize("mode", ["update", "fill", "create"])
def test_killed_with_a_batch_on_the_wire_labels_created_rows_created_and_undo_leaves_none(
        tmp_path: Path, isolated_home: Path, mode: str) -> None:
    server = SandboxServer(token=TOKEN, faults=parse_faults(["slow-after=1@1"], seed=1)).start()
    try:
        store = server.hubspot_store
        for n, email in enumerate(BEFORE, start=1):
            store.create(str(n), {"email": email, "firstname": "Before"})
            with store.transaction():
                store.get(str(n)).created_at -= 86_400  # type: ignore[union-attr]
        sheet = write_guests_csv(tmp_path / "guests.csv", N_ROWS)
        results = tmp_path / "results.csv"
        env = {**os.environ, "CONTACT_IMPORTER_HOME": str(isolated_home), "CONTACT_IMPORTER_TOKEN": TOKEN}
        submit = subprocess.Popen(
            [sys.executable, "-m", "core", "submit", str(sheet), "--target", "hubspot", "--base-url",
             server.base_url, "--on-existing", mode, "--batch-size", "10", "--concurrency", "2",
             "--results", str(results)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            # Killed once HubSpot has stored a batch whose answer is still on its way (1 s late).
            wait_until(lambda: len(store.snapshot()) > len(BEFORE) or submit.poll() is not None)
            submit.send_signal(signal.SIGKILL)
        finally:
            out, _err = submit.communicate(timeout=60)
        assert submit.returncode == -signal.SIGKILL, "submit finished before it could be killed"
        run_id = out.split("Run ", 1)[1].split(":", 1)[0]

        resumed = cli("resume", run_id, env=env)
        assert resumed.returncode in (0, 1), resumed.stdout + resumed.stderr
        undone = cli("undo", run_id, "--yes", env=env)
        assert undone.returncode == 0, undone.stdout + undone.stderr

        contacts = {c["properties"]["email"]: c for c in server.contacts()["hubspot"]}
    finally:
        server.stop()
    with open(results, encoding="utf-8-sig", newline="") as fh:
        rows = {r["Email"]: r for r in csv.DictReader(fh)}
    assert len(rows) == N_ROWS and set(contacts) == set(rows)  # every row exactly once, nothing else
    assert all(c["sandbox"]["createCount"] == 1 for c in contacts.values())
    expect_before = "Already exists" if mode == "create" else "Updated"
    wrong = {e: (r["Status"], r["Message"]) for e, r in rows.items()
             if r["Status"] != (expect_before if e in BEFORE else "Created")}
    assert not wrong, f"{len(wrong)} rows mislabelled: {dict(list(wrong.items())[:3])}"
    assert [e for e, c in contacts.items() if not c["archived"]] == list(BEFORE)  # undo leaves none it created
    assert all(contacts[e]["sandbox"]["createCount"] == 1 for e in BEFORE)


def _resent_after_a_kill(_checked: object, batches: list[Batch]) -> tuple[dict[int, tuple[str, str | None]],
                                                                          dict[str, str]]:
    """The first batch sent again after a kill: guest0 was in HubSpot a day before the run, guest1 was
    made by the killed try (after the batch first went). Each row's (status, CRM id), and email → id of
    every contact afterwards."""
    first = batches[0]
    with SandboxServer(token=TOKEN) as server:
        store = server.hubspot_store
        store.create("7", {"email": "guest0@example.org", "firstname": "Before"})
        with store.transaction():
            store.get("7").created_at -= 86_400  # type: ignore[union-attr]
        sent_at = time.time()
        store.create("8", {"email": "guest1@example.org", "firstname": "Ann1"})  # by the killed try
        again = Batch(first.number, first.operation, first.items, first.body, None, sent_at)
        with HubSpotClient(Connection("hubspot", server.base_url, TOKEN)) as client:
            outcomes = {o.row: (o.status, o.crm_id) for o in client.send(again)}
        created = {c["properties"]["email"]: c["id"] for c in server.contacts()["hubspot"]}
    return outcomes, created


def test_a_resent_upsert_whose_first_try_created_the_contact_says_created(tmp_path: Path) -> None:
    """The answer to a re-send says ``new: false`` (the first, killed try made the contact): when the
    journal says this batch went out before, a contact created since then is this run's."""
    outcomes, created = _resent_after_a_kill(*plan("hubspot", 4, mode="upsert"))
    assert outcomes == {2: ("updated", "7"), 3: ("created", "8"), 4: ("created", created["guest2@example.org"]),
                        5: ("created", created["guest3@example.org"])}


def test_a_resent_create_refused_as_existing_is_created_when_the_first_try_made_it(tmp_path: Path) -> None:
    """HubSpot stored the killed try after the resume had looked for it, so the re-send meets a conflict:
    the contact's createdAt (after the batch first went) says this run created it; a contact there the
    day before stays "Already exists"."""
    outcomes, created = _resent_after_a_kill(*plan("hubspot", 3))
    assert outcomes == {2: ("exists", "7"), 3: ("created", "8"), 4: ("created", created["guest2@example.org"])}
