"""`on_attempt` hooks and rotating keys, over a real loopback socket (#11)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

import pytest

import evalclient
from evalclient.testing import FakeServer, Fault
from extend_evals_client.api.evaluation_sets import list_evaluation_sets

pytestmark = pytest.mark.integration

TOKEN = "test-token"  # the key of conftest's served fake
ROUTE = "GET /evaluation_sets"


def test_a_503_then_200_get_calls_the_hook_twice_sync_and_async(server: FakeServer) -> None:
    seen: list[evalclient.Attempt] = []
    client = evalclient.extend_client(
        token=TOKEN, base_url=server.url, on_attempt=seen.append, retry=evalclient.RetryPolicy(initial_backoff=0)
    )
    for call in (
        lambda: list_evaluation_sets.sync(client=client),
        lambda: asyncio.run(list_evaluation_sets.asyncio(client=client)),
    ):
        seen.clear()
        server.fake.faults.add(ROUTE, Fault.status(503), times=1)
        call()
        first, second = seen
        assert (first.method, first.path, first.attempt, first.status_code, first.error) == (
            "GET",
            "/evaluation_sets",
            1,
            503,
            None,
        )
        assert first.retry_in == 0.0
        assert (second.attempt, second.status_code, second.retry_in) == (2, 200, None)
        assert second.request_id is not None
        assert second.request_id.startswith("req_")
        assert all(attempt.elapsed >= 0 for attempt in seen)


def test_a_failed_connection_is_an_attempt_with_an_error_and_no_status() -> None:
    seen: list[evalclient.Attempt] = []
    client = evalclient.extend_client(
        token=TOKEN, base_url="http://127.0.0.1:9", on_attempt=seen.append, retry=evalclient.RetryPolicy.none()
    )
    with pytest.raises(evalclient.ApiConnectionError):
        list_evaluation_sets.sync(client=client)
    (attempt,) = seen
    assert (attempt.status_code, attempt.error, attempt.retry_in) == (None, "ConnectError", None)


def test_a_hook_that_raises_is_logged_and_never_breaks_the_call(
    server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(attempt: evalclient.Attempt) -> None:
        raise ValueError("the metrics backend is down")

    client = evalclient.extend_client(token=TOKEN, base_url=server.url, on_attempt=broken)
    assert list_evaluation_sets.sync(client=client) is not None
    (record,) = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert record.getMessage() == "the on_attempt hook raised on GET /evaluation_sets; the call goes on"
    assert TOKEN not in caplog.text


def _seen_keys(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    keys: list[str | None] = []
    handle = server.fake.handle

    def recording(method: str, path: str, query: str, headers: Mapping[str, str], body: bytes) -> object:
        keys.append(headers.get("authorization"))
        return handle(method, path, query, headers, body)

    monkeypatch.setattr(server.fake, "handle", recording)
    return keys


def test_a_rotating_key_is_asked_for_on_every_attempt(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    keys = _seen_keys(server, monkeypatch)
    current = ["key-one"]
    client = evalclient.extend_client(
        token=lambda: current[0], base_url=server.url, retry=evalclient.RetryPolicy.none()
    )
    for key in ("key-one", "key-two"):
        current[0] = key
        with pytest.raises(evalclient.AuthenticationError) as denied:  # the fake knows only TOKEN
            list_evaluation_sets.sync(client=client)
        assert key not in str(denied.value)
    current[0] = TOKEN
    assert list_evaluation_sets.sync(client=client) is not None
    assert keys == ["Bearer key-one", "Bearer key-two", f"Bearer {TOKEN}"]
    assert TOKEN not in repr(client)


@pytest.mark.parametrize(
    ("provider", "message"),
    [
        (lambda: "", "the token provider returned no key (a str); the request was not sent"),
        (lambda: None, "the token provider returned no key (a NoneType); the request was not sent"),
    ],
)
def test_a_provider_with_no_key_sends_nothing(server: FakeServer, provider: object, message: str) -> None:
    client = evalclient.extend_client(token=provider, base_url=server.url)  # type: ignore[arg-type]
    with pytest.raises(evalclient.ConfigurationError) as refused:
        asyncio.run(list_evaluation_sets.asyncio(client=client))
    assert str(refused.value) == message
    assert len(server.fake.requests) == 0


def test_a_provider_that_raises_is_a_configuration_error_with_its_cause(server: FakeServer) -> None:
    def vault_down() -> str:
        raise TimeoutError("vault unreachable")

    client = evalclient.extend_client(token=vault_down, base_url=server.url)
    with pytest.raises(evalclient.ConfigurationError, match="the token provider raised TimeoutError") as refused:
        list_evaluation_sets.sync(client=client)
    assert isinstance(refused.value.__cause__, TimeoutError)
    assert len(server.fake.requests) == 0
