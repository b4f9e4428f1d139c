"""RetryPolicy as tables: which failures are retried, and how long to wait before the next send."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from evalclient.errors import ConfigurationError
from evalclient.retry import RetryPolicy

pytestmark = pytest.mark.unit

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "DELETE", "PUT"]
NOT_IDEMPOTENT = ["POST", "PATCH"]
RETRY_STATUSES = [408, 429, 500, 502, 503, 504]
FINAL_STATUSES = [200, 301, 400, 401, 402, 403, 404, 409, 422, 501, 505]


def http_date(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


def half(_: int = 0) -> float:
    return 0.5


# --- which statuses ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("status", RETRY_STATUSES)
def test_idempotent_methods_retry_every_retry_status(method: str, status: int) -> None:
    assert RetryPolicy().should_retry_status(method, status, attempt=1) is True


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
@pytest.mark.parametrize(("status", "expected"), [(429, True), (408, False), (500, False), (502, False), (503, False)])
def test_post_is_retried_only_on_429(method: str, status: int, expected: bool) -> None:
    assert RetryPolicy().should_retry_status(method, status, attempt=1) is expected


@pytest.mark.parametrize("method", IDEMPOTENT + NOT_IDEMPOTENT)
@pytest.mark.parametrize("status", FINAL_STATUSES)
def test_other_statuses_are_never_retried(method: str, status: int) -> None:
    assert RetryPolicy().should_retry_status(method, status, attempt=1) is False


def test_post_429_follows_retry_statuses() -> None:
    policy = RetryPolicy(retry_statuses=frozenset({503}))
    assert policy.should_retry_status("POST", 429, attempt=1) is False
    assert policy.should_retry_status("GET", 503, attempt=1) is True


# --- which exceptions -------------------------------------------------------------------------

NEVER_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")]
MAYBE_PROCESSED = [
    httpx.ReadTimeout("slow"),
    httpx.WriteTimeout("slow"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.CloseError("close"),
    httpx.RemoteProtocolError("peer closed connection"),
]
NOT_FIXED_BY_RETRYING = [
    httpx.LocalProtocolError("bad header"),
    httpx.UnsupportedProtocol("ftp"),
    httpx.ProxyError("proxy"),
    ValueError("bug"),
]


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("error", NEVER_SENT + MAYBE_PROCESSED, ids=lambda e: type(e).__name__)
def test_idempotent_methods_retry_transient_errors(method: str, error: Exception) -> None:
    assert RetryPolicy().should_retry_error(method, error, attempt=1) is True


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
@pytest.mark.parametrize("error", NEVER_SENT, ids=lambda e: type(e).__name__)
def test_post_retries_when_the_request_never_left(method: str, error: Exception) -> None:
    assert RetryPolicy().should_retry_error(method, error, attempt=1) is True


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
@pytest.mark.parametrize("error", MAYBE_PROCESSED, ids=lambda e: type(e).__name__)
def test_post_is_not_retried_when_the_server_may_have_acted(method: str, error: Exception) -> None:
    assert RetryPolicy().should_retry_error(method, error, attempt=1) is False


@pytest.mark.parametrize("method", IDEMPOTENT + NOT_IDEMPOTENT)
@pytest.mark.parametrize("error", NOT_FIXED_BY_RETRYING, ids=lambda e: type(e).__name__)
def test_errors_retrying_cannot_fix_are_final(method: str, error: Exception) -> None:
    assert RetryPolicy().should_retry_error(method, error, attempt=1) is False


# --- how many attempts ------------------------------------------------------------------------


@pytest.mark.parametrize(("attempt", "expected"), [(1, True), (2, True), (3, True), (4, False), (9, False)])
def test_attempts_are_bounded_by_max_attempts(attempt: int, expected: bool) -> None:
    policy = RetryPolicy(max_attempts=4)
    assert policy.should_retry_status("GET", 503, attempt) is expected
    assert policy.should_retry_error("GET", httpx.ReadError("reset"), attempt) is expected


def test_none_never_retries() -> None:
    policy = RetryPolicy.none()
    assert policy.max_attempts == 1
    assert policy.should_retry_status("GET", 503, attempt=1) is False
    assert policy.should_retry_error("POST", httpx.ConnectError("refused"), attempt=1) is False


def test_default_is_the_documented_policy() -> None:
    policy = RetryPolicy.default()
    assert policy == RetryPolicy()
    assert (policy.max_attempts, policy.initial_backoff, policy.max_backoff, policy.max_retry_after) == (4, 0.5, 8, 60)
    assert policy.retry_statuses == frozenset(RETRY_STATUSES)
    assert policy.idempotent_methods == frozenset(IDEMPOTENT)


# --- how long to wait: what the server asked for ----------------------------------------------

GIVE_UP = object()  # the policy answers None: the server asked for longer than it waits
RETRY_AFTER_CASES = [
    # (headers, expected seconds; None = fall back to backoff; GIVE_UP = longer than the cap: no retry)
    ({"Retry-After": "3"}, 3.0),
    ({"retry-after": "1.5"}, 1.5),
    ({"retry-after": " 2 "}, 2.0),
    ({"retry-after": "0"}, 0.0),
    ({"retry-after": "3600"}, GIVE_UP),
    ({"retry-after": http_date(NOW + timedelta(seconds=30))}, 30.0),
    ({"retry-after": http_date(NOW + timedelta(hours=2))}, GIVE_UP),
    ({"retry-after": (NOW + timedelta(seconds=10)).strftime("%a %b %d %H:%M:%S %Y")}, 10.0),  # asctime, no zone
    ({"retry-after": http_date(NOW - timedelta(seconds=30))}, None),
    ({"retry-after": "-5"}, None),
    ({"retry-after": "soon"}, None),
    ({"retry-after": ""}, None),
    ({"retry-after": "nan"}, None),
    ({"retry-after": "inf"}, None),
    ({"retry-after": "1e3"}, None),
    ({"retry-after": "1_0"}, None),
    ({"retry-after": "Wed, 32 Oct 2026 07:28:00 GMT"}, None),
    ({"retry-after-ms": "250"}, 0.25),
    ({"retry-after-ms": "1500.5"}, 1.5005),
    ({"retry-after-ms": "120000"}, GIVE_UP),
    ({"retry-after-ms": "60000"}, 60.0),
    ({"retry-after-ms": "100", "retry-after": "5"}, 0.1),
    ({"retry-after-ms": "-1", "retry-after": "2"}, 2.0),
    ({"retry-after-ms": "later"}, None),
    ({}, None),
]


@pytest.mark.parametrize(("headers", "expected"), RETRY_AFTER_CASES)
def test_server_requested_delay(headers: dict[str, str], expected: float | None) -> None:
    backoff = 0.375  # attempt 1 with rng 0.5: uniform in [0.25, 0.5)
    delay = RetryPolicy().retry_delay(1, httpx.Headers(headers), now=NOW.timestamp(), rng=half)
    if expected is GIVE_UP:
        assert delay is None
    else:
        assert delay == pytest.approx(backoff if expected is None else expected)


def test_a_server_wait_longer_than_max_retry_after_gives_up_instead_of_retrying_early() -> None:
    policy = RetryPolicy(max_retry_after=5)
    assert policy.retry_delay(1, httpx.Headers({"retry-after": "5"}), now=NOW.timestamp(), rng=half) == 5
    assert policy.retry_delay(1, httpx.Headers({"retry-after": "30"}), now=NOW.timestamp(), rng=half) is None


def test_http_date_is_relative_to_the_injected_clock() -> None:
    headers = httpx.Headers({"retry-after": http_date(NOW + timedelta(seconds=30))})
    later = (NOW + timedelta(seconds=20)).timestamp()
    assert RetryPolicy().retry_delay(1, headers, now=later, rng=half) == pytest.approx(10.0)


# --- how long to wait: backoff ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "ceiling"), [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 8.0), (10_000, 8.0)]
)
def test_backoff_doubles_up_to_max_backoff_with_equal_jitter(attempt: int, ceiling: float) -> None:
    policy = RetryPolicy()
    lowest = policy.retry_delay(attempt, None, now=0, rng=lambda: 0.0)
    highest = policy.retry_delay(attempt, None, now=0, rng=lambda: 0.999999)
    assert lowest == pytest.approx(ceiling / 2)
    assert ceiling / 2 < highest < ceiling
    assert highest == pytest.approx(ceiling, rel=1e-5)


@pytest.mark.parametrize("draw", [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999])
def test_jitter_stays_within_bounds(draw: float) -> None:
    policy = RetryPolicy(initial_backoff=1, max_backoff=3)
    for attempt, ceiling in [(1, 1), (2, 2), (3, 3), (4, 3)]:
        delay = policy.retry_delay(attempt, None, now=0, rng=lambda: draw)
        assert ceiling / 2 <= delay < ceiling


def test_without_headers_the_wait_is_backoff() -> None:
    assert RetryPolicy().retry_delay(2, None, now=0, rng=half) == pytest.approx(0.75)


# --- the value object -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"max_attempts": 0},
        {"initial_backoff": -1},
        {"max_backoff": float("nan")},
        {"max_retry_after": float("inf")},
    ],
)
def test_invalid_policies_are_rejected(changes: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError) as caught:
        RetryPolicy(**changes)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    assert next(iter(changes)) in str(caught.value)


def test_policy_is_immutable_hashable_and_normalised() -> None:
    policy = RetryPolicy(idempotent_methods={"get", "Put"}, retry_statuses={503})  # type: ignore[arg-type]
    assert policy.idempotent_methods == frozenset({"GET", "PUT"})
    assert policy.retry_statuses == frozenset({503})
    assert hash(policy) == hash(
        RetryPolicy(idempotent_methods=frozenset({"GET", "PUT"}), retry_statuses=frozenset({503}))
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_attempts = 10  # type: ignore[misc]
