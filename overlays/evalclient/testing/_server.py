"""FakeServer: the fake API over real HTTP/1.1 on a loopback port, in a background thread.

Built on the standard library's ThreadingHTTPServer, with its traps removed: every method is
answered by the fake (no HTML 501 page), protocol errors are answered in JSON too, each response
goes out in one write with its Content-Length (keep-alive works), Nagle is off (no 40 ms stalls
on delayed ACKs), and nothing is logged per request.
"""

from __future__ import annotations

import contextlib
import http
import logging
import re
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from evalclient.testing._core import FakeAPI, FakeResponse

_logger = logging.getLogger("evalclient.testing")
_MAX_LINE = 65536
_MAX_BODY = 64 * 1024 * 1024  # far above any real request; bounds what a broken client can make us hold
_DECIMAL = re.compile(r"[0-9]{1,20}")
_HEXADECIMAL = re.compile(rb"[0-9A-Fa-f]{1,16}")
_JOIN_SECONDS = 1.0


class _UnreadableBody(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _checked_size(size: int) -> int:
    if size > _MAX_BODY:
        raise _UnreadableBody(413, f"the request body is larger than {_MAX_BODY} bytes")
    return size


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def handle_one_request(self) -> None:
        try:
            self.raw_requestline = self.rfile.readline(_MAX_LINE + 1)
            if not self.raw_requestline:
                self.close_connection = True
                return
            if len(self.raw_requestline) > _MAX_LINE:
                self.requestline, self.request_version, self.command = "", "", ""
                self.send_error(http.HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.parse_request():  # it has answered through send_error
                return
            self._serve()
        except (TimeoutError, ConnectionError):
            self.close_connection = True

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except _UnreadableBody as exc:
            self.send_error(exc.status, exc.message)
            return
        target = self.path
        if "://" in target.split("?", 1)[0]:  # absolute-form target, as sent to a proxy
            parts = urlsplit(target)
            target = f"{parts.path or '/'}?{parts.query}"
        path, _, query = target.partition("?")
        headers = {name.lower(): value for name, value in self.headers.items()}
        response = self.server.fake.handle(self.command, path, query, headers, body)
        if response.delay:
            self.server.fake.sleep(response.delay)
        if response.drop:
            self.close_connection = True  # the socket closes with nothing written
            return
        self._write(response)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            return self._read_chunked()
        length = self.headers.get("content-length", "0").strip()
        if not _DECIMAL.fullmatch(length):
            raise _UnreadableBody(400, f"Content-Length is not a number: {length!r}")
        return self.rfile.read(_checked_size(int(length)))

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            size_line = self.rfile.readline(_MAX_LINE + 1).split(b";", 1)[0].strip()
            if not _HEXADECIMAL.fullmatch(size_line):
                raise _UnreadableBody(400, "the chunked body is malformed")
            size = int(size_line, 16)
            if size == 0:
                while self.rfile.readline(_MAX_LINE + 1) not in (b"\r\n", b"\n", b""):
                    pass  # trailers are ignored
                return b"".join(chunks)
            total = _checked_size(total + size)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(_MAX_LINE + 1)

    def _write(self, response: FakeResponse) -> None:
        try:
            reason = http.HTTPStatus(response.status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [f"HTTP/1.1 {response.status} {reason}"]
        lines.extend(f"{name}: {value}" for name, value in response.headers)
        lines.append(f"Content-Length: {len(response.body)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n"
        self.wfile.write(head + response.body)  # one write: one packet for small answers

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol-level failures (bad request line, oversized headers) answered in JSON, then close."""
        self.close_connection = True
        path = getattr(self, "path", "") or ""
        text = message or http.HTTPStatus(code).phrase
        self._write(self.server.fake.protocol_error(code, text, bland=path.startswith("/v1/")))

    def log_message(self, format: str, *args: object) -> None:  # the stdlib's signature
        """Silent: a request log line per call would dominate a benchmark's time."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # benchmark bursts open many connections at once

    def __init__(self, address: tuple[str, int], fake: FakeAPI) -> None:
        self.fake = fake
        self._open: dict[socket.socket, threading.Thread] = {}
        self._open_lock = threading.Lock()
        self.connections_accepted = 0
        super().__init__(address, _Handler)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        # Like ThreadingMixIn's, but remembers each connection so stop() can close idle keep-alives.
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), name="evalclient-fake-conn", daemon=True
        )
        with self._open_lock:
            self._open[request] = thread
            self.connections_accepted += 1
        thread.start()

    def shutdown_request(self, request: socket.socket) -> None:  # type: ignore[override]
        with self._open_lock:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: object, client_address: object) -> None:
        _logger.exception("the fake server failed on a connection from %s", client_address)

    def close_connections(self) -> None:
        with self._open_lock:
            open_connections = list(self._open.items())
        for connection, _ in open_connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)
        for _, thread in open_connections:
            thread.join(_JOIN_SECONDS)


class FakeServer:
    """Serves a `FakeAPI` on `http://127.0.0.1:<free port>` from a background thread.

        with FakeServer(token="test-token", run_seconds=2.0) as server:
            httpx.get(f"{server.url}/v1/evals/agents", headers={"authorization": "test-token"})

    Pass `fake=` to serve an existing core (then `token` and `run_seconds` are not used), and
    `ssl_context=` (a server-side `ssl.SSLContext`) to serve HTTPS instead. While it serves, a fake
    with a webhook URL delivers its run events (`fake.webhooks`).
    `start()` binds and starts serving; `stop()` (or leaving the `with`) stops accepting,
    closes the listening socket and every open connection, and joins the threads.
    """

    def __init__(
        self,
        fake: FakeAPI | None = None,
        *,
        token: str = "test-token",  # noqa: S107  # the fake's well-known test key, not a secret
        run_seconds: float = 2.0,
        host: str = "127.0.0.1",
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.fake = fake if fake is not None else FakeAPI(token=token, run_seconds=run_seconds)
        self._address = (host, port)
        self._ssl_context = ssl_context
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """`http://HOST:PORT`, once started."""
        if self._server is None:
            raise RuntimeError("the FakeServer is not started; use start() or a with block")
        host, port = self._server.server_address[:2]
        scheme = "http" if self._ssl_context is None else "https"
        return f"{scheme}://{host!s}:{port}"

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted since start(): how tests see a client's connection reuse."""
        return 0 if self._server is None else self._server.connections_accepted

    def start(self) -> FakeServer:
        if self._server is not None:
            raise RuntimeError("the FakeServer is already started")
        self._server = _Server(self._address, self.fake)
        if self._ssl_context is not None:  # TLS on every accepted connection, for clients' TLS settings
            self._server.socket = self._ssl_context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="evalclient-fake-server",
            daemon=True,
        )
        self._thread.start()
        self.fake.webhooks.start()  # a no-op unless the fake has a webhook URL
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        self.fake.webhooks.stop()
        server.shutdown()
        thread.join()
        server.server_close()
        server.close_connections()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
