"""The real command line, run as its own process by the chaos soak, with test-sized waits.

``python -m tests.core.chaos_cli submit …`` is ``contact-importer submit …`` except that back-offs start
at 20 ms and HubSpot's ten-second rate window is waited out in 50 ms (the sandbox's injected 429s would
otherwise cost ten seconds each). Everything else, journal and HTTP included, is the shipped code.
"""

from __future__ import annotations

import sys

from core.cli import main, submit_cmds
from core.targets import ratelimit


def run(argv: list[str]) -> int:
    submit_cmds.CLIENT_OPTIONS["backoff_base"] = 0.02
    ratelimit.POLICY_WAITS["TEN_SECONDLY_ROLLING"] = 0.05
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
