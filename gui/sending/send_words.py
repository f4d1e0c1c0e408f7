"""The Send step's own words: what is ready to send, and the news when a send started there ends.

What the Send and Results steps both say lives in ``gui.sending.run_words``. These strings keep the Send page's
translation context ("SendPage"), as when they were written inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.submit.run_view import RunOutcome
from core.summary import SendSummary
from core.targets.outcomes import ATTENTION
from gui.basics.format import fmt_int
from gui.sending.run_words import cancelled_message, counts_sentence, stop_message, with_left_out


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendPage", text)


def ready_sentence(summary: SendSummary) -> str:
    """"10 contacts ready to send in 3 batches. 2 rows will not be sent (errors or left out).\""""
    if not summary.contacts:
        return _tr("No contacts are ready to send.")
    contacts = _tr("1 contact") if summary.contacts == 1 else _tr("{n} contacts").format(n=fmt_int(summary.contacts))
    batches = _tr("1 batch") if summary.batches == 1 else _tr("{n} batches").format(n=fmt_int(summary.batches))
    skipped = summary.skipped_errors + summary.excluded
    text = _tr("{contacts} ready to send in {batches}.").format(contacts=contacts, batches=batches)
    if skipped:
        text += " " + (_tr("1 row will not be sent (errors or left out).") if skipped == 1 else
                       _tr("{n} rows will not be sent (errors or left out).").format(n=fmt_int(skipped)))
    return text


def ended_news(outcome: RunOutcome, left_out: int = 0) -> tuple[str, str]:
    """The banner's kind and words when a send ends: done, done but not all well, cancelled or stopped.
    ``left_out``: rows of the run the person left out (counted apart from those the checks kept back)."""
    counts = with_left_out(outcome.counts, left_out)
    if outcome.state == "finished" and any(outcome.counts.get(k) for k in ATTENTION):
        return "warning", _tr("Finished, but some rows need attention. {counts} The Results step says why; fix "
                              "them in your file and retry the failed rows.").format(
            counts=counts_sentence(counts))
    if outcome.state == "finished":
        return "success", _tr("Done. {counts} The Results step has every row and a file to keep.").format(
            counts=counts_sentence(counts))
    if outcome.state == "cancelled":
        return "warning", cancelled_message(outcome.counts)
    return "error", stop_message(outcome.stopped_by, outcome.target, outcome.connection_name, outcome.practice)
