"""A full disk (or a data folder gone read-only) while sending: the run stops cleanly, the journal stays
consistent, nothing is sent that it does not know about, and resuming finishes the run.

SQLite's own refusal is what the journal sees on a full disk; the writer below fails the N-th commit
with exactly that error (a real full disk cannot be made on demand in a test).
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from core.submit.engine import execute_run
from core.submit.journal import Journal
from tests.core.submit_support import FakeCrm, assert_one_outcome_per_row, new_run

FULL = "database or disk is full"
READ_ONLY = "attempt to write a readonly database"


class FailingWriter:
    """The journal's connection, except that the ``fail_at``-th COMMIT from now fails like SQLite does."""

    def __init__(self, db: sqlite3.Connection, fail_at: int, error: str) -> None:
        self._db, self.fail_at, self.error, self.commits = db, fail_at, error, 0

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "COMMIT":
            self.commits += 1
            if self.commits == self.fail_at:
                raise sqlite3.OperationalError(self.error)
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
@pytest.mark.parametrize("fail_at,error", [(1, FULL), (2, FULL), (3, FULL), (5, READ_ONLY), (6, FULL), (10, FULL)])
def test_a_journal_write_that_fails_stops_the_run_and_resume_finishes_it(isolated_home: Any, target: str,
                                                                        fail_at: int, error: str) -> None:
    journal = Journal()
    run_id = new_run(journal, target, 40)  # 4 batches: commits are running, 4 x (sending, done), finished
    crm = FakeCrm()
    real = journal._db
    journal._db = FailingWriter(real, fail_at, error)  # type: ignore[assignment]
    try:
        summary = execute_run(journal, run_id, crm.client, concurrency=1)
    finally:
        journal._db = real

    assert summary.state == "stopped"
    assert ("full: free some space" if error == FULL else "cannot be written") in summary.message
    assert "resume the run" in summary.message
    sent = {n for n, _keys in crm.sent}
    states = {b.number: b.state for b in journal.batches(run_id)}
    for number in sent:  # every batch that went out is known to the journal: answered, or to be checked
        assert states[number] in ("done", "sending"), (number, states)
    assert not [n for n, s in states.items() if s == "sending" and n not in sent]  # never 'sending' for nothing
    assert journal.get_run(run_id).resumable

    again = execute_run(journal, run_id, crm.client, concurrency=1)
    assert again.state == "finished"
    statuses = assert_one_outcome_per_row(journal, run_id, 40)
    assert set(statuses.values()) == {"created" if target == "hubspot" else "accepted"}
    assert sorted(crm.writes.values()) == [1] * 40  # each row reached the CRM exactly once
    journal.close()


def test_a_full_disk_is_said_by_the_command_line_in_one_line(isolated_home: Any, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from core.cli import main
    from core.submit import journal as journal_module
    from tests.core.submit_support import write_guests_csv

    opened: list[Journal] = []
    original = journal_module.Journal.__init__

    def init(self: Journal, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        opened.append(self)
        if len(opened) == 2:  # the journal the run is sent with (the first one was only a check)
            self._db = FailingWriter(self._db, 3, FULL)  # type: ignore[assignment]

    monkeypatch.setattr(journal_module.Journal, "__init__", init)
    sheet = write_guests_csv(tmp_path / "guests.csv", 12)
    code = main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--batch-size", "4",
                 "--results", str(tmp_path / "r.csv")])
    captured = capsys.readouterr()
    assert code == 1
    assert "stopped" in captured.out and "is full: free some space there; then resume the run" in captured.out
    assert "Traceback" not in captured.err
