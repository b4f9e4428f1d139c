"""Routes keyed by the specs' path templates (`GET /evaluation_set_runs/{id}`), and what handlers return.

The same keys name routes everywhere: in the route table, in `fake.faults.add(...)` and in the
request log, so a test script reads like the OpenAPI document. A handler returns a JSON value;
a list page may carry its rows pre-encoded (`EncodedRows`), which `encode_json` splices in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import unquote

from evalclient.testing._validation import JsonObject, Query, RequestError, parse_json_object


@dataclass(slots=True)
class Call:
    """One request as a handler sees it: path parameters decoded, query parsed lazily."""

    method: str
    path: str
    params: dict[str, str]
    raw_query: str
    headers: Mapping[str, str]
    body: bytes
    _query: Query | None = field(default=None, repr=False)

    @property
    def query(self) -> Query:
        if self._query is None:
            self._query = Query(self.raw_query)
        return self._query

    def json(self) -> JsonObject:
        return parse_json_object(self.body)


@dataclass(frozen=True, slots=True)
class Answer:
    """A handler's answer when it is not `200` with a JSON body: `201` with one, `204` without."""

    status: int
    body: object = None


Handler = Callable[[Call], "JsonObject | Answer"]
_compact = json.JSONEncoder(separators=(",", ":")).encode


class EncodedRows(list[bytes]):
    """The `data` rows of a list page, each already JSON (rows cache their encoding: a page of 1,000
    rows then costs a join instead of re-encoding 400 kB on every call)."""


def encode_json(value: object) -> bytes:
    """Compact JSON, splicing in a top-level `data` of `EncodedRows` as is."""
    if isinstance(value, dict) and isinstance(value.get("data"), EncodedRows):
        rest = _compact({key: item for key, item in value.items() if key != "data"})
        tail = b"}" if rest == "{}" else b"," + rest[1:].encode()
        return b'{"data":[' + b",".join(value["data"]) + b"]" + tail
    return _compact(value).encode()


def decode_rows(value: object) -> object:
    """`value` with any `EncodedRows` parsed back into objects (for a `Fault.patch` to edit)."""
    if isinstance(value, dict) and isinstance(value.get("data"), EncodedRows):
        return {**value, "data": [json.loads(row) for row in value["data"]]}
    return value


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    vendor: str

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"

    @cached_property
    def segments(self) -> tuple[str | None, ...]:
        """Static segments as text, parameters as None."""
        return tuple(None if part.startswith("{") else part for part in self.template.split("/"))

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(part[1:-1] for part in self.template.split("/") if part.startswith("{"))


class Router:
    """Finds the route for a method and a raw (percent-encoded) path."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self._by_length: dict[int, list[Route]] = {}
        keys = set()
        for route in routes:
            self._by_length.setdefault(len(route.segments), []).append(route)
            keys.add(route.key)
        self.keys = frozenset(keys)

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """The route and its decoded path parameters; RequestError 404 or 405 when none fits."""
        raw_parts = path.split("/")
        allowed: list[str] = []
        decoded: list[str] | None = None
        for route in self._by_length.get(len(raw_parts), ()):
            if not all(want is None or want == got for want, got in zip(route.segments, raw_parts, strict=True)):
                continue
            if route.method != method:
                allowed.append(route.method)
                continue
            if decoded is None:
                decoded = _decode(raw_parts)
            values = [got for want, got in zip(route.segments, decoded, strict=True) if want is None]
            return route, dict(zip(route.names, values, strict=True))
        if allowed:
            raise MethodNotAllowed(method, path, allowed)
        raise RequestError(404, f"no route for {method} {path}")


def _decode(parts: list[str]) -> list[str]:
    try:
        return [unquote(part, errors="strict") if "%" in part else part for part in parts]
    except UnicodeDecodeError:
        raise RequestError(400, "the path is not valid percent-encoded UTF-8") from None


class MethodNotAllowed(RequestError):
    """405, with the methods the path does serve (for an `Allow` header)."""

    def __init__(self, method: str, path: str, allowed: list[str]) -> None:
        super().__init__(405, f"{method} is not allowed on {path}; allowed: {', '.join(sorted(allowed))}")
        self.allowed = sorted(allowed)
