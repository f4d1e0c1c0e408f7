"""The sandbox behaves like the services where the app used to assume otherwise, over real HTTP:
HubSpot 423/477 waits, account tiers and the daily window's time zone, customised lifecycle stages
and a text date_of_birth that the app never rejects locally."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from core.sandbox import FaultConfig, SandboxServer
from core.sandbox.cli import build_parser
from core.targets.client_base import Connection
from core.targets.hubspot_client import HubSpotClient
from tests.core.sandbox_support import FakeClock, clean, sandbox_pool, seed_where
from tests.core.tables import table

TOKEN = "tok-faithful-5e7"
CREATE = "/crm/v3/objects/contacts/batch/create"


@pytest.fixture
def sandboxes():
    with sandbox_pool(TOKEN) as make:
        yield make


def hubspot(server: SandboxServer) -> HubSpotClient:
    return HubSpotClient(Connection("hubspot", server.base_url, TOKEN, timeout=5.0), backoff_base=0.01)


def hubspot_batch(rows: list[list[object]], headers: list[str]):  # type: ignore[no-untyped-def]
    t = table(headers, *rows)
    checked = check_table(t, suggest_mapping(headers, "hubspot"))
    return checked, make_batches(checked)


@pytest.mark.parametrize("status,at_least", [(423, 2.0), (477, 1.0)])
def test_423_and_477_are_waits_then_the_same_request_again(sandboxes, status: int, at_least: float) -> None:
    kind = {423: "p423", 477: "p477"}[status]
    seed = seed_where(lambda d: d.wait_status == status, clean, **{kind: 0.5})
    server = sandboxes(faults=FaultConfig(seed=seed, **{kind: 0.5}))
    _checked, [batch] = hubspot_batch([["w@example.org", "Wai"]], ["Email", "First Name"])
    waits: list[tuple[float, str]] = []
    with hubspot(server) as client:
        [out] = client.send(batch, on_wait=lambda s, r: waits.append((s, r)))
    assert out.status == "created"
    [(seconds, reason)] = waits
    assert seconds >= at_least and f"HTTP {status}" in reason and "connection settings" not in reason
    assert server.stats()["faults"][str(status)] == 1
    assert len(server.contacts()["hubspot"]) == 1


def test_customised_lifecycle_stages_and_text_date_of_birth_are_the_accounts_call(sandboxes) -> None:
    server = sandboxes()
    props = {p["name"]: p for p in httpx.get(server.base_url + "/crm/v3/properties/contacts",
                                              headers={"Authorization": f"Bearer {TOKEN}"}).json()["results"]}
    assert props["date_of_birth"]["type"] == "string"
    stages = [o["value"] for o in props["lifecyclestage"]["options"]]
    assert "88776655" in stages and "evangelist" not in stages
    headers = ["Email", "First Name", "Lifecycle stage", "Date of birth"]
    checked, [batch] = hubspot_batch([["a@example.org", "Ann", "88776655", "spring 1961"],
                                      ["b@example.org", "Bo", "Lead", dt.date(1931, 5, 6)],
                                      ["c@example.org", "Cy", "Evangelist", None]], headers)
    # Nothing is rejected locally: a stage outside HubSpot's defaults is a warning and goes as typed.
    assert [r.status for r in checked.rows] == ["warning", "ok", "ok"]
    sent = [i["properties"] for i in json.loads(batch.body)["inputs"]]
    assert [p.get("lifecyclestage") for p in sent] == ["88776655", "lead", "evangelist"]
    assert [p.get("date_of_birth") for p in sent] == ["spring 1961", "1931-05-06", None]
    with hubspot(server) as client:
        out = client.send(batch)
    # The account accepts its own stage and rejects the one it removed, per row.
    assert [o.status for o in out] == ["created", "created", "failed"]
    assert out[2].code == "INVALID_OPTION"


def test_free_and_starter_tiers_allow_100_requests_per_ten_seconds() -> None:
    with SandboxServer(hubspot_tier="starter", clock=FakeClock()) as sb:
        r = httpx.get(sb.base_url + "/crm/v3/properties/contacts", headers={"Authorization": f"Bearer {sb.token}"})
        assert r.headers["X-HubSpot-RateLimit-Max"] == "100"
        assert r.headers["X-HubSpot-RateLimit-Daily"] == "250000"
    with pytest.raises(ValueError):
        SandboxServer(hubspot_tier="platinum")
    assert build_parser().parse_args(["--hubspot-tier", "free"]).hubspot_tier == "free"


def test_the_daily_window_renews_at_midnight_in_the_accounts_time_zone() -> None:
    # 2026-12-01 04:59:00 UTC is 23:59 in New York: one minute before that account's day renews.
    clock = FakeClock(dt.datetime(2026, 12, 1, 4, 59, tzinfo=dt.timezone.utc).timestamp())
    with SandboxServer(hubspot_daily_limit=1, hubspot_time_zone="America/New_York", clock=clock) as sb, \
            httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.token}"}) as c:
        assert c.get("/crm/v3/properties/contacts").status_code == 200
        refused = c.get("/crm/v3/properties/contacts")
        assert refused.status_code == 429 and refused.json()["policyName"] == "DAILY"
        clock.advance(60)  # midnight in New York, 05:00 UTC
        assert c.get("/crm/v3/properties/contacts").status_code == 200


def test_sandbox_command_line_options() -> None:
    args = build_parser().parse_args(["--virtuous-process-after", "30", "--virtuous-wrong-type", "400",
                                      "--hubspot-time-zone", "Europe/Berlin", "--fault", "5xx-after=0.5"])
    assert (args.virtuous_process_after, args.virtuous_wrong_type, args.hubspot_time_zone) == \
        (30.0, "400", "Europe/Berlin")
    from core.sandbox.cli import run_cli

    assert run_cli(["--hubspot-time-zone", "Mars/Olympus"]) == 2


def test_date_properties_go_as_iso_and_work_before_1970(sandboxes) -> None:
    from core.mapping.catalog import Kind

    server = sandboxes()
    t = table(["Email", "First gift"], ["old@example.org", "5/6/1931"])
    m = suggest_mapping(t.headers, "hubspot")
    m.assign_column("First gift", "first_gift_date")
    m.for_field("first_gift_date").kind = Kind.DATE  # type: ignore[union-attr]
    [batch] = make_batches(check_table(t, m))
    assert json.loads(batch.body)["inputs"][0]["properties"]["first_gift_date"] == "1931-05-06"
    with hubspot(server) as client:
        [out] = client.send(batch)
    assert out.status == "created"
    [contact] = server.contacts()["hubspot"]
    assert contact["properties"]["first_gift_date"] == "1931-05-06"
