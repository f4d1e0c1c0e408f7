"""The scripted walkthrough: ``contact-importer demo --screenshots DIR`` runs to the end and exits 0.

It runs in its own process, as a person (or CI) would run it: the demo ends its QApplication's
event loop, which must not happen to the test process's shared one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
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


@pytest.mark.parametrize("language", ["en", "es"])
def test_demo_size_checks_the_window_as_a_person_sees_it(tmp_path, language):
    """``--size 1024x700``: every step (with the duplicate review and the HubSpot choices) shows every
    text whole, nothing outside the window, and room for five rows in each table, in both languages."""
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path), "LANGUAGE": language,
           "LANG": "es_ES.UTF-8" if language == "es" else "C.UTF-8"}
    env.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, "-m", "gui.launcher", "demo", "--size", "1024x700", "--screenshots",
                           str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "cut:" not in done.stderr
    for name in ("02-map.png", "08-duplicates.png", "09-hubspot-send.png"):
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1024, 700)


def test_the_layout_guard_names_what_is_cut(qtbot):
    """The guard itself: a label narrower than its words, a button cut by its parent, a table two rows
    tall and a squeezed column are each named; the same widgets given room are not."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QWidget

    from gui.walkthrough.layout_guard import cut_widgets

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    label = QLabel("Sample values", window)
    label.setGeometry(0, 0, 30, 20)
    button = QPushButton("Options…", window)
    button.setGeometry(360, 0, 100, 30)  # half of it past the window's right edge
    table = QTableView(window)
    model = QStandardItemModel(3, 3, table)
    model.setHorizontalHeaderLabels(["Column in your file", "Sample values", "Goes to"])
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().resizeSection(0, 300)
    table.horizontalHeader().resizeSection(2, 300)
    table.setGeometry(0, 40, 380, 80)
    window.show()
    qtbot.waitExposed(window)
    said = "\n".join(str(c) for c in cut_widgets(window))
    assert "QLabel “Sample values”" in said and "px wide" in said
    assert "QPushButton “Options…”" in said and "inside the window" in said
    assert "needs room for 5" in said
    assert "the last are cut off" in said

    label.setGeometry(0, 0, 200, 20)
    button.setGeometry(250, 0, 100, 30)
    table.horizontalHeader().resizeSection(0, 120)
    table.horizontalHeader().resizeSection(2, 80)
    table.setGeometry(0, 40, 380, 250)
    assert [str(c) for c in cut_widgets(window)] == []
