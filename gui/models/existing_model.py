"""Who is already in HubSpot, per row: new, exists (with its ID) or exists and would change (old → new)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from core.account.plan import STATE_LABELS, RowPlan
from gui.basics.language import core_text
from gui.models.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
COL_ROW, COL_STATE, COL_CHANGES, COL_DOES = range(4)


class ExistingModel(TableModel):
    """One line per row that exists in HubSpot (new rows are only counted)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plans: list[RowPlan] = []

    def set_plans(self, plans: dict[int, RowPlan]) -> None:
        self.beginResetModel()
        self._plans = [p for _row, p in sorted(plans.items()) if p.state in ("exists", "changes")]
        self.endResetModel()

    def plans(self) -> list[RowPlan]:
        return list(self._plans)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("In HubSpot"), self.tr("Would change (now → from the file)"),
                    self.tr("What sending does"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self._plans[index.row()]
        col = index.column()
        if col == COL_ROW:
            return p.row
        if col == COL_STATE:
            return f"{core_text(STATE_LABELS[p.state])} (ID {p.crm_id})"
        if col == COL_CHANGES:
            sep = "\n" if role == Qt.ItemDataRole.ToolTipRole else "; "
            return sep.join(f"{c.field}: {c.old or self.tr('(empty)')} → {c.new}" for c in p.changes) or "—"
        if p.action == "fill":
            return self.tr("Fills {fields}").format(fields=", ".join(p.fill)) if p.fill else self.tr("Nothing to fill")
        return {"update": self.tr("Updated"), "skip": self.tr("Skipped, left as it is"),
                "conflict": self.tr("Reported as a conflict")}.get(p.action, p.action)
