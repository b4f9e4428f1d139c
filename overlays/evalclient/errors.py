"""The exceptions evalclient raises, in one hierarchy.

    EvalClientError
    ├── ApiError                       anything the API or the network did wrong
    │   ├── ApiStatusError             a non-2xx response
    │   │   ├── BadRequestError        400
    │   │   ├── AuthenticationError    401
    │   │   ├── PaymentRequiredError   402
    │   │   ├── PermissionDeniedError  403
    │   │   ├── NotFoundError          404
    │   │   ├── ConflictError          409
    │   │   ├── UnprocessableEntityError 422
    │   │   ├── RateLimitError         429
    │   │   └── ServerError            5xx
    │   ├── ApiConnectionError         no usable response (refused, reset, DNS, TLS)
    │   │   └── ApiTimeoutError        the request timed out
    │   └── ResponseParseError         a 2xx whose body does not match the schema
    │       └── UnexpectedStatus       a 2xx status the spec does not document
    ├── WaitTimeout                    a run did not finish before the deadline
    ├── RunFailed                      a run finished FAILED or CANCELLED
    ├── BulkCreateError                a bulk load of items stopped (what was created, what was not)
    ├── WebhookVerificationError       a webhook delivery is not authentic, fresh and well formed
    └── ConfigurationError             the client was set up wrongly (also a ValueError)

This module imports nothing from the generated packages: they import it (their
errors.py is rendered from generator-templates/errors.py.jinja), so every vendor
package raises these same classes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_TEXT_LIMIT = 2000

__all__ = [
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
]


class EvalClientError(Exception):
    """Base class of every exception evalclient raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's default pickle calls cls(*args), which the keyword-only constructors
        # (run=, status_code=...) refuse: rebuild without __init__ and restore every attribute,
        # so the error crosses a process boundary (multiprocessing, Celery result backends).
        return (_restore, (type(self), self.args), self.__dict__)


def _restore(cls: type[EvalClientError], args: tuple[Any, ...]) -> EvalClientError:
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class ApiError(EvalClientError):
    """A request did not produce a usable result.

    Every attribute is present on every subclass; those that do not apply are None.
    """

    status_code: int | None
    code: str | None
    message: str
    retryable: bool | None
    request_id: str | None
    body: Any
    headers: Mapping[str, str]
    # Set by evalclient.paginate / apaginate on the error that ended a walk: the cursor of the
    # page it was fetching (None for the first page) and that page's 1-based number, so the
    # caller can resume. None on an error raised outside a walk.
    page_token: str | None = None
    page_number: int | None = None
    # Seconds the server asked the caller to wait before sending again (`retry-after-ms` or
    # `Retry-After`), None when it did not say. Set when a wait longer than the retry policy's
    # `max_retry_after` ended the retries: the caller decides whether to wait that long.
    retry_after: float | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        retryable: bool | None = None,
        request_id: str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.retryable = retryable
        self.request_id = request_id
        self.body = body
        self.headers = dict(headers or {})
        self.retry_after = retry_after

    def __str__(self) -> str:
        parts = [self.message]
        if self.status_code is not None:
            parts.insert(0, f"HTTP {self.status_code}")
        if self.code:
            parts.append(f"code={self.code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        if self.retry_after is not None:
            parts.append(f"retry_after={self.retry_after:g}s")
        return " | ".join(parts)


class ApiStatusError(ApiError):
    """The API answered with a non-2xx status."""


class BadRequestError(ApiStatusError):
    """400: the request was malformed."""


class AuthenticationError(ApiStatusError):
    """401: the API key is missing, wrong or revoked."""


class PaymentRequiredError(ApiStatusError):
    """402: the account is out of credits or has no billing record."""


class PermissionDeniedError(ApiStatusError):
    """403: the key may not do this (for Extend, check the workspace id)."""


class NotFoundError(ApiStatusError):
    """404: no such resource (or, for Bland, evals are not enabled for the org)."""


class ConflictError(ApiStatusError):
    """409: the resource is not in a state that allows this."""


class UnprocessableEntityError(ApiStatusError):
    """422: the request was well formed but its values were refused."""


class RateLimitError(ApiStatusError):
    """429: too many requests; raised once retries are used up."""


class ServerError(ApiStatusError):
    """5xx: the API failed; raised once retries are used up."""


class ApiConnectionError(ApiError):
    """No usable response arrived: connection refused or dropped, DNS or TLS failure."""


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ResponseParseError(ApiError):
    """A 2xx response whose body is not JSON or does not have the documented shape.

    `text` holds the raw body (cut to 2,000 characters in the message, whole here).
    """

    text: str

    def __init__(self, status_code: int, content: bytes) -> None:
        self.text = content.decode("utf-8", errors="replace")
        shown = self.text if len(self.text) <= _TEXT_LIMIT else self.text[:_TEXT_LIMIT] + "..."
        super().__init__(
            f"response body does not match the API schema: {shown!r}",
            status_code=status_code,
            body=self.text,
        )


class UnexpectedStatus(ResponseParseError):
    """A 2xx status the API description does not document for this operation.

    Kept under the name and signature the generated code uses for it.
    """

    @property
    def content(self) -> bytes:
        return self.text.encode("utf-8")


class WaitTimeout(EvalClientError, TimeoutError):
    """A run was not finished when the deadline passed; `run` is the last state seen."""

    def __init__(self, message: str, *, run: Any) -> None:
        super().__init__(message)
        self.run = run


class RunFailed(EvalClientError):
    """A run ended FAILED or CANCELLED; `run` is the final run object."""

    def __init__(self, message: str, *, run: Any) -> None:
        super().__init__(message)
        self.run = run


class BulkCreateError(EvalClientError):
    """A bulk load stopped: `created` maps each input position created to its id, `not_created`
    lists the positions sent that were not created, and nothing from `unsent_from` on was sent.

    Resume with the items at `not_created` and every item from `unsent_from` on. The cause is
    `__cause__` (an `ApiError`).
    """

    def __init__(self, message: str, *, created: dict[int, str], not_created: list[int], unsent_from: int) -> None:
        super().__init__(message)
        self.created = created
        self.not_created = not_created
        self.unsent_from = unsent_from


class WebhookVerificationError(EvalClientError):
    """A webhook delivery failed `evalclient.webhooks.verify`; answer it with 400 or 401 and do not act on it.

    `check` names the check that failed, one of `missing_header`, `duplicated_header`,
    `bad_timestamp` (not integer Unix seconds), `bad_signature` (no secret signed this body at
    this timestamp), `timestamp_too_old`, `timestamp_in_future`, `body_not_json`, `not_an_event`
    (JSON, but not an `{eventId, eventType, payload}` envelope). The message says what was wrong
    and never contains a secret, a signature or the body.
    """

    def __init__(self, message: str, *, check: str) -> None:
        super().__init__(message)
        self.check = check


class ConfigurationError(EvalClientError, ValueError):
    """The client was set up wrongly: no API key, a base URL that is not http(s), an invalid retry policy.

    Raised before any request is sent. Its message names the setting (or environment
    variable) to fix and never contains the API key.
    """


STATUS_ERRORS: Mapping[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for_status(status_code: int) -> type[ApiStatusError]:
    """The exception class for a non-2xx status (5xx -> ServerError, others -> ApiStatusError)."""
    if status_code >= 500:
        return ServerError
    return STATUS_ERRORS.get(status_code, ApiStatusError)
