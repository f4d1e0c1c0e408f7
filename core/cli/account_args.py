"""``--sandbox | --base-url URL | --connection NAME`` and ``--on-existing`` for map, preview and submit.

Given a connection, a command uses that account's configuration (fetched now and saved, or the
saved copy when the account cannot be reached, said with its date); without one, the built-in
field list, and it says so. ``--connection NAME`` alone reads the saved copy of that connection
(its address comes from there, its token from the keyring).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from core.account import cache
from core.account.plan import MODE_ALIAS, NEW_CHOICES, ON_EXISTING
from core.redaction import token_problem
from core.submit.secrets import ENV_TOKEN, get_token, how_to_set_token
from core.targets.client_base import Connection

SANDBOX_NAME = "sandbox"


def base_url_arg(text: str) -> str:
    """argparse type for ``--base-url``: a bad address, or plain http:// to another computer, is refused
    before anything connects, in argparse's one line (exit 2)."""
    from core.addresses import address_problem

    problem = address_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(f"{problem}: {text!r}")
    return text.strip()


class AccountProblem(Exception):
    """The account could not be used as asked; the message is one sentence for stderr (exit 2)."""


def add_account_args(p: argparse.ArgumentParser, *, required: bool) -> None:
    where = p.add_mutually_exclusive_group(required=required)
    where.add_argument("--sandbox", action="store_true", help="use a practice CRM started just for this command")
    where.add_argument("--base-url", type=base_url_arg, help="the CRM's API address, e.g. https://api.hubapi.com")
    p.add_argument("--connection", help="keyring name the token is saved under (default: the base URL); "
                                        "alone: that connection's saved account settings")


def add_on_existing_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--on-existing", choices=ON_EXISTING,
                   help="HubSpot: what to do with people already there (default: create, i.e. report conflicts)")
    p.add_argument("--mode", choices=tuple(MODE_ALIAS), help="HubSpot, older spelling: create = --on-existing "
                                                              "create, upsert = --on-existing update")
    p.add_argument("--new", choices=NEW_CHOICES, default="add",
                   help="HubSpot: people not in HubSpot yet: add them (default) or leave them out (skip: only "
                        "people already there are changed)")


def add_company_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--create-companies", action="store_true",
                   help="HubSpot: create companies named in the file that are not there yet")
    p.add_argument("--company-label", metavar="LABEL",
                   help="HubSpot: the account's contact→company association label to use, e.g. Employer")


def on_existing(args: argparse.Namespace) -> str:
    by_mode = MODE_ALIAS[args.mode] if getattr(args, "mode", None) else None
    choice = getattr(args, "on_existing", None)
    if choice and by_mode and choice != by_mode:
        raise AccountProblem(f"--mode {args.mode} and --on-existing {choice} disagree; give one of them")
    return choice or by_mode or "create"


def _decided_against_practice(args: argparse.Namespace) -> bool:
    """Decisions that name rows of the practice account (made by ``duplicates --sandbox`` or the window
    in practice mode): that account's people are then in the practice CRM, with the same ids."""
    path = getattr(args, "duplicates", None)
    if not path:
        return False
    from core.matching.decisions import Decisions

    return bool(Decisions.load(path).account)


@contextmanager
def account_connection(args: argparse.Namespace) -> Iterator[Connection | None]:
    """The connection the arguments name (a practice sandbox is started and stopped around the block)."""
    if getattr(args, "sandbox", False):
        from core.sandbox import SandboxServer

        server = SandboxServer().start()
        try:
            if _decided_against_practice(args):
                from core.sandbox.listing import seed_practice

                seed_practice(server, args.target)
            yield Connection(args.target, server.base_url, server.token, name=SANDBOX_NAME)
        finally:
            server.stop()
        return
    if getattr(args, "base_url", None):
        token = get_token(args.connection, args.base_url)
        if not token:
            raise AccountProblem(how_to_set_token(args.base_url))
        problem = token_problem(token, f"the token (from {ENV_TOKEN} or the keyring)")
        if problem:
            raise AccountProblem(problem)
        yield Connection(args.target, args.base_url.rstrip("/"), token, name=args.connection or "")
        return
    name = getattr(args, "connection", None)
    if name:
        try:
            saved = cache.load(name)
        except cache.AccountCacheError as e:
            raise AccountProblem(str(e)) from None
        token = get_token(name, saved.base_url) if saved is not None else None
        if saved is not None and token:
            yield Connection(args.target, saved.base_url, token, name=name)
            return
    yield None


def load_account(args: argparse.Namespace, conn: Connection | None) -> cache.Loaded:
    """The configuration to use, its note printed to stderr; AccountProblem when there is none to use."""
    try:
        if conn is None and getattr(args, "connection", None):
            loaded = cache.load_saved(args.connection)
        else:
            loaded = cache.load_or_fetch(conn)
    except cache.AccountCacheError as e:
        raise AccountProblem(str(e)) from None
    if loaded.config is not None and loaded.config.target != args.target:
        raise AccountProblem(f"connection '{loaded.config.connection}' is a {loaded.config.target} account, "
                             f"not {args.target}")
    print(loaded.note, file=sys.stderr)
    return loaded

