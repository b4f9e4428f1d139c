import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field
from evalclient.errors import ConfigurationError
from evalclient.retry import RetryPolicy
from evalclient.transport import EvalTransport


def _refuse_without_eval_transport(client: httpx.Client | httpx.AsyncClient, method: str) -> None:
    # An httpx client of the caller's own would silently drop retries and typed errors (a 404
    # would then read as "response body does not match the API schema").
    if not isinstance(getattr(client, "_transport", None), EvalTransport):
        raise ConfigurationError(
            f"{method} needs an httpx client sending through evalclient.EvalTransport, or retries and typed "
            "errors are lost: pass your transport (TLS, proxy, limits) as extend_client(transport=...) / "
            "bland_client(transport=...) instead, or wrap it in evalclient.EvalTransport(policy, inner=...)"
        )


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A new client matching this one with additional headers; this one is unchanged."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """A new client matching this one with additional cookies; this one is unchanged."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """A new client matching this one with a new timeout configuration; this one is unchanged."""
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
    ) -> "Client":
        """A new client differing from this one only in the settings given; this one is unchanged.

        It shares this client's connection pools. `timeout` in seconds or an `httpx.Timeout`,
        `retry` an `evalclient.RetryPolicy`, `headers` added to (or replacing) this client's.
        """
        changes: dict[str, Any] = {}
        if headers:
            changes["headers"] = {**self._headers, **headers}
        if timeout is not None:
            changes["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if retry is not None:
            transport = self._httpx_args.get("transport")
            if not isinstance(transport, EvalTransport):
                raise ConfigurationError("with_options(retry=...) needs a client made by evalclient's factories")
            changes["httpx_args"] = {**self._httpx_args, "transport": transport.with_policy(retry)}
        return evolve(self, **changes)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client; it must send through an evalclient transport.

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        _refuse_without_eval_transport(client, "set_httpx_client")
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient; it must send through an evalclient transport.

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        _refuse_without_eval_transport(async_client, "set_async_httpx_client")
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def close(self) -> None:
        """Close the sync httpx client this client opened, and with it the transport's pools."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client this client opened, and with it the transport's pools."""
        if self._async_client is not None:
            await self._async_client.aclose()


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication (never shown in repr)
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """A new client matching this one with additional headers; this one is unchanged."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """A new client matching this one with additional cookies; this one is unchanged."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """A new client matching this one with a new timeout configuration; this one is unchanged."""
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
    ) -> "AuthenticatedClient":
        """A new client differing from this one only in the settings given; this one is unchanged.

        It shares this client's connection pools. `timeout` in seconds or an `httpx.Timeout`,
        `retry` an `evalclient.RetryPolicy`, `headers` added to (or replacing) this client's.
        """
        changes: dict[str, Any] = {}
        if headers:
            changes["headers"] = {**self._headers, **headers}
        if timeout is not None:
            changes["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if retry is not None:
            transport = self._httpx_args.get("transport")
            if not isinstance(transport, EvalTransport):
                raise ConfigurationError("with_options(retry=...) needs a client made by evalclient's factories")
            changes["httpx_args"] = {**self._httpx_args, "transport": transport.with_policy(retry)}
        return evolve(self, **changes)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client; it must send through an evalclient transport.

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        _refuse_without_eval_transport(client, "set_httpx_client")
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient; it must send through an evalclient transport.

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        _refuse_without_eval_transport(async_client, "set_async_httpx_client")
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def close(self) -> None:
        """Close the sync httpx client this client opened, and with it the transport's pools."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client this client opened, and with it the transport's pools."""
        if self._async_client is not None:
            await self._async_client.aclose()
