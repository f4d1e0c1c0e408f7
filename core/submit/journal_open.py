"""Opening the run journal the way every front end must: a damaged, locked or unwritable file is one
sentence, never a traceback, and never the silent loss of a run that may have sent rows.

A damaged file (truncated, overwritten) is copied aside under a dated name first, so its record is
kept whatever happens next. The runs that can still be read are copied into a fresh journal (an
unfinished one can then be resumed as usual). If a run that had not finished cannot be read back,
nothing is started: sending the file again could send its rows twice, so the person is told to
check that run in the CRM and how to start afresh. That refusal is kept in a hold file beside the
journal (``runs.damaged-unfinished.txt``, which says in words what happened) rather than in the damaged
file itself: the damaged file is set aside at once, and every later open refuses the same way until a
person has checked the CRM and deleted the hold file, so no second open can forget that run.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from pathlib import Path
from typing import NoReturn

from core import paths, safe_write
from core.submit.journal import UNFINISHED_SUFFIX, Journal
from core.submit.journal_errors import JournalUnusable, advice, classify
from core.words import N_

log = logging.getLogger(__name__)

#: How long opening waits for another program's lock before saying so (writes mid-run wait longer).
OPEN_TIMEOUT = 5.0
RUN_TIMEOUT = 30.0
_SIDE_FILES = ("", "-wal", "-shm")
_checked: set[Path] = set()  # journals this process has already checked page by page


def default_path() -> Path:
    """The journal's place, without failing when its folder cannot be made (that is reported on open)."""
    try:
        return paths.journal_path()
    except OSError:
        return paths.data_dir(create=False) / paths.JOURNAL_NAME


def open_journal(path: str | Path | None = None, *, allow_read_only: bool = False) -> Journal:
    """The journal, ready to use; raises ``JournalUnusable`` with what to do when it cannot be.

    ``allow_read_only``: a command that only reads (``runs``) falls back to reading a journal its
    folder will not let it write. ``Journal.notice`` holds a sentence to show when a damaged journal
    was replaced.
    """
    p = Path(path) if path is not None else default_path()
    if (p.is_symlink() or p.exists()) and not p.is_file():  # a link to /dev/null, a folder, a pipe
        raise JournalUnusable(N_("Cannot use the run journal: {path} is not a file (a link to a device, a folder or "
                                 "a link to nothing); move it aside, or set CONTACT_IMPORTER_HOME to another folder."
                                 ).format(path=p), "readonly")
    held = held_because(p)
    if held is not None:
        raise JournalUnusable(held, "damaged", says_nothing_sent=True)
    try:
        if _emptied(p):
            raise sqlite3.DatabaseError("the file is empty")
        return _open_checked(p)
    except (sqlite3.Error, OSError) as e:
        kind = classify(e)
        if kind == "damaged":
            return _replace_damaged(p, e)
        if kind == "readonly" and allow_read_only and p.exists():
            for immutable in (False, True):
                try:
                    return Journal(p, read_only=True, timeout=OPEN_TIMEOUT, immutable=immutable)
                except sqlite3.Error:
                    pass
        raise JournalUnusable(N_("Cannot use the run journal: {problem}.").format(problem=advice(kind, p)),
                              kind) from None


def hold_path(p: Path) -> Path:
    """The hold file beside journal ``p``: present while a damaged journal's unfinished run awaits a person."""
    return p.with_name(f"{p.stem}.damaged-unfinished.txt")


def held_because(p: Path) -> str | None:
    """The hold file's sentence (why nothing may be sent, what to check), or None when there is no hold.
    An unreadable hold file still holds: its absence, not its contents, is what lets sending go on."""
    hold = hold_path(p)
    try:
        if not hold.is_file():
            return None
        text = hold.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        text = ""
    return text.splitlines()[0] if text else N_(
        "A damaged run journal held a run that had not finished, so some of its rows may already be in the CRM; "
        "nothing was sent. Check that run's rows in the CRM, then delete {hold} to send again.").format(hold=hold)


def _locks_dir(p: Path) -> Path:
    return p.parent / (p.stem + ".locks")  # as ``Journal.locks_dir``


def _marked_unfinished(p: Path) -> set[str]:
    """Runs of journal ``p`` marked as not finished by files beside it (``Journal._mark_unfinished``)."""
    try:
        return {f.name[:-len(UNFINISHED_SUFFIX)] for f in _locks_dir(p).glob(f"*{UNFINISHED_SUFFIX}")}
    except OSError:
        return set()


def release_hold(path: str | Path | None = None) -> bool:
    """The person has checked the unfinished run's rows in the CRM: sending may go on. Returns whether
    there was a hold. Only ever called after asking them (the window's button, ``release-hold``)."""
    hold = hold_path(Path(path) if path is not None else default_path())
    try:
        hold.unlink()
    except FileNotFoundError:
        return False
    log.warning("The hold on sending (%s) was lifted by the person after checking the CRM", hold)
    return True


def _emptied(p: Path) -> bool:
    """A journal cut to nothing: SQLite would take it for a new one, but runs were sent from it (it has locks)."""
    try:
        if p.stat().st_size != 0:
            return False
        wal = _side(p, "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False
    except OSError:
        return False
    return (p.parent / (p.stem + ".locks")).is_dir()


def _open_checked(p: Path) -> Journal:
    journal = Journal(p, timeout=OPEN_TIMEOUT)
    try:
        if p.resolve() not in _checked:
            problem = journal.quick_check()
            if problem != "ok":
                raise sqlite3.DatabaseError(problem)
            _checked.add(p.resolve())
        journal.set_timeout(RUN_TIMEOUT)
    except BaseException:
        journal.close()
        raise
    return journal


def _side(p: Path, suffix: str) -> Path:
    return p.with_name(p.name + suffix)


def _aside_path(p: Path) -> Path:
    """``runs.damaged-20261201-101500.sqlite3``, dated by the file's own time so opening twice keeps one copy."""
    try:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(p.stat().st_mtime))
    except OSError:
        stamp = time.strftime("%Y%m%d-%H%M%S")
    return p.with_name(f"{p.stem}.damaged-{stamp}{p.suffix}")


def _readable_copy(aside: Path) -> Path:
    """A scratch copy SQLite will read as far as it goes: a truncated file's header still counts the
    pages it lost, and SQLite then refuses the whole file, so the count is cut to what is there."""
    scratch = aside.with_name(aside.name + ".reading")
    _remove(scratch)
    for suffix in _SIDE_FILES[:2]:
        if _side(aside, suffix).exists():
            shutil.copyfile(_side(aside, suffix), _side(scratch, suffix))
    with open(scratch, "r+b") as fh:
        head = fh.read(100)
        if len(head) == 100 and head.startswith(b"SQLite format 3\x00"):
            page_size = int.from_bytes(head[16:18], "big") or 65536
            if page_size == 1:
                page_size = 65536
            pages = scratch.stat().st_size // page_size
            if pages < int.from_bytes(head[28:32], "big"):
                fh.seek(28)
                fh.write(pages.to_bytes(4, "big"))
    return scratch


def _read_runs(db_path: Path) -> list[tuple[str, str]] | None:
    """(id, stored state) of every run the damaged file still lists, or None if it lists nothing readable."""
    try:
        db = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True, timeout=OPEN_TIMEOUT)
    except sqlite3.Error:
        return None
    try:
        return [(str(i), str(s)) for i, s in db.execute("SELECT id, state FROM runs")]
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _salvage(fresh: Journal, old: Path, run_ids: list[str]) -> set[str]:
    """Copy each readable run (whole: run, batches, rows) into ``fresh``; returns the ids that could not be."""
    lost: set[str] = set()
    db = fresh._db
    db.execute("ATTACH DATABASE ? AS old", (str(old),))
    try:
        for run_id in run_ids:
            try:
                db.execute("BEGIN IMMEDIATE")
                db.execute("INSERT INTO main.runs SELECT * FROM old.runs WHERE id=?", (run_id,))
                db.execute("INSERT INTO main.batches SELECT * FROM old.batches WHERE run_id=?", (run_id,))
                db.execute("INSERT INTO main.rows SELECT * FROM old.rows WHERE run_id=?", (run_id,))
                total, = db.execute("SELECT total_rows FROM main.runs WHERE id=?", (run_id,)).fetchone()
                have, = db.execute("SELECT count(*) FROM main.rows WHERE run_id=?", (run_id,)).fetchone()
                if have != total:
                    raise sqlite3.DatabaseError(f"run {run_id}: {have} of {total} rows readable")
                db.execute("COMMIT")
            except sqlite3.Error as e:
                log.warning("could not recover run %s from the damaged journal: %s", run_id, e)
                if db.in_transaction:
                    db.execute("ROLLBACK")
                lost.add(run_id)
    finally:
        db.execute("DETACH DATABASE old")
    return lost


def _remove(p: Path) -> None:
    for suffix in _SIDE_FILES:
        _side(p, suffix).unlink(missing_ok=True)


def _install(fresh_path: Path, p: Path) -> None:
    """The fresh journal (with the runs that could be read) takes the damaged one's place."""
    _remove(p)
    for suffix in _SIDE_FILES:
        if _side(fresh_path, suffix).exists():
            _side(fresh_path, suffix).replace(_side(p, suffix))


def _replace_damaged(p: Path, err: BaseException) -> Journal:
    reason = str(err) or err.__class__.__name__
    aside = _aside_path(p)
    runs, lost, fresh_path = _set_aside(p, aside, reason)
    # A run the damaged file lists as not finished but could not be copied, and a run marked unfinished
    # beside the journal that the file no longer lists at all (damaged past reading): either may have sent rows.
    unread_marked = _marked_unfinished(p) - {r for r, _state in runs}
    unfinished_lost = sorted({r for r, state in runs if state != "finished" and r in lost} | unread_marked)
    if unfinished_lost:
        _hold(p, reason, aside, fresh_path, ", ".join(unfinished_lost), unread_marked)
    try:
        _install(fresh_path, p)
    except OSError as e:
        raise JournalUnusable(N_("The run journal {path} is damaged ({detail}) and could not be replaced: "
                                 "{problem}.").format(path=p, detail=reason, problem=advice(classify(e), p)),
                              "damaged") from None
    journal = _open_checked(p)
    journal.notice = _fresh_notice(p, reason, aside, runs, lost)
    log.warning("%s", journal.notice)
    return journal


def _set_aside(p: Path, aside: Path, reason: str) -> tuple[list[tuple[str, str]], set[str], Path]:
    """A copy of the damaged journal kept as ``aside``, and a fresh journal beside it holding the runs that
    could be read: (the runs listed with their state, those that could not be copied, the fresh file)."""
    try:
        for suffix in _SIDE_FILES:  # a copy first: the record of every run is kept whatever happens next
            src = _side(p, suffix)
            if src.exists() and not _side(aside, suffix).exists():
                shutil.copy2(src, _side(aside, suffix))
        scratch = _readable_copy(aside)
        try:
            runs = _read_runs(scratch)
            fresh_path = p.with_name(f"{p.stem}.recovering{p.suffix}")
            _remove(fresh_path)
            fresh = Journal(fresh_path)
            try:
                lost = _salvage(fresh, scratch, [r for r, _ in runs]) if runs else set()
            finally:
                fresh.close()
        finally:
            _remove(scratch)
    except (sqlite3.Error, OSError) as e:
        kind = classify(e)
        raise JournalUnusable(N_("The run journal {path} is damaged ({detail}) and could not be set aside: {problem}."
                                 ).format(path=p, detail=reason,
                                          problem=advice(kind if kind != 'damaged' else 'readonly', p)),
                              "damaged") from None
    return list(runs or []), lost, fresh_path


def _hold(p: Path, reason: str, aside: Path, fresh_path: Path, which: str, unread_marked: set[str]) -> NoReturn:
    """A run that had not finished is lost with the damaged journal: sending is held (a file beside the
    journal says why, until the person deletes it) and JournalUnusable raised."""
    hold = hold_path(p)
    said = N_("The run journal {path} was damaged ({detail}) and run {run} in it had not finished, so some of "
              "its rows may already be in the CRM; nothing was sent. The damaged journal is kept as {copy}. "
              "Check that run's rows in the CRM, then delete {hold} to send again.").format(
        path=p, detail=reason, run=which, copy=aside, hold=hold)
    try:  # the hold first: once it is written the damaged file may go, the refusal stays
        safe_write.write_text(hold, said + "\n")
    except OSError:
        _remove(fresh_path)
        raise JournalUnusable(N_(
            "The run journal {path} is damaged ({detail}) and run {run} in it had not finished, so some of its "
            "rows may already be in the CRM; nothing was sent. A copy is kept as {copy}. Check that run's rows "
            "in the CRM, then move {name} out of its folder to start a fresh journal.").format(
                path=p, detail=reason, run=which, copy=aside, name=p.name), "damaged",
            says_nothing_sent=True) from None
    for run_id in unread_marked:  # the hold says it now; the fresh journal has no such run to finish
        (_locks_dir(p) / f"{run_id}{UNFINISHED_SUFFIX}").unlink(missing_ok=True)
    try:
        _install(fresh_path, p)
    except OSError:
        pass  # the damaged file stays where it is; the hold refuses all the same
    log.warning("%s", said)
    raise JournalUnusable(said, "damaged", says_nothing_sent=True)


def _fresh_notice(p: Path, reason: str, aside: Path, runs: list[tuple[str, str]], lost: set[str]) -> str:
    """What the person is told of a fresh journal started in the damaged one's place."""
    kept = len(runs) - len(lost)
    resumable = [r for r, state in runs if state != "finished" and r not in lost]
    # One sentence made of marked pieces: each {more} is the rest of it (or nothing).
    more = ""
    if resumable:
        said = N_(" (unfinished, resume them: {runs})") if len(resumable) > 1 else \
            N_(" (unfinished, resume it: {runs})")
        more = said.format(runs=", ".join(resumable))
    if kept:
        said = N_(" with the {n} runs that could still be read{more}") if kept != 1 else \
            N_(" with the {n} run that could still be read{more}")
        more = said.format(n=kept, more=more)
    return N_("The run journal {path} was damaged ({detail}); it is kept as {copy} and a fresh journal was "
              "started{more}.").format(path=p, detail=reason, copy=aside, more=more)
