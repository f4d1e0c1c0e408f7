"""The row key (core.targets.row_key): a HubSpot contact property with unique values that the app creates
once, with the person's consent (``submit --row-key``), and sets on every contact it creates, so a row
without an email is found again after a lost answer instead of being left "Unknown". Against the sandbox
over HTTP, which keeps unique values and reads by ``idProperty`` as HubSpot does."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from core.cli import main, submit_cmds
from core.sandbox import SandboxServer, parse_faults
from core.targets import ratelimit
from core.targets.row_key import ROW_KEY_DEFINITION, ROW_KEY_PROPERTY
from tests.core.submit_support import HEADERS, TOKEN

pytestmark = pytest.mark.usefixtures("isolated_home")
CONTACTS = "/crm/v3/objects/contacts"
N_ROWS = 60


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    monkeypatch.setattr(submit_cmds, "CLIENT_OPTIONS", {"backoff_base": 0.01})
    monkeypatch.setitem(ratelimit.POLICY_WAITS, "TEN_SECONDLY_ROLLING", 0.05)


@pytest.fixture
def api() -> Iterator[tuple[SandboxServer, httpx.Client]]:
    with SandboxServer(token=TOKEN) as server:
        with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
            yield server, client


def test_the_sandbox_keeps_unique_property_values_and_reads_by_them(api) -> None:
    server, client = api
    made = client.post("/crm/v3/properties/contacts", json=ROW_KEY_DEFINITION)
    assert made.status_code == 201 and made.json()["hasUniqueValue"] is True
    assert client.post("/crm/v3/properties/contacts", json=ROW_KEY_DEFINITION).status_code == 409
    listed = {p["name"]: p for p in client.get("/crm/v3/properties/contacts").json()["results"]}
    assert listed[ROW_KEY_PROPERTY]["hasUniqueValue"] is True

    first = client.post(f"{CONTACTS}/batch/create", json={"inputs": [
        {"properties": {"firstname": "Ann", ROW_KEY_PROPERTY: "k1"}, "objectWriteTraceId": "t1"},
        {"properties": {"firstname": "Bo", ROW_KEY_PROPERTY: "k1"}, "objectWriteTraceId": "t2"}]}).json()
    (ann,) = first["results"]
    (clash,) = first["errors"]  # the same value twice in one batch: the second is refused
    assert clash["category"] == "CONFLICT" and clash["context"]["objectWriteTraceId"] == ["t2"]
    again = client.post(f"{CONTACTS}/batch/create", json={"inputs": [
        {"properties": {"firstname": "Ann", ROW_KEY_PROPERTY: "k1"}, "objectWriteTraceId": "t3"}]})
    assert again.status_code == 207 and f"Existing ID: {ann['id']}" in again.json()["errors"][0]["message"]

    read = client.post(f"{CONTACTS}/batch/read", json={"idProperty": ROW_KEY_PROPERTY, "properties": ["firstname"],
                                                       "inputs": [{"id": "k1"}, {"id": "k2"}]}).json()
    assert [r["id"] for r in read["results"]] == [ann["id"]] and read["errors"][0]["context"]["ids"] == ["k2"]
    not_unique = client.post(f"{CONTACTS}/batch/read", json={"idProperty": "firstname", "inputs": [{"id": "Ann"}]})
    assert not_unique.status_code == 400
    assert len(server.contacts()["hubspot"]) == 1

    server.hubspot_store.schema_write = False  # a key without crm.schemas.contacts.write
    refused = client.post("/crm/v3/properties/contacts", json={**ROW_KEY_DEFINITION, "name": "other_key"})
    assert refused.status_code == 403 and refused.json()["category"] == "MISSING_SCOPES"


def write_no_email_sheet(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows([[f"Noemail{i}", "Lee", "", f"note {i}"] for i in range(N_ROWS)])
    return path


def submit(server: SandboxServer, tmp_path: Path, capsys, *extra: str) -> tuple[dict[str, dict[str, str]], str]:
    results = tmp_path / "results.csv"
    code = main(["submit", str(write_no_email_sheet(tmp_path / "guests.csv")), "--target", "hubspot", "--base-url",
                 server.base_url, "--batch-size", "10", "--concurrency", "1", "--results", str(results), *extra])
    err = capsys.readouterr().err
    assert code in (0, 1), err
    with open(results, encoding="utf-8-sig", newline="") as fh:
        return {r["First Name"]: r for r in csv.DictReader(fh)}, err


@pytest.mark.parametrize("row_key", [True, False])
def test_rows_without_an_email_are_found_by_their_row_key_after_lost_answers(tmp_path: Path, capsys,
                                                                             row_key: bool) -> None:
    """HubSpot stores every other batch and a gateway answers 502: with the row key every row is confirmed
    "Created" and stored once; without it (today's honest fallback) such rows stay "Unknown"."""
    with SandboxServer(token=TOKEN, faults=parse_faults(["5xx-after=0.5"], seed=4)) as server:
        rows, _err = submit(server, tmp_path, capsys, *(["--row-key"] if row_key else []))
        contacts = server.contacts()["hubspot"]
        assert server.stats()["faults"]["5xx_after"] >= 2
    by_name = {c["properties"]["firstname"]: c for c in contacts}
    assert all(c["sandbox"]["createCount"] == 1 for c in contacts) and len(by_name) == len(contacts)
    statuses = {r["Status"] for r in rows.values()}
    if row_key:
        assert statuses == {"Created"} and len(contacts) == N_ROWS
        assert all(rows[n]["CRM ID"] == c["id"] for n, c in by_name.items())
        assert len({c["properties"][ROW_KEY_PROPERTY] for c in contacts}) == N_ROWS
    else:
        assert "Unknown" in statuses and all(ROW_KEY_PROPERTY not in c["properties"] for c in contacts)


def test_an_account_that_refuses_the_row_key_is_told_before_sending(tmp_path: Path, capsys) -> None:
    with SandboxServer(token=TOKEN) as server:
        server.hubspot_store.schema_write = False
        rows, err = submit(server, tmp_path, capsys, "--row-key")
        contacts = server.contacts()["hubspot"]
    assert "did not let the app create its row-key property" in err and "stays 'Unknown'" in err
    assert TOKEN not in err
    assert {r["Status"] for r in rows.values()} == {"Created"} and len(contacts) == N_ROWS
    assert all(ROW_KEY_PROPERTY not in c["properties"] for c in contacts)


def test_the_row_key_is_in_the_preview_bytes_and_the_same_on_every_build(api, tmp_path: Path, capsys) -> None:
    """Made from who the person is, so the preview shows the very bytes sent and a re-send repeats them."""
    server, client = api
    client.post("/crm/v3/properties/contacts", json=ROW_KEY_DEFINITION)
    out = tmp_path / "preview"
    sheet = write_no_email_sheet(tmp_path / "guests.csv")
    code = main(["preview", str(sheet), "--target", "hubspot", "--base-url", server.base_url, "--out", str(out)])
    assert code in (0, 1)
    capsys.readouterr()
    rows, _err = submit(server, tmp_path, capsys)  # the account has the key: used without asking again
    sent = {c["properties"]["firstname"]: c["properties"][ROW_KEY_PROPERTY] for c in server.contacts()["hubspot"]}
    assert set(rows) == set(sent) and len(set(sent.values())) == N_ROWS
    previewed = {i["properties"]["firstname"]: i["properties"][ROW_KEY_PROPERTY]
                 for f in sorted(out.glob("batch-*.json")) for i in json.loads(f.read_text(encoding="utf-8"))["inputs"]}
    assert previewed == sent


def test_the_map_step_never_offers_the_row_key() -> None:
    """The app sets it on every contact it creates; a column mapped to it would be overwritten."""
    from core.account.model import Property

    key = Property(ROW_KEY_PROPERTY, "Contact Importer row key", "contactinformation", "string", "text",
                   hubspot_defined=False)
    other = Property("donor_tier", "Donor tier", "nonprofit", "string", "text", hubspot_defined=False)
    assert (key.writable, other.writable) == (False, True)
