"""One line per source column: its samples, the field it goes to, how sure the guess is, its options."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QStandardItem, QStandardItemModel

from core.mapping.catalog import Catalog, catalog_for
from core.mapping.model import FieldMapping, Mapping
from core.validation.normalize import as_text
from gui.basics.contrast import over, readable
from gui.basics.language import core_text
from gui.models.colors import LOW_CONFIDENCE_TINT

COL_COLUMN, COL_SAMPLES, COL_FIELD, COL_MATCH, COL_OPTIONS = range(5)
COLUMN_COUNT = 5

#: A guess below this is shown in amber: a fuzzy match a person should look at.
SURE = 0.9

#: ``data(index, FieldKeyRole)`` on any cell: the field key the column feeds, or None.
FieldKeyRole = Qt.ItemDataRole.UserRole + 1
#: ``data(index, ConfidenceRole)``: the guess's confidence (0..1), or None when a person chose.
ConfidenceRole = Qt.ItemDataRole.UserRole + 2

GOOD = QColor(22, 163, 74)
UNSURE = QColor(217, 119, 6)


def match_colour(sure: bool, palette: QPalette | None = None) -> QColor:
    """Green or amber, darkened (light theme) or lightened (dark theme) until it reads at 4.5:1 on its cell."""
    base = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Base)
    return _readable_on(GOOD.rgba() if sure else UNSURE.rgba(), base.rgba(), sure)


@lru_cache(maxsize=16)
def _readable_on(colour: int, base: int, sure: bool) -> QColor:
    ground = QColor.fromRgba(base) if sure else over(LOW_CONFIDENCE_TINT, QColor.fromRgba(base))
    return readable(QColor.fromRgba(colour), ground)


def option_count(fm: FieldMapping) -> int:
    """How many transforms differ from the defaults (shown as "Options (2)")."""
    n = 0
    n += not fm.trim
    n += fm.case != "none"
    n += fm.split_name
    n += bool(fm.value_map)
    n += bool(fm.split_list)
    n += fm.default not in (None, "")
    n += len(fm.sources) > 1
    n += fm.if_unreadable != "auto"
    n += fm.date_order != "auto"
    return n


class MappingModel(QStandardItemModel):
    """The Map table, filled from the session's mapping each time it is set, so the view reads plain Qt items.

    Why items and not a ``data()`` written in Python: every cell a view paints asks its model for eight
    or so roles, and each such call from Qt into a Python override waits for the GIL. While the account
    is read on a job that made the Map step's first paint take 50-70 ms; filled items cost Qt nothing to
    read. The table has one line per column of the file, so filling it again on each change is cheap.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, COLUMN_COUNT, parent)
        self._headers: list[str] = []
        self._samples: list[list[Any]] = []
        self._mapping: Mapping | None = None
        self._catalog: Catalog | None = None
        #: Column -> why a look-alike column was not taken (core.mapping.automap.why_not), shown on its row.
        self.reasons: dict[str, str] = {}
        #: Where the field list comes from (the session's account); None: the built-in list.
        self.catalog_provider: Callable[[Mapping], Catalog | None] | None = None
        titles = [self.tr("Column in your file"), self.tr("Sample values"), self.tr("Goes to"), self.tr("Match")]
        self.setHorizontalHeaderLabels(titles)
        self.setHorizontalHeaderItem(COL_OPTIONS, QStandardItem())  # no title over the Options buttons

    # -- feeding -------------------------------------------------------------------------------
    def set_source(self, headers: list[str], samples: list[list[Any]], mapping: Mapping | None) -> None:
        self.beginResetModel()
        blocked = self.blockSignals(True)  # one reset for the views, not a signal per item
        try:
            self._headers = list(headers)
            self._samples = [list(s) for s in samples] + [[]] * (len(headers) - len(samples))
            self._set_mapping(mapping)
            self.setRowCount(0)
            self.setRowCount(len(self._headers))
            for row in range(len(self._headers)):
                for col in range(COLUMN_COUNT):
                    item = QStandardItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.setItem(row, col, item)
            self._fill()
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def set_mapping(self, mapping: Mapping | None) -> None:
        """A new or edited mapping: same rows, new content."""
        blocked = self.blockSignals(True)
        try:
            self._set_mapping(mapping)
            self._fill()
        finally:
            self.blockSignals(blocked)
        self.refresh()

    def _set_mapping(self, mapping: Mapping | None) -> None:
        self._mapping = mapping
        provider = self.catalog_provider
        self._catalog = None if mapping is None else provider(mapping) if provider is not None else \
            catalog_for(mapping.target, mapping.custom_fields())

    def refresh(self) -> None:
        if self._headers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._headers) - 1, COLUMN_COUNT - 1))

    def _fill(self) -> None:
        """Every cell's roles from the current mapping; a role a cell no longer has is cleared."""
        for row in range(len(self._headers)):
            fm = self.field_mapping(row)
            for col in range(COLUMN_COUNT):
                item = self.item(row, col)
                for role, value in self._roles(row, col, fm).items():
                    item.setData(value, role)

    # -- lookups -------------------------------------------------------------------------------
    def header(self, row: int) -> str:
        return self._headers[row]

    def headers(self) -> list[str]:
        return list(self._headers)

    def row_of(self, header: str) -> int:
        return self._headers.index(header)

    def field_mapping(self, row: int) -> FieldMapping | None:
        """The mapping entry this column feeds (first one if a template made it feed several)."""
        if self._mapping is None:
            return None
        fields = self._mapping.field_for_column(self._headers[row])
        return self._mapping.for_field(fields[0]) if fields else None

    def low_confidence_count(self) -> int:
        """Columns whose field is a guess worth a second look."""
        return sum(1 for r in range(len(self._headers))
                   if (fm := self.field_mapping(r)) is not None and fm.confidence is not None and fm.confidence < SURE)

    def field_label(self, key: str | None) -> str:
        if key is None:
            return self.tr("— Don't import —")
        fd = self._catalog.get(key) if self._catalog else None
        return core_text(fd.label) if fd else key

    # -- what each cell holds ------------------------------------------------------------------
    def _roles(self, row: int, col: int, fm: FieldMapping | None) -> dict[int, Any]:
        key = fm.field if fm else None
        conf = fm.confidence if fm else None
        display = self._display(row, col, fm)
        font = None
        if col == COL_COLUMN or (col == COL_FIELD and key is None):
            font = QFont()
            font.setBold(col == COL_COLUMN)
            font.setItalic(col == COL_FIELD)
        accessible = self.tr("Options for column {name}").format(name=self._headers[row]) \
            if col == COL_OPTIONS and fm is not None else display
        tinted = key is not None and conf is not None and conf < SURE and col in (COL_FIELD, COL_MATCH)
        return {
            Qt.ItemDataRole.DisplayRole: display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip(row, col, fm),
            Qt.ItemDataRole.AccessibleTextRole: accessible,
            Qt.ItemDataRole.FontRole: font,
            Qt.ItemDataRole.ForegroundRole:
                match_colour(conf is None or conf >= SURE) if col == COL_MATCH and key is not None else None,
            Qt.ItemDataRole.BackgroundRole: LOW_CONFIDENCE_TINT if tinted else None,
            FieldKeyRole: key,
            ConfidenceRole: conf,
        }

    def _display(self, row: int, col: int, fm: FieldMapping | None) -> str:
        if col == COL_COLUMN:
            return self._headers[row]
        if col == COL_SAMPLES:
            return "  ·  ".join(as_text(v) for v in self._samples[row][:3])
        if col == COL_FIELD:
            label = self.field_label(fm.field if fm else None)
            if fm and len(fm.sources) > 1:
                others = [s for s in fm.sources if s != self._headers[row]]
                label = self.tr("{field} (joined with {others})").format(field=label, others=", ".join(others))
            return label
        if col == COL_MATCH:
            if fm is None:
                return self.tr("○ Not taken") if self._headers[row] in self.reasons else ""
            if fm.confidence is None:
                return self.tr("● Your choice")
            if fm.confidence < SURE:  # not by colour alone: the words say it is a guess
                return self.tr("▲ {percent} guess").format(percent=f"{fm.confidence:.0%}")
            return f"● {fm.confidence:.0%}"
        if col == COL_OPTIONS:
            if fm is None:
                return ""  # nothing to change on the way: the column is not brought in
            n = option_count(fm)
            return self.tr("Options ({n})…").format(n=n) if n else self.tr("Options…")
        return ""

    def match_texts(self) -> list[str]:
        """Every kind of text the Match column shows (its width is set from the longest)."""
        return [self.tr("● Your choice"), self.tr("▲ {percent} guess").format(percent="100%"), "● 100%",
                self.tr("○ Not taken")]

    def options_texts(self) -> list[str]:
        """Every kind of text the Options column shows, with the widest count."""
        return [self.tr("Options ({n})…").format(n=8), self.tr("Options…")]

    def _tooltip(self, row: int, col: int, fm: FieldMapping | None) -> str | None:
        if col == COL_SAMPLES and self._samples[row]:
            return "\n".join(as_text(v) for v in self._samples[row])
        if col == COL_FIELD:
            return self.tr("Click (or press Enter) to choose the field this column goes to")
        if col == COL_MATCH and fm is None and self._headers[row] in self.reasons:
            return self.tr("Not imported: {reason}").format(reason=core_text(self.reasons[self._headers[row]]))
        if col == COL_MATCH and fm is not None:
            if fm.confidence is None:
                return self.tr("You picked this field")
            if fm.confidence < SURE:
                return self.tr("A guess from the column's name and values: please check it")
            return self.tr("The column's name and values match this field")
        if col == COL_OPTIONS and fm is not None:
            return self.tr("Trim, change case, split names or lists, translate values, fill blanks, join columns")
        return None
