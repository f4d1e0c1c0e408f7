"""The ``contact-importer`` command line (everything but the window, which gui/launcher.py adds).

Exit codes are a contract: 0 all rows fine, 1 some rows had errors or failed, 2 the input or run
could not be used at all. The top layer of core: it may import everything in core, never Qt or gui.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from core import __version__
from core.errors import InputError

EXIT_OK, EXIT_ROWS, EXIT_UNUSABLE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 too; keep its one-line style
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from core.cli import about_cmd, afterrun_cmds, duplicates_cmd, hold_cmd, prepare_cmds, submit_cmds

    p = _Parser(prog="contact-importer", description="Import a spreadsheet of people into Virtuous or HubSpot.",
                epilog="With no command, the window opens ('contact-importer gui [FILE]' does the same); "
                       "'contact-importer demo --screenshots DIR' walks the window through every step.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    prepare_cmds.register(sub)
    submit_cmds.register(sub)
    about_cmd.register(sub)
    afterrun_cmds.register(sub)
    duplicates_cmd.register(sub)
    hold_cmd.register(sub)
    return p


def _password_hint(e: InputError) -> str:
    from core.readers.protected import PasswordNeeded

    if not isinstance(e, PasswordNeeded):
        return ""
    if e.wrong:
        return " Check the password in the variable named by --password-env."
    return " Put the password in an environment variable and give its name with --password-env VAR."


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse has printed its one line (or --help); hand back its code
        return e.code if isinstance(e.code, int) else EXIT_UNUSABLE
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_UNUSABLE
    log_file = None
    try:
        if args.command in ("submit", "resume", "preview", "duplicates"):  # the matcher logs its training
            from core.logs import setup_logging

            log_file = setup_logging()  # None when the data folder cannot be written: said by the journal
        return int(args.func(args))
    except InputError as e:
        print(f"contact-importer: {e.message}{_password_hint(e)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        print("contact-importer: interrupted", file=sys.stderr)
        return 130
    except OSError as e:  # a folder that is a file, a disk that is full, a file open elsewhere
        where = f"{e.filename}: " if e.filename else ""
        print(f"contact-importer: {where}{e.strerror or e.__class__.__name__}", file=sys.stderr)
        return EXIT_UNUSABLE
    except Exception as e:  # a bug or a case nobody foresaw: one line for the person, the details in the log
        from core.logs import scrub

        where = ""
        if log_file:
            import logging

            logging.getLogger("core.cli").error("%s failed", args.command, exc_info=e)
            where = f"; details are in {log_file}"
        print(f"contact-importer: {args.command} failed unexpectedly "
              f"({e.__class__.__name__}: {scrub(str(e))}){where}", file=sys.stderr)
        return EXIT_UNUSABLE
