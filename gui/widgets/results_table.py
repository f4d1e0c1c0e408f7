"""The table of row results, as the Send step (rows as they arrive) and the Results step (every row) show it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.models.results_model import COL_BATCH, COL_CRM_ID, COL_KEY, COL_MESSAGE, COL_ROW, COL_STATUS, COL_WHO


class ResultsTable(QTableView):
    """Whole rows selected, nothing edited, no wrapping; the message column takes the spare width."""

    def __init__(self, model: QAbstractItemModel, name: str, accessible_name: str, parent: QWidget | None = None,
                 *, status_width: int = 160) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_ROW, 60), (COL_WHO, 260), (COL_STATUS, status_width), (COL_CRM_ID, 120),
                           (COL_BATCH, 60), (COL_KEY, 140)):
            self.setColumnWidth(col, width)
