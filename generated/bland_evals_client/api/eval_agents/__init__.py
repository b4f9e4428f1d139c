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

    from ...models.agent_template import AgentTemplate
    from ...models.agent_template_list import AgentTemplateList
    from ...models.agent_template_list_envelope import AgentTemplateListEnvelope
    from ...models.bland_error import BlandError
    from ...models.create_eval_agent_request import CreateEvalAgentRequest
    from ...models.create_eval_agent_version_request import (
        CreateEvalAgentVersionRequest,
    )
    from ...models.error_envelope import ErrorEnvelope
    from ...models.eval_agent import EvalAgent
    from ...models.eval_agent_detail import EvalAgentDetail
    from ...models.eval_agent_detail_envelope import EvalAgentDetailEnvelope
    from ...models.eval_agent_list import EvalAgentList
    from ...models.eval_agent_list_envelope import EvalAgentListEnvelope
    from ...models.eval_agent_list_item import EvalAgentListItem
    from ...models.eval_agent_publication import EvalAgentPublication
    from ...models.eval_agent_publication_envelope import EvalAgentPublicationEnvelope
    from ...models.eval_agent_version import EvalAgentVersion
    from ...models.eval_agent_version_envelope import EvalAgentVersionEnvelope
    from ...models.eval_agent_version_list import EvalAgentVersionList
    from ...models.eval_agent_version_list_envelope import EvalAgentVersionListEnvelope
    from ...models.eval_agent_version_summary import EvalAgentVersionSummary
    from ...models.level import Level
    from ...models.metadata import Metadata
    from ...models.modality import Modality
    from ...models.update_eval_agent_request import UpdateEvalAgentRequest
    from ...models.update_eval_agent_version_request import (
        UpdateEvalAgentVersionRequest,
    )
    from ...models.version_state import VersionState

__all__ = ["AsyncEvalAgents", "EvalAgents"]


class EvalAgents(ResourceBase):
    """The `eval_agents` operations: one method per operation of the spec."""

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
    ) -> Pager[EvalAgentListItem]:
        """List eval agents: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_agents.list_eval_agents as operation

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
        description: None | str | Unset = UNSET,
        template_key: str | Unset = UNSET,
        user_template_id: str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    @overload
    def create(
        self,
        body: CreateEvalAgentRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    def create(
        self,
        body: CreateEvalAgentRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        template_key: str | Unset = UNSET,
        user_template_id: str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail:
        """Create eval agent: the body as keyword arguments, or a ready `CreateEvalAgentRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalAgentRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            body = CreateEvalAgentRequest(
                name=name,
                description=description,
                template_key=template_key,
                user_template_id=user_template_id,
                modality=modality,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                template_key,
                user_template_id,
                modality,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.create_eval_agent as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.create")
        return result.data

    def retrieve(
        self,
        eval_agent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail:
        """Get eval agent."""
        import bland_evals_client.api.eval_agents.get_eval_agent as operation

        result = operation.sync(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.retrieve")
        return result.data

    def delete(
        self,
        eval_agent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete eval agent."""
        import bland_evals_client.api.eval_agents.delete_eval_agent as operation

        operation.sync(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
        )

    @overload
    def update(
        self,
        eval_agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    @overload
    def update(
        self,
        eval_agent_id: str,
        body: UpdateEvalAgentRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    def update(
        self,
        eval_agent_id: str,
        body: UpdateEvalAgentRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail:
        """Update eval agent: the body as keyword arguments, or a ready `UpdateEvalAgentRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateEvalAgentRequest

            body = UpdateEvalAgentRequest(
                name=name,
                description=description,
                active_version_id=active_version_id,
                metadata=metadata,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                active_version_id,
                metadata,
            )
        ):
            raise TypeError("update() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.update_eval_agent as operation

        result = operation.sync(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.update")
        return result.data

    def templates(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentTemplateList:
        """List eval agent templates."""
        import bland_evals_client.api.eval_agents.list_eval_agent_templates as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.templates")
        return result.data

    def versions(
        self,
        eval_agent_id: str,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[EvalAgentVersionSummary]:
        """List eval agent versions: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_agents.list_eval_agent_versions as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            eval_agent_id=eval_agent_id,
        )

    @overload
    def create_version(
        self,
        eval_agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    @overload
    def create_version(
        self,
        eval_agent_id: str,
        body: CreateEvalAgentVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    def create_version(
        self,
        eval_agent_id: str,
        body: CreateEvalAgentVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion:
        """Create eval agent version: the body as keyword arguments, or a ready `CreateEvalAgentVersionRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalAgentVersionRequest

            body = CreateEvalAgentVersionRequest(
                name=name,
                description=description,
                from_version_id=from_version_id,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                from_version_id,
            )
        ):
            raise TypeError("create_version() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.create_eval_agent_version as operation

        result = operation.sync(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.create_version")
        return result.data

    def retrieve_version(
        self,
        eval_agent_id: str,
        version_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion:
        """Get eval agent version."""
        import bland_evals_client.api.eval_agents.get_eval_agent_version as operation

        result = operation.sync(
            eval_agent_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.retrieve_version")
        return result.data

    @overload
    def update_version(
        self,
        eval_agent_id: str,
        version_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        system_prompt_md: str | Unset = UNSET,
        prompt_md: str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        weight: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    @overload
    def update_version(
        self,
        eval_agent_id: str,
        version_id: str,
        body: UpdateEvalAgentVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    def update_version(
        self,
        eval_agent_id: str,
        version_id: str,
        body: UpdateEvalAgentVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        system_prompt_md: str | Unset = UNSET,
        prompt_md: str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        weight: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion:
        """Update eval agent version: the body as keyword arguments, or a ready `UpdateEvalAgentVersionRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateEvalAgentVersionRequest

            body = UpdateEvalAgentVersionRequest(
                name=name,
                description=description,
                modality=modality,
                system_prompt_md=system_prompt_md,
                prompt_md=prompt_md,
                levels=levels,
                target_level_keys=target_level_keys,
                weight=weight,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                modality,
                system_prompt_md,
                prompt_md,
                levels,
                target_level_keys,
                weight,
            )
        ):
            raise TypeError("update_version() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.update_eval_agent_version as operation

        result = operation.sync(
            eval_agent_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.update_version")
        return result.data

    def publish(
        self,
        eval_agent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentPublication:
        """Publish eval agent."""
        import bland_evals_client.api.eval_agents.publish_eval_agent as operation

        result = operation.sync(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.publish")
        return result.data


class AsyncEvalAgents(ResourceBase):
    """The `eval_agents` operations (async): one method per operation of the spec."""

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
    ) -> AsyncPager[EvalAgentListItem]:
        """List eval agents: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_agents.list_eval_agents as operation

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
        description: None | str | Unset = UNSET,
        template_key: str | Unset = UNSET,
        user_template_id: str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    @overload
    async def create(
        self,
        body: CreateEvalAgentRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    async def create(
        self,
        body: CreateEvalAgentRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        template_key: str | Unset = UNSET,
        user_template_id: str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail:
        """Create eval agent: the body as keyword arguments, or a ready `CreateEvalAgentRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalAgentRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            body = CreateEvalAgentRequest(
                name=name,
                description=description,
                template_key=template_key,
                user_template_id=user_template_id,
                modality=modality,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                template_key,
                user_template_id,
                modality,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.create_eval_agent as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.create")
        return result.data

    async def retrieve(
        self,
        eval_agent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail:
        """Get eval agent."""
        import bland_evals_client.api.eval_agents.get_eval_agent as operation

        result = await operation.asyncio(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.retrieve")
        return result.data

    async def delete(
        self,
        eval_agent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete eval agent."""
        import bland_evals_client.api.eval_agents.delete_eval_agent as operation

        await operation.asyncio(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
        )

    @overload
    async def update(
        self,
        eval_agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    @overload
    async def update(
        self,
        eval_agent_id: str,
        body: UpdateEvalAgentRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail: ...
    async def update(
        self,
        eval_agent_id: str,
        body: UpdateEvalAgentRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentDetail:
        """Update eval agent: the body as keyword arguments, or a ready `UpdateEvalAgentRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateEvalAgentRequest

            body = UpdateEvalAgentRequest(
                name=name,
                description=description,
                active_version_id=active_version_id,
                metadata=metadata,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                active_version_id,
                metadata,
            )
        ):
            raise TypeError("update() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.update_eval_agent as operation

        result = await operation.asyncio(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.update")
        return result.data

    async def templates(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AgentTemplateList:
        """List eval agent templates."""
        import bland_evals_client.api.eval_agents.list_eval_agent_templates as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.templates")
        return result.data

    def versions(
        self,
        eval_agent_id: str,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[EvalAgentVersionSummary]:
        """List eval agent versions: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.eval_agents.list_eval_agent_versions as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            eval_agent_id=eval_agent_id,
        )

    @overload
    async def create_version(
        self,
        eval_agent_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    @overload
    async def create_version(
        self,
        eval_agent_id: str,
        body: CreateEvalAgentVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    async def create_version(
        self,
        eval_agent_id: str,
        body: CreateEvalAgentVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion:
        """Create eval agent version: the body as keyword arguments, or a ready `CreateEvalAgentVersionRequest`."""
        if body is None:
            from bland_evals_client.models import CreateEvalAgentVersionRequest

            body = CreateEvalAgentVersionRequest(
                name=name,
                description=description,
                from_version_id=from_version_id,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                from_version_id,
            )
        ):
            raise TypeError("create_version() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.create_eval_agent_version as operation

        result = await operation.asyncio(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.create_version")
        return result.data

    async def retrieve_version(
        self,
        eval_agent_id: str,
        version_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion:
        """Get eval agent version."""
        import bland_evals_client.api.eval_agents.get_eval_agent_version as operation

        result = await operation.asyncio(
            eval_agent_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.retrieve_version")
        return result.data

    @overload
    async def update_version(
        self,
        eval_agent_id: str,
        version_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        system_prompt_md: str | Unset = UNSET,
        prompt_md: str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        weight: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    @overload
    async def update_version(
        self,
        eval_agent_id: str,
        version_id: str,
        body: UpdateEvalAgentVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion: ...
    async def update_version(
        self,
        eval_agent_id: str,
        version_id: str,
        body: UpdateEvalAgentVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        modality: Modality | Unset = UNSET,
        system_prompt_md: str | Unset = UNSET,
        prompt_md: str | Unset = UNSET,
        levels: builtins.list[Level] | Unset = UNSET,
        target_level_keys: builtins.list[str] | Unset = UNSET,
        weight: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentVersion:
        """Update eval agent version: the body as keyword arguments, or a ready `UpdateEvalAgentVersionRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateEvalAgentVersionRequest

            body = UpdateEvalAgentVersionRequest(
                name=name,
                description=description,
                modality=modality,
                system_prompt_md=system_prompt_md,
                prompt_md=prompt_md,
                levels=levels,
                target_level_keys=target_level_keys,
                weight=weight,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                modality,
                system_prompt_md,
                prompt_md,
                levels,
                target_level_keys,
                weight,
            )
        ):
            raise TypeError("update_version() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.eval_agents.update_eval_agent_version as operation

        result = await operation.asyncio(
            eval_agent_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "eval_agents.update_version")
        return result.data

    async def publish(
        self,
        eval_agent_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EvalAgentPublication:
        """Publish eval agent."""
        import bland_evals_client.api.eval_agents.publish_eval_agent as operation

        result = await operation.asyncio(
            eval_agent_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "eval_agents.publish")
        return result.data
