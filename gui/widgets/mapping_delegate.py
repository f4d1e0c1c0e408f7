"""Paints the Map table's "Goes to" cells as drop-downs and "Options…" cells as buttons.

Painting (rather than a real widget per row) keeps the table a plain model view; the page opens
the field picker or the options dialog when such a cell is clicked or activated from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
)

from gui.models.mapping_model import COL_FIELD, COL_OPTIONS

Index = QModelIndex | QPersistentModelIndex


class MappingDelegate(QStyledItemDelegate):
    """Draws controls; all behaviour stays in the page."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        col = index.column()
        if col not in (COL_FIELD, COL_OPTIONS):
            super().paint(painter, option, index)
            return
        # Background (tint, selection) as usual, then the control on top.
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, widget)
        rect = QRect(option.rect).adjusted(4, 3, -4, -3)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        if col == COL_FIELD:
            combo = QStyleOptionComboBox()
            combo.rect = rect
            combo.state = QStyle.StateFlag.State_Enabled if enabled else QStyle.StateFlag.State_None
            if option.state & QStyle.StateFlag.State_HasFocus:
                combo.state |= QStyle.StateFlag.State_HasFocus
            combo.currentText = text
            combo.editable = False
            combo.frame = True
            combo.palette = option.palette
            combo.fontMetrics = option.fontMetrics
            style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, widget)
            painter.save()
            font = index.data(Qt.ItemDataRole.FontRole)
            if font is not None:
                painter.setFont(font)
            style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, widget)
            painter.restore()
        elif text:
            button = QStyleOptionButton()
            button.rect = rect
            button.text = text
            button.state = QStyle.StateFlag.State_Enabled if enabled else QStyle.StateFlag.State_None
            button.state |= QStyle.StateFlag.State_Raised
            button.palette = option.palette
            button.fontMetrics = option.fontMetrics
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index):  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        hint.setHeight(max(hint.height(), option.fontMetrics.height() + 16))
        if index.column() == COL_FIELD:
            hint.setWidth(hint.width() + 40)
        elif index.column() == COL_OPTIONS:
            hint.setWidth(hint.width() + 24)
        return hint
