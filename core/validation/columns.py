"""How a column writes its values, decided from the whole column before any cell is read.

One cell cannot say whether ``1,250`` is a thousand or one and a quarter, or whether ``05/03/21`` is
the fifth of March or the third of May; the column can: a ``12,50`` or a ``25/03/21`` further down
settles it for every cell. Worked out once per check (``column_ways``) and handed to every checker,
in this process or a checking process, so each cell of a column is read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.mapping.catalog import Catalog, Kind
from core.mapping.model import Mapping
from core.records import Table
from core.validation.amounts import UNSAID, decimal_mark, split_currency
from core.validation.normalize import _NUMERIC

#: Cells looked at per column: enough to meet the cell that settles it in any real file, and a
#: million-row sheet is not scanned whole for it.
SCAN_ROWS = 50_000


@dataclass(frozen=True, slots=True)
class ColumnWays:
    """``mark``: the decimal mark ('.', ',' or '' unsaid); ``currencies``: the signs/codes seen;
    ``date_order``: 'mdy', 'dmy' or 'auto' (each cell on its own); ``ambiguous``: every numeric date
    could be read either way, so the column is read month-first and says so."""

    mark: str = UNSAID
    currencies: tuple[str, ...] = ()
    date_order: str = "auto"
    ambiguous: bool = False

    @property
    def mixed(self) -> bool:
        return len(self.currencies) > 1


def column_ways(table: Table | None, mapping: Mapping, catalog: Catalog) -> dict[str, ColumnWays]:
    """Field → how its column writes numbers or dates (only fields of those kinds read from a column)."""
    out: dict[str, ColumnWays] = {}
    if table is None:
        return out
    for fm in mapping.fields:
        fd = catalog.get(fm.field)
        kind = fd.kind if fd is not None else fm.kind
        if kind not in (Kind.NUMBER, Kind.INT, Kind.DATE, Kind.DATETIME) or not fm.sources:
            continue
        if fm.sources[0] not in table.headers:
            continue
        j = table.column(fm.sources[0])
        texts = _texts(table, j)
        if kind in (Kind.NUMBER, Kind.INT):
            currencies = sorted({c for c in (split_currency(t)[1] for t in texts) if c})
            out[fm.field] = ColumnWays(mark=decimal_mark(texts), currencies=tuple(currencies))
        else:
            chosen = fm.date_order if fm.date_order != "auto" else mapping.date_order
            if chosen != "auto":
                out[fm.field] = ColumnWays(date_order=chosen)
            else:
                order, ambiguous = date_order_of(texts)
                out[fm.field] = ColumnWays(date_order=order, ambiguous=ambiguous)
    return out


def _texts(table: Table, j: int) -> list[str]:
    """The column's distinct texts (values repeat down a column: each is looked at once), in file order."""
    cells = dict.fromkeys([v for rec in table.records[:SCAN_ROWS]
                           if j < len(rec.values) and (v := rec.values[j]).__class__ is str])
    return [t for t in (v.strip() for v in cells) if t]


def date_order_of(texts: list[str]) -> tuple[str, bool]:
    """('dmy' | 'mdy' | 'auto', ambiguous) for a column's numeric dates: a first part over 12 says
    day-first, a second part over 12 says month-first; both seen: each cell on its own ('auto');
    neither, with some cell that reads two ways (03/05/21): month-first, and ``ambiguous``."""
    day_first = month_first = two_ways = False
    for text in texts:
        if day_first and month_first:
            break  # both seen: each cell on its own, whatever follows
        m = _NUMERIC.match(text)
        if m is None or len(m[1]) == 4:
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            day_first = True
        elif b > 12 >= a:
            month_first = True
        elif a != b and a <= 12 and b <= 12 and "." not in text:
            two_ways = True
    if day_first and not month_first:
        return "dmy", False
    if month_first and not day_first:
        return "mdy", False
    if day_first and month_first:
        return "auto", False
    return ("mdy", True) if two_ways else ("auto", False)


def ambiguous_date_columns(table: Table | None, mapping: Mapping, catalog: Catalog) -> list[tuple[str, str, str]]:
    """(field, column, a cell that reads two ways) of the date columns whose order nothing settles and
    nobody chose: the Map step asks about each once."""
    if table is None or mapping.date_order != "auto":
        return []
    out = []
    for fm in mapping.fields:
        fd = catalog.get(fm.field)
        kind = fd.kind if fd is not None else fm.kind
        if kind not in (Kind.DATE, Kind.DATETIME) or fm.date_order != "auto" or not fm.sources \
                or fm.sources[0] not in table.headers:
            continue
        texts = _texts(table, table.column(fm.sources[0]))
        _order, ambiguous = date_order_of(texts)
        if ambiguous:
            example = next(t for t in texts if (m := _NUMERIC.match(t)) and len(m[1]) <= 2 and "." not in t
                           and int(m[1]) != int(m[2]) and int(m[1]) <= 12 and int(m[2]) <= 12)
            out.append((fm.field, fm.sources[0], example))
    return out
