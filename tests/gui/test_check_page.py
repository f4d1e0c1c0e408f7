"""The Check step: counts always on screen, problem cells, editing in place, leaving rows out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionViewItem

from gui.models.check_model import COL_SEND, COL_STATUS, FIRST_DATA_COL
from gui.models.colors import ERROR_TINT
from gui.shell.main_window import CHECK, PREVIEW
from tests.gui.conftest import check, load
from tests.gui.files import guests_csv

EMAIL = FIRST_DATA_COL + 2  # First Name, Last Name, E-mail …


def checked_window(qtbot, window, tmp_path, target="hubspot"):
    window.session.set_target(target)
    if target == "hubspot":  # upserting by email: Ben's email, which cannot be read, stops his row
        window.session.set_on_existing("update")
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    check(qtbot, window)
    return window.page(CHECK)


def cell_pos(view, index):
    return view.visualRect(index).center()


def test_counts_and_problem_cells(qtbot, window, tmp_path):
    page = checked_window(qtbot, window, tmp_path)
    assert page.chips["ok"].text() == "2 ready"
    assert page.chips["warning"].text() == "0 with warnings (will be sent)"
    assert page.chips["error"].text() == "2 with errors (will be skipped)"
    assert page.chips["excluded"].text() == "0 left out by you"
    model = page.model
    assert model.rowCount() == 4
    bad = model.index(1, EMAIL)
    assert bad.data() == "not-an-email" and bad.data(Qt.ItemDataRole.BackgroundRole) == ERROR_TINT
    assert window.next_button.isEnabled() and window.next_button.text() == "Next: Preview"


def test_selecting_a_row_shows_its_problems(qtbot, window, tmp_path):
    page = checked_window(qtbot, window, tmp_path)
    assert page.details.text() == "Select a row to see its problems here."
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell_pos(page.view, page.model.index(1, 4)))
    assert "is not a valid email address" in page.details.text()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell_pos(page.view, page.model.index(0, 4)))
    assert page.details.text() == "Row 2: no problems."


def test_filter_rows_with_problems(qtbot, window, tmp_path):
    page = checked_window(qtbot, window, tmp_path)
    qtbot.mouseClick(page.only_problems, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    assert [page.model.index(r, 1).data() for r in range(2)] == ["3", "4"]
    qtbot.mouseClick(page.only_problems, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4


def test_fix_a_cell_by_typing(qtbot, window, tmp_path):
    page = checked_window(qtbot, window, tmp_path)
    view, model = page.view, page.model
    index = model.index(1, EMAIL)
    # A real double-click is press, release, double-click: QTest's mouseDClick sends only the last.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_pos(view, index))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_pos(view, index))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "not-an-email"
    editor.selectAll()
    qtbot.keyClicks(editor, "ben@example.org")
    with qtbot.waitSignal(window.session.countsChanged):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.index(1, EMAIL).data() == "ben@example.org"
    assert model.index(1, EMAIL).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, COL_STATUS).data() == "OK"
    assert window.session.table.records[1].values[2] == "ben@example.org"
    assert page.chips["ok"].text() == "3 ready"
    assert page.chips["error"].text() == "1 with errors (will be skipped)"


def test_fixing_a_duplicate_clears_the_other_row_too(qtbot, window, tmp_path):
    page = checked_window(qtbot, window, tmp_path)
    model = page.model
    assert model.index(2, COL_STATUS).data() == "Error"  # Cy repeats Ana's email (HubSpot: an error)
    view = page.view
    view.setCurrentIndex(model.index(0, EMAIL))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "ana.lopez@example.org")
    with qtbot.waitSignal(window.session.rowsChanged) as blocker:  # the delegate commits on the next loop turn
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == [[0, 2]]
    assert model.index(2, COL_STATUS).data() == "Warning"
    assert "also in row" not in (model.index(2, EMAIL).data(Qt.ItemDataRole.ToolTipRole) or "")


def test_leave_rows_out_with_mouse_and_keyboard(qtbot, window, tmp_path):
    page = checked_window(qtbot, window, tmp_path)
    view, model = page.view, page.model
    index = model.index(0, COL_SEND)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert window.session.checked.rows[0].excluded
    assert page.chips["excluded"].text() == "1 left out by you"
    assert page.chips["ok"].text() == "1 ready"
    assert model.index(0, COL_STATUS).data() == "Left out"
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not window.session.checked.rows[0].excluded
    assert page.chips["ok"].text() == "2 ready"


def test_going_back_and_changing_the_mapping_checks_again(qtbot, window, tmp_path):
    checked_window(qtbot, window, tmp_path)
    assert window.go_to(PREVIEW)
    window.go_back()
    window.go_back()
    mapping = window.session.mapping
    mapping.set_column("E-mail", None)
    window.session.mapping_edited()
    assert not window.step_bar.button(PREVIEW).isEnabled()
    check(qtbot, window)
    # Without emails there is no bad or repeated email: only the phone "12" is left, as a warning.
    assert window.session.counts == {"ok": 3, "warning": 1, "error": 0, "excluded": 0}
