"""One line per source column: its samples, the field it goes to, how sure the guess is, its options."""

from __future__ import annotations

from collections.abc import Callable

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from core.mapping.catalog import Catalog, catalog_for
from core.mapping.model import FieldMapping, Mapping
from core.validation.normalize import as_text
from gui.basics.contrast import over, readable
from gui.basics.language import core_text
from gui.models.colors import LOW_CONFIDENCE_TINT

Index = QModelIndex | QPersistentModelIndex

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
    return n


class MappingModel(QAbstractTableModel):
    """Reads the session's mapping live; ``setData`` on the field column re-points a column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._samples: list[list[Any]] = []
        self._mapping: Mapping | None = None
        self._catalog: Catalog | None = None
        #: Where the field list comes from (the session's account); None: the built-in list.
        self.catalog_provider: Callable[[Mapping], Catalog | None] | None = None

    # -- feeding -------------------------------------------------------------------------------
    def set_source(self, headers: list[str], samples: list[list[Any]], mapping: Mapping | None) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._samples = [list(s) for s in samples] + [[]] * (len(headers) - len(samples))
        self._set_mapping(mapping)
        self.endResetModel()

    def set_mapping(self, mapping: Mapping | None) -> None:
        """A new or edited mapping: same rows, new content."""
        self._set_mapping(mapping)
        self.refresh()

    def _set_mapping(self, mapping: Mapping | None) -> None:
        self._mapping = mapping
        provider = self.catalog_provider
        self._catalog = None if mapping is None else provider(mapping) if provider is not None else \
            catalog_for(mapping.target, mapping.custom_fields())

    def refresh(self) -> None:
        if self._headers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._headers) - 1, COLUMN_COUNT - 1))

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

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Column in your file"), self.tr("Sample values"), self.tr("Goes to"), self.tr("Match"),
                ""][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        fm = self.field_mapping(row)
        key = fm.field if fm else None
        conf = fm.confidence if fm else None
        if role == FieldKeyRole:
            return key
        if role == ConfidenceRole:
            return conf
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, fm)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col, fm)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == COL_OPTIONS and fm is not None:
                return self.tr("Options for column {name}").format(name=self._headers[row])
            return self._display(row, col, fm)
        if role == Qt.ItemDataRole.FontRole:
            if col == COL_COLUMN or (col == COL_FIELD and key is None):
                font = QFont()
                font.setBold(col == COL_COLUMN)
                font.setItalic(col == COL_FIELD)
                return font
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_MATCH and key is not None:
            return match_colour(conf is None or conf >= SURE)
        if role == Qt.ItemDataRole.BackgroundRole and key is not None and conf is not None and conf < SURE \
                and col in (COL_FIELD, COL_MATCH):
            return LOW_CONFIDENCE_TINT
        return None

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
                return ""
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
        return [self.tr("● Your choice"), self.tr("▲ {percent} guess").format(percent="100%"), "● 100%"]

    def options_texts(self) -> list[str]:
        """Every kind of text the Options column shows, with the widest count."""
        return [self.tr("Options ({n})…").format(n=8), self.tr("Options…")]

    def _tooltip(self, row: int, col: int, fm: FieldMapping | None) -> str | None:
        if col == COL_SAMPLES and self._samples[row]:
            return "\n".join(as_text(v) for v in self._samples[row])
        if col == COL_FIELD:
            return self.tr("Click (or press Enter) to choose the field this column goes to")
        if col == COL_MATCH and fm is not None:
            if fm.confidence is None:
                return self.tr("You picked this field")
            if fm.confidence < SURE:
                return self.tr("A guess from a similar name: please check it")
            return self.tr("The column name matches this field")
        if col == COL_OPTIONS and fm is not None:
            return self.tr("Trim, change case, split names or lists, translate values, fill blanks, join columns")
        return None
