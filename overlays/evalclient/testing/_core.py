"""FakeAPI: the pure core both faces (httpx transport, HTTP server) share.

It answers (method, path, query, headers, body) with (status, headers, body) and keeps all state
in memory behind one lock. Order of checks per request, as the real APIs do it: scripted fault,
authentication, the Extend version header, routing, then the handler. The Extend version header
picks the routes and shapes: 2026-02-09 (`_extend_state`) or 2025-04-21 (`_extend_2025`), over one
shared account; errors answer in each version's error body. Responses are serialised
outside the lock, so a 1,000-item page does not hold up other threads.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from evalclient.testing._bland_state import BlandState
from evalclient.testing._extend_2025 import Extend2025Routes
from evalclient.testing._extend_state import ExtendState
from evalclient.testing._faults import Fault, FaultPlan, RequestRateLimit, apply_patch
from evalclient.testing._ids import IdFactory, Timeline
from evalclient.testing._limits import EXTEND_2025_API_VERSION, EXTEND_API_VERSION
from evalclient.testing._manifest import build_manifest
from evalclient.testing._routing import Answer, Call, MethodNotAllowed, Route, Router, decode_rows, encode_json
from evalclient.testing._transport import FakeTransport
from evalclient.testing._validation import DEFAULT_CODES, RETRYABLE_STATUSES, RequestError, lower_keys
from evalclient.testing._webhooks import WebhookSender

_logger = logging.getLogger("evalclient.testing")
_JSON = ("content-type", "application/json")


@dataclass(frozen=True, slots=True)
class FakeResponse:
    """What the fake answers. The faces honour `delay` (hold the answer back that many seconds)
    and `drop` (close the connection without answering)."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    delay: float = 0.0
    drop: bool = False


class LoggedRequest(NamedTuple):
    """One entry of `fake.requests`; `status` is 0 for a dropped connection."""

    method: str
    path: str
    status: int


class FakeAPI:
    """An in-memory Extend and Bland evaluation API, seeded so a full flow needs nothing else.

    Extend routes are the spec's paths (`/evaluation_sets`, ...); Bland's start with `/v1/evals`,
    so one base URL serves both. `clock` drives run progress and timestamps (pass a fake clock and
    advance it instead of sleeping); `sleep` / `async_sleep` serve `Fault.delay`; `seed` fixes every
    id and metric. `files` and `calls` size the seeded Extend files and Bland calls.
    `webhook_url` and `webhook_secret` (both or neither) make it POST signed Extend run events
    when runs end, while served (`FakeServer`) or on `fake.webhooks.deliver_due()`.

    Attributes: `extend` (ExtendState), `bland` (BlandState), `faults` (FaultPlan), `requests`
    (the last `request_log_size` requests), `transport` (an httpx transport, sync and async),
    `webhooks` (the WebhookSender: `configure`, `deliveries`, `faults`).
    """

    def __init__(
        self,
        token: str = "test-token",  # noqa: S107  # the fake's well-known test key, not a secret
        run_seconds: float = 2.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
        async_sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        bland_token: str | None = None,
        seed: int = 0,
        start_time: datetime.datetime | None = None,
        files: int = 500,
        calls: int = 200,
        request_log_size: int = 10_000,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
    ) -> None:
        self.token = token
        self.bland_token = token if bland_token is None else bland_token
        self.sleep = sleep
        self.async_sleep = async_sleep
        self._lock = threading.Lock()
        self._ids = IdFactory(seed)
        timeline = Timeline(clock, start_time)
        self.extend = ExtendState(self._ids, timeline, self._lock, run_seconds, files)
        self.bland = BlandState(self._ids, timeline, self._lock, run_seconds, calls)
        self._router = Router(
            [Route(m, p, h, "extend") for m, p, h in self.extend.routes()]
            + [Route(m, p, h, "bland") for m, p, h in self.bland.routes()]
        )
        # Extend 2025-04-21 requests are routed here instead (Bland paths never are).
        self._router_2025 = Router([Route(m, p, h, "extend") for m, p, h in Extend2025Routes(self.extend).routes()])
        self.faults = FaultPlan(self._router.keys | self._router_2025.keys)
        self.requests: deque[LoggedRequest] = deque(maxlen=request_log_size)
        self.transport = FakeTransport(self)
        self.webhooks = WebhookSender(self.extend, self._ids, self._lock, sleep)
        # `limit_rate(per_second)` makes every route share one vendor-style limit (429 beyond it).
        self.rate_limit: RequestRateLimit | None = None
        self._clock = clock
        if (webhook_url is None) != (webhook_secret is None):
            raise ValueError("give webhook_url and webhook_secret together")
        if webhook_url is not None and webhook_secret is not None:
            self.webhooks.configure(webhook_url, webhook_secret)

    @property
    def routes(self) -> list[str]:
        """Every route key (`"GET /evaluation_set_runs/{id}"`, ...), as `faults.add` accepts them."""
        return sorted(self._router.keys | self._router_2025.keys)

    def manifest(self) -> dict[str, Any]:
        """Every seeded resource by kind, JSON-ready: `{"extend": {"api_version", "processors": {kind:
        [{id, name, versions}]}, "file_ids"}, "bland": {"org_id", "call_ids", "eval_agents",
        "agent_template_keys", "workbench_setups"}}` (what `python -m evalclient.testing serve` prints)."""
        with self._lock:
            return build_manifest(self.extend, self.bland)

    def limit_rate(self, per_second: float | None) -> None:
        """Answer 429 (`Retry-After: 1`) to requests beyond `per_second` a second, all routes
        together, as a vendor's rate limit does; None lifts it. `rate_limit.refused` counts them."""
        self.rate_limit = None if per_second is None else RequestRateLimit(per_second, self._clock)

    def handle(
        self,
        method: str,
        path: str,
        query: str = "",
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> FakeResponse:
        """Answer one request. `path` is percent-encoded as sent, `query` the raw query string
        (a `?query` left on `path` is used when `query` is empty)."""
        path, _, inline_query = path.partition("?")
        query = query or inline_query
        method = method.upper()
        lowered = lower_keys(headers or {})
        extend = not path.startswith("/v1/")
        legacy = extend and lowered.get("x-extend-api-version") == EXTEND_2025_API_VERSION
        router = self._router_2025 if legacy else self._router
        route: Route | None = None
        params: dict[str, str] = {}
        routing_error: RequestError | None = None
        try:
            route, params = router.match("GET" if method == "HEAD" else method, path)
        except RequestError as exc:
            routing_error = exc
        fault = self.faults.take(route.key) if route is not None else None
        limit = self.rate_limit
        if limit is not None and not limit.admit():
            fault = _RATE_LIMITED
        if fault is not None and fault.kind in ("status", "drop", "malformed"):
            with self._lock:
                request_id = self._ids.extend("req") if extend else ""
            response = self._faulted(fault, extend, request_id, legacy)
        else:
            call = Call(method, path, params, query, lowered, body)
            with self._lock:
                request_id = self._ids.extend("req") if extend else ""
                status, payload, response_headers = self._dispatch(
                    call, route, routing_error, extend, request_id, legacy
                )
            # Serialised outside the lock: stored values are replaced, never mutated, once answered.
            if fault is not None and fault.kind == "patch":
                payload = apply_patch(decode_rows(payload), fault.changes)
            if fault is not None and fault.kind == "drop_after":  # it acted; the answer is lost
                self.requests.append(LoggedRequest(method, path, 0))
                return FakeResponse(0, (), b"", drop=True)
            encoded = b"" if method == "HEAD" or status == 204 else encode_json(payload)
            if status == 204:  # No Content: no body, so no content type either
                response_headers = tuple(header for header in response_headers if header != _JSON)
            delay = fault.seconds if fault is not None and fault.kind == "delay" else 0.0
            response = FakeResponse(status, response_headers, encoded, delay)
        self.requests.append(LoggedRequest(method, path, response.status))
        return response

    def protocol_error(self, status: int, message: str, *, bland: bool) -> FakeResponse:
        """The JSON answer to a request the HTTP layer could not even parse (never an HTML page)."""
        with self._lock:
            request_id = "" if bland else self._ids.extend("req")
        headers = (_JSON,) if bland else (_JSON, ("x-extend-request-id", request_id))
        code = DEFAULT_CODES.get(status, "INVALID_REQUEST")
        return FakeResponse(status, headers, encode_json(_error_body(status, code, message, not bland, request_id)))

    def _dispatch(
        self,
        call: Call,
        route: Route | None,
        routing_error: RequestError | None,
        extend: bool,
        request_id: str,
        legacy: bool,
    ) -> tuple[int, object, tuple[tuple[str, str], ...]]:
        headers = [_JSON, ("x-extend-request-id", request_id)] if extend else [_JSON]
        try:
            self._authenticate(call.headers, extend)
            if route is None:
                assert routing_error is not None
                raise routing_error
            result = route.handler(call)
            if isinstance(result, Answer):
                return result.status, result.body, tuple(headers)
            return 200, result, tuple(headers)
        except RequestError as exc:
            if isinstance(exc, MethodNotAllowed):
                headers.append(("allow", ", ".join(exc.allowed)))
            body = _error_body(exc.status, exc.code, exc.message, extend, request_id, legacy)
            return exc.status, body, tuple(headers)
        except Exception:  # a bug in the fake must still be an answer, never a dead connection
            _logger.exception("the fake API failed on %s %s", call.method, call.path)
            body = _error_body(500, "INTERNAL_ERROR", "the fake API failed", extend, request_id, legacy)
            return 500, body, tuple(headers)

    def _authenticate(self, headers: Mapping[str, str], extend: bool) -> None:
        credential = headers.get("authorization", "")
        if extend:
            scheme, _, key = credential.partition(" ")
            if scheme.lower() != "bearer" or key.strip() != self.token:
                raise RequestError(401, "Invalid API key: send Authorization: Bearer <API key>")
            version = headers.get("x-extend-api-version")
            if version not in _EXTEND_VERSIONS:
                raise RequestError(
                    400, f"x-extend-api-version must be one of {', '.join(_EXTEND_VERSIONS)}, got {version!r}"
                )
        elif credential != self.bland_token:
            raise RequestError(401, "Invalid API key: send the raw key in the authorization header")

    def _faulted(self, fault: Fault, extend: bool, request_id: str, legacy: bool) -> FakeResponse:
        if fault.kind == "drop":
            return FakeResponse(0, (), b"", drop=True)
        headers = (_JSON, ("x-extend-request-id", request_id)) if extend else (_JSON,)
        if fault.kind == "malformed":
            return FakeResponse(200, headers, fault.raw_body)
        status = fault.status_code
        code = DEFAULT_CODES.get(status, "ERROR")
        payload = fault.body
        if payload is None:
            payload = _error_body(status, code, f"injected fault: HTTP {status}", extend, request_id, legacy)
        return FakeResponse(status, headers + fault.headers, encode_json(payload))


_EXTEND_VERSIONS = (EXTEND_API_VERSION, EXTEND_2025_API_VERSION)
_RATE_LIMITED = Fault.status(429, retry_after="1")


def _error_body(status: int, code: str, message: str, extend: bool, request_id: str, legacy: bool = False) -> object:
    if legacy:  # 2025-04-21's documented error body: the text alone
        return {"success": False, "error": message}
    if extend:
        return {"code": code, "message": message, "retryable": status in RETRYABLE_STATUSES, "requestId": request_id}
    return {"data": None, "errors": [{"code": code, "message": message}]}
