"""After a run, from the command line against the sandbox: ``undo`` archives only what a HubSpot run
created, ``status`` tells which Virtuous rows are in Virtuous and which still wait; both rewrite the
results file."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import httpx
import pytest

from core.cli import main
from core.sandbox import SandboxServer
from tests.core.submit_support import TOKEN, write_guests_csv

pytestmark = pytest.mark.usefixtures("cli_token", "isolated_home")  # runs and journals in the test's own folder
RUN_LINE = re.compile(r"^Run (\d{8}-\d{6}-[0-9a-f]{4}):", re.M)


def results_by_email(path: Path) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {r["Email"]: r for r in csv.DictReader(fh)}


def submit(sheet: Path, target: str, sandbox: SandboxServer, results: Path, capsys, *extra: str) -> str:
    main(["submit", str(sheet), "--target", target, "--base-url", sandbox.base_url, "--results", str(results),
          *extra])
    return RUN_LINE.search(capsys.readouterr().out).group(1)  # type: ignore[union-attr]


def test_undo_archives_only_the_contacts_the_run_created(sandbox: SandboxServer, tmp_path: Path, capsys,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    httpx.post(sandbox.base_url + "/crm/v3/objects/contacts/batch/create",
               headers={"Authorization": f"Bearer {TOKEN}"},
               json={"inputs": [{"properties": {"email": "guest0@example.org", "firstname": "Old"}}]})
    sheet = write_guests_csv(tmp_path / "guests.csv", 4)
    results = tmp_path / "results.csv"
    run_id = submit(sheet, "hubspot", sandbox, results, capsys, "--on-existing", "update")

    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert main(["undo", run_id]) == 1
    out = capsys.readouterr().out
    assert f"This archives the 3 contacts run {run_id} created" in out and "Nothing archived." in out
    assert not any(c["archived"] for c in sandbox.contacts()["hubspot"])

    assert main(["undo", run_id, "--yes"]) == 0
    assert f"Archived 3 contacts that run {run_id} created." in capsys.readouterr().out
    archived = {c["properties"]["email"]: c["archived"] for c in sandbox.contacts()["hubspot"]}
    assert archived == {"guest0@example.org": False, "guest1@example.org": True, "guest2@example.org": True,
                        "guest3@example.org": True}
    rows = results_by_email(results)
    assert "Archived again by undo" in rows["guest1@example.org"]["Message"]
    assert "Archived" not in rows["guest0@example.org"]["Message"]  # updated, so left alone
    assert main(["undo", run_id, "--yes"]) == 0
    assert "no created contacts left" in capsys.readouterr().out


def test_undo_refuses_a_virtuous_run(sandbox: SandboxServer, tmp_path: Path, capsys) -> None:
    run_id = submit(write_guests_csv(tmp_path / "g.csv", 2), "virtuous", sandbox, tmp_path / "r.csv", capsys)
    assert main(["undo", run_id, "--yes"]) == 2
    assert "only HubSpot runs can be undone" in capsys.readouterr().err


def test_status_says_which_rows_are_in_virtuous_and_can_be_run_again(sandbox: SandboxServer, tmp_path: Path,
                                                                    capsys) -> None:
    results = tmp_path / "results.xlsx"
    run_id = submit(write_guests_csv(tmp_path / "g.csv", 3), "virtuous", sandbox, results, capsys)
    # Not matched yet: nothing of this run is in Virtuous (as before its import review).
    sandbox.virtuous_store.reset()
    assert main(["status", run_id, "--results", str(tmp_path / "waiting.csv")]) == 1
    assert f"Run {run_id}: 0 in Virtuous, 3 still waiting for review" in capsys.readouterr().out
    assert all("Still waiting for review" in r["Message"] for r in results_by_email(tmp_path / "waiting.csv").values())
    # After review the rows land (here: the same import arrives again and Virtuous processes it); checking
    # again says where each went.
    submit(write_guests_csv(tmp_path / "g.csv", 3), "virtuous", sandbox, tmp_path / "again.csv", capsys)
    sandbox.process_virtuous()
    assert main(["status", run_id, "--results", str(tmp_path / "after.csv")]) == 0
    assert f"Run {run_id}: 3 in Virtuous, 0 still waiting for review" in capsys.readouterr().out
    rows = results_by_email(tmp_path / "after.csv")
    ids = {r["CRM ID"] for r in rows.values()}
    assert len(ids) == 3 and all(i.isdigit() for i in ids)
    assert all(r["Message"].startswith("In Virtuous (ID ") for r in rows.values())
