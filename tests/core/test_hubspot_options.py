"""HubSpot's import options on the command line (issue 30): update existing only (``--new skip``) with any
``--on-existing``, read back from the sandbox through its public endpoints."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from core.cli import main
from core.sandbox import SandboxServer
from tests.core.hubspot_spec import recorded, specs
from tests.core.submit_support import TOKEN

pytestmark = pytest.mark.usefixtures("cli_token", "isolated_home")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


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


# ----- Add to a list (--list NAME) -----

def list_named(sandbox: SandboxServer, name: str) -> dict | None:
    r = httpx.get(f"{sandbox.base_url}/crm/v3/lists/object-type-id/0-1/name/{name}", headers=AUTH)
    return r.json()["list"] if r.status_code == 200 else None


def members(sandbox: SandboxServer, list_id: str) -> list[str]:
    r = httpx.get(f"{sandbox.base_url}/crm/v3/lists/{list_id}/memberships", headers=AUTH, params={"limit": 250})
    r.raise_for_status()
    return sorted(m["recordId"] for m in r.json()["results"])


def gala(tmp_path: Path) -> Path:
    sheet = tmp_path / "Gala 2026.csv"
    sheet.write_text("First Name,Email,City\nAnn,ann@example.org,Portland\nCat,cat@example.org,Salem\n"
                     "Dan,ann@example.org,Eugene\n", encoding="utf-8")  # Ann's email again: refused by the checks
    return sheet


def test_list_gets_every_created_or_updated_contact_and_undo_takes_them_out(sandbox: SandboxServer, tmp_path: Path,
                                                                           capsys) -> None:
    out = tmp_path / "r.csv"
    with recorded(sandbox) as exchanges:
        code = main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                     "--on-existing", "update", "--list", "Gala 2026", "--results", str(out)])
        printed = capsys.readouterr().out
        assert code == 1, printed  # Dan's row has an error
        made = list_named(sandbox, "Gala 2026")
        assert made is not None and made["processingType"] == "MANUAL"
        rows = results(out)
        ids = sorted([rows["Ann"]["CRM ID"], rows["Cat"]["CRM ID"]])
        assert members(sandbox, made["listId"]) == ids
        assert "Added 2 contacts to the list “Gala 2026”" in printed
        assert rows["Ann"]["Message"].endswith("Added to the list “Gala 2026”")
        assert "list" not in rows["Dan"]["Message"]
        run_id = printed.split()[1].rstrip(":")
        assert main(["undo", run_id, "--yes"]) == 0
        said = capsys.readouterr().out
    assert "Took 2 contacts of run" in said and "the list was empty, so it was deleted" in said
    assert list_named(sandbox, "Gala 2026") is None  # the run made it and it was empty again
    assert "Taken out of the list “Gala 2026” by undo" in results(out)["Ann"]["Message"]
    assert specs().unexcused(exchanges) == []


def test_an_existing_list_keeps_its_other_members_and_is_not_deleted_by_undo(sandbox: SandboxServer,
                                                                             tmp_path: Path, capsys) -> None:
    made = httpx.post(sandbox.base_url + "/crm/v3/lists", headers=AUTH,
                      json={"name": "Volunteers", "objectTypeId": "0-1", "processingType": "MANUAL"}).json()["list"]
    ann = list_named(sandbox, "Volunteers")["listId"]
    assert ann == made["listId"]
    ann_id = emails_id(sandbox, "ann@example.org")
    httpx.put(f"{sandbox.base_url}/crm/v3/lists/{made['listId']}/memberships/add", headers=AUTH,
              json=[ann_id]).raise_for_status()
    out = tmp_path / "r.csv"
    assert main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--new", "add", "--list", "Volunteers", "--results", str(out)]) == 1  # create: Ann conflicts
    cat = results(out)["Cat"]["CRM ID"]
    assert members(sandbox, made["listId"]) == sorted([ann_id, cat])
    run_id = capsys.readouterr().out.split()[1].rstrip(":")
    assert main(["undo", run_id, "--yes"]) == 0
    assert members(sandbox, made["listId"]) == [ann_id]  # Ann was there before the run: she stays
    assert list_named(sandbox, "Volunteers") is not None


def emails_id(sandbox: SandboxServer, email: str) -> str:
    r = httpx.get(f"{sandbox.base_url}/crm/v3/objects/contacts/{email}", headers=AUTH, params={"idProperty": "email"})
    return r.json()["id"]


def test_a_kill_before_the_list_is_filled_is_finished_by_resume(sandbox: SandboxServer, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from core.crashpoints import ENV_CRASH_AT

    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "CONTACT_IMPORTER_HOME": str(tmp_path / "home"), "CONTACT_IMPORTER_TOKEN": TOKEN,
           ENV_CRASH_AT: "before-list:1"}
    out = tmp_path / "r.csv"
    args = [sys.executable, "-m", "core", "submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url",
            sandbox.base_url, "--on-existing", "update", "--list", "Gala 2026", "--results", str(out)]
    crashed = subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert crashed.returncode == -9 or crashed.returncode == 137, crashed.stderr
    run_id = crashed.stdout.split()[1].rstrip(":")
    made = list_named(sandbox, "Gala 2026")
    assert made is not None and members(sandbox, made["listId"]) == []  # made, not filled yet
    del env[ENV_CRASH_AT]
    resumed = subprocess.run([sys.executable, "-m", "core", "resume", run_id], cwd=repo, env=env,
                             capture_output=True, text=True, timeout=120)
    assert "Added 2 contacts to the list “Gala 2026”" in resumed.stdout, resumed.stderr
    assert len(members(sandbox, made["listId"])) == 2
    assert list_named(sandbox, "Gala 2026")["listId"] == made["listId"]  # not a second list
    assert "Added to the list “Gala 2026”" in results(out)["Cat"]["Message"]


# ----- Marketing contacts, with consent (--marketing-contacts --consent-confirmed) -----

def marketable(sandbox: SandboxServer, email: str) -> str | None:
    r = httpx.get(f"{sandbox.base_url}/crm/v3/objects/contacts/{email}", headers=AUTH,
                  params={"idProperty": "email", "properties": "hs_marketable_status"})
    return r.json()["properties"].get("hs_marketable_status") if r.status_code == 200 else None


def test_marketing_contacts_need_the_consent_confirmation(sandbox: SandboxServer, tmp_path: Path, capsys) -> None:
    code = main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--marketing-contacts", "--results", str(tmp_path / "r.csv")])
    err = capsys.readouterr().err
    assert code == 2 and "--marketing-contacts needs --consent-confirmed" in err and err.count("\n") == 1
    assert set(emails_in(sandbox)) == {"ann@example.org"} and emails_in(sandbox)["ann@example.org"]["city"] is None


def test_marketing_contacts_go_through_an_import_and_errors_come_back_to_their_rows(sandbox: SandboxServer,
                                                                                  tmp_path: Path, capsys) -> None:
    from core.submit.journal import Journal

    out = tmp_path / "r.csv"
    with recorded(sandbox) as exchanges:
        code = main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                     "--on-existing", "update", "--marketing-contacts", "--consent-confirmed", "--results", str(out)])
    printed = capsys.readouterr().out
    assert code == 1, printed  # Dan's email is refused by the checks
    assert "Set 2 contacts as marketing contacts" in printed
    assert marketable(sandbox, "ann@example.org") == "true" and marketable(sandbox, "cat@example.org") == "true"
    rows = results(out)
    assert rows["Cat"]["Message"].endswith("Set as a marketing contact")
    started = [x for x in exchanges if x.method == "POST" and x.path == "/crm/v3/imports"]
    assert len(started) == 1 and b'"marketableContactImport": true' in started[0].body
    assert b'"importOperations": {"0-1": "UPDATE"}' in started[0].body
    run_id = printed.split()[1].rstrip(":")
    from core.afterrun.marketing import run_marketing

    with Journal() as journal:
        kept = run_marketing(journal, run_id)
    assert kept["confirmed"] and kept["confirmed_by"] and kept["confirmed_at"].endswith("Z")
    assert kept["state"] == "DONE" and kept["done"]
    assert specs().unexcused(exchanges) == []


def test_an_import_error_line_is_said_on_its_own_row(sandbox: SandboxServer, tmp_path: Path) -> None:
    """A contact archived between the send and the import: HubSpot's UPDATE_ONLY_IMPORT on that line
    comes back to that person's row."""
    from core.afterrun import marketing
    from core.submit.journal import Journal

    out = tmp_path / "r.csv"
    assert main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--on-existing", "update", "--results", str(out)]) == 1
    rows = results(out)
    httpx.post(sandbox.base_url + "/crm/v3/objects/contacts/batch/archive", headers=AUTH,
               json={"inputs": [{"id": rows["Cat"]["CRM ID"]}]}).raise_for_status()
    with Journal() as journal:
        [run] = journal.list_runs()
        journal.note_rows(run.id, {}, extra=next(iter(marketing.marketing_extra(True, who="Sam").items())))
        from core.targets.client_base import Connection

        conn = Connection("hubspot", sandbox.base_url, TOKEN)
        assert marketing.mark_marketing(journal, run.id, conn, poll_seconds=0.05) == 1
        said = {e.row: e.message for e in journal.rows(run.id)}
    assert said[3].endswith("Not set as a marketing contact: HubSpot's import said UPDATE_ONLY_IMPORT")
    assert said[2].endswith("Set as a marketing contact")
    assert marketable(sandbox, "ann@example.org") == "true"


def test_a_kill_while_the_import_runs_is_finished_by_resume_without_a_second_upload(sandbox: SandboxServer,
                                                                                    tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from core.crashpoints import ENV_CRASH_AT

    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "CONTACT_IMPORTER_HOME": str(tmp_path / "home"), "CONTACT_IMPORTER_TOKEN": TOKEN,
           ENV_CRASH_AT: "before-import-done:1"}
    out = tmp_path / "r.csv"
    with recorded(sandbox) as exchanges:
        crashed = subprocess.run([sys.executable, "-m", "core", "submit", str(gala(tmp_path)), "--target", "hubspot",
                                  "--base-url", sandbox.base_url, "--on-existing", "update", "--marketing-contacts",
                                  "--consent-confirmed", "--results", str(out)],
                                 cwd=repo, env=env, capture_output=True, text=True, timeout=120)
        assert crashed.returncode in (-9, 137), crashed.stderr
        run_id = crashed.stdout.split()[1].rstrip(":")
        del env[ENV_CRASH_AT]
        resumed = subprocess.run([sys.executable, "-m", "core", "resume", run_id], cwd=repo, env=env,
                                 capture_output=True, text=True, timeout=120)
    assert "Set 2 contacts as marketing contacts" in resumed.stdout, resumed.stderr
    assert [x.method for x in exchanges if x.path == "/crm/v3/imports"] == ["POST"]  # uploaded once
    assert marketable(sandbox, "cat@example.org") == "true"


# ----- Subscriptions with a legal basis -----

def statuses(sandbox: SandboxServer, email: str) -> dict[int, dict]:
    r = httpx.get(f"{sandbox.base_url}/communication-preferences/v4/statuses/{email}", headers=AUTH,
                  params={"channel": "EMAIL"})
    r.raise_for_status()
    return {s["subscriptionId"]: s for s in r.json()["results"]}


def newsletter(tmp_path: Path) -> Path:
    sheet = tmp_path / "supporters.csv"
    sheet.write_text("First Name,Email,Newsletter\nAnn,ann@example.org,Yes\nCat,cat@example.org,no\n"
                     "Eve,eve@example.org,unsubscribed\nFay,fay@example.org,\nGus,gus@example.org,maybe\n",
                     encoding="utf-8")
    return sheet


def test_a_subscription_column_subscribes_on_yes_with_the_runs_legal_basis(sandbox: SandboxServer, tmp_path: Path,
                                                                           capsys) -> None:
    from core.account import subscriptions
    from core.cli.submit_cmds import LEGAL_BASES

    assert LEGAL_BASES == subscriptions.LEGAL_BASES
    out = tmp_path / "r.csv"
    with recorded(sandbox) as exchanges:
        code = main(["submit", str(newsletter(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                     "--on-existing", "update", "--legal-basis", "CONSENT_WITH_NOTICE", "--legal-basis-explanation",
                     "Ticked the newsletter box at the gala", "--results", str(out)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    ann = statuses(sandbox, "ann@example.org")[1001]
    assert (ann["status"], ann["legalBasis"], ann["legalBasisExplanation"]) == (
        "SUBSCRIBED", "CONSENT_WITH_NOTICE", "Ticked the newsletter box at the gala")
    assert statuses(sandbox, "eve@example.org")[1001]["status"] == "UNSUBSCRIBED"  # the column said so
    for nothing in ("cat@example.org", "fay@example.org", "gus@example.org"):  # no, blank, not understood
        assert statuses(sandbox, nothing)[1001]["status"] == "NOT_SPECIFIED", nothing
    rows = results(out)
    assert rows["Ann"]["Message"].endswith("Subscribed (legal basis: CONSENT_WITH_NOTICE)")
    assert rows["Gus"]["Status"] == "Created"  # a value not understood costs the subscription, not the person
    sent = [x for x in exchanges if x.path.endswith("/statuses/batch/write")]
    assert len(sent) == 1 and sent[0].json_body()["inputs"][0]["subscriptionId"] == 1001
    creates = [x.body for x in exchanges if x.path.endswith("/contacts/batch/upsert")]
    assert creates and all(b"subscription." not in b for b in creates)
    assert specs().unexcused(exchanges) == []


def test_a_subscription_column_needs_a_legal_basis(sandbox: SandboxServer, tmp_path: Path, capsys) -> None:
    code = main(["submit", str(newsletter(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--results", str(tmp_path / "r.csv")])
    err = capsys.readouterr().err
    assert code == 2 and "--legal-basis" in err
    assert set(emails_in(sandbox)) == {"ann@example.org"}  # nothing sent


def test_the_windows_undo_step_takes_the_run_out_of_its_list_too(sandbox: SandboxServer, tmp_path: Path,
                                                                   capsys) -> None:
    from core.afterrun.undo import undo_step
    from core.submit.journal_open import default_path
    from core.targets.client_base import Connection

    out = tmp_path / "r.csv"
    main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
          "--list", "Gala 2026", "--results", str(out)])
    run_id = capsys.readouterr().out.split()[1].rstrip(":")
    made = list_named(sandbox, "Gala 2026")
    assert len(members(sandbox, made["listId"])) == 1  # Cat (Ann conflicts: the choice is create)
    assert undo_step(str(default_path()), run_id, Connection("hubspot", sandbox.base_url, TOKEN),
                     progress=lambda *a: None) == 1
    assert list_named(sandbox, "Gala 2026") is None  # emptied and, as the run made it, deleted


def test_a_key_without_the_subscriptions_scope_still_reads_the_account(tmp_path: Path, capsys,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """HubSpot answers 403 MISSING_SCOPES to a key without communication_preferences.read: the account is read
    all the same, without subscription types, and a file without such a column is sent as usual."""
    from core.sandbox.hubspot_subscriptions import SubscriptionApi
    from core.sandbox.wire import correlation_id, json_response

    def refused(self, request):  # type: ignore[no-untyped-def]
        return json_response(403, {"status": "error", "message": "This app hasn't been granted all required scopes "
                                   "to make this call.", "correlationId": correlation_id(),
                                   "category": "MISSING_SCOPES"})

    monkeypatch.setattr(SubscriptionApi, "definitions", refused)
    with SandboxServer(token=TOKEN) as sandbox:
        assert main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                     "--results", str(tmp_path / "r.csv")]) == 1  # Dan's email is refused by the checks
        assert "created=2" in capsys.readouterr().out


def test_a_key_without_the_owners_scope_is_told_which_scope(tmp_path: Path, capsys,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from core.sandbox.hubspot_owners import OwnerApi
    from core.sandbox.wire import correlation_id, json_response

    def refused(self, request):  # type: ignore[no-untyped-def]
        return json_response(403, {"status": "error", "message": "This app hasn't been granted all required scopes "
                                   "to make this call.", "correlationId": correlation_id(),
                                   "category": "MISSING_SCOPES"})

    monkeypatch.setattr(OwnerApi, "list", refused)
    sheet = tmp_path / "owners.csv"
    sheet.write_text("Email,Contact owner\nann@example.org,maria.lopez@example.org\n", encoding="utf-8")
    with SandboxServer(token=TOKEN) as sandbox:
        assert main(["submit", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                     "--results", str(tmp_path / "r.csv")]) == 2
        assert "crm.objects.owners.read" in capsys.readouterr().err
        assert sandbox.contacts()["hubspot"] == []  # nothing sent with an owner it could not check


def test_preview_says_new_people_are_left_out(sandbox: SandboxServer, tmp_path: Path, capsys) -> None:
    out = tmp_path / "pv"
    assert main(["preview", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--on-existing", "update", "--new", "skip", "--out", str(out)]) == 1  # Dan's row has an error
    assert "new: 1 (left out: --new skip)  on existing: update" in capsys.readouterr().out
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        cat = next(r for r in csv.DictReader(fh) if r["source row"] == "3")
    assert cat["will do"].startswith("Not in HubSpot yet; left out")
    assert [p.name for p in out.glob("batch-*.json")] == ["batch-0001.json"]  # Ann's update only


def test_an_active_list_of_that_name_stops_the_step_with_a_sentence(sandbox: SandboxServer, tmp_path: Path,
                                                                     capsys) -> None:
    httpx.post(sandbox.base_url + "/crm/v3/lists", headers=AUTH, json={
        "name": "Donors", "objectTypeId": "0-1", "processingType": "DYNAMIC"}).raise_for_status()
    out = tmp_path / "r.csv"
    code = main(["submit", str(gala(tmp_path)), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--on-existing", "update", "--list", "Donors", "--results", str(out)])
    said = capsys.readouterr()
    assert code == 1
    assert "is an active list" in said.out + said.err and "choose another name" in said.out + said.err
    assert {r["Status"] for n, r in results(out).items() if n != "Dan"} == {"Updated", "Created"}  # contacts are in
