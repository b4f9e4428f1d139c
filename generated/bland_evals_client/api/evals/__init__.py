"""Contains endpoint functions for accessing the API, and this tag's resource classes."""

import builtins
from collections.abc import Mapping
from typing import Any, cast, overload

import httpx
from evalclient.pagination import AsyncPager, Pager, apaginate, paginate
from evalclient.retry import RetryPolicy
from evalclient.waiting import wait_for_run, wait_for_run_async

from ...models.bland_error import BlandError
from ...models.error_envelope import ErrorEnvelope
from ...models.evals_status import EvalsStatus
from ...models.evals_status_envelope import EvalsStatusEnvelope
from ...types import UNSET, Unset
from .. import ResourceBase
from . import get_evals_status

__all__ = ["AsyncEvals", "Evals"]


class Evals(ResourceBase):
    """The `evals` operations: one method per operation of the spec."""

    __slots__ = ()

    def retrieve_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalsStatus:
        """Get Evals status."""
        result = get_evals_status.sync(
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "evals.retrieve_status")
        return result.data


class AsyncEvals(ResourceBase):
    """The `evals` operations (async): one method per operation of the spec."""

    __slots__ = ()

    async def retrieve_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalsStatus:
        """Get Evals status."""
        result = await get_evals_status.asyncio(
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "evals.retrieve_status")
        return result.data
