"""The walkthrough's last steps: send the sample in practice mode, show the results, export them.

``gui.walkthrough.demo`` appends these to its ``STEPS`` (``STEPS.extend(send_steps(DemoStep))``); the step class is
passed in so this module does not import ``gui.walkthrough.demo`` (which imports the window).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from gui.pages.results_page import ResultsPage
from gui.pages.send_page import PRACTICE, SendPage
from gui.sending.controller import controller_for
from gui.shell.main_window import RESULTS, SEND


def _send(w: Any) -> None:
    w.session.set_practice(True)
    w.go_to(SEND)
    page: SendPage = w.page(SEND)
    page.choose(PRACTICE)
    page.send()


def _sent(w: Any) -> bool:
    return w.session.results is not None and not controller_for(w.session).is_running()


def _results_shown(w: Any) -> bool:
    page: ResultsPage = w.page(RESULTS)
    return w.current_step == RESULTS and page.run_id is not None and not page.is_loading() and not page.is_busy()


def send_steps(step: Any, export_dir: str | Path | None = None) -> list[Any]:
    """``05-send``, ``06-results`` and ``07-export`` as ``step(name, act, done, shot)`` objects."""
    folder = Path(export_dir) if export_dir is not None else Path(tempfile.mkdtemp(prefix="contact-importer-demo-"))
    target = folder / "sample-guests-results.xlsx"

    def export(w: Any) -> None:
        page: ResultsPage = w.page(RESULTS)
        page.last_export = None
        page.export_to(target)

    def exported(w: Any) -> bool:
        page: ResultsPage = w.page(RESULTS)
        return page.last_export is not None and not page.is_busy() and target.exists()

    return [
        step("send", _send, _sent, "05-send.png"),
        step("results", lambda w: w.go_to(RESULTS), _results_shown, "06-results.png"),
        step("export", export, exported, "07-export.png"),
    ]
