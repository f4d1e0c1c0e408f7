"""The HTTP plumbing both CRM clients share: one keep-alive httpx client per connection, and
``send_with_retries``, which turns flaky networks, rate limits and server errors into either a
response the caller can read or one of the exceptions the engine knows how to stop on.

The one subtle part is *ambiguity*: once request bytes may have reached the server, a lost answer
does not mean nothing happened, and neither does a 5xx (a gateway may answer 502/504/524 after the
origin did the work). Virtuous imports and HubSpot upserts are idempotent, so those calls are just
retried (the result says an earlier try may have been carried out); a HubSpot create is not, so the
caller asks to be told (``AmbiguousSend``) and checks what the CRM holds before re-sending anything.
HubSpot's 423 and 477 are waits, then the same request again.

The token lives only in the Authorization header: it is never formatted into a message, and any
server text quoted in a message is scrubbed of it in case a server echoes it back.
"""

from __future__ import annotations

import json
import logging
import random
import re
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import httpx

from core import __version__
from core.addresses import PLAIN_HTTP_AT, insecure_address
from core.redaction import blank, plain_token
from core.targets.client_base import RATE, Connection, WaitCallback, WaitReason
from core.targets.outcomes import AuthError, Cancelled, DailyLimitReached, InsecureAddress, RunStop, ServiceUnavailable
from core.targets.ratelimit import DAILY_POLICY, POLICY_WAITS, RateLimiter, parse_retry_after
from core.words import N_

logger = logging.getLogger(__name__)

USER_AGENT = f"ContactImporter/{__version__}"
CONNECT_TIMEOUT = 10.0
DEFAULT_BACKOFF_BASE = 1.0  # seconds; tests set it small
DEFAULT_BACKOFF_CAP = 60.0
#: 429s are not failures (the server is fine, just busy), so they get their own, larger bound.
DEFAULT_MAX_RATE_WAITS = 20
#: Never trust a reset time further away than the longest documented window (Virtuous: one hour).
MAX_PROACTIVE_WAIT = 3600.0
SERVICE_NAMES = {"virtuous": "Virtuous", "hubspot": "HubSpot"}
#: HubSpot 423 Locked and 477 Migration in progress: waits, then the same request again.
WAIT_STATUSES = frozenset({423, 477})
LOCKED_MIN_WAIT = 2.0  # "wait at least 2 seconds" (docs/api-hubspot.md §8)
MIGRATION_DEFAULT_WAIT = 60.0  # 477 without Retry-After: [U], the docs only say to honour the header

# Raised before any byte could reach the server: always safe to retry.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have arrived and been acted on; only the answer is missing.
_AMBIGUOUS = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.CloseError,
              httpx.RemoteProtocolError, httpx.ProxyError, httpx.DecodingError)


class AmbiguousSend(Exception):
    """A request may have been delivered but its answer was lost; raised only when the caller
    said it cannot simply be retried (``retry_ambiguous=False``)."""


@dataclass(frozen=True, slots=True)
class HttpResult:
    """The answer to read, and whether an earlier try of the same call lost its answer (so this
    answer may describe a second delivery, e.g. an upsert reporting ``new: false`` for a contact the
    first, unanswered try created)."""

    response: httpx.Response
    ambiguous: bool = False


def redact(text: str, secret: str | None) -> str:
    """Belt and braces for quoted server text: a token echoed back must not reach a message or log."""
    return blank(text, [secret])


def _truncate(text: str, limit: int = 500) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def response_json(response: httpx.Response) -> Any:
    """The body as JSON, or ``None``: both services sometimes answer errors in text or HTML."""
    raw = response.content
    if not raw or not raw.strip():
        return None
    try:
        return json.loads(raw.decode(response.encoding or "utf-8", errors="replace"))
    except (ValueError, LookupError, RecursionError):  # a body nested 100,000 deep is no answer either
        return None


def json_dict(parent: dict[str, Any], key: str) -> dict[str, Any]:
    """``parent[key]`` when it is an object, else an empty one (an answer's shape is not trusted)."""
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def json_list(parent: dict[str, Any], key: str) -> list[Any]:
    """``parent[key]`` when it is an array, else an empty one."""
    value = parent.get(key)
    return value if isinstance(value, list) else []


def json_str(parent: dict[str, Any], key: str) -> str | None:
    """``parent[key]`` when it is a string, else ``None``."""
    value = parent.get(key)
    return value if isinstance(value, str) else None


def describe_error(response: httpx.Response, token: str | None = None) -> tuple[str | None, str]:
    """(code, message) from any of the error shapes seen: Virtuous's old ``{"message"}``, its newer
    ``{"error":{code,message,details}}``, HubSpot's ``{message, category}``, plain text or an HTML
    gateway page. Never assumes JSON; falls back to the status line."""
    status_line = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    data = response_json(response)
    code: str | None = None
    message = ""
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        code, message = _nested_error(data["error"])
    elif isinstance(data, dict):
        code, message = _flat_error(data)
    elif isinstance(data, str):
        message = data
    elif data is None and response.content:
        message = _text_error(response)
    message = redact(_truncate(message), token) if message else status_line
    return code, message


def _nested_error(err: dict[str, Any]) -> tuple[str | None, str]:
    """Virtuous's newer ``{"error": {code, message, details: [{field, message}]}}``."""
    code = json_str(err, "code")
    message = str(err.get("message") or "")
    details = err.get("details")
    if isinstance(details, list):
        parts = []
        for d in details:
            if isinstance(d, dict) and d.get("message"):
                field = d.get("field")
                parts.append(f"{field}: {d['message']}" if field else str(d["message"]))
        if parts:
            message = f"{message} ({'; '.join(parts)})" if message else "; ".join(parts)
    return code, message


def _flat_error(data: dict[str, Any]) -> tuple[str | None, str]:
    """Virtuous's old ``{"message"}`` (or ``{"error": "…"}``) and HubSpot's ``{message, category}``."""
    err = data.get("error")
    message = err if isinstance(err, str) else ""
    if isinstance(data.get("message"), str):
        message = data["message"]
    code = next((data[key] for key in ("category", "errorType", "code") if isinstance(data.get(key), str)), None)
    return code, message


def _text_error(response: httpx.Response) -> str:
    """A body that is not JSON: plain text, or an HTML page's title (a gateway's error page)."""
    text = response.text
    ctype = response.headers.get("content-type", "")
    if "html" in ctype or text.lstrip().startswith("<"):
        title = re.search(r"<title>(.*?)</title>", text, re.I | re.S)
        return title.group(1).strip() if title else ""
    return text


@lru_cache(maxsize=1)
def tls_context() -> ssl.SSLContext:
    """One verified TLS context (httpx's own defaults: certifi, or SSL_CERT_FILE / SSL_CERT_DIR) for
    every client in this process. Left to httpx, each client loads the whole CA bundle again: ~50 ms
    in one C call that holds the GIL, a frozen window each time a job opens a connection."""
    return httpx.create_ssl_context()


def warm_up() -> None:
    """Do now, off the window's thread, what the first connection would: httpx imports its transport
    (httpcore, h11, certifi) on the first client, and the TLS context is built once."""
    import httpcore  # noqa: F401

    tls_context()


def make_httpx_client(connection: Connection, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """Explicit timeouts (a hung server must not hang the app), keep-alive, TLS verified by default.

    Plain http:// to another computer is refused here too, whoever asked (a settings file or journal
    edited by hand): the key is never put on a connection that is not encrypted or local. A given
    ``transport`` (tests' in-process transports) never reaches a network.
    """
    if transport is None and insecure_address(connection.base_url):
        raise InsecureAddress(PLAIN_HTTP_AT.format(url=connection.base_url))
    if not plain_token(connection.token):
        raise AuthError(N_("The API key holds a character no API key has (keys are plain letters, digits and "
                           "punctuation); copy the whole key again from the CRM's settings."))
    timeout = httpx.Timeout(connection.timeout, connect=CONNECT_TIMEOUT)
    headers = {
        "User-Agent": USER_AGENT,
        "Authorization": f"Bearer {connection.token}",
        "Accept": "application/json",
    }
    return httpx.Client(
        base_url=connection.base_url,
        headers=headers,
        timeout=timeout,
        verify=tls_context() if connection.verify_tls else False,
        limits=httpx.Limits(max_connections=4, max_keepalive_connections=4, keepalive_expiry=30.0),
        follow_redirects=False,
        transport=transport,
    )


class HttpSession:
    """One connection's httpx client, its rate-limit memory and its retry policy."""

    def __init__(self, connection: Connection, *, transport: httpx.BaseTransport | None = None,
                 backoff_base: float = DEFAULT_BACKOFF_BASE, backoff_cap: float = DEFAULT_BACKOFF_CAP,
                 max_rate_waits: int = DEFAULT_MAX_RATE_WAITS, limiter: RateLimiter | None = None,
                 rng: Callable[[float, float], float] = random.uniform) -> None:
        """``limiter`` may be shared by several sessions of one account, so parallel workers all see
        the budget the latest response reported."""
        self.connection = connection
        self.service = connection.target
        self.service_name = SERVICE_NAMES.get(connection.target, connection.target)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_rate_waits = max_rate_waits
        self._rng = rng
        self.limiter = limiter if limiter is not None else RateLimiter(connection.target)
        self.client = make_httpx_client(connection, transport)

    def __repr__(self) -> str:
        return f"HttpSession(service={self.service!r}, base_url={self.connection.base_url!r})"

    def close(self) -> None:
        self.client.close()

    # ----- waiting -----

    def wait(self, seconds: float, reason: str, cancel: threading.Event | None,
             on_wait: WaitCallback | None) -> None:
        """Tell the window, then wait on the cancel event so Cancel ends the wait at once."""
        if cancel is not None and cancel.is_set():
            raise Cancelled(N_("Cancelled ({problem})").format(problem=reason))
        if seconds <= 0:
            return
        logger.info("%s: waiting %.1f s (%s)", self.service_name, seconds, reason)
        if on_wait is not None:
            on_wait(seconds, reason)
        if (cancel if cancel is not None else threading.Event()).wait(seconds):
            raise Cancelled(N_("Cancelled while waiting ({problem})").format(problem=reason))

    def backoff_delay(self, failures: int) -> float:
        """Exponential back-off with full jitter, so many clients retrying do not retry in step."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** max(0, failures - 1)))
        return self._rng(0.0, ceiling)

    def backoff(self, failures: int, reason: str, cancel: threading.Event | None,
                on_wait: WaitCallback | None) -> None:
        self.wait(self.backoff_delay(failures), reason, cancel, on_wait)

    def wait_for_budget(self, cancel: threading.Event | None, on_wait: WaitCallback | None) -> None:
        """Proactive: when the last response said the budget is spent, wait before asking again."""
        due = self.limiter.delay_before_next()
        if due is not None:
            seconds, reason = due
            self.wait(min(seconds, MAX_PROACTIVE_WAIT), WaitReason(reason, RATE), cancel, on_wait)

    # ----- sending -----

    def send_with_retries(self, method: str, path: str, *, content: bytes | None = None,
                          params: Mapping[str, str] | None = None, headers: Mapping[str, str] | None = None,
                          cancel: threading.Event | None = None, on_wait: WaitCallback | None = None,
                          retry_ambiguous: bool = True) -> HttpResult:
        """Send until there is an answer worth reading (2xx or a 4xx other than 401/403/429).

        Retries, at most ``connection.max_retries`` times, 5xx, timeouts and connection errors, with
        back-off; waits out 429s (Retry-After, else the HubSpot policy's window) and 423/477; raises
        AuthError, DailyLimitReached, ServiceUnavailable or Cancelled. With ``retry_ambiguous=False`` a
        lost answer or a 5xx after the request may have been delivered raises ``AmbiguousSend`` instead
        of retrying; with True the result says ``ambiguous`` when an earlier try may have been carried out.
        """
        failures = 0
        rate_waits = 0
        ambiguous = False
        while True:
            self.wait_for_budget(cancel, on_wait)
            try:
                response = self.client.request(method, path, content=content, params=params, headers=headers)
            except _NOT_SENT as exc:
                problem = N_("could not connect ({detail})").format(detail=type(exc).__name__)
            except _AMBIGUOUS as exc:
                problem = N_("the connection failed before an answer arrived ({detail})").format(
                    detail=type(exc).__name__)
                if not retry_ambiguous:
                    logger.warning("%s %s: %s; the request may have been delivered", self.service_name, path, problem)
                    raise AmbiguousSend(f"{self.service_name}: {problem}") from None
                ambiguous = True
            except httpx.HTTPError as exc:  # bad URL, unsupported scheme: retrying cannot help
                raise RunStop(N_("{crm}: the request could not be made ({kind}: {detail})").format(
                    crm=self.service_name, kind=type(exc).__name__,
                    detail=redact(str(exc), self.connection.token))) from None
            else:
                self.limiter.observe(response.headers)
                status = response.status_code
                if status in (401, 403):
                    raise self._auth_error(response)
                if status == 429 or status in WAIT_STATUSES:
                    rate_waits += 1
                    seconds, reason = (self._rate_limited_wait(response, rate_waits) if status == 429
                                       else self._locked_wait(response, rate_waits))
                    self.wait(seconds, WaitReason(reason, RATE) if status == 429 else reason, cancel, on_wait)
                    continue
                if status < 500:
                    return HttpResult(response, ambiguous)
                _code, text = describe_error(response, self.connection.token)
                problem = (N_("server error HTTP {status}").format(status=status) if text.startswith(f"HTTP {status}")
                           else N_("server error HTTP {status} ({detail})").format(status=status, detail=text))
                if not retry_ambiguous:
                    # A gateway 5xx (502/504, Cloudflare 524) does not prove the write failed: the origin
                    # may have finished it (docs/api-hubspot.md §8, [U], the safe assumption).
                    logger.warning("%s %s: %s; the request may have been carried out", self.service_name, path, problem)
                    raise AmbiguousSend(f"{self.service_name}: {problem}")
                ambiguous = True  # the next answer may describe a second delivery of the same request
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                failures += 1
                if failures > self.connection.max_retries:
                    raise self._gave_up(failures, problem)
                reason = N_("{crm} {problem}; retry {n} of {total}").format(
                    crm=self.service_name, problem=problem, n=failures, total=self.connection.max_retries)
                if retry_after is not None:
                    self.wait(min(retry_after, MAX_PROACTIVE_WAIT), reason, cancel, on_wait)
                else:
                    self.backoff(failures, reason, cancel, on_wait)
                continue
            failures += 1
            logger.info("%s %s %s: %s", self.service_name, method, path, problem)
            if failures > self.connection.max_retries:
                raise self._gave_up(failures, problem)
            self.backoff(failures, N_("{crm}: {problem}; retry {n} of {total}").format(
                crm=self.service_name, problem=problem, n=failures, total=self.connection.max_retries), cancel, on_wait)

    def _gave_up(self, tries: int, problem: str) -> ServiceUnavailable:
        return ServiceUnavailable(N_(
            "{crm} did not give a usable answer after {n} tries (last: {problem}). "
            "This batch's rows may or may not be in the CRM; resuming the import checks before re-sending."
        ).format(crm=self.service_name, n=tries, problem=problem))

    def _auth_error(self, response: httpx.Response) -> AuthError:
        _code, text = describe_error(response, self.connection.token)
        what = N_("refused the API token") if response.status_code == 401 else \
            N_("did not allow this request with this token")
        return AuthError(N_("{crm} {what} (HTTP {status}: {detail}). Check the token in the connection settings and "
                            "its permissions.").format(crm=self.service_name, what=what, status=response.status_code,
                                                        detail=text))

    def _rate_limited_wait(self, response: httpx.Response, count: int) -> tuple[float, str]:
        """How long a 429 asks us to wait; the HubSpot DAILY policy instead stops the run."""
        data = response_json(response)
        policy = data.get("policyName") if isinstance(data, dict) else None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if policy == DAILY_POLICY:
            raise DailyLimitReached(self._daily_message(retry_after))
        if count > self.max_rate_waits:
            raise ServiceUnavailable(N_("{crm} kept answering 'too many requests' after {n} waits; try again later "
                                        "(the import can be resumed).").format(crm=self.service_name, n=count - 1))
        if retry_after is not None:
            seconds = retry_after
            why = N_("asked to wait {n} s").format(n=f"{seconds:g}")
        elif isinstance(policy, str) and policy in POLICY_WAITS:
            seconds = POLICY_WAITS[policy]
            why = N_("{policy} limit reached").format(policy=policy.lower())
        else:
            reset = self.limiter.until_reset()
            seconds = reset if reset is not None and reset > 0 else max(1.0, self.backoff_delay(count))
            why = N_("rate limit reached")
        return min(seconds, MAX_PROACTIVE_WAIT), N_("{crm} {what} (HTTP 429); waiting before retrying").format(
            crm=self.service_name, what=why)

    def _locked_wait(self, response: httpx.Response, count: int) -> tuple[float, str]:
        """HubSpot 423 Locked: wait at least 2 s; 477 Migration in progress: honour Retry-After.
        Both are waits, not failures (docs/api-hubspot.md §8); neither request was carried out."""
        if count > self.max_rate_waits:
            raise ServiceUnavailable(N_("{crm} kept answering HTTP {status} after {n} waits; try again later (the "
                                        "import can be resumed).").format(crm=self.service_name,
                                                                          status=response.status_code, n=count - 1))
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if response.status_code == 423:
            seconds = max(LOCKED_MIN_WAIT, retry_after or 0.0)
            why = N_("says the records are locked (HTTP 423)")
        else:
            seconds = retry_after if retry_after is not None else MIGRATION_DEFAULT_WAIT
            why = N_("is migrating this account (HTTP 477)")
        return min(seconds, MAX_PROACTIVE_WAIT), N_("{crm} {what}; waiting {n} s before retrying").format(
            crm=self.service_name, what=why, n=f"{seconds:g}")

    def _daily_message(self, retry_after: float | None) -> str:
        snap = self.limiter.snapshot
        if retry_after is not None:
            at = time.strftime("%H:%M", time.localtime(time.time() + retry_after))
            when = N_("It renews at about {at} (in {hours} h)").format(at=at, hours=f"{retry_after / 3600:.1f}")
        else:
            when = N_("It renews at midnight in the CRM account's time zone")
        if snap is not None and snap.daily:
            return N_("{crm}'s daily request limit ({n} requests) is used up. {what}; resume the import after "
                      "that.").format(crm=self.service_name, n=snap.daily, what=when)
        return N_("{crm}'s daily request limit is used up. {what}; resume the import after that.").format(
            crm=self.service_name, what=when)
