"""The slow passes that follow reading and checking a file run on the worker, not on the window's thread
(each froze the window for 40–80 ms on 200,000 rows; tests/benchmarks/test_bench_gui.py measures it), and
a long table is not read whole to size its columns."""

from __future__ import annotations

import threading
from pathlib import Path

from core.mapping import automap
from core.validation import groups
from gui.shell.main_window import CHECK
from tests.gui.conftest import check, load
from tests.gui.files import GUEST_HEADERS, GUEST_ROWS, guests_csv


def _threads_calling(monkeypatch, module, name: str) -> list[str]:
    """The names of the threads that call ``module.name`` from now on."""
    seen: list[str] = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return seen


def test_the_mapping_is_suggested_on_the_reading_worker(qtbot, window, tmp_path, monkeypatch):
    from gui.session import import_session as session_module

    seen = _threads_calling(monkeypatch, session_module, "suggest_mapping")
    # why look-alike columns were left out: the Map page's evidence, worked out with the suggestion
    reasons = _threads_calling(monkeypatch, session_module, "evidence")
    reasons_here = _threads_calling(monkeypatch, automap, "evidence")
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    mapping = window.session.mapping
    assert seen and threading.main_thread().name not in seen
    assert reasons and threading.main_thread().name not in reasons + reasons_here
    assert mapping is not None and mapping.target == window.session.target
    assert mapping.headers == GUEST_HEADERS
    assert mapping.for_field("email") is not None  # the suggestion the person sees came from the worker


def test_a_suggestion_for_another_target_is_made_again(window):
    """The person switched CRM while the file was read: the worker's suggestion is for the other one."""
    from core.records import Record, Table
    from gui.session.import_session import suggest_for_table

    s = window.session
    table = Table(path=Path("guests.csv"), sheet=None, header_row=1, headers=list(GUEST_HEADERS),
                  records=[Record(row=2, values=list(GUEST_ROWS[0]))])
    other = "hubspot" if s.target == "virtuous" else "virtuous"
    stale = suggest_for_table(table, other, None)
    s.set_loaded(Path("guests.csv"), [], None, [], 1, table, suggested=stale)
    assert s.mapping is not stale.mapping and s.mapping.target == s.target
    assert s.evidence is None  # the Map page works out its own


def test_problems_are_grouped_on_the_checking_worker(qtbot, window, tmp_path, monkeypatch):
    seen = _threads_calling(monkeypatch, groups.Causes, "__init__")
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    check(qtbot, window)
    page = window.page(CHECK)
    qtbot.waitUntil(lambda: page.causes.count() > 0)
    assert seen and threading.main_thread().name not in seen
    assert any("email" in page.causes.item(i).text().lower() for i in range(page.causes.count()))


def test_the_map_step_says_why_a_look_alike_column_was_left_out(qtbot, window, tmp_path):
    """The reasons come from the evidence the reading worker worked out, and read as before."""
    from gui.shell.main_window import MAP

    path = guests_csv(tmp_path / "spouse.csv", headers=["First Name", "Last Name", "Email", "Spouse Email"],
                      rows=[["Ana", "Ruiz", "ana@example.org", "sam@example.org"],
                            ["Ben", "Okoro", "ben@example.org", "kim@example.org"]])
    load(qtbot, window, path)
    assert window.session.evidence is not None
    assert window.go_to(MAP)
    reasons = window.page(MAP).model.reasons
    assert list(reasons) == ["Spouse Email"] and "someone else's" in reasons["Spouse Email"]


def test_a_suggestion_that_fails_on_the_worker_is_made_again_here(qtbot, window, tmp_path, monkeypatch, caplog):
    """The file was read: a failure of the head start costs nothing but the head start."""
    from gui.pages import open_page

    def broken(*_args, **_kwargs):
        raise RuntimeError("no suggestion today")

    monkeypatch.setattr(open_page, "suggest_for_table", broken)
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    assert window.session.mapping is not None and window.session.mapping.for_field("email") is not None
    assert window.session.evidence is None
    assert "Suggesting a mapping on the worker failed" in caplog.text


def test_people_already_in_hubspot_are_sized_from_the_rows_in_view(qtbot, window, tmp_path):
    """20,000 people already there: the columns are sized from the first rows, not from every cell
    through Python (250 ms of the window's time), so a long value far down is cut, not a wider column."""
    from core.account.plan import Change, RowPlan
    from gui.models.existing_model import COL_STATE
    from gui.widgets.existing_panel import SIZE_FROM_ROWS

    window.session.set_target("hubspot")
    load(qtbot, window, guests_csv(tmp_path / "guests.csv"))
    check(qtbot, window)
    panel = window.page(CHECK).existing

    def plans(long_at: int) -> dict[int, RowPlan]:
        return {i: RowPlan(row=i + 2, state="changes", action="update",
                           crm_id="9" * 60 if i == long_at else str(1000 + i),
                           changes=(Change("phone", "555", "(503) 555-0100"),)) for i in range(2 * SIZE_FROM_ROWS)}

    panel._found(plans(long_at=1))
    qtbot.waitUntil(panel.view.isVisible)
    wide = panel.view.columnWidth(COL_STATE)
    panel._found(plans(long_at=2 * SIZE_FROM_ROWS - 1))
    qtbot.waitUntil(lambda: panel.view.columnWidth(COL_STATE) < wide)  # sized again, from the first rows
