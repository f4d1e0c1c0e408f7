"""``submit``, ``runs``, ``resume`` and ``sandbox`` on the command line, and the token lookup."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import openpyxl
import pytest

from core.cli import main, submit_cmds
from core.sandbox import SandboxServer, parse_faults
from core.submit import secrets
from core.submit.engine import execute_run
from core.submit.events import BatchFinished, Event
from core.submit.journal import Journal
from core.targets.client_base import Connection
from core.targets.clients import make_client
from tests.core.submit_support import TOKEN, MemoryKeyring, files_holding, new_run, write_guests_csv

RUN_LINE = re.compile(r"^Run (\d{8}-\d{6}-[0-9a-f]{4}):", re.M)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_guests_csv(tmp_path / "guests.csv", 24, bad=(3,))


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    s = SandboxServer(token=TOKEN).start()
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def quick_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(submit_cmds, "CLIENT_OPTIONS", {"backoff_base": 0.01})


class BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


# -- submit -------------------------------------------------------------------------------------
@pytest.mark.parametrize("target,status", [("hubspot", "Created"), ("virtuous", "Accepted for review")])
def test_submit_to_the_practice_sandbox(sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        target: str, status: str) -> None:
    out = tmp_path / "results.xlsx"
    code = main(["submit", str(sheet), "--target", target, "--sandbox", "--batch-size", "5", "--results", str(out)])
    captured = capsys.readouterr()
    assert code == 1  # one row was skipped by the checks
    run_id = RUN_LINE.search(captured.out).group(1)  # type: ignore[union-attr]
    assert f"Run {run_id} finished: 24 rows" in captured.out
    assert "Batch 1:" in captured.err  # plain progress lines when stderr is not a terminal
    ws = openpyxl.load_workbook(out).active
    statuses = [r[4] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert statuses.count(status) == 23 and statuses.count("Skipped") == 1
    assert main(["runs"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(run_id)
    assert line.split()[1:4] == [target, "guests.csv", "finished"]
    assert line.split()[4:] == [f"{'created' if target == 'hubspot' else 'accepted'}=23", "skipped=1"]


def test_submit_exit_0_when_every_row_went_in(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "ok.csv", 12)
    assert main(["submit", str(sheet), "--target", "virtuous", "--sandbox", "--results", str(tmp_path / "r.csv")]) == 0


def test_submit_with_base_url_and_env_token(sheet: Path, tmp_path: Path, server: SandboxServer,
                                            monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                            caplog: pytest.LogCaptureFixture, isolated_home: Path) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    out = tmp_path / "r.xlsx"
    code = main(["submit", str(sheet), "--target", "hubspot", "--base-url", server.base_url, "--mode", "upsert",
                 "--concurrency", "3", "--batch-size", "4", "--results", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(server.contacts()["hubspot"]) == 23
    assert TOKEN not in captured.out + captured.err + caplog.text
    assert out.exists() and files_holding(TOKEN, tmp_path, isolated_home) == []  # unzipped xlsx, journal, log


def test_no_token_is_exit_2_with_how_to(sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        isolated_home: Path) -> None:
    code = main(["submit", str(sheet), "--target", "hubspot", "--base-url", "https://api.example.test",
                 "--results", str(tmp_path / "r.xlsx")])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "CONTACT_IMPORTER_TOKEN" in err
    assert not (tmp_path / "r.xlsx").exists()


def test_refused_token_is_exit_2_and_not_echoed(sheet: Path, tmp_path: Path, server: SandboxServer,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    wrong = "wrong-token-123456"
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", wrong)
    code = main(["submit", str(sheet), "--target", "virtuous", "--base-url", server.base_url,
                 "--results", str(tmp_path / "r.xlsx")])
    captured = capsys.readouterr()
    assert code == 2
    assert "refused" in captured.err and wrong not in captured.err + captured.out
    with Journal() as j:
        assert j.list_runs() == []  # refused before anything was recorded


@pytest.mark.parametrize("args,fragment", [
    (["--base-url", "ftp://nowhere"], "--base-url"),
    (["--sandbox", "--concurrency", "0"], "--concurrency"),
    (["--base-url", "http://127.0.0.1:9"], "could not reach http://127.0.0.1:9"),
])
def test_unusable_arguments_are_exit_2(sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch, args: list[str], fragment: str) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    code = main(["submit", str(sheet), "--target", "hubspot", *args, "--results", str(tmp_path / "r.xlsx")])
    assert code == 2 and fragment in capsys.readouterr().err


def test_results_extension_is_checked(sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.txt")])
    assert code == 2 and ".xlsx or .csv" in capsys.readouterr().err


def test_unreadable_file_is_exit_2(tmp_path: Path) -> None:
    assert main(["submit", str(tmp_path / "missing.csv"), "--target", "hubspot", "--sandbox",
                 "--results", str(tmp_path / "r.xlsx")]) == 2


# -- resume -------------------------------------------------------------------------------------
def test_resume_a_cancelled_run(server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    conn = Connection("hubspot", server.base_url, TOKEN)
    cancel = threading.Event()

    def stop_after_first(e: Event) -> None:
        if isinstance(e, BatchFinished):
            cancel.set()

    with Journal() as j:
        run_id = new_run(j, "hubspot", 30, batch_size=5, base_url=server.base_url)
        s = execute_run(j, run_id, lambda: make_client(conn), cancel=cancel, on_event=stop_after_first,
                        concurrency=1)
        assert s.state == "cancelled"
    out = tmp_path / "resumed.xlsx"
    assert main(["resume", run_id, "--results", str(out)]) == 2  # no token yet
    assert "CONTACT_IMPORTER_TOKEN" in capsys.readouterr().err
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    assert main(["resume", run_id, "--results", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"Run {run_id} finished" in captured.out and "Resuming: 5 of 30" in captured.err
    assert len(server.contacts()["hubspot"]) == 30
    ws = openpyxl.load_workbook(out).active
    assert [r[4] for r in ws.iter_rows(min_row=2, values_only=True)] == ["Created"] * 30
    assert main(["resume", run_id]) == 0  # finished: says so, rewrites the stored results file
    assert "already finished" in capsys.readouterr().out


def test_resume_errors(tmp_path: Path, sheet: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resume", "20990101-000000-beef"]) == 2
    assert "no run" in capsys.readouterr().err
    with Journal() as j:
        run_id = new_run(j, "hubspot", 3)
        j.set_state(run_id, "running")  # killed: nobody holds it
    assert main(["resume", run_id]) == 2 and "--results" in capsys.readouterr().err
    main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.xlsx")])
    capsys.readouterr()
    with Journal() as j:
        practice = j.list_runs()[0]
        assert practice.id != run_id and practice.sandbox
        j.set_state(practice.id, "stopped", "pretend")
    assert main(["resume", practice.id]) == 2 and "practice sandbox" in capsys.readouterr().err


# -- sandbox --------------------------------------------------------------------------------------
def test_sandbox_command_is_delegated(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "--help"]) == 0
    assert "contact-importer sandbox" in capsys.readouterr().out
    assert main(["sandbox", "--fault", "bogus=1"]) == 2


# -- secrets --------------------------------------------------------------------------------------
def test_token_from_env_first(monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("contact-importer", "prod", "from-keyring")
    assert secrets.get_token("prod", "https://x") == "from-keyring"
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", "from-env")
    assert secrets.get_token("prod", "https://x") == "from-env"


def test_keyring_by_name_then_base_url(memory_keyring: MemoryKeyring) -> None:
    assert secrets.store_token("https://api.example.test", "by-url")
    assert secrets.get_token("unknown-name", "https://api.example.test") == "by-url"
    assert secrets.store_token("mine", "by-name")
    assert secrets.get_token("mine", "https://api.example.test") == "by-name"
    assert secrets.delete_token("mine") and not secrets.delete_token("mine")
    assert secrets.get_token("mine", None) is None


def test_broken_keyring_means_no_token(caplog: pytest.LogCaptureFixture) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        assert secrets.get_token("x", "https://y") is None
        assert secrets.store_token("x", TOKEN) is False
        assert secrets.delete_token("x") is False
    finally:
        keyring.set_keyring(previous)
    assert TOKEN not in caplog.text


def test_no_token_option_on_the_command_line() -> None:
    from core.cli import build_parser

    text = build_parser()._subparsers._group_actions[0].choices["submit"].format_help()  # type: ignore[union-attr]
    assert "--token" not in text


def test_faulty_service_run_exits_1_or_0_and_never_prints_token(sheet: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    s = SandboxServer(token=TOKEN, faults=parse_faults(["5xx=0.3", "drop-after=0.2"], seed=5)).start()
    try:
        monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
        code = main(["submit", str(sheet), "--target", "hubspot", "--base-url", s.base_url, "--batch-size", "5",
                     "--results", str(tmp_path / "r.csv")])
        captured = capsys.readouterr()
        assert code == 1 and TOKEN not in captured.out + captured.err
        emails = [c["properties"]["email"] for c in s.contacts()["hubspot"]]
        assert len(emails) == len(set(emails)) == 23
    finally:
        s.stop()


def test_progress_printer_plain_and_live() -> None:
    import io

    from core.cli.submit_progress import ProgressPrinter, format_counts
    from core.submit.events import (
        BatchFinished,
        Progress,
        RunFinished,
        RunStarted,
        Waiting,
    )
    from core.targets.outcomes import RowOutcome

    events = [RunStarted("r", 20, 0, 2), Waiting(3.0, "HubSpot rate limit reached", 0.0),
              BatchFinished(1, (RowOutcome(2, "row-2", "created", "1"), RowOutcome(3, "row-3", "failed"))),
              Progress(10, 20, 12.0, 0.8), RunFinished("r", "finished", {"created": 1, "failed": 1})]
    plain = io.StringIO()
    p = ProgressPrinter(plain, live=False)
    for e in events:
        p(e)
    text = plain.getvalue()
    assert "Sending 20 rows in 2 batches" in text and "Waiting 3.0 s" in text
    assert "Batch 1: created=1 failed=1" in text and "10 of 20 rows, 12 rows/s" in text
    live = io.StringIO()
    p = ProgressPrinter(live, live=True)
    for e in events:
        p(e)
    assert "\r" in live.getvalue() and "Batch 1:" not in live.getvalue()
    assert format_counts({"skipped": 2, "created": 120, "failed": 3}) == "created=120 failed=3 skipped=2"
