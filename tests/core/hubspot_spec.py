"""Every HubSpot request the app sends and every answer the sandbox gives, checked against HubSpot's
published OpenAPI documents (vendored in ``tests/spec/hubspot``, sources in its SOURCES.md).

``recorded(server)`` wraps a running sandbox so that each ``/crm`` exchange is kept; ``SPECS.problems``
checks one exchange (operation known, required query parameters present, request body and answer
valid against the operation's schemas). Where the real service and its document disagree, the app and
the sandbox follow the service: each such case is in ``EXCEPTIONS`` below, with its source, and
nowhere else.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_DIR = Path(__file__).resolve().parents[1] / "spec" / "hubspot"
METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Exchange:
    """One request the sandbox answered, as the bytes crossed the wire."""

    method: str
    path: str
    query: dict[str, str]
    body: bytes
    status: int
    content_type: str
    answer: bytes

    def json_body(self) -> Any:
        return json.loads(self.body) if self.body.strip() else None


@dataclass(frozen=True)
class Problem:
    """A place where an exchange is not what the document allows."""

    operation: str  # "POST /crm/v3/objects/contacts/batch/create"
    side: str  # "request", "response" or "path"
    status: int
    where: str  # JSON path inside the body
    message: str

    def __str__(self) -> str:
        return f"{self.operation} {self.side} ({self.status}) at {self.where or '$'}: {self.message}"


@dataclass(frozen=True)
class Exception_:
    """A documented difference: the service does something its document does not allow."""

    what: str
    source: str
    applies: Callable[[Problem], bool]


#: Where HubSpot's own answers differ from its documents, the app and the sandbox follow the service.
EXCEPTIONS: tuple[Exception_, ...] = (
    Exception_(
        "A 429 body carries errorType RATE_LIMIT, policyName and groupName but no `category` (the "
        "documents' Error requires one).",
        "hubspot-api-python issue #117 quotes the body: {\"status\":\"error\",\"message\":\"You have reached your "
        "ten_secondly_rolling limit.\",\"errorType\":\"RATE_LIMIT\",\"correlationId\":…,\"policyName\":"
        "\"TEN_SECONDLY_ROLLING\",\"groupName\":…}; HubSpot/hubspot-api-nodejs src/services/decorators/"
        "RetryDecorator.ts reads the same fields.",
        lambda p: p.side == "response" and p.status == 429,
    ),
    Exception_(
        "A property asked for by name that has no value comes back as null in `properties` (the documents "
        "say every value is a string).",
        "HubSpot's CRM object guides (developers.hubspot.com, 'Retrieve records', the `properties` parameter): "
        "\"If a requested property is defined but a record doesn't have a value, it will be returned as null\" "
        "(the deals guide's wording is quoted in MervinPraison/PraisonAI-Tools PR #97).",
        lambda p: p.side == "response" and re.search(r"\.properties\.[^.]+$", p.where) is not None
        and "None is not of type 'string'" in p.message,
    ),
    Exception_(
        "A 502/503/504 in front of HubSpot is the edge's HTML page, not HubSpot's JSON Error.",
        "[U] HubSpot's API is served through Cloudflare (its answers carry Cloudflare's cf-ray header; a 524 is "
        "Cloudflare's own timeout page): a gateway's 5xx page is not produced by HubSpot's service; the "
        "sandbox's gateway pages (fault injection only) stand in for it (docs/api-hubspot.md §8).",
        lambda p: p.side == "response" and p.status in (502, 503, 504, 524) and p.where == "content-type",
    ),
)


def excused(problem: Problem) -> Exception_ | None:
    return next((e for e in EXCEPTIONS if e.applies(problem)), None)


def _nullable(node: Any) -> Any:
    """OpenAPI 3.0's ``nullable: true`` as JSON Schema: the type also admits null."""
    if isinstance(node, dict):
        out = {k: _nullable(v) for k, v in node.items()}
        if out.get("nullable") is True and isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        return out
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


def _pointer(*parts: str) -> str:
    return "/".join(quote(p.replace("~", "~0").replace("/", "~1"), safe="") for p in parts)


@dataclass(frozen=True)
class Operation:
    doc: str
    method: str
    template: str
    regex: re.Pattern[str]
    spec: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.method.upper()} {self.template}"


class SpecBook:
    """The vendored documents, their operations and a validator for any schema inside them."""

    def __init__(self, folder: Path = SPEC_DIR) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.operations: list[Operation] = []
        resources = []
        for path in sorted(folder.glob("*.json")):
            doc = _nullable(json.loads(path.read_text(encoding="utf-8")))
            uri = f"urn:hubspot:{path.stem}"
            self.docs[uri] = doc
            resources.append((uri, Resource.from_contents(doc, default_specification=DRAFT4)))
            for template, item in doc["paths"].items():
                for method, spec in item.items():
                    if method in METHODS:
                        pattern = re.escape(template)
                        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", pattern)
                        self.operations.append(Operation(uri, method, template, re.compile(f"^{pattern}$"), spec))
        self.operations.sort(key=lambda o: o.template.count("{"))  # literal segments win over {params}
        self.registry: Registry = Registry().with_resources(resources)

    def operation(self, method: str, path: str) -> Operation | None:
        return next((o for o in self.operations if o.method == method.lower() and o.regex.match(path)), None)

    def _validate(self, doc: str, pointer: str, value: Any) -> list[tuple[str, str]]:
        validator = Draft4Validator({"$ref": f"{doc}#/{pointer}"}, registry=self.registry)
        return [(e.json_path, e.message) for e in sorted(validator.iter_errors(value), key=lambda e: e.json_path)]

    def _response(self, op: Operation, status: int) -> tuple[str, dict[str, Any]] | None:
        responses = op.spec.get("responses", {})
        key = str(status) if str(status) in responses else ("default" if "default" in responses else None)
        if key is None:
            return None
        response = responses[key]
        pointer = _pointer("paths", op.template, op.method, "responses", key)
        if "$ref" in response:
            ref = response["$ref"].lstrip("#/")
            response = self.docs[op.doc]
            for part in ref.split("/"):
                response = response[part]
            pointer = _pointer(*ref.split("/"))
        return pointer, response

    def problems(self, exchange: Exchange) -> list[Problem]:
        op = self.operation(exchange.method, exchange.path)
        if op is None:
            return [Problem(f"{exchange.method} {exchange.path}", "path", exchange.status, "",
                            "no operation in the published documents")]
        found: list[Problem] = []

        def add(side: str, where: str, message: str) -> None:
            found.append(Problem(op.name, side, exchange.status, where, message))

        for param in op.spec.get("parameters", []):
            if param.get("in") == "query" and param.get("required") and param["name"] not in exchange.query:
                add("request", "query", f"required query parameter {param['name']!r} is missing")
        body_spec = (op.spec.get("requestBody") or {}).get("content", {})
        if "application/json" in body_spec:
            try:
                body = exchange.json_body()
            except ValueError as exc:
                add("request", "", f"not JSON: {exc}")
            else:
                pointer = _pointer("paths", op.template, op.method, "requestBody", "content", "application/json",
                                   "schema")
                for where, message in self._validate(op.doc, pointer, body):
                    add("request", where, message)
        response = self._response(op, exchange.status)
        if response is None:
            add("response", "status", f"HTTP {exchange.status} is not an answer the document lists")
            return found
        pointer, spec = response
        content = spec.get("content") or {}
        if not content:
            if exchange.answer.strip():
                add("response", "", "the document lists no body for this status but one was sent")
            return found
        media = next((m for m in ("application/json", "*/*") if m in content), None)
        if media is None:
            return found
        if "json" not in exchange.content_type:
            add("response", "content-type", f"{exchange.content_type!r} is not JSON")
            return found
        try:
            answer = json.loads(exchange.answer)
        except ValueError as exc:
            add("response", "", f"not JSON: {exc}")
            return found
        for where, message in self._validate(op.doc, f"{pointer}/content/{_pointer(media)}/schema", answer):
            add("response", where, message)
        return found

    def unexcused(self, exchanges: list[Exchange]) -> list[str]:
        """Every problem no listed exception covers, as readable lines."""
        return [str(p) for x in exchanges for p in self.problems(x) if excused(p) is None]


class _Lazy:
    @cached_property
    def book(self) -> SpecBook:
        return SpecBook()


_lazy = _Lazy()


def specs() -> SpecBook:
    return _lazy.book


@contextmanager
def recorded(server: Any) -> Iterator[list[Exchange]]:
    """Keep every HubSpot exchange (``/crm``, ``/communication-preferences``) the sandbox answers while the
    block runs."""
    exchanges: list[Exchange] = []
    lock = threading.Lock()
    original = server.handle

    def handle(request: Any) -> Any:
        response = original(request)
        if response is not None and request.path.startswith(("/crm", "/communication-preferences")):
            with lock:
                exchanges.append(Exchange(request.method, request.path.rstrip("/"), dict(request.query), request.body,
                                          response.status, response.content_type or "", response.body))
        return response

    server.handle = handle
    try:
        yield exchanges
    finally:
        del server.handle
