"""``contact-importer --version`` says the installed version, the same one the window and the HTTP client use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tomllib

import core
from gui.launcher import main

ROOT = Path(__file__).resolve().parents[2]


def _pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_flag_prints_the_package_version(capsys) -> None:
    try:
        main(["--version"])
    except SystemExit as e:
        assert e.code == 0
    assert capsys.readouterr().out.strip() == f"contact-importer {_pyproject_version()}"


def test_fallback_version_matches_pyproject() -> None:
    # A frozen build without package metadata reports the fallback: it must not go stale.
    assert core.FALLBACK_VERSION == _pyproject_version()


def test_version_without_package_metadata_uses_the_fallback(tmp_path) -> None:
    # Importing core from a copy that has no *.dist-info next to it behaves as the frozen build does.
    code = ("import importlib.metadata as m\n"
            "def missing(name): raise m.PackageNotFoundError(name)\n"
            "m.version = missing\n"
            "import core; print(core.__version__)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _pyproject_version()
