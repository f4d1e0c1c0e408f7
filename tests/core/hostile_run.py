"""Run one command on one file in a fresh process and measure it: exit code, stderr, seconds, peak MB.

Peak memory is the child's own high-water mark (``ru_maxrss``), read when it ends. A ceiling on its
address space keeps a runaway case from taking the machine down with it (it then fails, measured).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Address-space ceiling for the child: far above the 1.5 GB budget, far below what this machine has.
CEILING = 6 << 30


@dataclass
class Measured:
    code: int
    err: str
    seconds: float
    peak_mb: float


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CEILING, CEILING))


def measure(argv: list[str], home: Path, timeout: float = 120) -> Measured:
    """``contact-importer ARGV`` in a fresh process; killed after ``timeout`` seconds (then code is -9)."""
    env = {**os.environ, "CONTACT_IMPORTER_HOME": str(home), "RUST_BACKTRACE": "0", "PYTHONPATH": str(ROOT)}
    env.pop("CONTACT_IMPORTER_TOKEN", None)
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=home) as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "core", *argv], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=err, preexec_fn=_limit)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait for it again
        seconds = time.perf_counter() - start
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Measured(proc.returncode, text, seconds, usage.ru_maxrss / 1024)


if __name__ == "__main__":  # python -m tests.core.hostile_run DIR: every file in DIR through ``map``
    import tempfile as _t

    for f in sorted(Path(sys.argv[1]).iterdir()):
        m = measure(["map", str(f), "--target", "hubspot"], Path(_t.mkdtemp()), timeout=float(sys.argv[2]) if
                    len(sys.argv) > 2 else 120)
        last = m.err.strip().splitlines()[-1][:150] if m.err.strip() else ""
        print(f"{f.name:28} exit {m.code:>4}  {m.seconds:6.1f} s  {m.peak_mb:7.0f} MB  {last}", flush=True)
