"""HubSpot's import options on the command line (issue 30): update existing only (``--new skip``) with any
``--on-existing``, read back from the sandbox through its public endpoints."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from core.cli import main, submit_cmds
from core.sandbox import SandboxServer
from tests.core.hubspot_spec import recorded, specs
from tests.core.submit_support import TOKEN

pytestmark = pytest.mark.usefixtures("isolated_home")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(autouse=True)
def token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    monkeypatch.setattr(submit_cmds, "CLIENT_OPTIONS", {"backoff_base": 0.01})


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(token=TOKEN) as s:
        r = httpx.post(s.base_url + "/crm/v3/objects/contacts/batch/create", headers=AUTH, json={"inputs": [
            {"properties": {"email": "ann@example.org", "firstname": "Ann"}, "associations": []}]})
        assert r.status_code == 201
        yield s


def results(path: Path) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {r["First Name"]: r for r in csv.DictReader(fh)}


def emails_in(sandbox: SandboxServer) -> dict[str, dict[str, str]]:
    page = httpx.get(sandbox.base_url + "/crm/v3/objects/contacts", headers=AUTH,
                     params={"properties": "email,city", "limit": 100}).json()
    return {r["properties"]["email"]: r["properties"] for r in page["results"]}


@pytest.mark.parametrize("on_existing", ["update", "fill", "skip", "create"])
def test_new_skip_changes_only_people_already_there(sandbox: SandboxServer, tmp_path: Path,
                                                    on_existing: str) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("First Name,Email,City\nAnn,ann@example.org,Portland\nCat,cat@example.org,Salem\n"
                     "Dan,,Eugene\n", encoding="utf-8")
    out = tmp_path / "r.csv"
    with recorded(sandbox) as exchanges:
        code = main(["submit", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                     "--on-existing", on_existing, "--new", "skip", "--results", str(out)])
    assert code in (0, 1)
    rows = results(out)
    held = emails_in(sandbox)
    assert set(held) == {"ann@example.org"}  # nobody new was added, whatever the choice for existing people
    assert (rows["Cat"]["Status"], rows["Cat"]["Message"]) == (
        "Skipped", "Not in HubSpot yet; left out (your choice: update only people already there)")
    assert rows["Dan"]["Status"] == "Skipped" and rows["Dan"]["Message"].startswith("No email to find")
    ann = {"update": ("Updated", "Portland"), "fill": ("Updated", "Portland"), "skip": ("Skipped", None),
           "create": ("Already exists", None)}[on_existing]
    assert (rows["Ann"]["Status"], held["ann@example.org"].get("city")) == ann
    assert specs().unexcused(exchanges) == []


def test_new_is_add_or_skip_only(sandbox: SandboxServer, tmp_path: Path, capsys) -> None:
    assert main(["submit", "x.csv", "--target", "hubspot", "--base-url", sandbox.base_url, "--new", "never",
                 "--results", str(tmp_path / "r.csv")]) == 2
    assert "--new" in capsys.readouterr().err
