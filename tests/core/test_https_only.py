"""The API key goes only over https, or over plain http to this computer (the sandbox, a local proxy):
any other http:// address is refused in one sentence before a connection is made."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.addresses import address_problem, insecure_address
from core.cli import main
from core.targets.client_base import Connection
from core.targets.http import HttpSession, make_httpx_client
from core.targets.outcomes import InsecureAddress
from tests.core.listening import lan_listener
from tests.core.submit_support import TOKEN, write_guests_csv


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://127.9.8.7", "http://localhost:4455",
                                 "http://LOCALHOST.", "http://[::1]:4455", "https://api.hubapi.com",
                                 "https://10.0.0.5:8443"])
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    assert address_problem(url) is None and not insecure_address(url)


@pytest.mark.parametrize("url", ["http://api.hubapi.com", "http://10.0.0.5:4455", "http://[::2]:4455",
                                 "http://localhost.example.org", "http://128.0.0.1", "HTTP://api.hubapi.com"])
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    assert insecure_address(url)
    assert "plain http:// would send the API key unencrypted" in (address_problem(url) or "")


@pytest.mark.parametrize("command", ["submit", "map", "preview", "duplicates"])
def test_the_command_line_refuses_before_connecting(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    sheet = write_guests_csv(tmp_path / "guests.csv", 3)
    extra = {"submit": ["--results", str(tmp_path / "r.csv")], "map": [], "preview": ["--out", str(tmp_path / "pv")],
             "duplicates": ["--against-account", "--out", str(tmp_path / "g.csv")]}[command]
    with lan_listener() as server:
        code = main([command, str(sheet), "--target", "hubspot", "--base-url", server.url, *extra])
        err = capsys.readouterr().err
        assert server.connections() == 0
    lines = [line for line in err.splitlines() if line.startswith("contact-importer")]
    assert code == 2 and len(lines) == 1 and "Traceback" not in err, err
    assert "plain http:// would send the API key unencrypted; use https://" in lines[0]
    assert TOKEN not in err
    assert not (tmp_path / "r.csv").exists() and not (tmp_path / "pv").exists()


def test_the_http_layer_refuses_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoever builds a client (a settings file or journal edited by hand), no request leaves."""
    with lan_listener() as server:
        conn = Connection("hubspot", server.url, TOKEN)
        with pytest.raises(InsecureAddress, match="plain http://"):
            make_httpx_client(conn)
        with pytest.raises(InsecureAddress):
            HttpSession(conn)
        assert server.connections() == 0
