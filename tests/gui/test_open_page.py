"""Opening a file the ways a person does: the sample, the dialog, a drop, a recent file; and bad files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.basics import settings
from gui.basics.resources import sample_path
from gui.models.colors import HEADER_TINT
from gui.shell.main_window import MAP, MainWindow
from tests.core.messy_files import ENCRYPTED_ROWS, make_encrypted_xlsx, make_pdf_named_xlsx
from tests.gui.conftest import load, wait_loaded
from tests.gui.files import GUEST_HEADERS, guests_csv, guests_xlsx


def test_the_invitation_and_the_file_dialog_name_every_workbook_kind_read(window):
    from core.readers.files import WORKBOOK_EXTENSIONS
    from gui.pages.open_page import FILE_FILTER

    hint = window.open_page.drop_zone.hint.text()
    assert [ext for ext in WORKBOOK_EXTENSIONS if ext not in hint] == []
    assert [ext for ext in WORKBOOK_EXTENSIONS if f"*{ext}" not in FILE_FILTER.split()] == []


def test_first_start_offers_the_sample_in_practice_mode(qtbot, window):
    page = window.open_page
    assert page.drop_zone.sample_button.isVisible()
    assert window.session.practice and window.practice_banner.isVisible()
    assert "nothing leaves this computer" in window.practice_banner.text()
    assert not window.step_bar.button(MAP).isEnabled()
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        qtbot.mouseClick(page.drop_zone.sample_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert page.file_label.text() == "sample-guests.xlsx: 60 rows, 11 columns"
    assert window.session.header_row == 4
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Guests", "Seating (old) (hidden)"]
    assert page.peek_model.index(3, 0).data() == "Full name"
    assert page.peek_model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole) == HEADER_TINT
    assert "Header found in row 4" in page.notes.text()
    assert window.step_bar.button(MAP).isEnabled() and window.next_button.isEnabled()
    assert settings.recent_files() == [str(sample_path())]  # listed, so it is found again next time
    assert page.recent.item(0).text() == "sample-guests.xlsx (the practice sample)"
    assert settings.is_first_start()


def test_choose_file_remembers_folder_and_recent_files(qtbot, window, tmp_path, monkeypatch):
    path = guests_xlsx(tmp_path / "gala.xlsx")
    asked = {}

    def fake_dialog(parent, caption, folder, filters):
        asked["folder"] = folder
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        qtbot.mouseClick(window.open_page.drop_zone.choose_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert asked["folder"] == str(Path.home())
    s = window.session
    assert s.sheet == "Guests" and s.header_row == 3 and s.table.headers == GUEST_HEADERS
    assert settings.last_folder() == str(tmp_path)
    assert settings.recent_files() == [str(path)]
    assert not settings.is_first_start()
    assert window.windowTitle() == "Contact Importer — gala.xlsx"

    # A new window lists it under Recent files; activating it opens it again.
    again = MainWindow()
    qtbot.addWidget(again)
    recent = again.open_page.recent
    assert recent.count() == 1 and recent.item(0).text() == "gala.xlsx"
    with qtbot.waitSignal(again.session.tableChanged, timeout=20_000):
        recent.itemActivated.emit(recent.item(0))
    wait_loaded(qtbot, again)
    assert again.session.path == path
    again.close()


def test_dropping_a_file_on_the_window_opens_it(qtbot, window, tmp_path):
    path = guests_csv(tmp_path / "guests.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    assert window.open_page.drop_zone.property("hover") is True
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        QApplication.sendEvent(window, drop)
    wait_loaded(qtbot, window)
    assert window.session.path == path
    assert window.session.table.headers == GUEST_HEADERS
    assert window.open_page.drop_zone.property("hover") is False


def test_dragging_text_is_refused(qtbot, window):
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_pdf_named_xlsx_shows_the_reason_in_words(qtbot, window, tmp_path):
    window.open_file(make_pdf_named_xlsx(tmp_path / "report.xlsx"))
    page = window.open_page
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "report.xlsx" in page.error.text() and "PDF" in page.error.text()
    assert "Traceback" not in page.error.text()
    assert window.session.table is None
    assert not window.next_button.isEnabled()


def test_a_bad_file_after_a_good_one_keeps_the_good_one_open(qtbot, window, tmp_path, monkeypatch):
    """Issue 28: a wrong file picked by mistake (a Word document named .xlsx, a workbook whose password is
    not at hand) is named for what it is, and the file already open stays open, with its work."""
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    monkeypatch.setattr(window.open_page, "ask_password", lambda name, wrong: None)  # the person cancels
    window.open_file(make_encrypted_xlsx(tmp_path / "locked.xlsx"))
    qtbot.waitUntil(lambda: window.open_page.error.isVisible(), timeout=10_000)
    assert "password" in window.open_page.error.text()
    assert window.open_page.error.text().endswith("guests.csv is still open.")
    assert window.session.path == tmp_path / "guests.csv" and window.session.table is not None
    assert window.step_bar.button(MAP).isEnabled()

    import zipfile

    word = tmp_path / "guests-final.xlsx"
    with zipfile.ZipFile(word, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    window.open_file(word)
    qtbot.waitUntil(lambda: "Word document" in window.open_page.error.text(), timeout=10_000)
    assert "damaged" not in window.open_page.error.text()
    assert window.session.path == tmp_path / "guests.csv" and window.step_bar.button(MAP).isEnabled()


def test_picking_another_sheet_and_header_row_re_reads(qtbot, window, tmp_path):
    load(qtbot, window, guests_xlsx(tmp_path / "gala.xlsx"))
    page = window.open_page
    combo = page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Old list (hidden)", "Guests", "Volunteers"]
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        combo.setCurrentIndex(2)
        combo.activated.emit(2)
    wait_loaded(qtbot, window)
    assert window.session.sheet == "Volunteers"
    assert window.session.table.headers == ["Name", "Email", "Hours"]

    # Clicking row 2 (a data row) makes it the header: the mistake is visible, and undone the same way.
    view = page.peek_view
    rect = view.visualRect(page.peek_model.index(1, 0))
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_loaded(qtbot, window)
    assert window.session.header_row == 2
    assert window.session.table.headers == ["Vi Tran", "vi@example.org", "3"]
    assert page.header_spin.value() == 2
    page.header_spin.setValue(1)  # typed: re-read once the spin box settles
    qtbot.waitUntil(lambda: window.session.header_row == 1 and not page.is_busy(), timeout=20_000)
    assert window.session.table.headers == ["Name", "Email", "Hours"]


def test_target_choice_is_visible_and_remembered(qtbot, window, tmp_path):
    page = window.open_page
    assert page.radio["virtuous"].isChecked()
    qtbot.mouseClick(page.radio["hubspot"], Qt.MouseButton.LeftButton)
    assert window.session.target == "hubspot"
    assert settings.last_target() == "hubspot"
    assert window.target_label.text() == "Sending to HubSpot"
    assert "pretend HubSpot" in window.practice_banner.text()
    qtbot.mouseClick(page.practice_box, Qt.MouseButton.LeftButton)
    assert not window.session.practice
    assert not window.practice_banner.isVisible() and not window.practice_badge.isVisible()


def test_sample_is_shipped():
    assert sample_path().is_file()


def test_a_password_is_asked_for_and_a_wrong_one_asked_again(qtbot, window, tmp_path, monkeypatch):
    asked: list[tuple[str, bool]] = []
    answers = iter(["wrong", "s3cret!"])

    def ask(name: str, wrong: bool) -> str:
        asked.append((name, wrong))
        return next(answers)

    monkeypatch.setattr(window.open_page, "ask_password", ask)
    folder = tmp_path / "files"
    folder.mkdir()
    path = make_encrypted_xlsx(folder / "locked.xlsx")
    load(qtbot, window, path)
    assert asked == [("locked.xlsx", False), ("locked.xlsx", True)]
    assert [r.values for r in window.session.table.records] == list(ENCRYPTED_ROWS.values())
    assert not window.open_page.error.isVisible()
    assert [p.name for p in folder.iterdir()] == ["locked.xlsx"]  # decrypted in memory only


def test_the_password_dialog_hides_what_is_typed(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from gui.dialogs.password_dialog import PasswordDialog

    dialog = PasswordDialog("locked.xlsx", wrong=False)
    qtbot.addWidget(dialog)
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.open_button.isEnabled()
    qtbot.keyClicks(dialog.edit, "s3cret!")
    assert dialog.open_button.isEnabled() and dialog.password() == "s3cret!"


def test_the_encoding_used_is_shown_and_another_can_be_picked(qtbot, window, tmp_path):
    path = tmp_path / "pl.csv"
    path.write_bytes("Name,Email\r\nŁukasz Żółć,lukasz@example.pl\r\n".encode("iso-8859-2"))
    load(qtbot, window, path)
    page = window.open_page
    assert page.encoding_combo.isVisible() and page.encoding_combo.currentText() in ("Windows-1252", "Mac Roman")
    assert window.session.table.records[0].values[0] != "Łukasz Żółć"
    page.encoding_combo.setCurrentText("ISO-8859-2")
    with qtbot.waitSignal(window.session.tableChanged, timeout=20_000):
        page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())
    wait_loaded(qtbot, window)
    assert window.session.table.records[0].values[0] == "Łukasz Żółć"
    assert page.encoding_combo.currentText() == "ISO-8859-2"
    assert "Read as ISO-8859-2" in page.notes.text()
    window.grab().save(str(tmp_path / "open-encoding.png"))
    load(qtbot, window, guests_xlsx(tmp_path / "gala.xlsx"))
    assert not page.encoding_combo.isVisible()  # a workbook has no text encoding
