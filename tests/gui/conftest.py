"""Window tests: isolated settings, no QThread left running, and helpers to drive the real window."""

from __future__ import annotations

import traceback
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThread

from gui.basics.resources import stylesheet

ORG = "contact-importer-tests"

#: Said by the offscreen platform plugin about popups and dialogs; a real desktop does these things.
OFFSCREEN_LIMITS = r"^This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Window tests tolerate the offscreen plugin's own limits (every other Qt warning still fails)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def _isolated_settings(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test starts as a first start: its own empty QSettings file and data folder."""
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(ORG)
    config = tmp_path / "config"
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(data))
    QSettings().clear()
    if not qapp.styleSheet():
        qapp.setStyleSheet(stylesheet())  # the real look, and Qt fails the test if the sheet has errors
    yield data
    QSettings().clear()


@pytest.fixture(autouse=True)
def _dangling_qthreads(monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[None]:
    """Fail a test that leaves a QThread running: such threads crash later tests (as in napari)."""
    started: list[tuple[weakref.ref, str]] = []
    base_start = QThread.start

    def start_and_remember(self: QThread, *args: object) -> None:
        started.append((weakref.ref(self), "".join(traceback.format_stack(limit=6)[:-1])))
        base_start(self, *args)

    monkeypatch.setattr(QThread, "start", start_and_remember)
    yield
    dangling = []
    for ref, where in started:
        thread = ref()
        try:
            if thread is not None and thread.isRunning():
                dangling.append((thread, where))
        except RuntimeError:  # already deleted on the C++ side: fine
            pass
    for thread, _ in dangling:
        thread.quit()
        thread.wait(5000)
    if dangling:
        where = "\n".join(w for _, w in dangling)
        pytest.fail(f"{len(dangling)} QThread(s) still running at the end of the test; started at:\n{where}")


@pytest.fixture
def window(qtbot):
    """The real main window, shown offscreen, closed (threads stopped) at the end."""
    from gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def wait_loaded(qtbot, window, timeout: int = 20_000) -> None:
    """Until the Open page has read its file (or failed)."""
    qtbot.waitUntil(lambda: not window.open_page.is_busy(), timeout=timeout)


def load(qtbot, window, path: Path | str, timeout: int = 20_000) -> None:
    """Open ``path`` the way the Open page does and wait for the session to have it."""
    with qtbot.waitSignal(window.session.tableChanged, timeout=timeout):
        window.open_file(path)
    wait_loaded(qtbot, window)


def check(qtbot, window, timeout: int = 30_000) -> None:
    """Go to the Check step and wait for checking to finish."""
    from gui.shell.main_window import CHECK, MAP

    with qtbot.waitSignal(window.session.checkedChanged, timeout=timeout,
                          check_params_cb=lambda c: c is not None):
        assert window.go_to(CHECK)
    # An account read started on the Map step may still arrive and redo the checks: settled means both done.
    qtbot.waitUntil(lambda: not window.page(MAP).is_busy() and not window.page(CHECK).is_busy()
                    and window.session.checked is not None, timeout=timeout)
