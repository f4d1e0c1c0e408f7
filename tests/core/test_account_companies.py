"""Companies (HubSpot) against the sandbox's seeded account: by domain, by exact name (ambiguous =
warning naming both), created only when asked, associated with the account's own labelled type,
for created and updated contacts alike — the account walk-through with Fill blanks only, then
undo (``status`` is Virtuous's: tests/core/test_afterrun.py)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from core.cli import main
from core.sandbox import SandboxServer
from tests.core.submit_support import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
pytestmark = pytest.mark.usefixtures("cli_token", "isolated_home")  # runs and journals in the test's own folder


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    # The tests' own searches come straight after the app's: HubSpot's five a second is tested elsewhere.
    with SandboxServer(token=TOKEN, hubspot_searches_per_second=1000) as s:
        r = httpx.post(s.base_url + "/crm/v3/objects/contacts/batch/create", headers=AUTH, json={"inputs": [
            {"properties": {"email": "ann@example.org", "firstname": "Ann", "donor_tier": "silver_donor"}}]})
        assert r.status_code == 201
        yield s


def company_id(sandbox: SandboxServer, domain: str) -> str:
    r = httpx.post(sandbox.base_url + "/crm/v3/objects/companies/batch/read", headers=AUTH,
                   json={"idProperty": "domain", "inputs": [{"id": domain}]})
    return r.json()["results"][0]["id"]


def write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["First Name", "Email", "Donor tier", "City", "Company domain"], *rows])
    return path


def test_fill_blanks_only_with_each_contact_associated_by_domain(sandbox: SandboxServer, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write(tmp_path / "donors.csv", [
        ["Ann", "ann@example.org", "Gold donor", "Portland", "acme.org"],  # exists: only City is filled
        ["Cat", "cat@example.org", "Gold donor", "Salem", "www.HopeClinic.org"],  # new
        ["Dan", "dan@example.org", "", "", "nowhere.example"],  # new; unknown company, not created
    ])
    out = tmp_path / "preview"
    assert main(["preview", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url, "--on-existing",
                 "fill", "--company-label", "Employer", "--out", str(out)]) == 0
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        report = list(csv.DictReader(fh))
    acme, hope = company_id(sandbox, "acme.org"), company_id(sandbox, "hopeclinic.org")
    ann = next(r for r in report if r["source row"] == "2")
    assert ann["will do"].endswith(f"will fill city; associated with company {acme} as Employer")
    dan = next(r for r in report if r["source row"] == "4")
    assert dan["code"] == "company.unknown" and "nowhere.example" in dan["message"]

    results = tmp_path / "results.csv"
    main(["submit", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url, "--on-existing", "fill",
          "--company-label", "Employer", "--results", str(results)])
    out = capsys.readouterr().out
    assert "Associated 2 contacts with their companies" in out
    run_id = re.search(r"^Run (\S+):", out, re.M).group(1)  # type: ignore[union-attr]
    held = {c["properties"]["email"]: c for c in sandbox.contacts()["hubspot"]}
    assert held["ann@example.org"]["properties"]["donor_tier"] == "silver_donor"  # not overwritten
    assert held["ann@example.org"]["properties"]["city"] == "Portland"  # the blank was filled
    employer = [{"associationCategory": "USER_DEFINED", "associationTypeId": 41}]
    assert held["ann@example.org"]["associations"] == [{"to": {"id": acme}, "types": employer}]
    assert held["cat@example.org"]["associations"] == [{"to": {"id": hope}, "types": employer}]
    assert held["dan@example.org"]["associations"] == []
    with open(results, encoding="utf-8-sig", newline="") as fh:
        by_email = {r["Email"]: r for r in csv.DictReader(fh)}
    assert f"Associated with company {acme} as Employer" in by_email["ann@example.org"]["Message"]
    assert f"Associated with company {hope} as Employer" in by_email["cat@example.org"]["Message"]
    assert "Company 'nowhere.example' is not in HubSpot; not associated" in by_email["dan@example.org"]["Message"]
    # Undo from the command line archives what the run created (Cat, Dan), never Ann, whom it updated.
    assert main(["undo", run_id, "--yes"]) == 0
    assert {e: c["archived"] for e, c in ((c["properties"]["email"], c) for c in sandbox.contacts()["hubspot"])} \
        == {"ann@example.org": False, "cat@example.org": True, "dan@example.org": True}


def test_ambiguous_names_warn_and_missing_companies_are_created_only_when_asked(
        sandbox: SandboxServer, tmp_path: Path) -> None:
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Email,Company name\nx@example.org,Northside Partners\ny@example.org,Brand New Org\n",
                     encoding="utf-8")
    mapping = tmp_path / "map.json"
    assert main(["map", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url, "--out",
                 str(mapping)]) == 0
    text = mapping.read_text().replace('"field": "company"', '"field": "associations.companyName"')
    mapping.write_text(text)
    out = tmp_path / "o"
    assert main(["preview", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url, "--mapping",
                 str(mapping), "--create-companies", "--out", str(out)]) == 0
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        report = {r["source row"]: r for r in csv.DictReader(fh)}
    assert report["2"]["code"] == "company.ambiguous"
    assert "northside.com" in report["2"]["message"] and "northside-partners.org" in report["2"]["message"]
    assert report["3"]["code"] == "company.new"  # preview creates nothing: it says it will
    search = {"filterGroups": [{"filters": [{"propertyName": "name", "operator": "EQ", "value": "Brand New Org"}]}]}
    url = sandbox.base_url + "/crm/v3/objects/companies/search"
    assert httpx.post(url, headers=AUTH, json=search).json()["total"] == 0
    main(["submit", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url, "--mapping", str(mapping),
          "--create-companies", "--results", str(tmp_path / "r.csv")])
    (made,) = httpx.post(url, headers=AUTH, json=search).json()["results"]
    held = {c["properties"]["email"]: c for c in sandbox.contacts()["hubspot"]}
    assert held["y@example.org"]["associations"][0]["to"]["id"] == made["id"]
    assert held["x@example.org"]["associations"] == []  # ambiguous: not guessed


def test_an_unknown_association_label_is_refused_naming_the_labels(sandbox: SandboxServer, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write(tmp_path / "d.csv", [["Ann", "ann@example.org", "", "", "acme.org"]])
    code = main(["preview", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--company-label", "Landlord", "--out", str(tmp_path / "o")])
    assert code == 2
    assert "Employer, Board member" in capsys.readouterr().err
