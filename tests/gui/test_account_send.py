"""Send and Results with the practice account: Fill blanks only for people already there,
then Undo (archives only what the run created) and, for Virtuous, Check status."""

from __future__ import annotations

import httpx
from PySide6.QtWidgets import QMessageBox

from gui.connections import practice
from gui.shell.main_window import RESULTS
from tests.gui.sending import answer_yes, click, guests, isolated_home, to_send_step, wait_run_end  # noqa: F401


def seed_existing(email: str, **props: str) -> None:
    s = practice.server()
    r = httpx.post(s.base_url + "/crm/v3/objects/contacts/batch/create", headers={"Authorization": f"Bearer {s.token}"},
                   json={"inputs": [{"properties": {"email": email, **props}}]})
    assert r.status_code == 201


def held() -> dict[str, dict]:
    return {c["properties"]["email"]: c for c in practice.running().contacts()["hubspot"]}


def test_fill_blanks_only_then_undo_from_the_window(qtbot, window, tmp_path, monkeypatch) -> None:
    seed_existing("guest0@example.org", firstname="Old", lastname="Name")
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 3), "hubspot")
    assert page.mode_box.isVisible()
    page.mode_box.fill.click()  # (a mouse click at the middle of a long radio button misses its label)
    qtbot.waitUntil(lambda: window.session.batches is not None or page.banner.isVisible(), timeout=20_000)
    assert window.session.batches is not None, page.banner.text()
    assert window.session.on_existing == "fill", page.banner.text()
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    contacts = held()
    assert contacts["guest0@example.org"]["properties"]["firstname"] == "Old"  # not overwritten
    assert contacts["guest0@example.org"]["properties"]["city"] == "Portland"  # the blank was filled
    assert {"guest1@example.org", "guest2@example.org"} <= contacts.keys()
    assert window.session.results.counts == {"created": 2, "updated": 1}

    assert window.go_to(RESULTS)
    results = window.page(RESULTS)
    bar = results.after_run
    qtbot.waitUntil(lambda: not results.is_loading() and bar.undo_button.isVisible(), timeout=20_000)
    assert not bar.status_button.isVisible()
    results.grab().save(str(tmp_path / "results-undo.png"))
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    click(qtbot, bar.undo_button)
    qtbot.waitUntil(lambda: not bar.is_busy(), timeout=20_000)
    assert "archives the 2 contacts" in asked[0]
    assert bar.note.text() == "Archived 2 contacts this run created."
    archived = {e: c["archived"] for e, c in held().items()}
    assert archived == {"guest0@example.org": False, "guest1@example.org": True, "guest2@example.org": True}
    qtbot.waitUntil(lambda: not results.is_loading(), timeout=20_000)
    messages = {i.row: i.message for i in results.model.items()}
    assert "Archived again by undo" in messages[3] and "Archived" not in messages[2]


def test_check_status_of_a_virtuous_run_from_the_window(qtbot, window, tmp_path) -> None:
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 3), "virtuous")
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, page.send_button)
    wait_run_end(qtbot, window)
    assert window.go_to(RESULTS)
    results = window.page(RESULTS)
    bar = results.after_run
    qtbot.waitUntil(lambda: not results.is_loading() and bar.status_button.isVisible(), timeout=20_000)
    assert not bar.undo_button.isVisible()
    click(qtbot, bar.status_button)
    qtbot.waitUntil(lambda: not bar.is_busy(), timeout=20_000)
    assert bar.note.text().startswith("0 in Virtuous, 3 still waiting for review.")  # not reviewed yet
    practice.running().process_virtuous()  # Virtuous reviews the import
    click(qtbot, bar.status_button)
    qtbot.waitUntil(lambda: not bar.is_busy(), timeout=20_000)
    assert bar.note.text().startswith("3 in Virtuous, 0 still waiting for review.")
    qtbot.waitUntil(lambda: not results.is_loading(), timeout=20_000)
    assert all(i.message.startswith("In Virtuous (ID ") for i in results.model.items())
    results.grab().save(str(tmp_path / "results-status.png"))


def test_check_step_shows_who_is_already_in_hubspot_with_old_and_new(qtbot, window, tmp_path) -> None:
    from gui.shell.main_window import CHECK
    from tests.gui.conftest import check, load

    seed_existing("guest0@example.org", firstname="Old", lastname="Lee0", city="Salem")
    seed_existing("guest1@example.org", firstname="Ann1", lastname="Lee1", city="Portland", phone="+15035550001")
    window.session.set_target("hubspot")
    window.session.set_practice(True)
    load(qtbot, window, guests(tmp_path / "guests.csv", 3))
    check(qtbot, window)
    panel = window.page(CHECK).existing
    assert not panel.plans  # with "Create anyway" (the default) it is looked up on request
    click(qtbot, panel.lookup_button)
    qtbot.waitUntil(lambda: not panel.is_busy() and bool(panel.plans), timeout=20_000)
    assert panel.summary.text() == "2 already in HubSpot (1 would change), 1 new."
    model = panel.model
    assert model.rowCount() == 2
    assert model.index(0, 1).data().startswith("Exists, would change (ID ")
    assert "firstname: Old → Ann0" in model.index(0, 2).data() and "city: Salem → Portland" in model.index(0, 2).data()
    assert model.index(1, 2).data() == "—"
    window.page(CHECK).grab().save(str(tmp_path / "check-existing.png"))
