"""Read a person's spreadsheet (xlsx/xlsm/xlsb/xls/ods/csv/tsv/txt) into a ``Table``.

Everything a person can get wrong about a file (wrong type, password, Excel holding a lock, a
title above the header) ends here as an ``InputError`` in plain words or as a note on the
table, so later steps only ever see clean rows numbered as Excel numbers them. May import only
``core.records``, ``core.errors`` and ``core.collector`` (and the spreadsheet libraries).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.errors import InputError
from core.readers.csv_text import detect_delimiter, peek_csv, read_csv
from core.readers.excel import list_workbook_sheets, peek_workbook, read_workbook
from core.readers.files import SUPPORTED, TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS, check_file
from core.readers.header import column_letter, detect_header_row, unique_headers
from core.readers.protected import PasswordNeeded
from core.readers.values import clean_cell
from core.records import Progress, SheetInfo, Table
from core.words import N_

#: Excel's last row: a header further down is a typing mistake, not a sheet.
MAX_HEADER_ROW = 1_048_576

__all__ = [
    "PasswordNeeded",
    "SUPPORTED",
    "TEXT_EXTENSIONS",
    "WORKBOOK_EXTENSIONS",
    "clean_cell",
    "column_letter",
    "detect_delimiter",
    "detect_header_row",
    "list_sheets",
    "peek_rows",
    "read_file",
    "unique_headers",
]


def list_sheets(path: str | Path, *, password: str | None = None) -> list[SheetInfo]:
    """Tabs of a workbook, hidden ones marked, for a sheet picker; a text file has none."""
    p, ext, content = check_file(path)
    if ext in TEXT_EXTENSIONS:
        return []
    return list_workbook_sheets(p, ext, content, password)


def peek_rows(path: str | Path, sheet: str | None = None, limit: int = 30, *,
              password: str | None = None, encoding: str | None = None) -> list[list[Any]]:
    """The first rows as they sit in the file, for a header-row picker: index i is Excel row i+1.

    Values are cleaned like ``read_file``'s; blank rows stay in place (as ``[]`` or all-None)
    so the numbering holds. Without ``sheet``, the sheet ``read_file`` would pick is used.
    """
    p, ext, content = check_file(path)
    if ext in TEXT_EXTENSIONS:
        return peek_csv(p, ext, limit, encoding)
    return peek_workbook(p, ext, content, sheet, limit, password)


def read_file(
    path: str | Path,
    sheet: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    *,
    password: str | None = None,
    encoding: str | None = None,
) -> Table:
    """Read one sheet (or the text file) with unique headers and non-blank, Excel-numbered rows.

    ``header_row`` (1-based) overrides the guess; ``sheet`` defaults to the first visible sheet
    holding a table (ignored for text files). ``progress(done, total)`` is called every few
    thousand rows. ``password`` opens an encrypted workbook (``PasswordNeeded`` says one is
    needed or wrong); ``encoding`` (any name Python knows) overrides the guess for a text file.
    """
    p, ext, content = check_file(path)
    if header_row is not None and not 1 <= header_row <= MAX_HEADER_ROW:
        raise InputError(p, N_("Row {row} can't be the header row: choose a row from 1 to {last}.").format(
            row=header_row, last=f"{MAX_HEADER_ROW:,}"))
    if ext in TEXT_EXTENSIONS:
        return read_csv(p, ext, header_row, progress, encoding)
    return read_workbook(p, ext, content, sheet, header_row, progress, password)
