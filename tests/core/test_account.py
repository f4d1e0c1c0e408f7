"""The account's configuration: read from the sandbox account, cached with its date, used offline,
and driving the field list and the checks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.account import cache
from core.account.catalog import account_catalog
from core.account.model import AccountConfig
from core.account.prepare import check_with, mapping_with
from core.mapping.catalog import Kind
from core.pipeline import mapping_for
from core.sandbox import SandboxServer
from core.targets.client_base import Connection
from core.validation import issues as codes
from tests.core.submit_support import TOKEN
from tests.core.tables import table


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(token=TOKEN) as s:
        yield s


def conn(sandbox: SandboxServer, target: str, name: str = "") -> Connection:
    return Connection(target, sandbox.base_url, TOKEN, name=name or f"practice-{target}")


@pytest.fixture
def hubspot(sandbox: SandboxServer) -> AccountConfig:
    return cache.refresh(conn(sandbox, "hubspot"))


@pytest.fixture
def virtuous(sandbox: SandboxServer) -> AccountConfig:
    return cache.refresh(conn(sandbox, "virtuous"))


def test_hubspot_field_list_is_the_accounts_writable_properties(hubspot: AccountConfig) -> None:
    cat = account_catalog(hubspot, "hubspot")
    keys = {f.key for f in cat.fields}
    assert {"donor_tier", "volunteer_interests", "lifetime_giving", "last_event_attended"} <= keys
    # read-only, calculated and archived properties are not offered
    assert not keys & {"hs_object_id", "createdate", "lastmodifieddate", "gift_count_rollup", "legacy_segment"}
    tier = cat.get("donor_tier")
    assert tier is not None and tier.custom and tier.label == "Donor tier" and tier.group == "Nonprofit"
    assert tier.choices[0] == ("Gold donor", "gold_donor")
    assert cat.get("volunteer_interests").kind is Kind.MULTI  # type: ignore[union-attr]
    assert cat.get("last_event_attended").kind is Kind.DATETIME  # type: ignore[union-attr]
    stages = dict(cat.get("lifecyclestage").choices)  # type: ignore[union-attr]
    assert stages["Donor"] == "1071235" and "Marketing Qualified Lead" not in stages
    assert cat.as_of == hubspot.as_of


def test_labels_go_out_as_internal_values_and_types_are_checked(hubspot: AccountConfig) -> None:
    t = table(["First Name", "Email", "Donor tier", "Lifecycle stage", "Volunteer interests", "Lifetime giving",
               "Last event attended at", "Board member"],
              ["Ann", "ann@example.org", "Gold donor", "Donor", "Events; Office help", "1,250.50", "2026-03-01 18:30",
               "Yes"],
              ["Bob", "bob@example.org", "Platinum", "Marketing qualified lead", "juggling", "lots", "soon", "maybe"],
              path="donors.csv", sheet=None)
    mapping = mapping_with(t, "hubspot", account=hubspot)
    assert mapping.for_field("donor_tier").sources == ["Donor tier"]  # type: ignore[union-attr]  # by its label
    ann, bob = check_with(t, mapping, account=hubspot).rows
    assert ann.issues == []
    assert ann.values["donor_tier"] == "gold_donor"
    assert ann.values["lifecyclestage"] == "1071235"
    assert ann.values["volunteer_interests"] == "events;office_help"
    assert ann.values["lifetime_giving"] == 1250.5
    assert ann.values["last_event_attended"] == "2026-03-01T18:30:00Z"
    assert ann.values["is_board_member"] is True
    bad = {i.field: i.code for i in bob.issues}
    assert bad == {"donor_tier": codes.OPTION_INVALID, "lifecyclestage": codes.OPTION_INVALID,
                   "volunteer_interests": codes.OPTION_INVALID, "lifetime_giving": codes.NUMBER_INVALID,
                   "last_event_attended": codes.DATE_INVALID, "is_board_member": codes.BOOL_INVALID}
    assert "Gold donor, Silver donor, Bronze donor" in next(i.message for i in bob.issues if i.field == "donor_tier")


def test_without_an_account_the_built_in_list_is_used_and_said() -> None:
    loaded = cache.load_or_fetch(None)
    assert loaded.config is None and "built-in field list" in loaded.note
    assert account_catalog(None, "hubspot").get("donor_tier") is None
    t = table(["Email", "Donor tier"], ["ann@example.org", "Gold donor"], path="d.csv", sheet=None)
    assert mapping_for(t, "hubspot").for_field("donor_tier") is None


def test_virtuous_types_custom_fields_tags_and_events(virtuous: AccountConfig) -> None:
    t = table(["First Name", "Last Name", "Email", "Contact type", "Email type", "Tags", "Donor level", "Event",
               "Opportunity", "Shoe size"],
              ["Ann", "Lee", "ann@example.org", "Church", "Home", "Volunteer; Knitting", "gold", "spring gala 2026",
               "Tutoring", "7"],
              ["Bob", "Lee", "bob@example.org", "Individual", "Pager", "Newsletter", "Platinum", "Volunteer Breakfast",
               "Juggling", "9"],
              path="guests.csv", sheet=None)
    mapping = mapping_with(t, "virtuous", account=virtuous)
    assert mapping.for_field("customFields.Donor_Level").sources == ["Donor level"]  # type: ignore[union-attr]
    mapping.set_column("Opportunity", "volunteerAttendances.volunteerOpportunityName")
    mapping.set_column("Shoe size", "customFields.Shoe_Size")  # a custom field the account does not have
    ann, bob = check_with(t, mapping, account=virtuous).rows
    assert ann.values["contactType"] == "Church"
    assert ann.values["emailType"] == "Home Email"
    assert ann.values["customFields.Donor_Level"] == "Gold"
    assert ann.values["eventId"] == 301  # one event has that name
    assert ann.values["volunteerAttendances.volunteerOpportunityId"] == 402
    ann_codes = {(i.field, i.code, i.severity) for i in ann.issues}
    assert ann_codes == {("tags", codes.TAG_UNKNOWN, "warning"),
                         ("customFields.Shoe_Size", codes.FIELD_UNKNOWN, "error")}
    bob_codes = {(i.field, i.code, i.severity) for i in bob.issues}
    assert ("contactType", codes.OPTION_INVALID, "error") in bob_codes
    # An email type or a dropdown value the account does not have costs Bob those fields, not the row;
    # the contact type is one Virtuous needs, so it still stops the row.
    assert ("emailType", codes.TYPE_UNKNOWN, "warning") in bob_codes
    assert ("customFields.Donor_Level", codes.OPTION_INVALID, "warning") in bob_codes
    assert {"emailType", "customFields.Donor_Level"}.isdisjoint(bob.values) and not bob.sendable
    assert ("eventName", codes.NAME_AMBIGUOUS, "warning") in bob_codes
    assert ("volunteerAttendances.volunteerOpportunityName", codes.NAME_UNKNOWN, "warning") in bob_codes
    assert "eventId" not in bob.values
    ambiguous = next(i.message for i in bob.issues if i.code == codes.NAME_AMBIGUOUS)
    assert "ID 302" in ambiguous and "ID 303" in ambiguous


def test_cache_is_used_offline_with_its_date(sandbox: SandboxServer, hubspot: AccountConfig) -> None:
    gone = Connection("hubspot", "http://127.0.0.1:9", TOKEN, name="practice-hubspot", max_retries=0)
    loaded = cache.load_or_fetch(gone)
    assert loaded.offline and loaded.config is not None
    assert loaded.config.property("donor_tier") is not None
    assert f"as of {hubspot.as_of}, from the saved copy" in loaded.note
    assert cache.load_saved("practice-hubspot").config.fetched_at == hubspot.fetched_at  # type: ignore[union-attr]


def test_a_damaged_cache_is_one_clear_sentence(hubspot: AccountConfig) -> None:
    path = cache.cache_path("practice-hubspot")
    path.write_text('{"version": 1, "account": {"target": "hub', encoding="utf-8")
    with pytest.raises(cache.AccountCacheError) as e:
        cache.load("practice-hubspot")
    assert "practice-hubspot" in str(e.value) and str(path) in str(e.value) and "damaged" in str(e.value)
    assert TOKEN not in str(e.value)


def test_no_cache_and_no_answer_says_so() -> None:
    gone = Connection("virtuous", "http://127.0.0.1:9", TOKEN, name="never-seen", max_retries=0)
    with pytest.raises(cache.AccountCacheError, match="none are saved yet"):
        cache.load_or_fetch(gone)


def test_an_accounts_checks_run_on_every_core_with_the_same_result(virtuous: AccountConfig,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The window checks against the connected account: the pool gets the account's checks too."""
    from core import check_pool, processes

    monkeypatch.setattr(processes, "MIN_ROWS", 100)
    monkeypatch.setattr(check_pool, "CHUNK_ROWS", 150)
    rows = [[f"P{i}", f"p{i % 250}@example.org", ["Church", "Individual", "Martian"][i % 3],
             ["Volunteer; Knitting", "gala"][i % 2], ["gold", "Platinum"][i % 2], "spring gala 2026"]
            for i in range(600)]
    t = table(["First Name", "Email", "Contact type", "Tags", "Donor level", "Event"], *rows, path="big.csv",
              sheet=None)
    mapping = mapping_with(t, "virtuous", account=virtuous)
    calls: list[int] = []
    real = check_pool.check_in_pool
    monkeypatch.setattr("core.pipeline.check_in_pool", lambda *a, **k: calls.append(1) or real(*a, **k))
    monkeypatch.setenv("CONTACT_IMPORTER_WORKERS", "2")
    pooled = check_with(t, mapping, account=virtuous).rows
    monkeypatch.setenv("CONTACT_IMPORTER_WORKERS", "1")
    single = check_with(t, mapping, account=virtuous).rows
    assert calls == [1]  # the first check went to the pool, the second did not
    assert pooled == single
    assert pooled[0].get("eventId") == 301 and pooled[0].get("contactType") == "Church"
    assert any(i.code == codes.OPTION_INVALID for i in pooled[2].issues)  # "Martian" is no contact type there
    assert any(i.code == codes.EMAIL_DUPLICATE for i in pooled[300].issues)


def test_reading_an_account_for_the_window_suggests_the_mapping_from_its_fields(sandbox: SandboxServer) -> None:
    """``core.steps.read_account`` (the window's worker) returns the account and the mapping its own
    properties suggest for the file's columns; with no account, no suggestion (the built-in one stands)."""
    from core.mapping.automap import suggest_mapping
    from core.steps import read_account

    headers = ["First Name", "Email", "Donor tier"]
    read = read_account(lambda: conn(sandbox, "hubspot"), target="hubspot", headers=headers, refresh=True)
    assert read.loaded.config is not None and read.headers == headers
    assert read.suggested is not None and read.suggested.for_field("donor_tier").sources == ["Donor tier"]
    expected = suggest_mapping(headers, "hubspot", account_catalog(read.loaded.config, "hubspot"))
    assert read.suggested.model_dump() == expected.model_dump()
    none = read_account(lambda: None, target="hubspot", headers=headers)
    assert none.loaded.config is None and none.suggested is None
