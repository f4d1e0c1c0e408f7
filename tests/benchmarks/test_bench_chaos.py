"""The chaos soak at full size (tests/core/chaos_soak.py; tests/core/test_chaos_soak.py runs it at CI
size): 20,000 rows per scenario, both targets, HubSpot's create, update, fill and update by id, every
fault at once, 16 SIGKILLs at random moments each followed by ``resume``. Prints lost / doubled / mislabelled / unknown
per scenario; figures, not assertions (the CI-size test asserts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.core.chaos_soak import Scenario, scenarios, soak

ROWS = 20_000
KILLS = 16


@pytest.mark.benchmark
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("scenario", scenarios(ROWS, KILLS, 27, hubspot_batch=100, virtuous_batch=200,
                                                       kill_share=0.2),
                         ids=lambda s: s.name)
def test_chaos_soak_full_size(scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tally = soak(scenario, tmp_path)
    with capsys.disabled():
        print(f"\n[chaos] {tally.line()}")
        for example in tally.examples:
            print(f"[chaos]   {example}")
    assert sum(tally.statuses.values()) == ROWS  # every row of the file was judged
