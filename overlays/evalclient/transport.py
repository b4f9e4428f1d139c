"""EvalTransport: retries, typed errors and debug logging beneath both httpx clients.

The generated client passes one `httpx_args={"transport": ...}` to its `httpx.Client` and
to its `httpx.AsyncClient`, so a single EvalTransport serves both. Everything but the send
loop is shared, pure code; only the loop is written twice (sync and async).
"""

from __future__ import annotations

import copy
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

import httpx

from evalclient import _lazy_asyncio
from evalclient._attempts import AttemptHook, report
from evalclient._credentials import RotatingKey
from evalclient._gate import current_ticket
from evalclient._network import NetworkSettings
from evalclient._pools import LoopShare, Pools
from evalclient._rate_limit import RateLimit, TokenBucket
from evalclient._tracing import current_tracer, traced_async_send, traced_send
from evalclient.errors import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    ConfigurationError,
    error_class_for_status,
)
from evalclient.retry import RetryPolicy, server_requested_delay

_logger = logging.getLogger("evalclient")
_DEBUG = logging.DEBUG
# How much of an unrecognised error body goes into the exception message (all of it stays in `.body`).
_SNIPPET_LIMIT = 200
# At most `limits.max_connections` (httpx's default: 100) async sends are inside the inner transport
# at once per event loop. Why: see EvalTransport.handle_async_request.
_DEFAULT_NETWORK = NetworkSettings()

__all__ = ["EvalTransport"]

_SyncSend = Callable[[httpx.Request], httpx.Response]
_AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]


class EvalTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends each request through `inner`, retrying per `policy`; raises instead of returning errors.

    Contract:
    - A 2xx response is returned untouched: no body read, no header copied.
    - Any other final response is read, closed and raised as the `evalclient.errors` class
      for its status; a final transport failure is raised as `ApiTimeoutError` or
      `ApiConnectionError`. Other exceptions from `inner` propagate unchanged.
    - `inner` is any object with `handle_request` and/or `handle_async_request` (an httpx
      transport, or an in-memory fake). With `inner=None`, an httpx network transport (TLS
      verified; through HTTP(S)_PROXY/ALL_PROXY unless NO_PROXY says otherwise, see `_proxies`)
      is created on first use of each side.
    - A transport given as `inner` that has only one side serves only that mode: a call in the
      other raises `ConfigurationError` before anything is sent.
    - Network connections are pooled per process and, on the async side, per event loop, so one
      transport serves sequential `asyncio.run`s, loops in several threads and forked children
      (see `_pools`).
    - `close()` closes the sync side (the httpx.Client calls it), `aclose()` the running loop's
      async side (the httpx.AsyncClient calls it); each also closes a given `inner`.
    - The async side runs on asyncio. At most `limits.max_connections` (100, httpx's default
      connection pool) per event loop are sent through `inner` at once; more wait their turn, in order,
      except that a wait with `events=` whose run has announced its end goes first (see `_gate`).
    - `sleep`, `async_sleep`, `clock` (Unix seconds) and `rng` (a float in [0, 1)) are
      injectable so tests never wait.
    - With `rate_limit`, every attempt first takes a token from the transport's bucket (waiting
      with `sleep` / `async_sleep`), and a 429 slows the bucket down (see `_rate_limit`).
    - `on_attempt` is called with an `evalclient.Attempt` after every attempt (see `_attempts`);
      `key` (a rotating key, see `_credentials`) sets the auth header before every attempt.
    - Retries are logged at INFO, every attempt at DEBUG, with method and path only.
    - Each attempt is an OpenTelemetry CLIENT span once the application uses OpenTelemetry
      (see `_tracing`).
    """

    def __init__(
        self,
        policy: RetryPolicy,
        inner: object | None = None,
        *,
        sleep: Callable[[float], object] = time.sleep,
        async_sleep: Callable[[float], Awaitable[object]] = _lazy_asyncio.sleep,
        clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
        on_attempt: AttemptHook | None = None,
        key: RotatingKey | None = None,
        network: NetworkSettings | None = None,
        rate_limit: RateLimit | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._policy = policy
        # Shared by with_policy twins (a shallow copy), so derived clients draw from one bucket.
        self._bucket = None if rate_limit is None else TokenBucket(rate_limit, monotonic)
        self._on_attempt = on_attempt
        self._key = key
        self._inner = inner
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._clock = clock
        self._rng = rng
        # Bound methods of a given `inner` kept once, so the hot path does no lookups on it.
        self._sync_send: _SyncSend | None = getattr(inner, "handle_request", None)
        self._async_send: _AsyncSend | None = getattr(inner, "handle_async_request", None)
        if inner is not None and network is not None:
            raise ConfigurationError("HTTP settings apply to evalclient's own network transport, not to a given one")
        network = network or _DEFAULT_NETWORK
        self._pools = Pools(
            make_sync=network.make_sync if inner is None else None,
            make_async=network.make_async if inner is None else None,
            gate_size=network.in_flight,
        )

    def __repr__(self) -> str:
        return f"EvalTransport(policy={self._policy!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        send = self._sync_send or self._network_sync_send()
        debug = _logger.isEnabledFor(_DEBUG)
        hook = self._on_attempt
        tracer = current_tracer()
        attempt = 1
        bucket = self._bucket
        while True:
            if bucket is not None and (wait := bucket.reserve()) > 0:
                self._sleep(wait)
            if self._key is not None:
                self._key.apply(request)
            started = time.perf_counter() if debug or hook else 0.0
            try:
                response = send(request) if tracer is None else traced_send(tracer, send, request, attempt)
            except httpx.TransportError as exc:
                if debug:
                    _log_attempt(request, type(exc).__name__, attempt, started)
                delay = self._next_delay(request, attempt, exc)
                if hook is not None:
                    report(hook, request, attempt, started, exc, delay)
                if delay is None:
                    raise _connection_error(request, exc, attempt) from exc
            else:
                if debug:
                    _log_attempt(request, response.status_code, attempt, started)
                if 200 <= response.status_code < 300:
                    if hook is not None:
                        report(hook, request, attempt, started, response, None)
                    return response
                delay = self._next_delay(request, attempt, response)
                if hook is not None:
                    report(hook, request, attempt, started, response, delay)
                if delay is None:
                    try:
                        content = response.read()
                    except httpx.HTTPError:  # the status alone still makes a useful error
                        content = b""
                    finally:
                        response.close()
                    raise _status_error(response, content, now=self._clock())
                response.close()
            self._sleep(delay)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        share = self._pools.current_loop()
        send = self._async_send or self._network_async_send(share)
        # httpcore 1.0.9's AsyncConnectionPool rescans every queued request against every
        # connection each time one is released (upstream encode/httpcore PR #1035): with
        # more requests than connections that is O(requests x connections), and 1,000
        # concurrent calls on one client take over a minute. The excess waits here instead,
        # where a release wakes one waiter in O(1). The gate covers the send only: a retry's
        # sleep holds no slot. A wait whose run has announced its end goes first (see `_gate`).
        gate = share.gate
        debug = _logger.isEnabledFor(_DEBUG)
        hook = self._on_attempt
        tracer = current_tracer()
        attempt = 1
        bucket = self._bucket
        while True:
            if bucket is not None and (wait := bucket.reserve()) > 0:
                await self._async_sleep(wait)
            if self._key is not None:
                self._key.apply(request)
            started = time.perf_counter() if debug or hook else 0.0
            try:
                # A wait that knows its run has ended carries a hurried ticket: see `_gate`.
                await gate.acquire(current_ticket())
                try:
                    if tracer is None:
                        response = await send(request)
                    else:
                        response = await traced_async_send(tracer, send, request, attempt)
                finally:
                    gate.release()
            except httpx.TransportError as exc:
                if debug:
                    _log_attempt(request, type(exc).__name__, attempt, started)
                delay = self._next_delay(request, attempt, exc)
                if hook is not None:
                    report(hook, request, attempt, started, exc, delay)
                if delay is None:
                    raise _connection_error(request, exc, attempt) from exc
            else:
                if debug:
                    _log_attempt(request, response.status_code, attempt, started)
                if 200 <= response.status_code < 300:
                    if hook is not None:
                        report(hook, request, attempt, started, response, None)
                    return response
                delay = self._next_delay(request, attempt, response)
                if hook is not None:
                    report(hook, request, attempt, started, response, delay)
                if delay is None:
                    try:
                        content = await response.aread()
                    except httpx.HTTPError:  # the status alone still makes a useful error
                        content = b""
                    finally:
                        await response.aclose()
                    raise _status_error(response, content, now=self._clock())
                await response.aclose()
            await self._async_sleep(delay)
            attempt += 1

    def with_policy(self, policy: RetryPolicy) -> EvalTransport:
        """A transport retrying per `policy` that shares this one's connection pools and gates."""
        twin = copy.copy(self)
        twin._policy = policy
        return twin

    def close(self) -> None:
        """Close the sync side: this process's network pool, or a given `inner`."""
        if self._inner is None:
            self._pools.close_sync()
            return
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()

    async def aclose(self) -> None:
        """Close the async side: the running loop's network pool, or a given `inner`."""
        if self._inner is None:
            await self._pools.aclose_current_loop()
            return
        aclose = getattr(self._inner, "aclose", None)
        if aclose is not None:
            await aclose()

    def _network_sync_send(self) -> _SyncSend:
        if self._inner is not None:
            raise ConfigurationError(
                f"the transport given ({type(self._inner).__name__}) has no handle_request, so it serves "
                "async calls only: use asyncio() / wait_for_run_async, or pass a transport with handle_request"
            )
        return self._pools.sync_send()

    def _network_async_send(self, share: LoopShare) -> _AsyncSend:
        if share.network is None:
            raise ConfigurationError(
                f"the transport given ({type(self._inner).__name__}) has no handle_async_request, so it "
                "serves sync calls only: use sync() / wait_for_run, or pass a transport with handle_async_request"
            )
        return share.network.handle_async_request

    def _next_delay(
        self, request: httpx.Request, attempt: int, failure: httpx.Response | httpx.TransportError
    ) -> float | None:
        """Seconds to wait before resending after `failure`, or None to give up."""
        policy = self._policy
        if isinstance(failure, httpx.Response):
            retry = policy.should_retry_status(request.method, failure.status_code, attempt)
            headers: httpx.Headers | None = failure.headers
        else:
            retry = policy.should_retry_error(request.method, failure, attempt)
            headers = None
        if not retry:
            return None
        delay = policy.retry_delay(attempt, headers, now=self._clock(), rng=self._rng)
        if delay is None:
            return None
        if self._bucket is not None and isinstance(failure, httpx.Response) and failure.status_code == 429:
            self._bucket.throttled(delay)
        if _logger.isEnabledFor(logging.INFO):
            _logger.info(
                "retrying %s %s in %.3f s (attempt %d of %d)",
                request.method,
                request.url.path,
                delay,
                attempt + 1,
                policy.max_attempts,
            )
        return delay


def _log_attempt(request: httpx.Request, outcome: int | str, attempt: int, started: float) -> None:
    # Method and path only: the query string, headers and body may carry tokens or customer data.
    elapsed_ms = (time.perf_counter() - started) * 1000
    _logger.debug("%s %s -> %s (attempt %d, %.1f ms)", request.method, request.url.path, outcome, attempt, elapsed_ms)


def _connection_error(request: httpx.Request, error: httpx.TransportError, attempts: int) -> ApiConnectionError:
    url = request.url
    error_class = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    # netloc leaves out any user:password@ part of the URL.
    where = f"{url.scheme}://{url.netloc.decode('ascii')}{url.path}"
    return error_class(f"{request.method} {where} failed after {tries}: {type(error).__name__}: {error}")


class _ErrorBody(NamedTuple):
    """What an error body says about itself; None where it says nothing."""

    body: Any = None
    code: str | None = None
    message: str | None = None
    retryable: bool | None = None
    request_id: str | None = None


def _status_error(response: httpx.Response, content: bytes, *, now: float) -> ApiStatusError:
    parsed = _parse_error_body(content)
    headers = response.headers
    request_id = parsed.request_id or headers.get("x-extend-request-id") or headers.get("x-request-id")
    return error_class_for_status(response.status_code)(
        parsed.message or _fallback_message(response, content),
        status_code=response.status_code,
        code=parsed.code,
        retryable=parsed.retryable,
        request_id=request_id,
        body=parsed.body,
        headers=headers,
        retry_after=server_requested_delay(headers, now),
    )


def _parse_error_body(content: bytes) -> _ErrorBody:
    """Read the error shapes the two APIs use; anything else is kept as-is in `body`.

    Extend: `{"code", "message", "retryable", "requestId", "docUrl"}`, possibly wrapped as
    `{"error": {...}}`; legacy endpoints send `{"success": false, "error": "text"}`.
    Bland: `{"data": null, "errors": [...]}`, each error an object with `code`/`message`
    or a bare string (the vendor has not documented which).
    """
    try:
        body = json.loads(content)
    except ValueError:  # not JSON, or not UTF-8
        return _ErrorBody(body=content.decode("utf-8", errors="replace") if content else None)
    if not isinstance(body, dict):
        return _ErrorBody(body=body)
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        codes: list[str] = []
        messages: list[str] = []
        for item in errors:
            if isinstance(item, str):
                messages.append(item)
            elif isinstance(item, dict):
                if code := _text(item.get("code")):
                    codes.append(code)
                if message := _text(item.get("message")):
                    messages.append(message)
        return _ErrorBody(body=body, code=codes[0] if codes else None, message="; ".join(messages) or None)
    wrapped = body.get("error")
    fields: dict[str, Any] = wrapped if isinstance(wrapped, dict) else body
    message = _text(fields.get("message")) or _text(wrapped)
    retryable = fields.get("retryable")
    return _ErrorBody(
        body=body,
        code=_text(fields.get("code")),
        message=message,
        retryable=retryable if isinstance(retryable, bool) else None,
        request_id=_text(fields.get("requestId")),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _fallback_message(response: httpx.Response, content: bytes) -> str:
    """The reason phrase plus the start of the body, whitespace collapsed (HTML pages, empty bodies)."""
    message = response.reason_phrase or "HTTP error"
    snippet = " ".join(content.decode("utf-8", errors="replace").split())
    if snippet:
        cut = snippet if len(snippet) <= _SNIPPET_LIMIT else snippet[:_SNIPPET_LIMIT] + "..."
        message = f"{message}: {cut}"
    location = response.headers.get("location")
    if location and 300 <= response.status_code < 400:  # these APIs never redirect: a wrong base URL does
        message = f"{message} (redirected to {location})"
    return message
