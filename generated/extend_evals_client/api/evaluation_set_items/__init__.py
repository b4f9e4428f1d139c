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
    from ...models.api_key_creator import ApiKeyCreator
    from ...models.create_evaluation_set_item import CreateEvaluationSetItem
    from ...models.create_evaluation_set_items_request import (
        CreateEvaluationSetItemsRequest,
    )
    from ...models.create_evaluation_set_items_response import (
        CreateEvaluationSetItemsResponse,
    )
    from ...models.delete_evaluation_set_item_response import (
        DeleteEvaluationSetItemResponse,
    )
    from ...models.evaluation_set_item import EvaluationSetItem
    from ...models.evaluation_set_item_summary import EvaluationSetItemSummary
    from ...models.evaluation_set_items_list_response import (
        EvaluationSetItemsListResponse,
    )
    from ...models.file_summary import FileSummary
    from ...models.provided_classify_output import ProvidedClassifyOutput
    from ...models.provided_extract_output import ProvidedExtractOutput
    from ...models.provided_split_output import ProvidedSplitOutput
    from ...models.sort_by import SortBy
    from ...models.sort_dir import SortDir
    from ...models.unknown_creator import UnknownCreator
    from ...models.update_evaluation_set_item_request import (
        UpdateEvaluationSetItemRequest,
    )
    from ...models.user_creator import UserCreator

__all__ = ["AsyncEvaluationSetItems", "EvaluationSetItems"]


class EvaluationSetItems(ResourceBase):
    """The `evaluation_set_items` operations: one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        evaluation_set_id: str,
        *,
        sort_by: SortBy | Unset = UNSET,
        sort_dir: SortDir | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        max_page_size: int | None = None,
        next_page_token: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[EvaluationSetItemSummary]:
        """List evaluation set items: every item, page by page (`max_page_size` per page, `max_items` in all).

        Resume with `next_page_token=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import extend_evals_client.api.evaluation_set_items.list_evaluation_set_items as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=max_page_size,
            max_items=max_items,
            page_token=next_page_token,
            evaluation_set_id=evaluation_set_id,
            sort_by=sort_by,
            sort_dir=sort_dir,
            x_extend_workspace_id=extend_workspace_id,
        )

    @overload
    def create(
        self,
        evaluation_set_id: str,
        *,
        items: builtins.list[CreateEvaluationSetItem],
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateEvaluationSetItemsResponse: ...
    @overload
    def create(
        self,
        evaluation_set_id: str,
        body: CreateEvaluationSetItemsRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateEvaluationSetItemsResponse: ...
    def create(
        self,
        evaluation_set_id: str,
        body: CreateEvaluationSetItemsRequest | None = None,
        *,
        items: builtins.list[CreateEvaluationSetItem] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateEvaluationSetItemsResponse:
        """Create evaluation set items (bulk, at most 100): the body as keyword arguments, or a ready `CreateEvaluationSetItemsRequest`."""
        if body is None:
            from extend_evals_client.models import CreateEvaluationSetItemsRequest

            if isinstance(items, Unset):
                raise TypeError("create() missing required keyword argument: 'items'")
            body = CreateEvaluationSetItemsRequest(
                items=items,
            )
        elif any(not isinstance(value, Unset) for value in (items,)):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client.api.evaluation_set_items.create_evaluation_set_items as operation

        result = operation.sync(
            evaluation_set_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    def retrieve(
        self,
        evaluation_set_id: str,
        item_id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem:
        """Get an evaluation set item."""
        import extend_evals_client.api.evaluation_set_items.get_evaluation_set_item as operation

        result = operation.sync(
            evaluation_set_id,
            item_id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    @overload
    def update(
        self,
        evaluation_set_id: str,
        item_id: str,
        *,
        expected_output: ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem: ...
    @overload
    def update(
        self,
        evaluation_set_id: str,
        item_id: str,
        body: UpdateEvaluationSetItemRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem: ...
    def update(
        self,
        evaluation_set_id: str,
        item_id: str,
        body: UpdateEvaluationSetItemRequest | None = None,
        *,
        expected_output: ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem:
        """Update an evaluation set item's expected output: the body as keyword arguments, or a ready `UpdateEvaluationSetItemRequest`."""
        if body is None:
            from extend_evals_client.models import UpdateEvaluationSetItemRequest

            if isinstance(expected_output, Unset):
                raise TypeError("update() missing required keyword argument: 'expected_output'")
            body = UpdateEvaluationSetItemRequest(
                expected_output=expected_output,
            )
        elif any(not isinstance(value, Unset) for value in (expected_output,)):
            raise TypeError("update() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client.api.evaluation_set_items.update_evaluation_set_item as operation

        result = operation.sync(
            evaluation_set_id,
            item_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    def delete(
        self,
        evaluation_set_id: str,
        item_id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeleteEvaluationSetItemResponse:
        """Delete an evaluation set item."""
        import extend_evals_client.api.evaluation_set_items.delete_evaluation_set_item as operation

        result = operation.sync(
            evaluation_set_id,
            item_id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result


class AsyncEvaluationSetItems(ResourceBase):
    """The `evaluation_set_items` operations (async): one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        evaluation_set_id: str,
        *,
        sort_by: SortBy | Unset = UNSET,
        sort_dir: SortDir | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        max_page_size: int | None = None,
        next_page_token: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[EvaluationSetItemSummary]:
        """List evaluation set items: every item, page by page (`max_page_size` per page, `max_items` in all).

        Resume with `next_page_token=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import extend_evals_client.api.evaluation_set_items.list_evaluation_set_items as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=max_page_size,
            max_items=max_items,
            page_token=next_page_token,
            evaluation_set_id=evaluation_set_id,
            sort_by=sort_by,
            sort_dir=sort_dir,
            x_extend_workspace_id=extend_workspace_id,
        )

    @overload
    async def create(
        self,
        evaluation_set_id: str,
        *,
        items: builtins.list[CreateEvaluationSetItem],
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateEvaluationSetItemsResponse: ...
    @overload
    async def create(
        self,
        evaluation_set_id: str,
        body: CreateEvaluationSetItemsRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateEvaluationSetItemsResponse: ...
    async def create(
        self,
        evaluation_set_id: str,
        body: CreateEvaluationSetItemsRequest | None = None,
        *,
        items: builtins.list[CreateEvaluationSetItem] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateEvaluationSetItemsResponse:
        """Create evaluation set items (bulk, at most 100): the body as keyword arguments, or a ready `CreateEvaluationSetItemsRequest`."""
        if body is None:
            from extend_evals_client.models import CreateEvaluationSetItemsRequest

            if isinstance(items, Unset):
                raise TypeError("create() missing required keyword argument: 'items'")
            body = CreateEvaluationSetItemsRequest(
                items=items,
            )
        elif any(not isinstance(value, Unset) for value in (items,)):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client.api.evaluation_set_items.create_evaluation_set_items as operation

        result = await operation.asyncio(
            evaluation_set_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    async def retrieve(
        self,
        evaluation_set_id: str,
        item_id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem:
        """Get an evaluation set item."""
        import extend_evals_client.api.evaluation_set_items.get_evaluation_set_item as operation

        result = await operation.asyncio(
            evaluation_set_id,
            item_id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    @overload
    async def update(
        self,
        evaluation_set_id: str,
        item_id: str,
        *,
        expected_output: ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem: ...
    @overload
    async def update(
        self,
        evaluation_set_id: str,
        item_id: str,
        body: UpdateEvaluationSetItemRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem: ...
    async def update(
        self,
        evaluation_set_id: str,
        item_id: str,
        body: UpdateEvaluationSetItemRequest | None = None,
        *,
        expected_output: ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItem:
        """Update an evaluation set item's expected output: the body as keyword arguments, or a ready `UpdateEvaluationSetItemRequest`."""
        if body is None:
            from extend_evals_client.models import UpdateEvaluationSetItemRequest

            if isinstance(expected_output, Unset):
                raise TypeError("update() missing required keyword argument: 'expected_output'")
            body = UpdateEvaluationSetItemRequest(
                expected_output=expected_output,
            )
        elif any(not isinstance(value, Unset) for value in (expected_output,)):
            raise TypeError("update() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client.api.evaluation_set_items.update_evaluation_set_item as operation

        result = await operation.asyncio(
            evaluation_set_id,
            item_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    async def delete(
        self,
        evaluation_set_id: str,
        item_id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeleteEvaluationSetItemResponse:
        """Delete an evaluation set item."""
        import extend_evals_client.api.evaluation_set_items.delete_evaluation_set_item as operation

        result = await operation.asyncio(
            evaluation_set_id,
            item_id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result
