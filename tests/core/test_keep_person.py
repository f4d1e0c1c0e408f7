"""Keep the person: a value that cannot be read in a field the target does not need costs that field, not the
row; the row is sent without it and says so, in the check, in report.csv and in the results file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from core.cli import main
from core.mapping.catalog import Kind
from core.mapping.model import Mapping
from core.matching.decisions import Decisions, GroupDecision, apply_decisions
from core.pipeline import Checked, check_table, make_batches, mapping_for, use_mode
from core.readers import read_file
from core.validation.check import left_out
from tests.core.office_files import donor_list
from tests.core.tables import table


def donor_mapping(t, target: str = "hubspot") -> Mapping:  # type: ignore[no-untyped-def]
    """The issue's mapping: the suggested one, and the two columns mapped by hand."""
    m = mapping_for(t, target)
    since, gift = ("first_gift_date", "lifetime_giving") if target == "hubspot" else \
        ("customFields.First_Gift_Date", "customFields.Lifetime_Giving")
    m.assign_column("Donor Since", since)
    m.assign_column("Gift Total", gift)
    m.for_field(since).kind = Kind.DATE  # type: ignore[union-attr]
    m.for_field(gift).kind = Kind.NUMBER  # type: ignore[union-attr]
    return m


def sent_properties(checked: Checked) -> dict[int, dict]:
    out = {}
    for b in make_batches(checked):
        doc = json.loads(b.body)
        for row, item in zip(b.rows, doc.get("inputs") or doc.get("contacts"), strict=True):
            out[row] = item.get("properties", item)
    return out


def test_every_donor_whose_email_is_fine_is_sent(tmp_path: Path) -> None:
    path, rows = donor_list(tmp_path / "donors.xlsx")
    t = read_file(path)
    assert t.header_row == 3 and len(t.records) == 298
    checked = check_table(t, donor_mapping(t))
    by_row = {r.row: r for r in checked.rows}
    sent = sent_properties(checked)
    fine = [i + 4 for i, r in enumerate(rows) if r["_email_ok"]]
    assert len(fine) == 290
    # Every donor is created: whose email is fine with it, the others (each has a name) without it, saying so.
    assert sorted(sent) == [i + 4 for i in range(len(rows))]
    for row in set(sent) - set(fine):
        assert "email" not in sent[row] and sent[row]["firstname"]
        [said] = [i for i in by_row[row].issues if i.field == "email"]
        assert said.severity == "warning" and said.message.endswith("; sent without Email"), said
    # Upserting by email, an email that cannot be read stops its row: every donor whose email is fine, no other.
    use_mode(checked, "upsert")
    assert sorted(sent_properties(checked)) == fine
    use_mode(checked, "create")
    # No row is stopped by an optional field.
    assert not [i for r in checked.rows for i in r.issues
                if i.severity == "error" and i.field in ("first_gift_date", "lifetime_giving")]
    assert sent[4]["lifetime_giving"] == "3126"  # $3,126.00
    for k, r in enumerate(rows):
        row = k + 4
        if row not in sent:
            continue
        gift, since = sent[row].get("lifetime_giving"), sent[row].get("first_gift_date")
        if r["_gift"] is None:
            assert gift is None
            [said] = [i for i in by_row[row].issues if i.field == "lifetime_giving"]
            assert said.severity == "warning" and said.message.endswith("sent without lifetime_giving"), said
        else:
            assert gift is not None and float(gift) == r["_gift"], (row, r["Gift Total"], gift)
        if r["_since"] is None:
            assert since is None and any(left_out(i, by_row[row].values) for i in by_row[row].issues)
        else:
            assert since == r["_since"], (row, r["Donor Since"], since)


def test_a_bad_hubspot_email_stops_the_row_when_upserting_and_skip_is_a_choice(tmp_path: Path) -> None:
    path, rows = donor_list(tmp_path / "donors.xlsx", 40)
    t = read_file(path)
    m = donor_mapping(t)
    m.for_field("lifetime_giving").if_unreadable = "skip"  # type: ignore[union-attr]
    checked = check_table(t, m)
    use_mode(checked, "upsert")
    for k, r in enumerate(rows):
        c = checked.rows[k]
        if not r["_email_ok"]:
            assert not c.sendable and any(i.code == "email.invalid" and i.severity == "error" for i in c.issues)
        elif r["_gift"] is None:  # the column's options say: skip such rows
            assert not c.sendable
            assert [i.severity for i in c.issues if i.field == "lifetime_giving"] == ["error"]
        else:
            assert c.sendable


def test_virtuous_needs_a_name_and_an_email_that_reads(tmp_path: Path) -> None:
    """A name (Virtuous cannot take a contact without one) and, unless the column's options say otherwise, the
    email (who the person is: Virtuous matches an import on it) stop the row; a gift that cannot be read costs
    only the gift."""
    t = table(["Name", "Email", "Gift"], ["Ann Lee", "ann@", "$20"], ["", "bo@example.org", "pledged"],
              ["Cy Park", "cy@example.org", "pledged"], ["Di Moss", "", "€1.250,00"])
    m = mapping_for(t, "virtuous")
    m.assign_column("Gift", "customFields.Gift")
    m.for_field("customFields.Gift").kind = Kind.NUMBER  # type: ignore[union-attr]
    ann, bo, cy, di = check_table(t, m).rows
    assert not ann.sendable and [i.code for i in ann.issues if i.severity == "error"] == ["email.invalid"]
    assert not bo.sendable and [i.code for i in bo.issues if i.severity == "error"] == ["required.missing"]
    assert cy.sendable and "customFields.Gift" not in cy.values and cy.status == "warning"
    assert cy.issues[0].message == "Row 4, column 'Gift': 'pledged' is not a number; sent without Gift"
    # "$20" and "€1.250,00" in one column: the amounts go, and the currency dropped from each is said.
    assert di.sendable and di.values["customFields.Gift"] == 1250
    assert [(i.code, i.severity) for i in di.issues] == [("number.currency_mixed", "warning")]
    # The email's column options can say otherwise: then Ann goes without her unreadable email.
    m.for_field("email").if_unreadable = "empty"  # type: ignore[union-attr]
    ann = check_table(t, m).rows[0]
    assert ann.sendable and "email" not in ann.values
    assert ann.issues[0].message.endswith("; sent without Email")


def test_a_hubspot_email_is_needed_to_upsert_by_whatever_the_options_say(tmp_path: Path) -> None:
    t = table(["Email", "First Name"], ["ann@", "Ann"])
    m = mapping_for(t, "hubspot")
    m.for_field("email").if_unreadable = "empty"  # type: ignore[union-attr]
    checked = check_table(t, m)
    assert checked.rows[0].sendable  # creating: Ann goes without it
    assert use_mode(checked, "upsert") == [0]
    [ann] = checked.rows
    assert not ann.sendable and [i.code for i in ann.issues if i.severity == "error"] == ["email.invalid"]
    assert use_mode(checked, "upsert") == []  # already checked for it: nothing to do
    assert use_mode(checked, "create") == [0] and checked.rows[0].sendable


def test_creating_in_hubspot_a_bad_email_costs_the_email_unless_nothing_else_says_who() -> None:
    """Creating, HubSpot needs one of email, first name and last name: a row with a name goes without the email
    it cannot read (a warning naming the cell); a row with nothing else stays an error; the column's options can
    still skip such rows."""
    t = table(["Email", "First Name", "Last Name", "Gift"], ["ann@@example.org", "Ann", "", "5"],
              ["bo(at)example.org", "", "", "6"], ["cy@example", "", "Park", "7"])
    m = mapping_for(t, "hubspot")
    m.assign_column("Email", "email")
    ann, bo, cy = check_table(t, m).rows
    assert ann.sendable and "email" not in ann.values
    [said] = ann.issues
    assert (said.code, said.severity, said.column) == ("email.invalid", "warning", "Email")
    assert said.message.startswith("Row 2, column 'Email': 'ann@@example.org' ")
    assert said.message.endswith("; sent without Email")
    assert not bo.sendable and [i.code for i in bo.issues if i.severity == "error"] == ["email.invalid"]
    assert cy.sendable and "email" not in cy.values and cy.values["lastname"] == "Park"
    props = sent_properties(check_table(t, m))
    assert sorted(props) == [2, 4] and "email" not in props[2] and props[4]["lastname"] == "Park"
    m.for_field("email").if_unreadable = "skip"  # type: ignore[union-attr]
    assert [r.sendable for r in check_table(t, m).rows] == [False, False, False]


def test_a_merged_row_follows_the_same_rule(tmp_path: Path) -> None:
    t = table(["Email", "First Name", "Gift"],
              ["ann@example.org", "Ann", "pledged"], ["ann@example.org", "Ann", "$1,250.00"],  # one good value
              ["bo@example.org", "Bo", "pledged"], ["bo@example.org", "Bo", "tbd"])  # none
    m = mapping_for(t, "hubspot")
    m.assign_column("Gift", "lifetime_giving")
    m.for_field("lifetime_giving").kind = Kind.NUMBER  # type: ignore[union-attr]
    checked = check_table(t, m)
    decisions = Decisions([GroupDecision([2, 3], "merge", 2, {}), GroupDecision([4, 5], "merge", 4, {})])
    apply_decisions(checked.rows, decisions, checked.checker.check, "hubspot")
    ann, _, bo, _ = checked.rows
    assert ann.sendable and ann.values["lifetime_giving"] == 1250 and not any(left_out(i, ann.values)
                                                                               for i in ann.issues)
    assert bo.sendable and "lifetime_giving" not in bo.values
    assert [i.message for i in bo.issues if left_out(i, bo.values)][0].endswith("sent without lifetime_giving")


def test_report_and_results_file_name_what_was_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, rows = donor_list(tmp_path / "donors.xlsx", 30)
    t = read_file(path)
    mapfile = tmp_path / "map.json"
    donor_mapping(t).save(mapfile)
    out = tmp_path / "preview"
    assert main(["preview", str(path), "--target", "hubspot", "--mapping", str(mapfile), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    gifts = sum(1 for r in rows if r["_gift"] is None)
    assert f"    {gifts} rows like this (3 different values): Row " in said  # each cause once, with its count
    with open(out / "report.csv", encoding="utf-8-sig", newline="") as fh:
        report = list(csv.DictReader(fh))
    pledged = next(k + 4 for k, r in enumerate(rows) if r["_gift"] is None and r["_email_ok"])
    lines = [r for r in report if r["source row"] == str(pledged) and r["code"] == "number.invalid"]
    assert lines and lines[0]["status"] == "warning" and lines[0]["will do"].startswith("Will be created")
    assert lines[0]["message"].endswith("sent without lifetime_giving")
    results = tmp_path / "results.xlsx"
    main(["submit", str(path), "--target", "hubspot", "--sandbox", "--mapping", str(mapfile), "--results",
          str(results)])
    capsys.readouterr()
    ws = openpyxl.load_workbook(results).active
    head = [c.value for c in ws[1]]
    got = {r[head.index("Gift Total")]: (r[head.index("Status")], r[head.index("Message")])
           for r in ws.iter_rows(min_row=2, values_only=True)}
    status, message = got[rows[pledged - 4]["Gift Total"]]
    assert status == "Created"
    assert f"ent without the values that could not be read: Gift Total ('{rows[pledged - 4]['Gift Total']}')" \
        in message  # "Sent …" when the CRM said nothing else about the row


def test_the_donor_list_to_virtuous_keeps_every_donor_whose_email_is_fine(tmp_path: Path) -> None:
    path, rows = donor_list(tmp_path / "donors.xlsx")
    t = read_file(path)
    checked = check_table(t, donor_mapping(t, "virtuous"))
    sent = sent_properties(checked)
    assert sorted(sent) == [k + 4 for k, r in enumerate(rows) if r["_email_ok"]]
    for k, r in enumerate(rows):
        custom = sent.get(k + 4, {}).get("customFields", {})
        if k + 4 in sent:
            gift = custom.get("Lifetime_Giving")
            assert (gift is None) if r["_gift"] is None else float(gift) == r["_gift"], (r["Gift Total"], gift)
            assert custom.get("First_Gift_Date") == r["_since"], (r["Donor Since"], custom)


def test_the_sandbox_hubspot_creates_a_contact_without_the_email_it_could_not_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Sent for real (the sandbox follows HubSpot's contract: a create needs one of email, first name and last
    name): creating, Ann goes without her unreadable email and is created; Bo, with nothing else, is not sent.
    Upserting by email, Ann is not sent either."""
    path = tmp_path / "guests.csv"
    path.write_text("Email,First Name,Last Name\nann@@example.org,Ann,Lee\nbo(at)example.org,,\n"
                    "cy@example.org,Cy,Park\n", encoding="utf-8")
    t = read_file(path)
    m = mapping_for(t, "hubspot")
    m.assign_column("Email", "email")
    mapfile = tmp_path / "map.json"
    m.save(mapfile)

    def submit(*extra: str) -> dict:  # type: ignore[type-arg]
        results = tmp_path / f"results{len(extra)}.xlsx"
        main(["submit", str(path), "--target", "hubspot", "--sandbox", "--mapping", str(mapfile), "--results",
              str(results), *extra])
        capsys.readouterr()
        ws = openpyxl.load_workbook(results).active
        head = [c.value for c in ws[1]]
        at = {name: head.index(name) for name in ("First Name", "Email", "Status", "Message")}
        return {r[at["First Name"]] or r[at["Email"]]: (r[at["Status"]], r[at["Message"]])
                for r in ws.iter_rows(min_row=2, values_only=True)}

    got = submit()
    assert got["Ann"][0] == "Created" and "Email ('ann@@example.org')" in got["Ann"][1]
    assert got["Cy"][0] == "Created"
    assert got["bo(at)example.org"][0] != "Created" and "bo(at)example.org" in got["bo(at)example.org"][1]
    got = submit("--on-existing", "update")
    assert got["Ann"][0] not in ("Created", "Updated") and "ann@@example.org" in got["Ann"][1]
    assert got["Cy"][0] in ("Created", "Updated")
