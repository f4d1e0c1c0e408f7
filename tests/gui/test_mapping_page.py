"""The Map step: picking fields by search, column options, constants, required fields and templates."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog

from core.mapping import templates
from core.mapping.catalog import (
    HUBSPOT_LIFECYCLE,
    VIRTUOUS_CONTACT_TYPES,
    VIRTUOUS_EMAIL_TYPES,
    VIRTUOUS_PHONE_TYPES,
)
from core.mapping.model import Mapping
from gui.models.colors import LOW_CONFIDENCE_TINT
from gui.models.mapping_model import COL_FIELD, COL_MATCH, COL_OPTIONS, FieldKeyRole
from gui.shell.main_window import MAP
from gui.widgets.constants_form import ConstantsForm
from gui.widgets.field_picker import FieldPicker
from tests.gui.conftest import load
from tests.gui.files import guests_csv


def open_map(qtbot, window, path, target="hubspot"):
    window.session.set_target(target)
    load(qtbot, window, path)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step == MAP
    return window.page(MAP)


def click_cell(qtbot, view, index):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_columns_are_listed_with_their_suggestions(qtbot, window, tmp_path):
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    model = page.model
    assert page.heading.text() == "Match your columns to HubSpot fields"
    assert [model.index(r, 0).data() for r in range(model.rowCount())][:3] == ["First Name", "Last Name", "E-mail"]
    assert model.index(2, COL_FIELD).data() == "Email"
    assert model.index(2, COL_MATCH).data() == "● 100%"
    assert page.summary.text() == "5 of 7 columns will be brought in."
    assert not page.required_banner.isVisible()
    assert model.index(5, COL_FIELD).data(FieldKeyRole) is None  # "Attended": HubSpot has no such field
    assert model.index(2, COL_FIELD).data(Qt.ItemDataRole.BackgroundRole) is None
    # A guess auto-mapping is less sure of is marked for a second look.
    window.session.mapping.set_column("Attended", "message", confidence=0.81)
    window.session.mapping_edited()
    assert model.index(5, COL_FIELD).data() == "Message"
    assert model.index(5, COL_MATCH).data() == "▲ 81% guess"  # said in words too, not by colour alone
    assert model.index(5, COL_FIELD).data(Qt.ItemDataRole.BackgroundRole) == LOW_CONFIDENCE_TINT


def test_search_the_field_picker_and_pick_with_the_keyboard(qtbot, window, tmp_path):
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    view, model = page.view, page.model
    row = 6  # "Tags": HubSpot has no such field, so it is not imported
    assert model.index(row, COL_FIELD).data(FieldKeyRole) is None
    click_cell(qtbot, view, model.index(row, COL_FIELD))
    picker = page._picker
    assert isinstance(picker, FieldPicker) and picker.isVisible()
    qtbot.keyClicks(picker.search, "notes")  # a synonym: finds "Message"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert model.index(row, COL_FIELD).data() == "Message"
    assert model.index(row, COL_MATCH).data() == "● Your choice"
    assert window.session.mapping.for_field("message").sources == ["Tags"]
    assert window.session.mapping.for_field("message").confidence is None


def test_enter_on_a_row_opens_the_picker_and_dont_import_unmaps(qtbot, window, tmp_path):
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    view, model = page.view, page.model
    view.setFocus()
    view.setCurrentIndex(model.index(2, 0))  # "E-mail", mapped to Email
    qtbot.keyClick(view, Qt.Key.Key_Return)
    picker = page._picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "don't")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert model.index(2, COL_FIELD).data(FieldKeyRole) is None
    assert window.session.mapping.for_field("email") is None
    assert page.summary.text() == "4 of 7 columns will be brought in."


def test_picking_a_field_another_column_feeds_moves_it(qtbot, window, tmp_path):
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    model = page.model
    click_cell(qtbot, page.view, model.index(6, COL_FIELD))  # Tags → Email
    picker = page._picker
    qtbot.keyClicks(picker.search, "email")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert window.session.mapping.for_field("email").sources == ["Tags"]
    assert model.index(2, COL_FIELD).data(FieldKeyRole) is None
    assert window.session.mapping.problems() == []


def test_required_fields_banner(qtbot, window, tmp_path):
    path = guests_csv(tmp_path / "odd.csv", headers=["Who", "Where"], rows=[["Ana", "Portland"]])
    page = open_map(qtbot, window, path)
    assert page.required_banner.isVisible()
    assert "Email" in page.required_banner.text() and "First name" in page.required_banner.text()
    click_cell(qtbot, page.view, page.model.index(0, COL_FIELD))
    qtbot.keyClicks(page._picker.search, "first name")
    qtbot.keyClick(page._picker.search, Qt.Key.Key_Return)
    assert not page.required_banner.isVisible()


def test_column_options_dialog(qtbot, window, tmp_path):
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"), target="virtuous")
    model = page.model
    row = 5  # Attended → Virtuous "attended"
    assert model.index(row, COL_FIELD).data(FieldKeyRole) == "attended"
    click_cell(qtbot, page.view, model.index(row, COL_OPTIONS))
    dialog = page._dialog
    assert dialog is not None and dialog.isVisible() and "Attended" in dialog.windowTitle()
    dialog.value_map.setFocus()
    qtbot.keyClicks(dialog.value_map, "maybe -> No")  # keyClicks types ASCII only; → works the same
    qtbot.keyClicks(dialog.default, "N")
    dialog.case.setCurrentIndex(dialog.case.findData("upper"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    fm = window.session.mapping.for_field("attended")
    assert fm.value_map == {"maybe": "No"}
    assert fm.default == "N" and fm.case == "upper"
    assert model.index(row, COL_OPTIONS).data() == "Options (3)…"


def test_join_two_columns_into_one_field(qtbot, window, tmp_path):
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"), target="virtuous")
    click_cell(qtbot, page.view, page.model.index(0, COL_OPTIONS))  # First Name
    dialog = page._dialog
    dialog.join.setCurrentIndex(dialog.join.findData("Last Name"))
    dialog.accept()
    fm = window.session.mapping.for_field("firstName")
    assert fm.sources == ["First Name", "Last Name"]
    assert window.session.mapping.for_field("lastName") is None
    assert page.model.index(1, COL_FIELD).data() == "First name (joined with First Name)"


def test_constants_for_every_row(qtbot, window, tmp_path):
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"), target="virtuous")
    email_type = page.constants.widget("emailType")
    assert isinstance(email_type, QComboBox)
    email_type.setCurrentIndex(email_type.findData("Work"))
    assert window.session.mapping.for_field("emailType").constant == "Work"
    contact_type = page.constants.widget("contactType")
    assert contact_type.currentText() == "Household"
    contact_type.setCurrentIndex(contact_type.findData("Organization"))
    assert window.session.mapping.for_field("contactType").constant == "Organization"
    ref = page.constants.widget("@reference_source")
    qtbot.keyClicks(ref, "Spring Gala")
    assert window.session.mapping.reference_source == "Spring Gala"
    window.session.set_target("hubspot")
    stage = page.constants.widget("lifecyclestage")
    stage.setCurrentIndex(stage.findData("lead"))
    assert window.session.mapping.for_field("lifecyclestage").constant == "lead"
    # A stage the account added (not one of HubSpot's defaults) can be typed; it is sent as typed.
    stage.lineEdit().selectAll()
    qtbot.keyClicks(stage.lineEdit(), "88776655")
    assert window.session.mapping.for_field("lifecyclestage").constant == "88776655"


def test_the_constants_form_offers_the_catalog_choices(qtbot):
    form = ConstantsForm()
    qtbot.addWidget(form)

    def choices(key):
        combo = form.widget(key)
        return [combo.itemData(i) for i in range(combo.count())]

    form.show_mapping(Mapping(target="virtuous"))
    assert choices("contactType") == list(VIRTUOUS_CONTACT_TYPES)
    assert choices("emailType") == ["", *VIRTUOUS_EMAIL_TYPES]
    assert choices("phoneType") == ["", *VIRTUOUS_PHONE_TYPES]
    assert form.widget("phoneType").itemText(2) == "Mobile"
    form.show_mapping(Mapping(target="hubspot"))
    assert choices("lifecyclestage") == ["", *HUBSPOT_LIFECYCLE]
    assert form.widget("lifecyclestage").itemText(3) == "Marketing qualified lead"


def test_save_a_template_and_get_it_offered_for_the_next_file(qtbot, window, tmp_path, monkeypatch):
    page = open_map(qtbot, window, guests_csv(tmp_path / "march.csv"))
    click_cell(qtbot, page.view, page.model.index(5, COL_FIELD))
    qtbot.keyClicks(page._picker.search, "message")
    qtbot.keyClick(page._picker.search, Qt.Key.Key_Return)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Gala 2025", True)))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = templates.list_templates()
    assert [t.name for t in saved] == ["Gala 2025"]
    assert json.loads(saved[0].path.read_text())["target"] == "hubspot"
    assert page.template_banner.isVisible() and "Gala 2025" in page.template_banner.text()

    # Next month's file has the same columns: the window offers the template at once.
    load(qtbot, window, guests_csv(tmp_path / "april.csv"))
    assert window.offer_banner.isVisible()
    assert "Gala 2025" in window.offer_banner.text()
    assert window.session.template_name is None  # not applied until the person says so
    # (the column picked by hand is remembered anyway, in any file: core.mapping.learned)
    assert window.session.mapping.for_field("message").confidence is None
    use = window.offer_banner.findChild(type(page.save_button), "useTemplate")
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert not window.offer_banner.isVisible()
    assert window.session.template_name == "Gala 2025"
    assert window.session.mapping.for_field("message").sources == ["Attended"]


def test_template_menu_and_problems_banner(qtbot, window, tmp_path):
    folder = tmp_path / "data" / "templates"
    folder.mkdir(parents=True)
    (folder / "Twice.json").write_text(json.dumps({
        "version": 1, "target": "hubspot", "headers": ["E-mail"],
        "fields": [{"field": "email", "sources": ["E-mail"]}, {"field": "message", "sources": ["E-mail"]}],
    }))
    page = open_map(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    menu = page._menu
    assert [a.text() for a in menu.actions()] == ["Twice"]
    menu.actions()[0].trigger()
    menu.close()
    assert window.session.template_name == "Twice"
    assert page.problems_banner.isVisible()
    assert "fills more than one field" in page.problems_banner.text()
    QApplication.processEvents()


def test_a_choice_made_by_hand_is_remembered_for_the_next_file_until_reset(qtbot, window, tmp_path):
    first = guests_csv(tmp_path / "march.csv", headers=["Email", "Gift Total"], rows=[["ann@example.org", "120.00"]])
    page = open_map(qtbot, window, first)
    row = page.model.row_of("Gift Total")
    assert page.model.index(row, COL_FIELD).data(FieldKeyRole) is None
    click_cell(qtbot, page.view, page.model.index(row, COL_FIELD))
    qtbot.keyClicks(page._picker.search, "message")
    qtbot.keyClick(page._picker.search, Qt.Key.Key_Return)
    assert window.session.mapping.for_field("message").sources == ["Gift Total"]

    # Another file, another order, the same header: the person's choice is there, as theirs.
    second = guests_csv(tmp_path / "april.csv", headers=["First Name", "gift total", "E-mail"],
                        rows=[["Bo", "35", "bo@example.org"]])
    window.go_to(0)
    page = open_map(qtbot, window, second)
    row = page.model.row_of("gift total")
    assert page.model.index(row, COL_FIELD).data(FieldKeyRole) == "message"
    assert page.model.index(row, COL_MATCH).data() == "● Your choice"

    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.model.index(row, COL_FIELD).data(FieldKeyRole) is None
    assert page.model.index(page.model.row_of("E-mail"), COL_FIELD).data(FieldKeyRole) == "email"


def test_the_field_search_reads_words_anywhere_and_the_accounts_description(qtbot):
    from core.mapping.catalog import catalog_for, replace

    cat = catalog_for("hubspot")
    cat.with_custom("lifetime_giving")
    cat.fields[-1] = replace(cat.fields[-1], label="Lifetime giving",
                             description="Total amount of all gifts from this donor")
    cat.with_custom("donor_tier")
    cat.fields[-1] = replace(cat.fields[-1], label="Donor tier")
    picker = FieldPicker(cat, None)
    qtbot.addWidget(picker)

    def shown(text: str) -> list[str]:
        qtbot.keyClicks(picker.search, text)
        from PySide6.QtCore import QModelIndex
        keys = [i.data(Qt.ItemDataRole.UserRole + 1) for i in picker._iter(QModelIndex())]
        picker.search.clear()
        return [k for k in keys if k]

    for words in ("total", "amount", "gift", "giving lifetime"):
        assert "lifetime_giving" in shown(words), words
    assert shown("city") == ["city"]
    # "donor" also finds Full name (by "donor name") above it, but the field named so is the one Enter picks.
    assert shown("donor")[0] == "fullName"
    qtbot.keyClicks(picker.search, "donor")
    assert picker.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "donor_tier"


def test_a_look_alike_column_left_out_says_why_on_its_row(qtbot, window, tmp_path):
    path = guests_csv(tmp_path / "contacts.csv",
                      headers=["First Name", "Last Name", "E-mail Address", "Home City", "Business City",
                               "Emergency Contact Name"],
                      rows=[["Ann", "Lee", "ann@example.org", "Portland", "", "Bo Lee"],
                            ["Cy", "Ray", "cy@example.org", "Austin", "Dallas", "Di Ray"]])
    page = open_map(qtbot, window, path, target="virtuous")
    model = page.model
    business = model.row_of("Business City")
    assert model.index(business, COL_FIELD).data(FieldKeyRole) is None
    assert model.index(business, COL_MATCH).data() == "○ Not taken"
    assert "'Home City'" in model.index(business, COL_MATCH).data(Qt.ItemDataRole.ToolTipRole)
    emergency = model.row_of("Emergency Contact Name")
    assert "someone else's" in model.index(emergency, COL_MATCH).data(Qt.ItemDataRole.ToolTipRole)
    # Mapped by hand, the reason goes.
    click_cell(qtbot, page.view, model.index(business, COL_FIELD))
    qtbot.keyClicks(page._picker.search, "city")
    qtbot.keyClick(page._picker.search, Qt.Key.Key_Return)
    assert model.index(business, COL_MATCH).data() == "● Your choice"
    assert model.index(model.row_of("Home City"), COL_MATCH).data() == "○ Not taken"


def test_a_column_that_fails_its_check_throughout_is_named_once_with_two_fixes(qtbot, window, tmp_path):
    from gui.shell.main_window import CHECK
    from tests.gui.conftest import check

    rows = [[f"Ann{i}", "Lee", f"ann{i}@example.org", f"1844158342{i}"] for i in range(5)]
    path = guests_csv(tmp_path / "guests.csv", headers=["First Name", "Last Name", "Email", "Attendee #"], rows=rows)
    page = open_map(qtbot, window, path, target="virtuous")
    click_cell(qtbot, page.view, page.model.index(3, COL_FIELD))  # a slip: Attendee # → Attended
    qtbot.keyClicks(page._picker.search, "attended")
    qtbot.keyClick(page._picker.search, Qt.Key.Key_Return)
    check(qtbot, window)
    check_page = window.page(CHECK)
    banner = check_page.column_banner
    assert banner.isVisible()
    assert banner.text().startswith("Column 'Attendee #' does not look like Attended: 5 of 5 values")

    # "Map it to…": the Map step, with that column's field list open.
    qtbot.mouseClick(banner.findChild(type(page.save_button), "mapColumn"), Qt.MouseButton.LeftButton)
    from shiboken6 import isValid

    qtbot.waitUntil(lambda: page._picker_row == 3 and isValid(page._picker) and page._picker.isVisible())
    assert window.current_step == MAP
    page._picker.close()

    assert window.go_to(CHECK) and banner.isVisible()  # nothing changed: the same finding stands
    qtbot.mouseClick(banner.findChild(type(page.save_button), "dropColumn"), Qt.MouseButton.LeftButton)
    assert window.session.mapping.field_for_column("Attendee #") == []
    check(qtbot, window)
    assert not banner.isVisible()
    assert window.session.checked is not None and all(r.status == "ok" for r in window.session.checked.rows)
