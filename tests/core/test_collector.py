"""The collector is off while a big step runs, back as it was afterwards, and what the step built is
kept out of later collections (a window does not freeze for half a second per full collection)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from core import collector
from core.pipeline import check_table, mapping_for
from core.readers import read_file


def test_off_inside_back_on_after_and_a_disabled_collector_stays_disabled() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # nested: the inner end does not turn it back on
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_two_threads_the_last_one_out_turns_it_back_on() -> None:
    inside, leave = threading.Event(), threading.Event()

    def job() -> None:
        with collector.paused():
            inside.set()
            leave.wait(10)

    t = threading.Thread(target=job)
    t.start()
    assert inside.wait(10)
    with collector.paused():
        pass
    assert not gc.isenabled(), "the other job is still running"
    leave.set()
    t.join(10)
    assert gc.isenabled()


def test_rows_read_and_checked_are_not_walked_by_later_collections(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Email,First Name\n" + "".join(f"p{i}@example.org,P{i}\n" for i in range(3000)), "utf-8")
    table = read_file(path)
    checked = check_table(table, mapping_for(table, "hubspot"), workers=1)
    tracked = {id(o) for o in gc.get_objects()}  # every object a collection would walk
    assert id(table.records[1500]) not in tracked and id(checked.rows[1500]) not in tracked
    assert gc.get_freeze_count() > 6000
