"""``status`` and ``undo``: after a run, ask Virtuous what became of its rows, or archive what a
HubSpot run created. Both rewrite the run's results file with what they found or did."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from core.cli import EXIT_OK, EXIT_ROWS, EXIT_UNUSABLE
from core.logs import forget_in_logs
from core.submit.journal import Journal, UnknownRun
from core.submit.journal_types import RunInfo
from core.submit.secrets import get_token, how_to_set_token
from core.targets.client_base import Connection
from core.targets.outcomes import Cancelled, RunStop

PROG = "contact-importer"


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("status", help="Virtuous: check which rows of a run are in Virtuous and which still wait "
                                      "for review")
    s.add_argument("run_id", metavar="RUN_ID")
    s.add_argument("--results", help="results file to write again (default: the run's own)")
    s.set_defaults(func=cmd_status)

    u = sub.add_parser("undo", help="HubSpot: archive the contacts a run created (never ones it updated)")
    u.add_argument("run_id", metavar="RUN_ID")
    u.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    u.add_argument("--results", help="results file to write again (default: the run's own)")
    u.set_defaults(func=cmd_undo)


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _connection(run: RunInfo) -> Connection | str:
    if run.sandbox:
        return f"run {run.id} went to a practice sandbox that ended with its program; there is nothing to ask"
    token = get_token(run.connection_name or None, run.base_url)
    if not token:
        return how_to_set_token(run.base_url)
    forget_in_logs(token)
    return Connection(run.target, run.base_url, token, name=run.connection_name)


def _rewrite(journal: Journal, run: RunInfo, results: str | None) -> None:
    from core.cli.submit_cmds import _write_results

    path = results or run.results_path
    if path:
        out = _write_results(path, journal, run.id)
        if out is not None:
            print(f"Results: {out}")


def _progress(label: str):
    if not sys.stderr.isatty():
        return None
    return lambda done, total: print(f"\r{label}: {done:,} / {total:,}", end="", file=sys.stderr, flush=True)


def _open(journal: Journal, run_id: str) -> RunInfo | None:
    try:
        return journal.get_run(run_id)
    except UnknownRun:
        return None


def cmd_status(args: argparse.Namespace) -> int:
    from core.afterrun.status import check_status

    with Journal() as journal:
        run = _open(journal, args.run_id)
        if run is None:
            return _fail(f"no run {args.run_id!r} (see '{PROG} runs')")
        conn = _connection(run)
        if isinstance(conn, str):
            return _fail(conn)
        try:
            counts = check_status(journal, run.id, conn, progress=_progress("Checking"))
        except (ValueError, RunStop, Cancelled) as e:
            return _fail(str(e))
        print(f"Run {run.id}: {counts['in_crm']:,} in Virtuous, {counts['waiting']:,} still waiting for review"
              + (f", {counts['unknown']:,} could not be checked" if counts["unknown"] else ""))
        _rewrite(journal, run, args.results)
    return EXIT_OK if not counts["waiting"] and not counts["unknown"] else EXIT_ROWS


def cmd_undo(args: argparse.Namespace) -> int:
    from core.afterrun.hubspot_list import remove_run_from_list, run_list
    from core.afterrun.undo import CannotUndo, confirmation, undo_run, undoable

    with Journal() as journal:
        run = _open(journal, args.run_id)
        if run is None:
            return _fail(f"no run {args.run_id!r} (see '{PROG} runs')")
        try:
            rows = undoable(journal, run.id)
        except CannotUndo as e:
            return _fail(str(e))
        listed = run_list(journal, run.id)
        in_list = bool(listed and listed["list_id"] and set(listed["added"]) - set(listed.get("removed") or []))
        if not rows and not in_list:
            print(f"Run {run.id} has no created contacts left to archive.")
            return EXIT_OK
        conn = _connection(run)
        if isinstance(conn, str):
            return _fail(conn)
        if not rows:  # only the list to undo: its contacts were all updated, not created
            return _undo_list(journal, run, conn, args.results, remove_run_from_list)
        print(confirmation(len(rows), run.id))
        if not args.yes:
            try:
                answer = input(f"Archive {len(rows):,} contacts? Type yes to go on: ").strip().lower()
            except EOFError:  # no one to ask (a script): asking is the safe default
                answer = ""
            if answer not in ("yes", "y"):
                print("Nothing archived.")
                return EXIT_ROWS
        try:
            n = undo_run(journal, run.id, conn, progress=_progress("Archiving"))
        except (RunStop, Cancelled) as e:
            _rewrite(journal, run, args.results)
            return _fail(str(e))
        print(f"Archived {n:,} contacts that run {run.id} created.")
        if in_list:
            return _undo_list(journal, run, conn, args.results, remove_run_from_list)
        _rewrite(journal, run, args.results)
    return EXIT_OK


def _undo_list(journal: Journal, run: Any, conn: Any, results: str | None, remove: Any) -> int:
    """Take the run's contacts out of its list (and delete the list when the run made it and it is empty)."""
    try:
        n, deleted = remove(journal, run.id, conn)
    except (RunStop, Cancelled) as e:
        _rewrite(journal, run, results)
        return _fail(str(e))
    print(f"Took {n:,} contacts of run {run.id} out of its list" + ("; the list was empty, so it was deleted." if
                                                                     deleted else "."))
    _rewrite(journal, run, results)
    return EXIT_OK
