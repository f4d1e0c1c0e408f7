"""The person's spreadsheet is only ever read: not a byte or timestamp changes, and no handle on it stays
open after the read (on Windows an open handle keeps Excel from saving the file)."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from core.cli import main
from core.errors import InputError
from core.readers import read_file
from tests.core import messy_files
from tests.core.submit_support import write_guests_csv

MAKERS: dict[str, Callable[[Path], Path]] = {
    "guests.csv": lambda p: write_guests_csv(p, 30),
    "messy.xlsx": messy_files.make_messy_xlsx,
    "old.xls": messy_files.make_xls,
    "sheet.ods": messy_files.make_ods,
    "latin1.csv": messy_files.make_latin1_semicolon_csv,
    "truncated.xlsx": messy_files.make_truncated_xlsx,  # a read that fails must let go of the file too
}


def fingerprint(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def open_handles(path: Path) -> list[str]:
    """Files this process holds open that are ``path`` (Linux /proc; elsewhere the test is skipped)."""
    fd_dir = Path("/proc/self/fd")
    found = []
    for fd in fd_dir.iterdir():
        try:
            if Path(os.readlink(fd)) == path.resolve():
                found.append(fd.name)
        except OSError:
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open handles are listed from /proc")
@pytest.mark.parametrize("name", list(MAKERS))
def test_reading_leaves_the_file_as_it_was_and_lets_go_of_it(name: str, tmp_path: Path) -> None:
    path = MAKERS[name](tmp_path / name)
    past = 1_600_000_000_000_000_000
    os.utime(path, ns=(past, past))  # an old timestamp: any write or touch would show
    before = fingerprint(path)
    try:
        table = read_file(path)
        assert table.records  # the read really happened
    except InputError:
        assert name == "truncated.xlsx"
    assert open_handles(path) == []
    assert fingerprint(path) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open handles are listed from /proc")
def test_a_whole_submit_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = messy_files.make_messy_xlsx(tmp_path / "guests.xlsx")
    before = fingerprint(path)
    main(["submit", str(path), "--target", "hubspot", "--sandbox", "--results", str(tmp_path / "r.xlsx")])
    main(["preview", str(path), "--target", "virtuous", "--out", str(tmp_path / "pv")])
    assert (tmp_path / "r.xlsx").exists() and (tmp_path / "pv" / "report.csv").exists()
    assert open_handles(path) == []
    assert fingerprint(path) == before
