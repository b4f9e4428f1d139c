"""Reading untrusted input: JSON bodies and query strings, refused with a `RequestError`.

Every check raises `RequestError`; the core renders it in the vendor's error body. Nothing in here
may raise anything else on bad input: a malformed request is a 400, never a 500.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Mapping
from typing import NoReturn
from urllib.parse import parse_qs

# The code each status carries when the raiser names none (Extend's documented codes, reused for Bland).
DEFAULT_CODES = {
    400: "INVALID_REQUEST",
    401: "UNAUTHORIZED",
    402: "USAGE_BLOCKED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    422: "INVALID_REQUEST",
    429: "RATE_LIMIT_EXCEEDED",
    500: "INTERNAL_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
_INTEGER = re.compile(r"-?[0-9]{1,18}")
JsonObject = dict[str, object]


class RequestError(Exception):
    """A refused request: HTTP status, machine code and a message for humans."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or DEFAULT_CODES.get(status, "ERROR")


def bad_request(message: str) -> NoReturn:
    raise RequestError(400, message)


def not_found(message: str, code: str | None = None) -> NoReturn:
    raise RequestError(404, message, code)


def _refuse_constant(name: str) -> object:
    bad_request(f"the body is not valid JSON: {name} is not a JSON number")


def _finite_float(text: str) -> float:
    # 1e400 parses as infinity, which no JSON document can carry back out.
    value = float(text)
    if not math.isfinite(value):
        bad_request(f"the body holds a number out of range: {text}")
    return value


def parse_json_object(body: bytes) -> JsonObject:
    """The request body as a JSON object, or a 400 saying why not."""
    if not body.strip():
        bad_request("a JSON request body is required")
    try:
        value = json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        bad_request(f"the body is not valid JSON: {exc}")
    return expect_object(value, "the body")


def expect_object(value: object, where: str) -> JsonObject:
    if not isinstance(value, dict):
        bad_request(f"{where} must be a JSON object")
    return value


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def required_str(obj: JsonObject, key: str, where: str = "", *, min_length: int = 0) -> str:
    if key not in obj:
        bad_request(f"{where}{key} is required")
    return _as_str(obj[key], f"{where}{key}", min_length)


def optional_str(obj: JsonObject, key: str, where: str = "", *, nullable: bool = False) -> str | None:
    value = obj.get(key)
    if value is None and (key not in obj or nullable):
        return None
    return _as_str(value, f"{where}{key}", 0)


def _as_str(value: object, name: str, min_length: int) -> str:
    if not isinstance(value, str):
        bad_request(f"{name} must be a string")
    if len(value) < min_length:
        bad_request(f"{name} must not be empty")
    return value


def str_list(value: object, name: str, *, min_items: int = 0, max_items: int | None = None) -> list[str]:
    """A JSON array of strings with a length between the bounds (both inclusive)."""
    if not isinstance(value, list):
        bad_request(f"{name} must be an array of strings")
    if not all(isinstance(item, str) for item in value):
        bad_request(f"{name} must contain only strings")
    if len(value) < min_items or (max_items is not None and len(value) > max_items):
        bounds = f"between {min_items} and {max_items}" if max_items is not None else f"at least {min_items}"
        bad_request(f"{name} must hold {bounds} items, got {len(value)}")
    return value


def optional_number(obj: JsonObject, key: str, where: str, low: float, high: float) -> float | None:
    if key not in obj:
        return None
    value = obj[key]
    if not is_number(value):
        bad_request(f"{where}{key} must be a number")
    assert isinstance(value, int | float)
    if not low <= value <= high:
        bad_request(f"{where}{key} must be between {low:g} and {high:g}, got {value}")
    return float(value)


def string_map(obj: JsonObject, key: str) -> dict[str, str]:
    """An optional object whose values are all strings (Bland `metadata`)."""
    value = obj.get(key, {})
    mapping = expect_object(value, key)
    if not all(isinstance(item, str) for item in mapping.values()):
        bad_request(f"{key} values must be strings")
    return {name: str(item) for name, item in mapping.items()}


class Query:
    """A parsed query string; the first value of a repeated parameter wins."""

    def __init__(self, raw: str) -> None:
        try:
            parsed = parse_qs(raw, keep_blank_values=True, strict_parsing=False, errors="strict")
        except (ValueError, UnicodeDecodeError):
            bad_request("the query string is not valid UTF-8")
        self._values = {name: values[0] for name, values in parsed.items()}

    def text(self, name: str) -> str | None:
        return self._values.get(name)

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        raw = self._values.get(name)
        if raw is None:
            return default
        if not _INTEGER.fullmatch(raw):
            bad_request(f"{name} must be an integer, got {raw!r}")
        value = int(raw)
        if not low <= value <= high:
            bad_request(f"{name} must be between {low} and {high}, got {value}")
        return value

    def choice(self, name: str, allowed: Collection[str], default: str | None = None) -> str | None:
        raw = self._values.get(name)
        if raw is None:
            return default
        if raw not in allowed:
            bad_request(f"{name} must be one of {', '.join(sorted(allowed))}, got {raw!r}")
        return raw

    def boolean(self, name: str, default: bool) -> bool:
        raw = self._values.get(name)
        if raw is None:
            return default
        lowered = raw.lower()
        if lowered not in ("true", "false"):
            bad_request(f"{name} must be true or false, got {raw!r}")
        return lowered == "true"


def lower_keys(headers: Mapping[str, str]) -> dict[str, str]:
    """Header names are case-insensitive; the fake looks them up in lower case."""
    return {name.lower(): value for name, value in headers.items()}
