"""Icons, samples, stylesheets and seed data, found by path so a packaged build finds them too."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Absolute path of a file shipped in ``resources/``."""
    return _ROOT.joinpath(*parts)
