"""Worker processes on every core, for the steps that hold the GIL row by row (checking).

How many, started how, and at what priority, kept apart from what the workers do.
``CONTACT_IMPORTER_WORKERS=1`` turns the pool off.

Tried and left out: building the payload bodies in the pool too. On the 2-core CI machine a round
trip between processes costs milliseconds of waking up, and the bodies of 200,000 rows took 5.4–15 s
on two workers against 6.4 s in one process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from typing import Any

#: Below this many rows starting processes costs more than it saves.
MIN_ROWS = 20_000

#: A file this big probably holds ``MIN_ROWS`` rows or more (a CSV row is 60–150 bytes, an .xlsx row less).
WARM_UP_BYTES = 1_000_000

#: How much lower a worker runs than the window that started it (Unix ``nice``): checking takes every
#: core, and without this the GUI thread waits its turn for one, a stall of 100 ms or more.
POLITE_NICENESS = 10


def worker_count() -> int:
    """``CONTACT_IMPORTER_WORKERS`` if set (1 turns the pools off), else every core."""
    env = os.environ.get("CONTACT_IMPORTER_WORKERS")
    if env and env.isdigit():
        return max(int(env), 1)
    return os.cpu_count() or 1


def use_pool(rows: int, workers: int | None) -> bool:
    return (workers or worker_count()) > 1 and rows >= MIN_ROWS


def lower_priority(polite: bool) -> None:
    """In a worker: step aside for the window's GUI thread whenever it needs a core."""
    if polite and hasattr(os, "nice"):
        os.nice(POLITE_NICENESS)


def warm_up(path: str | os.PathLike[str]) -> None:
    """Start the fork server now, before a big file is read, rather than when its checking starts.

    Its start (a fresh interpreter importing the checking code: 0.3–0.5 s on the 2-core machine)
    then overlaps the read instead of following it. Nothing happens for a small file, with one
    worker, or where there is no fork server (Windows spawns each worker). A server that cannot
    start is left for the pool to report.
    """
    try:
        if worker_count() < 2 or os.path.getsize(path) < WARM_UP_BYTES:
            return
        if context().get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()
    except (OSError, ValueError):
        return


def context() -> Any:
    """forkserver where there is one (Linux, macOS), else spawn (Windows): never a plain fork.

    A forked worker starts sharing every page of this process, the whole table read; but this
    process keeps touching those rows (sending them out in chunks changes their reference counts),
    and each page it writes is copied, the worker keeping the old one: at a million rows the two
    workers held 580 MB between them. A fork server is a fresh process that has imported only the
    checking code, so its workers start small and quickly, and are as safe beside threads (the
    window) as spawned ones.
    """
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["core.pipeline.pool"])
        return ctx
    return mp.get_context("spawn")
