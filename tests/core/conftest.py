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


@pytest.fixture
def cli_token(monkeypatch):
    """The command line finds the test's key in its environment and backs off in milliseconds."""
    from core.cli import submit_cmds
    from tests.core.submit_support import TOKEN

    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    monkeypatch.setattr(submit_cmds, "CLIENT_OPTIONS", {"backoff_base": 0.01})


@pytest.fixture
def sandbox():
    """A practice CRM on loopback with the tests' key (a module may define its own, seeded one)."""
    from core.sandbox.server import SandboxServer
    from tests.core.submit_support import TOKEN

    with SandboxServer(token=TOKEN) as s:
        yield s
