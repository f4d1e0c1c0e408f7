"""The account walk-through, in the window against the practice CRM's seeded account: a column mapped
to a custom property by its label, who is new and who exists seen on the Check step before sending,
Fill blanks only, each contact associated (with the account's "Employer" label) with the company named
by its domain — one company created because the person asked — and Undo from the Results step."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import httpx
from PySide6.QtCore import Qt

from core.afterrun.associate import EXTRA
from core.submit.journal_open import open_journal
from gui.connections import practice
from gui.shell.main_window import CHECK, MAP, PREVIEW, RESULTS, SEND
from tests.gui.conftest import check, load
from tests.gui.sending import answer_yes, click, isolated_home, wait_run_end  # noqa: F401  (fixture)

EMPLOYER = [{"associationCategory": "USER_DEFINED", "associationTypeId": 41}]


def _post(path: str, body: dict) -> httpx.Response:
    s = practice.server()
    return httpx.post(s.base_url + path, headers={"Authorization": f"Bearer {s.token}"}, json=body)


def company(domain: str) -> str:
    r = _post("/crm/v3/objects/companies/batch/read", {"idProperty": "domain", "inputs": [{"id": domain}]})
    return r.json()["results"][0]["id"]


def held() -> dict[str, dict]:
    return {c["properties"]["email"]: c for c in practice.running().contacts()["hubspot"]}


def test_a_newcomer_fills_blanks_with_companies_by_domain_then_undoes(qtbot, window, tmp_path: Path,
                                                                      monkeypatch) -> None:
    assert _post("/crm/v3/objects/contacts/batch/create", {"inputs": [{"properties": {
        "email": "ann@example.org", "firstname": "Ann", "donor_tier": "silver_donor"}}]}).status_code == 201
    sheet = tmp_path / "donors.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["First Name", "Email", "Donor tier", "City", "Company domain"],
                                  ["Ann", "ann@example.org", "Gold donor", "Portland", "acme.org"],
                                  ["Cat", "cat@example.org", "Gold donor", "Salem", "www.hopeclinic.org"],
                                  ["Eve", "eve@example.org", "", "", "brand-new.org"]])
    s = window.session
    s.set_target("hubspot")
    s.set_practice(True)
    load(qtbot, window, sheet)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step == MAP
    qtbot.waitUntil(lambda: s.account is not None and not window.page(MAP).loader.is_busy(), timeout=20_000)
    # The custom property "Donor tier" (internal name donor_tier) is found by its label.
    assert s.mapping.for_field("donor_tier").sources == ["Donor tier"]
    assert s.mapping.for_field("associations.companyDomain").sources == ["Company domain"]

    check(qtbot, window)
    assert s.checked.rows[0].values["donor_tier"] == "gold_donor"  # the option's label became its value
    panel = window.page(CHECK).existing
    click(qtbot, panel.lookup_button)
    qtbot.waitUntil(lambda: bool(panel.plans), timeout=20_000)
    assert panel.summary.text() == "1 already in HubSpot (1 would change), 2 new."
    assert {r: p.state for r, p in panel.plans.items()} == {2: "changes", 3: "new", 4: "new"}

    with qtbot.waitSignal(s.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not window.page(PREVIEW).is_busy())
    assert window.go_to(SEND)
    page = window.page(SEND)
    page.mode_box.fill.click()
    box = page.company_box
    assert box.isVisible()
    labels = [box.label.itemText(i) for i in range(box.label.count())]
    assert labels == ["Company (no label)", "Primary", "Employer", "Board member"]  # the account's own
    qtbot.waitUntil(lambda: s.batches is not None and not page.is_busy(), timeout=20_000)
    assert box.found.text() == ("2 contacts will be associated with their company. 1 row names a company not "
                                "found in HubSpot (sent without one).")
    assert "brand-new.org" in box.found.toolTip()
    box.label.setCurrentIndex(box.label.findData("Employer"))
    box.create_missing.click()
    assert (s.on_existing, s.company_label, s.create_companies) == ("fill", "Employer", True)
    qtbot.waitUntil(lambda: s.batches is not None and not page.is_busy(), timeout=20_000)
    assert box.found.text() == ("2 contacts will be associated with their company. 1 row names a company that "
                                "will be created when sending.")
    window.grab().save(str(tmp_path / "send-companies.png"))
    search = {"filterGroups": [{"filters": [{"propertyName": "name", "operator": "EQ", "value": "brand-new.org"}]}]}
    assert _post("/crm/v3/objects/companies/search", search).json()["total"] == 0  # not before Send

    with qtbot.waitSignal(s.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert s.results.state == "finished" and s.results.counts == {"created": 2, "updated": 1}
    contacts = held()
    ann, cat, eve = (contacts[f"{n}@example.org"] for n in ("ann", "cat", "eve"))
    assert ann["properties"]["donor_tier"] == "silver_donor"  # Fill blanks only: not overwritten
    assert ann["properties"]["city"] == "Portland"  # the blank was filled
    assert cat["properties"]["donor_tier"] == "gold_donor"
    acme, hope, made = company("acme.org"), company("hopeclinic.org"), company("brand-new.org")
    assert ann["associations"] == [{"to": {"id": acme}, "types": EMPLOYER}]
    assert cat["associations"] == [{"to": {"id": hope}, "types": EMPLOYER}]
    assert eve["associations"] == [{"to": {"id": made}, "types": EMPLOYER}]  # created because asked
    with open_journal() as journal:  # the choice is saved with the run
        doc = json.loads(journal.run_extra(s.results.run_id, EXTRA))
    assert (doc["label"], doc["create_missing"], sorted(doc["done"])) == ("Employer", True, [2, 3, 4])

    assert window.go_to(RESULTS)
    results = window.page(RESULTS)
    bar = results.after_run
    qtbot.waitUntil(lambda: not results.is_loading() and bar.undo_button.isVisible(), timeout=20_000)
    messages = {i.row: i.message for i in results.model.items()}
    assert f"Associated with company {acme} as Employer" in messages[2]
    assert f"Associated with company {made} as Employer" in messages[4]
    assert not bar.status_button.isVisible()  # Check status is Virtuous's (test_account_send.py walks it)
    asked = answer_yes(monkeypatch)
    click(qtbot, bar.undo_button)
    qtbot.waitUntil(lambda: not bar.is_busy(), timeout=20_000)
    assert asked and bar.note.text() == "Archived 2 contacts this run created."
    assert {e: c["archived"] for e, c in held().items()} == {"ann@example.org": False, "cat@example.org": True,
                                                              "eve@example.org": True}


def test_the_window_sends_the_plan_behind_its_batches(qtbot, window, tmp_path: Path) -> None:
    """Skip, a label and no company created: the run gets the rows skipped with their reason, the links
    inside the batches, and a per-row note for a company that is not there (not guessed, not made)."""
    assert _post("/crm/v3/objects/contacts/batch/create", {"inputs": [{"properties": {
        "email": "ann@example.org", "firstname": "Ann"}}]}).status_code == 201
    sheet = tmp_path / "donors.csv"
    sheet.write_text("First Name,Email,Company domain\nAnn,ann@example.org,acme.org\n"
                     "Cat,cat@example.org,hopeclinic.org\nDan,dan@example.org,nowhere.example\n", encoding="utf-8")
    s = window.session
    s.set_target("hubspot")
    s.set_practice(True)
    load(qtbot, window, sheet)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.account is not None and not window.page(MAP).loader.is_busy(), timeout=20_000)
    check(qtbot, window)
    with qtbot.waitSignal(s.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not window.page(PREVIEW).is_busy())
    assert window.go_to(SEND)
    page = window.page(SEND)
    page.mode_box.skip.click()
    page.company_box.label.setCurrentIndex(page.company_box.label.findData("Employer"))
    qtbot.waitUntil(lambda: s.batches is not None and not page.is_busy(), timeout=20_000)
    assert (s.on_existing, s.company_label, s.create_companies) == ("skip", "Employer", False)
    with qtbot.waitSignal(s.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert s.results.state == "finished" and s.results.counts == {"created": 2, "skipped": 1}
    contacts = held()
    assert contacts["ann@example.org"]["associations"] == []  # skipped: left as it is
    assert contacts["cat@example.org"]["associations"] == [{"to": {"id": company("hopeclinic.org")},
                                                            "types": EMPLOYER}]
    assert contacts["dan@example.org"]["associations"] == []
    with open_journal() as journal:
        rows = {r.row: r for r in journal.rows(s.results.run_id)}
    assert "left as it is (your choice: Skip)" in rows[2].message
    assert "Company 'nowhere.example' is not in HubSpot; not associated" in rows[4].message
