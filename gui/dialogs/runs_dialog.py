"""Run history: every import sent from this computer, newest first; pick one to see its rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.submit.journal import Journal
from gui.models.runs_model import COL_COUNTS, RunsModel


class RunsDialog(QDialog):
    """A table of runs; Show (or a double click) closes it with ``chosen_run`` set."""

    def __init__(self, journal: Journal, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsDialog")
        self.setWindowTitle(self.tr("Run history"))
        self.resize(900, 420)
        self.chosen_run: str | None = None
        self.model = RunsModel(self)
        self.model.set_runs(journal.list_runs())
        intro = QLabel(self.tr("Every import sent from this computer, newest first. Choose one to see what "
                               "happened to its rows."), self)
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.view.setObjectName("runsView")
        self.view.setAccessibleName(self.tr("Past runs"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_COUNTS, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._double_clicked)
        self.empty = QLabel(self.tr("No runs yet: the imports you send appear here."), self)
        self.empty.setObjectName("hint")
        self.empty.setVisible(self.model.rowCount() == 0)

        self.buttons = QDialogButtonBox(self)
        self.show_button = self.buttons.addButton(self.tr("&Show its rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button.setAccessibleName(self.tr("Show the rows of the selected run"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

        row = self.model.row_of(current) if current else -1
        if self.model.rowCount():
            self.view.selectRow(row if row >= 0 else 0)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.view.setFocus()

    def select_run(self, run_id: str) -> None:
        row = self.model.row_of(run_id)
        if row >= 0:
            self.view.selectRow(row)

    def selected_run(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.run(rows[0].row()).id if rows else None

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        self.show_button.setEnabled(self.selected_run() is not None)

    @Slot()
    def accept_selected(self) -> None:
        self.chosen_run = self.selected_run()
        if self.chosen_run:
            self.accept()

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen_run = self.model.run(index.row()).id
            self.accept()
