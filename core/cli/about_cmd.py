"""``about``: the version and where the app keeps its files; ``--engine`` checks the duplicate finder loads."""

from __future__ import annotations

import argparse

from core.cli import EXIT_OK, EXIT_UNUSABLE


def register(sub: argparse._SubParsersAction) -> None:
    a = sub.add_parser("about", help="show the version, the data folder, the log file and the run journal")
    a.add_argument("--engine", action="store_true", help="also load the duplicate finder's engine and say if it works")
    a.set_defaults(func=cmd_about)


def cmd_about(args: argparse.Namespace) -> int:
    from core.about import about_lines, engine_status

    print("\n".join(about_lines()))
    if not args.engine:
        return EXIT_OK
    status = engine_status()
    for name, state in status.items():
        print(f"{name}: {state}")
    return EXIT_OK if status.get("splink on duckdb") == "ok" else EXIT_UNUSABLE
