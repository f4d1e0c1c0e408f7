"""The scripted walkthrough: ``contact-importer demo --screenshots DIR`` runs to the end and exits 0.

It runs in its own process, as a person (or CI) would run it: the demo ends its QApplication's
event loop, which must not happen to the test process's shared one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from gui.walkthrough.demo import STEPS

ROOT = Path(__file__).resolve().parents[2]


def test_demo_saves_one_screenshot_per_step(tmp_path):
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "gui.launcher", "demo", "--screenshots", str(out)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["01-open.png", "02-map.png", "03-check.png", "04-preview.png", "05-send.png",
                     "06-results.png", "07-export.png"]
    assert [s.shot for s in STEPS] == names[:4]
    assert "demo: saved" in done.stdout
    # The export step wrote the results workbook next to the screenshots: one line per sample row.
    import openpyxl

    [results] = list(out.glob("*.xlsx"))
    rows = list(openpyxl.load_workbook(results).active.iter_rows(values_only=True))
    assert rows[0][-5:] == ("Status", "CRM ID", "Message", "Batch", "Reference ID")
    statuses = {row[-5] for row in rows[1:]}
    assert "Accepted for review" in statuses or "Created" in statuses
    assert "Skipped" in statuses  # the sample is messy on purpose
    image = QImage(str(out / "04-preview.png"))
    assert image.width() >= 900 and image.height() >= 600
