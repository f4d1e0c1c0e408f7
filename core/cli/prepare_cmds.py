"""``map`` and ``preview``: see the suggested mapping, and write the exact batches and a check report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.cli import EXIT_OK, EXIT_ROWS, EXIT_UNUSABLE
from core.errors import InputError
from core.mapping.catalog import TARGETS, catalog_for
from core.pipeline import Checked, check_table, make_batches, mapping_for
from core.readers import read_table
from core.report import write_report_csv


def add_source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the spreadsheet (.xlsx .xlsm .xls .ods .csv .tsv .txt)")
    p.add_argument("--target", required=True, choices=TARGETS)
    p.add_argument("--sheet", help="sheet name (default: first visible sheet with data)")
    p.add_argument("--header-row", type=int, help="row number of the header (default: detected)")


def register(sub: argparse._SubParsersAction) -> None:
    m = sub.add_parser("map", help="suggest a mapping of the file's columns to CRM fields")
    add_source_args(m)
    m.add_argument("--out", help="write the mapping JSON here (default: print it)")
    m.set_defaults(func=cmd_map)

    p = sub.add_parser("preview", help="write the exact request bodies and a check report, send nothing")
    add_source_args(p)
    p.add_argument("--mapping", help="a mapping JSON from 'map' (default: the suggested mapping)")
    p.add_argument("--batch-size", type=int)
    p.add_argument("--mode", choices=("create", "upsert"), default="create", help="HubSpot only")
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


def cmd_map(args: argparse.Namespace) -> int:
    table = read_table(args.file, args.sheet, args.header_row, _progress_printer("Reading"))
    mapping = mapping_for(table, args.target)
    cat = catalog_for(args.target)
    text = mapping.to_json()
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
        print(f"Mapping for {len(table.headers)} columns written to {args.out}")
    else:
        print(text)
        return EXIT_OK
    for h in table.headers:
        fields = mapping.field_for_column(h)
        if fields:
            fm = mapping.for_field(fields[0])
            fd = cat.get(fields[0])
            conf = f"{fm.confidence:.0%}" if fm and fm.confidence is not None else ""
            print(f"  {h:<28} → {fd.label if fd else fields[0]:<40} {conf}")
        else:
            print(f"  {h:<28}   (not mapped)")
    for fm in mapping.fields:
        if not fm.sources and fm.constant is not None:
            print(f"  {'(every row)':<28} → {fm.field} = {fm.constant!r}")
    return EXIT_OK


def cmd_preview(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out must be a folder")
    table = read_table(args.file, args.sheet, args.header_row, _progress_printer("Reading"))
    mapping = mapping_for(table, args.target, args.mapping)
    for problem in mapping.problems():
        print(f"Mapping: {problem}", file=sys.stderr)
    checked = check_table(table, mapping, _progress_printer("Checking"))
    groups = _duplicate_groups(checked, args.duplicates)
    try:
        batches = make_batches(checked, batch_size=args.batch_size, mode=args.mode)
    except ValueError as e:
        print(f"contact-importer: {e}", file=sys.stderr)
        return EXIT_UNUSABLE
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("batch-*.json"):
        old.unlink()
    for b in batches:
        (out / f"batch-{b.number:04d}.json").write_bytes(b.body)
    write_report_csv(out / "report.csv", checked.rows, groups)
    c = checked.counts()
    where = f"{table.path.name}" + (f", sheet '{table.sheet}'" if table.sheet else "")
    print(f"{where}: {len(checked.rows):,} rows read (header in row {table.header_row})")
    print(f"  ok: {c['ok']:,}  warnings: {c['warning']:,}  errors: {c['error']:,}")
    if groups:
        print(f"  probable duplicates: {len(set(groups.values())):,} groups, {len(groups):,} rows "
              "(column 'duplicate group' of the report)")
    print(f"  batches: {len(batches):,} written to {out}/ (report: {out / 'report.csv'})")
    return EXIT_ROWS if c["error"] else EXIT_OK


def _duplicate_groups(checked: Checked, decisions_path: str | None) -> dict[int, int]:
    """Row → group number: from the decisions (applied to the rows), else found afresh."""
    if decisions_path:
        from core.matching.decisions import Decisions
        from core.pipeline import apply_duplicates

        decisions = Decisions.load(decisions_path)
        apply_duplicates(checked, decisions)
        return {r: i for i, g in enumerate(decisions.groups, 1) for r in g.rows}
    from core.matching.duplicates import find_duplicates
    from core.matching.engine import MatchingRefused

    try:
        return find_duplicates(checked.rows, checked.mapping.target).group_of()
    except MatchingRefused as e:
        print(f"Duplicates: {e.message}", file=sys.stderr)
        return {}
