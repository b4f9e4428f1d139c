"""The default network transports honour HTTP(S)_PROXY / ALL_PROXY / NO_PROXY, as httpx alone would.

httpx switches environment proxies off when it is given a transport, and evalclient always gives
it one, so evalclient reads them itself. A real HTTP proxy stand-in on loopback records what
reaches it: an absolute-form request target proves the request went through the proxy.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Iterator

import httpx
import pytest

import evalclient
from evalclient._proxies import default_async_transport, default_transport
from evalclient.testing import FakeServer
from extend_evals_client.api.evaluation_sets import list_evaluation_sets

pytestmark = pytest.mark.integration

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
EMPTY_LIST = json.dumps({"object": "list", "data": []}).encode()


class _Proxy(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.targets: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                outer.targets.append(self.path)  # a proxy sees the absolute URL
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(EMPTY_LIST)))
                self.end_headers()
                self.wfile.write(EMPTY_LIST)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(autouse=True)
def no_inherited_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def proxy() -> Iterator[_Proxy]:
    server = _Proxy()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_without_proxy_variables_the_plain_httpx_transports_are_used() -> None:
    assert type(default_transport()) is httpx.HTTPTransport
    assert type(default_async_transport()) is httpx.AsyncHTTPTransport


def test_http_proxy_carries_sync_and_async_requests(proxy: _Proxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client = evalclient.extend_client(token="t", base_url="http://api.example.test")
    assert list_evaluation_sets.sync(client=client).data == []

    async def list_async() -> int:
        async_client = evalclient.extend_client(token="t", base_url="http://api.example.test")
        page = await list_evaluation_sets.asyncio(client=async_client)
        await async_client.get_async_httpx_client().aclose()
        return len(page.data)

    assert asyncio.run(list_async()) == 0
    assert len(proxy.targets) == 2
    assert all(target.startswith("http://api.example.test/evaluation_sets") for target in proxy.targets)


def test_no_proxy_sends_matching_hosts_direct(proxy: _Proxy, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeServer(token="t") as fake:
        monkeypatch.setenv("ALL_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        direct = evalclient.extend_client(token="t", base_url=fake.url)
        proxied = evalclient.extend_client(token="t", base_url="http://api.example.test")
        list_evaluation_sets.sync(client=direct)
        list_evaluation_sets.sync(client=proxied)
        assert [entry.path for entry in fake.fake.requests] == ["/evaluation_sets"]
    assert [target.split("?")[0] for target in proxy.targets] == ["http://api.example.test/evaluation_sets"]
