"""Start the window: ``start_app()`` makes the QApplication (logging, names, style); ``run_gui`` opens the window."""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core import __version__
from core.logs import setup_logging
from gui.basics import settings
from gui.basics.contrast import readable_palette
from gui.basics.display_check import missing_library
from gui.basics.language import install_translators
from gui.basics.resources import icon, stylesheet

if TYPE_CHECKING:
    from gui.shell.main_window import MainWindow

#: Set to quit once the first window is up, so the time to first window can be measured from outside.
ENV_QUIT_AFTER_SHOW = "CONTACT_IMPORTER_QUIT_AFTER_SHOW"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so QSettings and the data folder land in the right place."""
    app = QApplication.instance()
    if app is None:
        problem = missing_library()  # Qt's own words for this send people to reinstall the app
        if problem:
            print(problem, file=sys.stderr)
            raise SystemExit(1)
        app = QApplication([sys.argv[0] if sys.argv else "contact-importer"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    install_translators(app)  # before any window is made: texts are translated as widgets are built
    app.setWindowIcon(icon("app"))
    app.setPalette(readable_palette(app.palette()))  # hints, links and selection at 4.5:1 or more
    app.setStyleSheet(stylesheet())
    return app


def start_app() -> QApplication:
    """Logging and the QApplication, for the window and for the scripted walkthrough alike."""
    setup_logging()
    return make_app()


def open_window(argv: list[str]) -> MainWindow:
    """Everything the app does at start-up but run the event loop: the window shown, a file opened, and
    the offer to resume a cut-off run scheduled for when the loop starts (tests drive this path)."""
    args = list(argv)
    if args and args[0] == "gui":
        args.pop(0)
    start_app()
    from gui.shell.main_window import MainWindow
    from gui.shell.run_actions import offer_resume

    window = MainWindow()
    window.show()
    if args and not args[0].startswith("-"):
        window.open_file(args[0])  # "contact-importer gui guests.xlsx", or a file dropped on the app icon
    QTimer.singleShot(0, lambda: offer_resume(window))  # an interrupted run is offered once the window shows
    return window


def run_gui(argv: list[str]) -> int:
    """Entry point from the launcher; ``argv[0]`` is ``gui`` or absent, then maybe a file. Returns the exit code."""
    window = open_window(argv)
    # Everything made so far (modules, Qt wrappers) lives as long as the app: keep the garbage
    # collector from walking it again and again (see gui.session.workers.responsive_runtime).
    gc.collect()
    gc.freeze()
    app = QApplication.instance()
    assert app is not None and window is not None
    if os.environ.get(ENV_QUIT_AFTER_SHOW):
        # Start-up timing (tests/benchmarks, .ci/run): close as soon as the first window has been painted.
        QTimer.singleShot(0, app.quit)
    return app.exec()
