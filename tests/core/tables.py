"""Tables built in memory, for tests of mapping, checking and payloads that need no file."""

from pathlib import Path

from core.records import Record, Table


def table(headers, *rows, first_row=2, path="guests.xlsx", sheet="Guests") -> Table:
    records = [Record(first_row + i, list(r)) for i, r in enumerate(rows)]
    return Table(Path(path), sheet, first_row - 1, list(headers), records)
