"""The window as a whole: steps that open up as work is done, keyboard navigation, memory, themes."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from gui.basics import settings
from gui.shell.main_window import CHECK, MAP, OPEN, PREVIEW, RESULTS, SEND, MainWindow
from tests.gui.conftest import check, load
from tests.gui.files import big_csv, guests_csv


def enabled_steps(window) -> list[int]:
    return [i for i in range(6) if window.step_bar.button(i).isEnabled()]


def test_steps_open_up_as_their_prerequisites_exist(qtbot, window, tmp_path):
    assert enabled_steps(window) == [OPEN]
    assert not window.back_button.isVisible()
    assert window.next_button.text() == "Next: Map" and not window.next_button.isEnabled()
    assert window.hint.text() == "Open a spreadsheet to go on."
    assert not window.go_to(CHECK) and window.current_step == OPEN
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    assert enabled_steps(window) == [OPEN, MAP, CHECK]
    assert window.hint.text() == ""
    check(qtbot, window)
    assert enabled_steps(window) == [OPEN, MAP, CHECK, PREVIEW]
    qtbot.mouseClick(window.step_bar.button(MAP), Qt.MouseButton.LeftButton)
    assert window.current_step == MAP and window.step_bar.button(MAP).isChecked()
    qtbot.mouseClick(window.step_bar.button(RESULTS), Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert window.current_step == MAP


def test_keyboard_moves_between_steps(qtbot, window, tmp_path):
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_step == MAP
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.checked is not None and not window.page(CHECK).is_busy())
    assert window.current_step == CHECK
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step == MAP
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_step == OPEN


def test_a_change_upstream_sends_the_window_back_to_what_is_still_valid(qtbot, window, tmp_path):
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    check(qtbot, window)
    with qtbot.waitSignal(window.session.batchesChanged, check_params_cb=lambda b: b is not None):
        window.go_to(PREVIEW)
    assert window.step_bar.button(SEND).isEnabled()
    with qtbot.waitSignal(window.session.checkedChanged, timeout=20_000, check_params_cb=lambda c: c is not None):
        window.session.set_target("hubspot")  # another CRM: new mapping, so the check starts again
    assert window.current_step == CHECK
    assert window.session.mapping.target == "hubspot"
    qtbot.waitUntil(lambda: not window.page(CHECK).is_busy())


def test_window_size_is_remembered(qtbot, window):
    # Sizes within the offscreen screen (800x600 by default), which restoreGeometry clamps to.
    window.resize(900, 600)
    window.close()
    assert isinstance(settings.window_geometry(), QByteArray)
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (900, 600)  # not the first-start 1180x780
    again.close()


def test_closing_while_reading_stops_the_thread(qtbot, window, tmp_path):
    path = big_csv(tmp_path / "big.csv", 60_000)
    window.open_file(path)
    qtbot.waitUntil(lambda: window.open_page.progress.isVisible())
    assert window.runner.busy
    window.close()  # must cancel and wait: the autouse fixture fails the test if a thread is left
    assert not window.runner.busy


def test_every_control_has_an_accessible_name(qtbot, window, tmp_path):
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    check(qtbot, window)
    kinds = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QCheckBox, QRadioButton, QPushButton)
    missing = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QHeaderView) or w.objectName().startswith("qt_"):
            continue
        if w.window() is not window:
            continue  # a combo box's own popup list
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner editor of a spin or combo box
        name = w.accessibleName() or (w.text().replace("&", "") if isinstance(w, QPushButton) else "")
        if not name:
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    assert missing == [], "\n".join(missing)


def test_follows_a_dark_palette(qtbot, tmp_path):
    app = QApplication.instance()
    saved = app.palette()
    dark = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Base, "#181818"), (QPalette.ColorRole.Text, "#e8eaed"),
                        (QPalette.ColorRole.Button, "#2d2e30"), (QPalette.ColorRole.ButtonText, "#e8eaed"),
                        (QPalette.ColorRole.Mid, "#5f6368"), (QPalette.ColorRole.Midlight, "#3c4043"),
                        (QPalette.ColorRole.Highlight, "#8ab4f8"), (QPalette.ColorRole.HighlightedText, "#202124"),
                        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"), (QPalette.ColorRole.AlternateBase, "#242526")):
        dark.setColor(role, QColor(color))
    app.setPalette(dark)
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1100, 740)
        w.show()
        qtbot.waitExposed(w)
        image = w.grab().toImage()
        samples = [QColor(image.pixel(x, y)).lightness()
                   for x in range(5, image.width(), 37) for y in range(5, image.height(), 29)]
        w.close()
    finally:
        app.setPalette(saved)
    assert sum(samples) / len(samples) < 90, "something paints a light background on a dark theme"
