"""The window's check on every core: progress moves, Cancel stops the worker processes, and a full check
gives the rows a one-process check gives."""

from __future__ import annotations

from core import processes
from core.pipeline import check_table
from core.pipeline import pool as check_pool
from gui.shell.main_window import CHECK
from tests.gui.conftest import load
from tests.gui.files import big_csv
from tests.gui.sending import isolated_home  # noqa: F401


def test_the_pool_reports_progress_cancels_and_agrees_with_one_process(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(processes, "MIN_ROWS", 100)
    monkeypatch.setattr(check_pool, "CHUNK_ROWS", 100)
    used: list[int] = []
    real = check_pool.check_in_pool
    monkeypatch.setattr("core.pipeline.stages.check_in_pool", lambda *a, **k: used.append(1) or real(*a, **k))
    load(qtbot, window, big_csv(tmp_path / "people.csv", 3_000))
    page = window.page(CHECK)
    seen: list[tuple[int, int]] = []
    window.go_to(CHECK)
    qtbot.waitUntil(lambda: page.progress.isVisible(), timeout=20_000)
    page.progress.bar.valueChanged.connect(lambda v: seen.append((v, page.progress.bar.maximum())))
    qtbot.waitUntil(lambda: any(0 < v for v, _ in seen), timeout=120_000)  # a chunk came back from a worker
    page.cancel_check()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert window.session.checked is None and used
    # Checked again to the end: the same rows as one process makes.
    with qtbot.waitSignal(window.session.checkedChanged, timeout=180_000, check_params_cb=lambda c: c is not None):
        page.start_check()
    single = check_table(window.session.table, window.session.mapping, workers=1)
    assert window.session.checked.rows == single.rows and len(used) == 2
