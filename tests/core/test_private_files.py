"""Private by default (POSIX): the data folder and every folder in it 0700, every file the app writes
there 0600 — the journal (and SQLite's -wal/-shm), the log, account caches, decisions, templates."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from core import paths
from core.cli import main
from core.logs import setup_logging
from core.mapping.templates import save_template
from core.submit.journal_open import open_journal
from tests.core.submit_support import write_guests_csv

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows keeps the per-user folder's own access list")


def modes(home: Path) -> dict[str, str]:
    """Every path under ``home`` (and ``home`` itself) with its permission bits."""
    found = {".": oct(stat.S_IMODE(home.stat().st_mode))}
    for p in sorted(home.rglob("*")):
        found[str(p.relative_to(home))] = oct(stat.S_IMODE(p.lstat().st_mode))
    return found


def test_everything_the_app_writes_is_private(isolated_home: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    os.umask(0o022)  # an ordinary desktop session: new files would be 0644, folders 0755
    sheet = write_guests_csv(tmp_path / "guests.csv", 12)
    assert main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.xlsx")]) == 0
    assert main(["duplicates", str(sheet), "--target", "hubspot", "--sandbox", "--against-account",
                 "--out", str(tmp_path / "groups.csv"), "--decisions", str(paths.data_dir() / "decisions" / "d.json")
                 ]) in (0, 1)
    journal = open_journal()
    with journal:
        run = journal.list_runs()[0]
        from core.mapping.model import Mapping

        save_template(Mapping.model_validate_json(run.mapping_json), "Gala guests")
        open_while = modes(isolated_home)  # SQLite removes its -wal and -shm when the last connection closes
    capsys.readouterr()
    for name in ("runs.sqlite3-wal", "runs.sqlite3-shm"):
        assert open_while.get(name) == "0o600", (name, open_while)

    found = modes(isolated_home)
    assert found["."] == "0o700"
    for name in ("runs.sqlite3", "logs/contact-importer.log"):
        assert found.get(name) == "0o600", (name, found)
    assert any(n.startswith("templates/") for n in found) and any(n.startswith("decisions/") for n in found)
    assert any(n.startswith(("accounts/", "account-cache/")) for n in found), found
    loose = {n: m for n, m in found.items()
             if m != ("0o700" if (isolated_home / n).is_dir() else "0o600")}
    assert not loose, loose
    # What was made private stays out of the user's own files: the results file keeps the usual mode.
    assert oct(stat.S_IMODE((tmp_path / "r.xlsx").stat().st_mode)) == "0o644"


def test_a_journal_and_log_left_open_to_all_are_made_private(isolated_home: Path) -> None:
    os.umask(0o022)
    isolated_home.mkdir(mode=0o755)
    db = isolated_home / paths.JOURNAL_NAME
    sqlite3.connect(db).close()
    os.chmod(db, 0o644)
    (isolated_home / "logs").mkdir(mode=0o755)
    log = isolated_home / "logs" / "contact-importer.log"
    log.write_text("earlier\n")
    os.chmod(log, 0o644)
    with open_journal():
        pass
    setup_logging()
    assert oct(stat.S_IMODE(isolated_home.stat().st_mode)) == "0o700"
    assert oct(stat.S_IMODE(db.stat().st_mode)) == "0o600"
    assert oct(stat.S_IMODE(log.stat().st_mode)) == "0o600"
