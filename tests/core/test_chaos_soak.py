"""The chaos soak at CI size: both targets; HubSpot's create, update, fill and update by id; every fault
at once; real ``submit`` processes SIGKILLed at random moments, each followed by ``resume``. Nothing
lost, nothing doubled, nothing mislabelled, and no row left "Unknown", email or not (the sandbox
account allows the row key). See tests/core/chaos_soak.py; tests/benchmarks/test_bench_chaos.py runs
the same script at full size."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.core.chaos_soak import scenarios, soak

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"), pytest.mark.slow]
KILLS = 4


def test_chaos_soak(tmp_path: Path) -> None:
    tallies = [soak(s, tmp_path / s.name) for s in scenarios(300, KILLS, 21, hubspot_batch=10, virtuous_batch=25)]
    report = "\n".join(t.line() for t in tallies)
    print(report)
    # The kills landed mid-run. A kill meant for a session's last moments can find it already finished
    # (how fast depends on the machine): one such miss per scenario is not a failure of the soak.
    assert all(t.kills >= KILLS - 1 for t in tallies), report
    injected = {kind for t in tallies for kind in t.faults}
    assert {"5xx_after", "drop_after", "slow_after", "429", "5xx"} <= injected, report
    for t in tallies:  # the account allows the row key: not even a row without an email is left unknown
        assert (t.lost, t.doubled, t.mislabelled, t.unknown) == (0, 0, 0, 0), (t.line(), t.examples)
