"""evalclient: typed clients for the Extend and Bland evaluation APIs."""

# Order matters: the generated packages import evalclient.errors, so errors (which imports
# no generated code) must be loaded before clients (which imports the generated packages).
from evalclient._version import __version__
from evalclient.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
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
)
from evalclient.retry import RetryPolicy
from evalclient.transport import EvalTransport

# isort: split
from evalclient.clients import bland_client, extend_client

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EvalClientError",
    "EvalTransport",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "RetryPolicy",
    "RunFailed",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WaitTimeout",
    "__version__",
    "bland_client",
    "extend_client",
]
