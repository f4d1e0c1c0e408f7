"""What differs on Windows and macOS, tried here where it can be: no system time-zone database (Windows),
where the app keeps its files, a user name with accents and spaces in every path it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Starts the practice CRM (HubSpot in New York time, Virtuous in UTC) and sends it one contact.
PRACTICE_CRM_WITHOUT_ZONEINFO = r"""
import json, sys, zoneinfo
import httpx
from core.sandbox.server import SandboxServer
assert zoneinfo.TZPATH == (), zoneinfo.TZPATH  # like Windows: no system time-zone database
with SandboxServer(hubspot_time_zone=sys.argv[1]) as crm:
    r = httpx.post(f"{crm.base_url}/crm/v3/objects/contacts/batch/create",
                   headers={"Authorization": f"Bearer {crm.token}"},
                   json={"inputs": [{"properties": {"email": "ana@example.org", "firstname": "Ana"}}]})
    print(json.dumps({"status": r.status_code}))
"""


def run_without_system_zoneinfo(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONTZPATH="")  # zoneinfo then searches no folder: only the tzdata package
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_practice_crm_starts_where_the_os_has_no_time_zone_database() -> None:
    """Windows has no /usr/share/zoneinfo: the practice CRM's ZoneInfo("UTC") needs the tzdata package
    (a dependency), or the walkthrough's Send step crashes."""
    for zone in ("UTC", "America/New_York"):
        done = run_without_system_zoneinfo(PRACTICE_CRM_WITHOUT_ZONEINFO, zone)
        assert done.returncode == 0, done.stderr[-2000:]
        assert json.loads(done.stdout.strip().splitlines()[-1]) == {"status": 201}


@pytest.fixture
def keyring_backend():
    """Sets keyring's backend for one test and puts the previous one back."""
    import keyring

    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_about_names_the_password_store_or_says_keys_last_for_the_session_only(keyring_backend, tmp_path,
                                                                               monkeypatch, capsys) -> None:
    """Windows' Credential Manager and the macOS Keychain by their names (the Windows build under Wine and
    the release workflow's macOS smoke test check that keyring picks them by default); with no store at
    all, one plain line says the API key lasts until the app closes."""
    from keyring.backends import Windows, fail, macOS

    from core.cli import main

    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path))
    for backend, words in ((Windows.WinVaultKeyring(), "Password store: Windows Credential Manager"),
                           (macOS.Keyring(), "Password store: macOS Keychain"),
                           (fail.Keyring(), "Password store: none on this computer: API keys are kept only "
                                            "until the app closes")):
        keyring_backend(backend)
        assert main(["about"]) == 0
        assert words in capsys.readouterr().out.splitlines()


def test_every_file_the_app_writes_sits_under_a_user_name_with_accents_and_spaces(tmp_path, monkeypatch) -> None:
    """C:\\Users\\José Núñez Peña\\… on Windows, /Users/José Núñez Peña/… on a Mac: the spreadsheet, the
    preview folder, the data folder (journal, log) all carry the name. (The Windows build does the same
    under Wine, as a Windows user of that name: .ci/windows_build.sh.)"""
    import shutil

    from core.cli import main

    user = tmp_path / "Users" / "José Núñez Peña"
    home = user / "AppData" / "Local" / "Contact Importer"
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(home))
    sheet = user / "Documents" / "Invitados de la gala (año 2025).xlsx"
    sheet.parent.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "samples" / "sample-guests.xlsx", sheet)
    out = user / "Documents" / "Vista previa – gala"
    assert main(["preview", str(sheet), "--target", "hubspot", "--out", str(out)]) in (0, 1)  # 1: rows to fix
    assert json.loads((out / "batch-0001.json").read_text(encoding="utf-8"))["inputs"]
    assert (out / "report.csv").stat().st_size > 0
    results = user / "Documents" / "Resultados de la gala.csv"
    code = main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(results)])
    assert code in (0, 1), code  # 1: some rows need fixing
    assert len(results.read_text(encoding="utf-8-sig").splitlines()) > 50  # a line per row of the sheet
    assert (home / "runs.sqlite3").stat().st_size > 0
    written = {p.relative_to(user).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert {"AppData/Local/Contact Importer/runs.sqlite3", "Documents/Vista previa – gala/report.csv",
            "Documents/Resultados de la gala.csv"} <= written, written
    assert all((tmp_path / "Users" / "José Núñez Peña") in p.parents for p in tmp_path.rglob("*") if p.is_file())


def test_output_in_a_narrow_encoding_escapes_what_it_cannot_write(monkeypatch) -> None:
    """On Windows, output sent to a file or a pipe is in cp1252: a file or person named in another
    alphabet must not end the command with UnicodeEncodeError."""
    import io

    from gui.launcher import ensure_streams

    out = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="cp1252", newline="\r\n"))
    ensure_streams()
    print("名簿 de José.xlsx: 3 rows read")
    sys.stdout.flush()
    assert out.getvalue() == "\\u540d\\u7c3f de José.xlsx: 3 rows read\r\n".encode("cp1252")
