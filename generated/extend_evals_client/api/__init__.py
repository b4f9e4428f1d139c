"""Contains methods for accessing the API, and the resource-style entry points over them."""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Only for annotations: evalclient imports this module while the package's client module is
    # still loading, so nothing of either may be imported here at run time.
    import httpx
    from evalclient.retry import RetryPolicy

    from ..client import AuthenticatedClient
    from .batch_processor_runs import AsyncBatchProcessorRuns, BatchProcessorRuns
    from .evaluation_set_items import AsyncEvaluationSetItems, EvaluationSetItems
    from .evaluation_set_runs import AsyncEvaluationSetRuns, EvaluationSetRuns
    from .evaluation_sets import AsyncEvaluationSets, EvaluationSets

_logger = logging.getLogger("evalclient")


class ResourceBase:
    """What every resource method shares: the client, per-call options, the envelope."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def _with(
        self,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AuthenticatedClient:
        # The client itself when no option is given: the common call costs nothing extra.
        if timeout is None and retry is None and not extra_headers:
            return self._client
        return self._client.with_options(
            timeout=timeout, retry=retry, headers=dict(extra_headers) if extra_headers else None
        )

    @staticmethod
    def _note_errors(errors: Any, operation: str) -> None:
        """Errors beside a 2xx `{data, errors}` answer: logged as a warning, and the data returned."""
        if errors:
            _logger.warning("%s succeeded with errors in its answer: %s", operation, errors)


class Resources:
    """The API's resources by tag, for a configured client: `resources.<tag>.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client beneath, for the functional style (`operation.sync(client=...)`)."""
        return self._client

    @functools.cached_property
    def evaluation_sets(self) -> EvaluationSets:
        from .evaluation_sets import EvaluationSets

        return EvaluationSets(self._client)

    @functools.cached_property
    def evaluation_set_items(self) -> EvaluationSetItems:
        from .evaluation_set_items import EvaluationSetItems

        return EvaluationSetItems(self._client)

    @functools.cached_property
    def evaluation_set_runs(self) -> EvaluationSetRuns:
        from .evaluation_set_runs import EvaluationSetRuns

        return EvaluationSetRuns(self._client)

    @functools.cached_property
    def batch_processor_runs(self) -> BatchProcessorRuns:
        from .batch_processor_runs import BatchProcessorRuns

        return BatchProcessorRuns(self._client)


class AsyncResources:
    """The async twin of `Resources`: every method is a coroutine; lists return async pagers."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client beneath, for the functional style (`await operation.asyncio(client=...)`)."""
        return self._client

    @functools.cached_property
    def evaluation_sets(self) -> AsyncEvaluationSets:
        from .evaluation_sets import AsyncEvaluationSets

        return AsyncEvaluationSets(self._client)

    @functools.cached_property
    def evaluation_set_items(self) -> AsyncEvaluationSetItems:
        from .evaluation_set_items import AsyncEvaluationSetItems

        return AsyncEvaluationSetItems(self._client)

    @functools.cached_property
    def evaluation_set_runs(self) -> AsyncEvaluationSetRuns:
        from .evaluation_set_runs import AsyncEvaluationSetRuns

        return AsyncEvaluationSetRuns(self._client)

    @functools.cached_property
    def batch_processor_runs(self) -> AsyncBatchProcessorRuns:
        from .batch_processor_runs import AsyncBatchProcessorRuns

        return AsyncBatchProcessorRuns(self._client)
