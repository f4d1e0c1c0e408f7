"""When the checking pool's fork server is started ahead of a read (``core.processes.warm_up``)."""

from __future__ import annotations

import multiprocessing.forkserver as forkserver
from pathlib import Path

import pytest

from core import processes
from core.pipeline import read_table


@pytest.fixture
def starts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each time the fork server would be started (it is a process of its own: not started twice here)."""
    calls: list[bool] = []
    monkeypatch.setattr(forkserver, "ensure_running", lambda: calls.append(True))
    monkeypatch.setenv("CONTACT_IMPORTER_WORKERS", "2")
    return calls


def _csv(path: Path, rows: int) -> Path:
    path.write_text("First Name,Email\n" + "".join(f"Ann,ann{i}@example.org\n" for i in range(rows)), encoding="utf-8")
    return path


@pytest.mark.skipif("forkserver" not in processes.mp.get_all_start_methods(), reason="no fork server on this OS")
def test_a_big_file_starts_the_fork_server_before_it_is_read(tmp_path: Path, starts: list[bool]) -> None:
    path = _csv(tmp_path / "big.csv", 50_000)  # ~1.2 MB
    table = read_table(path)
    assert len(table.records) == 50_000
    assert starts == [True]


def test_a_small_file_or_one_worker_starts_nothing(tmp_path: Path, starts: list[bool],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    small = _csv(tmp_path / "small.csv", 100)
    assert len(read_table(small).records) == 100
    big = _csv(tmp_path / "big.csv", 50_000)
    monkeypatch.setenv("CONTACT_IMPORTER_WORKERS", "1")
    read_table(big)
    processes.warm_up(tmp_path / "missing.csv")  # a file that is not there is the reader's to report
    assert starts == []
