"""Ready-to-use clients: the generated `AuthenticatedClient`s, configured the way evalclient intends.

Both factories resolve the key and base URL (argument, then environment variable, then the
vendor default), set a real timeout, raise on undocumented statuses and put an
`EvalTransport` beneath both the sync and the async httpx client. The generated client's
`verify_ssl` has no effect here (httpx ignores it once a transport is given); the
transport's default inner transports always verify TLS.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast, overload

import httpx

import extend_evals_client
from evalclient._api_versions import EXTEND_API_VERSION, EXTEND_API_VERSIONS
from evalclient._attempts import AttemptHook
from evalclient._credentials import KeySource, RotatingKey
from evalclient._network import Cert, NetworkSettings, Verify
from evalclient._rate_limit import RateLimit
from evalclient._version import __version__
from evalclient.errors import ConfigurationError
from evalclient.retry import RetryPolicy
from evalclient.transport import EvalTransport

if TYPE_CHECKING:
    import bland_evals_client
    import extend_evals_client_2025_04_21

_USER_AGENT = f"evalclient/{__version__}"
_DEFAULT_NETWORK = NetworkSettings()


class _Vendor(NamedTuple):
    token_env: str
    base_url_env: str
    default_base_url: str
    auth_header: str
    auth_prefix: str


_EXTEND = _Vendor("EXTEND_API_KEY", "EXTEND_BASE_URL", "https://api.extend.ai", "Authorization", "Bearer")
_BLAND = _Vendor("BLAND_API_KEY", "BLAND_BASE_URL", "https://api.bland.ai", "authorization", "")

# `token=`: the key, or a zero-argument callable returning the current key, asked on every attempt.
Token = str | KeySource | None

__all__ = ["bland_client", "extend_client"]


class _Common(NamedTuple):
    token: str
    base_url: str
    timeout: httpx.Timeout
    httpx_args: dict[str, object]


# The typing of `api_version`: each version's client is its own package's AuthenticatedClient, so
# mypy accepts only that package's operations with it. Keyword-only past `base_url` in the
# overloads; the implementation keeps 0.1's positional order.
@overload
def extend_client(
    token: Token = None,
    base_url: str | None = None,
    *,
    api_version: Literal["2026-02-09"] = ...,
    workspace_id: str | None = None,
    timeout: float | httpx.Timeout | None = 60.0,
    retry: RetryPolicy | None = None,
    transport: object | None = None,
    on_attempt: AttemptHook | None = None,
    rate_limit: RateLimit | None = None,
    verify: Verify = True,
    cert: Cert | None = None,
    limits: httpx.Limits | None = None,
    proxy: str | httpx.URL | None = None,
    http2: bool = False,
) -> extend_evals_client.AuthenticatedClient: ...
@overload
def extend_client(
    token: Token = None,
    base_url: str | None = None,
    *,
    api_version: Literal["2025-04-21"],
    workspace_id: str | None = None,
    timeout: float | httpx.Timeout | None = 60.0,
    retry: RetryPolicy | None = None,
    transport: object | None = None,
    on_attempt: AttemptHook | None = None,
    rate_limit: RateLimit | None = None,
    verify: Verify = True,
    cert: Cert | None = None,
    limits: httpx.Limits | None = None,
    proxy: str | httpx.URL | None = None,
    http2: bool = False,
) -> extend_evals_client_2025_04_21.AuthenticatedClient: ...
@overload
def extend_client(
    token: Token = None,
    base_url: str | None = None,
    api_version: str = EXTEND_API_VERSION,
    workspace_id: str | None = None,
    timeout: float | httpx.Timeout | None = 60.0,
    retry: RetryPolicy | None = None,
    transport: object | None = None,
    *,
    on_attempt: AttemptHook | None = None,
    rate_limit: RateLimit | None = None,
    verify: Verify = True,
    cert: Cert | None = None,
    limits: httpx.Limits | None = None,
    proxy: str | httpx.URL | None = None,
    http2: bool = False,
) -> extend_evals_client.AuthenticatedClient | extend_evals_client_2025_04_21.AuthenticatedClient: ...
def extend_client(
    token: Token = None,
    base_url: str | None = None,
    api_version: str = EXTEND_API_VERSION,
    workspace_id: str | None = None,
    timeout: float | httpx.Timeout | None = 60.0,
    retry: RetryPolicy | None = None,
    transport: object | None = None,
    *,
    on_attempt: AttemptHook | None = None,
    rate_limit: RateLimit | None = None,
    verify: Verify = True,
    cert: Cert | None = None,
    limits: httpx.Limits | None = None,
    proxy: str | httpx.URL | None = None,
    http2: bool = False,
) -> extend_evals_client.AuthenticatedClient | extend_evals_client_2025_04_21.AuthenticatedClient:
    """A client for the Extend API: key from `token` or EXTEND_API_KEY, sent as `Authorization: Bearer`.

    `api_version` picks the API version and with it the generated package whose operations fit
    the client: "2026-02-09" (the default, `extend_evals_client`) or "2025-04-21"
    (`extend_evals_client_2025_04_21`); any other value is a `ConfigurationError`.

    `token` may be a zero-argument callable returning the current key, asked on every attempt (a
    key rotated in a secret store is picked up without a restart). `workspace_id` is needed with
    organization-scoped keys. `transport` replaces the network (e.g. an in-memory fake API);
    retries and typed errors still apply on top of it. `on_attempt(evalclient.Attempt)` is called
    after every HTTP attempt. `verify` (bool, CA bundle path or `ssl.SSLContext`), `cert` (client
    certificate for mTLS: a path, or (certfile, keyfile[, password])), `limits` (`httpx.Limits`;
    `max_connections` also caps async requests in flight), `proxy` (instead of the environment's)
    and `http2` (needs `evalclient[http2]`) configure evalclient's network transports, sync and
    async alike; with `transport=` they are refused, as that transport owns its network.
    `rate_limit` (an `evalclient.RateLimit`) caps the requests per second of this client and of
    every client derived from it, across threads and tasks; off by default.
    """
    package = EXTEND_API_VERSIONS.get(api_version)
    if package is None:
        supported = ", ".join(EXTEND_API_VERSIONS)
        raise ConfigurationError(f"Extend API version {api_version!r} is not supported; supported: {supported}")
    network = _network(transport, verify=verify, cert=cert, limits=limits, proxy=proxy, http2=http2)
    common = _resolve(_EXTEND, token, base_url, timeout, retry, transport, on_attempt, network, rate_limit)
    headers = {"x-extend-api-version": api_version, "user-agent": _USER_AGENT}
    if workspace_id:
        headers["x-extend-workspace-id"] = workspace_id
    # Only the version asked for is imported: `import evalclient` does not pay for the others.
    generated = extend_evals_client if package == "extend_evals_client" else importlib.import_module(package)
    client = generated.AuthenticatedClient(
        base_url=common.base_url,
        token=common.token,
        headers=headers,
        timeout=common.timeout,
        raise_on_unexpected_status=True,
        httpx_args=common.httpx_args,
    )
    return cast("extend_evals_client.AuthenticatedClient | extend_evals_client_2025_04_21.AuthenticatedClient", client)


def bland_client(
    token: Token = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = 60.0,
    retry: RetryPolicy | None = None,
    transport: object | None = None,
    *,
    on_attempt: AttemptHook | None = None,
    rate_limit: RateLimit | None = None,
    verify: Verify = True,
    cert: Cert | None = None,
    limits: httpx.Limits | None = None,
    proxy: str | httpx.URL | None = None,
    http2: bool = False,
) -> bland_evals_client.AuthenticatedClient:
    """A client for the Bland evals API: key from `token` or BLAND_API_KEY, sent raw in `authorization`.

    `token`, `transport`, `on_attempt` and the HTTP settings as for `extend_client`.
    """
    network = _network(transport, verify=verify, cert=cert, limits=limits, proxy=proxy, http2=http2)
    common = _resolve(_BLAND, token, base_url, timeout, retry, transport, on_attempt, network, rate_limit)
    # Imported here, not at module level: a program that only talks to Extend never pays for
    # Bland's generated client class (about 2 ms of attrs class set-up, BENCHMARKS.md scenario 4).
    import bland_evals_client

    return bland_evals_client.AuthenticatedClient(
        base_url=common.base_url,
        token=common.token,
        prefix="",  # Bland's evals docs send the bare key, no "Bearer"
        auth_header_name="authorization",
        headers={"user-agent": _USER_AGENT},
        timeout=common.timeout,
        raise_on_unexpected_status=True,
        httpx_args=common.httpx_args,
    )


def _network(transport: object | None, **settings: Any) -> NetworkSettings | None:
    """The HTTP settings, or None when all are defaults; refused beside a transport of the caller's."""
    network = NetworkSettings(**settings)
    if network == _DEFAULT_NETWORK:
        return None
    if transport is not None:
        given = ", ".join(name for name, value in settings.items() if getattr(_DEFAULT_NETWORK, name) != value)
        raise ConfigurationError(
            f"{given} cannot be combined with transport=: configure the transport you pass instead"
        )
    return network


def _resolve(
    vendor: _Vendor,
    token: Token,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    retry: RetryPolicy | None,
    transport: object | None,
    on_attempt: AttemptHook | None,
    network: NetworkSettings | None,
    rate_limit: RateLimit | None = None,
) -> _Common:
    """Settings both vendors resolve the same way. Errors name the setting, never the key's value."""
    key: RotatingKey | None = None
    if callable(token):
        # The generated client's own header gets no key; the transport writes the current one
        # into every attempt.
        key = RotatingKey(token, header=vendor.auth_header, prefix=vendor.auth_prefix)
        token = ""
    else:
        if token is None:
            token = os.environ.get(vendor.token_env, "")
        token = token.strip()  # a key pasted with a trailing newline would otherwise break the header
        if not token:
            raise ConfigurationError(f"no API key: pass token=... or set the {vendor.token_env} environment variable")
    source = "base_url"
    if base_url is None:
        source = f"the {vendor.base_url_env} environment variable"
        base_url = os.environ.get(vendor.base_url_env) or vendor.default_base_url
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        url = httpx.URL()
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{source} must be an http(s) URL such as {vendor.default_base_url!r}, got {base_url!r}"
        )
    policy = RetryPolicy.default() if retry is None else retry
    eval_transport = EvalTransport(
        policy, inner=transport, on_attempt=on_attempt, key=key, network=network, rate_limit=rate_limit
    )
    return _Common(token, base_url, httpx.Timeout(timeout), {"transport": eval_transport})
