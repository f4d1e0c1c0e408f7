"""Auto-mapping lands the headers office staff actually write on the right fields."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.mapping.automap import suggest_mapping
from core.mapping.model import Mapping


def fields_of(m: Mapping) -> dict[str, str]:
    return {s: fm.field for fm in m.fields for s in fm.sources}


@pytest.mark.parametrize(
    "header,target,field",
    [
        ("Zip", "virtuous", "postal"),
        ("Zip", "hubspot", "zip"),
        ("ST", "virtuous", "state"),
        ("E-mail", "virtuous", "email"),
        ("E-mail", "hubspot", "email"),
        ("Mobile #", "hubspot", "mobilephone"),
        ("Mobile #", "virtuous", "phone"),
        ("Full name", "virtuous", "fullName"),
        ("Full name", "hubspot", "fullName"),
        ("First Name", "hubspot", "firstname"),
        ("Surname", "virtuous", "lastName"),
        ("Email Address", "hubspot", "email"),
        ("Street Address", "hubspot", "address"),
        ("Postal Code", "virtuous", "postal"),
        ("Volunteer Hours", "virtuous", "volunteerAttendances.hours"),
        ("Tags", "virtuous", "tags"),
        ("Company", "hubspot", "company"),
        ("Lifecycle Stage", "hubspot", "lifecyclestage"),
    ],
)
def test_common_headers_land_right(header, target, field):
    m = suggest_mapping([header, "Unrelated Notes Xyz"], target)
    assert fields_of(m).get(header) == field
    assert m.for_field(field).confidence >= 0.72


def test_one_column_never_fills_two_fields_and_one_field_takes_one_column():
    headers = ["Email", "E-mail", "Phone", "Mobile #", "First", "First Name"]
    m = suggest_mapping(headers, "virtuous")
    used = [s for fm in m.fields for s in fm.sources]
    assert len(used) == len(set(used))
    assert all(len(fm.sources) <= 1 for fm in m.fields)
    assert m.problems() == []
    assert fields_of(m)["Email"] == "email"  # the exact name beats the look-alike


def test_unknown_columns_stay_unmapped_and_virtuous_gets_a_contact_type():
    m = suggest_mapping(["Favourite Colour", "Email"], "virtuous")
    assert "Favourite Colour" not in fields_of(m)
    ct = m.for_field("contactType")
    assert ct.constant == "Household" and ct.sources == []


def test_mapping_roundtrips_and_rebinds_by_header_name(tmp_path):
    m = suggest_mapping(["E-mail", "First Name", "Zip"], "hubspot")
    p = tmp_path / "map.json"
    m.save(p)
    loaded = Mapping.load(p)
    assert loaded == m
    rebound, missing = loaded.rebind(["first name", "Zip", "E-MAIL", "Extra"])
    assert missing == []
    assert fields_of(rebound) == {"E-MAIL": "email", "first name": "firstname", "Zip": "zip"}
    _, missing = loaded.rebind(["Zip"])
    assert sorted(missing) == ["E-mail", "First Name"]


def test_a_column_feeding_two_fields_is_reported():
    m = suggest_mapping(["Email"], "hubspot")
    m.fields.append(m.for_field("email").model_copy(update={"field": "message"}))
    assert m.problems() == ["Column 'Email' fills more than one field: email, message"]


def test_bad_mapping_file_is_one_clear_error(tmp_path):
    from core.errors import InputError

    p = tmp_path / "m.json"
    p.write_text('{"target": "salesforce"}')
    with pytest.raises(InputError) as e:
        Mapping.load(p)
    assert "m.json" in str(e.value) and "target" in str(e.value)
    p.write_text("{nope")
    with pytest.raises(InputError, match="not a readable mapping file"):
        Mapping.load(p)


def test_look_alike_words_do_not_land_on_a_name_field():
    m = suggest_mapping(["Attended", "Email"], "hubspot")
    assert "Attended" not in fields_of(m)  # HubSpot has no attendance field; 'attendee' must not pull it to names


@pytest.mark.parametrize("headers", [["Event attended Y/N"], ["Attended", "Event attended Y/N"],
                                     ["Event Name", "Event attended Y/N"], ["Event attended (yes/no)"]])
def test_a_yes_no_column_never_becomes_the_event_name(headers):
    m = suggest_mapping(headers, "virtuous")
    fields = fields_of(m)
    assert all(fields.get(h) != "eventName" for h in headers if "attended" in h.lower())
    if len(headers) == 1:
        assert fields == {headers[0]: "attended"}


@pytest.mark.parametrize("header,field", [("Invited?", "invited"), ("RSVP response", "rsvpResponse"),
                                          ("Event", "eventName"), ("Event ID", "eventId")])
def test_event_columns(header, field):
    assert fields_of(suggest_mapping([header], "virtuous")) == {header: field}


_CELLS = st.one_of(st.none(), st.text(max_size=30), st.integers(), st.floats(allow_nan=False), st.booleans(),
                   st.sampled_from(["ann@example.org", "(503) 555-0143", "Yes", "TX", "97201", "Kim Lee", "3/4/2024"]))


@settings(max_examples=60, deadline=None)
@given(headers=st.lists(st.one_of(st.text(max_size=25), st.sampled_from(
    ["Email", "E-mail 1 - Value", "Home City", "Business City", "Name", "Type", "Spouse Name", "Zip", "ID", "#"])),
    min_size=1, max_size=8, unique=True), data=st.data(), target=st.sampled_from(["virtuous", "hubspot"]))
def test_any_sheet_gets_a_one_to_one_suggestion_with_reasons(headers, data, target):
    from core.mapping.automap import why_not

    columns = [data.draw(st.lists(_CELLS, max_size=6)) for _ in headers]
    m = suggest_mapping(headers, target, columns=columns)
    used = [s for fm in m.fields for s in fm.sources]
    assert len(used) == len(set(used)) and all(len(fm.sources) <= 1 for fm in m.fields)
    assert len({fm.field for fm in m.fields}) == len(m.fields)
    assert all(fm.confidence is None or 0.72 <= fm.confidence <= 1.0 for fm in m.fields if fm.sources)
    reasons = why_not(m, columns=columns)
    assert set(reasons) <= set(headers) - set(used)


def test_a_plain_column_completes_the_chosen_address_but_another_group_does_not():
    headers = ["Home Street", "Home City", "Business City", "Country"]
    columns = [["12 Oak St", "7 Elm Ave"], ["Austin", "Dayton"], ["Dallas", ""], ["USA", "USA"]]
    m = suggest_mapping(headers, "virtuous", columns=columns)
    assert fields_of(m) == {"Home Street": "address1", "Home City": "city", "Country": "country"}


@pytest.mark.parametrize("header", ["Billing Contact Name", "Emergency Contact Phone", "Spouse Email",
                                    "Honoree First Name", "Purchaser Email", "Fundraiser Name", "Tribute Last Name"])
def test_someone_elses_columns_are_not_the_persons(header):
    values = {"Phone": ["(503) 555-0143"] * 1 + ["(503) 555-0199"], "Email": ["a@example.org", "b@example.org"]}
    col = next((v for k, v in values.items() if k in header), ["Kim Lee", "Bo Ray"])
    m = suggest_mapping(["Email", header], "hubspot", columns=[["me@example.org", "you@example.org"], col])
    assert m.field_for_column(header) == []


def test_a_name_column_in_any_alphabet_is_a_full_name():
    """A weak header ("Name") is decided by its values: names with letters beyond ASCII are names too."""
    from core.mapping.automap import suggest_for_table
    from tests.core.tables import table

    t = table(["Name", "Email"], ["Łukasz Żółć", "lukasz@example.pl"], ["José García", "jose@example.es"],
              ["Zoë Müller", "zoe@example.de"], path="pl.csv", sheet=None)
    assert suggest_for_table(t, "hubspot").field_for_column("Name") == ["fullName"]


def test_a_family_list_sharing_one_last_name_keeps_its_last_name_column():
    from core.mapping.automap import suggest_for_table
    from tests.core.tables import table

    t = table(["First Name", "Last Name", "Email"], *[[f"Ann{i}", "Lee", f"ann{i}@example.org"] for i in range(8)],
              path="family.csv", sheet=None)
    assert suggest_for_table(t, "virtuous").field_for_column("Last Name") == ["lastName"]
