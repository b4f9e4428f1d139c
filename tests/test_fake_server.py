"""FakeServer over real loopback HTTP, and the `python -m evalclient.testing serve` process."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest

from evalclient import EXTEND_API_VERSION
from evalclient.testing import FakeAPI, FakeServer

pytestmark = pytest.mark.integration

EXTEND = {"Authorization": "Bearer test-token", "x-extend-api-version": EXTEND_API_VERSION}
BLAND = {"authorization": "test-token"}


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(token="test-token", run_seconds=0.0) as running:
        yield running


def raw_exchange(server: FakeServer, request: bytes) -> bytes:
    """Send bytes on a fresh connection and read until the server closes it."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        connection.sendall(request)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def split_response(raw: bytes) -> tuple[str, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, value in (line.split(":", 1) for line in header_lines)}
    return status_line, headers, body


def test_a_full_extend_flow_over_http(server: FakeServer) -> None:
    extend = server.fake.extend
    assert server.url.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=server.url, headers=EXTEND) as client:
        set_id = client.post("/evaluation_sets", json={"name": "s", "entityId": extend.extractor_id}).json()["id"]
        items = [{"fileId": file_id, "expectedOutput": {"value": {"total": 1}}} for file_id in extend.file_ids[:100]]
        assert client.post(f"/evaluation_sets/{set_id}/items", json={"items": items}).status_code == 200
        run = client.post("/evaluation_set_runs", json={"evaluationSetId": set_id}).json()
        assert run["status"] == "PROCESSED"  # run_seconds=0
        assert run["metrics"]["fieldMetrics"]["total"]["countTotal"] == 100


def test_sync_and_async_clients_share_the_server(server: FakeServer) -> None:
    run_id = server.fake.bland.seed_run(server.fake.bland.call_ids[:2], duration=0)

    async def fetch() -> str:
        async with httpx.AsyncClient(base_url=server.url, headers=BLAND) as client:
            response = await client.get(f"/v1/evals/runs/{run_id}")
            status: str = response.json()["data"]["status"]
            return status

    assert asyncio.run(fetch()) == "COMPLETE"
    assert httpx.get(f"{server.url}/v1/evals/runs/{run_id}", headers=BLAND).json()["data"]["status"] == "COMPLETE"


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "QUERY", "PROPFIND"])
@pytest.mark.parametrize("path", ["/evaluation_sets", "/no/such/path", "/v1/evals/agents"])
def test_every_method_is_answered_in_json(server: FakeServer, method: str, path: str) -> None:
    response = httpx.request(method, f"{server.url}{path}", headers=EXTEND | BLAND)
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert ("code" in body) or ("errors" in body) or ("data" in body)
    if response.status_code == 405:
        assert response.headers["allow"]


def test_head_answers_without_a_body(server: FakeServer) -> None:
    response = httpx.head(f"{server.url}/evaluation_sets", headers=EXTEND)
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"NONSENSE\r\n\r\n", 400),
        (b"GET /evaluation_sets HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n", 431),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"POST /evaluation_sets HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n", 400),
        (b"POST /evaluation_sets HTTP/1.1\r\nHost: x\r\nContent-Length: \xb2\r\n\r\n", 400),  # a superscript 2
        (b"POST /evaluation_sets HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n", 413),
        (b"POST /evaluation_sets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n", 400),
        (b"GET /evaluation_sets HTTP/2.0\r\nHost: x\r\n\r\n", 505),
    ],
)
def test_protocol_errors_are_json_not_html(server: FakeServer, request_bytes: bytes, status: int) -> None:
    status_line, headers, body = split_response(raw_exchange(server, request_bytes))
    assert status_line.startswith(f"HTTP/1.1 {status} ")
    assert headers["content-type"] == "application/json"
    assert int(headers["content-length"]) == len(body)
    assert json.loads(body)["code"]


def test_keep_alive_serves_several_requests_on_one_connection(server: FakeServer) -> None:
    one = (
        b"GET /evaluation_sets HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: Bearer test-token\r\nx-extend-api-version: 2026-02-09\r\n\r\n"
    )
    last = one.replace(b"Host: x\r\n", b"Host: x\r\nConnection: close\r\n")
    raw = raw_exchange(server, one + one + last)
    assert raw.count(b"HTTP/1.1 200 OK") == 3
    first_status, headers, rest = split_response(raw)
    assert first_status == "HTTP/1.1 200 OK"
    assert rest[: int(headers["content-length"])] == b'{"object":"list","data":[]}'
    assert b"Connection: close" in raw.rsplit(b"HTTP/1.1 200 OK", 1)[1]


def test_chunked_request_bodies_are_read(server: FakeServer) -> None:
    payload = json.dumps({"name": "chunked", "entityId": server.fake.extend.extractor_id}).encode()
    request = (
        b"POST /evaluation_sets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-token\r\n"
        b"x-extend-api-version: 2026-02-09\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + f"{len(payload[:10]):x}\r\n".encode() + payload[:10] + b"\r\n"
        + f"{len(payload[10:]):x}\r\n".encode() + payload[10:] + b"\r\n0\r\n\r\n"
    )  # fmt: skip
    status_line, _, body = split_response(raw_exchange(server, request))
    assert status_line == "HTTP/1.1 200 OK"
    assert json.loads(body)["name"] == "chunked"


def test_concurrent_clients_see_consistent_state(server: FakeServer) -> None:
    set_id = server.fake.extend.seed_set()
    files = server.fake.extend.file_ids
    failures: list[int] = []

    def add_items(worker: int) -> None:
        with httpx.Client(base_url=server.url, headers=EXTEND) as client:
            for batch in range(5):
                items = [
                    {"fileId": files[(worker * 50 + batch * 10 + n) % 500], "expectedOutput": {"value": {}}}
                    for n in range(10)
                ]
                response = client.post(f"/evaluation_sets/{set_id}/items", json={"items": items})
                if response.status_code != 200:
                    failures.append(response.status_code)

    threads = [threading.Thread(target=add_items, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with httpx.Client(base_url=server.url, headers=EXTEND) as client:
        page = client.get(f"/evaluation_sets/{set_id}/items", params={"maxPageSize": 1000}).json()
    assert len({row["id"] for row in page["data"]}) == 400


def test_stop_closes_idle_connections_and_threads() -> None:
    before = threading.active_count()
    fake = FakeAPI()
    server = FakeServer(fake=fake)
    with pytest.raises(RuntimeError, match="not started"):
        _ = server.url
    server.start()
    host, port = server.url.removeprefix("http://").split(":")
    idle = socket.create_connection((host, int(port)), timeout=5)
    idle.sendall(b"GET /v1/evals/status HTTP/1.1\r\nHost: x\r\nauthorization: test-token\r\n\r\n")
    assert idle.recv(65536).startswith(b"HTTP/1.1 200 OK")  # the connection now idles, kept alive
    server.stop()
    assert idle.recv(65536) == b""  # closed by the server
    idle.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((host, int(port)), timeout=1).close()
    assert threading.active_count() == before
    assert server.fake is fake
    server.stop()  # stopping twice is harmless


# ---------------------------------------------------------------------- the `serve` process


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_the_serve_command_prints_its_url_and_exits_0_on_signals(stop_signal: signal.Signals) -> None:
    command = [sys.executable, "-m", "evalclient.testing", "serve", "--host", "127.0.0.1", "--port", "0"]
    command += ["--token", "cli-token", "--run-seconds", "0"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        response = httpx.get(f"{url}/v1/evals/status", headers={"authorization": "cli-token"}, timeout=10)
        assert response.json()["data"]["enabled"] is True
        process.send_signal(stop_signal)
        assert process.wait(timeout=15) == 0, process.stderr.read() if process.stderr else ""
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
