"""Duplicates and account matches end to end on the command line: a guest list with planted duplicates and a
guest already in the practice account; ``duplicates --decisions`` writes the choices,
``preview``/``submit --duplicates`` follow them over real HTTP to a sandbox holding the practice account's
people — the merged pair goes out as one contact, the household's two stay two, the probable match is
updated by its id (no second contact), and the results file says what happened to every original row."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from core.cli import main
from core.matching.decisions import Decisions
from core.sandbox import SandboxServer
from core.sandbox.listing import seed_practice
from tests.core.submit_support import TOKEN

pytestmark = pytest.mark.usefixtures("cli_token")

HEADERS = ["First Name", "Last Name", "Email", "Phone", "Street", "City", "Zip"]
ROWS = [
    ["Bob", "Smith", "bob@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],     # 2
    ["Mary", "Smith", "mary@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],   # 3: his wife
    ["Robert", "Smith", "", "(978) 555-0101", "12 Oak Street", "Salem", "01970"],           # 4: Bob again
    ["Samuel", "Becker", "sam.becker@example.com", "360-555-0109", "3491 Hawthorne Blvd",   # 5: in the account
     "Sacramento", "95837"],                                                                #    (no email there)
    ["Ann", "Jones", "ann@example.org", "", "4 Elm Rd", "Dayton", "45402"],                 # 6
]


@pytest.fixture
def account() -> Iterator[SandboxServer]:
    with SandboxServer(token=TOKEN) as s:
        seed_practice(s, "hubspot")
        yield s


def write(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADERS, *ROWS])
    return path


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def sam(server: SandboxServer) -> list[dict]:
    return [c for c in server.contacts()["hubspot"] if c["properties"].get("lastname") == "Becker"]


def test_a_probable_match_becomes_an_update_of_that_contact_and_no_second_one(tmp_path, account, capsys):
    sheet, base = write(tmp_path / "guests.csv"), account.base_url
    [before] = sam(account)
    decisions = tmp_path / "d.json"
    code = main(["duplicates", str(sheet), "--target", "hubspot", "--base-url", base, "--against-account",
                 "--out", str(tmp_path / "groups.csv"), "--decisions", str(decisions), "--group-choice", "merge",
                 "--account-matches", "update"])
    assert code == 1
    saved = json.loads(decisions.read_text())
    assert saved["groups"] == [{"rows": [2, 4], "choice": "merge", "keep": None, "fields": {}}]  # not Mary
    assert saved["account"] == {"5": {"choice": "update", "crm_id": before["id"]}}

    out = tmp_path / "pv"
    assert main(["preview", str(sheet), "--target", "hubspot", "--base-url", base, "--duplicates", str(decisions),
                 "--out", str(out)]) == 0
    assert "updates of contacts you chose in the account: 1 (by their ID, no second contact)" in capsys.readouterr().out
    report = {r[0]: r for r in read_csv(out / "report.csv")[1:]}
    header = read_csv(out / "report.csv")[0]
    will_do = header.index("will do")
    assert report["5"][will_do] == f"Probably contact {before['id']} in the account: will update it by its ID " \
                                   "(your choice)"
    update = json.loads((out / "batch-0001.json").read_bytes())
    assert update == {"inputs": [{"id": before["id"], "properties": {
        "firstname": "Samuel", "lastname": "Becker", "email": "sam.becker@example.com", "phone": "+13605550109",
        "address": "3491 Hawthorne Blvd", "city": "Sacramento", "zip": "95837"}, "objectWriteTraceId": "row-5"}]}

    count = len(account.contacts()["hubspot"])
    results = tmp_path / "results.csv"
    assert main(["submit", str(sheet), "--target", "hubspot", "--base-url", base, "--duplicates", str(decisions),
                 "--results", str(results)]) == 1  # a row was left out (merged): not everything was sent
    [after] = sam(account)  # still one Sam: updated, not created again
    assert after["id"] == before["id"] and after["sandbox"]["updateCount"] == before["sandbox"]["updateCount"] + 1
    assert after["properties"]["firstname"] == "Samuel" and after["properties"]["email"] == "sam.becker@example.com"
    assert len(account.contacts()["hubspot"]) == count + 3  # Bob (merged with Robert), Mary, Ann
    lines = {r[0] + " " + r[1]: r[len(HEADERS):] for r in read_csv(results)[1:]}
    assert lines["Samuel Becker"][:2] == ["Updated", before["id"]]
    assert lines["Robert Smith"][0] == "Skipped" and "Merged into row 2" in lines["Robert Smith"][2]
    assert "merged with row 4" in lines["Bob Smith"][2].lower()
    assert lines["Mary Smith"][0] == "Created" and lines["Ann Jones"][0] == "Created"


def test_the_per_run_choice_still_applies_to_the_others_and_create_anyway_creates(tmp_path, account):
    """``--on-existing skip`` leaves out people found by email; a row the person chose to update is
    updated whatever the per-run choice; "create anyway" sends a row as new even though it matched."""
    sheet, base = write(tmp_path / "guests.csv"), account.base_url
    [before] = sam(account)
    httpx.post(base + "/crm/v3/objects/contacts/batch/create", headers={"Authorization": f"Bearer {TOKEN}"},
               json={"inputs": [{"properties": {"email": "ann@example.org", "firstname": "Ann"}}]})
    Decisions(account={5: "update"}, update_ids={5: before["id"]}, source="guests.csv").save(tmp_path / "u.json")
    results = tmp_path / "results.csv"
    assert main(["submit", str(sheet), "--target", "hubspot", "--base-url", base, "--on-existing", "skip",
                 "--duplicates", str(tmp_path / "u.json"), "--results", str(results)]) == 1  # Ann skipped
    lines = {r[0] + " " + r[1]: r[len(HEADERS):] for r in read_csv(results)[1:]}
    assert lines["Samuel Becker"][:2] == ["Updated", before["id"]]
    assert lines["Ann Jones"][0] == "Skipped" and "your choice: Skip" in lines["Ann Jones"][2]
    assert len(sam(account)) == 1


def test_create_anyway_sends_the_row_as_a_new_contact(tmp_path, account):
    sheet = write(tmp_path / "guests.csv")
    Decisions(account={5: "create"}, source="guests.csv").save(tmp_path / "c.json")
    assert main(["submit", str(sheet), "--target", "hubspot", "--base-url", account.base_url, "--duplicates",
                 str(tmp_path / "c.json"), "--results", str(tmp_path / "r.csv")]) == 0
    assert len(sam(account)) == 2  # created anyway, as asked (the account's Sam has no email to clash with)


def test_update_by_id_is_sent_the_way_hubspot_takes_it(account):
    """``batch/update`` with the record id and no idProperty; ``idProperty: hs_object_id`` is refused as
    non-unique (segmentio/action-destinations PR #3957), an unknown id names its row."""
    [before] = sam(account)
    url, auth = account.base_url + "/crm/v3/objects/contacts/batch/", {"Authorization": f"Bearer {TOKEN}"}
    refused = httpx.post(url + "upsert", headers=auth, json={"inputs": [
        {"id": before["id"], "idProperty": "hs_object_id", "properties": {"city": "X"}}]})
    assert refused.status_code == 400 and "non-unique" in refused.json()["message"]
    r = httpx.post(url + "update", headers=auth, json={"inputs": [
        {"id": before["id"], "properties": {"city": "Davis"}, "objectWriteTraceId": "row-5"},
        {"id": "999999", "properties": {"city": "Nowhere"}, "objectWriteTraceId": "row-6"}]})
    assert r.status_code == 207
    body = r.json()
    assert [x["id"] for x in body["results"]] == [before["id"]] and "new" not in body["results"][0]
    assert body["errors"][0]["context"]["objectWriteTraceId"] == ["row-6"]
    assert sam(account)[0]["properties"]["city"] == "Davis"


def test_virtuous_rows_cannot_be_turned_into_updates(tmp_path, capsys):
    sheet = write(tmp_path / "guests.csv")
    code = main(["duplicates", str(sheet), "--target", "virtuous", "--out", str(tmp_path / "g.csv"),
                 "--account-matches", "update", "--decisions", str(tmp_path / "d.json")])
    assert code == 2 and "Virtuous matches people itself" in capsys.readouterr().err
    Decisions(account={5: "update"}, update_ids={5: "7"}, source="guests.csv").save(tmp_path / "u.json")
    code = main(["preview", str(sheet), "--target", "virtuous", "--duplicates", str(tmp_path / "u.json"),
                 "--out", str(tmp_path / "pv")])
    err = capsys.readouterr().err
    assert code == 2 and "Virtuous matches people itself" in err and "Traceback" not in err


def test_virtuous_rows_it_would_merge_can_be_left_out_from_the_command_line(tmp_path, capsys):
    """With the practice account (``--sandbox``): the summary says which rows Virtuous will probably
    merge; ``--account-matches skip`` leaves them out of what is sent, and the results say so."""
    sheet, decisions = write(tmp_path / "guests.csv"), tmp_path / "d.json"
    code = main(["duplicates", str(sheet), "--target", "virtuous", "--sandbox", "--against-account",
                 "--out", str(tmp_path / "g.csv"), "--decisions", str(decisions), "--account-matches", "skip"])
    out = capsys.readouterr().out
    assert code == 1 and "1 rows Virtuous will probably merge into existing contacts" in out
    assert json.loads(decisions.read_text())["account"] == {"5": "skip"}
    results = tmp_path / "results.csv"
    assert main(["submit", str(sheet), "--target", "virtuous", "--sandbox", "--duplicates", str(decisions),
                 "--results", str(results)]) == 1
    lines = {r[0] + " " + r[1]: r[len(HEADERS):] for r in read_csv(results)[1:]}
    assert lines["Samuel Becker"][0] == "Skipped"
    assert lines["Samuel Becker"][2] == "Left out: probably already in the account"
    assert all(lines[n][0] == "Accepted for review"
               for n in ("Bob Smith", "Mary Smith", "Robert Smith", "Ann Jones")), lines


def test_with_the_practice_account_the_chosen_update_reaches_the_same_contact(tmp_path, capsys):
    """``--sandbox`` both times: the practice CRM the run goes to holds the practice account's people
    with the ids ``duplicates`` saw, so the chosen update lands on that contact."""
    sheet, decisions = write(tmp_path / "guests.csv"), tmp_path / "d.json"
    assert main(["duplicates", str(sheet), "--target", "hubspot", "--sandbox", "--against-account", "--out",
                 str(tmp_path / "g.csv"), "--decisions", str(decisions), "--account-matches", "update"]) == 1
    crm_id = json.loads(decisions.read_text())["account"]["5"]["crm_id"]
    results = tmp_path / "results.csv"
    assert main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--duplicates", str(decisions),
                 "--results", str(results)]) == 0
    lines = {r[0] + " " + r[1]: r[len(HEADERS):] for r in read_csv(results)[1:]}
    assert lines["Samuel Becker"][:3] == ["Updated", crm_id, f"Updated the contact you chose (ID {crm_id})"]
