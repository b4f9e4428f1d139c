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

    from ...models.bulk_create_evaluation_set_item import BulkCreateEvaluationSetItem
    from ...models.bulk_create_evaluation_set_items_request import (
        BulkCreateEvaluationSetItemsRequest,
    )
    from ...models.bulk_create_evaluation_set_items_response import (
        BulkCreateEvaluationSetItemsResponse,
    )
    from ...models.create_evaluation_set_item_request import (
        CreateEvaluationSetItemRequest,
    )
    from ...models.delete_evaluation_set_item_response import (
        DeleteEvaluationSetItemResponse,
    )
    from ...models.error import Error
    from ...models.evaluation_set_item import EvaluationSetItem
    from ...models.evaluation_set_item_response import EvaluationSetItemResponse
    from ...models.evaluation_set_items_list_response import (
        EvaluationSetItemsListResponse,
    )
    from ...models.provided_classifier_output import ProvidedClassifierOutput
    from ...models.provided_fields_array_output import ProvidedFieldsArrayOutput
    from ...models.provided_json_output import ProvidedJsonOutput
    from ...models.provided_splitter_output import ProvidedSplitterOutput
    from ...models.sort_by import SortBy
    from ...models.sort_dir import SortDir
    from ...models.update_evaluation_set_item_request import (
        UpdateEvaluationSetItemRequest,
    )

__all__ = ["AsyncEvaluationSetItems", "EvaluationSetItems"]


class EvaluationSetItems(ResourceBase):
    """The `evaluation_set_items` operations: one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        id: str,
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
    ) -> Pager[EvaluationSetItem]:
        """List evaluation set items: every item, page by page (`max_page_size` per page, `max_items` in all).

        Resume with `next_page_token=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import extend_evals_client_2025_04_21.api.evaluation_set_items.list_evaluation_set_items as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=max_page_size,
            max_items=max_items,
            page_token=next_page_token,
            id=id,
            sort_by=sort_by,
            sort_dir=sort_dir,
            x_extend_workspace_id=extend_workspace_id,
        )

    @overload
    def create(
        self,
        *,
        evaluation_set_id: str,
        file_id: str,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    @overload
    def create(
        self,
        body: CreateEvaluationSetItemRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    def create(
        self,
        body: CreateEvaluationSetItemRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput
        | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse:
        """Create an evaluation set item: the body as keyword arguments, or a ready `CreateEvaluationSetItemRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import (
                CreateEvaluationSetItemRequest,
            )

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("create() missing required keyword argument: 'evaluation_set_id'")
            if isinstance(file_id, Unset):
                raise TypeError("create() missing required keyword argument: 'file_id'")
            if isinstance(expected_output, Unset):
                raise TypeError("create() missing required keyword argument: 'expected_output'")
            body = CreateEvaluationSetItemRequest(
                evaluation_set_id=evaluation_set_id,
                file_id=file_id,
                expected_output=expected_output,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                evaluation_set_id,
                file_id,
                expected_output,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_set_items.create_evaluation_set_item as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    @overload
    def bulk_create(
        self,
        *,
        evaluation_set_id: str,
        items: builtins.list[BulkCreateEvaluationSetItem],
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkCreateEvaluationSetItemsResponse: ...
    @overload
    def bulk_create(
        self,
        body: BulkCreateEvaluationSetItemsRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkCreateEvaluationSetItemsResponse: ...
    def bulk_create(
        self,
        body: BulkCreateEvaluationSetItemsRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        items: builtins.list[BulkCreateEvaluationSetItem] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkCreateEvaluationSetItemsResponse:
        """Create evaluation set items in bulk: the body as keyword arguments, or a ready `BulkCreateEvaluationSetItemsRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import (
                BulkCreateEvaluationSetItemsRequest,
            )

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("bulk_create() missing required keyword argument: 'evaluation_set_id'")
            if isinstance(items, Unset):
                raise TypeError("bulk_create() missing required keyword argument: 'items'")
            body = BulkCreateEvaluationSetItemsRequest(
                evaluation_set_id=evaluation_set_id,
                items=items,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                evaluation_set_id,
                items,
            )
        ):
            raise TypeError("bulk_create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_set_items.bulk_create_evaluation_set_items as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    @overload
    def update(
        self,
        id: str,
        *,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    @overload
    def update(
        self,
        id: str,
        body: UpdateEvaluationSetItemRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    def update(
        self,
        id: str,
        body: UpdateEvaluationSetItemRequest | None = None,
        *,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput
        | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse:
        """Update an evaluation set item's expected output: the body as keyword arguments, or a ready `UpdateEvaluationSetItemRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import (
                UpdateEvaluationSetItemRequest,
            )

            if isinstance(expected_output, Unset):
                raise TypeError("update() missing required keyword argument: 'expected_output'")
            body = UpdateEvaluationSetItemRequest(
                expected_output=expected_output,
            )
        elif any(not isinstance(value, Unset) for value in (expected_output,)):
            raise TypeError("update() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_set_items.update_evaluation_set_item as operation

        result = operation.sync(
            id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    def delete(
        self,
        id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeleteEvaluationSetItemResponse:
        """Delete an evaluation set item."""
        import extend_evals_client_2025_04_21.api.evaluation_set_items.delete_evaluation_set_item as operation

        result = operation.sync(
            id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result


class AsyncEvaluationSetItems(ResourceBase):
    """The `evaluation_set_items` operations (async): one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        id: str,
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
    ) -> AsyncPager[EvaluationSetItem]:
        """List evaluation set items: every item, page by page (`max_page_size` per page, `max_items` in all).

        Resume with `next_page_token=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import extend_evals_client_2025_04_21.api.evaluation_set_items.list_evaluation_set_items as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=max_page_size,
            max_items=max_items,
            page_token=next_page_token,
            id=id,
            sort_by=sort_by,
            sort_dir=sort_dir,
            x_extend_workspace_id=extend_workspace_id,
        )

    @overload
    async def create(
        self,
        *,
        evaluation_set_id: str,
        file_id: str,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    @overload
    async def create(
        self,
        body: CreateEvaluationSetItemRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    async def create(
        self,
        body: CreateEvaluationSetItemRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput
        | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse:
        """Create an evaluation set item: the body as keyword arguments, or a ready `CreateEvaluationSetItemRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import (
                CreateEvaluationSetItemRequest,
            )

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("create() missing required keyword argument: 'evaluation_set_id'")
            if isinstance(file_id, Unset):
                raise TypeError("create() missing required keyword argument: 'file_id'")
            if isinstance(expected_output, Unset):
                raise TypeError("create() missing required keyword argument: 'expected_output'")
            body = CreateEvaluationSetItemRequest(
                evaluation_set_id=evaluation_set_id,
                file_id=file_id,
                expected_output=expected_output,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                evaluation_set_id,
                file_id,
                expected_output,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_set_items.create_evaluation_set_item as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    @overload
    async def bulk_create(
        self,
        *,
        evaluation_set_id: str,
        items: builtins.list[BulkCreateEvaluationSetItem],
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkCreateEvaluationSetItemsResponse: ...
    @overload
    async def bulk_create(
        self,
        body: BulkCreateEvaluationSetItemsRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkCreateEvaluationSetItemsResponse: ...
    async def bulk_create(
        self,
        body: BulkCreateEvaluationSetItemsRequest | None = None,
        *,
        evaluation_set_id: str | Unset = UNSET,
        items: builtins.list[BulkCreateEvaluationSetItem] | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkCreateEvaluationSetItemsResponse:
        """Create evaluation set items in bulk: the body as keyword arguments, or a ready `BulkCreateEvaluationSetItemsRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import (
                BulkCreateEvaluationSetItemsRequest,
            )

            if isinstance(evaluation_set_id, Unset):
                raise TypeError("bulk_create() missing required keyword argument: 'evaluation_set_id'")
            if isinstance(items, Unset):
                raise TypeError("bulk_create() missing required keyword argument: 'items'")
            body = BulkCreateEvaluationSetItemsRequest(
                evaluation_set_id=evaluation_set_id,
                items=items,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                evaluation_set_id,
                items,
            )
        ):
            raise TypeError("bulk_create() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_set_items.bulk_create_evaluation_set_items as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    @overload
    async def update(
        self,
        id: str,
        *,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    @overload
    async def update(
        self,
        id: str,
        body: UpdateEvaluationSetItemRequest,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse: ...
    async def update(
        self,
        id: str,
        body: UpdateEvaluationSetItemRequest | None = None,
        *,
        expected_output: ProvidedClassifierOutput
        | ProvidedFieldsArrayOutput
        | ProvidedJsonOutput
        | ProvidedSplitterOutput
        | Unset = UNSET,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvaluationSetItemResponse:
        """Update an evaluation set item's expected output: the body as keyword arguments, or a ready `UpdateEvaluationSetItemRequest`."""
        if body is None:
            from extend_evals_client_2025_04_21.models import (
                UpdateEvaluationSetItemRequest,
            )

            if isinstance(expected_output, Unset):
                raise TypeError("update() missing required keyword argument: 'expected_output'")
            body = UpdateEvaluationSetItemRequest(
                expected_output=expected_output,
            )
        elif any(not isinstance(value, Unset) for value in (expected_output,)):
            raise TypeError("update() takes body= or the body's fields as keyword arguments, not both")
        import extend_evals_client_2025_04_21.api.evaluation_set_items.update_evaluation_set_item as operation

        result = await operation.asyncio(
            id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
            x_extend_workspace_id=extend_workspace_id,
        )
        return result

    async def delete(
        self,
        id: str,
        *,
        extend_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeleteEvaluationSetItemResponse:
        """Delete an evaluation set item."""
        import extend_evals_client_2025_04_21.api.evaluation_set_items.delete_evaluation_set_item as operation

        result = await operation.asyncio(
            id,
            client=self._with(timeout, retry, extra_headers),
            x_extend_workspace_id=extend_workspace_id,
        )
        return result
