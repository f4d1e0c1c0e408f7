"""Connections: add, test, edit and remove, with the API key kept out of the settings file and the log."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from core.submit import secrets
from gui.basics import settings
from gui.connections import practice
from gui.connections import saved as connections
from gui.connections.saved import SavedConnection
from gui.dialogs.connections_dialog import ConnectionsDialog
from tests.core.submit_support import MemoryKeyring
from tests.gui.sending import TOKEN, answer_yes, click, isolated_home  # noqa: F401


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Like a computer without a usable password store (whatever this machine has)."""
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def dialog(qtbot):
    d = ConnectionsDialog(None, target="hubspot")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    qtbot.waitUntil(lambda: not d.is_testing(), timeout=30_000)
    d.close()


def fill(qtbot, d: ConnectionsDialog, name: str, token: str, url: str | None = None) -> None:
    d.name_edit.clear()
    qtbot.keyClicks(d.name_edit, name)
    d.token_edit.clear()
    qtbot.keyClicks(d.token_edit, token)
    if url is not None:
        click(qtbot, d.advanced_button)
        assert d.url_edit.isVisible()
        d.url_edit.clear()
        qtbot.keyClicks(d.url_edit, url)


def settings_file_text() -> str:
    s = QSettings()
    s.sync()
    return Path(s.fileName()).read_text(encoding="utf-8")


def test_add_test_and_save_without_a_keyring(qtbot, dialog, no_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    server = practice.server()
    assert dialog.token_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.url_edit.isVisible()  # the address is under Advanced
    assert dialog.url_edit.text() == "https://api.hubapi.com"
    fill(qtbot, dialog, "Gala HubSpot", server.token, server.base_url)

    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.status_text().startswith("Connected."), timeout=20_000)
    assert dialog.status_text().startswith("Connected. HubSpot: ") and "contact properties" in dialog.status_text()

    click(qtbot, dialog.save_button)
    assert dialog.status_text().startswith("Saved. This computer has no password store the app can use, so the "
                                           "API key is kept only until the app closes")
    assert dialog.last_saved == "Gala HubSpot"
    assert dialog.list.count() == 1 and dialog.list.item(0).text() == "Gala HubSpot (HubSpot)"
    assert connections.load() == [SavedConnection("Gala HubSpot", "hubspot", server.base_url)]
    assert settings.saved_connection_names() == ["Gala HubSpot"]
    conn = connections.connection(connections.find("Gala HubSpot"))
    assert conn is not None and conn.token == server.token  # kept in memory for this session
    # The token is nowhere on disk and nowhere in the log.
    text = settings_file_text()
    assert "Gala HubSpot" in text and server.base_url in text
    assert server.token not in text and server.token[-8:] not in text
    assert server.token not in caplog.text
    assert dialog.token_edit.text() == ""  # not shown again


def test_keyring_keeps_the_key_and_blank_means_unchanged(qtbot, dialog, memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    fill(qtbot, dialog, "Main", TOKEN)
    click(qtbot, dialog.save_button)
    assert dialog.status_text() == ("Saved. The API key is kept in this computer's password store, not in the "
                                    "app's settings.")
    assert memory_keyring.store == {(secrets.KEYRING_SERVICE, "Main"): TOKEN}
    assert TOKEN not in settings_file_text() and TOKEN not in caplog.text

    dialog.reload(select="Main")
    assert dialog.token_edit.text() == ""
    assert dialog.token_edit.placeholderText() == f"Saved (•••• {TOKEN[-4:]}); leave blank to keep it"
    # Change only the name: the key moves with it.
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Main account")
    click(qtbot, dialog.save_button)
    assert memory_keyring.store == {(secrets.KEYRING_SERVICE, "Main account"): TOKEN}
    assert [r.name for r in connections.load()] == ["Main account"]
    assert TOKEN not in settings_file_text()


def test_refused_key_and_unreachable_address_in_plain_words(qtbot, dialog, no_keyring):
    server = practice.server()
    fill(qtbot, dialog, "Wrong", "definitely-not-the-token", server.base_url)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=20_000)
    assert dialog.status_text().startswith("HubSpot refused this API key. Check that it was copied in full")
    assert "definitely-not-the-token" not in dialog.status_text()

    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "http://127.0.0.1:9")  # nothing listens there
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=30_000)
    assert dialog.status_text().startswith("Could not reach HubSpot at http://127.0.0.1:9.")


def test_remove_forgets_the_connection_and_its_key(qtbot, dialog, memory_keyring, monkeypatch):
    asked = answer_yes(monkeypatch)
    fill(qtbot, dialog, "Old", TOKEN)
    click(qtbot, dialog.save_button)
    dialog.reload(select="Old")
    click(qtbot, dialog.remove_button)
    assert asked == ["Remove connection?"]
    assert connections.load() == [] and settings.saved_connection_names() == []
    assert memory_keyring.store == {}
    assert dialog.status_text() == "“Old” was removed."


def test_save_says_what_is_missing(qtbot, dialog, no_keyring):
    click(qtbot, dialog.save_button)
    assert dialog.status_text() == "Give the connection a name, for example “Our HubSpot”."
    qtbot.keyClicks(dialog.name_edit, "No key yet")
    click(qtbot, dialog.save_button)
    assert dialog.status_text() == "Paste the API key for this connection."
    assert connections.load() == []


def test_tab_order_and_names(qtbot, dialog):
    for w in (dialog.name_edit, dialog.target_combo, dialog.token_edit, dialog.test_button, dialog.save_button,
              dialog.list, dialog.add_button, dialog.remove_button):
        assert w.accessibleName(), w
    assert dialog.name_edit.nextInFocusChain() is not None
    dialog.name_edit.setFocus()
    order = []
    w = dialog.name_edit
    for _ in range(3):
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisible():
            w = w.nextInFocusChain()
        order.append(w)
    assert order[:2] == [dialog.target_combo, dialog.token_edit]


def test_plain_http_to_another_computer_is_refused_before_connecting(qtbot, dialog, no_keyring):
    from tests.core.listening import lan_listener

    with lan_listener() as server:
        fill(qtbot, dialog, "Clear text", TOKEN, server.url)
        click(qtbot, dialog.test_button)
        assert not dialog.is_testing()
        refused = ("Use an https:// address: plain http:// would send the API key unencrypted (http:// is allowed "
                   "only for this computer: localhost, 127.0.0.1 or ::1).")
        assert dialog.status_text() == refused
        click(qtbot, dialog.save_button)
        assert dialog.status_text() == refused and connections.load() == []
        assert server.connections() == 0
