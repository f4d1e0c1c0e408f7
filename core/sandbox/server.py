"""The sandbox CRM's HTTP server: routing, auth, rate budgets, fault injection, start/stop.

A real loopback HTTP/1.1 server (stdlib only) so clients are tested over real sockets,
keep-alive and all, including connections that die with or without the work being done.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import unquote

from core.sandbox.faults import FaultConfig, FaultInjector
from core.sandbox.handler import SandboxHTTPServer
from core.sandbox.hubspot_api import HubSpotApi
from core.sandbox.hubspot_store import HubSpotStore
from core.sandbox.ratelimit import (
    DailyLimiter,
    FixedWindowLimiter,
    Limiter,
    RateState,
    RollingWindowLimiter,
    TokenBucket,
)
from core.sandbox.store import VirtuousStore
from core.sandbox.virtuous_api import VirtuousApi
from core.sandbox.virtuous_shapes import WRONG_TYPE_BLANK
from core.sandbox.wire import Clock, Request, Response, Route, json_response

log = logging.getLogger("core.sandbox")

#: (requests per 10 s, requests per day) by HubSpot tier, for privately distributed apps: docs/api-hubspot.md §3
#: ([S]; the Professional daily figure conflicts with the changelog's 650,000) and §8 (Free/Starter 100/10 s).
HUBSPOT_TIERS = {"free": (100, 250_000), "starter": (100, 250_000), "professional": (190, 625_000),
                 "enterprise": (190, 1_000_000)}

FAULT_COUNTERS = ("drop_before", "slow", "rate_limited", "429", "5xx", "drop_after", "5xx_after", "slow_after",
                  "423", "477")
POLL_INTERVAL = 0.05  # how soon stop() takes effect; the stdlib default 0.5 s makes every test teardown slow


class ApiSurface(Protocol):
    """What the server needs from each CRM module besides its routes."""

    name: str

    def routes(self) -> list[Route]: ...
    def unauthorized(self) -> Response: ...
    def not_found(self, request: Request) -> Response: ...
    def method_not_allowed(self, request: Request) -> Response: ...
    def server_error(self, status: int) -> Response: ...
    def rate_limited(self, policy: str, state: RateState | None) -> Response: ...
    def rate_headers(self, states: list[RateState]) -> dict[str, str]: ...


def compile_template(template: str, case_insensitive: bool) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[^/]+)" for i, p in enumerate(parts))
    return re.compile(f"^{pattern}$", re.IGNORECASE if case_insensitive else 0)


@dataclass
class _Mounted:
    """One CRM API as served: its prefix, compiled routes and request budgets (in header order)."""

    api: ApiSurface
    prefix: str
    routes: list[tuple[re.Pattern[str], Route]]
    limiters: list[tuple[Limiter, str]]


class _Stats:
    """Thread-safe counters behind ``/_sandbox/stats``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.requests: Counter[str] = Counter()
            self.statuses: Counter[str] = Counter()
            self.faults: Counter[str] = Counter()

    def count(self, counter: str, key: str) -> None:
        with self._lock:
            getattr(self, counter)[key] += 1

    def snapshot(self) -> dict[str, dict[str, int]]:
        with self._lock:
            faults = {kind: self.faults.get(kind, 0) for kind in FAULT_COUNTERS}
            return {"requests": dict(self.requests), "statuses": dict(self.statuses), "faults": faults}


class SandboxServer:
    """A local stand-in for Virtuous and HubSpot, both served from ``base_url``.

    The socket is bound in the constructor (so ``base_url`` is known at once, also with
    ``port=0``); ``start()`` serves from a daemon thread, ``serve_forever()`` in the foreground.
    ``clock`` is injectable so tests can cross rate windows without sleeping.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        faults: FaultConfig | None = None,
        virtuous_hourly_limit: int = 5000,
        hubspot_ten_second_limit: int = 190,
        hubspot_daily_limit: int = 1_000_000,
        *,
        clock: Clock = time.time,
        sleep: Callable[[float], None] = time.sleep,
        virtuous_process_after: float | None = None,
        virtuous_wrong_type: str = WRONG_TYPE_BLANK,
        hubspot_tier: str | None = None,
        hubspot_time_zone: str = "UTC",
        hubspot_searches_per_second: int = 5,
    ) -> None:
        """``virtuous_process_after``: seconds after which an import is processed by itself (None:
        only by ``process_virtuous()`` / ``POST /_sandbox/virtuous/process``). ``hubspot_searches_per_second``:
        the search endpoints' own limit (HubSpot's is five). ``hubspot_tier``
        (free, starter, professional, enterprise) sets both HubSpot budgets, overriding the limits."""
        self.token: str = token if token else secrets.token_urlsafe(24)
        self.faults = faults or FaultConfig()
        self.clock, self._sleep = clock, sleep
        self.injector = FaultInjector(self.faults)
        if hubspot_tier is not None:
            if hubspot_tier not in HUBSPOT_TIERS:
                raise ValueError(f"hubspot_tier must be one of {', '.join(HUBSPOT_TIERS)}, not {hubspot_tier!r}")
            hubspot_ten_second_limit, hubspot_daily_limit = HUBSPOT_TIERS[hubspot_tier]
        self.virtuous_store = VirtuousStore(clock, virtuous_process_after)
        self.hubspot_store = HubSpotStore(clock)
        self._stats = _Stats()
        self._rate_lock = threading.Lock()
        shared = TokenBucket(self.faults.rate, clock) if self.faults.rate is not None else None
        hubspot = HubSpotApi(self.hubspot_store, self.injector, clock, hubspot_searches_per_second)
        self._hubspot_api = hubspot
        hubspot_limits: list[tuple[Limiter, str]] = [
            (shared, "RATE_FAULT") if shared
            else (RollingWindowLimiter(hubspot_ten_second_limit, 10, clock), "TEN_SECONDLY_ROLLING"),
            (DailyLimiter(hubspot_daily_limit, clock, hubspot_time_zone), "DAILY"),
        ]
        self._apis = [
            self._mount(
                VirtuousApi(self.virtuous_store, virtuous_wrong_type),
                "/api/",
                [(shared, "RATE_FAULT") if shared
                 else (FixedWindowLimiter(virtuous_hourly_limit, 3600, clock), "HOURLY")],
            ),
            self._mount(hubspot, "/crm/", hubspot_limits),
            # HubSpot's email subscriptions live beside /crm, on the same account budgets.
            self._mount(hubspot, "/communication-preferences/", hubspot_limits),
        ]
        self._httpd = SandboxHTTPServer((host, port), self)
        self._thread: threading.Thread | None = None
        self._served = False
        self._stopped = False

    @staticmethod
    def _mount(api: Any, prefix: str, limiters: list[tuple[Limiter, str]]) -> _Mounted:
        insensitive = bool(getattr(api, "case_insensitive", False))
        return _Mounted(api, prefix, [(compile_template(r.template, insensitive), r) for r in api.routes()], limiters)

    # ----- lifecycle -----

    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> SandboxServer:
        """Serve from a daemon thread; the socket already listens, so it is usable on return."""
        if self._thread is None:
            self._served = True
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": POLL_INTERVAL}, name="sandbox-crm",
                daemon=True
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until ``stop()`` or KeyboardInterrupt."""
        self._served = True
        self._httpd.serve_forever(poll_interval=POLL_INTERVAL)

    def stop(self) -> None:
        """Stop serving, cut open keep-alive connections and release the port. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        if self._served:
            self._httpd.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd.close_all_connections()
        self._httpd.server_close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:  # never shows the token
        return f"SandboxServer({self.base_url}, faults={self.faults.describe()})"

    # ----- in-process inspection -----

    def contacts(self) -> dict[str, list[dict[str, Any]]]:
        return {"virtuous": self.virtuous_store.snapshot(), "hubspot": self.hubspot_store.snapshot()}

    def process_virtuous(self) -> int:
        """Virtuous's import processing: match and write every pending import; returns the rows."""
        return self.virtuous_store.process()

    def stats(self) -> dict[str, Any]:
        return {
            "seed": self.injector.seed,
            "faultConfig": self.faults.to_dict(),
            "virtuousImports": self.virtuous_store.imports,
            **self._stats.snapshot(),
        }

    def reset(self) -> None:
        """Back to the starting state: empty stores, zero counters, fresh budgets, RNG from the seed."""
        self.virtuous_store.reset()
        self.hubspot_store.reset()
        self._hubspot_api.lists.reset()  # HubSpot's contact lists
        self._hubspot_api.imports.reset()
        self._hubspot_api.subscriptions.reset()
        self._stats.reset()
        self.injector.reseed()
        with self._rate_lock:
            for mounted in self._apis:
                for limiter, _ in mounted.limiters:
                    limiter.reset()

    # ----- request handling (called from handler threads) -----

    def handle(self, request: Request) -> Response | None:
        """Answer one request; ``None`` means drop the connection without replying."""
        path = request.path.rstrip("/") or "/"
        if path.startswith("/_sandbox"):
            return self._control(request, path)
        for mounted in self._apis:
            if (path.lower() + "/").startswith(mounted.prefix.lower()):
                return self._api_request(mounted, request, path)
        self._stats.count("requests", f"{request.method} {path}")
        return json_response(404, {"message": "Nothing here. Virtuous lives under /api, HubSpot under /crm/v3."})

    def _control(self, request: Request, path: str) -> Response:
        """The sandbox's own endpoints. Those that change its state (every POST) need its token like the APIs
        do: without it any web page open on this computer could empty it with one cross-site form post."""
        self._stats.count("requests", f"{request.method} {path}")
        key = (request.method, path)
        if request.method != "GET" and not self._authorized(request):
            return json_response(401, {"message": "The sandbox's control endpoints that change its state need its "
                                                  "token: Authorization: Bearer TOKEN."})
        if key == ("GET", "/_sandbox/contacts"):
            return json_response(200, self.contacts())
        if key == ("GET", "/_sandbox/stats"):
            return json_response(200, self.stats())
        if key == ("POST", "/_sandbox/reset"):
            self.reset()
            return json_response(200, {"reset": True})
        if key == ("POST", "/_sandbox/virtuous/process"):
            return json_response(200, {"processed": self.process_virtuous()})
        if key == ("GET", "/_sandbox/virtuous/imports"):
            return json_response(200, {"imports": self.virtuous_store.import_log()})
        return json_response(404, {"message": "Sandbox control: GET /_sandbox/contacts, GET /_sandbox/stats, "
                                              "POST /_sandbox/reset, POST /_sandbox/virtuous/process, "
                                              "GET /_sandbox/virtuous/imports"})

    def _authorized(self, request: Request) -> bool:
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(credential.strip().encode(), self.token.encode())

    def _rate_states(self, mounted: _Mounted, consume: bool) -> tuple[list[RateState], Response | None]:
        """Peek every budget; use one slot of each only when all have room."""
        with self._rate_lock:
            states = [limiter.peek() for limiter, _ in mounted.limiters]
            if not consume:
                return states, None
            for (_, policy), state in zip(mounted.limiters, states, strict=True):
                if not state.allowed:
                    return states, mounted.api.rate_limited(policy, state)
            for limiter, _ in mounted.limiters:
                limiter.consume()
            return [limiter.peek() for limiter, _ in mounted.limiters], None

    def _route(self, mounted: _Mounted, request: Request, path: str) -> tuple[str, Route | None, bool]:
        """Find the route; returns (stats key, route or None, whether the path exists for another method)."""
        path_known = False
        for pattern, route in mounted.routes:
            match = pattern.match(path)
            if match:
                if route.method == request.method:
                    request.params = {k: unquote(v) for k, v in match.groupdict().items()}
                    return f"{route.method} {route.template}", route, True
                path_known = True
        return f"{request.method} {path}", None, path_known

    def _api_request(self, mounted: _Mounted, request: Request, path: str) -> Response | None:
        api = mounted.api
        key, route, path_known = self._route(mounted, request, path)
        self._stats.count("requests", key)
        decision = self.injector.decide()
        if decision.drop_before:
            self._stats.count("faults", "drop_before")
            return None
        if decision.delay:
            self._stats.count("faults", "slow")
            self._sleep(decision.delay)
        if not self._authorized(request):
            response = api.unauthorized()
            states, _ = self._rate_states(mounted, consume=False)
        else:
            states, refused = self._rate_states(mounted, consume=True)
            if refused is not None:
                self._stats.count("faults", "rate_limited")
                response = refused
            elif decision.inject_429:
                self._stats.count("faults", "429")
                response = api.rate_limited("INJECTED", None)
            elif decision.server_error is not None:
                self._stats.count("faults", "5xx")
                response = api.server_error(decision.server_error)
            elif decision.wait_status is not None and hasattr(api, "wait_response"):
                self._stats.count("faults", str(decision.wait_status))
                response = api.wait_response(decision.wait_status)
            elif route is None:
                response = api.method_not_allowed(request) if path_known else api.not_found(request)
            else:
                try:
                    response = route.handler(request)
                except Exception:  # a sandbox bug must still answer, like a real 500 would
                    log.exception("sandbox handler failed for %s %s", request.method, path)
                    response = api.server_error(500)
                if decision.drop_after:
                    self._stats.count("faults", "drop_after")
                    return None
                if route.writes and decision.server_error_after is not None:
                    # Stored; the gateway in front loses the answer (docs/api-hubspot.md §8).
                    self._stats.count("faults", "5xx_after")
                    response = api.server_error(decision.server_error_after)
                elif route.writes and decision.delay_after:
                    self._stats.count("faults", "slow_after")
                    self._sleep(decision.delay_after)
        for name, value in api.rate_headers(states).items():
            response.headers.setdefault(name, value)
        self._stats.count("statuses", str(response.status))
        return response
