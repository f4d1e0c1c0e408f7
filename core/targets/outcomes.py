"""What happened to each row, and the failures that stop a whole run.

Shared by the HTTP clients (which produce outcomes), the engine and journal (which record them) and
the results file and window (which show them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["created", "updated", "accepted", "exists", "failed", "skipped", "not_sent", "unknown"]

#: Words a person reads in the results file and window.
STATUS_LABELS: dict[str, str] = {
    "created": "Created",
    "updated": "Updated",
    "accepted": "Accepted for review",  # Virtuous: in an import awaiting its matching and review
    "exists": "Already exists",
    "failed": "Failed",
    "skipped": "Skipped",  # did not pass the checks
    "not_sent": "Not sent",  # cancelled or the run stopped before its batch went
    "unknown": "Unknown",  # sent, but the answer was lost; resume reconciles it
}
#: Outcomes that count as done for exit code 0.
SUCCESS = frozenset({"created", "updated", "accepted"})
FINAL = frozenset({"created", "updated", "accepted", "exists", "failed", "skipped"})


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """One row's result. ``key`` is its referenceId (Virtuous) or objectWriteTraceId (HubSpot)."""

    row: int
    key: str
    status: Status
    crm_id: str | None = None
    code: str | None = None
    message: str = ""


class RunStop(Exception):
    """A failure that stops the whole run (nothing more can be sent now); the run stays resumable."""


class AuthError(RunStop):
    """The token was refused (401/403)."""


class DailyLimitReached(RunStop):
    """The service's daily request budget is spent; resume after it resets."""


class ServiceUnavailable(RunStop):
    """Retries ran out on 5xx / timeouts / connection errors; the batch's rows may be in the CRM or not."""


class Cancelled(Exception):
    """The person pressed Cancel while the client was waiting (rate limit or back-off)."""
