"""The Send step's HubSpot options from issue 30, walked in the window against the practice account and
read back through the sandbox's public endpoints: update existing only ("People not in HubSpot yet:
leave them out"), a Contact owner column holding owners' emails, "Add these people to a list", marketing
contacts after the consent dialog and a subscription column with the run's legal basis."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx
from PySide6.QtWidgets import QMessageBox

from gui.connections import practice
from gui.shell.main_window import PREVIEW, SEND
from tests.gui.conftest import check, load
from tests.gui.sending import answer_yes, click, isolated_home, wait_run_end  # noqa: F401


def to_send_step(qtbot, window, path: Path):  # type: ignore[no-untyped-def]
    """Open, map the owner column to Contact owner (as a person does on the Map step), check, Send step."""
    window.session.set_target("hubspot")
    window.session.set_practice(True)
    load(qtbot, window, path)
    window.session.mapping.assign_column("Contact owner", "hubspot_owner_id")
    window.session.mapping.assign_column("Newsletter", "subscription.1001")  # the account's Newsletter type
    window.session.mapping_edited()
    check(qtbot, window)
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not window.page(PREVIEW).is_busy())
    assert window.go_to(SEND)
    return window.page(SEND)


def people(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["First Name", "Last Name", "Email", "City", "Contact owner", "Newsletter"])
        w.writerow(["Ann", "Lee", "ann@example.org", "Portland", "maria.lopez@example.org", "yes"])
        w.writerow(["Bo", "Ray", "bo@example.org", "Salem", "Sam Okafor", "no"])
        w.writerow(["Cy", "Fox", "cy@example.org", "Bend", "nobody@example.org", ""])
        w.writerow(["Di", "Hu", "di@example.org", "Eugene", "sam.okafor@example.org", "yes"])  # not in HubSpot yet
    return path


def contact(email: str) -> dict | None:
    """As a person's HubSpot would show it: the public read by email."""
    s = practice.running()
    r = httpx.get(f"{s.base_url}/crm/v3/objects/contacts/{email}", headers={"Authorization": f"Bearer {s.token}"},
                  params={"idProperty": "email", "properties": "email,city,hubspot_owner_id"})
    return r.json()["properties"] if r.status_code == 200 else None


def test_update_existing_only_with_owners_by_email(qtbot, window, tmp_path, monkeypatch) -> None:
    s = practice.server()
    r = httpx.post(s.base_url + "/crm/v3/objects/contacts/batch/create", headers={"Authorization": f"Bearer {s.token}"},
                   json={"inputs": [{"properties": {"email": e}, "associations": []}
                                    for e in ("ann@example.org", "bo@example.org", "cy@example.org")]})
    assert r.status_code == 201
    page = to_send_step(qtbot, window, people(tmp_path / "people.csv"))
    box = page.mode_box
    assert box.add_new.isChecked() and box.add_new.isVisible()
    box.upsert.click()
    box.skip_new.click()
    qtbot.waitUntil(lambda: window.session.batches is not None or page.banner.isVisible(), timeout=20_000)
    assert window.session.batches is not None, page.banner.text()
    assert (window.session.on_existing, window.session.new_people) == ("update", "skip")
    lists = page.options.list_box
    assert lists.isVisible() and not lists.tick.isChecked() and lists.name.text() == "people"  # the file's name
    click(qtbot, lists.tick)
    assert window.session.list_name == "people"
    asked: list[str] = []

    def consent(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(consent))
    lists.marketing.click()
    assert window.session.marketing_confirmed and "expect to hear from your organisation" in asked[0]
    owners = page.options.owner_note
    assert owners.isVisible() and owners.text().startswith("1 row names a contact owner HubSpot does not have")
    assert "nobody@example.org" in owners.toolTip()
    basis = page.options.legal_basis_box
    assert basis.isVisible() and basis.basis.currentData() == ""  # no legal basis is assumed
    click(qtbot, page.send_button)
    assert page.banner.isVisible() and "legal basis" in page.banner.text()  # nothing sent without one
    basis.basis.setCurrentIndex(basis.basis.findData("CONSENT_WITH_NOTICE"))
    basis.explanation.setText("Ticked the newsletter box at the gala")
    page.grab().save(str(tmp_path / "send-options.png"))
    if (shots := __import__("os").environ.get("I30_SHOTS")):
        page.window().grab().save(f"{shots}/send-full.png")
        page.window().resize(1024, 700)
        page.window().grab().save(f"{shots}/send-1024.png")
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert contact("di@example.org") is None  # left out: not in HubSpot yet
    assert {e: (contact(e) or {}).get("hubspot_owner_id") for e in ("ann@example.org", "bo@example.org",
                                                                     "cy@example.org")} == {
        "ann@example.org": "51234001", "bo@example.org": "51234002", "cy@example.org": None}
    assert contact("cy@example.org")["city"] == "Bend"  # the person was updated; only the owner left out
    assert window.session.results.counts == {"updated": 3, "skipped": 1}
    auth = {"Authorization": f"Bearer {s.token}"}
    found = httpx.get(f"{s.base_url}/crm/v3/lists/object-type-id/0-1/name/people", headers=auth).json()["list"]
    listed = httpx.get(f"{s.base_url}/crm/v3/lists/{found['listId']}/memberships", headers=auth).json()["results"]
    ids = {m["recordId"] for m in listed}
    assert ids == {i.crm_id for i in window.page(SEND).model.items() if i.crm_id}  # the three updated, no one else
    assert len(ids) == 3
    for e in ("ann@example.org", "bo@example.org", "cy@example.org"):  # set through HubSpot's import
        r = httpx.get(f"{s.base_url}/crm/v3/objects/contacts/{e}", headers=auth,
                      params={"idProperty": "email", "properties": "hs_marketable_status"})
        assert r.json()["properties"]["hs_marketable_status"] == "true", e
    subscribed = {}
    for e in ("ann@example.org", "bo@example.org", "cy@example.org"):
        r = httpx.get(f"{s.base_url}/communication-preferences/v4/statuses/{e}", headers=auth,
                      params={"channel": "EMAIL"})
        subscribed[e] = next((x["status"], x.get("legalBasis")) for x in r.json()["results"]
                             if x["subscriptionId"] == 1001)
    assert subscribed == {"ann@example.org": ("SUBSCRIBED", "CONSENT_WITH_NOTICE"),
                          "bo@example.org": ("NOT_SPECIFIED", None), "cy@example.org": ("NOT_SPECIFIED", None)}
