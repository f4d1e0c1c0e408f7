"""A practice import finished in Spanish with the keyboard alone: only Tab, Shift+Tab, Space and Enter are
pressed (no mouse, no call into the window), every step is reached, Tab goes through each step's controls
in reading order before the footer, and no English is left on screen except the file's own contents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QWidget

from gui.basics.language import install_translators
from tests.gui.sending import isolated_home  # noqa: F401 - practice CRM and run journal per test
from tests.gui.test_every_step import _controls, _english_left, english_on_screen_patterns

#: Enough presses to go round the busiest step (Check: table, panels, buttons) more than once.
MAX_TABS = 120


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _press(key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = _focus()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, mod)


def _tab_to(target: QWidget) -> None:
    """Press Tab until ``target`` has the focus (the person reaches it by Tab alone)."""
    for _ in range(MAX_TABS):
        if _focus() is target:
            return
        _press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {type(target).__name__} {target.objectName()!r} "
                         f"({getattr(target, 'text', lambda: '')()!r}); focus is on {_focus()!r}")


def _arrow_group(c: QWidget) -> object | None:
    """The exclusive group ``c`` belongs to (radio buttons, the step bar), if any: Tab stops once in such a
    group and the arrow keys move within it, as everywhere on the desktop."""
    if not isinstance(c, QAbstractButton) or not c.isCheckable():
        return None
    group = c.group()
    if group is not None and group.exclusive():
        return group
    return c.parent() if isinstance(c, QRadioButton) and c.autoExclusive() else None


def _tab_round(window) -> list[QWidget]:
    """The controls Tab visits, in order, from the focus now until it comes back round."""
    start = _focus()
    seen = [start] if start is not None else []
    for _ in range(MAX_TABS):
        _press(Qt.Key.Key_Tab)
        w = _focus()
        if w is start:
            return seen
        if w is not None and w not in seen:
            seen.append(w)
    raise AssertionError(f"Tab does not come back round (stuck in {_focus()!r}?)")


def test_a_practice_import_in_spanish_with_the_keyboard_alone(qtbot, spanish) -> None:
    from gui.sending.controller import controller_for
    from gui.shell.main_window import CHECK, MAP, OPEN, PREVIEW, RESULTS, SEND, MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: _focus() is not None and w.isAncestorOf(_focus()))
    english, templates = english_on_screen_patterns()
    problems: list[str] = []

    def look(step: str) -> None:
        """What a person meets on this step: Tab order and the words on screen."""
        page = w.page(w.current_step)
        enabled = [c for c in _controls(w) if c.isEnabled()]
        chain = _tab_round(w)
        missing = [f"{type(c).__name__} {c.objectName()!r}" for c in enabled
                   if _arrow_group(c) is None and c not in chain]
        groups = {id(g): g for c in enabled if (g := _arrow_group(c)) is not None}
        missing += [f"the group of {type(g).__name__} {g.objectName()!r}" for g in groups.values()
                    if not any(_arrow_group(c) is g for c in chain)]
        if missing:
            problems.append(f"{step}: Tab never reaches {missing}")
        # Reading order: header, step bar, the step's own controls, then Back/Next (the round starts
        # wherever the focus was, so it is turned to begin after the footer).
        footer = [i for i, c in enumerate(chain) if c in (w.back_button, w.next_button)]
        if footer:
            chain = chain[footer[-1] + 1:] + chain[:footer[-1] + 1]
        in_page = [i for i, c in enumerate(chain) if page.isAncestorOf(c)]
        footer = [i for i, c in enumerate(chain) if c in (w.back_button, w.next_button)]
        if in_page and footer and footer[0] < in_page[-1]:
            problems.append(f"{step}: Back/Next come before some of the step's controls")
        table = w.session.table
        own = {str(h) for h in table.headers} if table is not None else set()
        if left := [t for t in _english_left(w, english, templates) if t not in own]:
            problems.append(f"{step}: English left on screen: {left}")

    def next_step(expected: int) -> None:
        _tab_to(w.next_button)
        assert w.next_button.isEnabled(), w.hint.text()
        _press(Qt.Key.Key_Space)
        assert w.current_step == expected

    assert w.session.practice and w.current_step == OPEN  # a first start is in practice mode
    sample = w.open_page.drop_zone.sample_button
    assert isinstance(sample, QAbstractButton) and sample.text() == "&Probar con una hoja de ejemplo"
    look("open")
    _tab_to(sample)
    _press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.session.table is not None and not w.open_page.is_busy(), timeout=20_000)
    look("open, with the sample")

    next_step(MAP)
    qtbot.waitUntil(lambda: not w.page(MAP).is_busy() and w.step_ready(CHECK), timeout=20_000)
    look("map")

    next_step(CHECK)
    qtbot.waitUntil(lambda: not w.page(CHECK).is_busy() and w.step_ready(PREVIEW), timeout=30_000)
    look("check")

    next_step(PREVIEW)
    qtbot.waitUntil(lambda: not w.page(PREVIEW).is_busy() and w.step_ready(SEND), timeout=30_000)
    look("preview")

    next_step(SEND)
    send = w.page(SEND).send_button
    qtbot.waitUntil(send.isEnabled, timeout=30_000)
    look("send")
    _tab_to(send)
    _press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.session.results is not None and not controller_for(w.session).is_running(),
                    timeout=60_000)
    look("send, finished")

    next_step(RESULTS)
    results = w.page(RESULTS)
    qtbot.waitUntil(lambda: sum(results.model.counts().values()) == 60 and not results.is_loading(),
                    timeout=20_000)  # every row of the sample has its outcome
    look("results")
    w.close()
    assert problems == [], "\n".join(problems)
