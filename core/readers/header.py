"""Find the header row under title/notes rows, and give every column a unique, readable name.

Nonprofit exports often start with a title ("Donors 2024"), an "Exported on ..." line and a blank
row before the real header, and their headers repeat ("Email" twice) or are left empty. The
mapping screen needs one distinct name per column, and the names must point a person back at
the sheet, hence ``Column R`` (the letter Excel shows) for an unnamed column.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from core.readers.values import header_text
from core.records import Record
from core.words import N_

#: How far down a sheet the header may sit; further down it is a report, not a table.
HEADER_SCAN_ROWS = 30

_LETTER = re.compile(r"[^\W\d_]")  # any Unicode letter: "王" counts, "503-555-0143" doesn't


def column_letter(index: int) -> str:
    """Excel's name for a 0-based column index (0 → A, 25 → Z, 26 → AA)."""
    if index < 0:
        raise ValueError(f"column index must be >= 0, not {index}")
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _is_text(value: Any) -> bool:
    """Header-like cell: words, not a number, date or phone (which only appear in data rows)."""
    return isinstance(value, str) and _LETTER.search(value) is not None


def _filled(row: Sequence[Any]) -> int:
    return sum(1 for v in row if v is not None and v != "")


def detect_header_row(rows: list[list[Any]]) -> int:
    """Guess the 1-based row holding the column names, given the sheet's first rows.

    The header is the first row about as wide as the table (titles and notes are one or two
    cells), made mostly of words, with data somewhere under it. If no row looks like words (a
    header of years, say), the first row about as wide as the table wins; failing that, the
    first non-blank row.
    """
    rows = rows[:HEADER_SCAN_ROWS]
    filled = [_filled(r) for r in rows]
    widest = max(filled, default=0)
    if widest == 0:
        return 1
    need = max(min(2, widest), math.ceil(0.6 * widest))
    last_filled = max(i for i, n in enumerate(filled) if n)

    wide_rows = [i for i, n in enumerate(filled) if n >= need and i < last_filled]
    for i in wide_rows:
        words = sum(1 for v in rows[i] if _is_text(v))
        if words >= 0.6 * filled[i]:
            return i + 1
    if wide_rows:
        return wide_rows[0] + 1
    return next(i for i, n in enumerate(filled) if n) + 1


def unique_headers(cells: Sequence[Any], columns: Sequence[int] | None = None) -> list[str]:
    """Readable, case-insensitively unique names: ``Email``, ``Email (2)``, ``Column R``.

    ``columns`` gives each cell's 0-based sheet column, for the letter in ``Column X``, when the
    cells do not start at column A or some columns were dropped.
    """
    texts = [header_text(c) for c in cells]
    cols = list(columns) if columns is not None else list(range(len(texts)))
    literal = {t.casefold() for t in texts if t}
    seen: set[str] = set()
    out: list[str] = []
    for text, col in zip(texts, cols, strict=True):
        base = text or f"Column {column_letter(col)}"
        name = base
        # A made-up name must not take a name that a later column spells out itself.
        if name.casefold() in seen or (not text and name.casefold() in literal):
            n = 2
            while True:
                name = f"{base} ({n})"
                if name.casefold() not in seen and name.casefold() not in literal:
                    break
                n += 1
        seen.add(name.casefold())
        out.append(name)
    return out


def _column_has_data(records: list[Record], j: int) -> bool:
    for rec in records:
        vals = rec.values
        if j < len(vals) and vals[j] is not None:
            return True
    return False


def _fit_records(records: list[Record], keep: list[int], width: int, *, uniform: bool) -> None:
    """Every record made exactly the kept columns wide, in place: padded with None, trailing columns cut,
    or the kept ones copied out. ``uniform``: every record is ``width`` wide already."""
    if len(keep) < width and keep == list(range(len(keep))):
        # Only trailing columns go (a trailing delimiter on every line): trim, don't copy.
        k = len(keep)
        for rec in records:
            vals = rec.values
            if len(vals) > k:
                del vals[k:]
            elif len(vals) < k:
                vals.extend([None] * (k - len(vals)))
    elif len(keep) == width:
        if not uniform:
            for rec in records:
                short = width - len(rec.values)
                if short:
                    rec.values.extend([None] * short)
    else:
        for rec in records:
            vals = rec.values
            if len(vals) < width:
                vals.extend([None] * (width - len(vals)))
            rec.values = [vals[j] for j in keep]


def shape_columns(
    header_cells: list[Any],
    records: list[Record],
    *,
    data_width: int,
    uniform: bool,
    first_column: int = 0,
    columns_out: list[int] | None = None,
) -> list[str]:
    """Settle the columns and make every record exactly as wide as the headers (in place).

    Cells beyond the header that hold data get ``Column X`` names instead of being lost; columns
    with neither a header nor any data (trailing delimiters, formatted-but-empty cells) are
    dropped. ``uniform`` says every record already has ``len(header_cells)`` values, which lets
    a workbook skip the per-record pass. ``columns_out`` receives each kept column's 0-based
    sheet column.
    """
    width = max(len(header_cells), data_width)
    texts = [header_text(c) for c in header_cells] + [""] * (width - len(header_cells))
    keep = [j for j in range(width) if texts[j] or _column_has_data(records, j)]
    if not keep:
        keep = list(range(width))
    _fit_records(records, keep, width, uniform=uniform and width == len(header_cells))
    if columns_out is not None:
        columns_out.extend(first_column + j for j in keep)
    return unique_headers([texts[j] for j in keep], [first_column + j for j in keep])


def reading_notes(header_row: int, *, detected: bool, blank: int) -> list[str]:
    """What a person should know about how rows were read, in words for the preview screen."""
    notes: list[str] = []
    if header_row != 1:
        notes.append((N_("Header found in row {row}") if detected else N_("Header taken from row {row}"))
                     .format(row=header_row))
    if blank:
        notes.append(N_("1 blank row skipped") if blank == 1 else N_("{n} blank rows skipped").format(n=blank))
    return notes
