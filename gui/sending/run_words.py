"""The words a person reads about a send: statuses, counts, progress, waits, and why a run stopped.

Shared by the Send and Results steps so the same thing is always said the same way. Every string
goes through ``QCoreApplication.translate`` (context "RunText").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from core.mapping.catalog import TARGET_LABELS
from core.submit.journal_open import default_path
from core.targets.client_base import LOST, RATE
from core.targets.outcomes import STATUS_EXPLANATIONS, STATUS_LABELS, STATUS_ORDER
from gui.basics.format import fmt_int
from gui.basics.language import core_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunText", text)


def status_label(status: str) -> str:
    """The status as a word in the results table (core's word, translated)."""
    label = STATUS_LABELS.get(status)
    return core_text(label) if label else status


def status_explanation(status: str, target: str = "") -> str:
    """A tooltip: what the status means and what, if anything, to do."""
    text = STATUS_EXPLANATIONS.get(status)
    if not text:
        return ""
    crm = TARGET_LABELS.get(target, _tr("the CRM"))
    return core_text(text).format(crm=crm)


def _count_phrase(status: str, n: int) -> str:
    one = n == 1
    text = {
        "created": (_tr("1 created"), _tr("{n} created")),
        "updated": (_tr("1 updated"), _tr("{n} updated")),
        "accepted": (_tr("1 accepted for review"), _tr("{n} accepted for review")),
        "exists": (_tr("1 already exists"), _tr("{n} already exist")),
        "failed": (_tr("1 failed"), _tr("{n} failed")),
        "unknown": (_tr("1 unknown"), _tr("{n} unknown")),
        "not_sent": (_tr("1 not sent yet"), _tr("{n} not sent yet")),
        "skipped": (_tr("1 skipped because it did not pass the checks"),
                    _tr("{n} skipped because they did not pass the checks")),
        LEFT_OUT: (_tr("1 left out (your choice or a duplicate)"), _tr("{n} left out (your choice or a duplicate)")),
    }.get(status)
    if text is None:
        return f"{fmt_int(n)} {status}"
    return text[0] if one else text[1].format(n=fmt_int(n))


#: Not a status of its own: the rows of ``skipped`` the person left out (or a duplicate choice did), which
#: the sentences count apart from the rows the checks kept back.
LEFT_OUT = "left_out"
#: The codes a skipped row carries when it was left out rather than kept back by the checks.
_LEFT_OUT_CODES = ("excluded", "account.skipped")


def is_left_out(code: str) -> bool:
    """Was a skipped row with this code left out by the person (or their duplicate choices)?"""
    return code in _LEFT_OUT_CODES or code.startswith("duplicate.")


def with_left_out(counts: Mapping[str, int], left_out: int) -> dict[str, int]:
    """``counts`` with ``left_out`` of its skipped rows counted as left out, not as failing the checks."""
    out = dict(counts)
    moved = min(max(0, left_out), out.get("skipped", 0))
    if moved:
        out["skipped"] -= moved
        out[LEFT_OUT] = out.get(LEFT_OUT, 0) + moved
    return out


def sent_count(counts: Mapping[str, int]) -> int:
    """Rows that went to the CRM (whatever it answered): not the ones not sent yet, skipped or left out."""
    return sum(n for k, n in counts.items() if k not in ("not_sent", "skipped", LEFT_OUT))


def counts_sentence(counts: Mapping[str, int]) -> str:
    """"40 rows: 37 created, 2 failed, 1 skipped because it did not pass the checks.\""""
    total = sum(counts.values())
    if not total:
        return _tr("No rows yet.")
    order = [*STATUS_ORDER, LEFT_OUT]
    keys = [k for k in order if counts.get(k)] + sorted(k for k in counts if k not in order and counts[k])
    head = _tr("1 row") if total == 1 else _tr("{n} rows").format(n=fmt_int(total))
    return _tr("{rows}: {parts}.").format(rows=head, parts=", ".join(_count_phrase(k, counts[k]) for k in keys))


def fmt_when(timestamp: float) -> str:
    """A moment as the person's locale writes it ("11/23/26 5:45 PM"); US English under the C locale."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc.toString(QDateTime.fromSecsSinceEpoch(int(timestamp)), QLocale.FormatType.ShortFormat)


def duration(seconds: float, *, up: bool = False) -> str:
    """"45 s", "3 min", "1 h 20 min"; with ``up`` (a wait counting down) a part second is a whole one, so
    a wait still going never says "0 s"."""
    s = max(0, -int(-seconds // 1) if up else int(round(seconds)))
    if s < 60:
        return _tr("{n} s").format(n=s)
    if s < 3600:
        return _tr("{n} min").format(n=(s + 30) // 60)
    return _tr("{h} h {m} min").format(h=s // 3600, m=s % 3600 // 60)


def progress_line(done: int, total: int, rate: float, seconds_left: float) -> str:
    """"12 of 40 contacts sent · 25 a second · about 1 s left"."""
    parts = [_tr("{done} of {total} contacts sent").format(done=fmt_int(done), total=fmt_int(total))]
    if rate >= 1:
        parts.append(_tr("{n} a second").format(n=fmt_int(int(round(rate)))))
    elif rate > 0:
        parts.append(_tr("{n} a minute").format(n=fmt_int(max(1, int(round(rate * 60))))))
    if seconds_left >= 0 and done < total:
        parts.append(_tr("about {time} left").format(time=duration(seconds_left)))
    return " · ".join(parts)


def waiting_line(kind: str, seconds_left: float) -> str:
    """"Waiting for the rate limit (12 s)" or "HubSpot did not answer; trying again (4 s)"."""
    wait = duration(max(seconds_left, 0.001), up=True)
    if kind == RATE:  # the kind of wait (core.targets.client_base.wait_kind), never the reason's words
        return _tr("Waiting for the rate limit ({time})").format(time=wait)
    if kind == LOST:
        return _tr("The answer was lost; checking what arrived ({time})").format(time=wait)
    return _tr("The CRM did not answer; trying again ({time})").format(time=wait)


def stop_message(stopped_by: str | None, target: str, connection_name: str = "", practice: bool = False) -> str:
    """Why a run stopped, in plain words, and that it can be resumed."""
    crm = _tr("The practice CRM") if practice else TARGET_LABELS.get(target, _tr("The CRM"))
    name = connection_name or crm
    after = _tr("Contacts already sent will not be sent twice.")
    if stopped_by == "AuthError":
        text = _tr("{crm} refused the API key of “{name}”. It may have been changed or may not be allowed to "
                   "write contacts. Check it under Connections, then press Resume.").format(crm=crm, name=name)
    elif stopped_by == "DailyLimitReached":
        text = _tr("{crm} will take no more requests today: the account's daily limit is used up. Press Resume "
                   "tomorrow to send the rest.").format(crm=crm)
    elif stopped_by == "ServiceUnavailable":
        text = _tr("{crm} stopped answering. Check the internet connection and press Resume in a few minutes; "
                   "the app first checks which contacts arrived.").format(crm=crm)
    elif stopped_by in ("JournalFull", "JournalUnwritable"):
        text = journal_stop_words(stopped_by)
    else:
        text = _tr("Sending stopped before every contact was sent. Press Resume to try again.")
    return f"{text} {after}"


def journal_stop_words(stopped_by: str) -> str:
    """What to free or fix when the run journal could not record a step (nothing unrecorded was sent)."""
    folder = str(default_path().parent)
    if stopped_by == "JournalFull":
        return _tr("Sending stopped because the disk holding the app's run journal ({folder}) is full. Free some "
                   "space there, then press Resume.").format(folder=folder)
    return _tr("Sending stopped because the app's data folder ({folder}) can no longer be written (read-only or no "
               "permission). Make it writable, then press Resume.").format(folder=folder)


def cancelled_counts(counts: Mapping[str, int]) -> str:
    """"Cancelled: 2,300 sent, 17,700 not sent yet" — the one way a cancelled run is counted, everywhere."""
    return _tr("Cancelled: {sent} sent, {left} not sent yet").format(
        sent=fmt_int(sent_count(counts)), left=fmt_int(counts.get("not_sent", 0)))


def cancelled_message(counts: Mapping[str, int], resumable: bool = True) -> str:
    """The banner of a cancelled run: the counts, and Resume only when there is a rest it can send."""
    head = cancelled_counts(counts) + "."
    if not counts.get("not_sent", 0):
        return head + " " + _tr("Every contact had been sent before the cancel: nothing is left to resume.")
    if not resumable:
        return head + " " + _tr("This was a practice run and the practice CRM it went to has closed, so the rest "
                                "cannot be resumed; start a new practice send instead.")
    return head + " " + _tr("Nothing is lost; press Resume to send the rest.")
