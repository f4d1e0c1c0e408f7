"""The Check step's duplicates: found on a worker, shown side by side, a choice per group, the
practice account compared, and what Preview and Send then get."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from gui.models.duplicates_model import AGREE_TINT, FIRST_FIELD
from gui.shell.main_window import CHECK
from tests.gui.conftest import check, load

HEADERS = ["First Name", "Last Name", "Email", "Phone", "Street", "City", "Zip"]
ROWS = [
    ["Bob", "Smith", "bob@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],       # 2
    ["Mary", "Smith", "mary@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],     # 3: his wife
    ["Robert", "Smith", "", "(978) 555-0101", "12 Oak Street", "Salem", "01970"],             # 4: Bob again
    ["Aisha", "Davis", "aisha.davis@example.net", "503.555.0102", "3202 Oak St", "Seattle", "98139"],  # 5
    ["Ann", "Jones", "ann@example.org", "", "4 Elm Rd", "Dayton", "45402"],                    # 6
]


def guests(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(ROWS)
    return path


def checked_page(qtbot, window, tmp_path):
    window.session.set_target("hubspot")
    window.session.set_practice(True)
    load(qtbot, window, guests(tmp_path / "guests.csv"))
    check(qtbot, window)
    return window.page(CHECK)


def find(qtbot, page):
    with qtbot.waitSignal(page.session.duplicatesChanged, timeout=60_000):
        qtbot.mouseClick(page.find_duplicates, Qt.MouseButton.LeftButton)


def test_groups_are_shown_side_by_side_and_merging_sends_one_row(qtbot, window, tmp_path):
    page = checked_page(qtbot, window, tmp_path)
    assert not page.duplicates.isVisible()
    find(qtbot, page)
    panel = page.duplicates
    assert panel.isVisible()
    assert panel.summary.text() == "5 rows, 1 group of probable duplicates, 2 rows in it"
    model = panel.model
    assert [model.line(i).row for i in range(model.rowCount())] == [2, 4]  # Mary is not Bob's duplicate
    first_name = model.index(0, FIRST_FIELD)
    assert first_name.data() == "Bob" and first_name.data(Qt.ItemDataRole.BackgroundRole) == AGREE_TINT
    panel.view.selectRow(0)
    assert panel.why.isVisible()
    assert panel.why.text() == "Why: same phone, first name, last name, address, postal code and city"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == panel.why.text()[len("Why: "):]
    texts = [panel.choice.itemText(i) for i in range(panel.choice.count())]
    assert texts[0] == "Keep all (they are different people)" and texts[-1].startswith("Merge into one row")
    panel.choice.setCurrentIndex(panel.choice.count() - 1)
    panel.choice.activated.emit(panel.choice.count() - 1)
    assert page.chips["excluded"].text() == "1 left out by you"
    assert "1 merged" in panel.summary.text()
    assert model.line(1).choice.startswith("Merged into row 2")
    window.page(CHECK).grab().save(str(tmp_path / "duplicates.png"))


def test_compare_with_the_practice_account_labels_the_existing_row(qtbot, window, tmp_path):
    page = checked_page(qtbot, window, tmp_path)
    with qtbot.waitSignal(page.session.duplicatesChanged, timeout=60_000):
        qtbot.mouseClick(page.compare, Qt.MouseButton.LeftButton)
    panel = page.duplicates
    lines = [panel.model.line(i) for i in range(panel.model.rowCount())]
    [aisha] = [ln for ln in lines if ln.row == 5]
    assert aisha.group is None and aisha.account.startswith("probably existing contact ")
    assert "1 rows probably exist in the account" in panel.summary.text()
    panel.view.selectRow(lines.index(aisha))
    texts = [panel.account_choice.itemText(i) for i in range(panel.account_choice.count())]
    assert texts == ["Create it anyway (a second contact)", "Leave it out (it is already in the account)",
                     f"Update contact {aisha.account.split()[3]} with this row"]
    panel.account_choice.setCurrentIndex(1)
    panel.account_choice.activated.emit(1)
    assert page.session.checked.rows[3].excluded
    assert page.chips["excluded"].text() == "1 left out by you"


def test_cancel_stops_the_search_and_leaves_no_groups(qtbot, window, tmp_path):
    from tests.gui.recorder import Recorder

    page = checked_page(qtbot, window, tmp_path)
    job = page.start_duplicates()
    rec = Recorder(job)
    page.progress.cancelClicked.emit()
    qtbot.waitUntil(lambda: rec.ended, timeout=60_000)
    assert rec.cancelled and not page.progress.isVisible()
    assert page.session.duplicates is None and not page.duplicates.isVisible()


def test_the_choice_is_saved_with_the_run_when_sent(qtbot, window, tmp_path):
    import json

    from core.paths import data_dir
    from core.submit.journal import Journal
    from core.submit.runs import Destination, create_run

    page = checked_page(qtbot, window, tmp_path)
    find(qtbot, page)
    page.session.duplicate_choices.decide(1, "keep_one", 2)
    s = page.session
    from core.pipeline import make_batches

    with Journal() as journal:
        run_id = create_run(journal, s.checked, make_batches(s.checked), Destination("hubspot", "http://x", "p", True),
                            decisions=s.book.decisions)
        rows = {r.row: r for r in journal.rows(run_id)}
    saved = json.loads((data_dir() / "decisions" / f"{run_id}.json").read_text())
    assert saved["groups"] == [{"rows": [2, 4], "choice": "keep_one", "keep": 2, "fields": {}}]
    assert rows[4].status == "skipped" and rows[4].message == "Left out: same person as row 2, which was kept"


def test_the_evidence_that_decided_a_group_is_shown_in_spanish(qtbot, window, tmp_path, qapp):
    from gui.basics.language import core_text, install_translators

    page = checked_page(qtbot, window, tmp_path)
    find(qtbot, page)
    line = page.duplicates.model.line(0)
    install_translators(qapp, "es")
    try:
        core_text.cache_clear()
        assert line.why(core_text) == ("coinciden: teléfono, nombre, apellido, dirección, código postal y ciudad")
        line.disagree, line.swapped_names = {"dob"}, True
        assert line.why(core_text) == ("nombre y apellido escritos al revés; coinciden: teléfono, nombre, apellido, "
                                       "dirección, código postal y ciudad; difieren: fechas de nacimiento")
    finally:
        install_translators(qapp, "en")
        core_text.cache_clear()


def test_for_virtuous_a_birthday_it_is_not_sent_decides_a_group_and_is_shown(qtbot, window, tmp_path):
    """Virtuous's import has no date of birth: the file's DOB column is compared (and shown), not sent."""
    from core.matching.view import SHOWN
    from core.pipeline import make_batches

    rows = [["Robert", "Mccarthy", "40 Launceston Street", "Coonamble", "3047", "1956-06-02"],
            ["Bea U", "Mccarthy", "40 Launceston Street", "Coonamble", "3047", "06/02/1956"],
            ["Patrick", "Fitzpatrick", "12 Oak Street", "Salem", "01970", "1961-03-04"],
            ["Kaitlin", "Fitzpatrick", "12 Oak Street", "Salem", "01970", "1990-07-21"],
            ["Ann", "Lee", "3 Hill Road", "Dapto", "2530", "1970-01-01"]]
    path = tmp_path / "donors.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["First Name", "Last Name", "Street", "City", "Zip", "DOB"])
        w.writerows(rows)
    window.session.set_target("virtuous")
    window.session.set_practice(True)
    load(qtbot, window, path)
    check(qtbot, window)
    page = window.page(CHECK)
    find(qtbot, page)
    panel, model = page.duplicates, page.duplicates.model
    assert [model.line(i).row for i in range(model.rowCount())] == [2, 3]  # the Fitzpatricks are two people
    panel.view.selectRow(0)
    assert panel.why.text() == ("Why: same date of birth, last name, address, postal code and city; "
                                "first names differ")
    dob = FIRST_FIELD + SHOWN.index("dob")
    assert not panel.view.isColumnHidden(dob) and model.index(1, dob).data() == "1956-06-02"
    body = b"".join(b.body for b in make_batches(page.session.checked))
    assert b"Mccarthy" in body and b"1956" not in body
    page.resize(1024, 700)
    page.grab().save(str(tmp_path / "virtuous-dob.png"))
