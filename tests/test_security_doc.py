"""SECURITY.md names the test behind each promise: every test it names must exist (a rename fails here)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def named_tests() -> list[tuple[str, str | None]]:
    """(file, test or None) for every `tests/...py` and `tests/...py::test` named; a bare `::test` belongs to the
    file named before it in the same cell."""
    found: list[tuple[str, str | None]] = []
    for line in (ROOT / "SECURITY.md").read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        current: str | None = None
        for file, test in re.findall(r"`(tests/[\w/]+\.py)?(?:::(\w+))?`", line):
            if file:
                current = file
            if current and (file or test):
                found.append((current, test or None))
    return found


def test_every_test_security_md_names_exists() -> None:
    named = named_tests()
    assert len(named) >= 40  # the parser really read the tables
    missing = []
    for file, test in named:
        path = ROOT / file
        if not path.is_file():
            missing.append(file)
        elif test and not re.search(rf"^(async )?def {test}\(", path.read_text(encoding="utf-8"), re.M):
            missing.append(f"{file}::{test}")
    assert missing == []
