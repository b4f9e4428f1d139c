"""HTTP settings that keep retries and typed errors: TLS, limits, proxy, HTTP/2 (#11).

Against real loopback servers: a TLS one with a certificate from a throwaway CA (trustme).
"""

from __future__ import annotations

import asyncio
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

import evalclient
from evalclient.testing import FakeServer
from extend_evals_client.api.evaluation_sets import list_evaluation_sets

pytestmark = pytest.mark.integration

TOKEN = "test-token"  # the key of conftest's served fake


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(authority: trustme.CA) -> Iterator[FakeServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with FakeServer(token=TOKEN, ssl_context=context) as running:
        yield running


def test_a_private_ca_is_trusted_by_bundle_path_or_context_and_refused_without(
    tls_server: FakeServer, authority: trustme.CA, tmp_path: Path
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    context = ssl.create_default_context()
    authority.configure_trust(context)
    for verify in (str(bundle), bundle, context):
        client = evalclient.extend_client(token=TOKEN, base_url=tls_server.url, verify=verify)
        assert list_evaluation_sets.sync(client=client) is not None
        assert asyncio.run(list_evaluation_sets.asyncio(client=client)) is not None
    default = evalclient.extend_client(token=TOKEN, base_url=tls_server.url, retry=evalclient.RetryPolicy.none())
    with pytest.raises(evalclient.ApiConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        list_evaluation_sets.sync(client=default)  # verification stays on by default
    assert tls_server.url.startswith("https://")


def test_a_bad_ca_bundle_is_a_configuration_error_naming_it(server: FakeServer, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pem"
    with pytest.raises(evalclient.ConfigurationError, match="is not a readable CA bundle"):
        evalclient.extend_client(token=TOKEN, base_url=server.url, verify=str(missing))
    with pytest.raises(evalclient.ConfigurationError, match="is not a readable client certificate"):
        evalclient.extend_client(token=TOKEN, base_url=server.url, cert=(str(missing), str(missing)))


def test_limits_cap_the_connections_and_the_async_sends_in_flight(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url, limits=httpx.Limits(max_connections=2))

    async def ten_at_once() -> None:
        await asyncio.gather(*(list_evaluation_sets.asyncio(client=client) for _ in range(10)))

    asyncio.run(ten_at_once())
    assert len(server.fake.requests) == 10
    assert server.connections_accepted <= 2


def test_proxy_routes_every_request_through_it(server: FakeServer) -> None:
    # The served fake as the "proxy": an HTTP proxy receives the absolute URL in the request line.
    client = evalclient.extend_client(token=TOKEN, base_url="http://api.example.invalid", proxy=server.url)
    # api.example.invalid cannot resolve: an answer can only come through the proxy.
    assert list_evaluation_sets.sync(client=client) is not None
    assert asyncio.run(list_evaluation_sets.asyncio(client=client)) is not None
    assert len(server.fake.requests) == 2


def test_http2_works_where_the_server_speaks_http1_and_needs_h2(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url, http2=True)
    assert list_evaluation_sets.sync(client=client) is not None  # no TLS, no ALPN: HTTP/1.1, as httpx does
    code = (
        "import sys; sys.modules['h2'] = None\n"
        "import evalclient\n"
        "try:\n"
        "    evalclient.extend_client(token='t', http2=True)\n"
        "except evalclient.ConfigurationError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "http2=True needs the h2 package: install evalclient[http2]"


def test_http_settings_beside_a_transport_of_ones_own_are_refused() -> None:
    with pytest.raises(evalclient.ConfigurationError, match="verify, limits cannot be combined with transport="):
        evalclient.bland_client(
            token=TOKEN, transport=httpx.HTTPTransport(), verify=False, limits=httpx.Limits(max_connections=1)
        )
