"""The sandbox CLI: ``python -m core.sandbox`` prints URL and token and serves; bad args exit 2."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from core.sandbox.cli import run_cli

REPO = Path(__file__).resolve().parents[2]


def test_module_prints_url_and_token_then_serves_until_ctrl_c() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "core.sandbox", "--port", "0", "--token", "cli-secret", "--seed", "7",
         "--fault", "5xx=0.1"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(5)]
        assert lines[0].startswith("Sandbox CRM listening on http://127.0.0.1:")
        url = lines[0].split(" on ", 1)[1].strip()
        assert lines[1].strip() == "Token: cli-secret"
        assert lines[2].strip() == "Faults: 5xx=0.1 (seed 7)"
        stats = httpx.get(url + "/_sandbox/stats").json()
        assert stats["seed"] == 7 and stats["faultConfig"]["p5xx"] == 0.1
        assert httpx.get(url + "/api/Contact/Types").status_code == 401
        authorized = httpx.get(url + "/api/Contact/Types", headers={"Authorization": "Bearer cli-secret"})
        assert authorized.status_code in (200, 500, 502, 503)
    finally:
        if os.name == "posix":
            proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
        else:
            proc.terminate()
        out, err = proc.communicate(timeout=10)
    if os.name == "posix":
        assert proc.returncode == 0, err
        assert "Sandbox stopped." in out
    assert "".join(lines + [out, err]).count("cli-secret") == 1  # the token is printed once, nowhere else


@pytest.mark.parametrize(
    "argv",
    [["--fault", "boom=1"], ["--fault", "429=7"], ["--port", "http"], ["--port", "70000"], ["--seed", "x"], ["--nope"]],
)
def test_bad_arguments_exit_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("contact-importer sandbox: error: ")
    assert err.count("\n") == 1


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--help"]) == 0
    assert "--fault KIND=VALUE" in capsys.readouterr().out


def test_busy_port_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        assert run_cli(["--port", str(busy.getsockname()[1])]) == 1
    assert "cannot listen" in capsys.readouterr().err
