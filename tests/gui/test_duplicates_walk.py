"""Duplicates in the window: a guest list with planted duplicates; the groups with their
evidence in the Check step; two rows merged (one field picked by hand); a household's two people kept
apart; the practice account compared and a probable match turned into an update of that contact;
sent; and the results say what happened to every original row — with the practice CRM holding one
contact per person and no second one for the guest it already had."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from gui.connections import practice
from gui.shell.main_window import CHECK, PREVIEW, RESULTS, SEND
from tests.gui.conftest import check, load
from tests.gui.sending import click, isolated_home, wait_run_end  # noqa: F401

HEADERS = ["First Name", "Last Name", "Email", "Phone", "Street", "City", "Zip"]
ROWS = [
    ["Bob", "Smith", "bob@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],       # 2
    ["Mary", "Smith", "mary@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],     # 3: his wife
    ["Robert", "Smith", "", "(978) 555-0101", "12 Oak Street", "Salem", "01970"],             # 4: Bob again
    ["Aisha", "Davis", "aisha.davis@example.net", "503.555.0102", "3202 Oak St", "Seattle", "98139"],  # 5: known
    ["Ann", "Jones", "ann@example.org", "", "4 Elm Rd", "Dayton", "45402"],                    # 6
]


def aishas() -> list[dict]:
    return [c for c in practice.running().contacts()["hubspot"] if c["properties"].get("lastname") == "Davis"
            and c["properties"].get("firstname") == "Aisha"]


def checked_guests(qtbot, window, tmp_path, target: str):
    """The guest list opened for ``target`` in practice mode and checked; the Check page."""
    path = tmp_path / "guests.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADERS, *ROWS])
    window.session.set_target(target)
    window.session.set_practice(True)
    load(qtbot, window, path)
    check(qtbot, window)
    return window.page(CHECK)


def test_a_newcomer_merges_keeps_a_household_apart_updates_a_known_guest_and_sends(qtbot, window, tmp_path):
    page = checked_guests(qtbot, window, tmp_path, "hubspot")
    panel = page.duplicates
    with qtbot.waitSignal(page.session.duplicatesChanged, timeout=60_000):
        qtbot.mouseClick(page.find_duplicates, Qt.MouseButton.LeftButton)
    assert [panel.model.line(i).row for i in range(panel.model.rowCount())] == [2, 4]  # Mary stays apart
    assert "phone" in panel.model.line(0).agree

    panel.select_group(1)  # merge Bob and Robert
    merge = panel.choice.count() - 1
    panel.choice.setCurrentIndex(merge)
    panel.choice.activated.emit(merge)
    assert panel.merge_view.isVisible()
    fields = panel.merge_model
    first = next(i for i in range(fields.rowCount()) if fields.field(i).field == "firstname")
    assert fields.field(first).winner == 2  # the most complete row's value by default
    robert = fields.index(first, 1 + fields.rows.index(4))
    assert fields.setData(robert, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert fields.field(first).winner == 4 and fields.field(first).chosen
    assert page.session.book.decisions.groups[0].fields == {"firstname": 4}
    panel.resize(1100, 520)
    panel.grab().save(str(tmp_path / "merge-fields.png"))

    with qtbot.waitSignal(page.session.duplicatesChanged, timeout=60_000):
        qtbot.mouseClick(page.compare, Qt.MouseButton.LeftButton)
    lines = [panel.model.line(i) for i in range(panel.model.rowCount())]
    [known] = [ln for ln in lines if ln.row == 5]
    [before] = aishas()
    assert known.account.startswith(f"probably existing contact {before['id']} ")
    panel.view.selectRow(lines.index(known))
    assert panel.account_choice.isVisible()
    update = panel.account_choice.count() - 1
    assert panel.account_choice.itemData(update) == ("update", before["id"])
    panel.account_choice.setCurrentIndex(update)
    panel.account_choice.activated.emit(update)
    qtbot.waitUntil(lambda: panel.view.currentIndex().isValid())
    page.grab().save(str(tmp_path / "check-duplicates.png"))

    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    preview = window.page(PREVIEW)
    qtbot.waitUntil(lambda: not preview.is_busy())
    assert "1 row will update the contact you chose in the account" in preview.summary.text()
    assert "1 merged" in preview.duplicates_line.text()
    assert window.go_to(SEND)
    send = window.page(SEND)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, send.send_button)
    wait_run_end(qtbot, window)

    [after] = aishas()  # updated, not created again
    assert after["id"] == before["id"] and after["sandbox"]["updateCount"] == before["sandbox"]["updateCount"] + 1
    held = {c["properties"].get("email"): c["properties"] for c in practice.running().contacts()["hubspot"]}
    assert held["bob@example.org"]["firstname"] == "Robert" and held["bob@example.org"]["address"] == "12 Oak St"
    assert "mary@example.org" in held and "ann@example.org" in held

    assert window.go_to(RESULTS)
    results = window.page(RESULTS)
    qtbot.waitUntil(lambda: not results.is_loading(), timeout=20_000)
    items = {i.row: i for i in results.model.items()}
    assert items[2].status == "created" and "merged with row 4" in items[2].message.lower()
    assert items[4].status == "skipped" and items[4].message.startswith("Merged into row 2")
    assert items[3].status == "created" and items[6].status == "created"
    assert items[5].status == "updated" and items[5].crm_id == before["id"]


def test_for_virtuous_the_labels_say_what_it_will_merge_and_a_row_can_be_left_out(qtbot, window, tmp_path):
    page = checked_guests(qtbot, window, tmp_path, "virtuous")
    panel = page.duplicates
    with qtbot.waitSignal(page.session.duplicatesChanged, timeout=60_000):
        qtbot.mouseClick(page.compare, Qt.MouseButton.LeftButton)
    assert "1 rows Virtuous will probably merge into existing contacts" in panel.summary.text()
    lines = [panel.model.line(i) for i in range(panel.model.rowCount())]
    [known] = [ln for ln in lines if ln.row == 5]
    assert known.account.startswith("Virtuous will probably merge it into contact ")
    panel.view.selectRow(lines.index(known))
    texts = [panel.account_choice.itemText(i) for i in range(panel.account_choice.count())]
    assert texts == ["Send it (Virtuous matches it on its side)", "Leave it out (not to be reviewed in Virtuous)"]
    panel.account_choice.setCurrentIndex(1)
    panel.account_choice.activated.emit(1)
    assert page.session.checked.rows[3].excluded
    with qtbot.waitSignal(window.session.batchesChanged, timeout=20_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    qtbot.waitUntil(lambda: not window.page(PREVIEW).is_busy())
    assert sum(len(b.items) for b in window.session.batches) == 4
    assert window.go_to(SEND)
    with qtbot.waitSignal(window.session.resultsChanged, timeout=30_000):
        click(qtbot, window.page(SEND).send_button)
    wait_run_end(qtbot, window)
    server = practice.running()
    server.process_virtuous()
    from_this_run = [c for c in server.contacts()["virtuous"]
                     if any(r["referenceSource"] != "Seed" for r in c["references"])]
    assert len(from_this_run) == 4  # Bob, Mary, Robert (kept apart here), Ann — not Aisha
    assert window.go_to(RESULTS)
    results = window.page(RESULTS)
    qtbot.waitUntil(lambda: not results.is_loading(), timeout=20_000)
    items = {i.row: i for i in results.model.items()}
    assert items[5].status == "skipped" and items[5].message == "Left out: probably already in the account"
    assert all(items[r].status == "accepted" for r in (2, 3, 4, 6)), {r: i.status for r, i in items.items()}
