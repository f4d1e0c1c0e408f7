"""One error type for input a person must fix, so every layer can show it the same way."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """The input cannot be used; the message names the file and, where known, sheet, row and column."""

    def __init__(
        self,
        file: str | Path | None,
        reason: str,
        *,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = str(file) if file is not None else None
        self.reason = reason
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = []
        if self.file:
            where.append(Path(self.file).name)
        if self.sheet:
            where.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.reason}" if prefix else self.reason
