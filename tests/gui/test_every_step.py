"""Every step of the walkthrough, walked in the test process: each interactive control has a name a screen
reader says, the keyboard reaches every control, and in Spanish no English is left on screen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from gui.basics.language import install_translators
from gui.walkthrough.demo import STEPS, DemoStep
from gui.walkthrough.send_steps import send_steps
from tests.gui.sending import isolated_home  # noqa: F401 - practice CRM and run journal per test
from tests.test_translations import i18n

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QAbstractSlider, QTabBar)


def _controls(root: QWidget) -> list[QWidget]:
    """Visible controls a person can reach; a combo box's or spin box's own line edit speaks through its owner."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]


def _spoken_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _walk(qtbot, window, at_each: Callable[[str], None]) -> None:
    for step in [*STEPS, *send_steps(DemoStep)]:
        step.act(window)
        qtbot.waitUntil(lambda s=step: s.done(window), timeout=step.timeout_ms)
        at_each(step.name)


def test_the_map_step_is_done_only_once_the_account_is_read(qtbot, window) -> None:
    """The first account known suggests the mapping again and redoes the checks; a walk that moved on
    before it arrived was sent back from Preview to Check and waited there for good."""
    from core.sandbox.faults import FaultConfig
    from gui.connections import practice
    from gui.shell.main_window import PREVIEW

    practice.configure(faults=FaultConfig(slow_seconds=0.5, p_slow=1.0))  # an account that answers slowly
    for step in STEPS:
        step.act(window)
        qtbot.waitUntil(lambda s=step: s.done(window), timeout=step.timeout_ms)
        if step.name == "map":
            assert window.session.account is not None
    assert window.current_step == PREVIEW and window.session.batches is not None


@pytest.fixture
def big_window(window):
    window.resize(1280, 820)
    return window


def test_every_interactive_control_has_an_accessible_name_on_every_step(qtbot, big_window) -> None:
    unnamed: list[str] = []

    def check(step: str) -> None:
        for w in _controls(big_window):
            if not _spoken_name(w):
                unnamed.append(f"{step}: {type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")

    _walk(qtbot, big_window, check)
    assert unnamed == []


def test_the_walk_check_catches_an_unnamed_control(qtbot, window) -> None:
    bare = QLineEdit(window.centralWidget())  # no label, no name: a screen reader says nothing useful
    bare.show()
    assert bare in _controls(window) and _spoken_name(bare) == ""


def test_tab_reaches_every_control_of_every_step_in_reading_order(qtbot, big_window) -> None:
    problems: list[str] = []

    def check(step: str) -> None:
        wanted = [w for w in _controls(big_window) if w.isEnabled()]
        start = big_window.next_button if big_window.next_button.isVisible() else big_window.back_button
        chain, w = [], start.nextInFocusChain()
        while w is not start and len(chain) < 2000:
            if w in wanted:
                chain.append(w)
            w = w.nextInFocusChain()
        missing = [f"{type(m).__name__} {m.objectName()!r}" for m in wanted if m not in chain and m is not start]
        if missing:
            problems.append(f"{step}: Tab never reaches {missing}")
        # The footer (Back/Next) comes after the step's own controls: Tab goes down the window.
        page = big_window.page(big_window.current_step)
        in_page = [i for i, c in enumerate(chain) if page.isAncestorOf(c)]
        footer = [i for i, c in enumerate(chain) if c is big_window.back_button]
        if in_page and footer and footer[0] < in_page[-1] and footer[0] > in_page[0]:
            problems.append(f"{step}: Back sits in the middle of the step's controls")

    _walk(qtbot, big_window, check)
    assert problems == []


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def english_on_screen_patterns() -> tuple[set[str], list[re.Pattern[str]]]:
    """English that Spanish says differently (names such as "HubSpot" or "OK" read the same in both):
    whole sentences, and templates with their {parts} as wildcards."""
    es = i18n.read_ts(i18n.ts_path("es"))
    changed = {src for (_ctx, src), tr in es.items() if tr and tr != src}
    english = {s.replace("&", "") for s in changed if "{" not in s and len(s) > 3}
    templates = [re.compile("^" + re.sub(r"\\\{\w+\\\}", ".+", re.escape(s.replace("&", ""))) + "$")
                 for s in changed if "{" in s and len(re.sub(r"\{\w+\}", "", s)) > 12]
    return english, templates


def _english_left(root: QWidget, english: set[str], templates: list[re.Pattern[str]]) -> list[str]:
    texts: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        texts += [w.toolTip(), w.accessibleName()]
        if isinstance(w, QListWidget):  # (its model's counts are private in PySide6)
            texts += [w.item(i).text() for i in range(min(w.count(), 5))]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            texts += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount())]
            texts += [str(m.index(r, c).data() or "") for r in range(min(m.rowCount(), 5))
                      for c in range(m.columnCount())]
    left = []
    for t in texts:
        plain = t.replace("&", "").strip()
        if plain in english or any(p.match(plain) for p in templates):
            left.append(plain)
    return sorted(set(left))


def test_the_walkthrough_in_spanish_leaves_no_english(qtbot, spanish) -> None:
    from gui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    english, templates = english_on_screen_patterns()
    found: dict[str, list[str]] = {}

    def check(step: str) -> None:
        # The file's own words (its column names, such as "Email" or "City") are file contents, not English.
        table = window.session.table
        own = {str(h) for h in table.headers} if table is not None else set()
        if left := [t for t in _english_left(window, english, templates) if t not in own]:
            found[step] = left

    _walk(qtbot, window, check)
    window.close()
    assert found == {}
    assert QCoreApplication.translate("MainWindow", "Back") == "Atrás"


def test_a_practice_import_can_be_finished_with_the_keyboard_alone(qtbot, big_window) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from gui.sending.controller import controller_for
    from gui.shell.main_window import CHECK, MAP, PREVIEW, RESULTS, SEND

    w = big_window
    w.activateWindow()

    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget() or w, k, mod)

    assert w.session.practice  # a first start is in practice mode
    key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "&Try it with a sample spreadsheet"
    qtbot.waitUntil(lambda: w.session.table is not None and not w.open_page.is_busy(), timeout=20_000)
    for step in (MAP, CHECK, PREVIEW, SEND):
        key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert w.current_step == step
        qtbot.waitUntil(lambda step=step: not w.page(step).is_busy() and w.step_ready(step + 1)
                        if step < SEND else True, timeout=30_000)
    send = w.page(SEND).send_button
    qtbot.waitUntil(send.isEnabled, timeout=30_000)
    send.setFocus()  # what entering the step does once the batches are ready
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.session.results is not None and not controller_for(w.session).is_running(),
                    timeout=60_000)
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert w.current_step == RESULTS
    results = w.page(RESULTS)
    qtbot.waitUntil(lambda: sum(results.model.counts().values()) == 60, timeout=20_000)  # every sample row


def test_progress_and_results_are_announced_to_screen_readers(qtbot, big_window, monkeypatch) -> None:
    from gui.basics import accessibility

    said: list[tuple[str, str]] = []
    real = accessibility.QAccessible

    class Spy:
        AnnouncementPoliteness = real.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event) -> None:  # noqa: N802 - Qt's name
            said.append((event.message(), event.politeness().name))
            real.updateAccessibility(event)

    monkeypatch.setattr(accessibility, "QAccessible", Spy)
    _walk(qtbot, big_window, lambda step: None)
    words = [m for m, _ in said]
    assert any("ready" in m and "with errors" in m for m in words)  # the Check step's counts
    assert any(m.startswith("57 contacts will be sent") for m in words)  # Preview's summary
    assert any("of 57 contacts sent" in m or "Getting ready to send" in m for m in words)  # progress
    assert any(m.startswith("Done.") for m in words)  # the run's outcome
    assert any(m.startswith("60 rows:") for m in words)  # the Results step


def test_every_dialog_names_its_controls(qtbot, isolated_home) -> None:
    from core.mapping.model import ColumnOptions
    from core.submit.journal import Journal
    from gui.dialogs.column_options import ColumnOptionsDialog
    from gui.dialogs.connections_dialog import ConnectionsDialog
    from gui.dialogs.runs_dialog import RunsDialog
    from gui.shell.help_menu import AboutDialog

    connections = ConnectionsDialog(None, target="hubspot")
    connections.add_new()
    dialogs = [connections, AboutDialog(), RunsDialog(Journal()),
               ColumnOptionsDialog("Full name", "Full name", ColumnOptions(), ["Email", "City"])]
    unnamed = []
    for d in dialogs:
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        unnamed += [f"{type(d).__name__}: {type(w).__name__} {w.objectName()!r}"
                    for w in _controls(d) if not _spoken_name(w)]
    assert unnamed == []
