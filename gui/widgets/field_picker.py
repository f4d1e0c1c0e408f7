"""A searchable list of a CRM's fields, grouped the way a person thinks (Name, Email, Address …).

Shown as a popup under the "Goes to" cell: type to filter (by label or by the synonyms auto-mapping
uses, so "surname" finds Last name), arrows to move, Enter to pick, Esc to close.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QTreeView, QVBoxLayout, QWidget

from core.mapping.catalog import Catalog
from gui.basics.language import core_text

#: Item data roles in the picker's model.
KeyRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2

#: The catalog's group names (core.mapping.catalog.GROUPS), listed for translators.
GROUP_NAMES = tuple(QT_TRANSLATE_NOOP("FieldPicker", g) for g in (
    "Name", "Email", "Phone", "Address", "Organization", "Event", "Volunteering", "Tags & lists", "Custom fields",
    "Other"))

NONE_KEY = ""  # "Don't import this column"
NEW_CUSTOM_KEY = "\x00new-custom"  # "New custom field…"


class _WordsFilter(QSortFilterProxyModel):
    """Keeps the fields whose label, key, synonyms or account description hold every word typed, anywhere
    and in any order ("total" and "gift" both find Lifetime giving described as "Total amount of all gifts")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt override
        if not self._words:
            return True
        text = str(self.sourceModel().index(row, 0, parent).data(SearchRole) or "").casefold()
        return all(w in text for w in self._words)


class FieldPicker(QFrame):
    """Emits ``picked(key)``: a field key, ``NONE_KEY`` or ``NEW_CUSTOM_KEY``."""

    picked = Signal(str)

    def __init__(self, catalog: Catalog, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("fieldPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search fields…"))
        self.search.setAccessibleName(self.tr("Search fields"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Fields"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self._model = QStandardItemModel(self)
        self._fill(catalog, current)
        self._proxy = _WordsFilter(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setRecursiveFilteringEnabled(True)
        self._proxy.setFilterRole(SearchRole)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree.setModel(self._proxy)
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.resize(340, 420)
        self.search.textChanged.connect(self._filter)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.search.installEventFilter(self)
        self._select_key(current)

    def _fill(self, catalog: Catalog, current: str | None) -> None:
        root = self._model.invisibleRootItem()
        none = QStandardItem(self.tr("— Don't import this column —"))
        none.setData(NONE_KEY, KeyRole)
        none.setData(self.tr("don't import skip none ignore"), SearchRole)
        root.appendRow(none)
        bold = QFont()
        bold.setBold(True)
        groups = catalog.groups()
        groups.setdefault("Custom fields", [])
        for group, fields in groups.items():
            head = QStandardItem(self.tr(group))
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(None, KeyRole)
            head.setData("", SearchRole)
            for fd in fields:
                label = core_text(fd.label)
                item = QStandardItem(label)
                item.setData(fd.key, KeyRole)
                item.setData(" ".join((label, fd.label, fd.key, *fd.synonyms, fd.description)), SearchRole)
                item.setToolTip(fd.key)
                if fd.key == current:
                    item.setText(f"✓ {label}")
                head.appendRow(item)
            if group == "Custom fields":
                new = QStandardItem(self.tr("New custom field…"))
                new.setData(NEW_CUSTOM_KEY, KeyRole)
                new.setData(self.tr("new custom field add"), SearchRole)
                head.appendRow(new)
            root.appendRow(head)

    def _select_key(self, key: str | None) -> None:
        for index in self._iter(QModelIndex()):
            if index.data(KeyRole) == (key if key is not None else NONE_KEY):
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return

    def _iter(self, parent: QModelIndex):
        for r in range(self._proxy.rowCount(parent)):
            index = self._proxy.index(r, 0, parent)
            yield index
            yield from self._iter(index)

    def _filter(self, text: str) -> None:
        self._proxy.set_words(text)
        self.tree.expandAll()
        shown = [i for i in self._iter(QModelIndex()) if i.data(KeyRole) is not None]
        # A field whose own label holds the words comes before one found by a synonym or description
        # ("donor" picks Donor tier, not Full name through "donor name").
        typed = text.casefold().split()
        by_label = [i for i in shown if typed and all(w in str(i.data()).casefold() for w in typed)]
        first = (by_label or shown or [None])[0]
        if first is not None:
            self.tree.setCurrentIndex(first)

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if key is None:  # a group heading
            return
        self.picked.emit(key)
        self.close()

    def popup_at(self, pos: QPoint) -> None:
        """Show at ``pos`` (global), kept on screen, with the search box focused."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            x = min(pos.x(), screen.right() - self.width())
            y = pos.y() if pos.y() + self.height() <= screen.bottom() else max(screen.top(), pos.y() - self.height())
            pos = QPoint(max(screen.left(), x), y)
        self.move(pos)
        self.show()
        self.search.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Arrow keys and Enter in the search box act on the list, so the hands stay on the keyboard."""
        if obj is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(event.key())
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.tree.currentIndex()
                if current.isValid():
                    self._activated(current)
                return True
        return super().eventFilter(obj, event)

    def _move(self, key: int) -> None:
        items = [i for i in self._iter(QModelIndex()) if i.data(KeyRole) is not None]
        if not items:
            return
        current = self.tree.currentIndex()
        try:
            at = items.index(current)
        except ValueError:
            at = -1
        steps: dict[int, int] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
        step = steps[key]
        at = max(0, min(len(items) - 1, at + step))
        self.tree.setCurrentIndex(items[at])
