"""Help where people hesitate: the Help menu and About box, the API key links, the Map and Send explanations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from core import __version__
from gui.connections.saved import API_KEY_HELP_URLS
from gui.dialogs.connections_dialog import ConnectionsDialog
from gui.shell.help_menu import AboutDialog
from gui.shell.main_window import MAP, SEND


def _menu(window, title: str) -> QMenu:
    # The menus themselves, not QAction.menu(): PySide6 6.8.0 (the oldest allowed) hands that one back deleted.
    for menu in window.menuBar().findChildren(QMenu):
        if menu.title().replace("&", "") == title:
            return menu
    raise AssertionError(f"no {title} menu in {[a.text() for a in window.menuBar().actions()]}")


def test_help_menu_names_the_version_and_opens_about(window) -> None:
    texts = [a.text().replace("&", "") for a in _menu(window, "Help").actions()]
    assert f"Version {__version__}" in texts
    assert "About Contact Importer" in texts and "Where are my files?" in texts


def test_about_box_says_version_data_folder_log_journal_and_qt_licence(qtbot, _isolated_settings) -> None:
    data = _isolated_settings
    about = AboutDialog()
    qtbot.addWidget(about)
    details = about.details.text()
    assert f"Data folder: {data}" in details
    assert str(data / "logs" / "contact-importer.log") in details
    assert str(data / "runs.sqlite3") in details
    shown = " ".join(label.text() for label in about.findChildren(type(about.details)))
    assert f"Contact Importer {__version__}" in shown
    assert "GNU Lesser General Public License version 3" in shown and "PySide6" in shown


def test_language_is_chosen_in_settings(window, monkeypatch) -> None:
    from gui.basics import settings
    from gui.shell import help_menu

    monkeypatch.setattr(help_menu.QMessageBox, "information", lambda *a, **k: None)
    language = _menu(window, "Language")
    spanish = next(a for a in language.actions() if a.text() == "Español")
    spanish.trigger()
    assert settings.language() == "es"


def test_each_crm_has_a_how_do_i_get_an_api_key_link(qtbot) -> None:
    dialog = ConnectionsDialog(None, target="virtuous")
    qtbot.addWidget(dialog)
    dialog.add_new()
    for target, crm in (("hubspot", "HubSpot"), ("virtuous", "Virtuous")):
        dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(target))
        link = dialog.key_link
        assert f'href="{API_KEY_HELP_URLS[target]}"' in link.text()
        assert link.accessibleName() == f"How do I get an API key for {crm}?"
        assert link.openExternalLinks()
        assert link.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard


def test_map_and_send_explain_themselves_on_request(window) -> None:
    for step in (MAP, SEND):
        note = window.page(step).help_note
        assert not note.body.isVisibleTo(note)
        note.toggle.click()
        assert note.body.isVisibleTo(note) and len(note.body.text()) > 100
