"""``submit``, ``runs``, ``resume`` and ``sandbox``: send a sheet, list runs, finish one, practise.

Exit codes as everywhere: 0 every row created/updated/accepted, 1 some rows did not (failed,
skipped, already there, unknown or not sent), 2 the run could not start. The token comes from the
environment or the keyring, never from the command line (it would land in shell history).
"""

from __future__ import annotations

import argparse
import dataclasses
import errno
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from core.cli import EXIT_OK, EXIT_ROWS, EXIT_UNUSABLE
from core.cli.account_args import (
    AccountProblem,
    account_connection,
    add_account_args,
    add_company_args,
    add_on_existing_args,
    load_account,
    on_existing,
)
from core.cli.prepare_cmds import add_source_args, positive_int, source_options
from core.cli.submit_progress import ProgressPrinter, format_counts
from core.logs import forget_in_logs
from core.redaction import blank, token_problem
from core.submit.engine import RunSummary, execute_run
from core.submit.journal import Journal, UnknownRun
from core.submit.journal_errors import JournalWriteFailed
from core.submit.journal_open import open_journal
from core.submit.results_file import SUFFIXES
from core.submit.run_view import write_run_results
from core.submit.runlock import RunBusy
from core.submit.runs import Destination, create_run
from core.submit.secrets import ENV_TOKEN, get_token, how_to_set_token
from core.targets.client_base import Connection, CrmClient
from core.targets.outcomes import SUCCESS, RunStop, ServiceUnavailable

#: HubSpot's legal bases for a subscription status (``core.account.subscriptions.LEGAL_BASES``; a test keeps
#: the two equal; repeated here so the parser is built without loading the account code).
LEGAL_BASES = ("CONSENT_WITH_NOTICE", "LEGITIMATE_INTEREST_CLIENT", "LEGITIMATE_INTEREST_OTHER",
               "LEGITIMATE_INTEREST_PQL", "NON_GDPR", "PERFORMANCE_OF_CONTRACT", "PROCESS_AND_STORE")

PROG = "contact-importer"
MAX_CONCURRENCY = 8
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
    add_account_args(s, required=False)  # one of --sandbox, --base-url or a saved --connection
    add_on_existing_args(s)
    add_company_args(s)
    s.add_argument("--batch-size", type=positive_int)
    s.add_argument("--concurrency", type=positive_int,
                   help="batches in flight at once (default: 2 HubSpot, 1 Virtuous)")
    s.add_argument("--results", required=True, help="results file to write (.xlsx or .csv)")
    s.add_argument("--duplicates", metavar="DECISIONS_JSON", help="duplicate decisions saved in the window")
    s.add_argument("--row-key", action="store_true",
                   help="HubSpot: create the app's unique row-key contact property in the account if it is not there "
                        "(needs the crm.schemas.contacts.write scope) and set it on every contact created, so a row "
                        "without an email is found again after a lost answer instead of being left 'Unknown'")
    s.add_argument("--marketing-contacts", action="store_true",
                   help="HubSpot: set the run's contacts as marketing contacts (an update-only import; scope "
                        "crm.import); needs --consent-confirmed")
    s.add_argument("--consent-confirmed", action="store_true",
                   help="HubSpot: you confirm that these contacts expect to hear from your organisation (they gave "
                        "their consent to receive marketing email)")
    s.add_argument("--legal-basis", choices=LEGAL_BASES,
                   help="HubSpot: the legal basis for the subscriptions a column gives (e.g. CONSENT_WITH_NOTICE, "
                        "NON_GDPR); needed when a column is mapped to a subscription type")
    s.add_argument("--legal-basis-explanation", metavar="TEXT",
                   help="HubSpot: how the people gave that basis, e.g. 'Ticked the newsletter box at the gala'")
    s.add_argument("--list", metavar="NAME", help="HubSpot: add every contact the run creates or updates to the "
                                                  "manual contact list NAME (made when missing; scope crm.lists.write)")
    s.set_defaults(func=cmd_submit)

    r = sub.add_parser("runs", help="list past runs, newest first")
    r.set_defaults(func=cmd_runs)

    m = sub.add_parser("resume", help="finish an interrupted, stopped or cancelled run")
    m.add_argument("run_id", metavar="RUN_ID")
    m.add_argument("--results", help="results file (default: the one given to submit)")
    m.add_argument("--concurrency", type=positive_int)
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


def _check_numbers(args: argparse.Namespace) -> str | None:
    if getattr(args, "concurrency", None) is not None and args.concurrency > MAX_CONCURRENCY:
        return f"--concurrency must be at most {MAX_CONCURRENCY} (the CRMs allow few requests at once)"
    return None


def _token_or_problem(name: str | None, base_url: str) -> tuple[str | None, str | None]:
    token = get_token(name, base_url)
    if not token:
        return None, how_to_set_token(base_url)
    problem = token_problem(token, f"the token (from {ENV_TOKEN} or the keyring)")
    return (None, problem) if problem else (token, None)


def _open() -> Journal:
    """The journal; a damaged one replaced is said in one line (``JournalUnusable`` reaches ``main``)."""
    journal = open_journal()
    if journal.notice:
        print(f"{PROG}: {journal.notice}", file=sys.stderr)
    return journal


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
        return blank(f"could not reach {conn.base_url}: {str(e).split('. ')[0]}", [conn.token])
    except RunStop as e:
        return blank(str(e), [conn.token])
    except Exception as e:  # noqa: BLE001 - any failure here means "cannot start"
        return f"could not reach {conn.base_url} ({e.__class__.__name__})"
    finally:
        client.close()
    return None


def _send(journal: Journal, run_id: str, conn: Connection, results: str, concurrency: int | None,
          first_session: bool, sandbox: bool = False) -> int:
    printer = ProgressPrinter(sys.stderr)
    from core.afterrun.associate import AfterBatches

    links = AfterBatches(journal, run_id, conn) if conn.target == "hubspot" else None
    with _cancel_on_ctrl_c() as cancel:
        try:
            summary = execute_run(journal, run_id, _clients(conn), concurrency=concurrency, cancel=cancel,
                                  on_event=printer, redact=[conn.token], after=links)
        except (RunBusy, JournalWriteFailed) as e:
            return _fail(str(e))
    if links is not None and links.made:
        print(f"Associated {links.made:,} contacts with their companies")
    if links is not None and links.listed:
        from core.afterrun.hubspot_list import run_list

        print(f"Added {links.listed:,} contacts to the list “{(run_list(journal, run_id) or {}).get('name')}”")
    if links is not None and links.marketing:
        print(f"Set {links.marketing:,} contacts as marketing contacts")
    if links is not None and links.subscribed:
        print(f"Wrote the subscription statuses of {links.subscribed:,} contacts")
    out = _write_results(results, journal, run_id)
    _print_summary(summary, out, resumable=not sandbox)
    if summary.state == "stopped" and summary.stopped_by == "AuthError" and first_session and not summary.sent_rows:
        return EXIT_UNUSABLE  # refused at the first request: the run never really started
    code = exit_code(summary.counts)
    if out is None or summary.state != "finished":  # e.g. every contact in, but not every company link
        return max(code, EXIT_ROWS)
    return code


def _write_results(results: str, journal: Journal, run_id: str) -> Path | None:
    try:
        out = write_run_results(results, journal, run_id)
        journal.set_results_path(run_id, str(Path(results).resolve()))
    except (OSError, JournalWriteFailed) as e:  # e.g. open in Excel, disk full: the run is safe in the journal
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        number = e.errno if isinstance(e, OSError) else None
        do = ("free some space" if number in (errno.ENOSPC, errno.EDQUOT) else
              "close the file if it is open, or choose another folder" if number in (errno.EACCES, errno.EPERM,
                                                                                     errno.EBUSY) else
              "choose another folder" if isinstance(e, OSError) else "free space or close the file")
        print(f"{PROG}: could not write {results} ({why}); {do}, then write it with "
              f"'{PROG} resume {run_id} --results OTHER.xlsx'", file=sys.stderr)
        return None
    return out


def _print_summary(summary: RunSummary, results: Path | None, resumable: bool) -> None:
    total = sum(summary.counts.values())
    print(f"Run {summary.run_id} {summary.state}: {total:,} rows  {format_counts(summary.counts)}")
    if summary.message:
        print(f"  {summary.message}")
    if summary.seconds > 0 and summary.sent_rows:
        print(f"  {summary.sent_rows:,} rows in {summary.seconds:.1f} s "
              f"({summary.sent_rows / summary.seconds:,.0f} rows/s)")
    if results is not None:
        print(f"Results: {results}")
    if summary.state != "finished" and resumable:
        print(f"Resume with: {PROG} resume {summary.run_id}")


def cmd_submit(args: argparse.Namespace) -> int:
    from core.account.plan import journal_mode
    from core.account.prepare import prepare

    problem = _check_results_path(args.results) or _check_numbers(args) or _submit_refusal(args)
    if problem:
        return _fail(problem)
    try:
        choice = on_existing(args)
        with account_connection(args) as conn:
            if conn is None:  # --connection alone, with no saved address or no key for it here
                return _fail(f"connection '{args.connection}' has no saved address and key on this computer: "
                             f"give --base-url URL with it, or connect it once in the window")
            if not args.sandbox:
                forget_in_logs(conn.token)
            problem = _test_connection(conn)
            if problem:
                return _fail(problem)
            _open().close()  # a damaged or unwritable journal is found before the file is read, not after
            account = load_account(args, conn).config
            row_key = _row_key(args, conn, account)
            # Who exists is looked up only when the choice depends on it; create/update need no look-up.
            prepared = prepare(args.file, args.target, choice=choice, account=account, connection=conn,
                               look=choice in ("skip", "fill") or args.new == "skip", mapping_path=args.mapping,
                               sheet=args.sheet,
                               header_row=args.header_row, batch_size=args.batch_size,
                               create_companies=args.create_companies, company_label=args.company_label,
                               duplicates=args.duplicates, row_key=row_key, new=args.new, **source_options(args))
            for p in prepared.checked.mapping.problems():
                print(f"Mapping: {p}", file=sys.stderr)
            if prepared.subscriptions and not args.legal_basis:
                return _fail("a column is mapped to a subscription type: give the legal basis for subscribing these "
                             "people with --legal-basis (and how they gave it with --legal-basis-explanation)")
            args.mode = journal_mode(choice)
            return _start(args, prepared.checked, prepared.batches, conn, sandbox=bool(args.sandbox),
                          reasons=prepared.reasons, links=prepared.links, plans=prepared.plans,
                          unlinked=prepared.company_notes, owner_notes=prepared.owner_notes,
                          subscriptions=prepared.subscriptions)
    except (AccountProblem, ValueError) as e:
        return _fail(str(e))
    except RunStop as e:  # e.g. the look-up of who exists failed; messages carry no token
        return _fail(str(e))


def _submit_refusal(args: argparse.Namespace) -> str | None:
    """Why these submit arguments cannot work, before anything is read or sent; None when they can."""
    if not (args.sandbox or args.base_url or args.connection):
        return "say where to send: --sandbox, --base-url URL or --connection NAME"
    if args.mapping and not Path(args.mapping).is_file():
        return f"--mapping: no such file {args.mapping}"
    if args.marketing_contacts and not args.consent_confirmed:
        return ("--marketing-contacts needs --consent-confirmed: confirm that these contacts expect to hear "
                "from your organisation (they gave their consent to receive marketing email)")
    if (args.marketing_contacts or args.list) and args.target != "hubspot":
        return "--marketing-contacts and --list are HubSpot options"
    return None


def _row_key(args: argparse.Namespace, conn: Connection, account: Any) -> bool:
    """Whether this HubSpot run sets the account's row key (core.targets.row_key): when the account has it,
    or ``--row-key`` (the person's consent) created it now. A refusal is said before anything is sent."""
    from core.account.row_key import RowKeyRefused, account_has_row_key, ensure_row_key

    if args.target != "hubspot":
        return False
    if not (args.row_key or account_has_row_key(account)):
        return False
    try:
        return ensure_row_key(conn, create=bool(args.row_key))
    except RowKeyRefused as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return False


def _start(args: argparse.Namespace, checked: Any, batches: list[Any], conn: Connection, sandbox: bool,
           reasons: dict[int, tuple[str, str]] | None = None, links: dict[int, Any] | None = None,
           plans: dict[int, Any] | None = None, unlinked: dict[int, tuple[str, str]] | None = None,
           owner_notes: dict[int, str] | None = None, subscriptions: dict[int, dict[str, str]] | None = None) -> int:
    with _open() as journal:
        dest = Destination(conn.target, conn.base_url, conn.name, sandbox)
        decisions = None
        if getattr(args, "duplicates", None):
            from core.matching.decisions import Decisions

            decisions = Decisions.load(args.duplicates)
        from core.account.subscriptions import subscriptions_extra
        from core.afterrun.associate import links_extra
        from core.afterrun.hubspot_list import list_extra
        from core.afterrun.marketing import marketing_extra

        run_id = create_run(journal, checked, batches, dest, mode=args.mode, batch_size=args.batch_size,
                            concurrency=args.concurrency, results_path=str(Path(args.results).resolve()),
                            reasons=reasons, decisions=decisions, encoding=getattr(args, "encoding", None),
                            extras={**links_extra(links or {}, label=getattr(args, "company_label", None),
                                                  create_missing=bool(getattr(args, "create_companies", False)),
                                                  plans=plans, reasons=reasons, unlinked=unlinked,
                                                  notes=owner_notes),
                                    **list_extra(getattr(args, "list", None)),
                                    **marketing_extra(bool(getattr(args, "marketing_contacts", False))),
                                    **subscriptions_extra(subscriptions or {}, getattr(args, "legal_basis", None),
                                                          getattr(args, "legal_basis_explanation", None))})
        where = "the practice sandbox" if sandbox else conn.base_url
        print(f"Run {run_id}: {sum(len(b.items) for b in batches):,} rows in {len(batches):,} batches to {where}",
              flush=True)
        return _send(journal, run_id, conn, args.results, args.concurrency, first_session=True, sandbox=sandbox)


def cmd_runs(args: argparse.Namespace) -> int:
    from core.submit.journal_open import default_path, held_because

    if not default_path().exists() and held_because(default_path()) is None:  # a hold refuses even then
        runs = []
    else:
        journal = open_journal(allow_read_only=True)
        if journal.notice:
            print(f"{PROG}: {journal.notice}", file=sys.stderr)
        with journal:
            runs = journal.list_runs()
    if not runs:
        print("No runs yet.", file=sys.stderr)
    for r in runs:
        print(f"{r.id}  {r.target}  {Path(r.file_path).name}  {r.state}  {format_counts(r.counts)}".rstrip())
    return EXIT_OK


def cmd_resume(args: argparse.Namespace) -> int:
    problem = _check_numbers(args)
    if problem:
        return _fail(problem)
    with _open() as journal:
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
        token, problem = _token_or_problem(run.connection_name or None, run.base_url)
        if problem or token is None:
            return _fail(problem or how_to_set_token(run.base_url))
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
