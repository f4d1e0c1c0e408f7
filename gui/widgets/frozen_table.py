"""A table whose first columns stay put when it scrolls right (Qt's "frozen column" pattern).

A second ``QTableView`` lies over the left edge of the table, showing only the first ``frozen``
columns of the same model with the same selection; it scrolls up and down with the table and never
sideways. So a person who scrolls right to the cell a row is flagged for still sees which row it is
(Row) and how it stands (Status), and can still tick or untick it (Send).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget


class FrozenTableView(QTableView):
    """``QTableView`` with its first ``frozen`` columns kept in view (``self.frozen_view`` draws them)."""

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frozen = frozen
        self.frozen_view = QTableView(self)
        fv = self.frozen_view
        fv.setObjectName("frozenColumns")
        fv.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one table for the keyboard: this one
        fv.setAccessibleName(self.tr("The first columns, kept in view"))
        fv.verticalHeader().hide()
        fv.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fv.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fv.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fv.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        fv.setFrameShape(QFrame.Shape.NoFrame)
        fv.setStyleSheet("QTableView#frozenColumns { border-right: 1px solid palette(mid); }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        fv.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(fv.verticalScrollBar().setValue)

    # -- following the table -------------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        fv = self.frozen_view
        fv.setModel(model)
        fv.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._columns_changed)
            model.columnsInserted.connect(self._columns_changed)
            model.columnsRemoved.connect(self._columns_changed)
        self._columns_changed()

    def set_frozen_options(self) -> None:
        """Copy what the table was set to (selection, editing, row height) to the frozen columns."""
        fv = self.frozen_view
        fv.setSelectionBehavior(self.selectionBehavior())
        fv.setSelectionMode(self.selectionMode())
        fv.setEditTriggers(self.editTriggers())
        fv.setWordWrap(self.wordWrap())
        fv.verticalHeader().setSectionResizeMode(self.verticalHeader().sectionResizeMode(0)
                                                 if self.verticalHeader().count() else QHeaderView.ResizeMode.Fixed)
        fv.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        fv.horizontalHeader().setHighlightSections(self.horizontalHeader().highlightSections())

    @Slot()
    def _columns_changed(self) -> None:
        model = self.model()
        fv = self.frozen_view
        count = model.columnCount() if model is not None else 0
        for c in range(count):
            fv.setColumnHidden(c, c >= self._frozen)
            if c < self._frozen:
                fv.setColumnWidth(c, self.columnWidth(c))
        fv.setVisible(count > self._frozen)
        self._place()

    @Slot(int, int, int)
    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if logical < self._frozen:
            self.frozen_view.setColumnWidth(logical, new)
            self._place()

    @Slot(int, int, int)
    def _row_resized(self, logical: int, _old: int, new: int) -> None:
        self.frozen_view.setRowHeight(logical, new)

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self._frozen) if not self.isColumnHidden(c))

    def _place(self) -> None:
        fv = self.frozen_view
        fw = self.frameWidth()
        vh = self.verticalHeader().width() if self.verticalHeader().isVisible() else 0
        fv.setGeometry(vh + fw, fw, self.frozen_width() + 1,
                       self.viewport().height() + self.horizontalHeader().height())
        fv.raise_()

    # -- Qt overrides --------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        self._place()

    def moveCursor(self, action, modifiers):  # noqa: ANN001, ANN201, N802 - Qt override
        """Arrowing left into a column behind the frozen ones scrolls it out from under them."""
        current = super().moveCursor(action, modifiers)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self._frozen:
            x = self.visualRect(current).topLeft().x()
            if x < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + x - self.frozen_width())
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: ANN001, N802
        if index.column() >= self._frozen:
            super().scrollTo(index, hint)
            x = self.visualRect(index).x()
            if x < self.frozen_width():  # behind the frozen columns: bring it out beside them
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + x - self.frozen_width())
        else:
            # A frozen column is always in view: only the row needs to be.
            row = self.model().index(index.row(), self._frozen) if self.model() is not None else index
            if row.isValid():
                keep = self.horizontalScrollBar().value()
                super().scrollTo(row, hint)
                self.horizontalScrollBar().setValue(keep)
