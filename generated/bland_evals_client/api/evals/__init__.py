"""Contains endpoint functions for accessing the API, and this tag's resource classes."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset
from .. import ResourceBase

if TYPE_CHECKING:
    # Only for annotations: importing any operation of this tag runs this module first, so at run
    # time the methods import what they call (change 2 in the header).
    import httpx
    from evalclient.pagination import AsyncPager, Pager
    from evalclient.retry import RetryPolicy

    from ...models.bland_error import BlandError
    from ...models.error_envelope import ErrorEnvelope
    from ...models.evals_status import EvalsStatus
    from ...models.evals_status_envelope import EvalsStatusEnvelope

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
        import bland_evals_client.api.evals.get_evals_status as operation

        result = operation.sync(
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
        import bland_evals_client.api.evals.get_evals_status as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "evals.retrieve_status")
        return result.data
