"""RunEvents: the hub a webhook receiver feeds, so that waits return when their run announces its end.

    hub = evalclient.RunEvents()

    # the webhook handler, in any thread or in async code (publish never blocks):
    hub.publish(evalclient.webhooks.verify(body, headers, secret))

    # wherever the service waits:
    run = evalclient.wait_for_run(get_evaluation_set_run, client=client, id=run_id, events=hub)

A wait with `events=hub` registers its run id before its first poll. A terminal event for that
id (`batch_processor_run.processed` / `.failed`, or any event whose payload has a terminal
status) wakes it; it then GETs the run once to confirm (an event carries a summary, not the run)
and returns it. Until then it polls every `fallback_interval` seconds, so a lost or late webhook
makes a wait slower, never endless. An event for a run nobody waits for yet is remembered, the
last 10,000 run ids (~1 MB), since a short run can end before its wait starts: that wait's first
poll then goes first in the in-flight gates and it returns after that one GET. The hub holds one
small entry per wait in progress, those ids, and nothing else.

This module imports neither the generated models nor asyncio: `import evalclient` stays light.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from evalclient._gate import Ticket
from evalclient._run_status import GENERIC_TERMINAL
from evalclient.errors import ConfigurationError

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable

__all__ = ["TERMINAL_EVENT_TYPES", "RunEvents"]

# The event types that mean "this run has finished". A run's own status in the payload counts too
# (GENERIC_TERMINAL), so an event type added later whose payload says PROCESSED wakes waits as well.
TERMINAL_EVENT_TYPES: frozenset[str] = frozenset({"batch_processor_run.processed", "batch_processor_run.failed"})
DEFAULT_FALLBACK_INTERVAL = 30.0
_REMEMBERED = 10_000  # ended runs nobody waited for yet; the oldest is forgotten first


class RunEvents:
    """A thread-safe hub of run events; give it to `wait_for_run(..., events=hub)` and its async twin.

    `fallback_interval` is how often (seconds, jittered like every poll) a wait with this hub
    still polls while no event has come: the most a lost webhook delays a wait. One hub serves
    any number of waits, sync and async, on any threads and event loops.
    """

    def __init__(self, *, fallback_interval: float = DEFAULT_FALLBACK_INTERVAL) -> None:
        if isinstance(fallback_interval, bool) or not isinstance(fallback_interval, int | float):
            raise ConfigurationError(f"fallback_interval must be a number of seconds, got {fallback_interval!r}")
        if not (math.isfinite(fallback_interval) and fallback_interval > 0):
            raise ConfigurationError(f"fallback_interval must be finite and above 0, got {fallback_interval!r}")
        self.fallback_interval = float(fallback_interval)
        self._lock = threading.Lock()
        self._watches: dict[str, list[_Watch]] = {}
        self._ended: dict[str, None] = {}  # insertion-ordered: a bounded FIFO of run ids

    def __repr__(self) -> str:
        return f"RunEvents(fallback_interval={self.fallback_interval:g}, waiting={self.waiting})"

    @property
    def waiting(self) -> int:
        """How many waits are registered right now."""
        with self._lock:
            return sum(len(watches) for watches in self._watches.values())

    def publish(self, event: object) -> int:
        """Hand over one verified event; returns how many waits it woke (0 when nobody waits for that
        run yet: it is remembered for a wait that starts later, see the module's docstring).

        `event` is what `evalclient.webhooks.verify` returns, or the same event as its JSON dict
        (`{"eventId", "eventType", "payload": {"id", "status", ...}}`). It never blocks beyond a
        short lock, so it may be called from an async handler directly. An event that names no
        run, or does not say the run has finished, wakes nothing.
        """
        run_id = _finished_run_id(event)
        if run_id is None:
            return 0
        with self._lock:
            watches = list(self._watches.get(run_id, ()))
            for watch in watches:
                watch.wake()
            if not watches:
                self._ended[run_id] = None
                if len(self._ended) > _REMEMBERED:
                    del self._ended[next(iter(self._ended))]
        return len(watches)

    def _watch(self, run_id: str, *, on_loop: bool = False) -> _Watch:
        """Register a wait; `on_loop=True` for an async wait, on its running loop."""
        watch = _Watch(self, run_id, on_loop)
        with self._lock:
            if run_id in self._ended:  # its event came before the wait: hurried from the start
                watch._woken = watch.ticket.hurried = True
            self._watches.setdefault(run_id, []).append(watch)
        return watch

    def _forget(self, watch: _Watch) -> None:
        with self._lock:
            watches = self._watches.get(watch.run_id, [])
            if watch in watches:
                watches.remove(watch)
            if not watches:
                self._watches.pop(watch.run_id, None)


class _Watch:
    """One wait's registration: a flag set by `publish`, and a way to sleep until it is set.

    The flag lives under the hub's lock; `take()` reads and clears it before each poll, so an
    event that arrives while a poll is in flight is not lost: the next sleep ends at once.
    An async wait's watch also holds the wait's `ticket` in the transport's in-flight gate: the
    event hurries it, so the GET that reads the ended run (a poll queued behind thousands of
    others, or the confirmation) is sent before requests of waits still running (see `_gate`).
    """

    __slots__ = ("_async_signal", "_hub", "_thread_signal", "_woken", "run_id", "ticket")

    def __init__(self, hub: RunEvents, run_id: str, on_loop: bool) -> None:
        self._hub = hub
        self.run_id = run_id
        self._woken = False
        self._thread_signal = threading.Event()
        self._async_signal: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None
        self.ticket = Ticket()
        if on_loop:
            import asyncio  # loaded already: this runs inside an event loop

            self._async_signal = (asyncio.get_running_loop(), asyncio.Event())

    def wake(self) -> None:
        """Called by `publish` with the hub's lock held, from any thread."""
        self._woken = True
        self._thread_signal.set()
        if self._async_signal is not None:
            with contextlib.suppress(RuntimeError):  # that loop has closed: its wait is gone
                self._async_signal[0].call_soon_threadsafe(self._woken_on_loop)

    def _woken_on_loop(self) -> None:
        assert self._async_signal is not None
        self._async_signal[1].set()
        self.ticket.hurry()  # the gate belongs to this loop: hurried here, never from another thread

    def take(self) -> bool:
        """Whether an event came since the last call; clears it."""
        with self._hub._lock:
            woken, self._woken = self._woken, False
            self._thread_signal.clear()
            if self._async_signal is not None:
                self._async_signal[1].clear()
        return woken

    def close(self) -> None:
        self._hub._forget(self)

    def sleep(self, seconds: float, sleep: Callable[[float], object]) -> bool:
        """Sleep up to `seconds`; True if an event ended (or came during) the sleep.

        With the default `time.sleep` the sleep ends the moment an event comes. Another `sleep`
        (a test clock's) cannot be interrupted: it runs whole and the event is taken after it.
        """
        if self.take():
            return True
        if sleep is time.sleep:
            self._thread_signal.wait(seconds)
        else:
            sleep(seconds)
        return self.take()

    async def async_sleep(self, seconds: float, sleep: Callable[[float], Awaitable[object]]) -> bool:
        """The async twin: `sleep(seconds)` raced against an event, any `sleep` (it is cancelled)."""
        import asyncio  # loaded already: this runs inside an event loop

        if self._async_signal is None:
            raise RuntimeError("async_sleep needs a watch made with on_loop=True")
        if self.take():
            return True
        timer = asyncio.ensure_future(sleep(seconds))
        event = asyncio.ensure_future(self._async_signal[1].wait())
        try:
            await asyncio.wait((timer, event), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (timer, event):
                task.cancel()
            await asyncio.gather(timer, event, return_exceptions=True)
        return self.take()


def _finished_run_id(event: object) -> str | None:
    """The run id of an event that says its run has finished, else None."""
    to_dict = getattr(event, "to_dict", None)
    data = to_dict() if callable(to_dict) else event
    if not isinstance(data, Mapping):
        raise TypeError(
            "publish() takes the event evalclient.webhooks.verify returns (or its JSON dict), "
            f"got {type(event).__name__}"
        )
    payload: Any = data.get("payload")
    if not isinstance(payload, Mapping):
        return None
    run_id = payload.get("id")
    if not isinstance(run_id, str) or not run_id:
        return None
    if str(data.get("eventType")) in TERMINAL_EVENT_TYPES or str(payload.get("status")) in GENERIC_TERMINAL:
        return run_id
    return None
