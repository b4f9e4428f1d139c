"""EvalTransport against a scripted peer, through both its sync and its async side."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from evalclient import _gate
from evalclient.errors import (
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from evalclient.retry import RetryPolicy
from evalclient.transport import EvalTransport

pytestmark = pytest.mark.unit

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
URL = "https://api.extend.ai/evaluation_sets"
BACKOFF = [0.375, 0.75, 1.5]  # default policy, rng 0.5: three quarters of 0.5, 1 and 2 seconds


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was read and closed, and can fail mid-read."""

    def __init__(self, content: bytes, fail: Exception | None = None) -> None:
        self.content = content
        self.fail = fail
        self.was_read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.was_read = True
        if self.fail:
            raise self.fail
        yield self.content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def reply(status: int, body: Any = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(status, headers=headers, stream=TrackedStream(content))


def stream_of(response: httpx.Response) -> TrackedStream:
    assert isinstance(response.stream, TrackedStream)
    return response.stream


class ScriptedPeer:
    """Plays back outcomes in order (a response to return or an exception to raise) and records requests."""

    def __init__(self, *outcomes: httpx.Response | Exception) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.closed: list[str] = []

    def _next(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    def close(self) -> None:
        self.closed.append("close")

    async def aclose(self) -> None:
        self.closed.append("aclose")


class Harness:
    """Sends one request through an EvalTransport's sync or async side; records the waits it asked for."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.sleeps: list[float] = []

    def transport(self, peer: object, policy: RetryPolicy | None = None) -> EvalTransport:
        def sleep(seconds: float) -> None:
            assert self.mode == "sync", "the async side must not block the event loop"
            self.sleeps.append(seconds)

        async def async_sleep(seconds: float) -> None:
            assert self.mode == "async", "the sync side must not use the async sleep"
            self.sleeps.append(seconds)

        return EvalTransport(
            policy or RetryPolicy(),
            peer,
            sleep=sleep,
            async_sleep=async_sleep,
            clock=NOW.timestamp,
            rng=lambda: 0.5,
        )

    def send(
        self,
        peer: ScriptedPeer,
        method: str = "GET",
        url: str = URL,
        policy: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        transport = self.transport(peer, policy)
        request = httpx.Request(method, url, headers=headers, json={"name": "x"} if method == "POST" else None)
        if self.mode == "sync":
            return transport.handle_request(request)
        return asyncio.run(transport.handle_async_request(request))


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Harness:
    return Harness(request.param)


# --- retrying ---------------------------------------------------------------------------------


def test_429_then_200_waits_as_the_server_asked(harness: Harness) -> None:
    limited = reply(
        429, {"code": "RATE_LIMIT_EXCEEDED", "message": "slow down", "retryable": True}, {"retry-after": "2"}
    )
    ok = reply(200, {"object": "list", "data": []})
    peer = ScriptedPeer(limited, ok)
    assert harness.send(peer) is ok
    assert harness.sleeps == [2.0]
    assert len(peer.requests) == 2
    assert (stream_of(limited).was_read, stream_of(limited).closed) == (False, True)  # discarded unread
    assert (stream_of(ok).was_read, stream_of(ok).closed) == (False, False)  # success is handed on untouched


def test_a_retry_after_above_the_cap_raises_at_once_with_the_wait_the_server_asked_for(harness: Harness) -> None:
    limited = reply(429, {"code": "RATE_LIMIT_EXCEEDED", "message": "slow down"}, {"retry-after": "120"})
    peer = ScriptedPeer(limited, reply(200))
    with pytest.raises(RateLimitError) as caught:
        harness.send(peer, policy=RetryPolicy(max_retry_after=60))
    assert caught.value.retry_after == 120.0
    assert "retry_after=120s" in str(caught.value)
    assert (harness.sleeps, len(peer.requests)) == ([], 1)  # not shortened to the cap and sent again


def test_an_error_says_how_long_the_server_asked_to_wait_even_when_retries_ran_out(harness: Harness) -> None:
    peer = ScriptedPeer(reply(503, headers={"retry-after-ms": "1500"}), reply(503, headers={"retry-after-ms": "2500"}))
    with pytest.raises(ApiStatusError) as caught:
        harness.send(peer, policy=RetryPolicy(max_attempts=2))
    assert (caught.value.status_code, caught.value.retry_after, harness.sleeps) == (503, 2.5, [1.5])


def test_http_date_retry_after_uses_the_injected_clock(harness: Harness) -> None:
    date = format_datetime(NOW + timedelta(seconds=7), usegmt=True)
    peer = ScriptedPeer(reply(503, headers={"retry-after": date}), reply(200))
    assert harness.send(peer).status_code == 200
    assert harness.sleeps == [7.0]


def test_post_503_is_not_retried(harness: Harness) -> None:
    peer = ScriptedPeer(reply(503, {"code": "INTERNAL_ERROR", "message": "down", "retryable": True}), reply(200))
    with pytest.raises(ServerError) as caught:
        harness.send(peer, method="POST")
    assert len(peer.requests) == 1
    assert harness.sleeps == []
    assert caught.value.retryable is True  # what the body said, for the caller to judge


def test_post_429_is_retried(harness: Harness) -> None:
    peer = ScriptedPeer(reply(429, headers={"retry-after-ms": "1500"}), reply(201))
    assert harness.send(peer, method="POST").status_code == 201
    assert harness.sleeps == [1.5]


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.PoolTimeout("pool full")])
def test_post_is_retried_when_it_never_left(harness: Harness, error: Exception) -> None:
    peer = ScriptedPeer(error, reply(201))
    assert harness.send(peer, method="POST").status_code == 201
    assert harness.sleeps == BACKOFF[:1]
    assert peer.requests[0] is peer.requests[1]
    assert json.loads(peer.requests[1].read()) == {"name": "x"}  # the same body (httpx 0.28 packs JSON tighter)


def test_post_read_error_is_not_retried(harness: Harness) -> None:
    peer = ScriptedPeer(httpx.ReadError("connection reset"), reply(201))
    with pytest.raises(ApiConnectionError) as caught:
        harness.send(peer, method="POST", url="https://api.extend.ai/evaluation_set_runs")
    assert type(caught.value) is ApiConnectionError
    assert str(caught.value) == (
        "POST https://api.extend.ai/evaluation_set_runs failed after 1 attempt: ReadError: connection reset"
    )
    assert len(peer.requests) == 1


def test_get_read_error_is_retried_until_attempts_run_out(harness: Harness) -> None:
    errors = [httpx.ReadError(f"reset {n}") for n in range(4)]
    peer = ScriptedPeer(*errors)
    with pytest.raises(ApiConnectionError) as caught:
        harness.send(peer, url=URL + "?nextPageToken=cursor_secret")
    message = str(caught.value)
    assert message == f"GET {URL} failed after 4 attempts: ReadError: reset 3"
    assert caught.value.__cause__ is errors[-1]
    assert caught.value.status_code is None
    assert harness.sleeps == BACKOFF
    assert len(peer.requests) == 4


def test_mixed_failures_share_one_attempt_budget(harness: Harness) -> None:
    peer = ScriptedPeer(reply(502), httpx.RemoteProtocolError("peer closed"), reply(200))
    assert harness.send(peer).status_code == 200
    assert harness.sleeps == BACKOFF[:2]


def test_timeout_becomes_api_timeout_error(harness: Harness) -> None:
    peer = ScriptedPeer(*(httpx.ReadTimeout("timed out") for _ in range(4)))
    with pytest.raises(ApiTimeoutError) as caught:
        harness.send(peer)
    assert isinstance(caught.value, ApiConnectionError)
    assert "failed after 4 attempts: ReadTimeout" in str(caught.value)


def test_retryable_status_until_attempts_run_out(harness: Harness) -> None:
    responses = [reply(503, {"code": "INTERNAL_ERROR", "message": f"down {n}"}) for n in range(4)]
    peer = ScriptedPeer(*responses)
    with pytest.raises(ServerError) as caught:
        harness.send(peer)
    assert caught.value.message == "down 3"
    assert harness.sleeps == BACKOFF
    assert all(stream_of(r).closed and not stream_of(r).was_read for r in responses[:3])
    assert (stream_of(responses[3]).was_read, stream_of(responses[3]).closed) == (True, True)


def test_policy_none_sends_once(harness: Harness) -> None:
    peer = ScriptedPeer(reply(503), reply(200))
    with pytest.raises(ServerError):
        harness.send(peer, policy=RetryPolicy.none())
    assert len(peer.requests) == 1
    assert harness.sleeps == []


def test_other_exceptions_pass_through_unretried(harness: Harness) -> None:
    peer = ScriptedPeer(RuntimeError("fake API bug"), reply(200))
    with pytest.raises(RuntimeError, match="fake API bug"):
        harness.send(peer)
    assert len(peer.requests) == 1


# --- typed errors -----------------------------------------------------------------------------

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (418, ApiStatusError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, ServerError),
    (503, ServerError),
]
EXTEND_ERROR = {"code": "NOT_FOUND", "message": "Evaluation set not found", "retryable": False, "requestId": "req_1"}
BODY_SHAPES = {
    "extend-flat": (
        {**EXTEND_ERROR, "docUrl": "https://docs.extend.ai/errors"},
        ("NOT_FOUND", "Evaluation set not found", False, "req_1"),
    ),
    "extend-wrapped": (
        {"error": {**EXTEND_ERROR, "retryable": True, "requestId": "req_2"}},
        ("NOT_FOUND", "Evaluation set not found", True, "req_2"),
    ),
    "bland": (
        {"data": None, "errors": [{"code": "EVAL_RUN_NOT_FOUND", "message": "Eval run not found"}]},
        ("EVAL_RUN_NOT_FOUND", "Eval run not found", None, None),
    ),
}


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
@pytest.mark.parametrize("shape", BODY_SHAPES)
def test_status_becomes_its_error_class(
    harness: Harness, status: int, error_class: type[ApiStatusError], shape: str
) -> None:
    body, (code, message, retryable, request_id) = BODY_SHAPES[shape]
    response = reply(status, body, {"content-type": "application/json"})
    with pytest.raises(ApiStatusError) as caught:
        harness.send(ScriptedPeer(response), policy=RetryPolicy.none())
    error = caught.value
    assert type(error) is error_class
    assert (error.status_code, error.code, error.message, error.retryable, error.request_id) == (
        status,
        code,
        message,
        retryable,
        request_id,
    )
    assert error.body == body
    assert error.headers["content-type"] == "application/json"
    assert stream_of(response).closed


def test_error_message_says_everything_useful(harness: Harness) -> None:
    peer = ScriptedPeer(reply(404, EXTEND_ERROR))
    with pytest.raises(NotFoundError) as caught:
        harness.send(peer)
    assert str(caught.value) == "HTTP 404 | Evaluation set not found | code=NOT_FOUND | request_id=req_1"


AS_SENT = object()
ODD_BODIES = [
    # (body, expected .code, expected start of .message, expected .body)
    ({"errors": ["Evals are not enabled", "ask support"]}, None, "Evals are not enabled; ask support", AS_SENT),
    ({"data": None, "errors": [{"code": "EVALS_DISABLED"}]}, "EVALS_DISABLED", "Not Found", AS_SENT),
    ({"errors": [{"code": "A", "message": "first"}, "second", 7, None]}, "A", "first; second", AS_SENT),
    ({"success": False, "error": "Batch processor run not found"}, None, "Batch processor run not found", AS_SENT),
    ({"code": 5, "message": ["no"], "retryable": "yes", "requestId": 9}, None, 'Not Found: {"code": 5, ', AS_SENT),
    ([1, 2], None, "Not Found: [1, 2]", AS_SENT),
    (b"", None, "Not Found", None),
    (
        b"<html>\n  <body><h1>Oops</h1></body>\n</html>",
        None,
        "Not Found: <html> <body><h1>Oops</h1></body> </html>",
        AS_SENT,
    ),
    (b"x" * 1000, None, "Not Found: " + "x" * 200 + "...", "x" * 1000),  # the message is cut, .body is whole
    (b"\xff\xfeoops", None, "Not Found: \ufffd\ufffdoops", "\ufffd\ufffdoops"),
]


@pytest.mark.parametrize(("body", "code", "message", "kept"), ODD_BODIES)
def test_odd_error_bodies(harness: Harness, body: Any, code: str | None, message: str, kept: Any) -> None:
    with pytest.raises(NotFoundError) as caught:
        harness.send(ScriptedPeer(reply(404, body)))
    error = caught.value
    assert (error.code, error.retryable, error.request_id) == (code, None, None)
    assert error.message.startswith(message)
    if kept is AS_SENT:
        kept = body.decode() if isinstance(body, bytes) else body
    assert error.body == kept


@pytest.mark.parametrize(
    ("body", "headers", "expected"),
    [
        (EXTEND_ERROR, {"x-extend-request-id": "req_header", "x-request-id": "other"}, "req_1"),
        ({"code": "NOT_FOUND"}, {"x-extend-request-id": "req_header", "x-request-id": "other"}, "req_header"),
        ({"code": "NOT_FOUND"}, {"x-request-id": "other"}, "other"),
        (b"<html/>", {"x-request-id": "other"}, "other"),
        ({"code": "NOT_FOUND"}, {}, None),
    ],
)
def test_request_id_from_body_then_headers(
    harness: Harness, body: Any, headers: dict[str, str], expected: str | None
) -> None:
    with pytest.raises(NotFoundError) as caught:
        harness.send(ScriptedPeer(reply(404, body, headers)))
    assert caught.value.request_id == expected


def test_unreadable_error_body_still_raises_by_status(harness: Harness) -> None:
    response = httpx.Response(404, stream=TrackedStream(b"", fail=httpx.ReadError("dropped")))
    with pytest.raises(NotFoundError) as caught:
        harness.send(ScriptedPeer(response))
    assert caught.value.message == "Not Found"
    assert stream_of(response).closed


def test_redirect_names_its_target(harness: Harness) -> None:
    peer = ScriptedPeer(reply(301, headers={"location": "https://api.extend.ai/evaluation_sets"}))
    with pytest.raises(ApiStatusError) as caught:
        harness.send(peer, url="http://api.extend.ai/evaluation_sets")
    assert str(caught.value) == "HTTP 301 | Moved Permanently (redirected to https://api.extend.ai/evaluation_sets)"


# --- logging ----------------------------------------------------------------------------------


def test_debug_logs_show_requests_but_no_secrets(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="evalclient")
    peer = ScriptedPeer(reply(429, headers={"retry-after": "2"}), httpx.ReadError("reset"), reply(200))
    harness.send(
        peer,
        url="https://api.bland.ai/v1/evals/runs?api_key=sk_query_secret",
        headers={"authorization": "sk_header_secret"},
    )
    lines = [record.getMessage() for record in caplog.records]
    assert {record.name for record in caplog.records} == {"evalclient"}
    levels = [record.levelno for record in caplog.records]
    assert levels == [logging.DEBUG, logging.INFO, logging.DEBUG, logging.INFO, logging.DEBUG]  # retries at INFO
    assert lines[0].startswith("GET /v1/evals/runs -> 429 (attempt 1, ")
    assert lines[0].endswith(" ms)")
    assert lines[1] == "retrying GET /v1/evals/runs in 2.000 s (attempt 2 of 4)"
    assert lines[2].startswith("GET /v1/evals/runs -> ReadError (attempt 2, ")
    assert lines[3] == "retrying GET /v1/evals/runs in 0.750 s (attempt 3 of 4)"
    assert lines[4].startswith("GET /v1/evals/runs -> 200 (attempt 3, ")
    text = "\n".join(lines).lower()
    for secret in ("sk_", "secret", "authorization", "api_key"):
        assert secret not in text


def test_at_info_only_retries_are_logged(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="evalclient")
    harness.send(ScriptedPeer(reply(503), reply(200)))
    assert [record.getMessage() for record in caplog.records] == [
        "retrying GET /evaluation_sets in 0.375 s (attempt 2 of 4)"
    ]
    caplog.clear()
    harness.send(ScriptedPeer(reply(200)))
    assert caplog.records == []  # a call that needed no retry logs nothing at INFO


# --- one object for both clients, and its lifecycle -------------------------------------------


def test_one_transport_serves_a_client_and_an_async_client() -> None:
    peer = ScriptedPeer(reply(200, {"ok": True}), reply(404, EXTEND_ERROR))
    transport = EvalTransport(RetryPolicy.none(), peer)
    with httpx.Client(transport=transport) as client:
        assert client.get(URL).json() == {"ok": True}

    async def use_async_client() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            await client.get(URL + "/es_missing")

    with pytest.raises(NotFoundError):
        asyncio.run(use_async_client())
    assert peer.closed == ["close", "aclose"]


@pytest.mark.integration
def test_default_inner_transports_are_real_and_verified() -> None:
    transport = EvalTransport(RetryPolicy.none())
    # Nothing listens on port 1 of this machine: the real connect attempt is refused at once.
    with httpx.Client(transport=transport, timeout=5) as client, pytest.raises(ApiConnectionError) as sync_caught:
        client.get("http://127.0.0.1:1/evaluation_sets")

    async def use_async_client() -> None:
        async with httpx.AsyncClient(transport=transport, timeout=5) as client:
            await client.get("http://127.0.0.1:1/evaluation_sets")

    with pytest.raises(ApiConnectionError) as async_caught:
        asyncio.run(use_async_client())
    for caught in (sync_caught, async_caught):
        assert str(caught.value).startswith("GET http://127.0.0.1:1/evaluation_sets failed after 1 attempt: Connect")


def test_an_inner_with_one_side_only_is_refused_clearly_in_the_other_mode() -> None:
    class SyncOnly:
        sent = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            self.sent += 1
            return httpx.Response(200)

    class AsyncOnly:
        sent = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.sent += 1
            return httpx.Response(200)

    sync_only, async_only = SyncOnly(), AsyncOnly()
    sync_transport, async_transport = EvalTransport(RetryPolicy(), sync_only), EvalTransport(RetryPolicy(), async_only)
    assert sync_transport.handle_request(httpx.Request("GET", URL)).status_code == 200
    assert asyncio.run(async_transport.handle_async_request(httpx.Request("GET", URL))).status_code == 200
    with pytest.raises(
        ConfigurationError, match=r"\(SyncOnly\) has no handle_async_request, so it serves sync calls only"
    ):
        asyncio.run(sync_transport.handle_async_request(httpx.Request("GET", URL)))
    only_async = r"\(AsyncOnly\) has no handle_request, so it serves async calls only"
    with pytest.raises(ConfigurationError, match=only_async):
        async_transport.handle_request(httpx.Request("GET", URL))
    assert (sync_only.sent, async_only.sent) == (1, 1)  # the refused calls sent nothing


def test_repr_shows_the_policy_and_nothing_from_requests() -> None:
    policy = RetryPolicy(max_attempts=2)
    transport = EvalTransport(policy, ScriptedPeer(reply(200)))
    transport.handle_request(httpx.Request("GET", URL, headers={"authorization": "Bearer sk_secret"}))
    assert repr(transport) == f"EvalTransport(policy={policy!r})"
    assert "max_attempts=2" in repr(transport)


# --- many concurrent async requests -------------------------------------------------------------


class CountingPeer:
    """Answers 200 after letting the loop run other tasks; records the most requests it held at once."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.most_in_flight = 0
        self.answered = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        for _ in range(3):
            await asyncio.sleep(0)
        self.in_flight -= 1
        self.answered += 1
        return httpx.Response(200)


def test_async_sends_in_flight_are_bounded_on_every_event_loop() -> None:
    peer = CountingPeer()
    transport = EvalTransport(RetryPolicy.none(), peer)

    async def send_at_once(count: int) -> None:
        await asyncio.gather(*(transport.handle_async_request(httpx.Request("GET", URL)) for _ in range(count)))

    # The second asyncio.run is a new loop: a semaphore bound to the first one would raise there.
    for _ in range(2):
        asyncio.run(send_at_once(250))
    assert peer.answered == 500
    assert peer.most_in_flight == 100  # the size of httpx's default pool: bounded, and not serialised


class HeldPeer:
    """Holds every request until `opened` is set; records the order requests reached it."""

    def __init__(self, expected: int) -> None:
        self.order: list[str] = []
        self.expected = expected
        self.all_arrived = asyncio.Event()
        self.opened = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.order.append(request.url.path)
        if len(self.order) == self.expected:
            self.all_arrived.set()
        await self.opened.wait()
        return httpx.Response(200)


def test_a_hurried_ticket_passes_requests_queued_at_the_gate_the_rest_keep_their_order() -> None:
    peer = HeldPeer(expected=100)
    transport = EvalTransport(RetryPolicy.none(), peer)

    async def send(path: str, ticket: _gate.Ticket | None = None) -> None:
        if ticket is not None:
            _gate.carry(ticket)  # this task's own context: it goes with the task
        await transport.handle_async_request(httpx.Request("GET", f"https://x.test/{path}"))

    async def main() -> None:
        held = [asyncio.ensure_future(send(f"held{i}")) for i in range(100)]
        await peer.all_arrived.wait()
        late, early = _gate.Ticket(), _gate.Ticket()
        early.hurry()  # hurried before it asks: it joins the urgent lane at once
        queued = [asyncio.ensure_future(send(f"queued{i}")) for i in range(3)]
        queued.insert(1, asyncio.ensure_future(send("late", late)))
        queued.append(asyncio.ensure_future(send("early", early)))
        gate = transport._pools.current_loop().gate
        while gate.queued < 5:
            await asyncio.sleep(0)  # let every task reach the gate
        late.hurry()  # hurried while queued: moves ahead of the ordinary lane, behind `early`
        peer.opened.set()
        await asyncio.gather(*held, *queued)

    asyncio.run(main())
    assert peer.order[100:] == ["/early", "/late", "/queued0", "/queued1", "/queued2"]


def test_the_gate_loses_no_slot_when_a_queued_or_just_admitted_request_is_cancelled() -> None:
    async def main() -> None:
        gate = _gate.Gate(1)
        await gate.acquire(None)
        in_line = asyncio.ensure_future(gate.acquire(None))
        admitted = asyncio.ensure_future(gate.acquire(None))
        last = asyncio.ensure_future(gate.acquire(_gate.Ticket()))
        await asyncio.sleep(0)
        in_line.cancel()  # cancelled while queued: skipped when the slot is released
        await asyncio.gather(in_line, return_exceptions=True)
        gate.release()  # handed to `admitted`, which is cancelled before it resumes
        admitted.cancel()
        await asyncio.gather(admitted, return_exceptions=True)
        for _ in range(5):
            await asyncio.sleep(0)  # let `last` resume
        assert last.done()  # the slot was passed on, not lost
        assert gate.queued == 0
        gate.release()
        await gate.acquire(None)  # and it is free again afterwards

    asyncio.run(main())


_SNIFFIO_PROBE = """
import asyncio, importlib.util, sys
import evalclient
from evalclient.testing import FakeServer
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run

class Recorder:  # first on the import path: sees every search for a module not in sys.modules
    searches = 0
    def find_spec(self, name, path=None, target=None):
        Recorder.searches += name == "sniffio"
        return None

sys.meta_path.insert(0, Recorder())
installed = importlib.util.find_spec("sniffio") is not None
Recorder.searches = 0

async def main(url):
    client = evalclient.extend_client(token="test-token", base_url=url)
    async with client:
        for _ in range(5):
            try:
                await get_evaluation_set_run.asyncio_detailed(client=client, id="bpr_missing")
            except evalclient.NotFoundError:
                pass

with FakeServer() as server:
    asyncio.run(main(server.url))
print(installed, Recorder.searches, sys.modules.get("sniffio", "absent") is None)
"""


def test_httpcore_does_not_search_for_an_absent_sniffio_on_every_async_request() -> None:
    # httpcore imports sniffio (optional) for each async lock it makes, ~12 times a request; each
    # failed import searched all of sys.path (~150 us). A subprocess keeps this sys.modules clean.
    completed = subprocess.run(
        [sys.executable, "-c", _SNIFFIO_PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    installed, searches, blocked = completed.stdout.split()
    if installed == "True":
        assert (searches, blocked) == ("0", "False")  # found once and kept: nothing to do
    else:
        assert (searches, blocked) == ("1", "True")  # one search when the pool was made, then none
