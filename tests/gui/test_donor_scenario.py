"""Issue 26's donor list, walked in the window: open, map two columns by hand, one bulk fix, check, preview;
no row is skipped for an optional field, and every donor whose email is fine goes in the batches (creating, the
others too, without the email that could not be read; upserting by email, not)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from gui.models.mapping_model import COL_FIELD
from gui.shell.main_window import CHECK, MAP, PREVIEW
from tests.core.office_files import donor_list
from tests.gui.conftest import check, load
from tests.gui.sending import isolated_home  # noqa: F401 - practice CRM and run journal per test
from tests.gui.test_mapping_page import click_cell


def pick(qtbot, page, column: str, search: str) -> None:
    """Map ``column`` by hand: click its field cell, search the picker, Enter."""
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == column)
    click_cell(qtbot, page.view, model.index(row, COL_FIELD))
    picker = page._picker
    qtbot.keyClicks(picker.search, search)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())


def walk_to_check(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    path, rows = donor_list(tmp_path / "donors.xlsx")
    window.session.set_target("hubspot")
    window.session.set_practice(True)
    load(qtbot, window, path)
    assert window.go_to(MAP)
    page = window.page(MAP)
    qtbot.waitUntil(lambda: not page.is_busy() and window.session.account is not None, timeout=30_000)
    pick(qtbot, page, "Donor Since", "first gift")
    pick(qtbot, page, "Gift Total", "lifetime giving")
    assert window.session.mapping.for_field("first_gift_date").sources == ["Donor Since"]
    assert window.session.mapping.for_field("lifetime_giving").sources == ["Gift Total"]
    check(qtbot, window)
    return window.page(CHECK), rows


def test_the_donor_list_keeps_every_donor_whose_email_is_fine(qtbot, window, tmp_path) -> None:
    page, rows = walk_to_check(qtbot, window, tmp_path)
    checked = window.session.checked
    fine = {k + 4 for k, r in enumerate(rows) if r["_email_ok"]}
    everyone = {k + 4 for k in range(len(rows))}
    assert {r.row for r in checked.rows if r.sendable} == everyone  # creating: a bad email costs only the email
    # Upserting by email, a donor whose email cannot be read is not sent: the Check step says so at once.
    window.session.set_on_existing("update")
    assert {r.row for r in window.session.checked.rows if r.sendable} == fine
    assert window.session.counts["error"] == len(everyone - fine)
    assert page.chips["error"].text() == f"{len(everyone - fine)} with errors (will be skipped)"
    window.session.set_on_existing("create")
    assert {r.row for r in window.session.checked.rows if r.sendable} == everyone
    assert window.session.counts["error"] == 0 and page.chips["error"].text() == "0 with errors (will be skipped)"
    assert not [i for r in checked.rows for i in r.issues
                if i.severity == "error" and i.field in ("first_gift_date", "lifetime_giving")]
    # The table shows what will be sent: $3,126.00 as 3126, in italics, the file's value on hover.
    gift_col = 3 + checked.table.headers.index("Gift Total")
    cell = page.model.index(0, gift_col)
    assert cell.data() == "3126" and cell.data(Qt.ItemDataRole.FontRole).italic()
    assert "In your file: $3,126.00" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # A value that cannot be read is struck out: the row goes without it.
    pledged = next(k for k, r in enumerate(rows) if r["_gift"] is None)
    cell = page.model.index(pledged, gift_col)
    assert cell.data() == str(rows[pledged]["Gift Total"]) and cell.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "sent without Lifetime giving" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # Warnings with one cause are one line with a count.
    qtbot.waitUntil(lambda: page.causes.count() > 0)
    lines = [page.causes.item(i).text() for i in range(page.causes.count())]
    gifts = next(k for k, t in enumerate(lines) if "'Gift Total'" in t and "is not a number" in t)
    unreadable = sum(1 for r in rows if r["_gift"] is None)
    assert lines[gifts].startswith(f"{unreadable} rows like this (3 different values): Row ")
    # Show rows: only that cause's rows; pressed again, every row.
    page.causes.setCurrentRow(gifts)
    page.show_rows.click()
    assert page.model.rowCount() == unreadable and page.show_rows.text() == "Show all &rows"
    page.show_rows.click()
    assert page.model.rowCount() == len(rows) and page.show_rows.text() == "Show &rows"
    # One bulk fix: every cell like it emptied, shown first, applied in one step, undone in one step.
    page.causes.setCurrentRow(gifts)
    assert page.fix_all.text() == f"&Fix all {unreadable} cells like this…"
    dialog = page.fix_all_like_this()
    assert dialog is not None and dialog.count.text() == f"{unreadable} of {unreadable} cells will change:"
    assert "→ (empty)" in dialog.preview.toPlainText()
    dialog.accept()
    qtbot.waitUntil(lambda: page.causes.count() > 0 and not any(
        "is not a number" in page.causes.item(k).text() for k in range(page.causes.count())))
    assert not [i for r in window.session.checked.rows for i in r.issues
                if i.field == "lifetime_giving" and i.code == "number.invalid"]
    assert page.undo_fix.isEnabled()
    page.undo_fix.click()
    qtbot.waitUntil(lambda: any("is not a number" in page.causes.item(k).text() for k in range(page.causes.count())))
    assert sum(1 for r in window.session.checked.rows for i in r.issues
               if i.field == "lifetime_giving" and i.code == "number.invalid") == unreadable
    page.causes.setCurrentRow(next(k for k in range(page.causes.count())
                                   if "'Gift Total'" in page.causes.item(k).text()
                                   and "is not a number" in page.causes.item(k).text()))
    page.fix_all_like_this().accept()
    # Preview: the batches hold every donor whose email is fine, and the others without their email.
    with qtbot.waitSignal(window.session.batchesChanged, timeout=30_000, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    sent = {row for b in window.session.batches for row in b.rows}
    assert sent == everyone
    first = json.loads(window.session.batches[0].body)
    assert first["inputs"][0]["properties"]["lifetime_giving"] == "3126"
    preview = window.page(PREVIEW)
    qtbot.waitUntil(lambda: not preview.is_busy())
    without = sum(1 for r in rows if not r["_email_ok"] or r["_since"] is None)  # the gifts were emptied above
    assert f"; {without} rows go without a value that could not be read (the Check step lists them)." in \
        preview.summary.text()


def test_column_options_say_what_an_unreadable_value_costs(qtbot, window, tmp_path) -> None:
    """Leave the field empty (the default) or skip the row; a field the target needs always stops the row;
    a date column's order is chosen there too."""
    from gui.models.mapping_model import COL_OPTIONS

    path, rows = donor_list(tmp_path / "donors.xlsx", 40)
    window.session.set_target("hubspot")
    load(qtbot, window, path)
    assert window.go_to(MAP)
    page = window.page(MAP)
    qtbot.waitUntil(lambda: not page.is_busy())
    pick(qtbot, page, "Donor Since", "first gift")
    pick(qtbot, page, "Gift Total", "lifetime giving")
    model = page.model

    def options(column: str):  # type: ignore[no-untyped-def]
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == column)
        click_cell(qtbot, page.view, model.index(row, COL_OPTIONS))
        return page._dialog

    # Creating in HubSpot, a person can go without the email (a name says who): the email costs only itself.
    email = options("E-mail Address")
    assert email.if_unreadable.isEnabled() and email.if_unreadable.currentData() == "empty"
    assert email.date_order.isHidden()
    email.reject()
    window.session.set_on_existing("update")  # upserting by email: HubSpot keeps one contact per email
    email = options("E-mail Address")
    assert not email.if_unreadable.isEnabled() and email.if_unreadable.currentData() == "skip"
    email.reject()
    window.session.set_on_existing("create")
    window.session.set_target("virtuous")  # for Virtuous the email skips the row unless the person says so
    email = options("E-mail Address")
    assert email.if_unreadable.isEnabled() and email.if_unreadable.currentData() == "skip"
    email.accept()
    assert window.session.mapping.for_field("email").if_unreadable == "auto"  # nothing chosen: no option counted
    window.session.set_target("hubspot")
    pick(qtbot, page, "Donor Since", "first gift")
    pick(qtbot, page, "Gift Total", "lifetime giving")
    gift = options("Gift Total")
    assert gift.if_unreadable.currentText() == "Leave the field empty for that row"
    gift.if_unreadable.setCurrentIndex(gift.if_unreadable.findData("skip"))
    gift.accept()
    since = options("Donor Since")
    assert since.date_order.isVisibleTo(since)
    since.date_order.setCurrentIndex(since.date_order.findData("dmy"))
    since.accept()
    mapping = window.session.mapping
    assert mapping.for_field("lifetime_giving").if_unreadable == "skip"
    assert mapping.for_field("first_gift_date").date_order == "dmy"
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Gift Total")
    assert model.index(row, COL_OPTIONS).data() == "Options (1)…"
    check(qtbot, window)
    for k, r in enumerate(rows):
        crow = window.session.checked.rows[k]
        if r["_email_ok"]:
            assert crow.sendable == (r["_gift"] is not None), (r["Gift Total"], crow.issues)


def test_a_date_column_nothing_settles_is_asked_once_on_the_map_step(qtbot, window, tmp_path) -> None:
    from tests.core.office_files import workbook

    path = workbook(tmp_path / "gala.xlsx", ["Email", "First", "Donor Since"],
                    [["a@example.org", "Ann", "05/03/21"], ["b@example.org", "Bo", "04/02/20"]])
    window.session.set_target("hubspot")
    load(qtbot, window, path)
    assert window.go_to(MAP)
    page = window.page(MAP)
    qtbot.waitUntil(lambda: not page.is_busy())
    assert not page.dates_banner.isVisible()
    pick(qtbot, page, "Donor Since", "first gift")
    assert page.dates_banner.isVisible()
    assert "“Donor Since” could be day-first or month-first (is 05/03/21 the 5 March 2021 or the 3 May 2021?)" \
        in page.dates_banner.text()
    from PySide6.QtWidgets import QPushButton

    page.dates_banner.findChild(QPushButton, "dayFirst").click()
    assert window.session.mapping.for_field("first_gift_date").date_order == "dmy"
    assert not page.dates_banner.isVisible()  # asked once
    check(qtbot, window)
    assert [r.values["first_gift_date"].isoformat() for r in window.session.checked.rows] == ["2021-03-05",
                                                                                              "2020-02-04"]


def test_find_and_replace_over_a_column(qtbot, window, tmp_path) -> None:
    page, rows = walk_to_check(qtbot, window, tmp_path)
    checked = window.session.checked
    col = checked.table.headers.index("Mobile #")
    page.view.setCurrentIndex(page.model.index(0, 3 + col))
    assert page.find_replace.isEnabled()
    dialog = page.find_and_replace()
    assert dialog.find_replace.isChecked()
    qtbot.keyClicks(dialog.find_text, "call office")
    typed = sum(1 for r in rows if r["Mobile #"] == "call office")
    assert dialog.count.text() == f"{typed} of {sum(1 for r in rows if r['Mobile #'])} cells will change:"
    dialog.accept()
    assert not [r for r in checked.table.records if r.values[col] == "call office"]
    assert not [i for r in window.session.checked.rows for i in r.issues if i.code == "phone.invalid"]
    page.undo_fix.click()
    assert sum(1 for r in checked.table.records if r.values[col] == "call office") == typed


def test_a_cause_line_and_a_left_out_field_read_in_spanish(qapp) -> None:
    """The count and the first row's own sentence: the window translates it whole, the row's parts as typed."""
    from core.validation.groups import group_issues
    from core.validation.issues import CheckedRow, Issue
    from core.words import N_
    from gui.basics import language
    from gui.basics.language import core_text, install_translators

    said = N_("Row {row}, column '{column}': '{value}' {problem}").format(
        row=9, column="Gift Total", value="n/a", problem=N_("is not a number")) + "; " + \
        N_("sent without {what}").format(what="Lifetime giving")
    rows = [CheckedRow(r, {}, [Issue(r, "number.invalid", "warning", "Gift Total", "g", v, said.replace("9", str(r))
                                     .replace("'n/a'", f"'{v}'"))]) for r, v in ((9, "n/a"), (10, "tbd"))]
    [cause] = group_issues(rows)
    install_translators(qapp, "es")
    language.core_text.cache_clear()
    try:
        assert core_text(cause.sentence()) == ("2 filas como esta (2 valores distintos): Fila 9, columna 'Gift Total': "
                                               "'n/a' no es un número; se envía sin Lifetime giving")
    finally:
        install_translators(qapp, "en")
        language.core_text.cache_clear()


def test_a_new_tag_said_once_reads_in_spanish(qapp) -> None:
    """The grouped line for a tag the account does not have: the count and the tag, the sentence translated."""
    from core.account.rules import TAG_NEW
    from core.validation.groups import group_issues
    from core.validation.issues import CheckedRow, Issue
    from gui.basics import language
    from gui.basics.language import core_text, install_translators

    rows = [CheckedRow(r, {}, [Issue(r, "tag.unknown", "warning", "Tags", "tags", "Gala 2025",
                                     f"Row {r}, column 'Tags': 'Gala 2025' {TAG_NEW}")]) for r in range(2, 43)]
    [cause] = group_issues(rows)
    install_translators(qapp, "es")
    language.core_text.cache_clear()
    try:
        assert core_text(cause.sentence()) == ("41 filas: la etiqueta 'Gala 2025' aún no está en la cuenta; Virtuous "
                                               "puede añadirla o dejarla fuera cuando se revise la importación")
        assert core_text(rows[0].issues[0].message) == (
            "Fila 2, columna 'Tags': 'Gala 2025' aún no es una etiqueta de la cuenta; Virtuous puede añadirla o "
            "dejarla fuera cuando se revise la importación")
    finally:
        install_translators(qapp, "en")
        language.core_text.cache_clear()
