"""The run journal: a SQLite file that remembers every run, every batch body and every row's outcome.

It is written *before* each request goes out and *after* each answer comes back, each step one
transaction, so a crash at any moment leaves a journal that says exactly which batches were never
sent (``pending``), which were on the wire (``sending``/``unknown``) and which have outcomes
(``done``). ``resume`` and the results file are built from it alone. It never holds a token.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from core import paths
from core.crashpoints import crashpoint
from core.submit import runlock
from core.submit.journal_errors import JournalWriteFailed, start_failed, write_failed
from core.submit.journal_types import BatchEntry, NewRow, NewRun, RowEntry, RunInfo
from core.targets.outcomes import RowOutcome
from core.targets.payloads import Batch, BatchItem

__all__ = ["Journal", "UnknownRun", "BatchEntry", "NewRow", "NewRun", "RowEntry", "RunInfo"]

SCHEMA_VERSION = 1
#: Beside each run's lock: a file per run not finished yet (see ``Journal._mark_unfinished``).
UNFINISHED_SUFFIX = ".unfinished"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY, parent_run_id TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL,
    target TEXT NOT NULL, file_path TEXT NOT NULL, sheet TEXT, header_row INTEGER,
    mapping_json TEXT NOT NULL, base_url TEXT NOT NULL, connection_name TEXT NOT NULL DEFAULT '',
    sandbox INTEGER NOT NULL DEFAULT 0, mode TEXT NOT NULL, batch_size INTEGER, concurrency INTEGER,
    headers_json TEXT NOT NULL, results_path TEXT, state TEXT NOT NULL, message TEXT NOT NULL DEFAULT '',
    total_rows INTEGER NOT NULL, counts_json TEXT NOT NULL DEFAULT '{}', encoding TEXT);
CREATE TABLE IF NOT EXISTS batches (
    run_id TEXT NOT NULL, number INTEGER NOT NULL, operation TEXT NOT NULL, reference_source TEXT,
    body BLOB NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL, sent_at REAL, finished_at REAL, message TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, number));
CREATE TABLE IF NOT EXISTS rows (
    run_id TEXT NOT NULL, row INTEGER NOT NULL, key TEXT, batch INTEGER, email TEXT, status TEXT,
    crm_id TEXT, code TEXT, message TEXT NOT NULL DEFAULT '', values_json TEXT NOT NULL,
    PRIMARY KEY (run_id, row));
CREATE INDEX IF NOT EXISTS rows_by_batch ON rows (run_id, batch);
"""

#: A row with no outcome yet reads as 'unknown' while its batch may be in the CRM, else 'not_sent'.
_DISPLAY_STATUS = """CASE WHEN r.status IS NOT NULL THEN r.status
    WHEN b.state IN ('sending', 'unknown') THEN 'unknown' ELSE 'not_sent' END"""


def _extra_key(run_id: str, key: str) -> str:
    return f"run:{run_id}:{key}"


class UnknownRun(KeyError):
    """No run with that id in this journal."""


def new_run_id(now: float | None = None) -> str:
    """Sortable and readable (``20261123-174512-ab12``) so a person can type it into ``resume``."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now if now is not None else time.time()))
    return f"{stamp}-{os.urandom(2).hex()}"


class Journal:
    """One open journal file; safe to share between the engine's worker threads (one lock, one connection)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, timeout: float = 30.0,
                 immutable: bool = False) -> None:
        """Open (creating if need be) the journal; ``read_only`` only reads an existing one (``runs`` on a
        read-only folder). Front ends open it through ``journal_open.open_journal``, which turns a
        damaged, locked or unwritable file into one clear sentence."""
        self.path = Path(path) if path is not None else paths.journal_path()
        self.read_only = read_only
        self.notice = ""  # set by open_journal when it had to start a fresh journal
        if not read_only:
            self._make_private()
        self.locks_dir = self.path.parent / (self.path.stem + ".locks")
        self._lock = threading.RLock()
        if read_only:
            # ``immutable``: a journal on a read-only disk, whose WAL index SQLite can neither make nor lock.
            self._db = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable
                                                                                    else ""),
                                       uri=True, check_same_thread=False, isolation_level=None, timeout=timeout)
        else:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=timeout)
        try:
            self._db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            if not read_only:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")  # a committed 'sending' must survive a power cut
            self._db.execute("PRAGMA foreign_keys=ON")
            if read_only:  # SQLite opens lazily: find out now, not in the middle of a listing
                self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            with self._lock:
                if not read_only:
                    self._db.executescript(_SCHEMA)
                    columns = {c[1] for c in self._db.execute("PRAGMA table_info(runs)")}
                    if "encoding" not in columns:  # a journal written before runs kept their file's encoding
                        self._db.execute("ALTER TABLE runs ADD COLUMN encoding TEXT")
                    self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        except BaseException:
            self._db.close()
            raise

    def set_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's lock before giving up."""
        with self._lock:
            self._db.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")

    def quick_check(self) -> str:
        """'ok', or SQLite's first complaint about the file (a damaged page, a truncated file)."""
        found = self._query("PRAGMA quick_check(1)")
        return str(found[0][0]) if found else "ok"

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it reaches the disk, or none of it does.

        A full disk, a folder gone read-only or a lock held elsewhere becomes ``JournalWriteFailed``
        after the rollback, so the journal on disk still says exactly what was sent.
        """
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    crashpoint("journal-commit")
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        try:
                            self._db.execute("ROLLBACK")
                        except sqlite3.Error:
                            pass  # SQLite rolls back by itself when it cannot
                    raise
            except (sqlite3.Error, OSError) as e:
                raise write_failed(e, self.path) from e

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._db.execute(sql, args)
            cur.row_factory = sqlite3.Row
            return cur.fetchall()

    # -- runs ----------------------------------------------------------------------------------
    def create_run(self, run: NewRun, batches: Sequence[Batch], rows: Iterable[NewRow],
                   extras: dict[str, str] | None = None) -> str:
        """Record a whole run (every batch body, every row) before anything is sent; returns its id.
        ``extras`` are documents a step after the batches needs (``run_extra``), in the same transaction."""
        now = time.time()
        row_list = list(rows)
        marker: Path | None = None
        try:
            with self._tx() as db:
                run_id = new_run_id(now)
                while db.execute("SELECT 1 FROM runs WHERE id=?", (run_id,)).fetchone():
                    run_id = new_run_id(now)
                if not run.sandbox:  # a practice CRM ends with its program: nothing real can have been sent
                    marker = self._mark_unfinished(run_id)  # before the commit: never an unfinished run unmarked
                self._insert_run(db, run_id, now, run, batches, row_list, extras)
        except BaseException as e:
            if marker is not None:
                marker.unlink(missing_ok=True)
            if isinstance(e, JournalWriteFailed):  # no run was recorded: nothing to resume
                raise start_failed(e.__cause__ or e, self.path) from e
            raise
        return run_id

    def _make_private(self) -> None:
        """The journal holds every row's email and phone: its folder 0700, the file 0600 before SQLite opens it
        (SQLite gives its -wal and -shm files the database file's mode), and any left from before made 0600."""
        if paths.in_data_dir(self.path):
            paths.private_folder(self.path.parent)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if os.name != "posix" or self.path.is_symlink():
            return
        try:
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, paths.PRIVATE_FILE))
        except OSError:
            return  # SQLite says what is wrong in its own words (open_journal turns them into a sentence)
        for suffix in ("", "-wal", "-shm", "-journal"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                paths.private_file(side)

    def _mark_unfinished(self, run_id: str) -> Path:
        """A file per run that has not finished, outside the database: if the journal is ever damaged past
        reading, these still say which runs may have sent rows (``journal_open`` then holds sending)."""
        paths.private_folder(self.locks_dir)
        marker = self.locks_dir / f"{run_id}{UNFINISHED_SUFFIX}"
        os.close(os.open(marker, os.O_WRONLY | os.O_CREAT, paths.PRIVATE_FILE))
        return marker

    def _insert_run(self, db: sqlite3.Connection, run_id: str, now: float, run: NewRun, batches: Sequence[Batch],
                    row_list: list[NewRow], extras: dict[str, str] | None) -> None:
        db.execute(
            "INSERT INTO runs (id, parent_run_id, created_at, updated_at, target, file_path, sheet, header_row,"
            " mapping_json, base_url, connection_name, sandbox, mode, batch_size, concurrency, headers_json,"
            " results_path, state, total_rows, encoding) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (run_id, run.parent_run_id, now, now, run.target, run.file_path, run.sheet, run.header_row,
             run.mapping_json, run.base_url, run.connection_name, int(run.sandbox), run.mode, run.batch_size,
             run.concurrency, json.dumps(run.headers, ensure_ascii=False), run.results_path, "created",
             len(row_list), run.encoding))
        db.executemany(
            "INSERT INTO batches (run_id, number, operation, reference_source, body, state, created_at)"
            " VALUES (?,?,?,?,?,'pending',?)",
            ((run_id, b.number, b.operation, b.reference_source, b.body, now)  # one body in memory at a time
             for b in batches))
        db.executemany(
            "INSERT INTO rows (run_id, row, key, batch, email, status, code, message, values_json)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(run_id, r.row, r.key, r.batch, r.email, r.status, r.code, r.message,
              json.dumps(r.values, ensure_ascii=False)) for r in row_list])
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [(_extra_key(run_id, k), v) for k, v in (extras or {}).items()])

    def run_extra(self, run_id: str, key: str) -> str | None:
        """A document recorded with the run (``create_run(extras=)``), as last written."""
        found = self._query("SELECT value FROM meta WHERE key=?", (_extra_key(run_id, key),))
        return str(found[0][0]) if found else None

    def set_state(self, run_id: str, state: str, message: str = "") -> None:
        """The run's state, with a snapshot of its counts for anyone reading the file by hand."""
        counts = json.dumps(self.counts(run_id), sort_keys=True)
        with self._tx() as db:
            cur = db.execute("UPDATE runs SET state=?, message=?, updated_at=?, counts_json=? WHERE id=?",
                             (state, message, time.time(), counts, run_id))
            if cur.rowcount == 0:
                raise UnknownRun(run_id)
        if state == "finished":
            (self.locks_dir / f"{run_id}{UNFINISHED_SUFFIX}").unlink(missing_ok=True)

    def delete_run(self, run_id: str) -> None:
        """Forget a run (its bodies and row values too); refused while it is being sent."""
        with self.lock(run_id):
            with self._tx() as db:
                for table in ("rows", "batches"):
                    db.execute(f"DELETE FROM {table} WHERE run_id=?", (run_id,))
                db.execute("DELETE FROM meta WHERE key LIKE ?", (_extra_key(run_id, "%"),))
                if db.execute("DELETE FROM runs WHERE id=?", (run_id,)).rowcount == 0:
                    raise UnknownRun(run_id)
        (self.locks_dir / f"{run_id}.lock").unlink(missing_ok=True)
        (self.locks_dir / f"{run_id}{UNFINISHED_SUFFIX}").unlink(missing_ok=True)

    def set_results_path(self, run_id: str, path: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE runs SET results_path=? WHERE id=?", (path, run_id))

    def get_run(self, run_id: str) -> RunInfo:
        found = self._query("SELECT * FROM runs WHERE id=?", (run_id,))
        if not found:
            raise UnknownRun(run_id)
        return self._run_info(found[0])

    def list_runs(self) -> list[RunInfo]:
        """Newest first, as a person looks for the run they just did."""
        return [self._run_info(r) for r in self._query("SELECT * FROM runs ORDER BY created_at DESC, id DESC")]

    def _run_info(self, r: sqlite3.Row) -> RunInfo:
        state = r["state"]
        if state == "running" and not runlock.is_locked(self.locks_dir, r["id"]):
            state = "interrupted"  # the process that was sending it is gone
        return RunInfo(
            id=r["id"], parent_run_id=r["parent_run_id"], created_at=r["created_at"], updated_at=r["updated_at"],
            target=r["target"], file_path=r["file_path"], sheet=r["sheet"], header_row=r["header_row"],
            mapping_json=r["mapping_json"], base_url=r["base_url"], connection_name=r["connection_name"],
            sandbox=bool(r["sandbox"]), mode=r["mode"], batch_size=r["batch_size"], concurrency=r["concurrency"],
            headers=json.loads(r["headers_json"]), results_path=r["results_path"], state=state,
            stored_state=r["state"], message=r["message"], total_rows=r["total_rows"], counts=self.counts(r["id"]),
            encoding=r["encoding"] if "encoding" in r.keys() else None)

    def lock(self, run_id: str) -> runlock.RunLock:
        """The hold a sender takes for the whole time it sends this run (raises ``RunBusy`` if taken)."""
        return runlock.RunLock(self.locks_dir, run_id)

    # -- batches -------------------------------------------------------------------------------
    def batches(self, run_id: str, states: Sequence[str] | None = None) -> list[BatchEntry]:
        """Batches in number order; each ``batch`` holds the rows still to send (pending) or to reconcile."""
        sql = ("SELECT number, operation, reference_source, body, state, attempts, message, sent_at FROM batches"
               " WHERE run_id=?")
        args: list[object] = [run_id]
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args.extend(states)
        found = self._query(sql + " ORDER BY number", args)
        items: dict[int, list[BatchItem]] = {}
        pending = {b["number"] for b in found if b["state"] == "pending"}
        for r in self._query("SELECT row, key, batch, email, status FROM rows WHERE run_id=? AND batch IS NOT NULL"
                             " AND (status IS NULL OR status='unknown') ORDER BY row", (run_id,)):
            if r["status"] is not None and r["batch"] in pending:
                continue  # settled as unknown by an earlier reconcile; not part of the re-send
            items.setdefault(r["batch"], []).append(BatchItem(r["row"], r["key"], r["email"]))
        return [BatchEntry(b["number"], b["state"], b["attempts"], b["message"],
                           Batch(b["number"], b["operation"], items.get(b["number"], []), bytes(b["body"]),
                                 b["reference_source"], b["sent_at"] if b["attempts"] else None))
                for b in found]

    def mark_sending(self, run_id: str, number: int) -> None:
        """Committed before the request leaves, so a crash mid-request is known to need reconciling.
        ``sent_at`` keeps the *first* time: a contact HubSpot created before it was not made by this batch,
        one created since may have been (the batch's ``not_before`` when it is read back)."""
        with self._tx() as db:
            db.execute("UPDATE batches SET state='sending', attempts=attempts+1, sent_at=COALESCE(sent_at, ?),"
                       " message=''"
                       " WHERE run_id=? AND number=?", (time.time(), run_id, number))

    def finish_batch(self, run_id: str, number: int, outcomes: Sequence[RowOutcome], state: str, *,
                     message: str = "", resend_body: bytes | None = None, resend_rows: Iterable[int] = ()) -> None:
        """A batch's outcomes and its new state in one transaction, so nothing is ever half-recorded.

        ``resend_body``/``resend_rows``: after reconciling, the rows the CRM does not hold go back to
        pending with a body that carries only them.
        """
        now = time.time()
        with self._tx() as db:
            db.executemany(
                "UPDATE rows SET status=?, crm_id=?, code=?, message=? WHERE run_id=? AND row=? AND batch=?",
                [(o.status, o.crm_id, o.code, o.message, run_id, o.row, number) for o in outcomes])
            db.executemany("UPDATE rows SET status=NULL, crm_id=NULL, code=NULL, message='' WHERE run_id=? AND row=?",
                           [(run_id, row) for row in resend_rows])
            if resend_body is not None:
                db.execute("UPDATE batches SET body=? WHERE run_id=? AND number=?", (resend_body, run_id, number))
            db.execute("UPDATE batches SET state=?, finished_at=?, message=? WHERE run_id=? AND number=?",
                       (state, now, message, run_id, number))
            db.execute("UPDATE runs SET updated_at=? WHERE id=?", (now, run_id))

    # -- rows ----------------------------------------------------------------------------------
    def rows(self, run_id: str) -> list[RowEntry]:
        """Every row of the run in file order, with the status a person should read for it now."""
        found = self._query(
            f"SELECT r.row, r.key, r.batch, r.email, {_DISPLAY_STATUS} AS shown, r.status, r.crm_id, r.code,"
            " r.message, r.values_json FROM rows r LEFT JOIN batches b ON b.run_id=r.run_id AND b.number=r.batch"
            " WHERE r.run_id=? ORDER BY r.row", (run_id,))
        return [RowEntry(r["row"], r["key"], r["batch"], r["email"], r["shown"], r["status"] is not None,
                         r["crm_id"], r["code"], r["message"], json.loads(r["values_json"])) for r in found]

    def counts(self, run_id: str) -> dict[str, int]:
        """Rows per displayed status (only statuses that occur)."""
        found = self._query(
            f"SELECT {_DISPLAY_STATUS} AS shown, count(*) AS n FROM rows r LEFT JOIN batches b"
            " ON b.run_id=r.run_id AND b.number=r.batch WHERE r.run_id=? GROUP BY shown", (run_id,))
        return {r["shown"]: r["n"] for r in found}

    def pending_rows(self, run_id: str) -> int:
        """Rows that still need sending or reconciling."""
        found = self._query("SELECT count(*) FROM rows WHERE run_id=? AND batch IS NOT NULL AND status IS NULL",
                            (run_id,))
        return int(found[0][0])

    # -- after-run notes (company links, undo, Virtuous status) ---------------------------------
    def note_rows(self, run_id: str, notes: dict[int, tuple[str | None, str]], *, replace: bool = False,
                  crm_ids: dict[int, str] | None = None, extra: tuple[str, str] | None = None) -> None:
        """Add a sentence (and optionally a code) to rows that already have an outcome, in one transaction.

        Used by steps that happen after the send (associating companies, undo, checking Virtuous):
        the outcome stays what the CRM said; the message records what was done since. ``replace``
        sets the message instead of appending (a status check that is run again replaces its own).
        """
        with self._tx() as db:
            for row, (code, text) in notes.items():
                if replace:
                    db.execute("UPDATE rows SET message=?, code=COALESCE(?, code) WHERE run_id=? AND row=?",
                               (text, code, run_id, row))
                else:
                    db.execute("UPDATE rows SET message=CASE WHEN message='' THEN ? ELSE message || '; ' || ? END,"
                               " code=COALESCE(?, code) WHERE run_id=? AND row=?", (text, text, code, run_id, row))
            for row, crm_id in (crm_ids or {}).items():
                db.execute("UPDATE rows SET crm_id=? WHERE run_id=? AND row=?", (crm_id, run_id, row))
            if extra is not None:  # the step's own progress, with the rows it wrote about
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_extra_key(run_id, extra[0]), extra[1]))
            db.execute("UPDATE runs SET updated_at=? WHERE id=?", (time.time(), run_id))
