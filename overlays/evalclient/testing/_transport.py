"""FakeTransport: the fake API as an httpx transport, sync and async, with no socket.

    client = httpx.Client(base_url="http://fake", transport=fake.transport)
    async_client = httpx.AsyncClient(base_url="http://fake", transport=fake.transport)

One object serves both kinds of client (as `evalclient.EvalTransport` expects of its `inner`).
Closing a client does not close the fake: the transport has no resources, so several clients
may share it one after another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from evalclient.testing._core import FakeAPI, FakeResponse


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers each request from a `FakeAPI`, honouring its delay and drop faults.

    A delay longer than the request's read timeout waits out the timeout and raises
    `httpx.ReadTimeout`, as a network client would; a dropped connection raises
    `httpx.RemoteProtocolError`.
    """

    def __init__(self, fake: FakeAPI) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._answer(request, request.read())
        if answer.delay:
            timeout = _read_timeout(request)
            self._fake.sleep(answer.delay if timeout is None else min(answer.delay, timeout))
        return self._deliver(request, answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._answer(request, await request.aread())
        if answer.delay:
            timeout = _read_timeout(request)
            await self._fake.async_sleep(answer.delay if timeout is None else min(answer.delay, timeout))
        return self._deliver(request, answer)

    def _answer(self, request: httpx.Request, body: bytes) -> FakeResponse:
        url = request.url
        path = url.raw_path.split(b"?", 1)[0].decode("ascii")
        return self._fake.handle(request.method, path, url.query.decode("ascii"), request.headers, body)

    def _deliver(self, request: httpx.Request, answer: FakeResponse) -> httpx.Response:
        if answer.drop:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        timeout = _read_timeout(request)
        if answer.delay and timeout is not None and answer.delay > timeout:
            raise httpx.ReadTimeout("timed out", request=request)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)


def _read_timeout(request: httpx.Request) -> float | None:
    timeouts = request.extensions.get("timeout", {})
    read = timeouts.get("read") if isinstance(timeouts, dict) else None
    return float(read) if read is not None else None
