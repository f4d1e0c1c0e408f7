"""``contact-importer about`` names the version and the files a support call asks for; ``--engine`` proves
matching loads."""

from __future__ import annotations

import importlib.util

import pytest

from core import __version__
from core.cli import main


def test_about_names_version_data_folder_log_and_journal(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path))
    assert main(["about"]) == 0
    out = capsys.readouterr().out
    assert f"Contact Importer {__version__}" in out
    assert f"Data folder: {tmp_path}" in out
    assert f"Log file: {tmp_path / 'logs' / 'contact-importer.log'}" in out
    assert f"Run journal: {tmp_path / 'runs.sqlite3'}" in out
    assert "LGPL" in out


@pytest.mark.skipif(importlib.util.find_spec("splink") is None, reason="the matching engine (splink) is not installed")
def test_about_engine_links_rows_with_splink_on_duckdb(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path))
    assert main(["about", "--engine"]) == 0
    assert "splink on duckdb: ok" in capsys.readouterr().out
