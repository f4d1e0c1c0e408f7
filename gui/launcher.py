"""The ``contact-importer`` entry point, above every room of ``gui``: no command (or ``gui``) opens the
window, ``demo`` runs the scripted walkthrough, any other command goes to core's CLI.

Qt is imported only when the window is wanted, so the command line starts fast and works without
a display.
"""

from __future__ import annotations

import sys

GUI_COMMANDS = {"gui", "demo"}


def ensure_streams() -> None:
    """A windowed build on Windows has no console: ``sys.stdout``/``stderr`` are None and print() would fail.
    Output sent to a file or pipe there is in the ANSI code page (cp1252): a name in another alphabet is
    written escaped (``\\u540d``) rather than ending the command with UnicodeEncodeError."""
    import os

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the app
        elif hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    ensure_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "demo":
        from gui.walkthrough.demo import main as run_walkthrough

        return run_walkthrough(argv[1:])
    if not argv or argv[0] in GUI_COMMANDS:
        from gui.shell.app import run_gui

        return run_gui(argv)
    from core.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
