"""``release-hold``: after a damaged journal held a run that had not finished, let sending go on again.

The hold is there because some of that run's rows may already be in the CRM; only a person who has
looked there can say sending again is safe, so this asks unless ``--yes``.
"""

from __future__ import annotations

import argparse

from core.cli import EXIT_OK, EXIT_ROWS


def register(sub: argparse._SubParsersAction) -> None:
    h = sub.add_parser("release-hold", help="send again after a damaged run journal held an unfinished run "
                                            "(once its rows are checked in the CRM)")
    h.add_argument("--yes", action="store_true", help="do not ask")
    h.set_defaults(func=cmd_release_hold)


def cmd_release_hold(args: argparse.Namespace) -> int:
    from core.submit.journal_open import default_path, held_because, release_hold

    said = held_because(default_path())
    if said is None:
        print("Nothing holds sending: there is no damaged journal's unfinished run waiting.")
        return EXIT_OK
    print(said)
    if not args.yes:
        try:
            answer = input("Have you checked that run's rows in the CRM? Type yes to send again: ").strip().lower()
        except EOFError:  # no one to ask (a script): keeping the hold is the safe default
            answer = ""
        if answer not in ("yes", "y"):
            print("The hold stays; nothing changed.")
            return EXIT_ROWS
    release_hold()
    print("Sending is allowed again.")
    return EXIT_OK
