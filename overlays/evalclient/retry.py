"""RetryPolicy: when a failed request is sent again, and how long to wait first.

The policy is an immutable value with pure methods: every input (method, status or
exception, attempt number, response headers, the current time, a random number) is an
argument, so the rules are tested as tables and `EvalTransport` owns all the I/O.

Rules, for an attempt numbered `attempt` (1 = the first send) that failed:

- Never beyond `max_attempts` sends in total.
- Idempotent methods (GET, HEAD, OPTIONS, DELETE, PUT) are retried on a status in
  `retry_statuses` and on transport failures that may be temporary: timeouts, network
  errors and a connection the server dropped (`httpx.RemoteProtocolError`).
- Any other method (POST, PATCH) is retried only when the server provably did not act on
  it: the connection was never established (`httpx.ConnectError`, `httpx.ConnectTimeout`,
  `httpx.PoolTimeout`) or it answered 429, which refuses a request without processing it.
  A 500/503 or a read timeout on a POST may come after the server created the resource,
  so sending it again could create it twice.
- The wait honours the server: `retry-after-ms`, then `Retry-After` as seconds (integer
  or decimal) or as an HTTP date. A wait longer than `max_retry_after` is not shortened
  and retried early (the server said it would refuse until then): the request is given up
  and the error carries `retry_after`, so the caller decides. Negative, non-finite,
  malformed or already-past values are ignored. Otherwise the wait is exponential backoff
  with "equal jitter": uniform in [ceiling/2, ceiling) where ceiling is
  `min(max_backoff, initial_backoff * 2**(attempt-1))`, so clients spread out but never
  retry immediately.

Why not httpx-retries: version 0.6.0 was read before this module was written. It depends
only on httpx, so it would have been an acceptable dependency, but its `Retry` cannot
express this policy: a method outside `allowed_methods` is sent once with no retry at all,
so a POST cannot be retried after a refused connection or a 429 while staying unretried
after a 503; it does not read `retry-after-ms`, ignores decimal `Retry-After` values such
as "1.5", and caps server-requested waits and its own backoff with one number; and it
calls `time.sleep`, `random` and the wall clock directly, so tests would really wait. We
keep its good idea instead: one transport object implementing both the sync and the async
interface around httpx's default transports (see transport.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime

import httpx

from evalclient.errors import ConfigurationError

# Failures where the request provably never reached the server, so even a POST is safe to resend.
_NEVER_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that may be temporary; an idempotent request is safe to resend after them.
# LocalProtocolError, UnsupportedProtocol and ProxyError are left out: resending cannot fix them.
_TRANSIENT_ERRORS: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Statuses by which the server says it refused the request without processing it.
_REFUSED_STATUSES = frozenset({429})
# Plain non-negative decimal numbers only: float() would also accept "nan", "inf", "-1", "1_0" and "1e9".
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# 2**32 half-seconds is already over a century; a larger exponent would only risk float overflow.
_MAX_EXPONENT = 32

__all__ = ["RetryPolicy"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently a failed request is sent again. Immutable; share it freely.

    Times are in seconds. `max_attempts` counts every send, the first one included, so
    `RetryPolicy(max_attempts=1)` (= `RetryPolicy.none()`) never retries.
    """

    max_attempts: int = 4
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = field(default=frozenset({408, 429, 500, 502, 503, 504}))
    idempotent_methods: frozenset[str] = field(default=frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"}))

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ConfigurationError(f"RetryPolicy.max_attempts must be at least 1, got {self.max_attempts}")
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise ConfigurationError(f"RetryPolicy.{name} must be a finite number >= 0, got {value!r}")
        # Accept any collection at run time but store hashable, normalised sets, so the policy
        # stays immutable and "post" matches "POST" as httpx sends it.
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))
        object.__setattr__(self, "idempotent_methods", frozenset(m.upper() for m in self.idempotent_methods))

    @classmethod
    def default(cls) -> RetryPolicy:
        """4 sends in total, backoff 0.5 s doubling up to 8 s, server-requested waits up to 60 s."""
        return cls()

    @classmethod
    def none(cls) -> RetryPolicy:
        """Send every request exactly once."""
        return cls(max_attempts=1)

    def should_retry_status(self, method: str, status_code: int, attempt: int) -> bool:
        """Whether a response with `status_code` to send number `attempt` should be sent again."""
        if attempt >= self.max_attempts or status_code not in self.retry_statuses:
            return False
        return method in self.idempotent_methods or status_code in _REFUSED_STATUSES

    def should_retry_error(self, method: str, error: BaseException, attempt: int) -> bool:
        """Whether send number `attempt`, which raised `error` instead of answering, should be sent again."""
        if attempt >= self.max_attempts:
            return False
        if method in self.idempotent_methods:
            return isinstance(error, _TRANSIENT_ERRORS)
        return isinstance(error, _NEVER_SENT_ERRORS)

    def retry_delay(
        self,
        attempt: int,
        headers: httpx.Headers | None,
        *,
        now: float,
        rng: Callable[[], float],
    ) -> float | None:
        """Seconds to wait after failed send number `attempt` before the next one, or None to give up.

        `headers` are the failed response's (None after an exception), `now` the current
        Unix time (for an HTTP-date `Retry-After`) and `rng` returns a float in [0, 1).
        None when the server asked for a wait longer than `max_retry_after`.
        """
        if headers is not None:
            requested = server_requested_delay(headers, now)
            if requested is not None:
                return requested if requested <= self.max_retry_after else None
        ceiling = min(self.max_backoff, self.initial_backoff * 2.0 ** min(attempt - 1, _MAX_EXPONENT))
        return ceiling / 2 + rng() * ceiling / 2


def server_requested_delay(headers: httpx.Headers, now: float) -> float | None:
    """The wait the server asked for in seconds, or None if it asked for none we can use.

    Not in `__all__`: shared with the transport, which puts it on the errors it raises.
    """
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None and _NUMBER.fullmatch(milliseconds.strip()):
        return float(milliseconds) / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if _NUMBER.fullmatch(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" parses naive; HTTP dates are always UTC (RFC 9110).
        when = when.replace(tzinfo=UTC)
    delay = when.timestamp() - now
    # A date already past is most likely clock skew, not a request to retry at once: use backoff.
    return delay if delay >= 0 else None
