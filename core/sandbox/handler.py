"""Socket-level side of the sandbox: HTTP/1.1 keep-alive, body reading, replies and drops.

Kept apart from ``server.py`` so the CRM logic there never touches sockets; this module
only turns bytes into ``Request`` values and ``Response`` values (or a drop) back into bytes.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from core.sandbox.wire import Clock, Request, Response, json_response


class Dispatcher(Protocol):
    """What the socket side needs of the sandbox (``SandboxServer`` is one): a clock and an answer."""

    clock: Clock

    def handle(self, request: Request) -> Response | None: ...  # None: drop the connection unanswered


log = logging.getLogger("core.sandbox")

MAX_BODY = 64 * 1024 * 1024  # far above any sane batch; stops a runaway client filling memory
IDLE_TIMEOUT = 120.0  # seconds an idle keep-alive connection is kept open


class BodyError(Exception):
    """The request body could not be read as the headers describe it."""


class SandboxHTTPServer(ThreadingHTTPServer):
    """Threaded server that remembers open connections so ``stop()`` can cut idle keep-alives."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], sandbox: Dispatcher) -> None:
        self.sandbox = sandbox
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, SandboxRequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Client resets and the like are normal here; keep them off stderr (the default prints a traceback)."""
        log.debug("sandbox connection error from %s", client_address, exc_info=True)

    def close_all_connections(self) -> None:
        with self.connections_lock:
            open_now = list(self.connections)
        for conn in open_now:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class SandboxRequestHandler(BaseHTTPRequestHandler):
    """Parses each request on a (keep-alive) connection and writes the sandbox's answer."""

    protocol_version = "HTTP/1.1"
    server_version = "SandboxCRM/1.0"
    sys_version = ""
    timeout = IDLE_TIMEOUT
    disable_nagle_algorithm = True  # headers and body go out in separate writes; avoid 40 ms ACK stalls
    server: SandboxHTTPServer

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr access log; errors go to DEBUG (never with headers)."""
        log.debug("sandbox http: " + format, *args)

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        """Replaced by one DEBUG line per request in ``_dispatch`` (with timing)."""

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        raw = self.headers.get("Content-Length")
        if raw is None:
            return b""
        try:
            length = int(raw)
        except ValueError:
            raise BodyError(f"bad Content-Length {raw!r}") from None
        if not 0 <= length <= MAX_BODY:
            raise BodyError(f"Content-Length {length} out of range")
        body = self.rfile.read(length)
        if len(body) != length:
            raise BodyError("connection closed before the whole body arrived")
        return body

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise BodyError("bad chunk size") from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # skip trailers
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                raise BodyError("chunked body too large")
            chunks.append(self.rfile.read(size))
            self.rfile.readline(8)  # CRLF after each chunk

    def _dispatch(self) -> None:
        started = time.perf_counter()
        split = urlsplit(self.path)
        try:
            body = self._read_body()
        except BodyError as exc:
            self.close_connection = True
            self._send(json_response(400, {"message": f"Unreadable request body: {exc}"}))
            return
        request = Request(
            method=self.command,
            path=split.path,
            query=dict(parse_qsl(split.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            received_at=self.server.sandbox.clock(),
        )
        try:
            response = self.server.sandbox.handle(request)
        except Exception:  # a sandbox bug must still produce an answer, as a real server's 500 would
            log.exception("sandbox failed on %s %s", self.command, split.path)
            response = json_response(500, {"message": "An error has occurred."})
        elapsed_ms = (time.perf_counter() - started) * 1000
        if response is None:
            log.debug("%s %s -> connection dropped (%.1f ms)", self.command, split.path, elapsed_ms)
            self._drop()
            return
        # Logged before replying, so the line exists by the time the client has its answer.
        log.debug("%s %s -> %d (%.1f ms)", self.command, split.path, response.status, elapsed_ms)
        self._send(response)

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        if response.status >= 200 and response.status not in (204, 304):
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.body and self.command != "HEAD":
            self.wfile.write(response.body)

    def _drop(self) -> None:
        """Close without a reply, so the client sees a disconnect (RemoteProtocolError/reset)."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
