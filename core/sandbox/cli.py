"""``contact-importer sandbox``: run the sandbox CRM in the foreground for manual practice.

Prints the base URL and the token once at start-up (the only place the token is shown, so a
person can paste both into the app or another tool), then serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.sandbox.faults import FAULT_KINDS, parse_faults
from core.sandbox.server import HUBSPOT_TIERS, SandboxServer
from core.sandbox.virtuous_shapes import WRONG_TYPE_BLANK, WRONG_TYPE_MODES

PROG = "contact-importer sandbox"


class _ArgError(Exception):
    """Bad command line; reported as one line with exit code 2."""


class _Exit(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports instead of calling ``sys.exit`` (so ``run_cli`` returns a code)."""

    def error(self, message: str) -> NoReturn:
        raise _ArgError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 65535")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _time_zone(text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a time zone name such as America/New_York") from None
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Run a local stand-in for the Virtuous and HubSpot APIs (practice mode, tests).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=0, help="port to listen on (default: any free port)")
    parser.add_argument("--token", help="bearer token to accept (default: a random one, printed at start)")
    parser.add_argument("--seed", type=int, help="seed for fault decisions and result shuffling")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND=VALUE",
        help="misbehave on purpose; KIND is one of " + ", ".join(FAULT_KINDS) + " (e.g. 5xx=0.1, slow=2@0.2)",
    )
    parser.add_argument("--virtuous-hourly-limit", type=_positive_int, default=5000)
    parser.add_argument("--hubspot-ten-second-limit", type=_positive_int, default=190)
    parser.add_argument("--hubspot-daily-limit", type=_positive_int, default=1_000_000)
    parser.add_argument("--hubspot-tier", choices=sorted(HUBSPOT_TIERS),
                        help="HubSpot account tier; sets both HubSpot limits (free/starter: 100 requests per 10 s)")
    parser.add_argument("--hubspot-time-zone", default="UTC", type=_time_zone,
                        help="the HubSpot account's time zone; its daily limit renews at midnight there")
    parser.add_argument("--virtuous-process-after", type=_seconds, metavar="SECONDS",
                        help="process Virtuous imports by themselves this long after they arrive "
                             "(default: only on POST /_sandbox/virtuous/process)")
    parser.add_argument("--virtuous-wrong-type", choices=WRONG_TYPE_MODES, default=WRONG_TYPE_BLANK,
                        help="a wrongly typed Virtuous value: leave the field empty (default) or answer 400")
    parser.add_argument("--verbose", action="store_true", help="log every request at DEBUG level")
    return parser


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def run_cli(argv: list[str]) -> int:
    """Run the sandbox until Ctrl-C (or SIGTERM); 0 when stopped, 2 for bad arguments, 1 if it cannot listen."""
    try:
        args = build_parser().parse_args(argv)
        faults = parse_faults(args.fault, seed=args.seed)
    except _Exit as exc:
        return exc.status
    except (_ArgError, ValueError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)s %(message)s")
    try:
        server = SandboxServer(
            host=args.host,
            port=args.port,
            token=args.token,
            faults=faults,
            virtuous_hourly_limit=args.virtuous_hourly_limit,
            hubspot_ten_second_limit=args.hubspot_ten_second_limit,
            hubspot_daily_limit=args.hubspot_daily_limit,
            hubspot_tier=args.hubspot_tier,
            hubspot_time_zone=args.hubspot_time_zone,
            virtuous_process_after=args.virtuous_process_after,
            virtuous_wrong_type=args.virtuous_wrong_type,
        )
    except OSError as exc:
        print(f"{PROG}: error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    url = server.base_url
    print(f"Sandbox CRM listening on {url}", flush=True)
    print(f"Token: {server.token}", flush=True)
    print(f"Faults: {faults.describe()} (seed {server.injector.seed})", flush=True)
    print(f"Virtuous: {url}/api  HubSpot: {url}/crm/v3  Inspect: {url}/_sandbox/contacts", flush=True)
    when = (f"processed {args.virtuous_process_after:g} s after they arrive" if args.virtuous_process_after is not None
            else f"pending until POST {url}/_sandbox/virtuous/process (with the token, as every POST to /_sandbox)")
    print(f"Virtuous imports are {when}, as Virtuous matches and reviews them later.", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    previous = None
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    print("Sandbox stopped.", flush=True)
    return 0
