"""A merged group field by field: one line per field, one column per row of the group; the value the
merged row takes is ticked, and picking another row's value is one click (``choose``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from core.mapping.catalog import catalog_for
from core.matching.view import MergeField, merge_of
from gui.basics.language import core_text
from gui.models.duplicates_model import AGREE_TINT
from gui.models.table_model import TableModel
from gui.session.import_session import Session

Index = QModelIndex | QPersistentModelIndex
COL_FIELD = 0


class MergeFieldsModel(TableModel):
    """Shows ``core.matching.view.merge_fields`` for the group being merged; the rule lives there."""

    chosen = Signal(str, int)  # field, row whose value wins

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.group: int | None = None
        self.rows: list[int] = []
        self._fields: list[MergeField] = []

    def show_group(self, group: int | None) -> None:
        """The group whose merge is shown (None: nothing; a group not being merged shows nothing)."""
        s = self.session
        self.beginResetModel()
        self.group, self.rows, self._fields = group, [], []
        if group is not None and s.duplicates is not None and s.book is not None and s.checked is not None:
            self.rows = list(s.duplicates.groups[group - 1].rows)
            self._fields = merge_of(s.book, s.checked.rows, self.rows)
        self.endResetModel()

    def _label(self, key: str) -> str:
        """The field's name as the Map step shows it (its key when the catalog does not know it)."""
        fd = catalog_for(self.session.target).get(key)
        return core_text(fd.label) if fd else key

    def field(self, line: int) -> MergeField:
        return self._fields[line]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._fields else 1 + len(self.rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Field") if section == COL_FIELD else self.tr("Row {row}").format(row=self.rows[section - 1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() > COL_FIELD and self._value(index):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _value(self, index: Index) -> str:
        return self._fields[index.row()].values.get(self.rows[index.column() - 1], "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f, col = self._fields[index.row()], index.column()
        if col == COL_FIELD:
            return self._label(f.field) if role == Qt.ItemDataRole.DisplayRole else None
        row = self.rows[col - 1]
        wins = f.winner == row
        if role == Qt.ItemDataRole.DisplayRole:
            return f.values.get(row, "")
        if role == Qt.ItemDataRole.CheckStateRole and f.values.get(row):
            return Qt.CheckState.Checked if wins else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and wins:
            return AGREE_TINT
        if role == Qt.ItemDataRole.FontRole and wins:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if wins:
                return self.tr("The merged row takes this value") + (
                    "" if f.chosen else self.tr(" (most complete row)"))
            return self.tr("Click to use this value instead") if f.values.get(row) else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() == COL_FIELD \
                or not self._value(index):
            return False
        self.chosen.emit(self._fields[index.row()].field, self.rows[index.column() - 1])
        return True
