"""``map``, ``preview`` and ``submit`` against the sandbox's seeded account: custom properties
by label, labels sent as internal values, who already exists, and each choice for them — what preview
said, what was sent and what the sandbox holds afterwards."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from core.cli import main
from core.sandbox import SandboxServer
from tests.core.submit_support import TOKEN

pytestmark = pytest.mark.usefixtures("cli_token")

HEADERS = ["First Name", "Last Name", "Email", "Donor tier", "City"]
ROWS = [
    ["Ann", "Lee", "ann@example.org", "Gold donor", "Portland"],  # exists; tier and city would change
    ["Bob", "Ray", "bob@example.org", "Bronze donor", ""],  # exists; nothing would change
    ["Cat", "Fox", "cat@example.org", "Gold donor", "Salem"],  # new
]


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(token=TOKEN) as s:
        body = {"inputs": [
            {"properties": {"email": "ann@example.org", "firstname": "Ann", "lastname": "Lee",
                            "donor_tier": "silver_donor"}},
            {"properties": {"email": "bob@example.org", "firstname": "Bob", "lastname": "Ray",
                            "donor_tier": "bronze_donor"}},
        ]}
        r = httpx.post(s.base_url + "/crm/v3/objects/contacts/batch/create", json=body,
                       headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201
        yield s


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "donors.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADERS, *ROWS])
    return path


def held(sandbox: SandboxServer) -> dict[str, dict[str, str]]:
    return {c["properties"]["email"]: c["properties"] for c in sandbox.contacts()["hubspot"]}


def report(out: Path) -> dict[str, str]:
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        return {r["source row"]: r["will do"] for r in csv.DictReader(fh)}


def bodies(out: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(out.glob("batch-*.json"))]


def test_map_uses_the_accounts_properties_by_label(sheet: Path, sandbox: SandboxServer,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["map", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--connection", "crm"]) == 0
    captured = capsys.readouterr()
    mapping = json.loads(captured.out)
    assert {f["field"]: f["sources"] for f in mapping["fields"]}["donor_tier"] == ["Donor tier"]
    assert "Fields and options of account 'crm' as of" in captured.err
    # Later, with the account out of reach, the saved copy is used and said to be one.
    sandbox.stop()
    assert main(["map", str(sheet), "--target", "hubspot", "--connection", "crm"]) == 0
    captured = capsys.readouterr()
    assert "from the saved copy" in captured.err
    assert "donor_tier" in captured.out


def test_map_without_a_connection_says_it_uses_the_built_in_list(sheet: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["map", str(sheet), "--target", "hubspot"]) == 0
    captured = capsys.readouterr()
    assert "built-in field list" in captured.err
    assert "donor_tier" not in captured.out


def test_preview_labels_rows_and_follows_fill_blanks_only(sheet: Path, sandbox: SandboxServer, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    ann_id = held(sandbox)["ann@example.org"]["hs_object_id"]
    assert main(["preview", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--on-existing", "fill", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "already in HubSpot: 2 (1 would change)  new: 1  on existing: fill" in text
    will = report(out)
    assert will["2"] == f"Exists (ID {ann_id}): will fill city"
    assert will["3"].endswith("nothing empty to fill, not sent")
    assert will["4"] == "New: will be created"
    upsert, create = bodies(out)
    assert upsert["inputs"] == [{"id": "ann@example.org", "idProperty": "email",
                                 "properties": {"email": "ann@example.org", "city": "Portland"},
                                 "objectWriteTraceId": "row-2"}]
    assert create["inputs"][0]["properties"]["donor_tier"] == "gold_donor"  # the label went out as its value
    assert [i["properties"]["email"] for i in create["inputs"]] == ["cat@example.org"]


def test_preview_update_shows_old_and_new(sheet: Path, sandbox: SandboxServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["preview", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--mode", "upsert", "--out", str(out)]) == 0
    will = report(out)
    assert "donor_tier: silver_donor → gold_donor" in will["2"] and "city: (empty) → Portland" in will["2"]
    assert "no field changes" in will["3"]
    assert [b["inputs"][0].get("idProperty") for b in bodies(out)] == ["email"]


@pytest.mark.parametrize("choice,ann,cat_created,ann_status", [
    ("skip", {"donor_tier": "silver_donor", "city": None}, True, "Skipped"),
    ("update", {"donor_tier": "gold_donor", "city": "Portland"}, True, "Updated"),
    ("fill", {"donor_tier": "silver_donor", "city": "Portland"}, True, "Updated"),
    ("create", {"donor_tier": "silver_donor", "city": None}, True, "Already exists"),
])
def test_submit_does_what_the_choice_says(sheet: Path, sandbox: SandboxServer, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], choice: str,
                                          ann: dict[str, str | None], cat_created: bool, ann_status: str) -> None:
    results = tmp_path / "results.csv"
    code = main(["submit", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--on-existing", choice, "--results", str(results)])
    capsys.readouterr()
    contacts = held(sandbox)
    assert {k: contacts["ann@example.org"].get(k) for k in ann} == ann
    assert ("cat@example.org" in contacts) is cat_created
    assert contacts["cat@example.org"]["donor_tier"] == "gold_donor"
    assert len(contacts) == 3  # nobody twice, whatever the choice
    with open(results, encoding="utf-8-sig", newline="") as fh:
        by_email = {r["Email"]: r for r in csv.DictReader(fh)}
    assert by_email["ann@example.org"]["Status"] == ann_status
    assert by_email["cat@example.org"]["Status"] == "Created"
    assert code == (0 if choice == "update" else 1)


def test_mode_and_on_existing_must_agree(sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["preview", str(sheet), "--target", "hubspot", "--mode", "upsert", "--on-existing", "skip",
                 "--out", str(tmp_path / "o")])
    assert code == 2
    assert "disagree" in capsys.readouterr().err


def test_preview_against_the_practice_virtuous_account(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "guests.csv"
    src.write_text("First Name,Last Name,Email,Contact type,Donor level\n"
                   "Ann,Lee,ann@example.org,Church,gold\n"
                   "Bob,Ray,bob@example.org,Individual,Silver\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["preview", str(src), "--target", "virtuous", "--sandbox", "--out", str(out)]) == 1
    (body,) = bodies(out)
    assert body["contacts"][0]["contactType"] == "Church"
    assert body["contacts"][0]["customFields"] == {"Donor_Level": "Gold"}
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        bob = [r for r in csv.DictReader(fh) if r["source row"] == "3"]
    # One line: the type the account does not have (not also "Contact type is required and is empty").
    assert [r["code"] for r in bob] == ["option.invalid"]
    assert "Household, Organization, Foundation, Church, School" in bob[0]["message"]


def test_submit_to_a_saved_connection_by_its_name_alone(sheet: Path, sandbox: SandboxServer, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A connection read once (its address and account kept on this computer) is enough to send to."""
    assert main(["map", str(sheet), "--target", "hubspot", "--base-url", sandbox.base_url,
                 "--connection", "crm"]) == 0
    capsys.readouterr()
    results = tmp_path / "results.csv"
    assert main(["submit", str(sheet), "--target", "hubspot", "--connection", "crm", "--on-existing", "skip",
                 "--results", str(results)]) == 1  # 1: two rows were skipped, as asked
    assert f"to {sandbox.base_url}" in capsys.readouterr().out
    assert held(sandbox)["cat@example.org"]["donor_tier"] == "gold_donor"  # the new row, its label as the value
    assert held(sandbox)["ann@example.org"]["donor_tier"] == "silver_donor"  # skipped: left as it was


def test_submit_names_what_is_missing_when_nowhere_to_send_is_given(sheet: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    results = str(tmp_path / "r.csv")
    assert main(["submit", str(sheet), "--target", "hubspot", "--results", results]) == 2
    assert "--sandbox, --base-url URL or --connection NAME" in capsys.readouterr().err
    assert main(["submit", str(sheet), "--target", "hubspot", "--connection", "never-seen", "--results", results]) == 2
    assert "connection 'never-seen' has no saved address" in capsys.readouterr().err
