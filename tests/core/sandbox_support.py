"""Shared pieces for tests that talk to the sandbox CRM: started servers, fake time, chosen fault seeds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from core.sandbox import FaultConfig, SandboxServer
from core.sandbox.faults import FaultDecision, FaultInjector


@contextmanager
def sandbox_pool(token: str) -> Iterator[Callable[..., SandboxServer]]:
    """``make(**kwargs)`` starts a sandbox accepting ``token``; all are stopped at the end."""
    started: list[SandboxServer] = []

    def make(**kwargs) -> SandboxServer:
        server = SandboxServer(token=token, **kwargs).start()
        started.append(server)
        return server

    try:
        yield make
    finally:
        for server in started:
            server.stop()


class FakeClock:
    """Settable time so rate windows can be crossed without sleeping."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def seed_where(*wanted: Callable[[FaultDecision], bool], **config) -> int:
    """A seed whose first decisions are the wanted ones (predicates on FaultDecision), in order."""
    for seed in range(20000):
        injector = FaultInjector(FaultConfig(seed=seed, **config))
        if all(want(injector.decide()) for want in wanted):
            return seed
    raise AssertionError("no seed found")


def clean(d: FaultDecision) -> bool:
    return not (d.drop_before or d.drop_after or d.inject_429 or d.server_error or d.delay or d.server_error_after
                or d.delay_after or d.wait_status)
