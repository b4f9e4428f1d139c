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
- `events` (an `evalclient.RunEvents` hub a webhook receiver feeds) makes the wait return as
  soon as a terminal event for its run arrives, confirmed by one GET; polling goes on every
  `hub.fallback_interval` seconds meanwhile, so a lost webhook only makes the wait slower.
- `clock`, `sleep` and `rng` are injectable so tests never wait. The async twin sleeps with
  `asyncio.sleep` and blocks nothing, so many runs can be awaited at once on one loop; at most
  100 of their polls per loop are being requested at once, the rest wait their turn (holding no
  request), and a wait whose run's end event has come goes first.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar, overload

from evalclient import _gate, _lazy_asyncio
from evalclient._network import DEFAULT_MAX_CONNECTIONS
from evalclient._operation import Operation
from evalclient._poll import Poll
from evalclient._poll_policy import PollPolicy
from evalclient._run_events import RunEvents
from evalclient._run_status import (
    BATCH_PROCESSOR_RUN_TERMINAL,
    EVAL_RUN_TERMINAL,
    EVALUATION_SET_RUN_TERMINAL,
    FAILURE_STATUSES,
    GENERIC_TERMINAL,
    Run,
    RunProgress,
    run_progress,
)

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
    "RunEvents",
    "RunProgress",
    "run_progress",
    "wait_for_run",
    "wait_for_run_async",
]

RunT = TypeVar("RunT", bound=Run)
RunT_co = TypeVar("RunT_co", covariant=True)

DEFAULT_TIMEOUT = 900.0
# Polls of async waits being sent at once per event loop: the transport's own default gate.
_POLLS_IN_FLIGHT = DEFAULT_MAX_CONNECTIONS
DEFAULT_POLLING = PollPolicy()


class RunEnvelope(Protocol[RunT_co]):
    """Bland's `{data, errors}` envelope around a run."""

    @property
    def data(self) -> RunT_co: ...


class LegacyRunWrapper(Protocol[RunT_co]):
    """Legacy Extend's `{success, batchProcessorRun}` wrapper around a batch processor run."""

    @property
    def batch_processor_run(self) -> RunT_co: ...


@overload
def wait_for_run(
    operation: Operation[RunT],
    *,
    client: object,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_update: Callable[[RunT], object] | None = None,
    raise_on_failure: bool = True,
    polling: PollPolicy = DEFAULT_POLLING,
    events: RunEvents | None = None,
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
    events: RunEvents | None = None,
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
    events: RunEvents | None = None,
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
    events: RunEvents | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> Any:
    """Poll `operation` (a generated get-run module) until the run is finished, and return the run.

    `kwargs` are the operation's own arguments (e.g. `id=` or `run_id=`). Raises WaitTimeout
    or RunFailed (both carry `.run`) as the module docstring describes, and TypeError at once,
    naming the operation, if the arguments do not fit it. With `events=hub` the wait ends as
    soon as the hub gets a terminal event for this run (see `evalclient.RunEvents`).
    """
    poll = Poll(
        operation=operation,
        client=client,
        kwargs=kwargs,
        timeout=timeout,
        on_update=on_update,
        raise_on_failure=raise_on_failure,
        polling=polling,
        events=events,
        clock=clock,
        rng=rng,
    )
    if events is None:
        while not poll.observe(operation.sync(client=client, **kwargs)):
            sleep(poll.next_delay())
        return poll.run
    assert poll.run_id is not None  # Poll refuses events= without one
    watch = events._watch(poll.run_id)  # before the first poll: no event can slip in between
    try:
        while not poll.observe(operation.sync(client=client, **kwargs)):
            if watch.sleep(poll.next_delay(), sleep):
                poll.woken()
    finally:
        watch.close()
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
    events: RunEvents | None = None,
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
    events: RunEvents | None = None,
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
    events: RunEvents | None = None,
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
    events: RunEvents | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = _lazy_asyncio.sleep,
    rng: Callable[[], float] = random.random,
    **kwargs: Any,
) -> Any:
    """The async twin of `wait_for_run`: same arguments and contracts, `sleep` is awaited."""
    poll = Poll(
        operation=operation,
        client=client,
        kwargs=kwargs,
        timeout=timeout,
        on_update=on_update,
        raise_on_failure=raise_on_failure,
        polling=polling,
        events=events,
        clock=clock,
        rng=rng,
    )
    gate = _gate.polls_gate(_POLLS_IN_FLIGHT)
    if events is None:
        while not poll.observe(await _polled(gate, None, operation, client, kwargs)):
            await sleep(poll.next_delay())
        return poll.run
    assert poll.run_id is not None  # Poll refuses events= without one
    watch = events._watch(poll.run_id, on_loop=True)
    carried = _gate.carry(watch.ticket)  # once the event comes, this wait's GETs pass the queues
    try:
        while not poll.observe(await _polled(gate, watch.ticket, operation, client, kwargs)):
            if await watch.async_sleep(poll.next_delay(), sleep):
                poll.woken()
    finally:
        _gate.drop(carried)
        watch.close()
    return poll.run


async def _polled(gate: _gate.Gate, ticket: _gate.Ticket | None, operation: Any, client: object, kwargs: Any) -> Any:
    """One poll, sent once `gate` has a slot for it (see `_gate.polls_gate`)."""
    await gate.acquire(ticket)
    try:
        return await operation.asyncio(client=client, **kwargs)
    finally:
        gate.release()
