"""HTTP settings for the network transports evalclient makes: TLS, client certificates, limits,
proxy and HTTP/2, applied alike to the sync and the async side.

They are settings of the transports beneath `EvalTransport`, never a replacement for it, so
retries and typed errors stay. A CA bundle path or a client certificate is loaded into an
`ssl.SSLContext` here (httpx deprecates passing them as strings); verification stays on unless
`verify=False` is asked for.
"""

from __future__ import annotations

import importlib.util
import os
import ssl
from dataclasses import dataclass
from typing import Any

import httpx

from evalclient._proxies import default_async_transport, default_transport
from evalclient.errors import ConfigurationError

# httpx's default pool size, and so the default number of async sends in flight per event loop.
DEFAULT_MAX_CONNECTIONS = 100

Cert = str | os.PathLike[str] | tuple[str, str] | tuple[str, str, str]
Verify = bool | str | os.PathLike[str] | ssl.SSLContext


@dataclass(frozen=True, slots=True)
class NetworkSettings:
    verify: Verify = True
    cert: Cert | None = None
    limits: httpx.Limits | None = None
    proxy: str | httpx.URL | None = None
    http2: bool = False

    def __post_init__(self) -> None:
        # httpx needs h2 for HTTP/2: say so when the client is made, not on its first request.
        if self.http2 and importlib.util.find_spec("h2") is None:
            raise ConfigurationError("http2=True needs the h2 package: install evalclient[http2]")
        if isinstance(self.verify, (str, os.PathLike)) or self.cert is not None:
            self._ssl()  # an unreadable CA bundle or certificate fails here, not on the first request

    @property
    def in_flight(self) -> int:
        """How many async sends may be in flight per loop: the pool's size."""
        if self.limits is not None and self.limits.max_connections is not None:
            return self.limits.max_connections
        return DEFAULT_MAX_CONNECTIONS

    def _options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"verify": self._ssl(), "http2": self.http2}
        if self.limits is not None:
            options["limits"] = self.limits
        return options

    def _ssl(self) -> bool | ssl.SSLContext:
        if isinstance(self.verify, ssl.SSLContext):
            context = self.verify
        elif self.verify is True or self.verify is False:
            if self.cert is None:
                return self.verify
            context = ssl.create_default_context()
            if self.verify is False:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
        else:
            try:
                context = ssl.create_default_context(cafile=os.fspath(self.verify))
            except (OSError, ssl.SSLError) as exc:
                raise ConfigurationError(
                    f"verify={os.fspath(self.verify)!r} is not a readable CA bundle: {exc}"
                ) from exc
        if self.cert is not None:
            certfile, keyfile, password = _cert_parts(self.cert)
            try:
                context.load_cert_chain(certfile, keyfile, password)
            except (OSError, ssl.SSLError) as exc:
                raise ConfigurationError(f"cert={certfile!r} is not a readable client certificate: {exc}") from exc
        return context

    def make_sync(self) -> httpx.BaseTransport:
        if self.proxy is not None:
            return httpx.HTTPTransport(proxy=self.proxy, **self._options())
        return default_transport(self._options())

    def make_async(self) -> httpx.AsyncBaseTransport:
        if self.proxy is not None:
            return httpx.AsyncHTTPTransport(proxy=self.proxy, **self._options())
        return default_async_transport(self._options())


def _cert_parts(cert: Cert) -> tuple[str, str | None, str | None]:
    if isinstance(cert, tuple):
        password = cert[2] if len(cert) == 3 else None
        return cert[0], cert[1], password
    return os.fspath(cert), None, None
