"""``duplicates``: rows of a file that are probably the same person, and (``--against-account``)
rows probably already in the account. Exit 0 nothing found, 1 something found, 2 bad input."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.cli import EXIT_OK, EXIT_ROWS, EXIT_UNUSABLE
from core.cli.account_args import base_url_arg
from core.cli.prepare_cmds import _progress_printer, add_source_args
from core.errors import InputError
from core.matching.decisions import ACCOUNT_CHOICES
from core.matching.frame import LABELS
from core.report import safe_cell
from core.safe_write import replacing

if TYPE_CHECKING:
    from collections.abc import Mapping

    from core.matching.account import AccountPeople
    from core.matching.duplicates import DuplicateReport
    from core.matching.linking import AccountReport
    from core.validation.issues import CheckedRow

PROG = "contact-importer"
GROUP_COLUMNS = ["group", "source row", "match probability", "crm id", "name", "email", "fields that agreed"]


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("duplicates", help="find rows that are probably the same person (and people already in "
                                          "the account)")
    add_source_args(d)
    d.add_argument("--mapping", help="a mapping JSON from 'map' (default: the suggested mapping)")
    where = d.add_mutually_exclusive_group()
    where.add_argument("--sandbox", action="store_true", help="compare with a practice CRM (seeded with people)")
    where.add_argument("--base-url", type=base_url_arg, help="the CRM's API address, e.g. https://api.hubapi.com")
    d.add_argument("--connection", help="keyring name the token is saved under (default: the base URL)")
    d.add_argument("--against-account", action="store_true", help="also compare with the people in the account")
    d.add_argument("--refresh-account", action="store_true", help="fetch the account's people again, not the "
                                                                 "saved copy")
    d.add_argument("--out", required=True, help="CSV file for the groups (one line per row)")
    d.add_argument("--decisions", metavar="DECISIONS_JSON",
                   help="also write a decisions file (edit it, then give it to preview/submit --duplicates)")
    d.add_argument("--group-choice", choices=("keep_all", "merge"), default="keep_all",
                   help="in --decisions, every group's choice (default keep_all; merge: into the most complete row)")
    d.add_argument("--account-matches", choices=ACCOUNT_CHOICES, default="create",
                   help="in --decisions, rows probably already in the account: create anyway (default), skip, "
                        "or update that contact (HubSpot)")
    d.set_defaults(func=cmd_duplicates)


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def _name(values: Mapping[str, Any]) -> str:
    parts = [values.get(k) for k in ("firstName", "firstname", "lastName", "lastname")]
    text = " ".join(str(p) for p in parts if p)
    return text or str(values.get("name") or "")


def cmd_duplicates(args: argparse.Namespace) -> int:
    from core.matching.birthdates import birth_dates
    from core.matching.duplicates import find_duplicates
    from core.matching.engine import MatchingCancelled, MatchingRefused
    from core.pipeline import check_table, mapping_for, read_table

    refused = _refusal(args)
    if refused:
        return _fail(refused)
    table = read_table(args.file, args.sheet, args.header_row, _progress_printer("Reading"))
    mapping = mapping_for(table, args.target, args.mapping)
    checked = check_table(table, mapping, _progress_printer("Checking"))
    by_row = {r.row: r for r in checked.rows}
    try:
        report = find_duplicates(checked.rows, args.target, dob=birth_dates(table, mapping))
        account = _against_account(args, checked.rows) if args.against_account else None
    except MatchingRefused as e:
        return _fail(f"{table.path.name}: {e.message}")
    except MatchingCancelled:
        return _fail("cancelled")
    lines = _group_lines(report, account, by_row)
    if account is not None:
        lines += _account_lines(account, report.group_of(), by_row)
    _write_csv(Path(args.out), lines)
    summary = report.summary()
    if account is not None:
        summary += "; " + account.words()
    print(summary)
    if args.decisions:
        from core.matching.decisions import decisions_for

        decided = decisions_for(report, account, table.path.name, args.group_choice, args.account_matches)
        decided.save(args.decisions)
        print(f"Decisions written to {args.decisions} (give it to preview/submit --duplicates)")
    for note in report.notes:
        print(f"  {note}", file=sys.stderr)
    found = report.groups or (account is not None and (account.existing or account.ambiguous))
    return EXIT_ROWS if found else EXIT_OK


def _refusal(args: argparse.Namespace) -> str | None:
    """Why these arguments cannot work together, before any file is read; None when they can."""
    if Path(args.out).suffix.lower() != ".csv":
        return f"--out must end in .csv: {args.out}"
    if args.account_matches == "update" and args.target != "hubspot":
        return "--account-matches update is for HubSpot; Virtuous matches people itself (create or skip)"
    if args.decisions and Path(args.decisions).suffix.lower() != ".json":
        return f"--decisions must end in .json: {args.decisions}"
    if args.against_account and not (args.sandbox or args.base_url or args.connection):
        return "--against-account needs --sandbox, --base-url URL or --connection NAME"
    if args.against_account and args.connection and not (args.base_url or args.sandbox):
        return "--connection NAME names the token; give the account's address too with --base-url URL"
    return None


def _group_lines(report: DuplicateReport, account: AccountReport | None,
                 by_row: dict[int, CheckedRow]) -> list[list[Any]]:
    """One line per row of each group of probable duplicates (with its account contact, if it has one)."""
    lines: list[list[Any]] = []
    for g in report.groups:
        for r in g.rows:
            vals = by_row[r].values
            m = account.matches.get(r) if account else None
            crm = m.candidates[0].crm_id if m and m.label == "existing" else ""
            lines.append([g.number, r, f"{g.probability:.3f}", crm, _name(vals), vals.get("email", ""),
                          "; ".join(g.agree_labels())])
    return lines


def _account_lines(account: AccountReport, in_groups: Mapping[int, Any],
                   by_row: dict[int, CheckedRow]) -> list[list[Any]]:
    """One line per row in no group that is probably in the account already (or may be: several)."""
    lines: list[list[Any]] = []
    for row, m in sorted(account.matches.items()):
        if m.label == "new" or row in in_groups:
            continue
        vals = by_row[row].values
        best = m.candidates[0]
        crm = best.crm_id if m.label == "existing" else " | ".join(c.crm_id for c in m.candidates)
        lines.append(["", row, f"{best.probability:.3f}", crm, _name(vals), vals.get("email", ""),
                      "; ".join(LABELS[a] for a in best.agree)])
    return lines


def _write_csv(out: Path, lines: list[list[Any]]) -> None:
    """The groups file, written whole or not at all (core.safe_write), every cell safe to open in a spreadsheet."""
    try:
        with replacing(out) as tmp, open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            w.writerow(GROUP_COLUMNS)
            for line in lines:
                w.writerow([safe_cell(str(c)) for c in line])
    except OSError as e:
        raise InputError(out, f"could not be written ({e.strerror or e})") from None


def _against_account(args: argparse.Namespace, rows: list[CheckedRow]) -> AccountReport:
    from core.matching.linking import match_account

    people = _account_people(args)
    return match_account(rows, args.target, people)


def _account_people(args: argparse.Namespace) -> AccountPeople:
    from core.matching.account import CacheProblem, cache_path, fetch_people, load_cache, save_cache
    from core.paths import data_dir
    from core.submit.secrets import get_token, how_to_set_token
    from core.targets.client_base import Connection
    from core.targets.outcomes import RunStop

    if args.sandbox:
        return _sandbox_people(args.target)
    token = get_token(args.connection, args.base_url)
    if not token:
        raise InputError(args.base_url or args.connection, how_to_set_token(args.base_url))
    from core.logs import forget_in_logs

    forget_in_logs(token)
    base = (args.base_url or "").rstrip("/")
    conn = Connection(args.target, base, token, name=args.connection or "")
    path = cache_path(data_dir() / "account-cache", conn)
    if not args.refresh_account:
        try:
            cached = load_cache(path, conn)
        except CacheProblem as e:
            raise InputError(path, e.message) from None
        if cached is not None:
            print(f"Using the account's people as of {cached.as_of_text()} (--refresh-account fetches them "
                  "again)", file=sys.stderr)
            return cached
    try:
        people = fetch_people(conn, progress=_progress_printer("Fetching the account's people"))
    except RunStop as e:
        raise InputError(base, str(e).replace(token, "***")) from None
    save_cache(path, people)
    return people


def _sandbox_people(target: str) -> AccountPeople:
    """A practice account seeded with people (and the practice guest list's first guests)."""
    from core.matching.account import fetch_people
    from core.sandbox import SandboxServer
    from core.sandbox.listing import seed_practice
    from core.targets.client_base import Connection

    with SandboxServer() as server:
        seed_practice(server, target)
        return fetch_people(Connection(target, server.base_url, server.token, name="sandbox"))
