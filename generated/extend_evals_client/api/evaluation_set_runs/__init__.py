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

    from ...models.api_error import ApiError
    from ...models.batch_run_status import BatchRunStatus
    from ...models.classifier_summary import ClassifierSummary
    from ...models.classifier_version_summary import ClassifierVersionSummary
    from ...models.classify_run_metrics import ClassifyRunMetrics
    from ...models.create_evaluation_set_run_request import (
        CreateEvaluationSetRunRequest,
    )
    from ...models.evaluation_set_run import EvaluationSetRun
    from ...models.extract_run_metrics import ExtractRunMetrics
    from ...models.extractor_summary import ExtractorSummary
    from ...models.extractor_version_summary import ExtractorVersionSummary
    from ...models.run_entity_choice import RunEntityChoice
    from ...models.run_metrics import RunMetrics
    from ...models.run_options import RunOptions
    from ...models.splitter_run_metrics import SplitterRunMetrics
    from ...models.splitter_summary import SplitterSummary
    from ...models.splitter_version_summary import SplitterVersionSummary
    from ...models.unknown_entity_summary import UnknownEntitySummary
    from ...models.unknown_entity_version_summary import UnknownEntityVersionSummary

__all__ = ["AsyncEvaluationSetRuns", "EvaluationSetRuns"]


class EvaluationSetRuns(ResourceBase):
    """The `evaluation_set_runs` operations: one method per operation of the spec."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        evaluation_set_id: str,
        entity: RunEntityChoice | Unset = UNSET,
        evaluation_set_item_ids: builtins.list[str] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun: ...
    @overload
    def create(
        self,
        body: CreateEvaluationSetRunRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun: ...
    def create(
        self,
        body: CreateEvaluationSetRunRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        entity: RunEntityChoice | Unset = UNSET,
        evaluation_set_item_ids: builtins.list[str] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun:
        """Create (start) an evaluation set run: the body as keyword arguments, or a ready `CreateEvaluationSetRunRequest`."""
        if body is None:
            from extend_evals_client.models import CreateEvaluationSetRunRequest

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("create() missing required keyword argument: 'evaluation_set_id'")
            body = CreateEvaluationSetRunRequest(
                evaluation_set_id=evaluation_set_id,
                entity=entity,
                evaluation_set_item_ids=evaluation_set_item_ids,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                evaluation_set_id,
                entity,
                evaluation_set_item_ids,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client.api.evaluation_set_runs.create_evaluation_set_run as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    def retrieve(
        self,
        id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun:
        """Get an evaluation set run."""
        import extend_evals_client.api.evaluation_set_runs.get_evaluation_set_run as operation

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
    ) -> EvaluationSetRun:
        """Poll until the run ends (as `evalclient.wait_for_run`): the final run; RunFailed or WaitTimeout.

        `wait_options` are `wait_for_run`'s own: `polling=`, `clock=`, `sleep=`, `rng=`.
        """
        import evalclient.waiting as waiting

        import extend_evals_client.api.evaluation_set_runs.get_evaluation_set_run as operation

        return waiting.wait_for_run(
            operation,
            client=self._client,
            id=id,
            timeout=timeout,
            on_update=on_update,
            raise_on_failure=raise_on_failure,
            **wait_options,
        )

    def create_and_wait(
        self,
        body: CreateEvaluationSetRunRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        entity: RunEntityChoice | Unset = UNSET,
        evaluation_set_item_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> EvaluationSetRun:
        """Create a run (the body as for `create`) and wait for it: the final run; RunFailed or WaitTimeout."""
        if body is None:
            from extend_evals_client.models import CreateEvaluationSetRunRequest

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("create_and_wait() missing required keyword argument: 'evaluation_set_id'")
            body = CreateEvaluationSetRunRequest(
                evaluation_set_id=evaluation_set_id,
                entity=entity,
                evaluation_set_item_ids=evaluation_set_item_ids,
            )
        created = self.create(body)
        return self.wait(
            created.id, timeout=timeout, on_update=on_update, raise_on_failure=raise_on_failure, **wait_options
        )


class AsyncEvaluationSetRuns(ResourceBase):
    """The `evaluation_set_runs` operations (async): one method per operation of the spec."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        evaluation_set_id: str,
        entity: RunEntityChoice | Unset = UNSET,
        evaluation_set_item_ids: builtins.list[str] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun: ...
    @overload
    async def create(
        self,
        body: CreateEvaluationSetRunRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun: ...
    async def create(
        self,
        body: CreateEvaluationSetRunRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        entity: RunEntityChoice | Unset = UNSET,
        evaluation_set_item_ids: builtins.list[str] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun:
        """Create (start) an evaluation set run: the body as keyword arguments, or a ready `CreateEvaluationSetRunRequest`."""
        if body is None:
            from extend_evals_client.models import CreateEvaluationSetRunRequest

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("create() missing required keyword argument: 'evaluation_set_id'")
            body = CreateEvaluationSetRunRequest(
                evaluation_set_id=evaluation_set_id,
                entity=entity,
                evaluation_set_item_ids=evaluation_set_item_ids,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                evaluation_set_id,
                entity,
                evaluation_set_item_ids,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client.api.evaluation_set_runs.create_evaluation_set_run as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    async def retrieve(
        self,
        id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetRun:
        """Get an evaluation set run."""
        import extend_evals_client.api.evaluation_set_runs.get_evaluation_set_run as operation

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
    ) -> EvaluationSetRun:
        """Poll until the run ends (as `evalclient.wait_for_run`): the final run; RunFailed or WaitTimeout.

        `wait_options` are `wait_for_run`'s own: `polling=`, `clock=`, `sleep=`, `rng=`.
        """
        import evalclient.waiting as waiting

        import extend_evals_client.api.evaluation_set_runs.get_evaluation_set_run as operation

        return await waiting.wait_for_run_async(
            operation,
            client=self._client,
            id=id,
            timeout=timeout,
            on_update=on_update,
            raise_on_failure=raise_on_failure,
            **wait_options,
        )

    async def create_and_wait(
        self,
        body: CreateEvaluationSetRunRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        entity: RunEntityChoice | Unset = UNSET,
        evaluation_set_item_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> EvaluationSetRun:
        """Create a run (the body as for `create`) and wait for it: the final run; RunFailed or WaitTimeout."""
        if body is None:
            from extend_evals_client.models import CreateEvaluationSetRunRequest

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("create_and_wait() missing required keyword argument: 'evaluation_set_id'")
            body = CreateEvaluationSetRunRequest(
                evaluation_set_id=evaluation_set_id,
                entity=entity,
                evaluation_set_item_ids=evaluation_set_item_ids,
            )
        created = await self.create(body)
        return await self.wait(
            created.id, timeout=timeout, on_update=on_update, raise_on_failure=raise_on_failure, **wait_options
        )
