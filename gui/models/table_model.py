"""The base of the app's Python table models: a cell's roles answered in one call from Qt.

Why: to paint a cell, Qt's item delegate asks for seven roles at once through ``multiData``, and the
default answer calls ``data()`` once per role. Each of those calls goes from Qt into Python and first
waits for the GIL, which a job thread may be holding: a screenful of the Check table is about 200 cells,
so a repaint made some 1,400 such calls and froze the window for 60 ms. Answering the seven roles in
one Python call makes it 200.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """Subclasses write ``data()`` as usual; Qt's painting reaches it through one ``multiData`` call per cell."""

    # The span is typed Any: PySide6's stubs give QModelRoleDataSpan no __len__ or __getitem__.
    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 - Qt override
        answer = self.cell_roles(index)
        for i in range(len(roleDataSpan)):
            slot = roleDataSpan[i]
            slot.setData(answer(slot.role()))

    def cell_roles(self, index: Index) -> Callable[[int], Any]:
        """How to answer each role of one cell: ``data()`` by default. A model whose cell costs a lookup
        before any role can be answered returns a function over that one lookup instead."""
        return partial(self.data, index)
