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

    from ...models.attached_agent import AttachedAgent
    from ...models.bland_error import BlandError
    from ...models.create_workbench_setup_request import CreateWorkbenchSetupRequest
    from ...models.create_workbench_setup_version_request import (
        CreateWorkbenchSetupVersionRequest,
    )
    from ...models.error_envelope import ErrorEnvelope
    from ...models.metadata import Metadata
    from ...models.run_mode import RunMode
    from ...models.setup_attached_agent import SetupAttachedAgent
    from ...models.update_workbench_setup_request import UpdateWorkbenchSetupRequest
    from ...models.update_workbench_setup_version_request import (
        UpdateWorkbenchSetupVersionRequest,
    )
    from ...models.version_state import VersionState
    from ...models.workbench_setup import WorkbenchSetup
    from ...models.workbench_setup_detail import WorkbenchSetupDetail
    from ...models.workbench_setup_detail_envelope import WorkbenchSetupDetailEnvelope
    from ...models.workbench_setup_list import WorkbenchSetupList
    from ...models.workbench_setup_list_envelope import WorkbenchSetupListEnvelope
    from ...models.workbench_setup_list_item import WorkbenchSetupListItem
    from ...models.workbench_setup_publication import WorkbenchSetupPublication
    from ...models.workbench_setup_publication_envelope import (
        WorkbenchSetupPublicationEnvelope,
    )
    from ...models.workbench_setup_version import WorkbenchSetupVersion
    from ...models.workbench_setup_version_envelope import WorkbenchSetupVersionEnvelope
    from ...models.workbench_setup_version_list import WorkbenchSetupVersionList
    from ...models.workbench_setup_version_list_envelope import (
        WorkbenchSetupVersionListEnvelope,
    )
    from ...models.workbench_setup_version_summary import WorkbenchSetupVersionSummary

__all__ = ["AsyncWorkbenchSetups", "WorkbenchSetups"]


class WorkbenchSetups(ResourceBase):
    """The `workbench_setups` operations: one method per operation of the spec."""

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
    ) -> Pager[WorkbenchSetupListItem]:
        """List workbench setups: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.workbench_setups.list_workbench_setups as operation

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
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    @overload
    def create(
        self,
        body: CreateWorkbenchSetupRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    def create(
        self,
        body: CreateWorkbenchSetupRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail:
        """Create workbench setup: the body as keyword arguments, or a ready `CreateWorkbenchSetupRequest`."""
        if body is None:
            from bland_evals_client.models import CreateWorkbenchSetupRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            body = CreateWorkbenchSetupRequest(
                name=name,
                description=description,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.workbench_setups.create_workbench_setup as operation

        result = operation.sync(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.create")
        return result.data

    def retrieve(
        self,
        setup_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail:
        """Get workbench setup."""
        import bland_evals_client.api.workbench_setups.get_workbench_setup as operation

        result = operation.sync(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "workbench_setups.retrieve")
        return result.data

    def delete(
        self,
        setup_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete workbench setup."""
        import bland_evals_client.api.workbench_setups.delete_workbench_setup as operation

        operation.sync(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
        )

    @overload
    def update(
        self,
        setup_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    @overload
    def update(
        self,
        setup_id: str,
        body: UpdateWorkbenchSetupRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    def update(
        self,
        setup_id: str,
        body: UpdateWorkbenchSetupRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail:
        """Update workbench setup: the body as keyword arguments, or a ready `UpdateWorkbenchSetupRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateWorkbenchSetupRequest

            body = UpdateWorkbenchSetupRequest(
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
        import bland_evals_client.api.workbench_setups.update_workbench_setup as operation

        result = operation.sync(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.update")
        return result.data

    def versions(
        self,
        setup_id: str,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[WorkbenchSetupVersionSummary]:
        """List workbench setup versions: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.workbench_setups.list_workbench_setup_versions as operation

        return pagination.paginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            setup_id=setup_id,
        )

    @overload
    def create_version(
        self,
        setup_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    @overload
    def create_version(
        self,
        setup_id: str,
        body: CreateWorkbenchSetupVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    def create_version(
        self,
        setup_id: str,
        body: CreateWorkbenchSetupVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion:
        """Create workbench setup version: the body as keyword arguments, or a ready `CreateWorkbenchSetupVersionRequest`."""
        if body is None:
            from bland_evals_client.models import CreateWorkbenchSetupVersionRequest

            body = CreateWorkbenchSetupVersionRequest(
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
        import bland_evals_client.api.workbench_setups.create_workbench_setup_version as operation

        result = operation.sync(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.create_version")
        return result.data

    def retrieve_version(
        self,
        setup_id: str,
        version_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion:
        """Get workbench setup version."""
        import bland_evals_client.api.workbench_setups.get_workbench_setup_version as operation

        result = operation.sync(
            setup_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "workbench_setups.retrieve_version")
        return result.data

    @overload
    def update_version(
        self,
        setup_id: str,
        version_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        attached_agents: builtins.list[SetupAttachedAgent] | Unset = UNSET,
        pass_threshold_pct: float | None | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        default_call_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    @overload
    def update_version(
        self,
        setup_id: str,
        version_id: str,
        body: UpdateWorkbenchSetupVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    def update_version(
        self,
        setup_id: str,
        version_id: str,
        body: UpdateWorkbenchSetupVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        attached_agents: builtins.list[SetupAttachedAgent] | Unset = UNSET,
        pass_threshold_pct: float | None | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        default_call_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion:
        """Update workbench setup version: the body as keyword arguments, or a ready `UpdateWorkbenchSetupVersionRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateWorkbenchSetupVersionRequest

            body = UpdateWorkbenchSetupVersionRequest(
                name=name,
                description=description,
                attached_agents=attached_agents,
                pass_threshold_pct=pass_threshold_pct,
                run_mode=run_mode,
                default_call_ids=default_call_ids,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                attached_agents,
                pass_threshold_pct,
                run_mode,
                default_call_ids,
            )
        ):
            raise TypeError("update_version() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.workbench_setups.update_workbench_setup_version as operation

        result = operation.sync(
            setup_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.update_version")
        return result.data

    def publish(
        self,
        setup_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupPublication:
        """Publish workbench setup."""
        import bland_evals_client.api.workbench_setups.publish_workbench_setup as operation

        result = operation.sync(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "workbench_setups.publish")
        return result.data


class AsyncWorkbenchSetups(ResourceBase):
    """The `workbench_setups` operations (async): one method per operation of the spec."""

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
    ) -> AsyncPager[WorkbenchSetupListItem]:
        """List workbench setups: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.workbench_setups.list_workbench_setups as operation

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
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    @overload
    async def create(
        self,
        body: CreateWorkbenchSetupRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    async def create(
        self,
        body: CreateWorkbenchSetupRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail:
        """Create workbench setup: the body as keyword arguments, or a ready `CreateWorkbenchSetupRequest`."""
        if body is None:
            from bland_evals_client.models import CreateWorkbenchSetupRequest

            if isinstance(name, Unset):
                raise TypeError("create() missing required keyword argument: 'name'")
            body = CreateWorkbenchSetupRequest(
                name=name,
                description=description,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
            )
        ):
            raise TypeError("create() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.workbench_setups.create_workbench_setup as operation

        result = await operation.asyncio(
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.create")
        return result.data

    async def retrieve(
        self,
        setup_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail:
        """Get workbench setup."""
        import bland_evals_client.api.workbench_setups.get_workbench_setup as operation

        result = await operation.asyncio(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "workbench_setups.retrieve")
        return result.data

    async def delete(
        self,
        setup_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete workbench setup."""
        import bland_evals_client.api.workbench_setups.delete_workbench_setup as operation

        await operation.asyncio(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
        )

    @overload
    async def update(
        self,
        setup_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    @overload
    async def update(
        self,
        setup_id: str,
        body: UpdateWorkbenchSetupRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail: ...
    async def update(
        self,
        setup_id: str,
        body: UpdateWorkbenchSetupRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        active_version_id: None | str | Unset = UNSET,
        metadata: Metadata | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupDetail:
        """Update workbench setup: the body as keyword arguments, or a ready `UpdateWorkbenchSetupRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateWorkbenchSetupRequest

            body = UpdateWorkbenchSetupRequest(
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
        import bland_evals_client.api.workbench_setups.update_workbench_setup as operation

        result = await operation.asyncio(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.update")
        return result.data

    def versions(
        self,
        setup_id: str,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[WorkbenchSetupVersionSummary]:
        """List workbench setup versions: every item, page by page (`limit` per page, `max_items` in all).

        Resume with `starting_after=pager.next_page_token`.
        """
        import evalclient.pagination as pagination

        import bland_evals_client.api.workbench_setups.list_workbench_setup_versions as operation

        return pagination.apaginate(
            operation,
            client=self._with(timeout, retry, extra_headers),
            page_size=limit,
            max_items=max_items,
            page_token=starting_after,
            setup_id=setup_id,
        )

    @overload
    async def create_version(
        self,
        setup_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    @overload
    async def create_version(
        self,
        setup_id: str,
        body: CreateWorkbenchSetupVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    async def create_version(
        self,
        setup_id: str,
        body: CreateWorkbenchSetupVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        from_version_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion:
        """Create workbench setup version: the body as keyword arguments, or a ready `CreateWorkbenchSetupVersionRequest`."""
        if body is None:
            from bland_evals_client.models import CreateWorkbenchSetupVersionRequest

            body = CreateWorkbenchSetupVersionRequest(
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
        import bland_evals_client.api.workbench_setups.create_workbench_setup_version as operation

        result = await operation.asyncio(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.create_version")
        return result.data

    async def retrieve_version(
        self,
        setup_id: str,
        version_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion:
        """Get workbench setup version."""
        import bland_evals_client.api.workbench_setups.get_workbench_setup_version as operation

        result = await operation.asyncio(
            setup_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "workbench_setups.retrieve_version")
        return result.data

    @overload
    async def update_version(
        self,
        setup_id: str,
        version_id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        attached_agents: builtins.list[SetupAttachedAgent] | Unset = UNSET,
        pass_threshold_pct: float | None | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        default_call_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    @overload
    async def update_version(
        self,
        setup_id: str,
        version_id: str,
        body: UpdateWorkbenchSetupVersionRequest,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion: ...
    async def update_version(
        self,
        setup_id: str,
        version_id: str,
        body: UpdateWorkbenchSetupVersionRequest | None = None,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        attached_agents: builtins.list[SetupAttachedAgent] | Unset = UNSET,
        pass_threshold_pct: float | None | Unset = UNSET,
        run_mode: RunMode | Unset = UNSET,
        default_call_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupVersion:
        """Update workbench setup version: the body as keyword arguments, or a ready `UpdateWorkbenchSetupVersionRequest`."""
        if body is None:
            from bland_evals_client.models import UpdateWorkbenchSetupVersionRequest

            body = UpdateWorkbenchSetupVersionRequest(
                name=name,
                description=description,
                attached_agents=attached_agents,
                pass_threshold_pct=pass_threshold_pct,
                run_mode=run_mode,
                default_call_ids=default_call_ids,
            )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                attached_agents,
                pass_threshold_pct,
                run_mode,
                default_call_ids,
            )
        ):
            raise TypeError("update_version() takes body= or the body's fields as keyword arguments, not both")
        import bland_evals_client.api.workbench_setups.update_workbench_setup_version as operation

        result = await operation.asyncio(
            setup_id,
            version_id,
            client=self._with(timeout, retry, extra_headers),
            body=body,
        )
        self._note_errors(result.errors, "workbench_setups.update_version")
        return result.data

    async def publish(
        self,
        setup_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WorkbenchSetupPublication:
        """Publish workbench setup."""
        import bland_evals_client.api.workbench_setups.publish_workbench_setup as operation

        result = await operation.asyncio(
            setup_id,
            client=self._with(timeout, retry, extra_headers),
        )
        self._note_errors(result.errors, "workbench_setups.publish")
        return result.data
