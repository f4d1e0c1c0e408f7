"""The first rows of a sheet exactly as in the file, for picking the header row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from core.readers.header import column_letter
from core.validation.normalize import as_text
from gui.models.colors import DETECTED_TINT, HEADER_TINT
from gui.models.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex


class PeekModel(TableModel):
    """Rows keep their Excel numbers in the vertical header; the header row in use is tinted and bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Any]] = []
        self._width = 0
        self._header_row: int | None = None
        self._detected: int | None = None

    def set_rows(self, rows: list[list[Any]], header_row: int | None, detected: int | None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._width = max((len(r) for r in self._rows), default=0)
        self._header_row = header_row
        self._detected = detected
        self.endResetModel()

    def header_row(self) -> int | None:
        return self._header_row

    def set_header_row(self, row: int | None) -> None:
        """Move the highlight without a reset (the rows are the same)."""
        self._header_row = row
        if self._rows and self._width:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self._width - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        excel_row = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            value = row[index.column()] if index.column() < len(row) else None
            return "" if value is None else as_text(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            if excel_row == self._header_row:
                return HEADER_TINT
            if excel_row == self._detected:
                return DETECTED_TINT
            return None
        if role == Qt.ItemDataRole.FontRole and excel_row == self._header_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if excel_row == self._header_row:
                return self.tr("Column names are taken from this row")
            if excel_row == self._detected:
                return self.tr("This row looked like the column names")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1)
