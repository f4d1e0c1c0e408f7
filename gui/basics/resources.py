"""The one place the window finds its icons, stylesheet and sample file, so a packaged build works too."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from resources import resource_path

#: The practice spreadsheet offered on a first start.
SAMPLE_NAME = "sample-guests.xlsx"


def icon_path(name: str) -> Path:
    """Path of ``resources/icons/<name>.svg``."""
    return resource_path("icons", f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """An SVG icon; SVG keeps it sharp on high-DPI screens. Missing files give an empty icon, not a crash."""
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


def stylesheet() -> str:
    """The application stylesheet (palette roles only, so light and dark system themes both work)."""
    path = resource_path("style.qss")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def sample_path() -> Path:
    """The practice spreadsheet shipped with the app."""
    return resource_path("samples", SAMPLE_NAME)
