"""Per-call options without shared state, and closing a client: checked on a real socket (#11).

Before #11 the generated `with_headers` wrote its header into the parent's live httpx client, so
a per-request header became permanent for every caller of the parent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx
import pytest

import evalclient
from evalclient.testing import FakeServer, Fault
from extend_evals_client.api.evaluation_sets import get_evaluation_set, list_evaluation_sets

pytestmark = pytest.mark.integration

TOKEN = "test-token"  # the key of conftest's served fake
ROUTE = "GET /evaluation_sets"


@pytest.fixture
def seen_headers(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> list[Mapping[str, str]]:
    """The headers of every request the served fake handled, as they came off the wire."""
    seen: list[Mapping[str, str]] = []
    handle = server.fake.handle

    def recording(method: str, path: str, query: str, headers: Mapping[str, str], body: bytes) -> object:
        seen.append(dict(headers))
        return handle(method, path, query, headers, body)

    monkeypatch.setattr(server.fake, "handle", recording)
    return seen


def test_with_headers_and_with_options_leave_the_parent_unchanged_on_the_wire(
    server: FakeServer, seen_headers: list[Mapping[str, str]]
) -> None:
    parent = evalclient.extend_client(token=TOKEN, base_url=server.url)
    list_evaluation_sets.sync(client=parent)  # the parent's httpx client is live before deriving
    traced = parent.with_headers({"x-trace": "one"})
    optioned = parent.with_options(headers={"x-trace": "two"}, timeout=5)
    for client in (traced, optioned, parent):
        list_evaluation_sets.sync(client=client)
    assert [headers.get("x-trace") for headers in seen_headers] == [None, "one", "two", None]
    assert all(headers["authorization"] == f"Bearer {TOKEN}" for headers in seen_headers)
    assert parent.get_httpx_client().timeout == httpx.Timeout(60)
    assert optioned.get_httpx_client().timeout == httpx.Timeout(5)


def test_with_options_retry_applies_to_the_derived_client_only(server: FakeServer) -> None:
    parent = evalclient.extend_client(token=TOKEN, base_url=server.url)
    once = parent.with_options(retry=evalclient.RetryPolicy.none())
    server.fake.faults.add(ROUTE, Fault.status(503, retry_after="0"), times=2)
    with pytest.raises(evalclient.ApiStatusError) as refused:
        list_evaluation_sets.sync(client=once)
    assert refused.value.status_code == 503
    assert len(server.fake.requests) == 1
    list_evaluation_sets.sync(client=parent)  # one more 503, then an answer: the parent still retries
    assert [request.status for request in server.fake.requests] == [503, 503, 200]


def test_derived_clients_share_the_parents_connections(server: FakeServer) -> None:
    parent = evalclient.extend_client(token=TOKEN, base_url=server.url)
    derived = [
        parent.with_headers({"x-n": "1"}),
        parent.with_timeout(httpx.Timeout(5)),
        parent.with_options(retry=evalclient.RetryPolicy.none()),
    ]
    for client in (parent, *derived, parent):
        list_evaluation_sets.sync(client=client)
    assert server.connections_accepted == 1  # one keep-alive connection served all five calls


def test_close_and_aclose_release_the_connections(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    list_evaluation_sets.sync(client=client)
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        list_evaluation_sets.sync(client=client)

    async def use_then_close() -> None:
        async_client = evalclient.extend_client(token=TOKEN, base_url=server.url)
        await list_evaluation_sets.asyncio(client=async_client)
        await async_client.aclose()
        with pytest.raises(RuntimeError, match="closed"):
            await list_evaluation_sets.asyncio(client=async_client)

    asyncio.run(use_then_close())


def test_closing_a_client_never_opened_is_a_no_op() -> None:
    client = evalclient.bland_client(token=TOKEN, base_url="http://127.0.0.1:9")
    client.close()
    asyncio.run(client.aclose())


def test_with_options_retry_on_a_client_not_made_by_evalclient_is_refused() -> None:
    from extend_evals_client import AuthenticatedClient

    plain = AuthenticatedClient(base_url="http://127.0.0.1:9", token=TOKEN)
    with pytest.raises(evalclient.ConfigurationError, match="evalclient's factories"):
        plain.with_options(retry=evalclient.RetryPolicy.none())


def test_an_httpx_client_that_would_drop_retries_and_typed_errors_is_refused(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    with pytest.raises(evalclient.ConfigurationError, match="retries and typed errors are lost"):
        client.set_httpx_client(httpx.Client(base_url=server.url))
    with pytest.raises(evalclient.ConfigurationError, match="retries and typed errors are lost"):
        client.set_async_httpx_client(httpx.AsyncClient(base_url=server.url))
    # One that sends through evalclient's transport keeps both, so it is taken.
    kept = httpx.Client(
        base_url=server.url,
        headers={"authorization": f"Bearer {TOKEN}", "x-extend-api-version": evalclient.EXTEND_API_VERSION},
        transport=evalclient.EvalTransport(evalclient.RetryPolicy.none()),
    )
    client.set_httpx_client(kept)
    with pytest.raises(evalclient.NotFoundError):
        get_evaluation_set.sync(client=client, id="ev_missing")
