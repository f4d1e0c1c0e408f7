"""Problems found in a row: a stable code for tools, a severity, and a sentence for a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]

# Stable codes (report.csv, results files and tests rely on them; add, never rename).
EMAIL_INVALID = "email.invalid"
EMAIL_DUPLICATE = "email.duplicate"
PHONE_INVALID = "phone.invalid"
DATE_INVALID = "date.invalid"
DATE_AMBIGUOUS = "date.ambiguous"
BOOL_INVALID = "bool.invalid"
INT_INVALID = "int.invalid"
NUMBER_INVALID = "number.invalid"
OPTION_INVALID = "option.invalid"
REQUIRED_MISSING = "required.missing"
NAME_DERIVED = "name.derived"
TYPE_NORMALISED = "type.normalised"


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with one value of one row. ``error`` keeps the row from being sent."""

    row: int
    code: str
    severity: Severity
    column: str
    field: str
    value: Any
    message: str


@dataclass(slots=True)
class CheckedRow:
    """A row after checking: the normalised values that will be sent, and what was wrong."""

    row: int
    values: dict[str, Any]
    issues: list[Issue] = field(default_factory=list)
    excluded: bool = False  # a person chose not to send it
    #: (code, sentence) when the row was left out by a duplicate decision rather than by hand.
    excluded_reason: tuple[str, str] | None = None

    @property
    def status(self) -> str:
        """'excluded', 'error', 'warning' or 'ok' — the worst thing about the row."""
        if self.excluded:
            return "excluded"
        sev = {i.severity for i in self.issues}
        if "error" in sev:
            return "error"
        if "warning" in sev:
            return "warning"
        return "ok"

    @property
    def sendable(self) -> bool:
        return not self.excluded and all(i.severity != "error" for i in self.issues)

    def issues_for(self, field_key: str) -> list[Issue]:
        return [i for i in self.issues if i.field == field_key]
