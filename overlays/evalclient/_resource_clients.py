"""The resource-style clients: `evalclient.Extend`, `AsyncExtend`, `Bland`, `AsyncBland`.

    with evalclient.Extend() as extend:
        run = extend.evaluation_set_runs.create_and_wait(evaluation_set_id="ev_...", timeout=900)

Each is the generated package's `api.Resources` (or `AsyncResources`) over a client made by
`extend_client` / `bland_client` with the same settings, so retries, typed errors, pooling and
every HTTP setting apply. The resources and their methods are generated from the specs
(generator-templates/endpoint_init.py.jinja), so nothing here is per operation; the one
exception is the official Extend SDK's name `batch_processor_run.get`, kept beside the
consistent `batch_processor_runs.retrieve`. A tag's resource module is imported the first time
that resource is used. `.client` is the generated client beneath, for the functional style.
"""

from __future__ import annotations

import functools
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self, TypedDict, Unpack, cast

import httpx

import bland_evals_client.api
import extend_evals_client.api
from evalclient._attempts import AttemptHook
from evalclient._network import Cert, Verify
from evalclient._rate_limit import RateLimit
from evalclient.clients import Token, bland_client, extend_client
from evalclient.retry import RetryPolicy

if TYPE_CHECKING:
    from extend_evals_client.api.batch_processor_runs import AsyncBatchProcessorRuns, BatchProcessorRuns

    class _OfficialBatchProcessorRun(BatchProcessorRuns):
        get = BatchProcessorRuns.retrieve

    class _AsyncOfficialBatchProcessorRun(AsyncBatchProcessorRuns):
        get = AsyncBatchProcessorRuns.retrieve


__all__ = ["AsyncBland", "AsyncExtend", "Bland", "BlandSettings", "Extend", "ExtendSettings"]


class BlandSettings(TypedDict, total=False):
    """What `bland_client` takes, as keyword arguments of `Bland(...)` / `AsyncBland(...)`."""

    token: Token
    base_url: str | None
    timeout: float | httpx.Timeout | None
    retry: RetryPolicy | None
    transport: object | None
    on_attempt: AttemptHook | None
    rate_limit: RateLimit | None
    verify: Verify
    cert: Cert | None
    limits: httpx.Limits | None
    proxy: str | httpx.URL | None
    http2: bool


class ExtendSettings(BlandSettings, total=False):
    """What `extend_client` takes, as keyword arguments of `Extend(...)` / `AsyncExtend(...)`.

    These clients speak the default API version; for 2025-04-21 wrap a client of that version:
    `extend_evals_client_2025_04_21.api.Resources(evalclient.extend_client(api_version="2025-04-21"))`.
    """

    api_version: Literal["2026-02-09"]
    workspace_id: str | None


class _Closing:
    """`with` / `close()` for the sync clients, `async with` / `aclose()` for the async ones."""

    @property
    def _generated(self) -> extend_evals_client.AuthenticatedClient | bland_evals_client.AuthenticatedClient:
        raise NotImplementedError

    def close(self) -> None:
        self._generated.close()

    async def aclose(self) -> None:
        await self._generated.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()


class Extend(_Closing, extend_evals_client.api.Resources):
    """The Extend API, resource style: `Extend(token=..., ...)` takes what `extend_client` takes."""

    def __init__(self, **settings: Unpack[ExtendSettings]) -> None:
        super().__init__(extend_client(**settings))

    @property
    def _generated(self) -> extend_evals_client.AuthenticatedClient:
        return self._client

    @functools.cached_property
    def batch_processor_run(self) -> _OfficialBatchProcessorRun:
        """The official SDK's name for `batch_processor_runs`, with its `get` (= `retrieve`)."""
        return _legacy_names()[0](self._client)


class AsyncExtend(_Closing, extend_evals_client.api.AsyncResources):
    """The Extend API, resource style, async: every method is a coroutine; lists give async pagers."""

    def __init__(self, **settings: Unpack[ExtendSettings]) -> None:
        super().__init__(extend_client(**settings))

    @property
    def _generated(self) -> extend_evals_client.AuthenticatedClient:
        return self._client

    @functools.cached_property
    def batch_processor_run(self) -> _AsyncOfficialBatchProcessorRun:
        """The official SDK's name for `batch_processor_runs`, with its `get` (= `retrieve`)."""
        return _legacy_names()[1](self._client)


class Bland(_Closing, bland_evals_client.api.Resources):
    """The Bland evals API, resource style: methods return the `data` of Bland's envelope, typed."""

    def __init__(self, **settings: Unpack[BlandSettings]) -> None:
        super().__init__(bland_client(**settings))

    @property
    def _generated(self) -> bland_evals_client.AuthenticatedClient:
        return self._client


class AsyncBland(_Closing, bland_evals_client.api.AsyncResources):
    """The Bland evals API, resource style, async."""

    def __init__(self, **settings: Unpack[BlandSettings]) -> None:
        super().__init__(bland_client(**settings))

    @property
    def _generated(self) -> bland_evals_client.AuthenticatedClient:
        return self._client


@functools.cache
def _legacy_names() -> tuple[type[_OfficialBatchProcessorRun], type[_AsyncOfficialBatchProcessorRun]]:
    """`batch_processor_runs` with `get` beside `retrieve`, built on first use (the tag's module
    is imported only then)."""
    from extend_evals_client.api.batch_processor_runs import AsyncBatchProcessorRuns, BatchProcessorRuns

    class OfficialBatchProcessorRun(BatchProcessorRuns):
        __slots__ = ()
        get = BatchProcessorRuns.retrieve

    class AsyncOfficialBatchProcessorRun(AsyncBatchProcessorRuns):
        __slots__ = ()
        get = AsyncBatchProcessorRuns.retrieve

    # The same classes as the TYPE_CHECKING declarations above, built where the tag is imported.
    return cast("type[_OfficialBatchProcessorRun]", OfficialBatchProcessorRun), cast(
        "type[_AsyncOfficialBatchProcessorRun]", AsyncOfficialBatchProcessorRun
    )
