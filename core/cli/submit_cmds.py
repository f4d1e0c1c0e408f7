"""``submit``, ``runs``, ``resume`` and ``sandbox``: send a sheet, list runs, finish one, practise.

Exit codes as everywhere: 0 every row created/updated/accepted, 1 some rows did not (failed,
skipped, already there, unknown or not sent), 2 the run could not start. The token comes from the
environment or the keyring, never from the command line (it would land in shell history).
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlsplit

from core.cli import EXIT_OK, EXIT_ROWS, EXIT_UNUSABLE
from core.cli.prepare_cmds import add_source_args
from core.cli.submit_progress import ProgressPrinter, format_counts
from core.logs import forget_in_logs
from core.submit.engine import RunSummary, execute_run
from core.submit.journal import Journal, UnknownRun
from core.submit.results_file import SUFFIXES
from core.submit.run_view import write_run_results
from core.submit.runlock import RunBusy
from core.submit.runs import Destination, create_run, plan_from_file
from core.submit.secrets import get_token, how_to_set_token
from core.targets.client_base import Connection, CrmClient
from core.targets.outcomes import SUCCESS, RunStop, ServiceUnavailable

PROG = "contact-importer"
SANDBOX_NAME = "sandbox"
#: Options for every client the CLI makes; tests may patch this (e.g. a small ``backoff_base``).
CLIENT_OPTIONS: dict[str, Any] = {}


class _PassThrough(argparse.ArgumentParser):
    """Hands every argument after ``sandbox`` to the sandbox's own parser, ``--help`` included."""

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        ns = namespace if namespace is not None else argparse.Namespace()
        ns.args = list(args or [])
        for key, value in self._defaults.items():
            setattr(ns, key, value)
        return ns, []


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("submit", help="send a spreadsheet to the CRM (or the practice sandbox)")
    add_source_args(s)
    s.add_argument("--mapping", help="a mapping JSON from 'map' (default: the suggested mapping)")
    where = s.add_mutually_exclusive_group(required=True)
    where.add_argument("--sandbox", action="store_true", help="send to a practice CRM started just for this run")
    where.add_argument("--base-url", help="the CRM's API address, e.g. https://api.hubapi.com")
    s.add_argument("--connection", help="keyring name the token is saved under (default: the base URL)")
    s.add_argument("--mode", choices=("create", "upsert"), default="create", help="HubSpot only")
    s.add_argument("--batch-size", type=int)
    s.add_argument("--concurrency", type=int, help="batches in flight at once (default: 2 HubSpot, 1 Virtuous)")
    s.add_argument("--results", required=True, help="results file to write (.xlsx or .csv)")
    s.set_defaults(func=cmd_submit)

    r = sub.add_parser("runs", help="list past runs, newest first")
    r.set_defaults(func=cmd_runs)

    m = sub.add_parser("resume", help="finish an interrupted, stopped or cancelled run")
    m.add_argument("run_id", metavar="RUN_ID")
    m.add_argument("--results", help="results file (default: the one given to submit)")
    m.add_argument("--concurrency", type=int)
    m.set_defaults(func=cmd_resume)

    b = sub.add_parser("sandbox", help="run the practice CRM (see 'sandbox --help')", add_help=False)
    b.__class__ = _PassThrough
    b.set_defaults(func=cmd_sandbox)


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def exit_code(counts: dict[str, int]) -> int:
    return EXIT_OK if all(k in SUCCESS for k, n in counts.items() if n) else EXIT_ROWS


def _check_results_path(path: str) -> str | None:
    if Path(path).suffix.lower() not in SUFFIXES:
        return f"--results must end in .xlsx or .csv: {path}"
    return None


def _check_url(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"--base-url must look like https://host[:port]: {url!r}"
    return None


@contextmanager
def _cancel_on_ctrl_c() -> Iterator[threading.Event]:
    """First Ctrl-C cancels cleanly (in-flight batches finish); a second one quits at once."""
    cancel = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield cancel
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("\nCancelling: batches already sent are finishing (Ctrl-C again to quit at once)", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


def _clients(conn: Connection) -> Callable[[], CrmClient]:
    from core.targets.clients import make_client

    return lambda: make_client(conn, **CLIENT_OPTIONS)


def _test_connection(conn: Connection) -> str | None:
    """None when the CRM answers with this token, else the one-line reason (token blanked).

    Only one retry: a wrong address should be reported in seconds, not after a full back-off.
    """
    client = _clients(dataclasses.replace(conn, max_retries=1))()
    try:
        client.test_connection()
    except ServiceUnavailable as e:  # its advice about resuming a batch does not apply here
        return f"could not reach {conn.base_url}: {str(e).split('. ')[0]}".replace(conn.token, "***")
    except RunStop as e:
        return str(e).replace(conn.token, "***")
    except Exception as e:  # noqa: BLE001 - any failure here means "cannot start"
        return f"could not reach {conn.base_url} ({e.__class__.__name__})"
    finally:
        client.close()
    return None


def _send(journal: Journal, run_id: str, conn: Connection, results: str, concurrency: int | None,
          first_session: bool, sandbox: bool = False) -> int:
    printer = ProgressPrinter(sys.stderr)
    with _cancel_on_ctrl_c() as cancel:
        try:
            summary = execute_run(journal, run_id, _clients(conn), concurrency=concurrency, cancel=cancel,
                                  on_event=printer, redact=[conn.token])
        except RunBusy as e:
            return _fail(str(e))
    out = _write_results(results, journal, run_id)
    _print_summary(summary, out, resumable=not sandbox)
    if summary.state == "stopped" and summary.stopped_by == "AuthError" and first_session and not summary.sent_rows:
        return EXIT_UNUSABLE  # refused at the first request: the run never really started
    code = exit_code(summary.counts)
    return max(code, EXIT_ROWS) if out is None else code


def _write_results(results: str, journal: Journal, run_id: str) -> Path | None:
    try:
        out = write_run_results(results, journal, run_id)
        journal.set_results_path(run_id, str(Path(results).resolve()))
    except OSError as e:  # e.g. the file is open in Excel: the run itself is safe in the journal
        print(f"{PROG}: could not write {results} ({e.strerror or e}); write it later with "
              f"'{PROG} resume {run_id} --results OTHER.xlsx'", file=sys.stderr)
        return None
    return out


def _print_summary(summary: RunSummary, results: Path | None, resumable: bool) -> None:
    total = sum(summary.counts.values())
    print(f"Run {summary.run_id} {summary.state}: {total:,} rows  {format_counts(summary.counts)}")
    if summary.message:
        print(f"  {summary.message}")
    if summary.seconds > 0 and summary.sent_rows:
        print(f"  {summary.sent_rows:,} rows in {summary.seconds:.1f} s ({summary.sent_rows / summary.seconds:,.0f} rows/s)")
    if results is not None:
        print(f"Results: {results}")
    if summary.state != "finished" and resumable:
        print(f"Resume with: {PROG} resume {summary.run_id}")


@contextmanager
def _practice_sandbox(target: str) -> Iterator[Connection]:
    from core.sandbox import SandboxServer

    server = SandboxServer().start()
    try:
        yield Connection(target, server.base_url, server.token, name=SANDBOX_NAME)
    finally:
        server.stop()


def cmd_submit(args: argparse.Namespace) -> int:
    problem = _check_results_path(args.results)
    if problem is None and args.concurrency is not None and args.concurrency < 1:
        problem = "--concurrency must be at least 1"
    if problem is None and args.base_url:
        problem = _check_url(args.base_url)
    if problem:
        return _fail(problem)
    token = None
    if not args.sandbox:
        token = get_token(args.connection, args.base_url)
        if not token:
            return _fail(how_to_set_token(args.base_url))
    try:
        checked, batches = plan_from_file(args.file, args.target, mapping_path=args.mapping, sheet=args.sheet,
                                          header_row=args.header_row, batch_size=args.batch_size, mode=args.mode)
    except ValueError as e:
        return _fail(str(e))
    for p in checked.mapping.problems():
        print(f"Mapping: {p}", file=sys.stderr)
    if args.sandbox:
        with _practice_sandbox(args.target) as conn:
            return _start(args, checked, batches, conn, sandbox=True)
    assert token is not None
    forget_in_logs(token)
    conn = Connection(args.target, args.base_url.rstrip("/"), token, name=args.connection or "")
    return _start(args, checked, batches, conn, sandbox=False)


def _start(args: argparse.Namespace, checked: Any, batches: list[Any], conn: Connection, sandbox: bool) -> int:
    problem = _test_connection(conn)
    if problem:
        return _fail(problem)
    with Journal() as journal:
        dest = Destination(conn.target, conn.base_url, conn.name, sandbox)
        run_id = create_run(journal, checked, batches, dest, mode=args.mode, batch_size=args.batch_size,
                            concurrency=args.concurrency, results_path=str(Path(args.results).resolve()))
        where = "the practice sandbox" if sandbox else conn.base_url
        print(f"Run {run_id}: {sum(len(b.items) for b in batches):,} rows in {len(batches):,} batches to {where}",
              flush=True)
        return _send(journal, run_id, conn, args.results, args.concurrency, first_session=True, sandbox=sandbox)


def cmd_runs(args: argparse.Namespace) -> int:
    with Journal() as journal:
        runs = journal.list_runs()
    if not runs:
        print("No runs yet.", file=sys.stderr)
    for r in runs:
        print(f"{r.id}  {r.target}  {Path(r.file_path).name}  {r.state}  {format_counts(r.counts)}".rstrip())
    return EXIT_OK


def cmd_resume(args: argparse.Namespace) -> int:
    if args.concurrency is not None and args.concurrency < 1:
        return _fail("--concurrency must be at least 1")
    with Journal() as journal:
        try:
            run = journal.get_run(args.run_id)
        except UnknownRun:
            return _fail(f"no run {args.run_id!r} (see '{PROG} runs')")
        results = args.results or run.results_path
        if not results:
            return _fail("give --results OUT.xlsx for this run's results file")
        problem = _check_results_path(results)
        if problem:
            return _fail(problem)
        if run.state == "finished":
            out = _write_results(results, journal, run.id)
            print(f"Run {run.id} already finished: {format_counts(run.counts)}")
            if out is None:
                return max(exit_code(run.counts), EXIT_ROWS)
            print(f"Results: {out}")
            return exit_code(run.counts)
        if run.state == "running":
            return _fail(f"run {run.id} is being sent by another program right now")
        if run.sandbox:
            return _fail(f"run {run.id} went to a practice sandbox that ended with its program; "
                         "there is nothing to resume it against")
        token = get_token(run.connection_name or None, run.base_url)
        if not token:
            return _fail(how_to_set_token(run.base_url))
        forget_in_logs(token)
        conn = Connection(run.target, run.base_url, token, name=run.connection_name)
        problem = _test_connection(conn)
        if problem:
            return _fail(problem)
        print(f"Resuming run {run.id} ({run.state}) to {run.base_url}", flush=True)
        return _send(journal, run.id, conn, results, args.concurrency, first_session=False)


def cmd_sandbox(args: argparse.Namespace) -> int:
    from core.sandbox.cli import run_cli

    return run_cli(list(args.args))
