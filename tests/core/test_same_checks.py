"""``same_checks``: an account's fields leave a check standing only when they check the mapping the same."""

from __future__ import annotations

from core.account.model import AccountConfig, CustomField
from core.account.same_checks import same_checks
from core.mapping.automap import suggest_mapping

HEADERS = ["First Name", "Last Name", "Email"]


def virtuous(**lists) -> AccountConfig:  # noqa: ANN003
    return AccountConfig("virtuous", "Practice", "http://127.0.0.1:1", "2026-12-07T10:00:00", **lists)


def test_names_and_email_with_a_household_constant_check_the_same():
    mapping = suggest_mapping(HEADERS, "virtuous")
    assert mapping.for_field("contactType").constant == "Household"
    assert same_checks(None, virtuous(contact_types=["Household", "Organization"]), mapping)


def test_a_constant_the_account_does_not_have_checks_otherwise():
    mapping = suggest_mapping(HEADERS, "virtuous")
    assert not same_checks(None, virtuous(contact_types=["Organization", "Foundation"]), mapping)


def test_a_column_read_by_the_accounts_list_checks_otherwise():
    mapping = suggest_mapping([*HEADERS, "Contact type"], "virtuous")
    assert mapping.for_field("contactType").sources == ["Contact type"]
    assert not same_checks(None, virtuous(contact_types=["Household"]), mapping)


def test_a_field_the_account_lacks_or_its_rules_read_checks_otherwise():
    mapping = suggest_mapping([*HEADERS, "Tags"], "virtuous")
    assert mapping.for_field("tags") is not None
    assert not same_checks(None, virtuous(contact_types=["Household"], tags=["Gala"]), mapping)
    custom = suggest_mapping([*HEADERS, "Donor level"], "virtuous")
    custom.set_column("Donor level", "customFields.Donor_Level")
    level = CustomField("Donor_Level", "Donor level", "Dropdown", ["Gold"])
    assert same_checks(virtuous(contact_types=["Household"], custom_fields=[level]),
                       virtuous(contact_types=["Household"], custom_fields=[level]), custom)
    assert not same_checks(virtuous(contact_types=["Household"], custom_fields=[level]),
                           virtuous(contact_types=["Household"]), custom)
