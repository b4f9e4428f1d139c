"""`evalclient.Attempt`: what a service's `on_attempt` hook learns about each HTTP attempt.

The hook is for a service's own metrics and traces: it sees method, path (never the query, a
header or a body, which may carry keys or customer data), the outcome and the retry decision.
A hook that raises is logged and never breaks the call it observes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = ["Attempt"]

_logger = logging.getLogger("evalclient")


@dataclass(frozen=True, slots=True)
class Attempt:
    """One HTTP attempt: a send that got a status (`status_code`) or failed (`error`)."""

    method: str
    path: str
    attempt: int  # 1-based: 2 is the first retry
    status_code: int | None  # None when the attempt failed without an answer
    error: str | None  # the failure's type, e.g. "ConnectTimeout"; None when the server answered
    elapsed: float  # seconds from send to answer or failure
    request_id: str | None  # the server's request id header, when it sent one
    retry_in: float | None  # seconds until the next attempt; None when this was the last


AttemptHook = Callable[[Attempt], object]


def report(
    hook: AttemptHook,
    request: httpx.Request,
    attempt: int,
    started: float,
    outcome: httpx.Response | BaseException,
    retry_in: float | None,
) -> None:
    """Call `hook` with the attempt; log (never raise) what the hook raises."""
    answered = isinstance(outcome, httpx.Response)
    headers = outcome.headers if isinstance(outcome, httpx.Response) else None
    record = Attempt(
        method=request.method,
        path=request.url.path,
        attempt=attempt,
        status_code=outcome.status_code if isinstance(outcome, httpx.Response) else None,
        error=None if answered else type(outcome).__name__,
        elapsed=time.perf_counter() - started,
        request_id=None if headers is None else headers.get("x-extend-request-id") or headers.get("x-request-id"),
        retry_in=retry_in,
    )
    try:
        hook(record)
    except Exception:
        _logger.warning(
            "the on_attempt hook raised on %s %s; the call goes on", request.method, record.path, exc_info=True
        )
