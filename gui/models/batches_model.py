"""The batches that will be sent: number, kind of request, contacts, file rows and size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from core.targets.payloads import OP_HS_CREATE, OP_HS_UPDATE, OP_HS_UPSERT, OP_VIRTUOUS, Batch
from gui.basics.format import fmt_int, fmt_size
from gui.models.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex

COL_NUMBER, COL_OPERATION, COL_CONTACTS, COL_ROWS, COL_SIZE = range(5)

#: ``data(index, BatchRole)``: the ``Batch`` itself.
BatchRole = Qt.ItemDataRole.UserRole + 1


class BatchesModel(TableModel):
    """A handful to a few thousand batches; text is made on demand."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._batches: list[Batch] = []

    def set_batches(self, batches: list[Batch] | None) -> None:
        self.beginResetModel()
        self._batches = list(batches or [])
        self.endResetModel()

    def batch(self, row: int) -> Batch:
        return self._batches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Batch"), self.tr("Request"), self.tr("Contacts"), self.tr("Rows in file"),
                self.tr("Size")][section]

    def operation_label(self, operation: str) -> str:
        return {
            OP_VIRTUOUS: self.tr("Add or update"),
            OP_HS_CREATE: self.tr("Create"),
            OP_HS_UPSERT: self.tr("Create or update"),
            OP_HS_UPDATE: self.tr("Update chosen contacts"),
        }.get(operation, operation)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self._batches[index.row()]
        col = index.column()
        if role == BatchRole:
            return b
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUMBER:
                return fmt_int(b.number)
            if col == COL_OPERATION:
                return self.operation_label(b.operation)
            if col == COL_CONTACTS:
                return fmt_int(len(b.items))
            if col == COL_ROWS:
                rows = b.rows
                if not rows:
                    return ""
                return f"{rows[0]}–{rows[-1]}" if len(rows) > 1 else str(rows[0])
            if col == COL_SIZE:
                return fmt_size(b.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NUMBER, COL_CONTACTS, COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ROWS:
            return self.tr("Spreadsheet rows in this batch: {rows}").format(
                rows=", ".join(str(r) for r in b.rows[:50]) + (" …" if len(b.rows) > 50 else ""))
        return None
