"""The generic Job: results, progress, errors in words, cancelling, and threads stopped on shutdown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from core.errors import InputError
from gui.session.workers import Job, JobRunner
from tests.gui.recorder import Recorder


def add(a: int, b: int, *, progress) -> tuple[int, bool]:
    for i in range(3):
        progress(i + 1, 3)
    return a + b, QThread.currentThread().objectName().startswith("job-")


def bad_file(*, progress) -> None:
    raise InputError("donors.xlsx", "The workbook is password-protected.", sheet="Donors")


def bug(*, progress) -> None:
    raise KeyError("email")


def wait_for_cancel(started: threading.Event, *, progress) -> str:
    started.set()
    while True:  # a long core loop: only its progress callback can stop it
        progress(1, 0)
        threading.Event().wait(0.005)


@pytest.fixture
def runner(qtbot):
    r = JobRunner()
    yield r
    r.shutdown()


def run(qtbot, runner: JobRunner, job: Job) -> Recorder:
    rec = Recorder(job)
    runner.start(job)
    qtbot.waitUntil(lambda: rec.ended, timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return rec


def test_job_runs_off_the_gui_thread_and_returns_its_result(qtbot, runner):
    rec = run(qtbot, runner, Job(add, 2, 3, what="adding"))
    assert rec.result == (5, True)
    assert rec.progress and rec.progress[-1] == (3, 3)


def test_input_error_becomes_its_plain_message(qtbot, runner):
    rec = run(qtbot, runner, Job(bad_file))
    assert rec.error == "donors.xlsx, sheet 'Donors': The workbook is password-protected."


def test_unexpected_error_is_one_sentence_not_a_traceback(qtbot, runner):
    rec = run(qtbot, runner, Job(bug, what="checking the rows"))
    assert rec.error is not None
    assert rec.error.startswith("Something went wrong while checking the rows")
    assert "Traceback" not in rec.error and "\n" not in rec.error


def test_cancel_stops_a_running_job(qtbot, runner):
    started = threading.Event()
    job = Job(wait_for_cancel, started)
    rec = Recorder(job)
    runner.start(job)
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: rec.ended, timeout=5000)
    assert rec.cancelled and rec.result is None
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_busy_changes_when_jobs_start_and_end(qtbot, runner):
    states = []
    runner.busyChanged.connect(states.append)
    run(qtbot, runner, Job(add, 1, 1))
    assert states == [True, False]


def test_shutdown_cancels_and_waits_for_every_thread(qtbot):
    runner = JobRunner()
    started = threading.Event()
    runner.start(Job(wait_for_cancel, started))
    assert started.wait(5)
    assert runner.busy
    runner.shutdown()  # returns only when the thread has ended (the autouse fixture checks it)
    assert not runner.busy
