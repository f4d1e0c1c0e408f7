"""The shapes data takes on its way from a file to a CRM: file → records → mapped → checked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: ``progress(done, total)``; ``total`` may be 0 when unknown. Long steps call it now and then
#: so a window can show a bar; it must be cheap and must not touch widgets.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A sheet of a workbook as a person sees it in the tab bar."""

    name: str
    hidden: bool = False
    rows: int | None = None  # rows with data, when cheap to know


@dataclass(slots=True)
class Record:
    """One source row: ``row`` is the number a person sees in Excel (1-based, counting title rows)."""

    row: int
    values: list[Any]


@dataclass(frozen=True, slots=True)
class CellWarning:
    """A cell read as empty that holds something (an error, a formula with no saved result)."""

    row: int
    column: str  # the header it sits under
    cell: str  # "B5"
    holds: str  # completes "cell B5 holds …": "the error #N/A"
    kind: str = "error"  # "error" or "formula" (a formula with no saved result)


@dataclass(slots=True)
class Table:
    """A sheet read into memory: unique headers and the non-blank rows under them."""

    path: Path
    sheet: str | None
    header_row: int
    headers: list[str]
    records: list[Record]
    sheets: list[SheetInfo] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "Encoding: Windows-1252", "2 blank rows skipped"
    #: The sheet's first rows as they sit (index i is row i+1), when the reader kept them while
    #: looking for the header, so a header-row picker needn't parse a big workbook again; empty
    #: when it didn't (text files, whose first lines are cheap to read again).
    peek: list[list[Any]] = field(default_factory=list)
    #: The text encoding a text file was read in ("UTF-8", "Mac Roman", ...), for the Open step to
    #: show and offer to change; None for workbooks.
    encoding: str | None = None
    #: 0-based sheet column of each header (columns without header or data are dropped).
    source_columns: list[int] = field(default_factory=list)
    cell_warnings: list[CellWarning] = field(default_factory=list)

    def column(self, name: str) -> int:
        return self.headers.index(name)

    def sample_values(self, index: int, limit: int = 5) -> list[Any]:
        """First few non-empty values of a column, for the mapping screen."""
        out: list[Any] = []
        for rec in self.records:
            if index < len(rec.values):
                v = rec.values[index]
                if v is not None and v != "":
                    out.append(v)
                    if len(out) >= limit:
                        break
        return out
