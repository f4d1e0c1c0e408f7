"""Fix many cells at once: every cell with the same problem in a column, or a find & replace over a column.

One rule for them all (``core.validation.fixes``): one replacement, text replaced inside each, a prefix or
suffix taken off, the dates read day-first or month-first, one value changed to another. What each cell will
become is listed before anything changes; OK applies it all (undone in one step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.validation.fixes import CellFix, map_value, plan, read_dates, strip
from core.validation.normalize import as_text

#: Cells listed in the preview (the count says how many in all).
SHOWN = 200


class FixCellsDialog(QDialog):
    """``cells``: (position, column) of the cells to change; ``rows``: the checked rows (for sheet row numbers);
    ``dates``: the column is read as dates (the date order is offered); ``example``: the problem cell's value
    (the value to change, to begin with)."""

    def __init__(self, title: str, intro: str, cells: list[tuple[int, int]], records: list[Any], rows: list[Any],
                 *, find_mode: bool = False, dates: bool = False, example: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixCells")
        self.setWindowTitle(title)
        self._cells, self._records, self._rows = cells, records, rows
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.replace_all = QRadioButton(self.tr("&Replace each with:"), self)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("(leave empty to empty the cells)"))
        self.value.setAccessibleName(self.tr("Replace each with"))
        self.find_replace = QRadioButton(self.tr("Replace &text inside each:"), self)
        self.find_text = QLineEdit(self)
        self.find_text.setPlaceholderText(self.tr("find, e.g. $"))
        self.find_text.setAccessibleName(self.tr("Find"))
        self.replace = QLineEdit(self)
        self.replace.setPlaceholderText(self.tr("replace with (may be empty)"))
        self.replace.setAccessibleName(self.tr("Replace with"))
        self.strip = QRadioButton(self.tr("Take &off the start:"), self)
        self.prefix = QLineEdit(self)
        self.prefix.setPlaceholderText(self.tr("e.g. USD or $"))
        self.prefix.setAccessibleName(self.tr("Take off the start"))
        self.suffix = QLineEdit(self)
        self.suffix.setPlaceholderText(self.tr("and the end, e.g. €"))
        self.suffix.setAccessibleName(self.tr("Take off the end"))
        self.dates = QRadioButton(self.tr("Read the &dates:"), self)
        self.order = QComboBox(self)
        self.order.addItem(self.tr("day first (05/03/21 is 5 March 2021)"), "dmy")
        self.order.addItem(self.tr("month first (05/03/21 is 3 May 2021)"), "mdy")
        self.order.setAccessibleName(self.tr("Read the dates"))
        self.map = QRadioButton(self.tr("&Change the value:"), self)
        self.map_from = QLineEdit(example, self)
        self.map_from.setPlaceholderText(self.tr("this value, e.g. oregon"))
        self.map_from.setAccessibleName(self.tr("Change the value"))
        self.map_to = QLineEdit(self)
        self.map_to.setPlaceholderText(self.tr("to, e.g. OR"))
        self.map_to.setAccessibleName(self.tr("Change it to"))
        (self.find_replace if find_mode else self.replace_all).setChecked(True)
        form = QFormLayout()
        form.addRow(self.replace_all, self.value)
        form.addRow(self.find_replace, _pair(self.find_text, self.replace))
        form.addRow(self.strip, _pair(self.prefix, self.suffix))
        form.addRow(self.map, _pair(self.map_from, self.map_to))
        form.addRow(self.dates, self.order)
        self.dates.setVisible(dates)
        self.order.setVisible(dates)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What each cell will become"))
        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        for w in (self.value, self.find_text, self.replace, self.prefix, self.suffix, self.map_from, self.map_to):
            w.textChanged.connect(self._update)
        # Typing in a rule's box chooses that rule.
        for radio, boxes in ((self.replace_all, (self.value,)), (self.find_replace, (self.find_text, self.replace)),
                             (self.strip, (self.prefix, self.suffix)), (self.map, (self.map_from, self.map_to))):
            for box in boxes:
                box.textEdited.connect(lambda _t, r=radio: r.setChecked(True))
        self.order.currentIndexChanged.connect(self._order_chosen)
        for b in (self.replace_all, self.find_replace, self.strip, self.dates, self.map):
            b.toggled.connect(self._update)
        self.resize(660, 440)
        self._update()

    def _order_chosen(self, _index: int) -> None:
        """Choosing a date order chooses the date rule."""
        self.dates.setChecked(True)
        self._update()

    def fixes(self) -> list[CellFix]:
        """What OK applies: each changed cell, with its old and new value."""
        if self.find_replace.isChecked():
            return plan(self._cells, self._records, find=self.find_text.text(), replace=self.replace.text())
        if self.strip.isChecked():
            return plan(self._cells, self._records, strip(self.prefix.text(), self.suffix.text()))
        if self.dates.isChecked():
            return plan(self._cells, self._records, read_dates(self.order.currentData()))
        if self.map.isChecked():
            return plan(self._cells, self._records, map_value(self.map_from.text(), self.map_to.text()))
        return plan(self._cells, self._records, replace_with=self.value.text())

    def _update(self) -> None:
        fixes = self.fixes()
        self.count.setText(self.tr("{n} of {total} cells will change:").format(n=len(fixes), total=len(self._cells)))
        lines = [self.tr("Row {row}: '{old}' → {new}").format(
            row=self._rows[f.position].row, old="" if f.old is None else as_text(f.old),
            new=f"'{f.new}'" if f.new is not None else self.tr("(empty)")) for f in fixes[:SHOWN]]
        if len(fixes) > SHOWN:
            lines.append(self.tr("… and {n} more").format(n=len(fixes) - SHOWN))
        self.preview.setPlainText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(fixes))


def _pair(first: QWidget, second: QWidget) -> QWidget:
    """Two boxes side by side on one line of the form."""
    box = QWidget(first.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first)
    row.addWidget(second)
    return box
