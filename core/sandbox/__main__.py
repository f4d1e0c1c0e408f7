"""``python -m core.sandbox [--port N] [--token T] [--seed N] [--fault KIND=VALUE]...``"""

import sys

from core.sandbox.cli import run_cli

if __name__ == "__main__":
    raise SystemExit(run_cli(sys.argv[1:]))
