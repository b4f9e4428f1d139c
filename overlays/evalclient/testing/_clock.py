"""ManualClock: time that moves only when a test says so.

    clock = ManualClock()
    fake = FakeAPI(clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    run = client.post("/evaluation_set_runs", json={...}).json()   # PENDING
    clock.advance(fake.extend.run_seconds)                          # no real waiting
    client.get(f"/evaluation_set_runs/{run['id']}").json()          # PROCESSED

Sleeping advances it, so a client's retry back-off or a `Fault.delay` costs no real time.
"""

from __future__ import annotations

import threading


class ManualClock:
    """A monotonic clock (call it for the time, in seconds) advanced by `advance`, `sleep` or `async_sleep`."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        """A stand-in for `time.sleep`: returns at once, the clock `seconds` later."""
        self.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        """A stand-in for `asyncio.sleep`: returns at once, the clock `seconds` later."""
        self.advance(seconds)
