"""``contact-importer demo --screenshots DIR``: drive the real window through every step and photograph it.

The walkthrough uses practice mode and the sample spreadsheet, so it needs no account and sends
nothing anywhere. Each step is an action, a condition that says it is done, and a screenshot name;
the Send/Results/export steps are appended to ``STEPS`` when those pages exist. Exit code 0 means
every step finished in time.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QElapsedTimer, QObject, QSettings, QTimer, Slot
from PySide6.QtWidgets import QApplication

from core.paths import ENV_HOME
from gui.basics.resources import sample_path
from gui.pages.check_page import CheckPage
from gui.shell.main_window import CHECK, MAP, OPEN, PREVIEW, SEND, MainWindow
from gui.walkthrough.layout_guard import cut_widgets
from gui.walkthrough.send_steps import send_steps

Window = MainWindow
#: The window's size at a first start (``MainWindow``), which the pictures show unless ``--size`` is given.
DEFAULT_SIZE = (1180, 780)


@dataclass(frozen=True)
class DemoStep:
    """Do ``act``, wait until ``done`` is true (at most ``timeout_ms``), then save ``shot`` if given."""

    name: str
    act: Callable[[Window], object]
    done: Callable[[Window], bool]
    shot: str | None = None
    timeout_ms: int = 60_000


def _open_sample(w: Window) -> None:
    w.session.set_practice(True)
    w.go_to(OPEN)
    w.open_page.open_sample()


STEPS: list[DemoStep] = [
    DemoStep("open", _open_sample,
             lambda w: w.session.table is not None and not w.open_page.is_busy(), "01-open.png"),
    DemoStep("map", lambda w: w.go_to(MAP),
             lambda w: w.current_step == MAP and w.session.mapping is not None and not w.page(MAP).is_busy(),
             "02-map.png"),
    DemoStep("check", lambda w: w.go_to(CHECK),
             lambda w: w.session.checked is not None and not w.page(CHECK).is_busy(), "03-check.png"),
    DemoStep("preview", lambda w: w.go_to(PREVIEW),
             lambda w: w.session.batches is not None and not w.page(PREVIEW).is_busy(), "04-preview.png"),
]


def _check_page(w: Window) -> CheckPage:
    return cast(CheckPage, w.page(CHECK))


def _find_duplicates(w: Window) -> None:
    w.go_to(CHECK)
    _check_page(w).start_duplicates()


def _to_hubspot(w: Window) -> None:
    w.session.set_target("hubspot")
    w.go_to(CHECK)


#: Screens the walkthrough's photographs do not show but a person meets: the Check step's duplicate review
#: and the Send step's HubSpot choices. Walked (and photographed) only for the layout check of ``--size``.
MORE_STEPS: list[DemoStep] = [
    DemoStep("duplicates", _find_duplicates,
             lambda w: (w.session.duplicates is not None or _check_page(w).error.isVisible())  # (no matcher: its error)
             and not w.page(CHECK).is_busy(), "08-duplicates.png"),
    DemoStep("hubspot check", _to_hubspot,
             lambda w: w.session.target == "hubspot" and w.session.checked is not None and not w.page(CHECK).is_busy()),
    DemoStep("hubspot preview", lambda w: w.go_to(PREVIEW),
             lambda w: w.session.batches is not None and not w.page(PREVIEW).is_busy()),
    DemoStep("hubspot send", lambda w: w.go_to(SEND),
             lambda w: w.current_step == SEND and not w.page(SEND).is_busy(), "09-hubspot-send.png"),
]


class DemoRunner(QObject):
    """Runs the steps one after another from the event loop, so the window stays live throughout."""

    def __init__(self, window: Window, out: Path | None, steps: list[DemoStep], app: QApplication,
                 guard: bool = False) -> None:
        super().__init__(window)
        self.window, self.out, self.steps, self.app = window, out, list(steps), app
        self.guard = guard  # check after each step that nothing a person reads is cut (layout_guard)
        self.cuts: list[str] = []
        self.exit_code = 1
        self.saved: list[Path] = []
        self._i = -1
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    @Slot()
    def _next(self) -> None:
        self._i += 1
        if self._i >= len(self.steps):
            if self.cuts:
                print(f"demo: {len(self.cuts)} thing(s) cut at {self.window.width()}x{self.window.height()}",
                      file=sys.stderr, flush=True)
            self._finish(1 if self.cuts else 0)
            return
        step = self.steps[self._i]
        print(f"demo: {step.name}", flush=True)
        step.act(self.window)
        self._clock.start()
        self._timer.start()

    @Slot()
    def _poll(self) -> None:
        step = self.steps[self._i]
        if step.done(self.window):
            self._timer.stop()
            QTimer.singleShot(150, self._shoot)  # let layouts and repaints settle
        elif self._clock.elapsed() > step.timeout_ms:
            self._timer.stop()
            print(f"demo: step '{step.name}' did not finish in {step.timeout_ms / 1000:.0f} s", file=sys.stderr)
            self._finish(1)

    @Slot()
    def _shoot(self) -> None:
        step = self.steps[self._i]
        if self.guard:
            try:
                cuts = [str(c) for c in cut_widgets(self.window)]
            except Exception as e:  # noqa: BLE001 - a guard that breaks must fail the walk, not hang it
                cuts = [f"the layout check failed: {e!r}"]
            for cut in cuts:
                line = f"demo: step '{step.name}': cut: {cut}"
                self.cuts.append(line)
                print(line, file=sys.stderr, flush=True)
        if step.shot and self.out is not None:
            path = self.out / step.shot
            if not self.window.grab().save(str(path)):
                print(f"demo: could not save {path}", file=sys.stderr)
                self._finish(1)
                return
            self.saved.append(path)
            print(f"demo: saved {path}", flush=True)
        self._next()

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        self.app.exit(code)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="contact-importer demo", description="Walk through every step with the "
                                "practice sample and save a screenshot of each.")
    p.add_argument("--screenshots", metavar="DIR", help="folder for 01-open.png, 02-map.png, …")
    p.add_argument("--file", help="use this spreadsheet instead of the sample")
    p.add_argument("--size", metavar="WIDTHxHEIGHT", type=_size,
                   help="the window's size (e.g. 1024x700); after each step, exit 1 naming the widget if any "
                        "text is cut, anything lies outside the window or a table shows fewer than five rows")
    return p.parse_args(argv)


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1024x700, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def run_demo(app: QApplication, argv: list[str]) -> int:
    """Run the walkthrough in ``app``; returns the exit code."""
    args = parse_args(argv)
    # The walkthrough's practice run is not one of the person's own: keep it out of their run history.
    os.environ.setdefault(ENV_HOME, tempfile.mkdtemp(prefix="contact-importer-demo-home-"))
    out = Path(args.screenshots) if args.screenshots else None
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:  # under /proc, below a file, a read-only disk: one sentence, exit 2
            print(f"contact-importer demo: the folder {out} cannot be made ({e.strerror or e}); choose another "
                  f"with --screenshots DIR", file=sys.stderr)
            return 2
    if not sample_path().exists():
        print(f"demo: the sample spreadsheet is missing ({sample_path()})", file=sys.stderr)
        return 1
    # Nor are its window size, dividers or CRM choice: the walk reads and writes settings of its own, and
    # starts the same way on every computer.
    settings_dir = tempfile.mkdtemp(prefix="contact-importer-demo-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    window = MainWindow()
    if args.size:
        window.setMinimumSize(min(window.minimumWidth(), args.size[0]), min(window.minimumHeight(), args.size[1]))
        window.resize(*args.size)
    else:
        window.resize(*DEFAULT_SIZE)  # the size a first start opens at (README's pictures)
    window.show()
    steps = list(STEPS) + send_steps(DemoStep, export_dir=out)
    if args.size:
        steps += MORE_STEPS
    if args.file:
        steps[0] = DemoStep("open", lambda w: w.open_file(args.file),
                            lambda w: w.session.table is not None and not w.open_page.is_busy(), "01-open.png")
    runner = DemoRunner(window, out, steps, app, guard=args.size is not None)
    runner.start()
    code = app.exec()
    return code if code else runner.exit_code


def main(argv: list[str]) -> int:
    """``contact-importer demo …`` from the launcher."""
    from gui.shell.app import start_app

    return run_demo(start_app(), argv)
