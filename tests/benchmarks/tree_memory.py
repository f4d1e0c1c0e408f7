"""Peak memory of a command together with every process it starts (a checking pool's workers too).

Linux only (``/proc``). The command runs as a child; every 50 ms the proportional set size (PSS) of
it and its descendants is added up, and the largest sum is the peak. PSS splits a page shared
between processes (a forked worker's copy-on-write pages) among them, so nothing is counted twice.
Sampling can miss a spike shorter than 50 ms; the command's own ``VmHWM`` (its exact peak, which a
job prints itself) is reported beside it, and the larger of the two is what counts.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

INTERVAL = 0.05


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            out.extend(int(c) for c in text.split())
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(_children(p))
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


@dataclass
class Measured:
    seconds: float
    tree_peak_mb: float  # the largest sum of PSS over the process and its children, sampled
    most_processes: int  # how many processes were alive at the largest count
    stdout: str


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd``; its wall time and the peak PSS of its whole process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 1]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            pids = _tree(proc.pid)
            total = sum(_pss_kb(p) for p in pids)
            peak[0] = max(peak[0], total)
            peak[1] = max(peak[1], len(pids))
            done.wait(INTERVAL)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    t.join()
    if proc.returncode not in (0, 1):  # 1: rows with errors, which the benchmark files have on purpose
        raise RuntimeError(f"{cmd} exited {proc.returncode}: {err[-2000:]}")
    return Measured(seconds, peak[0] / 1024, peak[1], out)
