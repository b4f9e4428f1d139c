"""The state of one wait (`wait_for_run` and its async twin): what was seen, and when to poll next.

It does no I/O, so the sync and the async loop share it and only their loops are written twice.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from evalclient._operation import check_arguments, operation_name, operation_signature
from evalclient._poll_policy import PollPolicy
from evalclient._request_ids import carry as carry_request_id
from evalclient._request_ids import request_id
from evalclient._run_events import RunEvents
from evalclient._run_status import Run, RunProgress, is_failure, is_terminal, run_progress, unwrap_run
from evalclient.errors import RunFailed, WaitTimeout


class Poll:
    """One wait: the last run and progress seen, the deadline, and the polling schedule.

    With `events` (a RunEvents hub), polling is the fallback: after the first poll the schedule is
    the hub's `fallback_interval` until an event wakes the wait; then `polling`'s own schedule
    starts over, since the run has ended and only the GET may lag behind the event.
    """

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
        events: RunEvents | None,
        clock: Callable[[], float],
        rng: Callable[[], float],
    ) -> None:
        signature = operation_signature(operation, "wait_for_run")
        check_arguments(operation, signature, client, kwargs)
        if timeout is not None and timeout < 0:
            raise ValueError(f"timeout must be at least 0 or None, got {timeout}")
        if not isinstance(polling, PollPolicy):
            raise TypeError(f"polling must be an evalclient.PollPolicy, got {type(polling).__name__}")
        self.name = operation_name(operation)
        self.timeout = timeout
        self.on_update = on_update
        self.raise_on_failure = raise_on_failure
        self.polling = polling
        self.clock = clock
        self.rng = rng
        self.deadline = None if timeout is None else clock() + timeout
        self.last_progress: RunProgress | None = None
        self.run: Run | None = None
        self.run_id: str | None = None
        if events is None:
            self.schedule = polling.delays()
            return
        if not isinstance(events, RunEvents):
            raise TypeError(f"events must be an evalclient.RunEvents, got {type(events).__name__}")
        self.run_id = _run_id_argument(signature, kwargs)
        if self.run_id is None:
            raise TypeError(f"{self.name}: events= needs the run id as the operation's first argument (a str)")
        fallback = events.fallback_interval
        self.schedule = PollPolicy(interval=fallback, max_interval=fallback).delays()

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

    def woken(self) -> None:
        """An event said the run has ended: poll on `polling`'s schedule from its start again."""
        self.schedule = self.polling.delays()


def _run_id(run: object) -> str:
    return str(getattr(run, "id", "?"))


def _run_id_argument(signature: inspect.Signature, kwargs: dict[str, Any]) -> str | None:
    """The value given for the operation's first parameter: the run id of every get-run operation."""
    first = next(iter(signature.parameters.values()), None)
    value = kwargs.get(first.name) if first is not None else None
    return value if isinstance(value, str) else None
