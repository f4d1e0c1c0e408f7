"""How one column's values are changed on the way: trim, case, split names or lists, translate, fill, join."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.mapping.model import ColumnOptions, IfUnreadable, format_value_map, parse_value_map

_T = cast(Callable[[str, str], str], QT_TRANSLATE_NOOP)  # typed: it gives back the text
CASES = (("none", _T("ColumnOptionsDialog", "Keep as typed")), ("title", _T("ColumnOptionsDialog", "Title Case")),
         ("upper", _T("ColumnOptionsDialog", "UPPER CASE")), ("lower", _T("ColumnOptionsDialog", "lower case")))
UNREADABLE = (("empty", _T("ColumnOptionsDialog", "Leave the field empty for that row")),
              ("skip", _T("ColumnOptionsDialog", "Skip the row")))
DATE_ORDERS = (("auto", _T("ColumnOptionsDialog", "Decide from the column")),
               ("dmy", _T("ColumnOptionsDialog", "Day first (31/12/2024)")),
               ("mdy", _T("ColumnOptionsDialog", "Month first (12/31/2024)")))
SPLITS = ((None, _T("ColumnOptionsDialog", "Don't split")), (";", _T("ColumnOptionsDialog", "Split on ;")),
          (",", _T("ColumnOptionsDialog", "Split on ,")), (";,", _T("ColumnOptionsDialog", "Split on ; or ,")))


class ColumnOptionsDialog(QDialog):
    """Edits a ``ColumnOptions``; read the result with ``options()`` after it is accepted."""

    def __init__(self, column: str, field_label: str, opts: ColumnOptions, other_columns: list[str],
                 parent: QWidget | None = None, *, needed: bool = False, dates: bool = False,
                 unreadable_default: str = "empty") -> None:
        """``needed``: the target cannot take a row without this field (its unreadable value always stops
        the row); ``dates``: the field holds dates (the column's date order is offered);
        ``unreadable_default``: what an unreadable value costs when nobody chose ("empty" or "skip")."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Options for “{column}”").format(column=column))
        self.setObjectName("columnOptions")
        intro = QLabel(self.tr("Column “{column}” goes to {field}. Change its values on the way:").format(
            column=column, field=field_label), self)
        intro.setWordWrap(True)

        self.trim = QCheckBox(self.tr("Remove spaces at the start and end"), self)
        self.trim.setChecked(opts.trim)
        self.case = QComboBox(self)
        for value, label in CASES:
            self.case.addItem(self.tr(label), value)
        self.case.setCurrentIndex(max(0, self.case.findData(opts.case)))
        self.split_name = QCheckBox(self.tr("Split a full name into first, middle and last name"), self)
        self.split_name.setChecked(opts.split_name)
        self.split_list = QComboBox(self)
        for split, label in SPLITS:
            self.split_list.addItem(self.tr(label), split)
        i = self.split_list.findData(opts.split_list)
        self.split_list.setCurrentIndex(i if i >= 0 else 0)
        self.value_map = QPlainTextEdit(self)
        self.value_map.setPlaceholderText(self.tr("One per line, for example:\nY → Yes\nN → No"))
        self.value_map.setPlainText(format_value_map(opts.value_map))
        self.value_map.setTabChangesFocus(True)
        self.value_map.setFixedHeight(96)
        self.default = QLineEdit(self)
        self.default.setPlaceholderText(self.tr("Leave blank cells blank"))
        self.default.setText("" if opts.default is None else str(opts.default))
        self.join = QComboBox(self)
        self.join.addItem(self.tr("(no other column)"), None)
        for other in other_columns:
            self.join.addItem(other, other)
        j = self.join.findData(opts.join_column)
        self.join.setCurrentIndex(j if j >= 0 else 0)
        self.join_with = QLineEdit(self)
        self.join_with.setText(opts.join_with)
        self.join_with.setMaximumWidth(60)
        self.join_with.setToolTip(self.tr("Put between the two values (a space by default)"))

        self.if_unreadable = QComboBox(self)
        for value, label in UNREADABLE:
            self.if_unreadable.addItem(self.tr(label), value)
        self._unreadable = (opts.if_unreadable, unreadable_default)
        chosen = unreadable_default if opts.if_unreadable == "auto" else opts.if_unreadable
        self.if_unreadable.setCurrentIndex(max(0, self.if_unreadable.findData(chosen)))
        if needed:
            self.if_unreadable.setCurrentIndex(self.if_unreadable.findData("skip"))
            self.if_unreadable.setEnabled(False)
            self.if_unreadable.setToolTip(self.tr("{field} is needed: a row whose value cannot be read is not sent")
                                          .format(field=field_label))
        self.date_order = QComboBox(self)
        for value, label in DATE_ORDERS:
            self.date_order.addItem(self.tr(label), value)
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(opts.date_order)))
        self._needed, self._dates = needed, dates

        for w, name in ((self.trim, self.tr("Trim spaces")), (self.case, self.tr("Letter case")),
                        (self.split_name, self.tr("Split full name")), (self.split_list, self.tr("Split into a list")),
                        (self.value_map, self.tr("Replace values")), (self.default, self.tr("Value when blank")),
                        (self.join, self.tr("Join with column")),
                        (self.join_with, self.tr("Put between joined values")),
                        (self.if_unreadable, self.tr("When a value cannot be read")),
                        (self.date_order, self.tr("Dates in this column"))):
            w.setAccessibleName(name)

        form = QFormLayout()
        form.addRow(self.trim)
        form.addRow(self.tr("Letter &case:"), self.case)
        form.addRow(self.split_name)
        form.addRow(self.tr("Split into a &list:"), self.split_list)
        form.addRow(self.tr("&Replace values:"), self.value_map)
        form.addRow(self.tr("When &blank, use:"), self.default)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join, 1)
        join_row.addWidget(QLabel(self.tr("with"), self))
        join_row.addWidget(self.join_with)
        join_label = QLabel(self.tr("&Join with column:"), self)
        join_label.setBuddy(self.join)
        form.addRow(join_label, join_row)
        form.addRow(self.tr("When a value cannot be &read:"), self.if_unreadable)
        if dates:
            form.addRow(self.tr("&Dates in this column:"), self.date_order)
        else:
            self.date_order.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _unreadable_choice(self) -> IfUnreadable:
        """What the column says about unreadable values: "auto" while it is what nobody chose anyway."""
        was, default = self._unreadable
        now = self.if_unreadable.currentData()
        if self._needed or (was == "auto" and now == default):
            return was
        return now

    def options(self) -> ColumnOptions:
        """What the person set (value-map lines parsed, empty default meaning none)."""
        return ColumnOptions(
            trim=self.trim.isChecked(),
            case=self.case.currentData(),
            split_name=self.split_name.isChecked(),
            value_map=parse_value_map(self.value_map.toPlainText()),
            split_list=self.split_list.currentData(),
            default=self.default.text() or None,
            join_column=self.join.currentData(),
            join_with=self.join_with.text() or " ",
            if_unreadable=self._unreadable_choice(),
            date_order=self.date_order.currentData() if self._dates else "auto",
        )
