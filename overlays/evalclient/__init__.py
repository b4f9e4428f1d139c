"""evalclient: typed clients for the Extend and Bland evaluation APIs."""

from typing import TYPE_CHECKING

# Order matters: the generated packages import evalclient.errors, so errors (which imports
# no generated code) must be loaded before clients (which imports the generated packages).
from evalclient._api_versions import EXTEND_API_VERSION, SPEC_VERSIONS
from evalclient._attempts import Attempt
from evalclient._enums import is_known
from evalclient._poll_policy import PollPolicy
from evalclient._rate_limit import RateLimit
from evalclient._request_ids import request_id
from evalclient._run_events import RunEvents
from evalclient._version import __version__
from evalclient.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkCreateError,
    ConfigurationError,
    ConflictError,
    EvalClientError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    RunFailed,
    ServerError,
    UnexpectedStatus,
    UnprocessableEntityError,
    WaitTimeout,
    WebhookVerificationError,
)
from evalclient.retry import RetryPolicy
from evalclient.transport import EvalTransport

# isort: split
from evalclient.clients import bland_client, extend_client
from evalclient.pagination import AsyncPager, Pager, apaginate, paginate

# isort: split
from evalclient.waiting import RunProgress, run_progress, wait_for_run, wait_for_run_async

if TYPE_CHECKING:
    from evalclient._resource_clients import AsyncBland, AsyncExtend, Bland, Extend
    from evalclient.bulk import ItemIds, abulk_create_items, bulk_create_items
    from evalclient.compare import RunComparison, compare_runs

# Loaded on first use, so `import evalclient` pays for none of them (BENCHMARKS.md, scenario 4):
# evalclient.compare (~15 ms of class set-up), evalclient.bulk (~8 ms: concurrent.futures) and
# the resource clients (~4 ms).
_LAZY = {
    "RunComparison": "evalclient.compare",
    "compare_runs": "evalclient.compare",
    "ItemIds": "evalclient.bulk",
    "abulk_create_items": "evalclient.bulk",
    "bulk_create_items": "evalclient.bulk",
    "AsyncBland": "evalclient._resource_clients",
    "AsyncExtend": "evalclient._resource_clients",
    "Bland": "evalclient._resource_clients",
    "Extend": "evalclient._resource_clients",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is not None:
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # once: later lookups are plain attribute reads
        return value
    raise AttributeError(f"module 'evalclient' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "EXTEND_API_VERSION",
    "SPEC_VERSIONS",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncBland",
    "AsyncExtend",
    "AsyncPager",
    "Attempt",
    "AuthenticationError",
    "BadRequestError",
    "Bland",
    "BulkCreateError",
    "ConfigurationError",
    "ConflictError",
    "EvalClientError",
    "EvalTransport",
    "Extend",
    "ItemIds",
    "NotFoundError",
    "Pager",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimit",
    "RateLimitError",
    "ResponseParseError",
    "RetryPolicy",
    "RunComparison",
    "RunEvents",
    "RunFailed",
    "RunProgress",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WaitTimeout",
    "WebhookVerificationError",
    "__version__",
    "abulk_create_items",
    "apaginate",
    "bland_client",
    "bulk_create_items",
    "compare_runs",
    "extend_client",
    "is_known",
    "paginate",
    "request_id",
    "run_progress",
    "wait_for_run",
    "wait_for_run_async",
]
