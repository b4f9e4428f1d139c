"""PollPolicy: how often `wait_for_run` asks for a run, as one small immutable value."""

from __future__ import annotations

import math
from dataclasses import dataclass

from evalclient.errors import ConfigurationError


@dataclass(frozen=True)
class PollPolicy:
    """The polling schedule of a wait: the first interval, its growth and its cap, in seconds.

    The first poll is immediate. The interval then starts at `interval`, is multiplied by
    `multiplier` after each poll up to `max_interval`, and each sleep is jittered to between
    half and all of the interval, so that many waiters do not poll in step. How long to wait
    in all is the wait's own `timeout`: a deadline belongs to the call, a schedule can be shared.

        slow = evalclient.PollPolicy(interval=5.0, max_interval=60.0)
        evalclient.wait_for_run(get_evaluation_set_run, client=client, id=run_id, polling=slow)

    Polling is not retrying: a transient HTTP failure of one poll is retried by the client's
    transport (RetryPolicy), not by this schedule.
    """

    interval: float = 0.5
    max_interval: float = 10.0
    multiplier: float = 2.0

    def __post_init__(self) -> None:
        for name in ("interval", "max_interval", "multiplier"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise ConfigurationError(f"PollPolicy.{name} must be a finite number, got {value!r}")
        if not 0 < self.interval <= self.max_interval:
            raise ConfigurationError(
                f"PollPolicy needs 0 < interval <= max_interval, got {self.interval} and {self.max_interval}"
            )
        if self.multiplier < 1:
            raise ConfigurationError(f"PollPolicy.multiplier must be at least 1, got {self.multiplier}")

    def delays(self) -> _Schedule:
        """A fresh schedule of un-jittered intervals for one wait."""
        return _Schedule(self)


class _Schedule:
    __slots__ = ("_current", "_policy")

    def __init__(self, policy: PollPolicy) -> None:
        self._policy = policy
        self._current = policy.interval

    def next(self) -> float:
        """The interval before the next poll; the one after grows by the multiplier, up to the cap."""
        interval = self._current
        self._current = min(self._current * self._policy.multiplier, self._policy.max_interval)
        return interval
