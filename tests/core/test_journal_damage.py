"""The run journal file itself going wrong: truncated, overwritten, emptied, locked by another program,
in a folder that cannot be written. Never a traceback; never a run that may have sent rows forgotten.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.cli import main
from core.submit import journal_open
from core.submit.journal import Journal
from core.submit.journal_errors import JournalUnusable
from core.submit.journal_open import open_journal
from tests.core.submit_support import new_run, write_guests_csv


def journal_file(home: Path) -> Path:
    return home / "runs.sqlite3"


def finished_run(home: Path, n: int = 400) -> str:
    with Journal(journal_file(home)) as j:
        run_id = new_run(j, "hubspot", n)
        j.set_state(run_id, "finished")
    return run_id


def truncate(path: Path, keep: float = 0.5) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(int(size * keep))


def damaged_copies(home: Path) -> list[Path]:
    return sorted(p for p in home.glob("runs.damaged-*.sqlite3"))


@pytest.fixture(autouse=True)
def recheck(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test damages a file the process may have checked before: check it again."""
    monkeypatch.setattr(journal_open, "_checked", set())


@pytest.mark.parametrize("damage", ["truncated", "overwritten"])
def test_runs_keeps_a_damaged_journal_aside_and_starts_afresh(isolated_home: Path, damage: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    finished_run(isolated_home)
    path = journal_file(isolated_home)
    if damage == "truncated":
        truncate(path)
    else:
        path.write_bytes(b"this is not a database, someone saved a note over it\n" * 500)
    before = path.read_bytes()

    assert main(["runs"]) == 0
    err = capsys.readouterr().err
    [aside] = damaged_copies(isolated_home)
    assert aside.read_bytes() == before  # the old record, byte for byte
    [said] = [line for line in err.splitlines() if "damaged" in line]  # one sentence, then the (empty) list
    assert str(aside) in said and "fresh journal" in said
    assert "Traceback" not in err
    with Journal(path) as j:
        assert j.quick_check() == "ok"


def test_submit_goes_on_with_a_fresh_journal(isolated_home: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    finished_run(isolated_home)
    journal_file(isolated_home).write_bytes(os.urandom(8192))
    sheet = write_guests_csv(tmp_path / "guests.csv", 6)
    code = main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.csv")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "finished: 6 rows" in captured.out
    assert "was damaged" in captured.err and len(damaged_copies(isolated_home)) == 1


def test_an_unfinished_run_that_cannot_be_read_back_refuses_to_send(isolated_home: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    with Journal(journal_file(isolated_home)) as j:
        run_id = new_run(j, "hubspot", 2000)
        j.set_state(run_id, "running")  # it was sending when the file got damaged
    truncate(journal_file(isolated_home))
    damaged = journal_file(isolated_home).read_bytes()
    sheet = write_guests_csv(tmp_path / "guests.csv", 6)

    code = main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.csv")])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""  # nothing started
    assert run_id in captured.err and "nothing was sent" in captured.err and "Traceback" not in captured.err
    assert not (tmp_path / "r.csv").exists()
    [aside] = damaged_copies(isolated_home)
    assert str(aside) in captured.err and aside.read_bytes() == damaged
    assert main(["resume", run_id]) == 2  # resume refuses the same way (it cannot read that run either)
    assert run_id in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["overwritten", "random bytes"])
def test_an_unfinished_run_in_a_journal_damaged_past_reading_still_refuses(isolated_home: Path, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str],
                                                                          damage: str) -> None:
    """Nothing in the file can be read, not even its list of runs; the mark kept beside the journal for
    every run not finished yet still says one may have sent rows, so nothing is sent until someone checks."""
    finished = finished_run(isolated_home)
    with Journal(journal_file(isolated_home)) as j:
        run_id = new_run(j, "hubspot", 2000)
        j.set_state(run_id, "running")
    journal_file(isolated_home).write_bytes(b"saved over by a backup tool\n" * 500 if damage == "overwritten"
                                            else os.urandom(16384))
    sheet = write_guests_csv(tmp_path / "guests.csv", 6)
    submit = ["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.csv")]
    assert main(submit) == 2
    err = capsys.readouterr().err
    assert run_id in err and finished not in err and "nothing was sent" in err and "Traceback" not in err
    assert not (tmp_path / "r.csv").exists()
    assert main(["release-hold", "--yes"]) == 0
    assert main(submit) == 0  # once checked, sending goes on with a fresh journal
    capsys.readouterr()


def test_the_refusal_outlives_the_damaged_file(isolated_home: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The damaged file is set aside at the first open; every later open (``runs``, ``submit``, a new process)
    still refuses, from the hold file beside the journal, until a person has checked the CRM and deleted it."""
    with Journal(journal_file(isolated_home)) as j:
        run_id = new_run(j, "hubspot", 2000)
        j.set_state(run_id, "running")
    truncate(journal_file(isolated_home))
    sheet = write_guests_csv(tmp_path / "guests.csv", 6)
    submit = ["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.csv")]
    assert main(submit) == 2
    first = capsys.readouterr().err
    [aside] = damaged_copies(isolated_home)
    hold = journal_open.hold_path(journal_file(isolated_home))
    assert hold.is_file() and str(hold) in first and str(aside) in first
    with Journal(journal_file(isolated_home)) as j:  # the damaged file is gone from its place: a sound journal
        assert j.quick_check() == "ok"

    for again in (["runs"], submit, ["resume", run_id]):
        monkeypatch.setattr(journal_open, "_checked", set())  # as a new process would
        assert main(again) == 2, again
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and run_id in err and str(aside) in err and "nothing was sent" in err, again
        assert "Traceback" not in err
    assert not (tmp_path / "r.csv").exists() and damaged_copies(isolated_home) == [aside]
    for suffix in ("", "-wal", "-shm"):  # the journal moved away altogether (as the old advice said): still held
        (isolated_home / f"runs.sqlite3{suffix}").unlink(missing_ok=True)
    assert main(["runs"]) == 2 and run_id in capsys.readouterr().err
    assert main(submit) == 2 and run_id in capsys.readouterr().err

    monkeypatch.setattr("builtins.input", lambda _prompt: "no")  # asked, the person has not checked yet
    assert main(["release-hold"]) == 1 and hold.is_file()
    assert main(submit) == 2
    capsys.readouterr()
    assert main(["release-hold", "--yes"]) == 0  # the person checked that run's rows in the CRM
    assert not hold.exists() and "Sending is allowed again." in capsys.readouterr().out
    assert main(submit) == 0
    assert "finished: 6 rows" in capsys.readouterr().out
    assert aside.exists()  # the old record is still kept
    assert main(["release-hold"]) == 0 and "Nothing holds sending" in capsys.readouterr().out


def test_a_hold_that_cannot_be_written_leaves_the_damaged_file_in_place(isolated_home: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from core import safe_write

    with Journal(journal_file(isolated_home)) as j:
        run_id = new_run(j, "hubspot", 2000)
        j.set_state(run_id, "running")
    truncate(journal_file(isolated_home))
    damaged = journal_file(isolated_home).read_bytes()

    def no_room(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write, "write_text", no_room)
    assert main(["runs"]) == 2
    err = capsys.readouterr().err
    assert run_id in err and f"move {journal_file(isolated_home).name} out of its folder" in err
    assert journal_file(isolated_home).read_bytes() == damaged  # the refusal still has its evidence
    monkeypatch.setattr(journal_open, "_checked", set())
    assert main(["runs"]) == 2 and run_id in capsys.readouterr().err


def _has_dbstat() -> bool:
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM dbstat").fetchall()
    except sqlite3.Error:
        return False
    return True


def overwrite_later_body_page(path: Path, after_page: int) -> None:
    """Zero one page of a batch body written after ``after_page`` (a later run's data only)."""
    db = sqlite3.connect(path)
    try:
        page_size, = db.execute("PRAGMA page_size").fetchone()
        pages = [n for (n,) in db.execute("SELECT pageno FROM dbstat WHERE name='batches' AND pagetype='overflow'"
                                          " AND pageno > ? ORDER BY pageno", (after_page,))]
    finally:
        db.close()
    assert pages
    with open(path, "r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * page_size)
        fh.write(b"\0" * page_size)


@pytest.mark.skipif(not _has_dbstat(), reason="this SQLite build lacks the dbstat table used to aim the damage")
def test_an_unfinished_run_that_can_be_read_is_carried_into_the_fresh_journal(isolated_home: Path) -> None:
    path = journal_file(isolated_home)
    with Journal(path) as j:
        unfinished = new_run(j, "virtuous", 8)
        j.set_state(unfinished, "stopped", "the service was down")
        first_pages, = j._db.execute("PRAGMA page_count").fetchone()
        done = new_run(j, "hubspot", 1000, batch_size=100)  # big bodies, stored after the unfinished run
        j.set_state(done, "finished")
    overwrite_later_body_page(path, first_pages)

    journal = open_journal()
    with journal:
        assert unfinished in journal.notice and "resume" in journal.notice
        runs = {r.id: r for r in journal.list_runs()}
        assert set(runs) == {unfinished}  # the finished run's damaged body could not be read back
        assert runs[unfinished].resumable and len(journal.rows(unfinished)) == 8
        assert [b.state for b in journal.batches(unfinished)] == ["pending"]
    assert len(damaged_copies(isolated_home)) == 1


def test_an_emptied_journal_is_noticed(isolated_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_id = finished_run(isolated_home)
    with Journal(journal_file(isolated_home)) as j, j.lock(run_id):
        pass  # a run was sent from this journal once (its lock file exists)
    journal_file(isolated_home).write_bytes(b"")
    assert main(["runs"]) == 0
    assert "was damaged (the file is empty)" in capsys.readouterr().err


HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("PRAGMA locking_mode=EXCLUSIVE")
    db.execute("BEGIN EXCLUSIVE")
    db.execute("UPDATE meta SET value=value")
    print("locked", flush=True)
    sys.stdin.readline()
""")


@pytest.fixture
def locked_by_another_program(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    finished_run(isolated_home)
    monkeypatch.setattr(journal_open, "OPEN_TIMEOUT", 0.2)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(journal_file(isolated_home))],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield journal_file(isolated_home)
    finally:
        holder.communicate("\n", timeout=10)


def test_a_journal_locked_by_another_program_is_one_line(locked_by_another_program: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    before = locked_by_another_program.read_bytes()
    assert main(["runs"]) == 2
    err = capsys.readouterr().err
    assert "locked by another program" in err and err.count("\n") == 1
    sheet = write_guests_csv(tmp_path / "guests.csv", 3)
    assert main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.csv")]) == 2
    assert "locked by another program" in capsys.readouterr().err
    assert not damaged_copies(locked_by_another_program.parent)  # a lock is not damage: nothing moved
    assert locked_by_another_program.read_bytes() == before


def test_a_data_folder_that_cannot_be_made_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(blocker / "home"))
    sheet = write_guests_csv(tmp_path / "guests.csv", 3)
    assert main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.csv")]) == 2
    err = capsys.readouterr().err
    assert "cannot be written" in err and "CONTACT_IMPORTER_HOME" in err and "Traceback" not in err
    assert main(["runs"]) == 0 and "No runs yet" in capsys.readouterr().err
    with pytest.raises(JournalUnusable, match="cannot be written"):
        open_journal()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions")
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_runs_reads_a_journal_in_a_read_only_folder(isolated_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_id = finished_run(isolated_home)
    os.chmod(isolated_home, 0o555)
    try:
        assert main(["runs"]) == 0
        assert capsys.readouterr().out.startswith(run_id)
        with pytest.raises(JournalUnusable, match="cannot be written"):
            open_journal().create_run  # noqa: B018 - opening for writing is what must fail
    finally:
        os.chmod(isolated_home, 0o755)
