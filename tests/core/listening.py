"""A bare TCP listener on a non-loopback address of this computer: it counts who connects, so a test can
show that a refused address was refused before any connection was made."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def lan_address() -> str | None:
    """This computer's address on its network (no packet is sent: a UDP socket only picks a route)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


class Listener:
    def __init__(self, address: str) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind((address, 0))
        self.sock.listen(8)
        self.sock.setblocking(False)
        self.url = f"http://{address}:{self.sock.getsockname()[1]}"

    def connections(self) -> int:
        """How many connections arrived (each is accepted and closed)."""
        n = 0
        while True:
            try:
                conn, _ = self.sock.accept()
            except BlockingIOError:
                return n
            conn.close()
            n += 1


@contextmanager
def lan_listener() -> Iterator[Listener]:
    address = lan_address()
    if address is None:
        pytest.skip("this computer has no non-loopback IPv4 address to listen on")
    listener = Listener(address)
    try:
        yield listener
    finally:
        listener.sock.close()
