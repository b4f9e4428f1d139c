"""evalclient: typed clients for the Extend and Bland evaluation APIs."""

from evalclient._version import __version__

# `typing` is for the type checker only: the command line's `--help` imports this package and
# should load little beyond argparse (BENCHMARKS.md, scenario 4).
TYPE_CHECKING = False

if TYPE_CHECKING:
    # What type checkers and IDEs see; at run time every name below loads on first use.
    # Order matters: the generated packages import evalclient.errors, so errors (which imports
    # no generated code) must be loaded before clients (which imports the generated packages).
    from evalclient._api_versions import EXTEND_API_VERSION, SPEC_VERSIONS
    from evalclient._attempts import Attempt
    from evalclient._enums import is_known
    from evalclient._poll_policy import PollPolicy
    from evalclient._rate_limit import RateLimit
    from evalclient._request_ids import request_id
    from evalclient._run_events import RunEvents
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
    from evalclient._resource_clients import AsyncBland, AsyncExtend, Bland, Extend
    from evalclient.bulk import ItemIds, abulk_create_items, bulk_create_items
    from evalclient.compare import RunComparison, compare_runs
    from evalclient.waiting import RunProgress, run_progress, wait_for_run, wait_for_run_async

# Every public name but the version loads on first use, so `import evalclient` costs almost
# nothing and the `evalclient` command line (whose `--help` needs none of them) starts without
# httpx (BENCHMARKS.md, scenario 4). The order comment above still holds at run time: the
# module that defines a name imports what it needs, and evalclient.errors imports no generated
# code, so any first use (say `evalclient.extend_client`) loads errors before the generated
# packages that import it.
_LAZY = {
    "EXTEND_API_VERSION": "evalclient._api_versions",
    "SPEC_VERSIONS": "evalclient._api_versions",
    "Attempt": "evalclient._attempts",
    "is_known": "evalclient._enums",
    "PollPolicy": "evalclient._poll_policy",
    "RateLimit": "evalclient._rate_limit",
    "request_id": "evalclient._request_ids",
    "RunEvents": "evalclient._run_events",
    **dict.fromkeys(
        (
            "ApiConnectionError",
            "ApiError",
            "ApiStatusError",
            "ApiTimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "BulkCreateError",
            "ConfigurationError",
            "ConflictError",
            "EvalClientError",
            "NotFoundError",
            "PaymentRequiredError",
            "PermissionDeniedError",
            "RateLimitError",
            "ResponseParseError",
            "RunFailed",
            "ServerError",
            "UnexpectedStatus",
            "UnprocessableEntityError",
            "WaitTimeout",
            "WebhookVerificationError",
        ),
        "evalclient.errors",
    ),
    "RetryPolicy": "evalclient.retry",
    "EvalTransport": "evalclient.transport",
    "bland_client": "evalclient.clients",
    "extend_client": "evalclient.clients",
    "AsyncPager": "evalclient.pagination",
    "Pager": "evalclient.pagination",
    "apaginate": "evalclient.pagination",
    "paginate": "evalclient.pagination",
    "AsyncBland": "evalclient._resource_clients",
    "AsyncExtend": "evalclient._resource_clients",
    "Bland": "evalclient._resource_clients",
    "Extend": "evalclient._resource_clients",
    "ItemIds": "evalclient.bulk",
    "abulk_create_items": "evalclient.bulk",
    "bulk_create_items": "evalclient.bulk",
    "RunComparison": "evalclient.compare",
    "compare_runs": "evalclient.compare",
    "RunProgress": "evalclient.waiting",
    "run_progress": "evalclient.waiting",
    "wait_for_run": "evalclient.waiting",
    "wait_for_run_async": "evalclient.waiting",
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
