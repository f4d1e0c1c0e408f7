"""The run journal: what it records before sending, state changes, atomic outcomes, locks."""

from __future__ import annotations

import logging
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core import paths
from core.submit.journal import Journal, UnknownRun, new_run_id
from core.submit.runlock import RunBusy, is_locked
from core.targets.outcomes import RowOutcome
from tests.core.submit_support import TOKEN, files_holding, new_run, run_that_met_the_token


def test_journal_lives_in_the_overridden_home(isolated_home: Path) -> None:
    assert paths.journal_path() == isolated_home / "runs.sqlite3"
    with Journal() as j:
        assert j.path == isolated_home / "runs.sqlite3"
    assert (isolated_home / "runs.sqlite3").exists()


def test_run_ids_are_readable_and_unique() -> None:
    assert re.fullmatch(r"\d{8}-\d{6}-[0-9a-f]{4}", new_run_id())
    with Journal() as j:
        ids = {new_run(j, "hubspot", 3) for _ in range(5)}
    assert len(ids) == 5


def test_wal_and_full_sync() -> None:
    with Journal() as j:
        assert j._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert j._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_everything_is_recorded_before_sending() -> None:
    with Journal() as j:
        run_id = new_run(j, "virtuous", 25, batch_size=10, bad=(4,))
        run = j.get_run(run_id)
        assert (run.target, run.state, run.total_rows, run.mode) == ("virtuous", "created", 25, "batch")
        assert run.headers == ["First Name", "Last Name", "Email", "Notes"]
        assert '"target": "virtuous"' in run.mapping_json
        batches = j.batches(run_id)
        assert [(b.number, b.state, len(b.batch.items)) for b in batches] == [(1, "pending", 10), (2, "pending", 10),
                                                                              (3, "pending", 4)]
        assert b"referenceId" in batches[0].batch.body
        rows = j.rows(run_id)
        assert rows[0].values == ["Ann0", "Lee", "guest0@example.org", "note 0"]
        skipped = [r for r in rows if r.status == "skipped"]
        assert [r.row for r in skipped] == [6] and "not a valid email" in skipped[0].message
        assert j.counts(run_id) == {"not_sent": 24, "skipped": 1}


def test_states_and_displayed_statuses() -> None:
    with Journal() as j:
        run_id = new_run(j, "hubspot", 20, batch_size=10)
        j.set_state(run_id, "running")
        j.mark_sending(run_id, 1)
        assert j.batches(run_id, ("sending",))[0].attempts == 1
        assert j.counts(run_id) == {"unknown": 10, "not_sent": 10}  # sending: may be in the CRM
        b1 = j.batches(run_id, ("sending",))[0].batch
        outs = [RowOutcome(i.row, i.key, "created", "9") for i in b1.items]
        j.finish_batch(run_id, 1, outs, "done")
        assert j.counts(run_id) == {"created": 10, "not_sent": 10}
        assert j.pending_rows(run_id) == 10
        with pytest.raises(UnknownRun):
            j.set_state("nope", "running")


def test_batch_outcomes_are_one_transaction() -> None:
    class Exploding:
        row, key, status, code, message = 2, "row-2", "created", None, ""

        @property
        def crm_id(self) -> str:
            raise RuntimeError("disk on fire")

    with Journal() as j:
        run_id = new_run(j, "hubspot", 5, batch_size=10)
        j.mark_sending(run_id, 1)
        items = j.batches(run_id)[0].batch.items
        good = [RowOutcome(i.row, i.key, "created", "1") for i in items[1:]]
        with pytest.raises(RuntimeError):
            j.finish_batch(run_id, 1, [*good, Exploding()], "done")  # type: ignore[list-item]
        assert j.batches(run_id)[0].state == "sending"
        assert j.counts(run_id) == {"unknown": 5}


def test_interrupted_is_derived_from_the_lock() -> None:
    with Journal() as j:
        run_id = new_run(j, "hubspot", 3)
        j.set_state(run_id, "running")
        assert j.get_run(run_id).state == "interrupted"  # nobody holds it: the sender died
        with j.lock(run_id):
            assert j.get_run(run_id).state == "running"
            with pytest.raises(RunBusy):
                j.lock(run_id).acquire()
        assert j.get_run(run_id).state == "interrupted"


def test_lock_of_a_killed_process_is_released(isolated_home: Path) -> None:
    with Journal() as j:
        run_id = new_run(j, "hubspot", 3)
        locks = j.locks_dir
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from core.submit.runlock import RunLock
        RunLock(Path({str(locks)!r}), {run_id!r}).acquire()
        print("locked", flush=True)
        sys.stdin.read()  # holds the lock until killed (or its stdin closes)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert is_locked(locks, run_id)
        with pytest.raises(RunBusy):
            Journal().lock(run_id).acquire()
    finally:
        proc.kill()
        proc.wait()
    assert not is_locked(locks, run_id)


def test_list_runs_newest_first(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.submit import journal as journal_module

    clock = [1_800_000_000.0]  # the journal's clock, one second apart per run (no sleeping to order them)
    monkeypatch.setattr(journal_module.time, "time", lambda: clock[0])
    with Journal() as j:
        first = new_run(j, "hubspot", 2)
        clock[0] += 1
        second = new_run(j, "virtuous", 2)
        assert [r.id for r in j.list_runs()] == [second, first]


def test_token_never_reaches_the_journal(isolated_home: Path) -> None:
    from core.logs import log_path, setup_logging

    setup_logging()
    with Journal() as j:
        run_id = run_that_met_the_token(j)
        messages = [r.message for r in j.rows(run_id)] + [j.get_run(run_id).message]
        assert any("Bearer ***" in m for m in messages)
        for h in logging.getLogger().handlers:
            h.flush()
        assert "Bearer ***" in log_path().read_text(encoding="utf-8")  # the traceback was logged, blanked
        assert files_holding(TOKEN, isolated_home) == []  # journal (and its -wal) and the log, while open
    assert files_holding(TOKEN, isolated_home) == []
    db = sqlite3.connect(isolated_home / "runs.sqlite3")
    cols = {r[1] for r in db.execute("PRAGMA table_info(runs)")}
    assert not any("token" in c for c in cols)


def test_counts_snapshot_and_delete(isolated_home: Path) -> None:
    with Journal() as j:
        run_id = new_run(j, "hubspot", 4, bad=(1,))
        j.set_state(run_id, "finished")
        db = sqlite3.connect(isolated_home / "runs.sqlite3")
        assert db.execute("SELECT counts_json FROM runs").fetchone()[0] == '{"not_sent": 3, "skipped": 1}'
        j.delete_run(run_id)
        assert j.list_runs() == [] and j.rows(run_id) == [] and j.batches(run_id) == []
        with pytest.raises(UnknownRun):
            j.delete_run(run_id)


def test_default_home_is_the_platform_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("CONTACT_IMPORTER_HOME")
    assert paths.data_dir(create=False) == Path(platformdirs.user_data_dir("Contact Importer", appauthor=False))
