"""Fixtures every core test may ask for by name, and one every core test gets.

Every core test runs with its own app data folder (``CONTACT_IMPORTER_HOME`` under its ``tmp_path``), so
nothing a test writes — runs, logs, remembered mapping choices, account copies — reaches the developer's
real data folder or the next test, and nothing there changes what a test sees.
"""

import pytest

from tests.core.submit_support import isolated_home  # noqa: F401  (a fixture, made available to all)


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path / "home"))
