"""The Send step's consent to the row key (issue 27): "Keep track of people without an email". Walked in
the window against the practice HubSpot and read back through the sandbox's public endpoints: ticked, the
send creates the unique property ``contact_importer_row_key`` (as ``submit --row-key`` does) and every
contact created without an email carries it; the box is offered only for HubSpot, when a row to send
has no email and the account does not have the property yet (then the key is used without asking)."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx
from PySide6.QtCore import QPoint, Qt

from core.targets.row_key import ROW_KEY_DEFINITION, ROW_KEY_PROPERTY
from gui.connections import practice
from gui.shell.main_window import MAP, RESULTS
from tests.gui.conftest import load
from tests.gui.sending import click, isolated_home, to_send_step, wait_run_end  # noqa: F401


def people(path: Path, with_email: bool = False) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["First Name", "Last Name", "Email", "City"])
        w.writerow(["Ann", "Lee", "ann@example.org", "Portland"])
        w.writerow(["Bo", "Ray", "" if not with_email else "bo@example.org", "Salem"])
        w.writerow(["Cy", "Fox", "" if not with_email else "cy@example.org", "Bend"])
    return path


def _api(method: str, path: str, **kwargs) -> httpx.Response:  # type: ignore[no-untyped-def]
    s = practice.server()
    return httpx.request(method, s.base_url + path, headers={"Authorization": f"Bearer {s.token}"}, **kwargs)


def contacts() -> dict[str, dict]:
    """Every contact in the practice HubSpot by first name, as its public list answers."""
    r = _api("GET", "/crm/v3/objects/contacts",
             params={"limit": 100, "properties": f"firstname,email,{ROW_KEY_PROPERTY}"})
    assert r.status_code == 200
    return {c["properties"]["firstname"]: c["properties"] for c in r.json()["results"]}


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself (at its left end: the widget is as wide as the page, its words are not)."""
    assert box.isVisible() and box.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _sent(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.session.batches is not None and page.send_button.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)


def test_ticked_the_send_creates_the_property_and_sets_it(qtbot, window, tmp_path) -> None:
    assert _api("GET", f"/crm/v3/properties/contacts/{ROW_KEY_PROPERTY}").status_code == 404
    page = to_send_step(qtbot, window, people(tmp_path / "people.csv"), "hubspot")
    box = page.options.row_key_box
    assert box.isVisible() and not box.tick.isChecked() and box.help.isVisible()
    assert "without an email" in box.tick.text()
    tick(qtbot, box.tick)
    assert window.session.row_key_consent
    _sent(qtbot, window, page)
    assert window.step_ready(RESULTS), page.banner.text()
    assert not box.isVisible()  # the account has it now: the next file's run uses it without asking

    made = _api("GET", f"/crm/v3/properties/contacts/{ROW_KEY_PROPERTY}")
    assert made.status_code == 200 and made.json()["hasUniqueValue"] is True
    found = contacts()
    assert set(found) == {"Ann", "Bo", "Cy"}
    keys = [found[n].get(ROW_KEY_PROPERTY) for n in ("Bo", "Cy")]
    assert all(keys) and len(set(keys)) == 2  # each person without an email has a key of their own
    read = _api("POST", "/crm/v3/objects/contacts/batch/read",
                json={"idProperty": ROW_KEY_PROPERTY, "properties": ["firstname"], "inputs": [{"id": k} for k in keys]})
    assert sorted(r["properties"]["firstname"] for r in read.json()["results"]) == ["Bo", "Cy"]

    # The next file, same account: not asked again, and its people without an email carry the key too.
    more = tmp_path / "more.csv"
    more.write_text("First Name,Last Name,Email\nDi,Hu,\n", encoding="utf-8")
    page = to_send_step(qtbot, window, more, "hubspot")
    assert not page.options.row_key_box.isVisible()
    _sent(qtbot, window, page)
    assert contacts()["Di"].get(ROW_KEY_PROPERTY)


def test_not_ticked_nothing_is_created(qtbot, window, tmp_path) -> None:
    page = to_send_step(qtbot, window, people(tmp_path / "people.csv"), "hubspot")
    assert page.options.row_key_box.isVisible()
    _sent(qtbot, window, page)
    assert _api("GET", f"/crm/v3/properties/contacts/{ROW_KEY_PROPERTY}").status_code == 404
    assert not any(p.get(ROW_KEY_PROPERTY) for p in contacts().values())


def test_once_the_account_has_it_the_box_is_gone_and_the_key_is_used(qtbot, window, tmp_path) -> None:
    assert _api("POST", "/crm/v3/properties/contacts", json=ROW_KEY_DEFINITION).status_code == 201
    window.session.set_target("hubspot")
    window.session.set_practice(True)
    load(qtbot, window, people(tmp_path / "people.csv"))
    assert window.go_to(MAP)  # the Map step reads the account's fields, the row key among them
    qtbot.waitUntil(lambda: window.session.checking_account() is not None, timeout=20_000)
    page = to_send_step(qtbot, window, tmp_path / "people.csv", "hubspot")
    assert window.session.checking_account() is not None
    assert not page.options.row_key_box.isVisible() and not window.session.row_key_consent
    _sent(qtbot, window, page)
    found = contacts()
    assert found["Bo"].get(ROW_KEY_PROPERTY) and found["Cy"].get(ROW_KEY_PROPERTY)


def test_offered_only_for_hubspot_rows_without_an_email(qtbot, window, tmp_path) -> None:
    page = to_send_step(qtbot, window, people(tmp_path / "all.csv", with_email=True), "hubspot")
    assert not page.options.row_key_box.isVisible()
    page = to_send_step(qtbot, window, people(tmp_path / "some.csv"), "virtuous")
    assert not page.options.row_key_box.isVisible()


def test_a_refused_property_sends_nothing_and_says_how_to_go_on(qtbot, window, tmp_path) -> None:
    practice.server().hubspot_store.schema_write = False  # a key without crm.schemas.contacts.write
    page = to_send_step(qtbot, window, people(tmp_path / "people.csv"), "hubspot")
    tick(qtbot, page.options.row_key_box.tick)
    qtbot.waitUntil(lambda: window.session.batches is not None and page.send_button.isEnabled(), timeout=20_000)
    click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    qtbot.waitUntil(page.banner.isVisible)
    assert page.banner.text().startswith("Nothing was sent") and "Untick" in page.banner.text()
    assert contacts() == {}
