"""Past runs, newest first: when, which file, where to, how it ended, and the counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from core.mapping.catalog import TARGET_LABELS
from core.submit.journal import RunInfo
from core.targets.outcomes import STATUS_ORDER
from gui.basics.format import fmt_int
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.models.table_model import TableModel
from gui.sending.run_words import cancelled_counts, fmt_when, status_label

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_FILE, COL_WHERE, COL_STATE, COL_COUNTS = range(5)

#: ``data(index, RunRole)``: the ``RunInfo``.
RunRole = Qt.ItemDataRole.UserRole + 1
#: ``data(index, SortRole)``: the creation time for When, else the text.
SortRole = Qt.ItemDataRole.UserRole + 2

_STATE_ICONS = {"finished": "status-ok", "interrupted": "status-warning", "stopped": "status-warning",
                "cancelled": "status-excluded", "created": "status-excluded", "running": "info"}


class RunsModel(TableModel):
    """A list of ``RunInfo`` from ``Journal.list_runs()``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._runs: list[RunInfo] = []

    def set_runs(self, runs: list[RunInfo]) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        self.endResetModel()

    def run(self, row: int) -> RunInfo:
        return self._runs[row]

    def row_of(self, run_id: str) -> int:
        return next((i for i, r in enumerate(self._runs) if r.id == run_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        return [self.tr("When"), self.tr("File"), self.tr("Sent to"), self.tr("How it ended"),
                self.tr("Results")][section]

    def state_text(self, run: RunInfo) -> str:
        if run.state == "cancelled":  # as the Send and Results steps say it: sent and not sent
            return cancelled_counts(run.counts)
        return {
            "finished": self.tr("Finished"),
            "interrupted": self.tr("Interrupted (the app closed)"),
            "stopped": self.tr("Stopped"),
            "cancelled": self.tr("Cancelled"),
            "created": self.tr("Not started"),
            "running": self.tr("Sending now"),
        }.get(run.state, run.state)

    def where_text(self, run: RunInfo) -> str:
        crm = TARGET_LABELS.get(run.target, run.target)
        if run.sandbox:
            return self.tr("Practice {crm}").format(crm=crm)
        return f"{run.connection_name} ({crm})" if run.connection_name else f"{crm} ({run.base_url})"

    def counts_text(self, run: RunInfo) -> str:
        keys = [k for k in STATUS_ORDER if run.counts.get(k)]
        return ", ".join(f"{fmt_int(run.counts[k])} {status_label(k).lower()}" for k in keys)

    def _text(self, run: RunInfo, col: int) -> str | None:
        """A run's cell as shown (and sorted, but for its date)."""
        if col == COL_WHEN:
            return fmt_when(run.created_at)
        if col == COL_FILE:
            name = Path(run.file_path).name
            return name + (self.tr(" (retry)") if run.parent_run_id else "")
        if col == COL_WHERE:
            return self.where_text(run)
        if col == COL_STATE:
            return self.state_text(run)
        if col == COL_COUNTS:
            return self.counts_text(run)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._runs):
            return None
        run = self._runs[index.row()]
        col = index.column()
        if role == RunRole:
            return run
        if role == Qt.ItemDataRole.DisplayRole or (role == SortRole and col != COL_WHEN):
            return self._text(run, col)
        if role == SortRole:
            return run.created_at
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATE:
            return icon(_STATE_ICONS.get(run.state, "info"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_FILE:
                return run.file_path
            if col == COL_STATE and run.message:
                return core_text(run.message)
            if col == COL_WHEN:
                return self.tr("Run {id}").format(id=run.id)
        return None
