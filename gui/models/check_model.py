"""The checked rows as a table: send tick, row number, status, then the file's own columns.

Built for 200,000 rows: the model keeps no per-cell objects. Display text, colours and tooltips
are worked out in ``data()`` for the few rows on screen; filtering keeps a list of row positions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from core.validation.check import UNREADABLE
from core.validation.issues import CheckedRow, Issue
from core.validation.normalize import as_text
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.models.colors import ERROR_TINT, EXCLUDED_TINT, WARNING_TINT
from gui.models.table_model import TableModel
from gui.session.import_session import Session

if TYPE_CHECKING:
    from core.pipeline import Checked

Index = QModelIndex | QPersistentModelIndex

COL_SEND, COL_ROW, COL_STATUS = range(3)
FIRST_DATA_COL = 3

SHOW_ALL, SHOW_PROBLEMS, SHOW_CHOSEN = "all", "problems", "chosen"

#: ``data(index, PositionRole)``: the row's position in ``session.checked.rows``.
PositionRole = Qt.ItemDataRole.UserRole + 1
#: ``data(index, StatusRole)``: 'ok', 'warning', 'error' or 'excluded'.
StatusRole = Qt.ItemDataRole.UserRole + 2

_PLAIN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_SEND_FLAGS = _PLAIN_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_VALUE_FLAGS = _PLAIN_FLAGS | Qt.ItemFlag.ItemIsEditable
_DISPLAY, _EDIT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)
_BACKGROUND, _TOOLTIP = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FONTS: dict[bool, QFont] = {}


def _changed_font(strike: bool = False) -> QFont:
    """Italic: a value shown as it will be sent, not as the file has it; struck out: a value that could not be
    read, which the row goes without (made once a window exists)."""
    font = _FONTS.get(strike)
    if font is None:
        font = _FONTS[strike] = QFont()
        font.setItalic(not strike)
        font.setStrikeOut(strike)
    return font


def _typed(checked: Checked, pos: int, c: int) -> str:
    """The file's own value in column ``c`` at position ``pos``, as text ("" when empty)."""
    values = checked.table.records[pos].values
    v = values[c] if c < len(values) else None
    return "" if v is None else as_text(v)


class CheckModel(TableModel):
    """Edits go through the session (which re-checks the row); the model repaints what changed."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._headers: list[str] = []
        self._col_of: dict[str, int] = {}
        self._visible: list[int] | None = None  # None: every row, in file order
        self._filter = SHOW_ALL
        self._cache_pos = -1
        self._cache: dict[int, list[Issue]] = {}
        session.checkedChanged.connect(self._on_checked)
        session.rowsChanged.connect(self._on_rows_changed)

    # -- feeding -------------------------------------------------------------------------------
    def _on_checked(self, _checked: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Take the session's checked rows (a reset: cheap, nothing is built per row)."""
        self.beginResetModel()
        checked = self._session.checked
        self._headers = list(checked.table.headers) if checked else []
        self._col_of = {h: i for i, h in enumerate(self._headers)}
        # The field each file column alone fills: its cell shows what will be sent.
        self._field_of: dict[int, str] = {}
        if checked is not None:
            for fm in checked.mapping.fields:
                if len(fm.sources) == 1 and fm.sources[0] in self._col_of and not fm.split_name:
                    self._field_of[self._col_of[fm.sources[0]]] = fm.field
        self._visible = self._positions(self._filter)
        self._cache_pos = -1
        self.endResetModel()

    def set_filter(self, which: str) -> None:
        """``SHOW_ALL`` or ``SHOW_PROBLEMS`` (rows with any error or warning)."""
        self._filter = which
        self.reload()

    def show_positions(self, positions: list[int]) -> None:
        """Only these rows (a group of warnings' "show rows"); ``set_filter`` goes back to all or problems."""
        self._chosen = sorted(positions)
        self._filter = SHOW_CHOSEN
        self.reload()

    def filter(self) -> str:
        return self._filter

    def _positions(self, which: str) -> list[int] | None:
        checked = self._session.checked
        if checked is None or which == SHOW_ALL:
            return None
        if which == SHOW_CHOSEN:
            return [p for p in getattr(self, "_chosen", []) if p < len(checked.rows)]
        return list(self._session.problems)  # kept by the session: no pass over every row here

    def _on_rows_changed(self, positions: list[int]) -> None:
        self._cache_pos = -1
        last = self.columnCount() - 1
        for p in positions:
            row = self.row_of_position(p)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # -- lookups -------------------------------------------------------------------------------
    def position(self, row: int) -> int:
        """Position in ``session.checked.rows`` of the model row ``row``."""
        return row if self._visible is None else self._visible[row]

    def row_of_position(self, pos: int) -> int | None:
        """Model row showing position ``pos``, or None if filtered out."""
        if self._visible is None:
            return pos if 0 <= pos < self.rowCount() else None
        i = bisect_left(self._visible, pos)
        return i if i < len(self._visible) and self._visible[i] == pos else None

    def row_issues(self, row: int) -> list[Issue]:
        """Problems of a model row, for the details line under the table."""
        checked = self._session.checked
        return list(checked.rows[self.position(row)].issues) if checked else []

    def first_problem_column(self, row: int) -> int | None:
        """The view column of the first cell of model row ``row`` with a problem (None: no cell has one)."""
        checked = self._session.checked
        if checked is None or not checked.rows[self.position(row)].issues:
            return None
        cols = self._issues_by_column(self.position(row))
        return FIRST_DATA_COL + min(cols) if cols else None

    def _issues_by_column(self, pos: int) -> dict[int, list[Issue]]:
        # data() is asked for every cell of a row in turn: remember the last row's answer.
        if pos != self._cache_pos:
            assert self._session.checked is not None
            issues = self._session.checked.rows[pos].issues
            by_col: dict[int, list[Issue]] = {}
            for issue in issues:
                for name in issue.column.split(" + ") if issue.column else ():
                    col = self._col_of.get(name)
                    if col is not None:
                        by_col.setdefault(col, []).append(issue)
            self._cache, self._cache_pos = by_col, pos
        return self._cache

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self._session.checked is None:
            return 0
        return len(self._session.checked.rows) if self._visible is None else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self._session.checked is None:
            return 0
        return FIRST_DATA_COL + len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_SEND:
                return self.tr("Send")
            if section == COL_ROW:
                return self.tr("Row")
            if section == COL_STATUS:
                return self.tr("Status")
            if FIRST_DATA_COL <= section < FIRST_DATA_COL + len(self._headers):
                return self._headers[section - FIRST_DATA_COL]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_SEND:
                return self.tr("Untick a row to leave it out of the import")
            if section == COL_ROW:
                return self.tr("The row number in your spreadsheet")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        col = index.column()  # asked once per painted cell: the three answers are made once, below
        if col == COL_SEND:
            checked = self._session.checked
            if checked is not None and checked.rows[self.position(index.row())].status == "error":
                return _PLAIN_FLAGS  # nothing to tick: the row cannot be sent until it is fixed
            return _SEND_FLAGS
        return _VALUE_FLAGS if col >= FIRST_DATA_COL else _PLAIN_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        checked = self._session.checked
        if not index.isValid() or checked is None:
            return None
        pos = self.position(index.row())
        col = index.column()
        crow = checked.rows[pos]
        if role == PositionRole:
            return pos
        if role == StatusRole:
            return crow.status
        if col == COL_SEND:  # a row with errors is not sent: its box is not ticked (nor can be, until fixed)
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Unchecked if crow.excluded or crow.status == "error" else Qt.CheckState.Checked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Left out") if crow.excluded else self.tr("Not sent: it has errors") \
                    if crow.status == "error" else self.tr("Will be sent")
            if role == Qt.ItemDataRole.ToolTipRole and crow.status == "error" and not crow.excluded:
                return self.tr("Not sent: fix its errors first (the coloured cells say what is wrong)")
            return None
        if col == COL_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(crow.row)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if col == COL_STATUS:
            return self._status_data(crow.status, crow.issues, role)
        return self._value_data(checked, pos, crow, col - FIRST_DATA_COL, role)

    def cell_roles(self, index: Index) -> Callable[[int], Any]:
        """A value cell (most of a screenful) is looked up once for all the roles Qt paints it with."""
        checked = self._session.checked
        col = index.column()
        if col < FIRST_DATA_COL or checked is None or not index.isValid():
            return super().cell_roles(index)
        pos = self.position(index.row())
        crow, c = checked.rows[pos], col - FIRST_DATA_COL
        return lambda role: pos if role == PositionRole else crow.status if role == StatusRole else \
            self._value_data(checked, pos, crow, c, role)

    def _value_data(self, checked: Checked, pos: int, crow: CheckedRow, c: int, role: int) -> Any:
        """A role of the value in column ``c`` of the file, at position ``pos``."""
        if role == _DISPLAY or role == _EDIT:
            typed = _typed(checked, pos, c)
            if role == _DISPLAY:
                shown = self._sent(crow, c, typed)
                return typed if shown is None else shown
            return typed  # an edit starts from the file's own value
        if role == _FONT:
            typed = _typed(checked, pos, c)
            if self._left_out(crow, c, typed):
                return _changed_font(strike=True)
            return _changed_font() if self._sent(crow, c, typed) is not None else None
        if role == _BACKGROUND or role == _TOOLTIP:
            return self._problem_data(checked, pos, crow, c, role)
        return None

    def _problem_data(self, checked: Checked, pos: int, crow: CheckedRow, c: int, role: int) -> Any:
        """A cell's tint (left out, error, warning) or tooltip (its problems, and what the file said)."""
        if crow.excluded:
            return EXCLUDED_TINT if role == _BACKGROUND else None
        issues = self._issues_by_column(pos).get(c) if crow.issues else None
        if role == _TOOLTIP:
            typed = _typed(checked, pos, c)
            said = [core_text(i.message) for i in issues or ()]
            if self._sent(crow, c, typed) is not None:
                said.insert(0, self.tr("In your file: {value}").format(value=typed))
            return "\n".join(said) or None
        if not issues:
            return None
        return ERROR_TINT if any(i.severity == "error" for i in issues) else WARNING_TINT

    def _left_out(self, crow: CheckedRow, c: int, typed: str) -> bool:
        """Whether the value in file column ``c`` could not be read and the row goes without it (struck out)."""
        key = self._field_of.get(c)
        if key is None or not typed or crow.excluded or not crow.issues or crow.get(key) is not None:
            return False
        return any(i.field == key and i.severity == "warning" and i.code in UNREADABLE for i in crow.issues)

    def _sent(self, crow: CheckedRow, c: int, typed: str) -> str | None:
        """What will be sent from file column ``c`` when it differs from what the file says (None: the same,
        or nothing is sent from it)."""
        key = self._field_of.get(c)
        if key is None or not typed or crow.excluded:
            return None
        value = crow.get(key)
        if value is None or isinstance(value, (list, dict)):
            return None
        if isinstance(value, bool):
            shown = self.tr("Yes") if value else self.tr("No")
        else:
            shown = as_text(value)
        return None if shown == typed or shown == typed.strip() else shown

    def _status_data(self, status: str, issues: list[Issue], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {"ok": self.tr("OK"), "warning": self.tr("Warning"), "error": self.tr("Error"),
                    "excluded": self.tr("Left out")}[status]
        if role == Qt.ItemDataRole.DecorationRole:
            return icon({"ok": "status-ok", "warning": "status-warning", "error": "status-error",
                         "excluded": "status-excluded"}[status])
        if role == Qt.ItemDataRole.ToolTipRole and issues:
            return "\n".join(core_text(i.message) for i in issues)
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"error": ERROR_TINT, "warning": WARNING_TINT, "excluded": EXCLUDED_TINT}.get(status)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        checked = self._session.checked
        if not index.isValid() or checked is None:
            return False
        pos = self.position(index.row())
        if index.column() == COL_SEND and role == Qt.ItemDataRole.CheckStateRole:
            state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
            self._session.set_excluded(pos, state != Qt.CheckState.Checked)
            return True
        if index.column() >= FIRST_DATA_COL and role == Qt.ItemDataRole.EditRole:
            text = "" if value is None else str(value).strip()
            c = index.column() - FIRST_DATA_COL
            values = checked.table.records[pos].values
            old = values[c] if c < len(values) else None
            if ("" if old is None else as_text(old)) == text:
                return False  # opening and closing the editor is not an edit
            self._session.edit_value(pos, c, text or None)
            return True
        return False
