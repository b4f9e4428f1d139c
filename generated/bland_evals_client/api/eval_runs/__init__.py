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

    from ...models.agent_result import AgentResult
    from ...models.agent_result_list import AgentResultList
    from ...models.agent_result_list_envelope import AgentResultListEnvelope
    from ...models.agent_snapshot import AgentSnapshot
    from ...models.agent_snapshot_list import AgentSnapshotList
    from ...models.agent_snapshot_list_envelope import AgentSnapshotListEnvelope
    from ...models.attached_agent import AttachedAgent
    from ...models.bland_error import BlandError
    from ...models.call_result import CallResult
    from ...models.call_result_list import CallResultList
    from ...models.call_result_list_envelope import CallResultListEnvelope
    from ...models.create_eval_run_request import CreateEvalRunRequest
    from ...models.error_envelope import ErrorEnvelope
    from ...models.eval_run import EvalRun
    from ...models.eval_run_envelope import EvalRunEnvelope
    from ...models.eval_run_estimate import EvalRunEstimate
    from ...models.eval_run_estimate_envelope import EvalRunEstimateEnvelope
    from ...models.eval_run_list import EvalRunList
    from ...models.eval_run_list_envelope import EvalRunListEnvelope
    from ...models.eval_run_list_item import EvalRunListItem
    from ...models.metadata import Metadata
    from ...models.run_mode import RunMode
    from ...models.run_status import RunStatus
    from ...models.run_summary import RunSummary
    from ...models.triggered_by import TriggeredBy

__all__ = ["AsyncEvalRuns", "EvalRuns"]


class EvalRuns(ResourceBase):
    """The `eval_runs` operations: one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        *,
        eval_agent_id: str | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        status: RunStatus | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[EvalRunListItem]:
        """List eval runs: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_runs.list_eval_runs as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            eval_agent_id=eval_agent_id,
            workbench_setup_id=workbench_setup_id,
            status=status,
            triggered_by=triggered_by,
        )

    @overload
    def create(
        self,
        *,
        call_ids: builtins.list[str],
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun: ...
    @overload
    def create(
        self,
        body: CreateEvalRunRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun: ...
    def create(
        self,
        body: CreateEvalRunRequest | None = None,
        *,
        call_ids: builtins.list[str] | Unset = UNSET,
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun:
        """Create eval run: the body as keyword arguments, or a ready `CreateEvalRunRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalRunRequest

            if isinstance(call_ids, Unset):
                raise TypeError("create() missing required keyword argument: 'call_ids'")
            body = CreateEvalRunRequest(
                call_ids=call_ids,
                attached_agents=attached_agents,
                run_mode=run_mode,
                pass_threshold_pct=pass_threshold_pct,
                workbench_setup_id=workbench_setup_id,
                workbench_setup_version_id=workbench_setup_version_id,
                triggered_by=triggered_by,
                metadata=metadata,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                call_ids,
                attached_agents,
                run_mode,
                pass_threshold_pct,
                workbench_setup_id,
                workbench_setup_version_id,
                triggered_by,
                metadata,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_runs.create_eval_run as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_runs.create")
        return result.data

    @overload
    def estimate(
        self,
        *,
        call_ids: builtins.list[str],
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRunEstimate: ...
    @overload
    def estimate(
        self,
        body: CreateEvalRunRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRunEstimate: ...
    def estimate(
        self,
        body: CreateEvalRunRequest | None = None,
        *,
        call_ids: builtins.list[str] | Unset = UNSET,
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRunEstimate:
        """Estimate eval run: the body as keyword arguments, or a ready `CreateEvalRunRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalRunRequest

            if isinstance(call_ids, Unset):
                raise TypeError("estimate() missing required keyword argument: 'call_ids'")
            body = CreateEvalRunRequest(
                call_ids=call_ids,
                attached_agents=attached_agents,
                run_mode=run_mode,
                pass_threshold_pct=pass_threshold_pct,
                workbench_setup_id=workbench_setup_id,
                workbench_setup_version_id=workbench_setup_version_id,
                triggered_by=triggered_by,
                metadata=metadata,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                call_ids,
                attached_agents,
                run_mode,
                pass_threshold_pct,
                workbench_setup_id,
                workbench_setup_version_id,
                triggered_by,
                metadata,
            )
        ):
            raise TypeError("estimate() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_runs.estimate_eval_run as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_runs.estimate")
        return result.data

    def retrieve(
        self,
        run_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun:
        """Get eval run."""
        import bland_evals_client.api.eval_runs.get_eval_run as operation

        result = operation.sync(
            run_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_runs.retrieve")
        return result.data

    def cancel(
        self,
        run_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun:
        """Cancel eval run."""
        import bland_evals_client.api.eval_runs.cancel_eval_run as operation

        result = operation.sync(
            run_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_runs.cancel")
        return result.data

    def call_results(
        self,
        run_id: str,
        *,
        include_agent_results: bool | Unset = False,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[CallResult]:
        """List call results of an eval run: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_runs.list_eval_run_call_results as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            run_id=run_id,
            include_agent_results=include_agent_results,
        )

    def agent_results(
        self,
        run_id: str,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[AgentResult]:
        """List agent results of an eval run: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_runs.list_eval_run_agent_results as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            run_id=run_id,
        )

    def agent_snapshots(
        self,
        run_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentSnapshotList:
        """List agent snapshots of an eval run."""
        import bland_evals_client.api.eval_runs.list_eval_run_agent_snapshots as operation

        result = operation.sync(
            run_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_runs.agent_snapshots")
        return result.data

    def wait(
        self,
        run_id: str,
        *,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> EvalRun:
        """Poll until the run ends (as `evalclient.wait_for_run`): the final run; RunFailed or WaitTimeout.

        `wait_options` are `wait_for_run`'s own: `polling=`, `clock=`, `sleep=`, `rng=`.
        """
        import evalclient.waiting as waiting

        import bland_evals_client.api.eval_runs.get_eval_run as operation

        return waiting.wait_for_run(
            operation,
            client=self._client,
            run_id=run_id,
            timeout=timeout,
            on_update=on_update,
            raise_on_failure=raise_on_failure,
            **wait_options,
        )

    def create_and_wait(
        self,
        body: CreateEvalRunRequest | None = None,
        *,
        call_ids: builtins.list[str] | Unset = UNSET,
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> EvalRun:
        """Create a run (the body as for `create`) and wait for it: the final run; RunFailed or WaitTimeout."""
        if body is None:
            from bland_evals_client.models import CreateEvalRunRequest

            if isinstance(call_ids, Unset):
                raise TypeError("create_and_wait() missing required keyword argument: 'call_ids'")
            body = CreateEvalRunRequest(
                call_ids=call_ids,
                attached_agents=attached_agents,
                run_mode=run_mode,
                pass_threshold_pct=pass_threshold_pct,
                workbench_setup_id=workbench_setup_id,
                workbench_setup_version_id=workbench_setup_version_id,
                triggered_by=triggered_by,
                metadata=metadata,
            )
        created = self.create(body)
        return self.wait(
            created.id, timeout=timeout, on_update=on_update, raise_on_failure=raise_on_failure, **wait_options
        )


class AsyncEvalRuns(ResourceBase):
    """The `eval_runs` operations (async): one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        *,
        eval_agent_id: str | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        status: RunStatus | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[EvalRunListItem]:
        """List eval runs: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_runs.list_eval_runs as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            eval_agent_id=eval_agent_id,
            workbench_setup_id=workbench_setup_id,
            status=status,
            triggered_by=triggered_by,
        )

    @overload
    async def create(
        self,
        *,
        call_ids: builtins.list[str],
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun: ...
    @overload
    async def create(
        self,
        body: CreateEvalRunRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun: ...
    async def create(
        self,
        body: CreateEvalRunRequest | None = None,
        *,
        call_ids: builtins.list[str] | Unset = UNSET,
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun:
        """Create eval run: the body as keyword arguments, or a ready `CreateEvalRunRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalRunRequest

            if isinstance(call_ids, Unset):
                raise TypeError("create() missing required keyword argument: 'call_ids'")
            body = CreateEvalRunRequest(
                call_ids=call_ids,
                attached_agents=attached_agents,
                run_mode=run_mode,
                pass_threshold_pct=pass_threshold_pct,
                workbench_setup_id=workbench_setup_id,
                workbench_setup_version_id=workbench_setup_version_id,
                triggered_by=triggered_by,
                metadata=metadata,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                call_ids,
                attached_agents,
                run_mode,
                pass_threshold_pct,
                workbench_setup_id,
                workbench_setup_version_id,
                triggered_by,
                metadata,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_runs.create_eval_run as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_runs.create")
        return result.data

    @overload
    async def estimate(
        self,
        *,
        call_ids: builtins.list[str],
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRunEstimate: ...
    @overload
    async def estimate(
        self,
        body: CreateEvalRunRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRunEstimate: ...
    async def estimate(
        self,
        body: CreateEvalRunRequest | None = None,
        *,
        call_ids: builtins.list[str] | Unset = UNSET,
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRunEstimate:
        """Estimate eval run: the body as keyword arguments, or a ready `CreateEvalRunRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalRunRequest

            if isinstance(call_ids, Unset):
                raise TypeError("estimate() missing required keyword argument: 'call_ids'")
            body = CreateEvalRunRequest(
                call_ids=call_ids,
                attached_agents=attached_agents,
                run_mode=run_mode,
                pass_threshold_pct=pass_threshold_pct,
                workbench_setup_id=workbench_setup_id,
                workbench_setup_version_id=workbench_setup_version_id,
                triggered_by=triggered_by,
                metadata=metadata,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                call_ids,
                attached_agents,
                run_mode,
                pass_threshold_pct,
                workbench_setup_id,
                workbench_setup_version_id,
                triggered_by,
                metadata,
            )
        ):
            raise TypeError("estimate() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_runs.estimate_eval_run as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_runs.estimate")
        return result.data

    async def retrieve(
        self,
        run_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun:
        """Get eval run."""
        import bland_evals_client.api.eval_runs.get_eval_run as operation

        result = await operation.asyncio(
            run_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_runs.retrieve")
        return result.data

    async def cancel(
        self,
        run_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalRun:
        """Cancel eval run."""
        import bland_evals_client.api.eval_runs.cancel_eval_run as operation

        result = await operation.asyncio(
            run_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_runs.cancel")
        return result.data

    def call_results(
        self,
        run_id: str,
        *,
        include_agent_results: bool | Unset = False,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[CallResult]:
        """List call results of an eval run: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_runs.list_eval_run_call_results as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            run_id=run_id,
            include_agent_results=include_agent_results,
        )

    def agent_results(
        self,
        run_id: str,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[AgentResult]:
        """List agent results of an eval run: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_runs.list_eval_run_agent_results as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            run_id=run_id,
        )

    async def agent_snapshots(
        self,
        run_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentSnapshotList:
        """List agent snapshots of an eval run."""
        import bland_evals_client.api.eval_runs.list_eval_run_agent_snapshots as operation

        result = await operation.asyncio(
            run_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_runs.agent_snapshots")
        return result.data

    async def wait(
        self,
        run_id: str,
        *,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> EvalRun:
        """Poll until the run ends (as `evalclient.wait_for_run`): the final run; RunFailed or WaitTimeout.

        `wait_options` are `wait_for_run`'s own: `polling=`, `clock=`, `sleep=`, `rng=`.
        """
        import evalclient.waiting as waiting

        import bland_evals_client.api.eval_runs.get_eval_run as operation

        return await waiting.wait_for_run_async(
            operation,
            client=self._client,
            run_id=run_id,
            timeout=timeout,
            on_update=on_update,
            raise_on_failure=raise_on_failure,
            **wait_options,
        )

    async def create_and_wait(
        self,
        body: CreateEvalRunRequest | None = None,
        *,
        call_ids: builtins.list[str] | Unset = UNSET,
        attached_agents: builtins.list[AttachedAgent] | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        pass_threshold_pct: float | Unset = UNSET,
        workbench_setup_id: str | Unset = UNSET,
        workbench_setup_version_id: str | Unset = UNSET,
        triggered_by: TriggeredBy | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | None = 900.0,
        on_update: Any = None,
        raise_on_failure: bool = True,
        **wait_options: Any,
    ) -> EvalRun:
        """Create a run (the body as for `create`) and wait for it: the final run; RunFailed or WaitTimeout."""
        if body is None:
            from bland_evals_client.models import CreateEvalRunRequest

            if isinstance(call_ids, Unset):
                raise TypeError("create_and_wait() missing required keyword argument: 'call_ids'")
            body = CreateEvalRunRequest(
                call_ids=call_ids,
                attached_agents=attached_agents,
                run_mode=run_mode,
                pass_threshold_pct=pass_threshold_pct,
                workbench_setup_id=workbench_setup_id,
                workbench_setup_version_id=workbench_setup_version_id,
                triggered_by=triggered_by,
                metadata=metadata,
            )
        created = await self.create(body)
        return await self.wait(
            created.id, timeout=timeout, on_update=on_update, raise_on_failure=raise_on_failure, **wait_options
        )
