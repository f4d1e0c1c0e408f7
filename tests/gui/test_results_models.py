"""The results and run-history models as plain objects (qtmodeltester on each), and the send worker's
batching of outcomes so a big run does not flood the window."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, Qt, Slot

from core.mapping.automap import suggest_mapping
from core.pipeline import check_table, make_batches
from core.readers import read_file
from core.submit.journal import Journal
from core.submit.run_view import ResultItem
from core.submit.runs import Destination, create_run
from gui.connections import practice
from gui.models.results_model import COL_STATUS, COL_WHO, ResultsFilter, ResultsModel, SortRole, StatusRole
from gui.models.runs_model import COL_STATE, COL_WHERE, RunsModel
from gui.sending.worker import RunRequest, SubmitWorker
from tests.gui.sending import guests, isolated_home  # noqa: F401


def items(*rows: tuple[int, str]) -> list[ResultItem]:
    return [ResultItem(r, f"Person {r}", s, crm_id=f"id{r}" if s == "created" else "", batch=1, key=f"k{r}")
            for r, s in rows]


def test_results_model_streams_and_updates_in_place(qtmodeltester):
    model = ResultsModel()
    model.target = "hubspot"
    qtmodeltester.check(model)
    inserted = []
    changed = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda tl, br, roles: changed.append((tl.row(), br.row())))
    model.upsert(items((2, "created"), (3, "unknown"), (4, "failed")))
    model.upsert(items((3, "created"), (5, "created"), (5, "failed")))  # row 3 settled; row 5 twice: latest wins
    qtmodeltester.check(model)
    assert inserted == [(0, 2), (3, 3)]
    assert changed == [(1, 1)]
    assert [model.item(i).status for i in range(model.rowCount())] == ["created", "created", "failed", "failed"]
    assert model.counts() == {"created": 2, "failed": 2}
    index = model.index(2, COL_STATUS)
    assert index.data() == "Failed" and index.data(StatusRole) == "failed"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.BackgroundRole).alpha() < 255  # a tint that reads on light and dark
    assert "turned this row down" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_WHO).data() == "Person 2"
    model.set_items(items((9, "skipped")))
    assert model.rowCount() == 1 and model.counts() == {"skipped": 1}


def test_results_filter_by_status_and_words(qtmodeltester):
    model = ResultsModel()
    model.set_items(items((10, "created"), (9, "failed"), (2, "skipped"), (11, "created")))
    proxy = ResultsFilter()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data(SortRole) for r in range(proxy.rowCount())] == [2, 9, 10, 11]  # numbers
    proxy.set_statuses({"created"})
    assert proxy.rowCount() == 2
    proxy.set_search("person 11")
    assert proxy.rowCount() == 1
    proxy.set_statuses(None)
    proxy.set_search("")
    model.upsert(items((1, "created")))
    assert proxy.rowCount() == 5 and proxy.index(0, 0).data(SortRole) == 1
    qtmodeltester.check(proxy)


#: Qt's calls that make a proxy filter or sort again, in every Qt the project allows (pyproject:
#: PySide6-Essentials>=6.8): 6.8 lacks some of them, the newest deprecates ``invalidateFilter``.
QT_REFILTER_CALLS = ("invalidate", "invalidateFilter", "invalidateRowsFilter", "invalidateColumnsFilter",
                     "beginFilterChange", "endFilterChange")


def test_the_results_filter_passes_the_models_rows_through_on_every_allowed_qt(qtmodeltester):
    """The Show list and the search filter in the model, which sorts itself too; the proxy passes the
    model's rows through as they are, in Qt's own code. It calls none of the filter calls Qt added,
    deprecated or dropped between the oldest allowed Qt and the newest (a guard that checked one and
    called another left the Results step on "Reading the results…" on Qt 6.9), nor Python per row."""
    from PySide6.QtCore import QSortFilterProxyModel

    for name in ("filterAcceptsRow", "filterAcceptsColumn", "lessThan"):
        assert getattr(ResultsFilter, name) is getattr(QSortFilterProxyModel, name), name

    class NoRefilterCalls(ResultsFilter):  # as on a Qt that has none of them
        def __getattribute__(self, name: str):
            if name in QT_REFILTER_CALLS:
                raise AttributeError(name)
            return super().__getattribute__(name)

    model = ResultsModel()
    model.set_items(items((4, "created"), (2, "failed"), (3, "created"), (5, "skipped")))
    proxy = NoRefilterCalls()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def through() -> list[int]:
        """The rows the proxy shows, each the model's row at the same place (the proxy never sorts)."""
        assert proxy.rowCount() == model.rowCount() and proxy.sortColumn() == -1
        for r in range(proxy.rowCount()):
            for c in (0, COL_STATUS):
                assert proxy.mapToSource(proxy.index(r, c)) == model.index(r, c)
        return [proxy.index(r, 0).data(SortRole) for r in range(proxy.rowCount())]

    assert through() == [4, 2, 3, 5]
    proxy.set_statuses({"created"})
    assert through() == [4, 3]
    proxy.set_search("person 3")
    assert through() == [3]
    proxy.set_statuses(None)
    proxy.set_search("person")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert through() == [5, 4, 3, 2]
    model.upsert(items((6, "failed"), (4, "failed")))
    assert through() == [6, 5, 4, 3, 2]
    proxy.set_statuses({"failed"})
    assert through() == [6, 4, 2]
    proxy.set_search("")
    proxy.set_statuses(None)
    assert through() == [6, 5, 4, 3, 2]
    qtmodeltester.check(proxy)


def test_runs_model(qtmodeltester, tmp_path):
    table = read_file(guests(tmp_path / "g.csv", 3))
    checked = check_table(table, suggest_mapping(table.headers, "hubspot"))
    with Journal() as j:
        create_run(j, checked, make_batches(checked), Destination("hubspot", "https://api.hubapi.com", "Main"))
        create_run(j, checked, make_batches(checked), Destination("hubspot", "http://127.0.0.1:1", "Practice", True))
        runs = j.list_runs()
    model = RunsModel()
    model.set_runs(runs)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    wheres = {model.index(r, COL_WHERE).data() for r in range(2)}
    assert wheres == {"Main (HubSpot)", "Practice HubSpot"}
    assert model.index(0, COL_STATE).data() == "Not started"


class Collector(QObject):
    """Receives the worker's signals on the GUI thread, as the controller does."""

    def __init__(self) -> None:
        super().__init__()
        self.deliveries: list[int] = []
        self.rows: Counter[int] = Counter()
        self.progress: list[tuple[int, int]] = []
        self.outcome = None
        self.ended = False

    @Slot(str, list)
    def on_rows(self, _run_id: str, got: list) -> None:
        self.deliveries.append(len(got))
        self.rows.update(i.row for i in got)

    @Slot(int, int, float, float)
    def on_progress(self, done: int, total: int, _rate: float, _left: float) -> None:
        self.progress.append((done, total))

    @Slot(object)
    def on_finished(self, outcome: object) -> None:
        self.outcome = outcome

    @Slot()
    def on_done(self) -> None:
        self.ended = True


def test_worker_gathers_outcomes_instead_of_one_signal_per_row(qtbot, tmp_path):
    from PySide6.QtCore import QThread

    n = 3000
    table = read_file(guests(tmp_path / "big.csv", n))
    checked = check_table(table, suggest_mapping(table.headers, "hubspot"))
    batches = make_batches(checked, batch_size=20)  # 150 batches
    with Journal() as journal:
        worker = SubmitWorker(journal, RunRequest("new", practice.connection("hubspot"), practice=True,
                                                  checked=checked, batches=batches))
        got = Collector()
        worker.rowsArrived.connect(got.on_rows)
        worker.progress.connect(got.on_progress)
        worker.finished.connect(got.on_finished)
        worker.done.connect(got.on_done)
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.start()
        qtbot.waitUntil(lambda: got.ended, timeout=60_000)
        thread.wait()
        assert got.outcome.state == "finished" and got.outcome.counts == {"created": n}
        assert set(got.rows) == set(range(2, n + 2)) and set(got.rows.values()) == {1}
        assert len(got.deliveries) < len(batches)  # gathered, not one signal per batch (nor per row)
        assert got.progress[-1] == (n, n)
        assert len(practice.running().contacts()["hubspot"]) == n


def test_sorting_is_done_by_the_model_and_keeps_selections(qtmodeltester):
    from PySide6.QtCore import QPersistentModelIndex

    model = ResultsModel()
    model.set_items(items((3, "failed"), (12, "created"), (2, "skipped"), (7, "created")))
    proxy = ResultsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    keep = QPersistentModelIndex(model.index(1, COL_WHO))  # row 12
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_STATUS).data() for r in range(4)] == ["Created", "Created", "Failed", "Skipped"]
    assert keep.isValid() and keep.data() == "Person 12"
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.item(r).row for r in range(4)] == [12, 7, 3, 2]
    assert model.item_for_row(3).status == "failed"
    qtmodeltester.check(proxy)
    qtmodeltester.check(model)


def test_a_filtered_table_takes_streamed_rows_and_lets_settled_ones_go(qtmodeltester):
    """"Needs attention" while a run streams in: new rows that need it appear, a row that settles leaves."""
    model = ResultsModel()
    proxy = ResultsFilter()
    proxy.setSourceModel(model)
    proxy.set_statuses({"unknown", "failed"})
    model.upsert(items((2, "created"), (3, "unknown"), (4, "failed")))
    qtmodeltester.check(proxy)

    def rows() -> list[int]:
        return [proxy.index(r, 0).data(SortRole) for r in range(proxy.rowCount())]

    assert rows() == [3, 4]
    model.upsert(items((3, "created"), (5, "failed"), (6, "created")))  # row 3 settled
    assert rows() == [4, 5] and model.counts() == {"created": 3, "failed": 2}
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert rows() == [5, 4]
    proxy.set_search("person 4")
    assert rows() == [4]
    proxy.set_statuses(None)
    proxy.set_search("")
    assert rows() == [6, 5, 4, 3, 2]
    qtmodeltester.check(proxy)


def _big_table_with_bar(qtbot):
    """The job runner, the Results table's model, filter and bar searching on that runner's worker, and
    a row count above the size searched at once."""
    from gui.session.workers import JobRunner
    from gui.widgets.results_filter_bar import SEARCH_AT_ONCE_ROWS, ResultsFilterBar

    runner = JobRunner()
    model = ResultsModel()
    proxy = ResultsFilter()
    proxy.setSourceModel(model)
    bar = ResultsFilterBar(model, proxy, runner=runner)
    qtbot.addWidget(bar)
    return runner, model, proxy, bar, SEARCH_AT_ONCE_ROWS + 1_000


def test_a_big_table_is_searched_on_a_worker_and_an_answer_for_older_rows_is_not_shown(qtbot):
    runner, model, proxy, bar, n = _big_table_with_bar(qtbot)
    model.set_items(items(*((r, "created") for r in range(2, n + 2))))
    bar.search.setText("person 4321")
    qtbot.waitUntil(lambda: bar.is_searching(), timeout=5_000)  # after the pause in typing, on a worker
    qtbot.waitUntil(lambda: not bar.is_searching(), timeout=20_000)
    assert [proxy.index(r, COL_WHO).data() for r in range(proxy.rowCount())] == ["Person 4321"]
    # Rows arrive while the next search runs: what it found is for the rows before, so it is made again here.
    bar.search.setText("person 9")  # every word: rows with a 9 anywhere
    bar._apply_search()
    assert bar.is_searching()
    model.upsert(items((99_999, "created"), (9, "failed")))
    qtbot.waitUntil(lambda: not bar.is_searching(), timeout=20_000)
    want = [f"Person {r}" for r in [*range(2, n + 2), 99_999] if "9" in str(r)]
    assert [proxy.index(r, COL_WHO).data() for r in range(proxy.rowCount())] == want
    assert model.item_for_row(9).status == "failed"
    bar.search.clear()
    assert proxy.rowCount() == n + 1
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def _big_table_sorted_on_a_worker():
    """A job runner, a model and a filter that sorts on the runner's worker, holding a row count above
    the size sorted at once (every seventh row failed, the others created); and that count."""
    from gui.models.results_model import SORT_AT_ONCE_ROWS
    from gui.session.workers import JobRunner

    runner = JobRunner()
    model = ResultsModel()
    proxy = ResultsFilter(runner=runner)
    proxy.setSourceModel(model)
    n = SORT_AT_ONCE_ROWS + 1_000
    model.set_items(items(*((r, "failed" if r % 7 == 0 else "created") for r in range(2, n + 2))))
    return runner, model, proxy, n


def test_a_big_table_is_sorted_on_a_worker_and_the_selection_follows_its_row(qtbot):
    from PySide6.QtCore import QPersistentModelIndex

    runner, model, proxy, n = _big_table_sorted_on_a_worker()
    keep = QPersistentModelIndex(model.index(5, COL_WHO))  # row 7, failed
    proxy.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert proxy.is_sorting()
    qtbot.waitUntil(lambda: not proxy.is_sorting(), timeout=20_000)
    failed = [r for r in range(2, n + 2) if r % 7 == 0]
    assert [model.item(k).row for k in range(len(failed))] == failed[::-1]  # "Failed" first, then by row
    assert model.item(len(failed)).row == n + 1
    assert keep.isValid() and keep.data() == "Person 7" and keep.row() == len(failed) - 1
    # Rows arrive while the next sort runs: what it sorted is the rows before, so it is sorted again here.
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    model.upsert(items((1, "created")))
    qtbot.waitUntil(lambda: not proxy.is_sorting(), timeout=20_000)
    assert [model.item(k).row for k in range(3)] == [1, 2, 3] and model.rowCount() == n + 1
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def shown_rows(proxy) -> list[int]:
    return [proxy.index(r, 0).data(SortRole) for r in range(proxy.rowCount())]


def expected_rows(model, statuses, text: str) -> list[int]:
    """The rows a person should see, worked out from every row afresh, in the model's order."""
    from gui.models.results_model import row_text

    words = text.casefold().split()
    return [i.row for i in model.items()
            if (statuses is None or i.status in statuses) and all(w in row_text(i) for w in words)]


def streamed(r: int, status: str, message: str = "") -> ResultItem:
    code = {"skipped": "excluded" if r % 2 else "check.email", "failed": "test.rejected"}.get(status, "")
    return ResultItem(r, f"Person {r}", status, code=code, message=message, batch=1, key=f"k{r}")


def test_a_new_show_choice_with_a_search_shows_the_right_rows_while_a_run_streams_in(qtmodeltester):
    """The Show list changed while a search is active filters the rows the search found: the rows shown
    and the counts are those worked out afresh, as rows arrive, change status and stop matching."""
    model = ResultsModel()
    proxy = ResultsFilter()
    proxy.setSourceModel(model)
    proxy.set_search("rejected")
    qtmodeltester.check(proxy)

    def check(statuses) -> None:
        assert shown_rows(proxy) == expected_rows(model, statuses, "rejected")
        assert model.counts() == {k: n for k, n in Counter(i.status for i in model.items()).items()}

    model.upsert([streamed(r, "unknown", "Rejected? no answer yet") for r in range(2, 8)]
                 + [streamed(8, "created"), streamed(9, "failed", "Rejected: phone")])
    check(None)
    assert shown_rows(proxy) == [2, 3, 4, 5, 6, 7, 9]
    proxy.set_statuses({"failed"})
    assert shown_rows(proxy) == [9]
    check({"failed"})
    # Rows settle: 2 and 3 fail (still "rejected"), 4 is created (no longer matches); new rows come.
    model.upsert([streamed(2, "failed", "Rejected: email"), streamed(3, "failed", "Rejected: name"),
                  streamed(4, "created"), streamed(10, "failed", "Rejected: phone"), streamed(11, "skipped")])
    assert shown_rows(proxy) == [2, 3, 9, 10]
    check({"failed"})
    looked: list[int] = []  # a new Show choice tests no row's text again: it filters the rows found
    model._search_of = lambda item: looked.append(item.row) or ResultsModel._search_of(model, item)
    proxy.set_statuses({"unknown"})
    assert shown_rows(proxy) == [5, 6, 7] and looked == []
    del model._search_of
    check({"unknown"})
    proxy.set_statuses(None)
    assert shown_rows(proxy) == [2, 3, 5, 6, 7, 9, 10]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # the rows found follow the new order
    assert shown_rows(proxy) == [10, 9, 7, 6, 5, 3, 2]
    proxy.set_statuses({"failed", "unknown"})
    model.upsert([streamed(7, "created"), streamed(12, "unknown", "Rejected? no answer yet")])
    assert shown_rows(proxy) == expected_rows(model, {"failed", "unknown"}, "rejected") == [12, 10, 9, 6, 5, 3, 2]
    proxy.set_statuses({"created"})
    assert shown_rows(proxy) == []
    proxy.set_search("person 4")
    assert shown_rows(proxy) == [4]
    qtmodeltester.check(proxy)


def test_a_new_show_choice_with_a_search_on_a_big_table_uses_what_the_worker_found(qtbot):
    """Above the worker's size the search runs on a worker and a new Show choice filters what it found;
    a Show choice made while a search runs is applied to its answer, an answer for older rows never."""
    runner, model, proxy, bar, n = _big_table_with_bar(qtbot)
    model.set_items([streamed(r, "failed" if r % 3 == 0 else "created", "Rejected" if r % 3 == 0 else "")
                     for r in range(2, n + 2)])
    bar.fill()
    bar.search.setText("person 7")
    bar._apply_search()
    bar.show_only("failed")  # chosen while the search runs: its answer is shown under this choice
    qtbot.waitUntil(lambda: not bar.is_searching(), timeout=20_000)
    assert shown_rows(proxy) == expected_rows(model, {"failed"}, "person 7")
    bar.show_only("created")
    assert shown_rows(proxy) == expected_rows(model, {"created"}, "person 7")
    assert bar.combo.currentText() == f"Created ({len([r for r in range(2, n + 2) if r % 3]):,})"
    # Rows arrive while the next search runs: its answer is for the rows before, so it is made again, on a
    # worker (not on the window's thread: ``set_search``).
    searched_here: list[str] = []
    proxy.set_search = lambda text: searched_here.append(text) or ResultsFilter.set_search(proxy, text)
    bar.search.setText("person 8")
    bar._apply_search()
    model.upsert([streamed(8, "created"), streamed(n + 80, "created"), streamed(n + 81, "failed", "Rejected")])
    bar.fill()
    qtbot.waitUntil(lambda: not bar.is_searching(), timeout=20_000)
    assert shown_rows(proxy) == expected_rows(model, {"created"}, "person 8")
    assert n + 80 in shown_rows(proxy) and 8 in shown_rows(proxy) and searched_here == []
    bar.show_only("all")
    assert shown_rows(proxy) == expected_rows(model, None, "person 8")
    assert bar.combo.currentText() == f"All rows ({n + 2:,})"
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_the_sentence_counts_follow_each_delivery_and_a_new_set_of_rows():
    """The rows left out and the rows the checks kept back, counted as rows come, change and are
    replaced: always what a count of every row afresh says."""

    def afresh(model) -> dict[str, int]:
        other = ResultsModel()
        other.set_items(model.items())
        return other.sentence_counts()

    model = ResultsModel()
    assert model.sentence_counts() == {}
    model.upsert([streamed(r, "skipped") for r in range(2, 6)] + [streamed(6, "unknown")])
    assert model.sentence_counts() == afresh(model) == {"skipped": 2, "left_out": 2, "unknown": 1}
    model.upsert([streamed(3, "created"), streamed(4, "skipped"), streamed(6, "failed"), streamed(7, "skipped"),
                  streamed(7, "created"), streamed(9, "skipped"), streamed(9, "skipped")])
    assert model.sentence_counts() == afresh(model) == {"skipped": 2, "left_out": 2, "created": 2, "failed": 1}
    model.set_items([streamed(2, "created"), streamed(3, "skipped"), streamed(5, "skipped")])  # a retry read again
    assert model.sentence_counts() == afresh(model) == {"created": 1, "left_out": 2}
    model.upsert([streamed(3, "created")])
    assert model.sentence_counts() == {"created": 2, "left_out": 1}


def test_rows_arriving_in_a_big_sorted_table_are_sorted_in_on_a_worker(qtbot):
    """A big table sorted by result takes streamed rows without sorting them on the window's thread
    (90 ms a delivery at 200,000 rows): new rows wait at its end while a worker sorts, and a sort made
    for rows that changed meanwhile is never shown but made again."""
    from gui.models.results_model import sorted_items

    runner, model, proxy, n = _big_table_sorted_on_a_worker()
    proxy.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not proxy.is_sorting(), timeout=20_000)
    model.upsert(items((n + 7, "failed"), (n + 8, "created")))
    assert proxy.is_sorting()  # not sorted here: the new rows at the end meanwhile
    assert [model.item(k).row for k in (n, n + 1)] == [n + 7, n + 8]
    model.upsert(items((n + 14, "failed"), (7, "created")))  # while it sorts: its answer is for older rows
    qtbot.waitUntil(lambda: not proxy.is_sorting(), timeout=20_000)
    want = [i.row for i in sorted_items(model.items(), COL_STATUS, Qt.SortOrder.DescendingOrder)]
    assert [model.item(k).row for k in range(model.rowCount())] == want
    assert want[:3] == [n + 14, n + 7, max(r for r in range(2, n + 2) if r % 7 == 0)]
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_a_run_read_again_with_a_search_active_is_searched_by_the_job_that_reads_it():
    """The rows of a run read again (``load_and_prepare``) are searched for the words in the box off the
    window's thread (0.7 s of it at 200,000 rows): the model tests no row's text when it shows them. Words
    changed while it read are searched for here."""
    from gui.models.results_model import prepare_rows

    model = ResultsModel()
    proxy = ResultsFilter()
    proxy.setSourceModel(model)
    model.set_items([streamed(r, "failed" if r % 3 == 0 else "created") for r in range(2, 40)])
    proxy.set_statuses({"created"})
    proxy.set_search("k1")
    again = [streamed(r, "failed" if r % 4 == 0 else "created") for r in range(2, 60)]
    rows = prepare_rows(again, model.sorted_by(), proxy.words())  # as the job that reads the run does
    looked: list[int] = []
    model._search_of = lambda item: looked.append(item.row) or ResultsModel._search_of(model, item)
    model.set_prepared(rows)
    assert shown_rows(proxy) == expected_rows(model, {"created"}, "k1") == [10, 11, 13, 14, 15, 17, 18, 19]
    assert looked == []
    proxy.set_statuses(None)
    assert shown_rows(proxy) == [10, 11, 12, 13, 14, 15, 16, 17, 18, 19] and looked == []
    del model._search_of
    model.set_prepared(prepare_rows(again, model.sorted_by(), ["k5"]))  # other words: searched here
    assert shown_rows(proxy) == expected_rows(model, None, "k1")
