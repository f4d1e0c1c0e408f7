"""'Retry failed rows': a new run, linked to the old one, built from the source file and the old mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import InputError
from core.submit.engine import execute_run
from core.submit.journal import Journal
from core.submit.runs import Destination, create_run, plan_from_file, retry_failed
from core.targets.outcomes import AuthError, RowOutcome
from core.targets.payloads import Batch
from tests.core.submit_support import FakeCrm, write_guests_csv


def failing_run(journal: Journal, sheet: Path, target: str = "virtuous") -> tuple[str, FakeCrm]:
    checked, batches = plan_from_file(sheet, target, batch_size=5)
    run_id = create_run(journal, checked, batches, Destination(target, "http://crm.invalid"), batch_size=5)
    crm = FakeCrm()

    def two_fail(c: FakeCrm, b: Batch) -> list[RowOutcome]:
        out = c.store(Batch(b.number, b.operation, b.items[2:], b.body))
        return [RowOutcome(i.row, i.key, "failed", code="virtuous.rejected", message="rejected") for i in b.items[:2]] \
            + out

    crm.hooks[1] = two_fail
    crm.hooks[2] = lambda c, b: [RowOutcome(i.row, i.key, "unknown", message="lost") for i in b.items[:1]] + \
        c.store(Batch(b.number, b.operation, b.items[1:], b.body))
    crm.reconcile_hook = lambda c, b: [RowOutcome(i.row, i.key, "unknown") for i in b.items]
    summary = execute_run(journal, run_id, crm.client)
    assert summary.state == "finished"
    return run_id, crm


def test_retry_builds_a_linked_run_of_only_the_failures(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 20, bad=(7,))
    with Journal() as j:
        old, crm = failing_run(j, sheet)
        assert j.get_run(old).counts == {"failed": 2, "unknown": 1, "accepted": 16, "skipped": 1}
        old_rows = {r.row: r for r in j.rows(old)}
        new = retry_failed(j, old)
        info = j.get_run(new)
        assert info.parent_run_id == old and info.total_rows == 3 and info.target == "virtuous"
        new_rows = j.rows(new)
        assert [r.row for r in new_rows] == [2, 3, 7]
        assert all(r.key == old_rows[r.row].key for r in new_rows)  # same referenceIds: Virtuous matches them
        summary = execute_run(j, new, FakeCrm().client)
        assert summary.counts == {"accepted": 3}


def test_retry_needs_a_finished_run_with_failures(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 10)
    with Journal() as j:
        checked, batches = plan_from_file(sheet, "hubspot", batch_size=5)
        run_id = create_run(j, checked, batches, Destination("hubspot", "http://crm.invalid"))
        crm = FakeCrm()
        crm.hooks[1] = lambda c, b: (_ for _ in ()).throw(AuthError("refused"))
        execute_run(j, run_id, crm.client, concurrency=1)
        with pytest.raises(ValueError, match="resume it"):
            retry_failed(j, run_id)
        execute_run(j, run_id, crm.client)
        with pytest.raises(ValueError, match="no failed"):
            retry_failed(j, run_id)


def test_retry_refuses_a_changed_file(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 20)
    with Journal() as j:
        old, _ = failing_run(j, sheet)
        write_guests_csv(sheet, 20, prefix="someone-else")
        with pytest.raises(InputError, match="changed"):
            retry_failed(j, old)


def test_corrected_failed_rows_can_be_retried_but_moved_rows_cannot(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 20)
    with Journal() as j:
        old, _ = failing_run(j, sheet)
        failed = {r.row for r in j.rows(old) if r.status == "failed"}
        again = {r.row for r in j.rows(old) if r.status in ("failed", "unknown", "not_sent")}
        assert failed and again > failed
        lines = sheet.read_text(encoding="utf-8").splitlines()
        for row in failed:  # the person fixes the failed rows in the file (row N is line N)
            lines[row - 1] = lines[row - 1].replace("@", "+fixed@", 1)
        sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        new = retry_failed(j, old)
        assert {r.row for r in j.rows(new)} == again  # Virtuous matches on referenceId: unknown rows go again
        # A row inserted at the top moves everyone: refused, naming the row that no longer matches.
        sheet.write_text("\n".join([lines[0], lines[1]] + lines[1:]) + "\n", encoding="utf-8")
        with pytest.raises(InputError, match="changed"):
            retry_failed(j, old)


def test_hubspot_create_rows_with_a_lost_answer_are_not_retried_blindly(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 20)
    with Journal() as j:
        old, _ = failing_run(j, sheet, target="hubspot")
        statuses = {r.row: r.status for r in j.rows(old)}
        assert "unknown" in statuses.values()
        new = retry_failed(j, old)
        retried = {r.row for r in j.rows(new)}
        assert retried == {row for row, s in statuses.items() if s in ("failed", "not_sent")}


def test_retry_of_edited_rows_sends_the_edits_and_the_results_show_them(tmp_path: Path) -> None:
    """The window's rows (a cell fixed, a row left out) go again, not the file; the results file shows
    the value that was sent."""
    import csv as csv_module
    import json

    from core.submit.run_view import write_run_results

    sheet = write_guests_csv(tmp_path / "guests.csv", 10)
    with Journal() as j:
        old, _crm = failing_run(j, sheet)  # rows 2 and 3 failed at the CRM
        edited, _ = plan_from_file(sheet, "virtuous", batch_size=5)
        edited.table.records[0].values[0] = "Fixed"  # row 2's first name, fixed in the window
        edited.rows[1].excluded = True  # row 3, left out
        sheet.write_text("First Name,Last Name,Email,Notes\n")  # the file on disk is not read again
        new = retry_failed(j, old, edited=edited)
        [batch] = j.batches(new)
        contacts = json.loads(batch.batch.body)["contacts"]
        assert [c["firstName"] for c in contacts] == ["Fixed", "Ann5"]  # row 2 as fixed, and row 7 (lost answer)
        rows = {e.row: e for e in j.rows(new)}
        assert rows[3].status == "skipped" and rows[3].code == "excluded"
        execute_run(j, new, FakeCrm().client)
        out = write_run_results(tmp_path / "r.csv", j, new)
    with open(out, newline="", encoding="utf-8-sig") as fh:
        lines = {int(i): line for i, line in enumerate(csv_module.DictReader(fh))}
    assert lines[0]["First Name"] == "Fixed" and lines[0]["Status"] == "Accepted for review"
