"""What happened to each row: source row, who, result (icon and words), CRM ID, message, batch, reference.

Rows stream in while a run is sent: a row seen for the first time is appended
(``beginInsertRows``/``endInsertRows``, one block per delivery), a row seen again (unknown, then
settled) is replaced in place with ``dataChanged``: the latest result wins. ``ResultsFilter`` sorts
and filters by status and search text on top of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from core.submit.run_view import ResultItem
from core.targets.outcomes import ATTENTION, STATUS_ORDER, SUCCESS
from gui.basics.format import fmt_int
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.models.colors import ERROR_TINT, EXCLUDED_TINT, WARNING_TINT
from gui.models.table_model import TableModel
from gui.sending.run_words import status_explanation, status_label

Index = QModelIndex | QPersistentModelIndex

COL_ROW, COL_WHO, COL_STATUS, COL_CRM_ID, COL_MESSAGE, COL_BATCH, COL_KEY = range(7)
N_COLUMNS = 7

#: ``data(index, StatusRole)``: the raw status ('created', 'failed', …).
StatusRole = Qt.ItemDataRole.UserRole + 1
#: ``data(index, SortRole)``: numbers as numbers, so row 10 sorts after row 9.
SortRole = Qt.ItemDataRole.UserRole + 2
#: ``data(index, SearchRole)``: the text of the whole row, lower-case, for the search box.
SearchRole = Qt.ItemDataRole.UserRole + 3

#: Filter keys besides the statuses themselves.
ALL, DONE, NEEDS_ATTENTION = "all", "done", "attention"

SUCCESS_TINT = QColor(22, 163, 74, 60)
_TINTS = {"created": SUCCESS_TINT, "updated": SUCCESS_TINT, "accepted": SUCCESS_TINT, "exists": WARNING_TINT,
          "unknown": WARNING_TINT, "failed": ERROR_TINT, "skipped": EXCLUDED_TINT, "not_sent": EXCLUDED_TINT}
_ICONS = {"created": "status-ok", "updated": "status-ok", "accepted": "status-ok", "exists": "status-warning",
          "unknown": "status-warning", "failed": "status-error", "skipped": "status-excluded",
          "not_sent": "status-excluded"}


class ResultsModel(TableModel):
    """One line per source row; ``upsert`` takes streamed results, ``set_items`` a whole run."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ResultItem] = []
        self._pos: dict[int, int] = {}  # source row → position in _items
        self._counts: Counter[str] = Counter()
        self._search: dict[int, str] = {}  # source row → the row's text, lower-case (made when first searched)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None  # None: in the order rows arrived
        self.target = ""

    # -- feeding -------------------------------------------------------------------------------
    def set_items(self, items: Iterable[ResultItem], target: str = "") -> None:
        """Show these rows (a reset); a row listed twice keeps its last result."""
        self.beginResetModel()
        self.target = target or self.target
        self._items, self._pos = [], {}
        for item in items:
            at = self._pos.get(item.row)
            if at is None:
                self._pos[item.row] = len(self._items)
                self._items.append(item)
            else:
                self._items[at] = item
        if self._sorted_by is not None:
            self._items.sort(key=self._sort_key(self._sorted_by[0]),
                             reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder)
            self._pos = {item.row: pos for pos, item in enumerate(self._items)}
        self._counts = Counter(i.status for i in self._items)
        self._search = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def upsert(self, items: Iterable[ResultItem]) -> None:
        """New rows are appended in one insert; rows already shown are replaced (latest wins)."""
        new: list[ResultItem] = []
        new_pos: dict[int, int] = {}
        changed: list[int] = []
        for item in items:
            at = self._pos.get(item.row)
            if at is not None:
                self._counts[self._items[at].status] -= 1
                self._counts[item.status] += 1
                self._items[at] = item
                self._search.pop(item.row, None)
                changed.append(at)
            elif item.row in new_pos:
                self._counts[new[new_pos[item.row]].status] -= 1
                self._counts[item.status] += 1
                new[new_pos[item.row]] = item
            else:
                new_pos[item.row] = len(new)
                new.append(item)
                self._counts[item.status] += 1
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), N_COLUMNS - 1))
        if new:
            start = len(self._items)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            for i, item in enumerate(new):
                self._pos[item.row] = start + i
            self._items.extend(new)
            self.endInsertRows()
            if self._sorted_by is not None:  # keep the order the person chose (nearly sorted: quick)
                self.sort(*self._sorted_by)

    # -- reading -------------------------------------------------------------------------------
    def item(self, position: int) -> ResultItem:
        return self._items[position]

    def items(self) -> list[ResultItem]:
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
        from gui.sending.run_words import is_left_out, with_left_out

        left_out = sum(1 for i in self._items if i.status == "skipped" and is_left_out(i.code)) \
            if self._counts.get("skipped") else 0
        return {k: n for k, n in with_left_out(self.counts(), left_out).items() if n}

    def search_text(self, position: int) -> str:
        """The whole row's text, lower-case, for the search box (kept until the row changes)."""
        item = self._items[position]
        text = self._search.get(item.row)
        if text is None:
            text = " ".join(self._text(item, c) for c in range(N_COLUMNS)).casefold()
            self._search[item.row] = text
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python (a proxy sorting 20,000 rows through ``data()`` takes seconds)."""
        if not 0 <= column < N_COLUMNS:
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        key = self._sort_key(column)
        self.layoutAboutToBeChanged.emit()
        before = [item.row for item in self._items]
        self._items.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._pos = {item.row: pos for pos, item in enumerate(self._items)}
        old = self.persistentIndexList()
        new = [self.index(self._pos[before[i.row()]], i.column()) if 0 <= i.row() < len(before) else QModelIndex()
               for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Any:
        if column == COL_ROW:
            return lambda i: i.row
        if column == COL_BATCH:
            return lambda i: (i.batch is None, i.batch or 0, i.row)
        if column == COL_STATUS:
            return lambda i: (status_label(i.status).casefold(), i.row)
        return lambda i: (self._text(i, column).casefold(), i.row)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

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
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
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


class ResultsFilter(QSortFilterProxyModel):
    """Rows of some statuses only (None: all), whose text contains every word typed in the search box."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] | None = None
        self._words: list[str] = []
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)  # filters rows as they stream in

    def _refilter(self, change: Any) -> None:
        # Each call is guarded by its own Qt version: beginFilterChange() came with Qt 6.9,
        # endFilterChange() with 6.10 (which deprecates invalidateFilter()); 6.8 has neither.
        begun = hasattr(self, "beginFilterChange")
        if begun:
            self.beginFilterChange()
        change()
        if begun and hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def set_statuses(self, statuses: Iterable[str] | None) -> None:
        def change() -> None:
            self._statuses = frozenset(statuses) if statuses is not None else None
        self._refilter(change)

    def statuses(self) -> frozenset[str] | None:
        return self._statuses

    def set_search(self, text: str) -> None:
        def change() -> None:
            self._words = text.casefold().split()
        self._refilter(change)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The results model sorts itself (fast); this proxy keeps its order and only filters."""
        model = self.sourceModel()
        if isinstance(model, ResultsModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        if not isinstance(model, ResultsModel):
            return True
        if self._statuses is not None and model.item(source_row).status not in self._statuses:
            return False
        if self._words:
            text = model.search_text(source_row)
            return all(w in text for w in self._words)
        return True


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
