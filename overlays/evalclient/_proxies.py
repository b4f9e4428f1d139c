"""Environment proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY) for the default network transports.

httpx honours these variables only when it builds its own transport; evalclient always gives it
one (the retrying EvalTransport), which switches them off. So the transports EvalTransport creates
for itself read them here, the way the standard library does (`urllib.request.getproxies` and
`proxy_bypass`), once, when the first request on each side (sync or async) is made. With no proxy
variable set, the plain httpx transport is used and nothing is added to a request's path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

TransportT = TypeVar("TransportT", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def environment_proxies() -> dict[str, str]:
    """Proxy URL by URL scheme ("http", "https", "all"), from the environment; empty when none is set."""
    # Imported here, not at the top: it is costly and needed once per transport, not per import.
    import urllib.request

    return {scheme: url for scheme, url in urllib.request.getproxies().items() if scheme in ("http", "https", "all")}


class _Routes(Generic[TransportT]):
    """Which transport serves a URL: one per proxy URL (None: direct), made on first use, kept."""

    def __init__(self, proxies: Mapping[str, str], make: Callable[[str | None], TransportT]) -> None:
        self._proxies = dict(proxies)
        self._make: Callable[[str | None], TransportT] = make
        self._by_proxy: dict[str | None, TransportT] = {}
        # NO_PROXY matching is string work; decide once per (scheme, host).
        self._proxy_for: dict[tuple[str, str], str | None] = {}

    def transport_for(self, url: httpx.URL) -> TransportT:
        key = (url.scheme, url.host)
        if key not in self._proxy_for:
            proxy = self._proxies.get(url.scheme) or self._proxies.get("all")
            bypass = proxy is not None and _bypasses_proxy(url.host)
            self._proxy_for[key] = None if bypass else proxy
        proxy_url = self._proxy_for[key]
        if proxy_url not in self._by_proxy:
            self._by_proxy[proxy_url] = self._make(proxy_url)
        return self._by_proxy[proxy_url]

    def created(self) -> list[TransportT]:
        return list(self._by_proxy.values())


def _bypasses_proxy(host: str) -> bool:
    """Whether NO_PROXY (or the platform's bypass list) sends `host` direct."""
    import urllib.request  # already loaded by environment_proxies; see there

    return bool(urllib.request.proxy_bypass(host))


class _SyncProxyRouter(httpx.BaseTransport):
    def __init__(self, proxies: Mapping[str, str], options: Mapping[str, Any]) -> None:
        self._routes = _Routes(proxies, lambda proxy: httpx.HTTPTransport(proxy=proxy, **options))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._routes.transport_for(request.url).handle_request(request)

    def close(self) -> None:
        for transport in self._routes.created():
            transport.close()


class _AsyncProxyRouter(httpx.AsyncBaseTransport):
    def __init__(self, proxies: Mapping[str, str], options: Mapping[str, Any]) -> None:
        self._routes = _Routes(proxies, lambda proxy: httpx.AsyncHTTPTransport(proxy=proxy, **options))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._routes.transport_for(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._routes.created():
            await transport.aclose()


def default_transport(options: Mapping[str, Any] | None = None) -> httpx.BaseTransport:
    """The network transport for the sync client: direct, or through the environment's proxies.

    `options` are httpx.HTTPTransport settings (verify, limits, http2) for every route.
    """
    proxies, settings = environment_proxies(), dict(options or {})
    return _SyncProxyRouter(proxies, settings) if proxies else httpx.HTTPTransport(**settings)


def default_async_transport(options: Mapping[str, Any] | None = None) -> httpx.AsyncBaseTransport:
    """The network transport for the async client: direct, or through the environment's proxies."""
    proxies, settings = environment_proxies(), dict(options or {})
    return _AsyncProxyRouter(proxies, settings) if proxies else httpx.AsyncHTTPTransport(**settings)
