"""Wait for a run to finish: poll a get-run operation until the run's status is terminal.

    run = evalclient.wait_for_run(get_evaluation_set_run, client=client, id="bpr_...", timeout=900.0)

Contracts:

- Works for any get-run operation of either API: the run is unwrapped from Bland's
  `{data, errors}` envelope and legacy Extend's `{success, batchProcessorRun}` wrapper, and the
  final run object is returned. Terminal statuses are per run type, with a generic rule for
  new run types (`_run_status`); an unknown status is not terminal, so polling goes on.
- The first poll is immediate; then `polling` (a `PollPolicy`: 0.5 s doubling up to 10 s by
  default) sets the schedule, each sleep jittered to between half and all of the interval so
  that many waiters do not poll in step. No sleep runs past the deadline.
- `timeout` (seconds, None for none) is checked after each poll: a run not finished by then
  raises `WaitTimeout` whose `.run` is the last run seen. A run ending FAILED or CANCELLED
  raises `RunFailed` carrying `.run`, unless `raise_on_failure=False` (then it is returned).
- Polling is not retrying: transient HTTP failures are retried by the client's transport,
  and an `ApiError` that gets past it propagates unchanged.
- `on_update(run)` is called after the first poll and whenever `run_progress(run)` (status,
  done, total) changes, including for the final run.
- `clock`, `sleep` and `rng` are injectable so tests never wait. The async twin sleeps with
  `asyncio.sleep` and blocks nothing, so many runs can be awaited at once on one loop.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar, overload

from evalclient import _lazy_asyncio
from evalclient._operation import Operation, check_arguments, operation_name, operation_signature
from evalclient._poll_policy import PollPolicy
from evalclient._request_ids import carry as carry_request_id
from evalclient._request_ids import request_id
from evalclient._run_status import (
    BATCH_PROCESSOR_RUN_TERMINAL,
    EVAL_RUN_TERMINAL,
    EVALUATION_SET_RUN_TERMINAL,
    FAILURE_STATUSES,
    GENERIC_TERMINAL,
    Run,
    RunProgress,
    is_failure,
    is_terminal,
    run_progress,
    unwrap_run,
)
from evalclient.errors import RunFailed, WaitTimeout

__all__ = [
    "BATCH_PROCESSOR_RUN_TERMINAL",
    "EVALUATION_SET_RUN_TERMINAL",
    "EVAL_RUN_TERMINAL",
    "FAILURE_STATUSES",
    "GENERIC_TERMINAL",
    "LegacyRunWrapper",
    "Operation",
    "PollPolicy",
    "Run",
    "RunEnvelope",
    "RunProgress",
    "run_progress",
    "wait_for_run",
    "wait_for_run_async",
]

RunT = TypeVar("RunT", bound=Run)
RunT_co = TypeVar("RunT_co", covariant=True)

DEFAULT_TIMEOUT = 900.0
DEFAULT_POLLING = PollPolicy()


class RunEnvelope(Protocol[RunT_co]):
    """Bland's `{data, errors}` envelope around a run."""

    @property
    def data(self) -> RunT_co: ...


class LegacyRunWrapper(Protocol[RunT_co]):
    """Legacy Extend's `{success, batchProcessorRun}` wrapper around a batch processor run."""

    @property
    def batch_processor_run(self) -> RunT_co: ...


class _Poll:
    """The state of one wait, shared by the sync and the async loop; it does no I/O."""

    def __init__(
        self,
        *,
        operation: object,
        client: object,
        kwargs: dict[str, Any],
        timeout: float | None,
        on_update: Callable[[Any], object] | None,
        raise_on_failure: bool,
        polling: PollPolicy,
        clock: Callable[[], float],
        rng: Callable[[], float],
    ) -> None:
        check_arguments(operation, operation_signature(operation, "wait_for_run"), client, kwargs)
        if timeout is not None and timeout < 0:
            raise ValueError(f"timeout must be at least 0 or None, got {timeout}")
        if not isinstance(polling, PollPolicy):
            raise TypeError(f"polling must be an evalclient.PollPolicy, got {type(polling).__name__}")
        self.name = operation_name(operation)
        self.timeout = timeout
        self.on_update = on_update
        self.raise_on_failure = raise_on_failure
        self.schedule = polling.delays()
        self.clock = clock
        self.rng = rng
        self.deadline = None if timeout is None else clock() + timeout
        self.last_progress: RunProgress | None = None
        self.run: Run | None = None

    def observe(self, response: object) -> bool:
        """Take one poll's response; True once the run is finished. Raises RunFailed."""
        run = unwrap_run(response)
        if run is None:
            raise TypeError(
                f"{self.name} returned {type(response).__name__}, which holds no run (nothing has a status)"
            )
        if run is not response:  # the run inside an envelope answers request_id() like the envelope
            carry_request_id(run, request_id(response))
        self.run = run
        progress = run_progress(run)
        if progress != self.last_progress:
            self.last_progress = progress
            if self.on_update is not None:
                self.on_update(run)
        if not is_terminal(run):
            return False
        if self.raise_on_failure and is_failure(run):
            detail = getattr(run, "error_message", None)  # Bland says why; Extend runs do not
            reason = f": {detail}" if detail else ""
            raise RunFailed(f"run {_run_id(run)} ended {run.status}{reason}", run=run)
        return True

    def next_delay(self) -> float:
        """How long to sleep before the next poll. Raises WaitTimeout once the deadline has passed."""
        delay = self.schedule.next() * (0.5 + 0.5 * self.rng())
        if self.deadline is None:
            return delay
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            status = self.run.status if self.run is not None else None
            raise WaitTimeout(
                f"run {_run_id(self.run)} still {status} after {self.timeout} s ({self.name})", run=self.run
            )
        return min(delay, remaining)


def _run_id(run: object) -> str:
    return str(getattr(run, "id", "?"))


@overload
def wait_for_run(
    operation: Operation[RunT],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[RunT], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> RunT: ...
@overload
def wait_for_run(
    operation: Operation[RunEnvelope[RunT]],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[RunT], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> RunT: ...
@overload
def wait_for_run(
    operation: Operation[LegacyRunWrapper[RunT]],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[RunT], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> RunT: ...
def wait_for_run(
    operation: Operation[Any],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[Any], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> Any:
    """Poll `operation` (a generated get-run module) until the run is finished, and return the run.

    `kwargs` are the operation's own arguments (e.g. `id=` or `run_id=`). Raises WaitTimeout
    or RunFailed (both carry `.run`) as the module docstring describes, and TypeError at once,
    naming the operation, if the arguments do not fit it.
    """
    poll = _Poll(
        operation=operation,
        client=client,
        kwargs=kwargs,
        timeout=timeout,
        on_update=on_update,
        raise_on_failure=raise_on_failure,
        polling=polling,
        clock=clock,
        rng=rng,
    )
    while not poll.observe(operation.sync(client=client, **kwargs)):
        sleep(poll.next_delay())
    return poll.run


@overload
async def wait_for_run_async(
    operation: Operation[RunT],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[RunT], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = _lazy_asyncio.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> RunT: ...
@overload
async def wait_for_run_async(
    operation: Operation[RunEnvelope[RunT]],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[RunT], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = _lazy_asyncio.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> RunT: ...
@overload
async def wait_for_run_async(
    operation: Operation[LegacyRunWrapper[RunT]],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[RunT], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = _lazy_asyncio.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> RunT: ...
async def wait_for_run_async(
    operation: Operation[Any],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[Any], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = _lazy_asyncio.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> Any:
    """The async twin of `wait_for_run`: same arguments and contracts, `sleep` is awaited."""
    poll = _Poll(
        operation=operation,
        client=client,
        kwargs=kwargs,
        timeout=timeout,
        on_update=on_update,
        raise_on_failure=raise_on_failure,
        polling=polling,
        clock=clock,
        rng=rng,
    )
    while not poll.observe(await operation.asyncio(client=client, **kwargs)):
        await sleep(poll.next_delay())
    return poll.run
