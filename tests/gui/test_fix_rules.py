"""Fix all N cells like this, with a rule: a prefix taken off, the dates read day-first, one value changed
to another. Each is shown cell by cell before it is applied, applied to every cell with the same problem in
the column, undone in one step, and what it made is what the batches send."""

from __future__ import annotations

import json

from gui.shell.main_window import CHECK, MAP, PREVIEW
from tests.core.office_files import workbook
from tests.gui.conftest import check, load
from tests.gui.sending import isolated_home  # noqa: F401 - practice CRM and run journal per test

HEADERS = ["Email", "First", "Last", "Gift", "Donor Since", "Tier"]
ROWS = [
    ["ann@example.org", "Ann", "Lee", "approx. 30", "05/03/21", "Gold"],
    ["bo@example.org", "Bo", "Ray", "approx. 1,250", "04/02/20", "silver donor"],
    ["cy@example.org", "Cy", "Oh", "45", "2019-07-01", "Gold"],
    ["di@example.org", "Di", "Yu", "Approx. 7", "11/10/22", "Bronze donor"],
]


def cause(page, *words: str) -> int:  # type: ignore[no-untyped-def]
    """The line of the problems panel that says all of ``words``."""
    for k in range(page.causes.count()):
        if all(w in page.causes.item(k).text() for w in words):
            return k
    raise AssertionError([page.causes.item(k).text() for k in range(page.causes.count())])


def test_a_prefix_the_date_order_and_a_value_fixed_in_bulk(qtbot, window, tmp_path) -> None:
    path = workbook(tmp_path / "gifts.xlsx", HEADERS, ROWS)
    session = window.session
    session.set_target("hubspot")
    session.set_practice(True)
    load(qtbot, window, path)
    assert window.go_to(MAP)
    qtbot.waitUntil(lambda: not window.page(MAP).is_busy() and session.account is not None, timeout=30_000)
    mapping = session.mapping
    for column, field in (("Gift", "lifetime_giving"), ("Donor Since", "first_gift_date"), ("Tier", "donor_tier")):
        mapping.assign_column(column, field)
    session.mapping_edited()
    check(qtbot, window)
    page = window.page(CHECK)
    qtbot.waitUntil(lambda: page.causes.count() == 3)

    # (a) "approx." taken off the start of each gift that cannot be read.
    page.causes.setCurrentRow(cause(page, "'Gift'", "is not a number"))
    assert page.fix_all.text() == "&Fix all 3 cells like this…"
    dialog = page.fix_all_like_this()
    assert not dialog.dates.isVisibleTo(dialog)  # not a date column: no date order offered
    qtbot.keyClicks(dialog.prefix, "approx.")
    assert dialog.strip.isChecked()  # typing in a rule's box chooses it
    assert dialog.count.text() == "3 of 3 cells will change:"
    assert dialog.preview.toPlainText().splitlines() == ["Row 2: 'approx. 30' → '30'",
                                                        "Row 3: 'approx. 1,250' → '1,250'", "Row 5: 'Approx. 7' → '7'"]
    dialog.accept()
    assert [r.values[3] for r in session.checked.table.records] == ["30", "1,250", "45", "7"]
    assert not [i for r in session.checked.rows for i in r.issues if i.field == "lifetime_giving"]

    # Undo fix: every cell as the file has it, in one step; then the fix again.
    page.undo_fix.click()
    assert [r.values[3] for r in session.checked.table.records] == ["approx. 30", "approx. 1,250", "45", "Approx. 7"]
    assert sum(1 for r in session.checked.rows for i in r.issues if i.field == "lifetime_giving") == 3
    qtbot.waitUntil(lambda: page.causes.count() == 3)
    page.causes.setCurrentRow(cause(page, "'Gift'", "is not a number"))
    dialog = page.fix_all_like_this()
    qtbot.keyClicks(dialog.prefix, "APPROX.")  # case does not matter
    dialog.accept()

    # (b) The dates nothing settles were read month-first, and said so: the fix offered is day-first.
    qtbot.waitUntil(lambda: page.causes.count() >= 2)
    page.causes.setCurrentRow(cause(page, "'Donor Since'", "day-first or month-first"))
    dialog = page.fix_all_like_this()
    assert dialog.dates.isChecked() and dialog.order.currentData() == "dmy"
    assert dialog.preview.toPlainText().splitlines() == ["Row 2: '05/03/21' → '2021-03-05'",
                                                        "Row 3: '04/02/20' → '2020-02-04'",
                                                        "Row 5: '11/10/22' → '2022-10-11'"]
    dialog.order.setCurrentIndex(dialog.order.findData("mdy"))
    assert dialog.preview.toPlainText().splitlines()[0] == "Row 2: '05/03/21' → '2021-05-03'"
    dialog.order.setCurrentIndex(dialog.order.findData("dmy"))
    dialog.accept()
    assert not [i for r in session.checked.rows for i in r.issues if i.field == "first_gift_date"]

    # (c) One value to another: "Gold" is the account's "Gold donor" tier.
    qtbot.waitUntil(lambda: page.causes.count() >= 1)
    page.causes.setCurrentRow(cause(page, "'Tier'", "'Gold'"))
    dialog = page.fix_all_like_this()
    assert dialog.map_from.text() == "Gold"  # the problem cell's value, to begin with
    qtbot.keyClicks(dialog.map_to, "Gold donor")
    assert dialog.map.isChecked()
    assert dialog.preview.toPlainText().splitlines() == ["Row 2: 'Gold' → 'Gold donor'",
                                                        "Row 4: 'Gold' → 'Gold donor'"]
    dialog.accept()
    assert all(r.sendable and not r.issues for r in session.checked.rows), [r.issues for r in session.checked.rows]

    # What the batches send is what the fixes made.
    with qtbot.waitSignal(session.batchesChanged, timeout=30_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    [batch] = session.batches
    props = [i["properties"] for i in json.loads(batch.body)["inputs"]]
    assert [p.get("lifetime_giving") for p in props] == ["30", "1250", "45", "7"]
    assert [p.get("first_gift_date") for p in props] == ["2021-03-05", "2020-02-04", "2019-07-01", "2022-10-11"]
    assert [p.get("donor_tier") for p in props] == ["gold_donor", "silver_donor", "gold_donor", "bronze_donor"]
