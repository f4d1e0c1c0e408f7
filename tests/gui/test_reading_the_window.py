"""What a person could not find or read in a first session (issue 28): why a row is flagged when the cell
is off to the right, the Send box of a row with errors, the current step under the mouse, sentences that
sat 5 px right of their headings, and recent files that needed a double-click nobody mentioned."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from gui.basics import settings
from gui.models.check_model import COL_ROW, COL_SEND, COL_STATUS, FIRST_DATA_COL
from gui.shell.main_window import CHECK, MAP
from tests.gui.conftest import check, load
from tests.gui.sending import guests, isolated_home, to_send_step  # noqa: F401

WIDE = ["First Name", "Last Name", "Phone", "Street", "City", "State", "Zip", "Company", "Title", "Notes",
        "Source", "Email"]


def wide_file(path: Path, bad_row: int = 3) -> Path:
    """Twelve columns, the email last (far to the right); row ``bad_row`` (0-based) has a broken email."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(WIDE)
        for i in range(12):
            email = "ann.lee@@example" if i == bad_row else f"guest{i}@example.org"
            w.writerow([f"Ann{i}", f"Lee{i}", f"503-555-{i:04d}", f"{i} Oak St", "Portland", "OR", "97201",
                        "Acme", "Director of a rather long title", "Met at the spring gala " * 3, "Gala", email])
    return path


def test_row_and_status_stay_in_view_and_a_row_shows_its_problem_cell(qtbot, window, tmp_path):
    window.resize(1024, 700)
    load(qtbot, window, wide_file(tmp_path / "wide.csv"))
    check(qtbot, window)
    page = window.page(CHECK)
    view = page.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 12)
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0  # the table is wider than the window: it scrolls
    frozen = view.frozen_view
    bar.setValue(bar.maximum())
    assert frozen.isVisible()
    assert [frozen.isColumnHidden(c) for c in (COL_SEND, COL_ROW, COL_STATUS, FIRST_DATA_COL)] == [
        False, False, False, True]
    assert frozen.columnViewportPosition(COL_ROW) >= 0
    assert frozen.columnWidth(COL_STATUS) == view.columnWidth(COL_STATUS)
    assert frozen.geometry().left() <= view.viewport().geometry().left()  # over the left edge, however far scrolled

    bar.setValue(0)
    email = FIRST_DATA_COL + WIDE.index("Email")
    assert view.visualRect(view.model().index(3, email)).left() > view.viewport().width()  # out of sight
    view.setCurrentIndex(view.model().index(3, COL_ROW))  # the person picks row 3 (file row 5)
    rect = view.visualRect(view.model().index(3, email))
    assert rect.left() >= view.frozen_width() and rect.right() <= view.viewport().width()  # now in view
    assert "email" in page.details.text().lower()


def test_a_row_with_errors_shows_an_unticked_send_box_and_is_not_sent(qtbot, window, tmp_path):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 4, bad=(1,)), "virtuous")
    window.go_to(CHECK)
    model = window.page(CHECK).model
    bad, good = model.index(1, COL_SEND), model.index(0, COL_SEND)
    assert bad.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.flags(bad) & Qt.ItemFlag.ItemIsUserCheckable  # nothing to tick until it is fixed
    assert "Not sent" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert good.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.contacts_to_send() == 3


def _pixel(widget, point: QPoint) -> QColor:
    image: QImage = widget.grab().toImage()
    return image.pixelColor(point)


def test_hovering_the_current_step_keeps_its_colours(qtbot, window, tmp_path):
    load(qtbot, window, guests(tmp_path / "guests.csv", 3))
    window.go_to(MAP)
    button = window.step_bar.button(MAP)
    spot = QPoint(6, button.height() // 2)  # inside the rounded fill, left of the words
    before = _pixel(button, spot)
    qtbot.mouseMove(button, button.rect().center())
    assert button.underMouse()
    under_mouse = _pixel(button, spot)
    assert under_mouse == before, (before.name(), under_mouse.name())  # not white words on pale blue


def _first_ink(widget, rows: range) -> int:
    """The leftmost column (in the page) where ``widget`` paints something darker than its background."""
    image = widget.grab().toImage()
    back = image.pixelColor(image.width() - 1, image.height() // 2).lightness()
    for x in range(image.width()):
        for y in rows:
            if 0 <= y < image.height() and image.pixelColor(x, y).lightness() < back - 80:
                return widget.x() + x
    return -1


def test_summary_sentences_line_up_with_their_headings(qtbot, window, tmp_path):
    page = to_send_step(qtbot, window, guests(tmp_path / "guests.csv", 3), "virtuous")
    assert page.summary.isVisible()
    heading = _first_ink(page.heading, range(page.heading.height()))
    body = page.summary.parentWidget()
    summary = _first_ink(page.summary, range(page.summary.height())) + body.mapTo(page, QPoint(0, 0)).x()
    assert abs(summary - heading) <= 2, (heading, summary)


def test_one_click_opens_a_recent_file(qtbot, window, tmp_path):
    first = guests(tmp_path / "first.csv", 3)
    load(qtbot, window, first)
    load(qtbot, window, guests(tmp_path / "second.csv", 4))
    page = window.open_page
    assert "Click" in page.recent_hint.text() and page.recent.toolTip() == page.recent_hint.text()
    window.session.clear()  # (with no file open the hint is shown; with one, the list's tooltip says it)
    assert page.recent_hint.isVisible()
    item = page.recent.item(1)
    assert item.data(Qt.ItemDataRole.UserRole) == str(first)
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.recent.visualItemRect(item).center())
    assert window.session.path == first
    assert settings.recent_files()[0] == str(first)
