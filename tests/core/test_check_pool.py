"""Checking on every core gives exactly what checking in one process gives, row by row."""

from __future__ import annotations

import multiprocessing as mp
import os
import random
from pathlib import Path

import pytest

from core import processes
from core.pipeline import check_table, make_batches, mapping_for, recheck_row
from core.pipeline import pool as check_pool
from core.readers import read_file


def people_csv(path: Path, rows: int, full_name: bool = True) -> Path:
    """People with problems to agree on; ``full_name=False``: first and last name columns, dates and hours
    (repeating, some wrong), and some lines cut short."""
    rnd = random.Random(3)
    lines = ["Name,Email,Phone,State,Zip,Tags" if full_name else
             "First Name,Last Name,Email,Phone,State,Zip,Tags,Volunteer Date,Volunteer Hours"]
    for i in range(rows):
        email = f"p{rnd.randint(0, rows // 3)}@example.org" if i % 7 else f"bad{i}@"  # duplicates across chunks
        if i % 11 == 0:
            email = f"a{i}@x.org; b{i}@x.org"
        phone = "(503) 555-" + f"{rnd.randint(0, 9999):04d}" if i % 5 else "not a phone"
        name = f"P{i}" if full_name else f"P{i},{rnd.choice(['Lee', 'Khan', ''])}"
        line = (f"{name},{email},{phone},{rnd.choice(['MA', 'Oregon', ''])},{rnd.choice(['2134', '97201', ''])},"
                f"\"gala; volunteer\"")
        if not full_name and i % 13 != 5:  # else a line cut short: no date, no hours
            date = rnd.choice(["3/5/2024", "2024-03-06", "2/30/2024", ""])
            hours = rnd.choice(["2.5", '"1,5"', "lots", "4"])
            line += f",{date},{hours}"
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("full_name", [True, False], ids=["full-name", "first-last-dates"])
@pytest.mark.parametrize("target", ["hubspot", "virtuous"])
def test_pool_and_single_process_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str,
                                       full_name: bool) -> None:
    monkeypatch.setattr(processes, "MIN_ROWS", 100)
    monkeypatch.setattr(check_pool, "CHUNK_ROWS", 700)
    table = read_file(people_csv(tmp_path / "people.csv", 3_000, full_name))
    mapping = mapping_for(table, target)
    single = check_table(table, mapping, workers=1)
    seen: list[tuple[int, int]] = []
    pooled = check_table(table, mapping, lambda d, t: seen.append((d, t)), workers=2)
    assert pooled.rows == single.rows
    assert sum(r.status == "error" for r in pooled.rows) > 100  # the file really has problems to agree on
    assert any(i.code == "email.duplicate" and i.row > 700 for r in pooled.rows for i in r.issues)
    assert [b.body for b in make_batches(pooled)] == [b.body for b in make_batches(single)]
    if target == "virtuous":  # the workers derived the referenceIds the bodies above were made with
        assert sum(r.derived_id is not None for r in pooled.rows) > 2_000
        assert all(r.derived_id is None for r in single.rows)
    assert seen[0] == (0, 3_000) and seen[-1][0] == 3_000 and len(seen) >= 5
    # The checker learnt every email, so re-checking an edited row flags the same duplicates.
    i = next(k for k, r in enumerate(single.rows) if any(x.code == "email.duplicate" for x in r.issues))
    assert recheck_row(pooled, i) == recheck_row(single, i)
    assert pooled.rows == single.rows


def test_cancel_stops_the_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "MIN_ROWS", 100)
    monkeypatch.setattr(check_pool, "CHUNK_ROWS", 300)
    table = read_file(people_csv(tmp_path / "people.csv", 3_000))

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 600:
            raise Cancelled

    with pytest.raises(Cancelled):
        check_table(table, mapping_for(table, "hubspot"), progress, workers=2)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="process priority is Unix's nice")
def test_a_windows_workers_run_below_the_window(tmp_path: Path) -> None:
    """``polite`` (the window's check): the workers take every core only when the GUI does not need one."""
    table = read_file(people_csv(tmp_path / "people.csv", 10))
    mapping = mapping_for(table, "hubspot")
    args = (mapping.model_dump_json(), list(table.headers), False, None, True)
    with mp.get_context("spawn").Pool(1, initializer=check_pool._init, initargs=args) as pool:
        assert pool.apply(os.nice, (0,)) == min(os.nice(0) + processes.POLITE_NICENESS, 19)


def test_workers_do_not_inherit_the_table(tmp_path: Path) -> None:
    """Workers come from a fresh process (a fork server, or spawned): the table read here is not in them,
    so they cannot end up holding a copy of it."""
    method = processes.context().get_start_method()
    assert method in ("forkserver", "spawn")
    table = read_file(people_csv(tmp_path / "people.csv", 10))
    args = (mapping_for(table, "hubspot").model_dump_json(), list(table.headers), False, None, False)
    with check_pool.start_pool(1, args) as pool:
        if method == "forkserver":  # forked from the server, not from this process and its rows
            assert pool.apply(os.getppid) != os.getpid()
