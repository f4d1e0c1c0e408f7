"""Before Qt starts on Linux: can its X11 (xcb) platform plugin load? If not, say which library is missing.

Without, say, ``libxcb-cursor0`` Qt prints that it "could not load the Qt platform plugin "xcb"" and
that "reinstalling the application may fix this problem", which sends a person the wrong way. Loading
the plugin ourselves first (``ctypes``, as Qt would) tells which system library is not there, and the
window says it in one sentence with the package to install. Only the X11 plugin is checked, and only
when Qt would use it; anything unexpected here is left for Qt itself to report.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

#: The Debian/Ubuntu package of each library Qt's X11 plugin needs (README lists them all).
PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, if this is a Linux install that has one."""
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def uses_xcb(env: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Would Qt start with its X11 plugin? (Asked for, or left to choose outside a Wayland session.)"""
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform:
        return platform == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_library(plugin: Path | None = None, load: Callable[[str], object] = ctypes.CDLL) -> str | None:
    """The one sentence to print when the X11 plugin cannot load for want of a system library, else None."""
    if not uses_xcb():
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    try:
        load(str(plugin))
    except OSError as e:
        found = re.search(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file", str(e))
        if not found:
            return None
        lib = found.group(1)
        package = PACKAGES.get(lib)
        install = f"sudo apt install {package}" if package else f"install the package that provides {lib}"
        return (f"contact-importer: the window cannot open because the system library {lib} is missing "
                f"(on Debian or Ubuntu: {install}; README.md lists every library the window needs).")
    return None
