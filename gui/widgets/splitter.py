"""A splitter that remembers where the person left its divider (per name, between sessions).

Until the person moves it, the panes share the room by their stretch factors, so a step laid out
for a small screen stays laid out when the window grows. A pane is never collapsed away by a drag.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from gui.basics import settings


class RememberedSplitter(QSplitter):
    """``QSplitter`` whose state is kept under ``name`` in the settings."""

    def __init__(self, name: str, orientation: Qt.Orientation, parent: QWidget | None = None,
                 defaults: Callable[[int], list[int]] | None = None) -> None:
        """``defaults(length)``: the panes' sizes for a splitter ``length`` px long, until the person
        moves the divider (else the stretch factors share the room)."""
        super().__init__(orientation, parent)
        self._defaults = defaults
        self.setObjectName(name)
        self.setChildrenCollapsible(False)
        self._name = name
        self._restored = False
        self.splitterMoved.connect(self._moved)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._restored:
            self._restored = True
            state = settings.splitter_state(self._name)
            if state is not None:
                self.restoreState(state)
            elif self._defaults is not None:
                horizontal = self.orientation() == Qt.Orientation.Horizontal
                self.setSizes(self._defaults(self.width() if horizontal else self.height()))
        super().showEvent(event)

    @Slot(int, int)
    def _moved(self, _pos: int, _index: int) -> None:
        settings.set_splitter_state(self._name, self.saveState())
