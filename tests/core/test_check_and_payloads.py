"""From rows to issues and to the exact bytes each CRM receives."""

import datetime as dt
import json

import pytest

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches, recheck_row
from core.targets.reference_ids import derived_reference_id
from tests.core.tables import table

HEADERS = ["Full Name", "E-mail", "Phone", "State", "Zip", "Attended", "Volunteer Hours", "Tags"]


def guests():
    return table(
        HEADERS,
        ["Dr. Jane Q. Public Jr.", " Jane@Example.COM ", 5035550143, "Oregon", 97201, "Y", 2.5, "gala; vip"],
        ["Zoë Müller", "zoe@example.de", "+49 30 901820", "Berlin", "10115", "no", "3", None],
        ["Bob Nobody", "bob@", "12", "TX", None, "maybe", "lots", None],
        ["Jane Public", "JANE@example.com", None, None, None, None, None, None],
        [None, None, None, "CA", None, None, None, None],
    )


def test_virtuous_issues_name_row_column_and_value():
    t = guests()
    checked = check_table(t, suggest_mapping(t.headers, "virtuous"))
    by_row = {r.row: r for r in checked.rows}
    assert [r.status for r in checked.rows] == ["ok", "ok", "error", "warning", "error"]
    codes = {(i.code, i.column, i.severity) for i in by_row[4].issues}
    # The email is who Bob is: it stops the row. His yes/no and hours only cost those fields.
    assert codes == {("email.invalid", "E-mail", "error"), ("phone.invalid", "Phone", "warning"),
                     ("bool.invalid", "Attended", "warning"), ("number.invalid", "Volunteer Hours", "warning")}
    msg = next(i.message for i in by_row[4].issues if i.code == "email.invalid")
    assert msg.startswith("Row 4, column 'E-mail': 'bob@' is not a valid email address")
    dup = by_row[5].issues[0]
    assert (dup.code, dup.severity) == ("email.duplicate", "warning")
    assert "also in row 2" in dup.message
    assert by_row[6].issues[0].code == "required.missing"
    assert checked.counts() == {"ok": 2, "warning": 1, "error": 2, "excluded": 0}


def test_virtuous_payload_bytes():
    t = guests()
    checked = check_table(t, suggest_mapping(t.headers, "virtuous"))
    [batch] = make_batches(checked, batch_size=10)
    assert batch.rows == [2, 3, 5]
    body = json.loads(batch.body)
    assert body["referenceSource"] == "Contact Importer"
    jane = body["contacts"][0]
    assert jane == {
        "referenceId": derived_reference_id({"email": "jane@example.com", "firstName": "Jane", "lastName": "Public"},
                                            "guests.xlsx|Guests"),
        "contactType": "Household",
        "name": "Dr. Jane Q. Public Jr.",
        "title": "Dr.", "firstName": "Jane", "middleName": "Q.", "lastName": "Public", "suffix": "Jr.",
        "email": "jane@example.com",
        "phone": "+15035550143",
        "state": "OR",
        "postal": "97201",
        "attended": True,
        "tags": "gala;vip",
        "volunteerAttendances": [{"hours": "2.5"}],  # the seed types hours as a string
    }
    # Non-ASCII goes out as UTF-8, not \u escapes, and the body is the pretty JSON a preview shows.
    assert "Zoë Müller".encode() in batch.body
    assert batch.body.startswith(b'{\n  "referenceSource": "Contact Importer",\n  "contacts": [')
    # A re-run derives the same referenceIds, so Virtuous matches instead of duplicating.
    again = make_batches(check_table(guests(), suggest_mapping(t.headers, "virtuous")), batch_size=10)
    assert again[0].body == batch.body


def test_hubspot_payload_strings_trace_ids_and_duplicates():
    t = table(["Email", "First Name", "Last Name", "Date of Birth", "Lifecycle Stage", "Company ID"],
              ["a@example.com", "Ann", "Lee", dt.date(1990, 4, 1), "Lead", 9001],
              ["A@EXAMPLE.COM", "Ann", "Again", None, None, None],
              [None, "Solo", None, "1/2/1985", "customer", None])
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    dup = checked.rows[1].issues[0]
    assert (dup.code, dup.severity) == ("email.duplicate", "error")  # HubSpot keeps one contact per email
    [batch] = make_batches(checked)
    body = json.loads(batch.body)
    assert batch.operation == "hubspot.create"
    assert body == {"inputs": [
        {"properties": {"email": "a@example.com", "firstname": "Ann", "lastname": "Lee",
                        "date_of_birth": "1990-04-01", "lifecyclestage": "lead"},
         "objectWriteTraceId": "row-2",
         "associations": [{"to": {"id": "9001"},
                           "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 279}]}]},
        {"properties": {"firstname": "Solo", "date_of_birth": "1985-01-02", "lifecyclestage": "customer"},
         "objectWriteTraceId": "row-4", "associations": []},  # required by the published schema: [] when none
    ]}


def test_hubspot_upsert_uses_email_and_sends_emailless_rows_as_creates():
    t = table(["Email", "First Name"], ["a@example.com", "Ann"], [None, "Solo"], ["b@example.com", "Bo"])
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    batches = make_batches(checked, mode="upsert", batch_size=1)
    assert [(b.operation, b.rows) for b in batches] == [
        ("hubspot.upsert", [2]), ("hubspot.upsert", [4]), ("hubspot.create", [3])]
    assert json.loads(batches[0].body)["inputs"][0] == {
        "id": "a@example.com", "idProperty": "email", "properties": {"email": "a@example.com", "firstname": "Ann"},
        "objectWriteTraceId": "row-2"}


def test_hubspot_batches_hold_at_most_100():
    rows = [[f"p{i}@example.com", f"P{i}"] for i in range(250)]
    checked = check_table(table(["Email", "First Name"], *rows), suggest_mapping(["Email", "First Name"], "hubspot"))
    assert [len(b.items) for b in make_batches(checked)] == [100, 100, 50]
    import pytest
    with pytest.raises(ValueError, match="at most 100"):
        make_batches(checked, batch_size=101)


def test_editing_a_row_rechecks_it_and_its_duplicate():
    t = guests()
    checked = check_table(t, suggest_mapping(t.headers, "virtuous"))
    email_col = t.headers.index("E-mail")
    t.records[0].values[email_col] = "jane.new@example.com"
    changed = recheck_row(checked, 0)
    assert set(changed) == {0, 3}
    assert checked.rows[3].status == "ok"  # no longer a duplicate of row 2
    t.records[2].values[email_col] = "bob@example.com"
    recheck_row(checked, 2)
    assert "email.invalid" not in {i.code for i in checked.rows[2].issues}


def test_several_edits_keep_rechecking_the_duplicate_partners():
    t = table(["Full Name", "E-mail"], ["Ann", "a@example.org"], ["Ben", "b@example.org"],
              ["Cy", "a@example.org"], ["Di", "c@example.org"])
    checked = check_table(t, suggest_mapping(t.headers, "virtuous"))
    email = t.headers.index("E-mail")

    def duplicate_of(i):
        found = [x.message for x in checked.rows[i].issues if x.code == "email.duplicate"]
        return found[0].split("also in row ")[1] if found else None

    def edit(i, value):
        t.records[i].values[email] = value
        return set(recheck_row(checked, i))

    assert [duplicate_of(i) for i in range(4)] == [None, None, "2", None]
    checked.rows[2].excluded = True
    assert edit(0, "x@example.org") == {0, 2}  # row 4 loses its partner
    assert [duplicate_of(i) for i in range(4)] == [None, None, None, None]
    assert checked.rows[2].excluded  # re-checking a partner keeps the person's choice
    assert edit(3, "a@example.org") == {3, 2}  # row 5 now repeats row 4
    assert [duplicate_of(i) for i in range(4)] == [None, None, None, "4"]
    assert edit(2, "b@example.org") == {2, 1, 3}  # row 4 leaves row 5, joins row 3
    assert [duplicate_of(i) for i in range(4)] == [None, None, "3", None]
    assert edit(1, "y@example.org") == {1, 2}  # row 4 is now the first b@
    assert [duplicate_of(i) for i in range(4)] == [None, None, None, None]
    assert [r.status for r in checked.rows] == ["ok", "ok", "excluded", "ok"]


def test_excluded_rows_are_not_sent():
    t = guests()
    checked = check_table(t, suggest_mapping(t.headers, "virtuous"))
    checked.rows[0].excluded = True
    [batch] = make_batches(checked)
    assert batch.rows == [3, 5]


def test_a_checked_rows_values_refuse_a_write_and_change_only_as_a_whole():
    """A write to one value would be lost (the row keeps its values compactly): it raises instead."""
    t = table(["First", "Email"], ["Ann", "ann@example.org"])
    [row] = check_table(t, suggest_mapping(t.headers, "hubspot")).rows
    with pytest.raises(TypeError):
        row.values["email"] = "other@example.org"  # type: ignore[index]
    assert row.values["email"] == "ann@example.org"
    row.values = {**row.values, "email": "ann.lee@example.org"}
    assert row.values == {"firstname": "Ann", "email": "ann.lee@example.org"}
