"""Every HubSpot operation the app calls, held against HubSpot's published OpenAPI documents (vendored in
tests/spec/hubspot): command-line runs against the sandbox pass through a recorder, and every request the
app built and every answer the sandbox gave must be valid for its operation, save the listed exceptions
(tests/core/hubspot_spec.py ``EXCEPTIONS``, each with its source)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from core.cli import main
from core.sandbox import SandboxServer
from tests.core.hubspot_spec import EXCEPTIONS, Exchange, excused, recorded, specs
from tests.core.submit_support import TOKEN

pytestmark = pytest.mark.usefixtures("cli_token", "isolated_home")
AUTH = {"Authorization": f"Bearer {TOKEN}"}
RUN_LINE = re.compile(r"^Run (\d{8}-\d{6}-[0-9a-f]{4}):", re.M)


def people(path: Path) -> Path:
    path.write_text(
        "First Name,Last Name,Email,City,Company domain,Employer name\n"
        "Ann,Lee,ann@example.org,Portland,acme.org,\n"
        "Cat,Ng,cat@example.org,Salem,hopeclinic.org,\n"
        "Dan,Ruiz,dan@example.org,Eugene,,Riverside Food Bank\n"
        "Eve,Park,eve@example.org,Bend,,Acme Corp\n", encoding="utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().out


def test_the_checker_finds_what_the_documents_forbid() -> None:
    """The check can fail: a create input without ``associations``, a batch read without
    ``propertiesWithHistory`` and a 207 error item without ``errors``/``links`` are each caught."""
    book = specs()

    def exchange(path: str, body: str, status: int, answer: str) -> Exchange:
        return Exchange("POST", path, {}, body.encode(), status, "application/json", answer.encode())

    ok = ('{"status":"COMPLETE","results":[],"startedAt":"2026-01-01T00:00:00.000Z",'
          '"completedAt":"2026-01-01T00:00:00.000Z"}')
    bad_create = book.problems(exchange("/crm/v3/objects/contacts/batch/create",
                                        '{"inputs":[{"properties":{"email":"a@b.org"}}]}', 201, ok))
    assert [(p.side, p.where, p.message) for p in bad_create] == [
        ("request", "$.inputs[0]", "'associations' is a required property")]
    bad_read = book.problems(exchange("/crm/v3/objects/contacts/batch/read",
                                      '{"idProperty":"email","properties":["email"],"inputs":[{"id":"a@b.org"}]}',
                                      200, ok))
    assert [p.message for p in bad_read] == ["'propertiesWithHistory' is a required property"]
    bare_error = ok[:-1] + ',"numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND",' \
                           '"message":"x","context":{"ids":["a@b.org"]}}]}'
    problems = book.problems(exchange("/crm/v3/objects/contacts/batch/read",
                                      '{"properties":[],"propertiesWithHistory":[],"inputs":[]}', 207, bare_error))
    assert sorted(p.message for p in problems) == ["'errors' is a required property",
                                                   "'links' is a required property"]
    unknown = book.problems(exchange("/crm/v4/associations/contacts/companies/labels", "", 200, "{}"))
    assert unknown == [] or unknown[0].side == "path"


def test_every_exception_names_its_source() -> None:
    assert EXCEPTIONS and all(e.what and len(e.source) > 30 for e in EXCEPTIONS)


def test_command_line_runs_send_and_get_only_what_the_documents_allow(sandbox: SandboxServer, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Account read, preview, a run that creates, links companies by domain and by name (creating one),
    updates an existing contact, a re-run that conflicts, a duplicates check against the account and undo:
    every exchange is valid for its published operation."""
    httpx.post(sandbox.base_url + "/crm/v3/objects/contacts/batch/create", headers=AUTH, json={"inputs": [
        {"properties": {"email": "ann@example.org", "firstname": "Ann"}, "associations": []}]}).raise_for_status()
    sheet = people(tmp_path / "people.csv")
    base = ["--target", "hubspot", "--base-url", sandbox.base_url]
    with recorded(sandbox) as exchanges:
        assert run(["preview", str(sheet), *base, "--on-existing", "update", "--company-label", "Employer",
                    "--out", str(tmp_path / "pv")], capsys)[0] == 0
        code, out = run(["submit", str(sheet), *base, "--on-existing", "update", "--create-companies",
                         "--company-label", "Employer", "--results", str(tmp_path / "r1.csv")], capsys)
        assert code == 0, out
        run_id = RUN_LINE.search(out).group(1)  # type: ignore[union-attr]
        code, out = run(["submit", str(sheet), *base, "--on-existing", "create", "--results",
                         str(tmp_path / "r2.csv")], capsys)  # everyone exists now: conflicts, per row
        code, out = run(["duplicates", str(sheet), *base, "--against-account", "--out", str(tmp_path / "d.csv")],
                        capsys)
        assert code in (0, 1), out
        assert main(["undo", run_id, "--yes"]) == 0
    operations = sorted({specs().operation(x.method, x.path).name for x in exchanges
                         if specs().operation(x.method, x.path)})
    assert {"POST /crm/v3/objects/contacts/batch/create", "POST /crm/v3/objects/contacts/batch/upsert",
            "POST /crm/v3/objects/contacts/batch/read", "POST /crm/v3/objects/contacts/batch/archive",
            "POST /crm/v3/objects/companies/batch/read", "POST /crm/v3/objects/companies/search",
            "POST /crm/v3/objects/companies/batch/create", "GET /crm/v3/properties/{objectType}",
            "GET /crm/associations/v4/{fromObjectType}/{toObjectType}/labels",
            "GET /crm/v3/objects/contacts"} <= set(operations), operations
    problems = specs().unexcused(exchanges)
    assert problems == [], "\n".join(problems)
    # The conflicts of the second run are 207 error items: checked above, and there were some.
    assert any(x.status == 207 for x in exchanges)


def test_the_sandboxs_error_answers_match_the_documents(sandbox: SandboxServer) -> None:
    """Bad input, an unknown contact, a bad company search and a refused association: the sandbox's
    answers are the documents' Error / BatchResponse…WithErrors shapes."""
    with recorded(sandbox) as exchanges:
        url = sandbox.base_url
        httpx.post(url + "/crm/v3/objects/contacts/batch/create", headers=AUTH, json={"inputs": [
            {"properties": {"email": "not-an-email"}, "associations": [], "objectWriteTraceId": "1"},
            {"properties": {"email": "ok@example.org"}, "associations": [], "objectWriteTraceId": "2"}]})
        httpx.post(url + "/crm/v3/objects/contacts/batch/create", headers=AUTH, json={"inputs": [
            {"properties": {"email": "not-an-email"}, "associations": []}]})
        httpx.get(url + "/crm/v3/objects/contacts/123", headers=AUTH)
        httpx.post(url + "/crm/v3/objects/companies/search", headers=AUTH, json={
            "filterGroups": [{"filters": [{"propertyName": "name", "operator": "EQ", "value": "Acme Corp"}]}],
            "properties": ["name"], "limit": 500, "after": "0", "sorts": []})  # over the 200 a search may ask
        httpx.post(url + "/crm/v4/associations/contacts/companies/batch/create", headers=AUTH, json={"inputs": [
            {"from": {"id": "1"}, "to": {"id": "2"},
             "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279}]}]})
    assert [x.status for x in exchanges] == [207, 400, 404, 400, 207]
    problems = specs().unexcused(exchanges)
    assert problems == [], "\n".join(problems)


def test_a_429_differs_from_the_document_only_as_listed(sandbox: SandboxServer) -> None:
    with SandboxServer(token=TOKEN, hubspot_ten_second_limit=1) as tight, recorded(tight) as exchanges:
        for _ in range(2):
            httpx.get(tight.base_url + "/crm/v3/properties/contacts", headers=AUTH)
    assert [x.status for x in exchanges] == [200, 429]
    problems = [p for x in exchanges for p in specs().problems(x)]
    assert problems and all(excused(p) is EXCEPTIONS[0] for p in problems)


def test_search_has_its_own_five_a_second_limit_and_the_app_paces_its_searches(tmp_path: Path) -> None:
    """Six searches in the same second: the sixth is HubSpot's SECONDLY 429. Seven company names in a file:
    the app's seven searches all answer 200 (one every quarter second)."""
    from tests.core.sandbox_support import FakeClock

    search = {"filterGroups": [{"filters": [{"propertyName": "name", "operator": "EQ", "value": "Hope Clinic"}]}],
              "properties": ["name"], "limit": 10, "after": "0", "sorts": []}
    clock = FakeClock()
    with SandboxServer(token=TOKEN, clock=clock) as fixed:
        url = fixed.base_url + "/crm/v3/objects/companies/search"
        answers = [httpx.post(url, headers=AUTH, json=search) for _ in range(6)]
        assert [a.status_code for a in answers] == [200] * 5 + [429]
        assert answers[5].json()["policyName"] == "SECONDLY"
        clock.advance(1.0)
        assert httpx.post(url, headers=AUTH, json=search).status_code == 200
    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Email,Employer name\n" + "".join(f"p{i}@example.org,Org {i}\n" for i in range(7)),
                     encoding="utf-8")
    with SandboxServer(token=TOKEN) as live, recorded(live) as exchanges:
        assert main(["preview", str(sheet), "--target", "hubspot", "--base-url", live.base_url,
                     "--out", str(tmp_path / "pv")]) == 0
    searches = [x.status for x in exchanges if x.path.endswith("/companies/search")]
    assert searches == [200] * 7


@pytest.mark.parametrize("on_existing", ["skip", "update", "fill", "create"])
@pytest.mark.parametrize("companies", [(), ("--company-label", "Employer", "--create-companies")])
def test_every_choice_for_existing_people_stays_within_the_documents(sandbox: SandboxServer, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str],
                                                                     on_existing: str, companies: tuple) -> None:
    """Each --on-existing, with and without company links, preview then submit then undo: no exchange outside
    the published documents (save the listed exceptions)."""
    httpx.post(sandbox.base_url + "/crm/v3/objects/contacts/batch/create", headers=AUTH, json={"inputs": [
        {"properties": {"email": "ann@example.org", "firstname": "Ann"}, "associations": []}]}).raise_for_status()
    sheet = people(tmp_path / "people.csv")
    base = ["--target", "hubspot", "--base-url", sandbox.base_url, "--on-existing", on_existing, *companies]
    with recorded(sandbox) as exchanges:
        assert run(["preview", str(sheet), *base, "--out", str(tmp_path / "pv")], capsys)[0] == 0
        code, out = run(["submit", str(sheet), *base, "--results", str(tmp_path / "r.csv")], capsys)
        assert code in (0, 1), out
        main(["undo", RUN_LINE.search(out).group(1), "--yes"])  # type: ignore[union-attr]
    assert len(exchanges) > 5
    problems = specs().unexcused(exchanges)
    assert problems == [], "\n".join(problems)
