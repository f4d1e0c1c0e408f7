"""Company links as the seed defines them: the association model admits the seed's categories,
the sandbox checks them as HubSpot would, a created contact carries its link in its own batch/create
input, and the links of updated contacts are journaled with the run: a crash between the contacts and
the links is finished by ``resume``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError

from core.cli import main, submit_cmds
from core.crashpoints import ENV_CRASH_AT
from core.sandbox import SandboxServer
from core.targets.hubspot_models import AssociationType
from tests.core.submit_support import TOKEN
from tests.core.test_account_companies import company_id
from tests.core.test_seed_contract import hubspot_seed

AUTH = {"Authorization": f"Bearer {TOKEN}"}
pytestmark = pytest.mark.usefixtures("isolated_home")  # runs and journals in the test's own folder
REPO = Path(__file__).resolve().parents[2]
CREATE = "/crm/v3/objects/contacts/batch/create"


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(token=TOKEN) as s:
        r = httpx.post(s.base_url + CREATE, headers=AUTH, json={"inputs": [
            {"properties": {"email": "ann@example.org", "firstname": "Ann"}}]})
        assert r.status_code == 201
        yield s



def held(sandbox: SandboxServer) -> dict[str, dict]:
    return {c["properties"]["email"]: c for c in sandbox.contacts()["hubspot"]}


def sheet(path: Path) -> Path:
    path.write_text("First Name,Email,City,Company domain\n"
                    "Ann,ann@example.org,Portland,acme.org\n"  # exists: Fill blanks only, an upsert
                    "Cat,cat@example.org,Salem,hopeclinic.org\n", encoding="utf-8")  # new: a create
    return path


EMPLOYER = [{"associationCategory": "USER_DEFINED", "associationTypeId": 41}]  # the seeded account's label


def test_the_association_model_admits_exactly_the_seeds_categories() -> None:
    seed = {t["associationCategory"] for item in hubspot_seed()["inputs"] for a in item["associations"]
            for t in a["types"]}
    assert seed == {"USER_DEFINED", "INTEGRATOR_DEFINED"}
    admitted = set(typing.get_args(AssociationType.model_fields["associationCategory"].annotation))
    assert admitted == seed | {"HUBSPOT_DEFINED"}  # HubSpot's own 279 and 1 (docs/api-hubspot.md §6)
    for category in admitted:
        kind = AssociationType(associationCategory=category, associationTypeId=41)  # type: ignore[arg-type]
        assert kind.associationTypeId == 41
    for bad in ({"associationCategory": "user_defined"}, {"associationCategory": "LABELLED"},
                {"associationTypeId": "41"}, {"associationTypeId": 0}, {"label": "Employer"}):
        with pytest.raises(ValidationError):
            AssociationType(**bad)  # type: ignore[arg-type]


def test_the_sandbox_checks_inline_associations_as_hubspot_would(sandbox: SandboxServer) -> None:
    acme = company_id(sandbox, "acme.org")

    def create(types: list[dict], to: str = acme, trace: str = "1") -> httpx.Response:
        return httpx.post(sandbox.base_url + CREATE, headers=AUTH, json={"inputs": [
            {"properties": {"email": f"p{trace}@example.org"}, "objectWriteTraceId": trace,
             "associations": [{"to": {"id": to}, "types": types}]}]})

    assert create(EMPLOYER).status_code == 201
    assert held(sandbox)["p1@example.org"]["associations"] == [{"to": {"id": acme}, "types": EMPLOYER}]
    # The account's label 41 is USER_DEFINED: the same number as HUBSPOT_DEFINED is not a type it has.
    wrong = create([{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 41}], trace="2")
    assert wrong.status_code == 207 and "not defined" in wrong.json()["errors"][0]["message"]
    assert create(EMPLOYER, to="123", trace="3").status_code == 207  # no such company
    assert "p2@example.org" not in held(sandbox) and "p3@example.org" not in held(sandbox)
    for bad in ([{"associationCategory": "EMPLOYER", "associationTypeId": 41}],
                [{"associationCategory": "USER_DEFINED", "associationTypeId": "41"}], []):
        r = create(bad, trace="4")
        assert r.status_code == 400 and r.json()["category"] == "VALIDATION_ERROR", r.text


def test_a_created_contact_carries_its_link_in_its_own_create_input(sandbox: SandboxServer, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    out = tmp_path / "preview"
    assert main(["preview", str(sheet(tmp_path / "d.csv")), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--on-existing", "fill", "--company-label", "Employer", "--out", str(out)]) == 0
    bodies = [json.loads(p.read_text()) for p in sorted(out.glob("batch-*.json"))]
    upsert, create = bodies  # Ann's fill is an upsert (no associations field there), Cat's a create
    assert "associations" not in upsert["inputs"][0]
    assert create["inputs"][0]["associations"] == [{"to": {"id": company_id(sandbox, "hopeclinic.org")},
                                                    "types": EMPLOYER}]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crash_between_the_contacts_and_the_links_is_finished_by_resume(sandbox: SandboxServer,
                                                                          tmp_path: Path) -> None:
    env = {**os.environ, "CONTACT_IMPORTER_HOME": str(tmp_path / "home"), "CONTACT_IMPORTER_TOKEN": TOKEN,
           ENV_CRASH_AT: "before-links:1"}
    results = tmp_path / "results.csv"
    args = [sys.executable, "-m", "core", "submit", str(sheet(tmp_path / "d.csv")), "--target", "hubspot",
            "--base-url", sandbox.base_url, "--on-existing", "fill", "--company-label", "Employer",
            "--results", str(results)]
    crashed = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert crashed.returncode == -9, crashed.stderr
    run_id = crashed.stdout.split()[1].rstrip(":")
    acme, hope = company_id(sandbox, "acme.org"), company_id(sandbox, "hopeclinic.org")
    contacts = held(sandbox)
    assert contacts["ann@example.org"]["properties"]["city"] == "Portland"  # the contacts are in
    assert contacts["cat@example.org"]["associations"] == [{"to": {"id": hope}, "types": EMPLOYER}]  # inline
    assert contacts["ann@example.org"]["associations"] == []  # the crash came before Ann's link
    del env[ENV_CRASH_AT]
    listed = subprocess.run([sys.executable, "-m", "core", "runs"], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=60)
    assert run_id in listed.stdout and "finished" not in listed.stdout  # not finished without its links
    resumed = subprocess.run([sys.executable, "-m", "core", "resume", run_id], cwd=REPO, env=env,
                             capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert "Associated 1 contacts with their companies" in resumed.stdout
    contacts = held(sandbox)
    assert contacts["ann@example.org"]["associations"] == [{"to": {"id": acme}, "types": EMPLOYER}]
    assert contacts["cat@example.org"]["associations"] == [{"to": {"id": hope}, "types": EMPLOYER}]  # once
    text = results.read_text(encoding="utf-8-sig")
    assert f"Associated with company {acme} as Employer" in text
    assert f"Associated with company {hope} as Employer" in text


def test_a_refused_link_call_stops_the_run_and_resume_makes_the_links(sandbox: SandboxServer, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from core.afterrun import associate

    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    monkeypatch.setattr(submit_cmds, "CLIENT_OPTIONS", {"backoff_base": 0.01})
    monkeypatch.setattr(associate, "ASSOCIATE", "/crm/v4/associations/contacts/companies/batch/nowhere")
    results = tmp_path / "r.csv"
    code = main(["submit", str(sheet(tmp_path / "d.csv")), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--on-existing", "fill", "--results", str(results)])
    out = capsys.readouterr()
    assert code == 1 and "did not associate the contacts with their companies" in out.out + out.err
    run_id = out.out.split()[1].rstrip(":")
    assert held(sandbox)["ann@example.org"]["associations"] == []
    monkeypatch.setattr(associate, "ASSOCIATE", "/crm/v4/associations/contacts/companies/batch/create")
    assert main(["resume", run_id]) == 0
    acme = company_id(sandbox, "acme.org")
    default = [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279}]  # no label chosen
    assert held(sandbox)["ann@example.org"]["associations"] == [{"to": {"id": acme}, "types": default}]


def test_a_company_column_never_goes_out_as_a_property() -> None:
    """Rows checked without the account (as a retry once did) keep the company keys in their values:
    they are links to resolve, never HubSpot properties (HubSpot would refuse the whole input)."""
    from core.targets.payloads import hubspot_properties
    from core.validation.issues import CheckedRow

    row = CheckedRow(2, {"email": "a@example.org", "associations.companyDomain": "acme.org",
                         "associations.companyName": "Acme Foundation"}, [])
    assert hubspot_properties(row) == ({"email": "a@example.org"}, None)


def test_fill_blanks_only_with_nothing_to_fill_still_links_the_company(sandbox: SandboxServer, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    monkeypatch.setattr(submit_cmds, "CLIENT_OPTIONS", {"backoff_base": 0.01})
    path = tmp_path / "d.csv"
    path.write_text("First Name,Email,Company domain\nAnn,ann@example.org,acme.org\n", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["preview", str(path), "--target", "hubspot", "--base-url", sandbox.base_url, "--on-existing",
                 "fill", "--company-label", "Employer", "--out", str(out)]) == 0
    acme = company_id(sandbox, "acme.org")
    report = (out / "report.csv").read_text(encoding="utf-8-sig")
    assert f"nothing empty to fill, not sent; associated with company {acme} as Employer" in report
    results = tmp_path / "r.csv"
    main(["submit", str(path), "--target", "hubspot", "--base-url", sandbox.base_url, "--on-existing", "fill",
          "--company-label", "Employer", "--results", str(results)])
    ann = held(sandbox)["ann@example.org"]
    assert ann["properties"]["firstname"] == "Ann"
    assert ann["associations"] == [{"to": {"id": acme}, "types": EMPLOYER}]
    assert f"Associated with company {acme} as Employer" in results.read_text(encoding="utf-8-sig")


def test_a_run_is_not_finished_until_its_last_step_is(isolated_home: Path) -> None:
    """The engine's ``after``: cancelled before it, the run reads as cancelled (resumable); a refusal stops
    it; resumed, the step runs again and only then is the run finished (nothing is sent twice)."""
    from core.submit.engine import execute_run
    from core.submit.journal import Journal
    from core.targets.outcomes import RunStop
    from tests.core.submit_support import FakeCrm, new_run

    crm = FakeCrm()
    calls: list[str] = []

    def cancelled(_cancel: object) -> bool:
        calls.append("cancelled")
        return False

    def refused(_cancel: object) -> bool:
        calls.append("refused")
        raise RunStop("HubSpot did not associate the contacts with their companies (HTTP 400: no).")

    def done(_cancel: object) -> bool:
        calls.append("done")
        return True

    with Journal() as j:
        run_id = new_run(j, "hubspot", 5, batch_size=2)
        assert execute_run(j, run_id, crm.client, after=cancelled).state == "cancelled"
        assert j.get_run(run_id).state == "cancelled"
        summary = execute_run(j, run_id, crm.client, after=refused)
        assert summary.state == "stopped" and "did not associate" in summary.message
        assert execute_run(j, run_id, crm.client, after=done).state == "finished"
        assert calls == ["cancelled", "refused", "done"]
        assert all(n == 1 for n in crm.writes.values()) and len(crm.writes) == 5
