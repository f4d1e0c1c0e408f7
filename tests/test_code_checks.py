"""The code checks CI runs (.ci/run), as tests: ruff's rules, mypy over core/ and gui/, and the complexity
ceiling. Their settings live in pyproject.toml; CONTRIBUTING.md says how to run each by hand."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# No function may go above this cyclomatic complexity (as radon counts it): above it, a function does
# several things, and its tests cannot reach every path. radon's grade D starts at 21.
CEILING = 20


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=240)


def test_ruff_finds_nothing():
    done = run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_function_above_the_complexity_ceiling():
    from radon.complexity import cc_rank

    assert cc_rank(CEILING) == "C" and cc_rank(CEILING + 1) == "D"  # so that `radon cc -n D` is the ceiling
    done = run("radon", "cc", "--show-complexity", "--min", "D", "core", "gui")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"functions above complexity {CEILING}:\n{done.stdout}"


@pytest.mark.slow
def test_mypy_finds_no_error():
    done = run("mypy")  # files and settings: pyproject.toml's [tool.mypy]
    assert done.returncode == 0, done.stdout + done.stderr
