"""What happened to each row, and the failures that stop a whole run.

Shared by the HTTP clients (which produce outcomes), the engine and journal (which record them) and
the results file and window (which show them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.words import N_

Status = Literal["created", "updated", "accepted", "exists", "failed", "skipped", "not_sent", "unknown"]

#: The order statuses are listed in, the good news first (results table, filters, run history, counts).
STATUS_ORDER: tuple[str, ...] = ("created", "updated", "accepted", "exists", "failed", "unknown", "not_sent",
                                 "skipped")
#: Words a person reads in the results file and window (marked: the window translates them).
STATUS_LABELS: dict[str, str] = {
    "created": N_("Created"),
    "updated": N_("Updated"),
    "accepted": N_("Accepted for review"),  # Virtuous: in an import awaiting its matching and review
    "exists": N_("Already exists"),
    "failed": N_("Failed"),
    "skipped": N_("Skipped"),  # did not pass the checks
    "not_sent": N_("Not sent"),  # cancelled or the run stopped before its batch went
    "unknown": N_("Unknown"),  # sent, but the answer was lost; resume reconciles it
}
#: What each status means and what to do; ``{crm}`` is the CRM's name (marked for translation).
STATUS_EXPLANATIONS: dict[str, str] = {
    "created": N_("A new contact was created in {crm}."),
    "updated": N_("The contact with this email was updated in {crm}."),
    "accepted": N_("{crm} accepted the contact into an import it matches and reviews."),
    "exists": N_("{crm} already has a contact with this email; it was left as it was."),
    "failed": N_("{crm} turned this row down; the message says why. Fix it and retry the failed rows."),
    "skipped": N_("Not sent: it did not pass the checks, or you left it out."),
    "not_sent": N_("Not sent yet: resume the run to send it."),
    "unknown": N_("Sent, but the answer was lost and {crm} could not confirm it. Look it up in {crm}."),
}
#: Outcomes that count as done (exit code 0, the "Done" filter).
SUCCESS = frozenset({"created", "updated", "accepted"})
#: Outcomes a person should look at (the "Needs attention" filter, the closing message).
ATTENTION = frozenset({"failed", "unknown", "not_sent"})


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

    #: The rows the CRM did answer before the run stopped (set by the client that raises it).
    partial_outcomes: list[RowOutcome] | None = None


class AuthError(RunStop):
    """The token was refused (401/403)."""


class DailyLimitReached(RunStop):
    """The service's daily request budget is spent; resume after it resets."""


class ServiceUnavailable(RunStop):
    """Retries ran out on 5xx / timeouts / connection errors; the batch's rows may be in the CRM or not."""


class InsecureAddress(RunStop):
    """The address is plain http:// to another computer: nothing is sent, the key would travel in clear."""


class Cancelled(Exception):
    """The person pressed Cancel while the client was waiting (rate limit or back-off)."""

    #: The rows the CRM did answer before the person cancelled (set by the client that raises it).
    partial_outcomes: list[RowOutcome] | None = None
