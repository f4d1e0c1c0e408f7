"""Seconds from launch to the first window (goal ≤ 3 s on the 2-core machine), installed and built.

Each start is a fresh process with ``CONTACT_IMPORTER_QUIT_AFTER_SHOW`` set, so the process quits as
soon as the window has been shown; the baseline is a bare PySide6 window started the same way. The
first start of each is reported apart: it is the coldest one this machine can give (files may still
be in the page cache; a first start after a reboot is slower).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.shell.app import ENV_QUIT_AFTER_SHOW

ROOT = Path(__file__).resolve().parents[2]
BUILT = ROOT / "dist" / "contact-importer" / ("contact-importer.exe" if os.name == "nt" else "contact-importer")
GOAL_S = 3.0
RUNS = 3
BARE_WINDOW = ("import sys; from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication, QWidget; "
               "a = QApplication(sys.argv); w = QWidget(); w.resize(1180, 780); w.show(); "
               "QTimer.singleShot(0, a.quit); a.exec()")


def _start_times(cmd: list[str], env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - t)
    return times


@pytest.mark.benchmark
def test_time_to_first_window(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONTACT_IMPORTER_HOME=str(tmp_path),
               **{ENV_QUIT_AFTER_SHOW: "1"})
    bare = min(_start_times([sys.executable, "-c", BARE_WINDOW], env))
    rows = [("installed (python -m gui.launcher)", _start_times([sys.executable, "-m", "gui.launcher"], env))]
    if BUILT.exists():
        rows.append((f"built ({BUILT.relative_to(ROOT)})", _start_times([str(BUILT)], env)))
    else:
        print(f"\nno build at {BUILT} (run .ci/build_app.py first): only the installed app is timed")
    print(f"\nbare PySide6 window: {bare:.2f} s")
    for label, times in rows:
        print(f"{label}: first {times[0]:.2f} s, best {min(times):.2f} s, {min(times) / bare:.1f}× a bare window; "
              f"goal ≤ {GOAL_S:.0f} s {'✔' if times[0] <= GOAL_S else '✘'}")
