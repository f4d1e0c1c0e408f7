"""The duplicate groups side by side: one line per row, agreeing fields green, differing amber."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.matching.frame import LABELS
from core.matching.view import SHOWN, Line, lines
from gui.basics.language import core_text
from gui.models.colors import EXCLUDED_TINT, WARNING_TINT
from gui.models.table_model import TableModel
from gui.session.import_session import Session

AGREE_TINT = QColor(22, 163, 74, 60)
COL_GROUP, COL_ROW, COL_PROB = 0, 1, 2
FIRST_FIELD = 3
Index = QModelIndex | QPersistentModelIndex


def _tint(ln: Line, col: int, field: str | None) -> Any:
    """A value that agrees across the group or differs within it; a row merged away or left out."""
    if field is not None and ln.values.get(field):
        if field in ln.agree:
            return AGREE_TINT
        if field in ln.disagree:
            return WARNING_TINT
    if col == FIRST_FIELD + len(SHOWN) and ln.left_out:
        return EXCLUDED_TINT
    return None


class DuplicatesModel(TableModel):
    """Reads ``session.duplicates``/``account``/``book``; rebuilt whenever they change."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._lines: list[Line] = []
        self._headers = [self.tr("Group"), self.tr("Row"), self.tr("Match")] + \
            [core_text(LABELS[c].capitalize()) for c in SHOWN] + [self.tr("What happens"), self.tr("In the account")]
        # (the field names are core's, "First name" … "Date of birth": translated where core's words are)
        session.duplicatesChanged.connect(self.reload)
        session.rowsChanged.connect(lambda _rows: self.reload())

    def reload(self) -> None:
        s = self.session
        self.beginResetModel()
        self._lines = lines(s.duplicates, s.account_matches, s.book, s.checked.rows, s.target) if s.checked else []
        self.endResetModel()

    def line(self, row: int) -> Line:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _text(self, ln: Line, col: int, field: str | None) -> str:
        """A cell as shown: the group (or "account"), the row, the probability, a value, the choice."""
        if col == COL_GROUP:
            return str(ln.group) if ln.group is not None else self.tr("account")
        if col == COL_ROW:
            return str(ln.row)
        if col == COL_PROB:
            return f"{ln.probability:.0%}"
        if field is not None:
            return ln.values.get(field, "")
        return core_text(ln.choice if col == FIRST_FIELD + len(SHOWN) else ln.account)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ln, col = self._lines[index.row()], index.column()
        field = SHOWN[col - FIRST_FIELD] if FIRST_FIELD <= col < FIRST_FIELD + len(SHOWN) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ln, col, field)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _tint(ln, col, field)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_PROB:
            return ln.why(core_text)
        if role == Qt.ItemDataRole.ToolTipRole and field is not None:
            if field in ln.agree:
                return self.tr("Agrees across the group")
            if field in ln.disagree:
                return self.tr("Differs within the group")
        return None
