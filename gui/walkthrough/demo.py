"""``contact-importer demo --screenshots DIR``: drive the real window through every step and photograph it.

The walkthrough uses practice mode and the sample spreadsheet, so it needs no account and sends
nothing anywhere. Each step is an action, a condition that says it is done, and a screenshot name;
the Send/Results/export steps are appended to ``STEPS`` when those pages exist. Exit code 0 means
every step finished in time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from core.paths import ENV_HOME
from gui.basics.resources import sample_path
from gui.shell.main_window import CHECK, MAP, OPEN, PREVIEW, MainWindow
from gui.walkthrough.send_steps import send_steps

Window = MainWindow


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


class DemoRunner(QObject):
    """Runs the steps one after another from the event loop, so the window stays live throughout."""

    def __init__(self, window: Window, out: Path | None, steps: list[DemoStep], app: QApplication) -> None:
        super().__init__(window)
        self.window, self.out, self.steps, self.app = window, out, list(steps), app
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
            self._finish(0)
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
    return p.parse_args(argv)


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
    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    steps = list(STEPS) + send_steps(DemoStep, export_dir=out)
    if args.file:
        steps[0] = DemoStep("open", lambda w: w.open_file(args.file),
                            lambda w: w.session.table is not None and not w.open_page.is_busy(), "01-open.png")
    runner = DemoRunner(window, out, steps, app)
    runner.start()
    code = app.exec()
    return code if code else runner.exit_code


def main(argv: list[str]) -> int:
    """``contact-importer demo …`` from the launcher."""
    from gui.shell.app import start_app

    return run_demo(start_app(), argv)
