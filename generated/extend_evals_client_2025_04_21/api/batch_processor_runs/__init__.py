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

    from ...models.batch_processor_run import BatchProcessorRun
    from ...models.batch_processor_run_metrics import BatchProcessorRunMetrics
    from ...models.batch_processor_run_options import BatchProcessorRunOptions
    from ...models.batch_processor_run_response import BatchProcessorRunResponse
    from ...models.batch_processor_run_source import BatchProcessorRunSource
    from ...models.batch_processor_run_status import BatchProcessorRunStatus
    from ...models.error import Error

__all__ = ["AsyncBatchProcessorRuns", "BatchProcessorRuns"]


class BatchProcessorRuns(ResourceBase):
    """The `batch_processor_runs` operations: one method per operation of the spec."""

    __slots__ = ()

    def retrieve(
        self,
        id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchProcessorRunResponse:
        """Get a batch processor run."""
        import extend_evals_client_2025_04_21.api.batch_processor_runs.get_batch_processor_run as operation

        result = operation.sync(
            id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> BatchProcessorRun:
        """Poll until the run ends (as `evalclient.wait_for_run`): the final run; RunFailed or WaitTimeout.

        `wait_options` are `wait_for_run`'s own: `polling=`, `clock=`, `sleep=`, `rng=`.
        """
        import evalclient.waiting as waiting

        import extend_evals_client_2025_04_21.api.batch_processor_runs.get_batch_processor_run as operation

        return waiting.wait_for_run(
            operation,
            client=self._client,
            id=id,
            timeout=timeout,
            on_update=on_update,
            raise_on_failure=raise_on_failure,
            **wait_options,
        )


class AsyncBatchProcessorRuns(ResourceBase):
    """The `batch_processor_runs` operations (async): one method per operation of the spec."""

    __slots__ = ()

    async def retrieve(
        self,
        id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BatchProcessorRunResponse:
        """Get a batch processor run."""
        import extend_evals_client_2025_04_21.api.batch_processor_runs.get_batch_processor_run as operation

        result = await operation.asyncio(
            id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> BatchProcessorRun:
        """Poll until the run ends (as `evalclient.wait_for_run`): the final run; RunFailed or WaitTimeout.

        `wait_options` are `wait_for_run`'s own: `polling=`, `clock=`, `sleep=`, `rng=`.
        """
        import evalclient.waiting as waiting

        import extend_evals_client_2025_04_21.api.batch_processor_runs.get_batch_processor_run as operation

        return await waiting.wait_for_run_async(
            operation,
            client=self._client,
            id=id,
            timeout=timeout,
            on_update=on_update,
            raise_on_failure=raise_on_failure,
            **wait_options,
        )
