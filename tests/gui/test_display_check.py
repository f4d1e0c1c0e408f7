"""On a bare Linux desktop the window says which system library is missing, before Qt starts (issue 28).

Qt's own message for a missing X11 library ("could not load the Qt platform plugin "xcb" … reinstalling
the application may fix this problem") sent a first user the wrong way. README's list is checked on a
fresh machine by .ci/run (ldd of the plugin, then the window under Xvfb)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.basics import display_check
from gui.basics.display_check import PACKAGES, missing_library, uses_xcb

ROOT = Path(__file__).resolve().parents[2]


def _refuse(name: str):  # as dlopen says it when a library the plugin links to is not installed
    def load(_path: str) -> None:
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")
    return load


def test_a_missing_xcb_library_is_named_in_one_sentence(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    plugin = tmp_path / "libqxcb.so"
    said = missing_library(plugin, _refuse("libxcb-cursor.so.0"))
    assert said == ("contact-importer: the window cannot open because the system library libxcb-cursor.so.0 is "
                    "missing (on Debian or Ubuntu: sudo apt install libxcb-cursor0; README.md lists every library "
                    "the window needs).")
    assert missing_library(plugin, lambda _p: None) is None  # everything there: Qt starts


def test_only_the_x11_plugin_is_checked(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}) and uses_xcb({"DISPLAY": ":0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}) and not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})
    monkeypatch.setattr(sys, "platform", "win32")
    assert not uses_xcb({"QT_QPA_PLATFORM": "xcb"})


def test_readme_lists_every_library_the_check_names():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("sudo apt install libglib2.0-0", 1)[1].split("```", 1)[0]
    listed = set(("libglib2.0-0 " + block.replace("\\", " ")).split())
    assert set(PACKAGES.values()) <= listed, set(PACKAGES.values()) - listed


@pytest.mark.skipif(not sys.platform.startswith("linux") or display_check.xcb_plugin() is None,
                    reason="Qt's X11 plugin exists only in a Linux install of PySide6")
def test_the_window_says_it_before_qt_starts(tmp_path):
    """The real plugin, the real loader: a library missing here is named, and Qt is never started."""
    problem = subprocess.run([sys.executable, "-c", "from gui.basics.display_check import missing_library as m; "
                              "print(m() or '')"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                             env={**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}).stdout.strip()
    done = subprocess.run([sys.executable, "-m", "gui.launcher"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99",
                                           "CONTACT_IMPORTER_HOME": str(tmp_path),
                                           "CONTACT_IMPORTER_QUIT_AFTER_SHOW": "1"})
    if problem:  # this machine lacks one of README's libraries: the launcher says exactly that
        assert done.returncode == 1 and done.stderr.strip() == problem
        assert "Reinstalling" not in done.stderr
    else:  # all there (no display :99 either): Qt's own complaint is about the display, not a library
        assert "cannot open because the system library" not in done.stderr
