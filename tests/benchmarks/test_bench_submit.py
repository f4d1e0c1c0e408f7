"""Submitting 20,000 rows to the sandbox under a request-rate limit: how close to the limit's ceiling
we get (records/s ÷ rate × batch size; goal ≥ 0.9), and the client's own cost per 100-row batch.

Figures are printed, not asserted.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from core.sandbox import SandboxServer, parse_faults
from core.submit.engine import execute_run
from core.submit.journal import Journal
from core.submit.run_view import write_run_results
from core.submit.runs import Destination, create_run
from core.targets.client_base import Connection
from core.targets.clients import make_client
from tests.core.tables import table

ROWS = 20_000
BATCH = 100
RATE = 20.0  # requests per second the sandbox admits
TOKEN = "bench-token-0123456789"
HEADERS = ["First Name", "Last Name", "Email", "City", "Notes"]


def people(n: int, prefix: str = "p"):  # type: ignore[no-untyped-def]
    return table(HEADERS, *[[f"Ann{i}", "Lee", f"{prefix}{i}@example.org", "Portland", f"note {i}"]
                            for i in range(n)], path="bench.csv", sheet=None)


@pytest.mark.benchmark
def test_submit_20k_under_rate_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path / "home"))
    t0 = time.perf_counter()
    t = people(ROWS)
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    batches = make_batches(checked, batch_size=BATCH)
    prep = time.perf_counter() - t0

    server = SandboxServer(token=TOKEN, faults=parse_faults([f"rate={RATE:g}"], seed=1)).start()
    try:
        conn = Connection("hubspot", server.base_url, TOKEN)
        with Journal() as j:
            t1 = time.perf_counter()
            run_id = create_run(j, checked, batches, Destination("hubspot", server.base_url))
            journaled = time.perf_counter() - t1
            summary = execute_run(j, run_id, lambda: make_client(conn, backoff_base=0.05))
            t2 = time.perf_counter()
            write_run_results(tmp_path / "results.xlsx", j, run_id)
            results_s = time.perf_counter() - t2
        stats = server.stats()
        stored = len(server.contacts()["hubspot"])
    finally:
        server.stop()

    achieved = summary.sent_rows / summary.seconds
    ceiling = RATE * BATCH
    with capsys.disabled():
        print(f"\n[submit] {ROWS:,} rows, HubSpot create, {len(batches)} batches of {BATCH}, "
              f"sandbox rate={RATE:g} req/s, concurrency 2")
        print(f"[submit] prepare (check + bodies) {prep:.1f} s; journal the run {journaled:.2f} s; "
              f"results .xlsx {results_s:.1f} s")
        print(f"[submit] sent in {summary.seconds:.1f} s: {achieved:,.0f} records/s; ceiling {ceiling:,.0f} "
              f"→ ratio {achieved / ceiling:.2f} (goal ≥ 0.9)")
        print(f"[submit] state {summary.state}, counts {summary.counts}, stored {stored:,}, "
              f"429s {stats['faults'].get('rate_limited', 0)}")
    assert summary.state == "finished" and stored == ROWS


@pytest.mark.benchmark
def test_client_time_per_100_row_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(tmp_path / "home"))
    n_batches = 40
    t = people(n_batches * BATCH, prefix="q")
    checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
    batches = make_batches(checked, batch_size=BATCH)
    server = SandboxServer(token=TOKEN, faults=parse_faults(["rate=1000000"], seed=1)).start()  # no limit
    try:
        conn = Connection("hubspot", server.base_url, TOKEN)
        client = make_client(conn)
        client.send(batches[0])  # warm-up: connection, imports
        t0 = time.perf_counter()
        for b in batches[1:21]:
            client.send(b)
        per_send = (time.perf_counter() - t0) / 20 * 1000
        client.close()
        with Journal() as j:
            rest = batches[21:]
            run_id = create_run(j, checked, rest, Destination("hubspot", server.base_url),
                                only_rows=[i.row for b in rest for i in b.items])
            summary = execute_run(j, run_id, lambda: make_client(conn), concurrency=1)
        per_engine = summary.seconds / len(rest) * 1000
    finally:
        server.stop()
    with capsys.disabled():
        print(f"\n[submit] no limit, one at a time: client.send {per_send:.1f} ms per {BATCH}-row batch "
              f"(request + sandbox + parsing); with the engine and journal {per_engine:.1f} ms per batch")
    assert summary.state == "finished"
