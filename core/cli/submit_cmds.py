"""``submit``, ``runs``, ``resume`` and ``sandbox`` (filled in with the submission engine)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None
