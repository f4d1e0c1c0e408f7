"""What happened to each row: source row, who, result (icon and words), CRM ID, message, batch, reference.

Rows stream in while a run is sent: a row seen for the first time is appended
(``beginInsertRows``/``endInsertRows``, one block per delivery), a row seen again (unknown, then
settled) is replaced in place with ``dataChanged``: the latest result wins. ``ResultsFilter`` sorts
and filters by status and search text on top of it.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QColor

from core.submit.run_view import ResultItem
from core.targets.outcomes import ATTENTION, STATUS_ORDER, SUCCESS
from gui.basics.format import fmt_int
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.models.colors import ERROR_TINT, EXCLUDED_TINT, WARNING_TINT
from gui.models.table_model import TableModel
from gui.sending.run_words import is_left_out, status_explanation, status_label, with_left_out
from gui.session.workers import Job, JobRunner

Index = QModelIndex | QPersistentModelIndex

COL_ROW, COL_WHO, COL_STATUS, COL_CRM_ID, COL_MESSAGE, COL_BATCH, COL_KEY = range(7)
N_COLUMNS = 7

#: ``data(index, StatusRole)``: the raw status ('created', 'failed', …).
StatusRole = Qt.ItemDataRole.UserRole + 1
#: ``data(index, SortRole)``: numbers as numbers, so row 10 sorts after row 9.
SortRole = Qt.ItemDataRole.UserRole + 2
#: ``data(index, SearchRole)``: the text of the whole row, lower-case, for the search box.
SearchRole = Qt.ItemDataRole.UserRole + 3

#: With more rows than this, sorting by a column runs on a worker (``ResultsFilter.sort``).
SORT_AT_ONCE_ROWS = 20_000
#: Rows streaming into such a table are sorted in once they pause this long (``ResultsFilter.resort``).
RESORT_DELAY_MS = 300

#: Filter keys besides the statuses themselves.
ALL, DONE, NEEDS_ATTENTION = "all", "done", "attention"

SUCCESS_TINT = QColor(22, 163, 74, 60)
_TINTS = {"created": SUCCESS_TINT, "updated": SUCCESS_TINT, "accepted": SUCCESS_TINT, "exists": WARNING_TINT,
          "unknown": WARNING_TINT, "failed": ERROR_TINT, "skipped": EXCLUDED_TINT, "not_sent": EXCLUDED_TINT}
_ICONS = {"created": "status-ok", "updated": "status-ok", "accepted": "status-ok", "exists": "status-warning",
          "unknown": "status-warning", "failed": "status-error", "skipped": "status-excluded",
          "not_sent": "status-excluded"}


@dataclass
class PreparedRows:
    """A run's rows as the model keeps them, made off the window's thread (``prepare_rows``)."""

    items: list[ResultItem]
    pos: dict[int, int]  # source row → position in items
    counts: Counter[str]
    sorted_by: tuple[int, Qt.SortOrder] | None
    left_out: int  # skipped rows the person left out (or a duplicate choice did), for the sentences
    words: list[str] = field(default_factory=list)  # the search the rows were searched for
    texts: dict[int, str] = field(default_factory=dict)  # source row → its text, lower-case (if searched)
    matching: list[int] | None = None  # positions of the rows holding every word (None: no words)


def prepare_rows(items: Iterable[ResultItem], sorted_by: tuple[int, Qt.SortOrder] | None,
                 words: list[str] | None = None) -> PreparedRows:
    """One line per source row (a row listed twice keeps its last result), in ``sorted_by``'s order, with
    the counts and the rows holding the search's ``words``: the passes over every row that showing a
    200,000-row run made on the window's thread (half a second of it; 0.7 s more with a search active),
    now made by the job that reads the run. Touches no widget: any thread."""
    kept: list[ResultItem] = []
    pos: dict[int, int] = {}
    for item in items:
        at = pos.get(item.row)
        if at is None:
            pos[item.row] = len(kept)
            kept.append(item)
        else:
            kept[at] = item
    if sorted_by is not None:
        kept = sorted_items(kept, *sorted_by, gentle=True)
        pos = {}
        for at, item in enumerate(kept):  # a loop, not one call: the window's thread gets the GIL meanwhile
            pos[item.row] = at
    counts = Counter(i.status for i in kept)
    left_out = sum(1 for i in kept if i.status == "skipped" and is_left_out(i.code)) if counts.get("skipped") else 0
    texts, matching = find_rows(kept, {}, words=words) if words else ({}, None)
    return PreparedRows(kept, pos, counts, sorted_by, left_out, list(words or []), texts, matching)


class ResultsModel(TableModel):
    """One line per source row; ``upsert`` takes streamed results, ``set_items`` a whole run.

    The Show list and the search box filter here, as the Check step's table does (``set_filter``): the
    model's rows are the positions that pass, worked out in one pass when the choice changes, and Qt
    asks about the rows in view only. (A proxy's ``filterAcceptsRow`` was a Python call per row each
    time 200,000 rows were shown or filtered: 0.3 s of the window's time.)"""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ResultItem] = []
        self._pos: dict[int, int] = {}  # source row → position in _items
        self._counts: Counter[str] = Counter()
        self._search: dict[int, str] = {}  # source row → the row's text, lower-case (made when first searched)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None  # None: in the order rows arrived
        self._left_out = 0  # see PreparedRows; counted as rows come, change and go (``_count``)
        self._statuses: frozenset[str] | None = None  # the Show choice (None: every status)
        self._words: list[str] = []  # the search box's words, lower-case
        #: Positions in _items (ascending) of the rows whose text holds every word, whatever their status
        #: (None: no words, or not found yet): a new Show choice filters these, not every row.
        self._matching: list[int] | None = None
        self._visible: list[int] | None = None  # positions in _items that pass the filter (None: all)
        #: Goes up whenever the rows or their order change: a search made on a worker from an older
        #: state is not applied (``apply_found``).
        self.generation = 0
        self.target = ""
        #: Called to put rows that arrived back in the order the person chose (None: ``sort``, here and
        #: now); the Results step's proxy sorts a big table on a worker instead (``ResultsFilter.resort``).
        self.resorter: Callable[[], None] | None = None

    # -- feeding -------------------------------------------------------------------------------
    def set_items(self, items: Iterable[ResultItem], target: str = "") -> None:
        """Show these rows (a reset); a row listed twice keeps its last result."""
        self.set_prepared(prepare_rows(items, self._sorted_by), target)

    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the person sorted by (None: the order rows arrived)."""
        return self._sorted_by

    def set_prepared(self, rows: PreparedRows, target: str = "") -> None:
        """Show rows made by ``prepare_rows`` (on a worker): a reset, and no pass over them here unless
        the person sorted by another column, or searched for other words, meanwhile."""
        matching = rows.matching if rows.words == self._words and rows.sorted_by == self._sorted_by else None
        texts = rows.texts
        if rows.sorted_by != self._sorted_by:
            rows = prepare_rows(rows.items, self._sorted_by)
        self.generation += 1
        self.beginResetModel()
        self.target = target or self.target
        self._items, self._pos, self._counts = rows.items, rows.pos, rows.counts
        self._left_out = rows.left_out
        self._search = texts
        self._matching = matching if self._words else None
        self._visible = self._passing()
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def set_filter(self, statuses: Iterable[str] | None, words: list[str]) -> None:
        """Only rows of these statuses (None: all) whose text holds every word (lower-case). With the same
        words as before, only the rows they found are filtered again (a pass over every row's text took
        the window 50–60 ms at 200,000 rows)."""
        self.beginResetModel()
        self._statuses = frozenset(statuses) if statuses is not None else None
        if list(words) != self._words:
            self._matching = None
        self._words = list(words)
        self._visible = self._passing()
        self.endResetModel()

    def _passes(self, item: ResultItem) -> bool:
        if self._statuses is not None and item.status not in self._statuses:
            return False
        return self._holds_words(item)

    def _holds_words(self, item: ResultItem) -> bool:
        if not self._words:
            return True
        text = self._search_of(item)
        return all(w in text for w in self._words)

    def _passing(self) -> list[int] | None:
        if self._statuses is None and not self._words:
            return None
        items = self._items
        statuses = self._statuses
        if not self._words:
            return [p for p, item in enumerate(items) if item.status in statuses]  # type: ignore[operator]
        if self._matching is None:  # one word at a time over the rows still in: a test of a kept text per row
            found = list(range(len(items)))
            search = self._search_of
            texts = [search(item) for item in items]
            for word in self._words:
                kept = [k for k, text in enumerate(texts) if word in text]
                found, texts = [found[k] for k in kept], [texts[k] for k in kept]
            self._matching = found
        if statuses is None:
            return list(self._matching)
        return [p for p in self._matching if items[p].status in statuses]

    def total(self) -> int:
        """Rows of the run, filtered or not."""
        return len(self._items)

    def search_snapshot(self) -> tuple[list[ResultItem], dict[int, str]]:
        """The rows and the texts kept so far, for ``find_rows`` on a worker."""
        return list(self._items), self._search

    def apply_found(self, generation: int, statuses: Iterable[str] | None, words: list[str],
                    found: tuple[dict[int, str], list[int]]) -> bool:
        """Show what ``find_rows`` found on a worker (the rows holding ``words``, whatever their status),
        of these statuses, unless the rows changed since (then False)."""
        if generation != self.generation:
            return False
        texts, matching = found
        self._search.update(texts)
        self.beginResetModel()
        self._statuses = frozenset(statuses) if statuses is not None else None
        self._words = list(words)
        self._matching = list(matching) if self._words else None
        self._visible = self._passing()
        self.endResetModel()
        return True

    def upsert(self, items: Iterable[ResultItem]) -> None:
        """New rows are appended in one insert; rows already shown are replaced (latest wins)."""
        new: list[ResultItem] = []
        new_pos: dict[int, int] = {}
        changed: list[int] = []
        refilter = False  # a row shown now hidden, or the other way round
        matching = self._matching if self._words else None  # kept up to date as rows come and change
        self.generation += 1
        for item in items:
            at = self._pos.get(item.row)
            if at is not None:
                refilter = self._replace(at, item, matching, refilter)
                changed.append(at)
            elif item.row in new_pos:
                self._count(new[new_pos[item.row]], -1)
                self._count(item, 1)
                new[new_pos[item.row]] = item
            else:
                new_pos[item.row] = len(new)
                new.append(item)
                self._count(item, 1)
        start = len(self._items)
        for i, item in enumerate(new):
            self._pos[item.row] = start + i
        if matching is not None:
            matching.extend(start + i for i, item in enumerate(new) if self._holds_words(item))
        if refilter:
            self.beginResetModel()
            self._items.extend(new)
            self._visible = self._passing()
            self.endResetModel()
        else:
            self._show_changed(changed)
            self._append(new, start)
        if new and self._sorted_by is not None and not self._still_in_order(start):
            if self.resorter is not None:  # keep the order the person chose
                self.resorter()
            else:
                self.sort(*self._sorted_by)

    def _replace(self, at: int, item: ResultItem, matching: list[int] | None, refilter: bool) -> bool:
        """Row ``at`` becomes ``item`` (its counts, search text and place among the rows the search
        matched follow); returns whether the shown rows must be filtered again (one shown now hidden,
        or the other way round), or ``refilter`` when that is already known."""
        old = self._items[at]
        was = self._visible is not None and not refilter and self._passes(old)
        held = matching is not None and self._holds_words(old)
        self._count(old, -1)
        self._count(item, 1)
        self._search.pop(item.row, None)
        self._items[at] = item
        if self._visible is not None and not refilter:
            refilter = was != self._passes(item)
        if matching is not None and held != self._holds_words(item):
            k = bisect_left(matching, at)
            if held:
                del matching[k]
            else:
                matching.insert(k, at)
        return refilter

    def _count(self, item: ResultItem, n: int) -> None:
        """Count ``item`` in (1) or out (-1) of the counts and the sentences' left-out rows: a delivery costs
        its own rows, not a count of every row (10 ms a delivery at 200,000 rows)."""
        self._counts[item.status] += n
        if item.status == "skipped" and is_left_out(item.code):
            self._left_out += n

    def _still_in_order(self, start: int) -> bool:
        """Rows appended from ``start`` on, by row and after every earlier one, to a table sorted by row
        (the Results step's own order while a run streams in): nothing to sort."""
        if self._sorted_by != (COL_ROW, Qt.SortOrder.AscendingOrder):
            return False
        rows = [item.row for item in self._items[max(start - 1, 0):]]
        return all(a < b for a, b in zip(rows, rows[1:], strict=False))

    def _show_changed(self, changed: list[int]) -> None:
        if not changed:
            return
        if self._visible is not None:
            wanted = set(changed)
            shown = [k for k in (bisect_left(self._visible, p) for p in wanted)
                     if k < len(self._visible) and self._visible[k] in wanted]
            if not shown:
                return
            first, last = min(shown), max(shown)
        else:
            first, last = min(changed), max(changed)
        self.dataChanged.emit(self.index(first, 0), self.index(last, N_COLUMNS - 1))

    def _append(self, new: list[ResultItem], start: int) -> None:
        if not new:
            return
        if self._visible is None:
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._items.extend(new)
            self.endInsertRows()
            return
        self._items.extend(new)
        passing = [start + i for i, item in enumerate(new) if self._passes(item)]
        if passing:
            at = len(self._visible)
            self.beginInsertRows(QModelIndex(), at, at + len(passing) - 1)
            self._visible.extend(passing)
            self.endInsertRows()

    # -- reading -------------------------------------------------------------------------------
    def item(self, row: int) -> ResultItem:
        """The item on the table's row ``row`` (as filtered)."""
        return self._items[row if self._visible is None else self._visible[row]]

    def items(self) -> list[ResultItem]:
        """Every row of the run, filtered or not."""
        return list(self._items)

    def item_for_row(self, row: int) -> ResultItem | None:
        at = self._pos.get(row)
        return None if at is None else self._items[at]

    def counts(self) -> dict[str, int]:
        """Rows per status (only statuses that occur)."""
        return {k: n for k, n in self._counts.items() if n}

    def sentence_counts(self) -> dict[str, int]:
        """``counts()`` with the skipped rows the person left out (or a duplicate choice did) apart from
        those the checks kept back, for the sentences (``run_words.counts_sentence``)."""
        return {k: n for k, n in with_left_out(self.counts(), self._left_out).items() if n}

    def search_text(self, row: int) -> str:
        """The whole text of the table's row ``row``, lower-case, for the search box."""
        return self._search_of(self.item(row))

    def _search_of(self, item: ResultItem) -> str:
        text = self._search.get(item.row)  # kept until the row changes
        if text is None:
            text = self._search[item.row] = row_text(item)
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python (a proxy sorting 20,000 rows through ``data()`` takes seconds)."""
        if not 0 <= column < N_COLUMNS:
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        ordered = sorted_items(self._items, column, order)
        self._reorder(ordered, positions(ordered))

    def sort_snapshot(self) -> list[ResultItem]:
        """The rows, for ``sort_rows`` on a worker."""
        return list(self._items)

    def apply_sorted(self, generation: int, column: int, order: Qt.SortOrder,
                     ordered: tuple[list[ResultItem], dict[int, int]]) -> bool:
        """The rows sorted on a worker (``sort_rows``), unless they changed since (then False)."""
        if generation != self.generation:
            return False
        self._sorted_by = (column, order)
        self._reorder(*ordered)
        return True

    def _reorder(self, ordered: list[ResultItem], pos: dict[int, int]) -> None:
        """The same rows in another order; the view's current cell and selection follow their rows."""
        self.generation += 1
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()  # a few
        n = self.rowCount()
        before = [self.item(i.row()).row if 0 <= i.row() < n else None for i in old]
        if self._matching is not None:  # the same rows, at their new positions
            rows = map(attrgetter("row"), map(self._items.__getitem__, self._matching))
            self._matching = sorted(map(pos.__getitem__, rows))
        self._items, self._pos = ordered, pos
        self._visible = self._passing()
        shown = {p: r for r, p in enumerate(self._visible)} if self._visible is not None else None
        new = []
        for i, row in zip(old, before, strict=True):
            at = self._pos[row] if row is not None else None
            if at is not None and shown is not None:
                at = shown.get(at)
            new.append(self.index(at, i.column()) if at is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._items) if self._visible is None else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else N_COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < N_COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Row"), self.tr("Contact"), self.tr("Result"), self.tr("CRM ID"), self.tr("Message"),
                    self.tr("Batch"), self.tr("Reference ID")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [self.tr("The row's number in your spreadsheet"), self.tr("Who the row is"),
                    self.tr("What happened to the row"), self.tr("The contact's ID in the CRM"),
                    self.tr("What the CRM said, or why the row was not sent"), self.tr("The request it was sent in"),
                    self.tr("The ID the CRM can use to find this row again")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.item(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == StatusRole:
            return item.status
        if role == SortRole:
            return self._sort_value(item, col)
        if role == SearchRole:
            return self.search_text(index.row())
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return icon(_ICONS.get(item.status, "info"))
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            return _TINTS.get(item.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ROW, COL_BATCH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_STATUS:
            return status_label(item.status)
        return None

    def _sort_value(self, item: ResultItem, col: int) -> Any:
        """Rows and batches sort as numbers (a row not in a batch first), the rest as text."""
        if col == COL_ROW:
            return item.row
        if col == COL_BATCH:
            return item.batch if item.batch is not None else -1
        return self._text(item, col).casefold()

    def _tooltip(self, item: ResultItem, col: int) -> str | None:
        """What a status means, a message in full with its code, a long name in full."""
        if col == COL_STATUS:
            return status_explanation(item.status, self.target)
        if col == COL_MESSAGE and item.message:
            return core_text(item.message) + (f"\n({item.code})" if item.code else "")
        if col == COL_WHO and item.who:
            return item.who
        return None

    def _text(self, item: ResultItem, col: int) -> str:
        return cell_text(item, col)


def cell_text(item: ResultItem, col: int) -> str:
    """What a cell shows (any thread: no widget is touched)."""
    if col == COL_ROW:
        return fmt_int(item.row)
    if col == COL_WHO:
        return item.who
    if col == COL_STATUS:
        return status_label(item.status)
    if col == COL_CRM_ID:
        return item.crm_id
    if col == COL_MESSAGE:
        return core_text(item.message)
    if col == COL_BATCH:
        return fmt_int(item.batch) if item.batch is not None else ""
    if col == COL_KEY:
        return item.key
    return ""


#: On a worker, lists are sorted in parts this long, then merged (see ``sorted_items``).
GENTLE_PART = 10_000


def _sort(seq: Sequence[Any], key: Any, reverse: bool, gentle: bool) -> list[Any]:
    if not gentle or len(seq) <= GENTLE_PART:
        return sorted(seq, key=key, reverse=reverse)
    parts = [sorted(seq[i:i + GENTLE_PART], key=key, reverse=reverse) for i in range(0, len(seq), GENTLE_PART)]
    return list(heapq.merge(*parts, key=key, reverse=reverse))  # stable: equal keys keep the parts' order


def find_rows(items: list[ResultItem], known: dict[int, str], *, words: list[str],
              progress: Any = None) -> tuple[dict[int, str], list[int]]:
    """The positions of the rows whose text holds every word, whatever their status (the model filters
    them by the Show choice, now and when it changes), and the texts made for them that ``known`` did not
    have. On a worker: making 200,000 rows' texts took the window 0.9 s, and testing them all 0.1 s."""
    texts: dict[int, str] = {}
    found: list[int] = []
    total = len(items)
    for p, item in enumerate(items):
        text = known.get(item.row)
        if text is None:
            text = texts[item.row] = row_text(item)
        if all(w in text for w in words):
            found.append(p)
        if progress is not None and p % 20_000 == 0:
            progress(p, total)
    return texts, found


def row_text(item: ResultItem) -> str:
    """The whole row's text, lower-case, as the search box reads it."""
    return " ".join(cell_text(item, c) for c in range(N_COLUMNS)).casefold()


def sorted_items(items: list[ResultItem], column: int, order: Qt.SortOrder, *,
                 gentle: bool = False) -> list[ResultItem]:
    """``items`` by ``column`` (then by row, in the same direction), as a person sorts the table.

    Sorted by row first, then by the column's values alone (Python's sort keeps the order of equal
    values, reversed or not): with the keys in a list and C code comparing them, 200,000 rows sort in
    a fifth of the time a (value, row) key per row took. ``gentle`` (a worker): sorted in parts then
    merged, as one sort of 200,000 rows is one call that keeps the GIL, and so the window, 40 ms.
    Any thread: no widget is touched."""
    reverse = order == Qt.SortOrder.DescendingOrder
    by_row = _sort(items, attrgetter("row"), reverse, gentle)
    if column == COL_ROW:
        return by_row
    keys: list[Any]
    if column == COL_STATUS:  # a handful of statuses: each one's words made once, not once a row
        labels = {s: status_label(s).casefold() for s in {i.status for i in by_row}}
        keys = [labels[s] for s in map(attrgetter("status"), by_row)]
    elif column == COL_BATCH:  # a row not in a batch first
        keys = [(b is None, b or 0) for b in map(attrgetter("batch"), by_row)]
    else:
        keys = [cell_text(i, column).casefold() for i in by_row]
    return [by_row[k] for k in _sort(range(len(by_row)), keys.__getitem__, reverse, gentle)]


def sort_rows(items: list[ResultItem], column: int, order: Qt.SortOrder, *,
              progress: Any = None) -> tuple[list[ResultItem], dict[int, int]]:
    """``sorted_items`` and the rows' new positions, on a worker (the window's thread spent 90 ms of a
    200,000-row sort on these two, and Qt 30 ms on the new order)."""
    ordered = sorted_items(items, column, order, gentle=True)
    pos: dict[int, int] = {}
    total = len(ordered)
    for at, item in enumerate(ordered):  # a loop, not one call: the window's thread gets the GIL meanwhile
        pos[item.row] = at
        if progress is not None and at % 20_000 == 0:
            progress(at, total)  # and a sort asked again stops here
    return ordered, pos


def positions(items: list[ResultItem]) -> dict[int, int]:
    """Source row → position in ``items``."""
    return dict(zip(map(attrgetter("row"), items), range(len(items)), strict=True))


class ResultsFilter(QSortFilterProxyModel):
    """Rows of some statuses only (None: all), whose text contains every word typed in the search box.

    The results model filters (``ResultsModel.set_filter``) and sorts itself; this proxy passes its rows
    through in Qt's own code, never calling Python once per row."""

    def __init__(self, parent: Any = None, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] | None = None
        self._words: list[str] = []
        self.setSortRole(SortRole)
        #: With more than ``SORT_AT_ONCE_ROWS`` rows, a sort runs on a worker of this runner.
        self.runner = runner
        self._sort_job: Job | None = None
        self._sort_asked: tuple[int, int, Qt.SortOrder] = (0, 0, Qt.SortOrder.AscendingOrder)
        self._redo: tuple[int, Qt.SortOrder] | None = None  # the order to sort in again once rows pause
        self._resort_timer = QTimer(self)
        self._resort_timer.setSingleShot(True)
        self._resort_timer.setInterval(RESORT_DELAY_MS)
        self._resort_timer.timeout.connect(self._resort_now)

    def _apply(self) -> None:
        model = self.sourceModel()
        if isinstance(model, ResultsModel):
            model.set_filter(self._statuses, self._words)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt's name
        super().setSourceModel(model)
        if isinstance(model, ResultsModel):
            model.resorter = self.resort
        self._apply()

    def set_statuses(self, statuses: Iterable[str] | None) -> None:
        self._statuses = frozenset(statuses) if statuses is not None else None
        self._apply()

    def statuses(self) -> frozenset[str] | None:
        return self._statuses

    def set_search(self, text: str) -> None:
        self._words = text.casefold().split()
        self._apply()

    def words(self) -> list[str]:
        return list(self._words)

    def apply_found(self, generation: int, text: str, found: tuple[dict[int, str], list[int]]) -> bool:
        """The search for ``text`` made on a worker (``find_rows``); False if the rows changed since."""
        model = self.sourceModel()
        words = text.casefold().split()
        if not isinstance(model, ResultsModel) or not model.apply_found(generation, self._statuses, words, found):
            return False
        self._words = words
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The results model sorts itself; this proxy keeps its order. Many rows are sorted on a worker."""
        model = self.sourceModel()
        if not isinstance(model, ResultsModel):
            super().sort(column, order)
            return
        self._resort_timer.stop()
        self._redo = None
        if self._sort_job is not None:
            self._sort_job.cancel()
            self._sort_job = None
        if self.runner is None or model.total() <= SORT_AT_ONCE_ROWS or not 0 <= column < N_COLUMNS:
            model.sort(column, order)
            return
        job = Job(sort_rows, model.sort_snapshot(), column, order,
                  what=QCoreApplication.translate("ResultsFilter", "sorting the results"))
        job.finished.connect(self._sorted)
        job.failed.connect(self._sort_failed)
        self._sort_job, self._sort_asked = job, (model.generation, column, order)
        self.runner.start(job)

    def resort(self) -> None:
        """Rows arrived in a sorted table: sorted again in the order asked last. Many rows are sorted on a
        worker once rows pause (``RESORT_DELAY_MS``): a sort per delivery kept the worker holding the lock
        the window needs; until then rows new to the table wait at its end."""
        model = self.sourceModel()
        if self._sort_job is not None or not isinstance(model, ResultsModel):
            return  # its answer is for the rows before these: sorted again when it comes (``_sorted``)
        wanted = self._redo or model.sorted_by()
        if wanted is not None:
            self._sort_later(*wanted)

    def _sort_later(self, column: int, order: Qt.SortOrder) -> None:
        model = self.sourceModel()
        if self.runner is None or not isinstance(model, ResultsModel) or model.total() <= SORT_AT_ONCE_ROWS:
            self.sort(column, order)
            return
        self._redo = (column, order)
        self._resort_timer.start()  # again: rows still coming

    @Slot()
    def _resort_now(self) -> None:
        if self._sort_job is None and self._redo is not None:
            self.sort(*self._redo)

    def is_sorting(self) -> bool:
        """True while a sort runs on a worker, or waits for rows to pause."""
        return self._sort_job is not None or self._resort_timer.isActive()

    @Slot(object)
    def _sorted(self, ordered: tuple) -> None:
        model = self.sourceModel()
        if self.sender() is not self._sort_job or not isinstance(model, ResultsModel):
            return
        self._sort_job = None
        generation, column, order = self._sort_asked
        if not model.apply_sorted(generation, column, order, ordered):
            self._sort_later(column, order)  # the rows changed meanwhile (a run streaming in): sorted again

    @Slot(str)
    def _sort_failed(self, _message: str) -> None:
        model = self.sourceModel()
        if self.sender() is self._sort_job and isinstance(model, ResultsModel):
            self._sort_job = None
            model.sort(*self._sort_asked[1:])


def filter_choices(counts: dict[str, int]) -> list[tuple[str, str]]:
    """(label, key) for the Show list: all rows, sent, needs attention, then each status that occurs."""
    tr = QCoreApplication.translate
    out = [(tr("ResultsFilter", "All rows ({n})").format(n=fmt_int(sum(counts.values()))), ALL)]
    done = sum(counts.get(k, 0) for k in SUCCESS)
    attention = sum(counts.get(k, 0) for k in ATTENTION)
    if done:
        out.append((tr("ResultsFilter", "Sent ({n})").format(n=fmt_int(done)), DONE))
    if attention:
        out.append((tr("ResultsFilter", "Needs attention ({n})").format(n=fmt_int(attention)), NEEDS_ATTENTION))
    out += [(f"{status_label(s)} ({fmt_int(counts[s])})", s) for s in STATUS_ORDER if counts.get(s)]
    return out


def statuses_for(key: object) -> frozenset[str] | None:
    """The statuses a Show choice keeps (None: every row)."""
    if key in (None, ALL):
        return None
    if key == DONE:
        return frozenset(SUCCESS)
    if key == NEEDS_ATTENTION:
        return frozenset(ATTENTION)
    return frozenset({str(key)})
