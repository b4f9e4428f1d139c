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

    from ...models.create_evaluation_set_request import CreateEvaluationSetRequest
    from ...models.error import Error
    from ...models.evaluation_set import EvaluationSet
    from ...models.evaluation_set_response import EvaluationSetResponse
    from ...models.evaluation_sets_list_response import EvaluationSetsListResponse
    from ...models.sort_by import SortBy
    from ...models.sort_dir import SortDir

__all__ = ["AsyncEvaluationSets", "EvaluationSets"]


class EvaluationSets(ResourceBase):
    """The `evaluation_sets` operations: one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        *,
        processor_id: str | Unset = UNSET,
        sort_by: SortBy | Unset = UNSET,
        sort_dir: SortDir | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        max_page_size: int | None = None,
        next_page_token: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[EvaluationSet]:
        """List evaluation sets: every item, page by page (`max_page_size` per page, `max_items` in all).

        Resume with `next_page_token=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import extend_evals_client_2025_04_21.api.evaluation_sets.list_evaluation_sets as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=max_page_size,
            max_items=max_items,
            page_token=next_page_token,
            processor_id=processor_id,
            sort_by=sort_by,
            sort_dir=sort_dir,
            x_extend_workspace_id=extend_workspace_id,
        )

    @overload
    def create(
        self,
        *,
        name: str,
        description: str,
        processor_id: str,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetResponse: ...
    @overload
    def create(
        self,
        body: CreateEvaluationSetRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetResponse: ...
    def create(
        self,
        body: CreateEvaluationSetRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        processor_id: str | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetResponse:
        """Create an evaluation set: the body as keyword arguments, or a ready `CreateEvaluationSetRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import CreateEvaluationSetRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            if isinstance(description, Unset):
                raise TypeError("create() missing required keyword argument: 'description'")
            if isinstance(processor_id, Unset):
                raise TypeError("create() missing required keyword argument: 'processor_id'")
            body = CreateEvaluationSetRequest(
                name=name,
                description=description,
                processor_id=processor_id,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                processor_id,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_sets.create_evaluation_set as operation

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
    ) -> EvaluationSetResponse:
        """Get an evaluation set."""
        import extend_evals_client_2025_04_21.api.evaluation_sets.get_evaluation_set as operation

        result = operation.sync(
            id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result


class AsyncEvaluationSets(ResourceBase):
    """The `evaluation_sets` operations (async): one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        *,
        processor_id: str | Unset = UNSET,
        sort_by: SortBy | Unset = UNSET,
        sort_dir: SortDir | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        max_page_size: int | None = None,
        next_page_token: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[EvaluationSet]:
        """List evaluation sets: every item, page by page (`max_page_size` per page, `max_items` in all).

        Resume with `next_page_token=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import extend_evals_client_2025_04_21.api.evaluation_sets.list_evaluation_sets as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=max_page_size,
            max_items=max_items,
            page_token=next_page_token,
            processor_id=processor_id,
            sort_by=sort_by,
            sort_dir=sort_dir,
            x_extend_workspace_id=extend_workspace_id,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str,
        processor_id: str,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetResponse: ...
    @overload
    async def create(
        self,
        body: CreateEvaluationSetRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetResponse: ...
    async def create(
        self,
        body: CreateEvaluationSetRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        processor_id: str | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetResponse:
        """Create an evaluation set: the body as keyword arguments, or a ready `CreateEvaluationSetRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import CreateEvaluationSetRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            if isinstance(description, Unset):
                raise TypeError("create() missing required keyword argument: 'description'")
            if isinstance(processor_id, Unset):
                raise TypeError("create() missing required keyword argument: 'processor_id'")
            body = CreateEvaluationSetRequest(
                name=name,
                description=description,
                processor_id=processor_id,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                processor_id,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_sets.create_evaluation_set as operation

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
    ) -> EvaluationSetResponse:
        """Get an evaluation set."""
        import extend_evals_client_2025_04_21.api.evaluation_sets.get_evaluation_set as operation

        result = await operation.asyncio(
            id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result
