"""``map`` and ``preview``: see the suggested mapping, and write the exact batches and a check report."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.account.prepare import Prepared, check_with, mapping_with
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
from core.errors import InputError
from core.mapping.catalog import TARGETS, Catalog
from core.mapping.model import Mapping
from core.pipeline import Checked, read_table
from core.records import Progress, Table
from core.report import write_report_csv
from core.safe_write import Folder, write_text
from core.targets.outcomes import RunStop
from core.targets.payloads import Batch
from core.validation.groups import group_issues


def positive_int(text: str) -> int:
    """argparse type for counts and row numbers: a wrong one is argparse's one line, exit 2."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def add_source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the spreadsheet (.xlsx .xlsm .xlsb .xls .ods .csv .tsv .txt)")
    p.add_argument("--target", required=True, choices=TARGETS)
    p.add_argument("--sheet", help="sheet name (default: first visible sheet with a table)")
    p.add_argument("--header-row", type=positive_int, help="row number of the header (default: detected)")
    p.add_argument("--encoding", help="text encoding of a CSV/TXT file, e.g. mac-roman, iso-8859-2, shift-jis "
                                      "(default: detected)")
    p.add_argument("--password-env", metavar="VAR",
                   help="name of an environment variable holding the workbook's password (never the password)")


def source_options(args: argparse.Namespace) -> dict[str, Any]:
    """``read_table``'s password and encoding from the command line; the password only from the environment."""
    password = None
    if getattr(args, "password_env", None):
        password = os.environ.get(args.password_env)
        if password is None:
            raise InputError(None, f"--password-env: the environment variable {args.password_env} is not set")
    return {"password": password, "encoding": getattr(args, "encoding", None)}


def read_source(args: argparse.Namespace, progress: Progress | None) -> Table:
    return read_table(args.file, args.sheet, args.header_row, progress, **source_options(args))


def register(sub: argparse._SubParsersAction) -> None:
    m = sub.add_parser("map", help="suggest a mapping of the file's columns to CRM fields")
    add_source_args(m)
    add_account_args(m, required=False)
    m.add_argument("--out", help="write the mapping JSON here (default: print it)")
    m.set_defaults(func=cmd_map)

    p = sub.add_parser("preview", help="write the exact request bodies and a check report, send nothing")
    add_source_args(p)
    p.add_argument("--mapping", help="a mapping JSON from 'map' (default: the suggested mapping)")
    p.add_argument("--batch-size", type=positive_int)
    add_account_args(p, required=False)
    add_on_existing_args(p)
    add_company_args(p)
    p.add_argument("--duplicates", metavar="DECISIONS_JSON",
                   help="duplicate decisions saved in the window (default: duplicates are looked for and reported)")
    p.add_argument("--out", required=True, help="folder for batch-0001.json … and report.csv")
    p.set_defaults(func=cmd_preview)


def _progress_printer(label: str):
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{label}: {done:,}" + (f" / {total:,}" if total else ""), end="", file=sys.stderr, flush=True)

    return show


def _problem(text: str) -> int:
    print(f"contact-importer: {text}", file=sys.stderr)
    return EXIT_UNUSABLE


#: Below this confidence a suggested column is a guess (core.mapping.automap.SURE).
SURE_LINE = 0.9


def cmd_map(args: argparse.Namespace) -> int:
    from core.account.catalog import account_catalog

    table = read_source(args, _progress_printer("Reading"))
    try:
        with account_connection(args) as conn:
            account = load_account(args, conn).config
    except AccountProblem as e:
        return _problem(str(e))
    mapping = mapping_with(table, args.target, account=account)
    args.mapping_is_suggested = True
    cat = account_catalog(account, args.target)
    text = mapping.to_json()
    if args.out:
        write_text(args.out, text + "\n")
        print(f"Mapping for {len(table.headers)} columns written to {args.out}")
    else:
        print(text)
        guesses = [(h, fm) for fm in mapping.fields for h in fm.sources
                   if fm.confidence is not None and fm.confidence < SURE_LINE]
        for h, fm in guesses:  # the JSON keeps stdout a file; the guesses are said beside it
            print(f"guess: '{h}' → {fm.field} ({fm.confidence:.0%}): check it", file=sys.stderr)
        return EXIT_OK
    _print_columns(table, mapping, cat, args.mapping_is_suggested)
    return EXIT_OK


def _print_columns(table: Table, mapping: Mapping, cat: Catalog, suggested: bool) -> None:
    """Each column and the field it feeds (a guess says so), or why it is not mapped; then the constants."""
    from core.mapping.automap import SURE, table_columns, why_not

    reasons = why_not(mapping, cat, table_columns(table)) if suggested else {}
    for h in table.headers:
        fields = mapping.field_for_column(h)
        if fields:
            fed = mapping.for_field(fields[0])
            fd = cat.get(fields[0])
            conf = f"{fed.confidence:.0%}" if fed and fed.confidence is not None else ""
            if fed and fed.confidence is not None and fed.confidence < SURE:
                conf += " guess: check it"
            print(f"  {h:<28} → {fd.label if fd else fields[0]:<40} {conf}")
        elif h in reasons:
            print(f"  {h:<28}   (not mapped: {reasons[h]})")
        else:
            print(f"  {h:<28}   (not mapped)")
    for fm in mapping.fields:
        if not fm.sources and fm.constant is not None:
            print(f"  {'(every row)':<28} → {fm.field} = {fm.constant!r}")


def cmd_preview(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out must be a folder")
    from core.account.prepare import plan_checked
    from core.account.row_key import account_has_row_key

    if not args.duplicates:  # the duplicate search will need its engine: loaded while the file is read
        from core.matching.engine import load_engine_beside

        load_engine_beside()
    table = read_source(args, _progress_printer("Reading"))
    duplicates: Found | None = None
    try:
        choice = on_existing(args)
        with account_connection(args) as conn:
            account = load_account(args, conn).config
            mapping = mapping_with(table, args.target, args.mapping, account=account)
            for problem in mapping.problems():
                print(f"Mapping: {problem}", file=sys.stderr)
            checked = check_with(table, mapping, _progress_printer("Checking"), account=account)
            duplicates = _duplicate_groups(checked, args.duplicates)  # a search runs beside what follows
            prepared = plan_checked(checked, choice, conn, batch_size=args.batch_size,
                                    progress=_progress_printer("Looking up who exists"), account=account,
                                    create_companies=args.create_companies, company_label=args.company_label,
                                    dry_run=True, row_key=args.target == "hubspot" and account_has_row_key(account),
                                    new=args.new)
    except (AccountProblem, RunStop, ValueError) as e:
        code = _problem(str(e))
        if duplicates is not None:  # the search's thread ends before the process does
            with contextlib.suppress(Exception):
                duplicates()
        return code
    batches = prepared.batches
    out.mkdir(parents=True, exist_ok=True)
    names = {f"batch-{b.number:04d}.json" for b in batches}
    write_batches(out, batches)  # each file whole or not at all; an older preview's extra batches go afterwards
    for old in out.glob("batch-*.json"):
        if old.name not in names:
            old.unlink()
    groups, searched = duplicates() if duplicates is not None else ({}, None)
    write_report_csv(out / "report.csv", checked.rows, prepared.will_do, groups)
    c = _print_checked(table, checked)
    _print_plans(prepared, choice, getattr(args, "new", "add") == "skip")
    took = f"searched in {searched:.1f} s" if searched is not None else ""
    if groups:
        n_groups = len(set(groups.values()))
        print(f"  probable duplicates: {n_groups:,} group{'' if n_groups == 1 else 's'}, {len(groups):,} rows "
              "(column 'duplicate group' of the report)" + (f"; {took}" if took else ""))
    elif took:
        print(f"  probable duplicates: none ({took})")
    print(f"  batches: {len(batches):,} written to {out}/ (report: {out / 'report.csv'})")
    return EXIT_ROWS if c["error"] else EXIT_OK


def _print_checked(table: Table, checked: Checked) -> dict[str, int]:
    """What was read and how the rows fared, each cause of a problem once; returns the counts."""
    c = checked.counts()
    where = f"{table.path.name}" + (f", sheet '{table.sheet}'" if table.sheet else "")
    n = len(checked.rows)
    print(f"{where}: {n:,} row{'' if n == 1 else 's'} read (header in row {table.header_row})")
    for note in table.notes:
        if note.startswith(("Read as", "Read sheet")):
            print(f"  {note}")
    print(f"  ok: {c['ok']:,}  warnings: {c['warning']:,}  errors: {c['error']:,}")
    causes = group_issues(checked.rows)
    for g in causes[:CAUSES_SHOWN]:  # each cause once, with its count (report.csv has every row)
        print(f"    {g.sentence()}")
    if len(causes) > CAUSES_SHOWN:
        print(f"    … and {len(causes) - CAUSES_SHOWN:,} more causes (see the report)")
    return c


def _print_plans(prepared: Prepared, choice: str, skip_new: bool) -> None:
    """Who is in HubSpot already and what sending would do to them."""
    plans = prepared.plans
    if prepared.looked_up:
        states = [p.state for p in plans.values()]
        left = " (left out: --new skip)" if skip_new else ""
        print(f"  already in HubSpot: {len(states) - states.count('new'):,} "
              f"({states.count('changes'):,} would change)  new: {states.count('new'):,}{left}  on existing: {choice}")
    chosen = sum(1 for p in plans.values() if p.by_id)
    if chosen:
        print(f"  updates of contacts you chose in the account: {chosen:,} (by their ID, no second contact)")


#: Bodies made but not yet written, at most: the writer keeps up, and memory holds a few bodies, not all.
WRITE_AHEAD = 8


def write_batches(out: Path, batches: list[Batch]) -> None:
    """``batch-0001.json`` … in order, each whole or not at all (``safe_write``), written by one thread
    while this one makes the next body: writing and renaming wait on the disk without the interpreter,
    making a body needs it, so the two overlap. A write that fails is raised here, as it was."""
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    folder = Folder(out, durable=False)
    pending: deque[Future[Path]] = deque()
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview-writer")
    try:
        for b in batches:
            pending.append(writer.submit(folder.write_bytes, f"batch-{b.number:04d}.json", b.body))
            if len(pending) > WRITE_AHEAD:
                pending.popleft().result()
        while pending:
            pending.popleft().result()
    finally:  # after a failed write, the files queued behind it are not written
        writer.shutdown(wait=True, cancel_futures=True)


#: Causes of problems listed under the counts (the biggest, errors first).
CAUSES_SHOWN = 8


#: Waits for the duplicate groups (row → group number) and the seconds the search took (None: not searched).
Found = Callable[[], tuple[dict[int, int], float | None]]


def _duplicate_groups(checked: Checked, decisions_path: str | None) -> Found:
    """Row → group number: from the decisions (applied to the rows now), else found afresh; and the
    seconds the search took (None when the decisions said). A search reads the rows now and runs in
    a thread while batches are cut and written: the function returned waits for it."""
    if decisions_path:
        from core.matching.decisions import Decisions
        from core.pipeline import apply_duplicates

        decisions = Decisions.load(decisions_path)
        apply_duplicates(checked, decisions)
        given = {r: i for i, g in enumerate(decisions.groups, 1) for r in g.rows}
        return lambda: (given, None)
    from core.matching.birthdates import birth_dates
    from core.matching.duplicates import find_duplicates_beside
    from core.matching.engine import MatchingRefused

    def refused(e: MatchingRefused) -> tuple[dict[int, int], float | None]:
        print(f"Duplicates: {e.message}", file=sys.stderr)
        return {}, None

    try:
        dob = birth_dates(checked.table, checked.mapping)  # a column not sent, for matching only
        search = find_duplicates_beside(checked.rows, checked.mapping.target, dob=dob)
    except MatchingRefused as e:
        nothing = refused(e)
        return lambda: nothing

    def found() -> tuple[dict[int, int], float | None]:
        try:
            report, seconds = search()
        except MatchingRefused as e:
            return refused(e)
        return report.group_of(), seconds

    return found
