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
    from ...models.create_user_template_request import CreateUserTemplateRequest
    from ...models.error_envelope import ErrorEnvelope
    from ...models.level import Level
    from ...models.modality import Modality
    from ...models.user_template import UserTemplate
    from ...models.user_template_envelope import UserTemplateEnvelope
    from ...models.user_template_list import UserTemplateList
    from ...models.user_template_list_envelope import UserTemplateListEnvelope

__all__ = ["AsyncUserTemplates", "UserTemplates"]


class UserTemplates(ResourceBase):
    """The `user_templates` operations: one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[UserTemplate]:
        """List user templates: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.user_templates.list_user_templates as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
        )

    @overload
    def create(
        self,
        *,
        name: str,
        modality: Modality,
        system_prompt_md: str,
        prompt_md: str,
        description: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate: ...
    @overload
    def create(
        self,
        body: CreateUserTemplateRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate: ...
    def create(
        self,
        body: CreateUserTemplateRequest | None = None,
        *,
        name: str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        system_prompt_md: str | Unset = UNSET,
        prompt_md: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate:
        """Create user template: the body as keyword arguments, or a ready `CreateUserTemplateRequest`."""
        if body is None:
            from bland_evals_client.models import CreateUserTemplateRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            if isinstance(modality, Unset):
                raise TypeError("create() missing required keyword argument: 'modality'")
            if isinstance(system_prompt_md, Unset):
                raise TypeError("create() missing required keyword argument: 'system_prompt_md'")
            if isinstance(prompt_md, Unset):
                raise TypeError("create() missing required keyword argument: 'prompt_md'")
            body = CreateUserTemplateRequest(
                name=name,
                modality=modality,
                system_prompt_md=system_prompt_md,
                prompt_md=prompt_md,
                description=description,
                category=category,
                levels=levels,
                target_level_keys=target_level_keys,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                modality,
                system_prompt_md,
                prompt_md,
                description,
                category,
                levels,
                target_level_keys,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.user_templates.create_user_template as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "user_templates.create")
        return result.data

    def retrieve(
        self,
        template_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate:
        """Get user template."""
        import bland_evals_client.api.user_templates.get_user_template as operation

        result = operation.sync(
            template_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "user_templates.retrieve")
        return result.data

    def delete(
        self,
        template_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete user template."""
        import bland_evals_client.api.user_templates.delete_user_template as operation

        operation.sync(
            template_id,
            client=self._with(timeout, retry, extra_headers),
        )


class AsyncUserTemplates(ResourceBase):
    """The `user_templates` operations (async): one method per operation of the spec."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[UserTemplate]:
        """List user templates: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.user_templates.list_user_templates as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        modality: Modality,
        system_prompt_md: str,
        prompt_md: str,
        description: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate: ...
    @overload
    async def create(
        self,
        body: CreateUserTemplateRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate: ...
    async def create(
        self,
        body: CreateUserTemplateRequest | None = None,
        *,
        name: str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        system_prompt_md: str | Unset = UNSET,
        prompt_md: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        category: None | str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate:
        """Create user template: the body as keyword arguments, or a ready `CreateUserTemplateRequest`."""
        if body is None:
            from bland_evals_client.models import CreateUserTemplateRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            if isinstance(modality, Unset):
                raise TypeError("create() missing required keyword argument: 'modality'")
            if isinstance(system_prompt_md, Unset):
                raise TypeError("create() missing required keyword argument: 'system_prompt_md'")
            if isinstance(prompt_md, Unset):
                raise TypeError("create() missing required keyword argument: 'prompt_md'")
            body = CreateUserTemplateRequest(
                name=name,
                modality=modality,
                system_prompt_md=system_prompt_md,
                prompt_md=prompt_md,
                description=description,
                category=category,
                levels=levels,
                target_level_keys=target_level_keys,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                modality,
                system_prompt_md,
                prompt_md,
                description,
                category,
                levels,
                target_level_keys,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.user_templates.create_user_template as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "user_templates.create")
        return result.data

    async def retrieve(
        self,
        template_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UserTemplate:
        """Get user template."""
        import bland_evals_client.api.user_templates.get_user_template as operation

        result = await operation.asyncio(
            template_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "user_templates.retrieve")
        return result.data

    async def delete(
        self,
        template_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete user template."""
        import bland_evals_client.api.user_templates.delete_user_template as operation

        await operation.asyncio(
            template_id,
            client=self._with(timeout, retry, extra_headers),
        )
