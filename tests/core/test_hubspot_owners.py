"""Contact owner by email or name (issue 30): a column mapped to Contact owner holds the owners' emails or
names; the app reads the account's owners (GET /crm/v3/owners) and sends the owner's id. An unknown
owner costs that field, not the person: the row is sent without it and its message names the owner."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx
import pytest

from core.account.owners import Owner, resolve_owners
from core.cli import main
from core.sandbox import SandboxServer
from core.validation.issues import CheckedRow
from tests.core.hubspot_spec import recorded, specs
from tests.core.submit_support import TOKEN

pytestmark = pytest.mark.usefixtures("cli_token", "isolated_home")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def owner_of(sandbox: SandboxServer, contact_id: str) -> str | None:
    """Read back through the public endpoint, as a person's HubSpot would show it."""
    r = httpx.get(f"{sandbox.base_url}/crm/v3/objects/contacts/{contact_id}", headers=AUTH,
                  params={"properties": "hubspot_owner_id"})
    r.raise_for_status()
    return r.json()["properties"].get("hubspot_owner_id")


def test_owners_by_email_or_name_become_ids_and_an_unknown_one_is_left_out(sandbox: SandboxServer, tmp_path: Path,
                                                                             capsys) -> None:
    sheet = tmp_path / "owners.csv"
    sheet.write_text("First Name,Last Name,Email,Contact owner\n"
                     "Ann,Lee,ann@example.org,Maria.Lopez@example.org\n"  # email, other case
                     "Bob,Ray,bob@example.org,maria lopez\n"  # name, no accent, other case
                     "Cy,Fox,cy@example.org,nobody@example.org\n"  # not an owner
                     "Di,Hu,di@example.org,lee.former@example.org\n"  # archived: not an owner any more
                     "Ed,Yu,ed@example.org,51234002\n"  # already an owner id
                     "Flo,Ma,flo@example.org,\n", encoding="utf-8")
    results = tmp_path / "r.csv"
    with recorded(sandbox) as exchanges:
        assert main(["submit", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                     "--results", str(results)]) == 0
    with open(results, encoding="utf-8-sig", newline="") as fh:
        rows = {r["Email"]: r for r in csv.DictReader(fh)}
    assert {e: r["Status"] for e, r in rows.items()} == dict.fromkeys(rows, "Created")  # nobody lost
    owners = {e: owner_of(sandbox, r["CRM ID"]) for e, r in rows.items()}
    assert owners == {"ann@example.org": "51234001", "bob@example.org": "51234001", "cy@example.org": None,
                      "di@example.org": None, "ed@example.org": "51234002", "flo@example.org": None}
    assert rows["cy@example.org"]["Message"] == ("Contact owner 'nobody@example.org' is not an owner in this "
                                                 "HubSpot account; sent without an owner")
    assert "lee.former@example.org" in rows["di@example.org"]["Message"]
    assert rows["ann@example.org"]["Message"] == ""
    assert any(x.path == "/crm/v3/owners" for x in exchanges)
    problems = specs().unexcused(exchanges)
    assert problems == [], "\n".join(problems)


def test_a_name_two_owners_share_is_a_warning_not_a_guess() -> None:
    owners = [Owner("1", "sam@a.org", "Sam Okafor"), Owner("2", "sam.o@b.org", "Sam Okafor")]
    row = CheckedRow(7, {"email": "x@y.org", "hubspot_owner_id": "Sam  Okafor"}, [], False)
    assert resolve_owners([row], None, owners=owners, column="Owner") == 1
    assert "hubspot_owner_id" not in row.values
    [issue] = row.issues
    assert (issue.code, issue.severity, issue.column) == ("owner.ambiguous", "warning", "Owner")
    assert "Sam  Okafor" in issue.message and "several owners" in issue.message


def test_the_sandbox_refuses_an_owner_id_the_account_does_not_have(sandbox: SandboxServer) -> None:
    r = httpx.post(sandbox.base_url + "/crm/v3/objects/contacts/batch/create", headers=AUTH, json={"inputs": [
        {"properties": {"email": "z@example.org", "hubspot_owner_id": "someone@example.org"}, "associations": [],
         "objectWriteTraceId": "1"}]})
    assert r.status_code == 207 and "INVALID_OWNER_ID" in r.json()["errors"][0]["message"]
    page = httpx.get(sandbox.base_url + "/crm/v3/owners", headers=AUTH, params={"limit": 2}).json()
    assert [o["id"] for o in page["results"]] == ["51234001", "51234002"] and page["paging"]["next"]["after"] == "2"
