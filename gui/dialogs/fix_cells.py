"""Fix many cells at once: every cell with the same problem in a column, or a find & replace over a column.

What each cell will become is listed before anything changes; OK applies it all (undone in one step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.validation.fixes import CellFix, plan
from core.validation.normalize import as_text

#: Cells listed in the preview (the count says how many in all).
SHOWN = 200


class FixCellsDialog(QDialog):
    """``cells``: (position, column) of the cells to change; ``rows``: the checked rows (for sheet row numbers)."""

    def __init__(self, title: str, intro: str, cells: list[tuple[int, int]], records: list[Any], rows: list[Any],
                 *, find_mode: bool = False, parent: QWidget | None = None) -> None:
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
        (self.find_replace if find_mode else self.replace_all).setChecked(True)
        form = QFormLayout()
        form.addRow(self.replace_all, self.value)
        form.addRow(self.find_replace, self.find_text)
        form.addRow("", self.replace)
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
        for w in (self.value, self.find_text, self.replace):
            w.textChanged.connect(self._update)
        for b in (self.replace_all, self.find_replace):
            b.toggled.connect(self._update)
        self.resize(560, 420)
        self._update()

    def fixes(self) -> list[CellFix]:
        """What OK applies: each changed cell, with its old and new value."""
        if self.find_replace.isChecked():
            return plan(self._cells, self._records, find=self.find_text.text(), replace=self.replace.text())
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
