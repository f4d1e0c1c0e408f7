"""A seeded chaos soak: real ``submit`` processes killed at random moments, each followed by ``resume``,
against a sandbox CRM that loses answers (5xx after storing, dropped after storing, answered late),
throttles (429) and fails (5xx) all at once. Then every row of the file is judged against what the CRM
holds: **lost** (the CRM lacks a row its outcome says is there, or it ended without one), **doubled**
(one person stored twice, or created twice), **mislabelled** ("Created" for a contact that was there
before or "Updated" for one the run made, a wrong CRM id, anything but "Accepted for review" for
Virtuous), and **unknown** (rows left "Unknown": those with an email should never be).

Used at CI size by ``tests/core/test_chaos_soak.py`` and at full size by
``tests/benchmarks/test_bench_chaos.py``. The sandbox runs in this process, so it outlives each kill.
"""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from core.sandbox import SandboxServer, parse_faults
from core.submit.journal import Journal

REPO = Path(__file__).resolve().parents[2]
TOKEN = "chaos-token-5f1e9a0c"
HEADERS = ["First Name", "Last Name", "Email", "City", "Notes"]
#: Every fault the issue names, at once (5xx-after, drop-after, slow-after, 429 and 5xx).
ALL_FAULTS = ("5xx-after=0.08", "drop-after=0.06", "slow-after=0.6@0.12", "429=0.08", "5xx=0.08")
DAY = 86_400
BY_ID = "by-id"  # HubSpot: people found in the account updated by contact id (batch/update), the rest created


@dataclass(frozen=True)
class Scenario:
    target: str  # hubspot | virtuous
    choice: str  # HubSpot --on-existing: create | update | fill, or by-id (Virtuous: create)
    rows: int
    batch_size: int
    kills: int
    seed: int
    faults: tuple[str, ...] = ALL_FAULTS
    no_email_every: int = 9  # every n-th person has no email
    existing_every: int = 7  # every n-th person with an email is in the CRM a day before the run (HubSpot)
    row_key: bool = True  # HubSpot: ``submit --row-key`` (the account allows it), so no row is left unknown
    kill_share: float = 0.6  # a kill lands within this share of what a session has left (more kills: less)

    @property
    def name(self) -> str:
        return f"{self.target}-{self.choice}"


@dataclass
class Tally:
    scenario: str
    rows: int = 0
    lost: int = 0
    doubled: int = 0
    mislabelled: int = 0
    unknown: int = 0
    unknown_with_email: int = 0
    kills: int = 0
    sessions: int = 0
    seconds: float = 0.0
    statuses: Counter[str] = field(default_factory=Counter)
    faults: dict[str, int] = field(default_factory=dict)  # what the sandbox injected
    examples: list[str] = field(default_factory=list)

    def note(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.examples) < 8:
            self.examples.append(f"{kind}: {text}")

    def line(self) -> str:
        return (f"{self.scenario}: {self.rows:,} rows, {self.kills} kills, {self.sessions} sessions, "
                f"{self.seconds:.0f} s: lost {self.lost}, doubled {self.doubled}, mislabelled {self.mislabelled}, "
                f"unknown {self.unknown} ({self.unknown_with_email} with an email); {dict(self.statuses)}; "
                f"faults {self.faults}")


# -- the file and the account -------------------------------------------------------------------
def first_name(s: Scenario, i: int) -> str:
    return f"{s.name[:2].upper()}{s.seed}x{i}"


def has_email(s: Scenario, i: int) -> bool:
    return i % s.no_email_every != 4


def existing(s: Scenario, i: int) -> bool:
    return s.target == "hubspot" and has_email(s, i) and i % s.existing_every == 2


def full_already(s: Scenario, i: int) -> bool:
    """An existing contact that already has every field the file would fill (Fill: nothing to send)."""
    return existing(s, i) and i % (2 * s.existing_every) == 2


def write_sheet(s: Scenario, path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        for i in range(s.rows):
            w.writerow([first_name(s, i), "Lee", f"{first_name(s, i).lower()}@example.org" if has_email(s, i) else "",
                        "Portland", f"note {i}"])
    return path


def seed_account(s: Scenario, server: SandboxServer) -> None:
    """People already in HubSpot, created a day before the run (half of them with a city, half without)."""
    store = server.hubspot_store
    for i in range(s.rows):
        if not existing(s, i):
            continue
        props = {"email": f"{first_name(s, i).lower()}@example.org", "firstname": first_name(s, i),
                 "lastname": "Lee"}
        if full_already(s, i):
            props.update(city="Portland", message=f"note {i}")
        contact = store.create(store.allocate_id(), props)
        with store.transaction():
            contact.created_at -= DAY


# -- driving real processes -----------------------------------------------------------------------
def _journal_state(journal: Path) -> tuple[str | None, Counter[str]]:
    """(the run's id, its batch states) read beside the writer, or (None, {}) before it exists."""
    if not journal.exists():
        return None, Counter()
    try:
        db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=1)
        try:
            run = db.execute("SELECT id FROM runs ORDER BY created_at DESC LIMIT 1").fetchone()
            states = Counter(st for (st,) in db.execute("SELECT state FROM batches"))
            return (run[0] if run else None), states
        finally:
            db.close()
    except sqlite3.Error:
        return None, Counter()


def _kill_at_random(proc: subprocess.Popen[bytes], journal: Path, rng: random.Random, most: float) -> bool:
    """Kill ``proc`` at a random moment: sometimes early (starting, journaling), mostly part-way through
    what this session has left to send (batches on the wire, answers being journaled). False when it
    ended first."""
    if rng.random() < 0.15:
        deadline = time.monotonic() + rng.uniform(0.2, 1.5)
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    else:
        at_start = _journal_state(journal)[1]
        share = rng.uniform(0.0, most)
        while proc.poll() is None:
            states = _journal_state(journal)[1]
            left = states.total() - at_start["done"]
            if left > 0 and states["done"] - at_start["done"] >= share * left:
                time.sleep(rng.uniform(0.0, 0.03))
                break
            time.sleep(0.005)
    if proc.poll() is not None:
        return False
    proc.kill()
    proc.wait(timeout=30)
    return True


def drive(s: Scenario, server: SandboxServer, work: Path, tally: Tally) -> str:
    """``submit``, killed ``s.kills`` times at random moments, each followed by ``resume``, until the run
    finishes. Returns the run's id."""
    rng = random.Random(f"kills:{s.seed}:{s.name}")
    home = work / "home"
    journal = home / "runs.sqlite3"
    env = {**os.environ, "CONTACT_IMPORTER_HOME": str(home), "CONTACT_IMPORTER_TOKEN": TOKEN}
    env.pop("CONTACT_IMPORTER_CRASH_AT", None)
    sheet = write_sheet(s, work / f"{s.name}.csv")
    submit = ["submit", str(sheet), "--target", s.target, "--base-url", server.base_url,
              "--batch-size", str(s.batch_size), "--results", str(work / "results.csv")]
    if s.choice == BY_ID:  # people found in the account are updated by their contact id (batch/update)
        submit += ["--duplicates", str(decide_by_id(s, server, work, env))]
    if s.target == "hubspot":
        submit += ["--on-existing", "create" if s.choice == BY_ID else s.choice]
        submit += ["--row-key"] if s.row_key else []
    kills_left = s.kills
    run_id: str | None = None
    for session in range(s.kills + 12):
        args = submit if run_id is None else ["resume", run_id]
        with open(work / f"session-{session:02d}.log", "wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "tests.core.chaos_cli", *args], cwd=REPO, env=env,
                                    stdout=log, stderr=subprocess.STDOUT)
            tally.sessions += 1
            killed = False
            if kills_left:
                killed = _kill_at_random(proc, journal, rng, s.kill_share)
                kills_left -= killed
                tally.kills += killed
            if not killed:
                proc.wait(timeout=600)
        run_id = run_id or _journal_state(journal)[0]
        if not killed and run_id is not None:
            with Journal(journal) as j:
                if j.get_run(run_id).state == "finished":
                    return run_id
    raise AssertionError(f"{s.name}: the run did not finish after {tally.sessions} sessions (see {work})")


def decide_by_id(s: Scenario, server: SandboxServer, work: Path, env: dict[str, str]) -> Path:
    """``duplicates --against-account --account-matches update``, as a person would before sending: every
    probable account match becomes an update of that contact by its id."""
    decisions = work / "decisions.json"
    found = subprocess.run([sys.executable, "-m", "tests.core.chaos_cli", "duplicates", str(work / f"{s.name}.csv"),
                            "--target", s.target, "--base-url", server.base_url, "--against-account", "--out",
                            str(work / "groups.csv"), "--decisions", str(decisions), "--account-matches", "update"],
                           cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert found.returncode in (0, 1) and decisions.exists(), found.stderr
    return decisions


def by_id_rows(work: Path) -> set[int]:
    import json

    path = work / "decisions.json"
    if not path.exists():
        return set()
    account = json.loads(path.read_text(encoding="utf-8")).get("account") or {}
    return {int(row) for row, d in account.items() if d.get("choice") == "update"}


# -- judging ------------------------------------------------------------------------------------
def judge_hubspot(s: Scenario, server: SandboxServer, rows: dict[int, tuple[str, str | None]], tally: Tally,
                  by_id: set[int]) -> None:
    by_first: dict[str, list[dict]] = {}
    for c in server.contacts()["hubspot"]:
        by_first.setdefault(c["properties"].get("firstname") or "", []).append(c)
    for i in range(s.rows):
        first = first_name(s, i)
        status, crm_id = rows.get(i + 2, ("missing", None))
        tally.statuses[status] += 1
        found = by_first.get(first, [])
        if len(found) > 1 or any(c["sandbox"]["createCount"] > 1 for c in found):
            tally.note("doubled", f"{first}: {len(found)} contacts")
        if status == "unknown":
            tally.unknown += 1
            if has_email(s, i):
                tally.note("unknown_with_email", first)
            continue
        if status in ("missing", "not_sent", "failed") or not found:
            tally.note("lost", f"{first}: {status}, {len(found)} in HubSpot")
            continue
        if status == "skipped":
            right = s.choice == "fill" and full_already(s, i)
        elif existing(s, i) and s.choice == BY_ID:
            right = status == ("updated" if i + 2 in by_id else "exists")
        elif existing(s, i):
            right = status == {"create": "exists", "update": "updated", "fill": "updated"}[s.choice]
        else:
            right = status == "created"
        if not right or (status != "skipped" and crm_id != found[0]["id"]):
            tally.note("mislabelled", f"{first}: {status} (ID {crm_id}; HubSpot {found[0]['id']}, "
                                      f"{'there before' if existing(s, i) else 'new'})")


def judge_virtuous(s: Scenario, server: SandboxServer, rows: dict[int, tuple[str, str | None]],
                   keys: dict[int, str | None], tally: Tally) -> None:
    server.process_virtuous()
    by_ref: dict[str, list[dict]] = {}
    for c in server.contacts()["virtuous"]:
        for ref in c["references"]:
            by_ref.setdefault(ref["referenceId"], []).append(c)
    for i in range(s.rows):
        status, _crm_id = rows.get(i + 2, ("missing", None))
        tally.statuses[status] += 1
        found = by_ref.get(keys.get(i + 2) or "", [])
        if len(found) > 1 or any(c["sandbox"]["createCount"] > 1 for c in found):
            tally.note("doubled", f"{first_name(s, i)}: {len(found)} contacts")
        if status == "unknown":
            tally.unknown += 1
            if has_email(s, i):
                tally.note("unknown_with_email", first_name(s, i))
        elif status != "accepted" or not found:
            tally.note("lost" if not found else "mislabelled", f"{first_name(s, i)}: {status}")


def soak(s: Scenario, work: Path) -> Tally:
    """One scenario from a fresh sandbox to its judged tally."""
    work.mkdir(parents=True, exist_ok=True)
    tally = Tally(s.name, s.rows)
    started = time.monotonic()
    server = SandboxServer(token=TOKEN, faults=parse_faults(s.faults, seed=s.seed)).start()
    try:
        if s.target == "hubspot":
            seed_account(s, server)
        run_id = drive(s, server, work, tally)
        with Journal(work / "home" / "runs.sqlite3") as j:
            entries = j.rows(run_id)
        rows = {e.row: (e.status, e.crm_id) for e in entries}
        if s.target == "hubspot":
            judge_hubspot(s, server, rows, tally, by_id_rows(work))
        else:
            judge_virtuous(s, server, rows, {e.row: e.key for e in entries}, tally)
        tally.faults = {k: v for k, v in server.stats()["faults"].items() if v}
    finally:
        server.stop()
    tally.seconds = time.monotonic() - started
    return tally


def scenarios(rows: int, kills: int, seed: int, *, hubspot_batch: int, virtuous_batch: int,
              kill_share: float = 0.6) -> list[Scenario]:
    """Both targets; HubSpot's create, update (upsert), fill and update by id, with the row key."""
    return [Scenario("virtuous", "create", rows, virtuous_batch, kills, seed, kill_share=kill_share),
            *(Scenario("hubspot", choice, rows, hubspot_batch, kills, seed + n, kill_share=kill_share)
              for n, choice in enumerate(("create", "update", "fill", BY_ID), start=1))]
