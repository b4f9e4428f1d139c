"""Client-side rate limiting: `evalclient.RateLimit` and the token bucket behind it.

    client = evalclient.extend_client(rate_limit=evalclient.RateLimit(per_second=20, burst=5))

One bucket per client, shared by every thread and task using it and by the clients
`with_options` derives from it (they share the transport's bucket). Every HTTP attempt,
retries included, takes a token first. The bucket is a GCRA (virtual scheduling): each send is
given the earliest time it may go, so after the burst no more than `per_second` sends start in
any second, and waiters are served in the order they asked. A 429 answer slows the bucket: it
pauses until the server's wait has passed and halves the rate, which then climbs back to the
configured rate by a tenth of it per second of calm.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from evalclient.errors import ConfigurationError

__all__ = ["RateLimit"]

_RECOVERY_PER_SECOND = 0.1  # of the configured rate, regained per second without a 429
_SLOWEST_SHARE = 0.05  # a storm of 429s never slows the bucket below 5% of the configured rate


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `per_second` requests a second on average, with bursts of up to `burst` at once."""

    per_second: float
    burst: int = 1

    def __post_init__(self) -> None:
        if not self.per_second > 0:
            raise ConfigurationError(f"RateLimit.per_second must be above 0, got {self.per_second!r}")
        if not isinstance(self.burst, int) or self.burst < 1:
            raise ConfigurationError(f"RateLimit.burst must be a whole number of at least 1, got {self.burst!r}")


class TokenBucket:
    """The shared state of one client's limit. `reserve()` returns how long the caller must wait."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._clock = clock
        self._lock = threading.Lock()
        self._rate = limit.per_second
        self._next = clock()  # the theoretical time of the next send (GCRA's TAT)
        self._calm_since = self._next
        self._paused_until = 0.0

    @property
    def rate(self) -> float:
        """The current sends per second (below the configured rate after a 429, until it recovers)."""
        return self._rate

    def reserve(self) -> float:
        """Take the next send slot: seconds to wait before sending (0 when it may go now)."""
        with self._lock:
            now = self._clock()
            self._recover(now)
            interval = 1.0 / self._rate
            tolerance = (self._limit.burst - 1) * interval
            start = max(now, self._next - tolerance, self._paused_until)
            self._next = max(self._next, start) + interval
            return start - now

    def throttled(self, wait: float) -> None:
        """The server answered 429 and asked for `wait` seconds: pause that long and halve the rate."""
        with self._lock:
            now = self._clock()
            self._paused_until = max(self._paused_until, now + max(wait, 0.0))
            self._rate = max(self._limit.per_second * _SLOWEST_SHARE, self._rate / 2)
            self._calm_since = self._paused_until
            self._next = max(self._next, self._paused_until)

    def _recover(self, now: float) -> None:
        if self._rate < self._limit.per_second and now > self._calm_since:
            regained = self._limit.per_second * _RECOVERY_PER_SECOND * (now - self._calm_since)
            self._rate = min(self._limit.per_second, self._rate + regained)
            self._calm_since = now
