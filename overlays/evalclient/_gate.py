"""The in-flight gate of one event loop: at most N async sends at once, with a lane for the urgent.

Why a gate at all: see `EvalTransport.handle_async_request` (httpcore's pool rescans its queue).
Why two lanes: a wait with `events=` whose run has announced its end is waiting for one GET
(its confirmation, or a poll it queued before the event came). Behind a burst of other polls
(10,000 waits starting at once queue 9,900 first polls here) it would return seconds late for
no reason but its place in the queue. So a `Ticket` can be hurried: its requests, queued or to
come, pass everything in the ordinary lane. Requests that carry no ticket keep strict FIFO order.

A ticket reaches the transport through a context variable (`carry`), since the call between
the wait and the transport is generated code that knows nothing of it; asyncio copies the
context into each task, so a ticket follows its own wait only.

This module does not import asyncio: the gate only needs the running loop's futures.
"""

from __future__ import annotations

import contextvars
import weakref
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

__all__ = ["Gate", "Ticket", "carry", "current_ticket", "drop", "polls_gate"]


class Ticket:
    """One wait's place in the gate. `hurry()` (on the gate's loop) moves it to the urgent lane."""

    __slots__ = ("_queued", "hurried")

    def __init__(self) -> None:
        self.hurried = False
        self._queued: tuple[Gate, asyncio.Future[None]] | None = None

    def hurry(self) -> None:
        """From now on this ticket's requests go first; one queued already passes the ordinary lane."""
        self.hurried = True
        if self._queued is not None:
            gate, waiter = self._queued
            # The same future joins the urgent lane; its stale entry in the ordinary lane is
            # skipped when reached (done by then), which keeps this O(1) in a queue of thousands.
            gate._urgent.append(waiter)


_TICKET: contextvars.ContextVar[Ticket | None] = contextvars.ContextVar("evalclient_ticket", default=None)


def current_ticket() -> Ticket | None:
    """The ticket of the wait this task is running, if any."""
    return _TICKET.get()


def carry(ticket: Ticket) -> contextvars.Token[Ticket | None]:
    """Make this task's requests carry `ticket` until `drop(token)`."""
    return _TICKET.set(ticket)


def drop(token: contextvars.Token[Ticket | None]) -> None:
    _TICKET.reset(token)


class Gate:
    """A FIFO counting semaphore with an urgent lane; a released slot goes straight to the next in line."""

    __slots__ = ("_free", "_ordinary", "_urgent")

    def __init__(self, size: int) -> None:
        self._free = size
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._ordinary: deque[asyncio.Future[None]] = deque()

    @property
    def queued(self) -> int:
        """Requests waiting for a slot (stale entries of hurried ones are not counted)."""
        return sum(1 for lane in (self._urgent, self._ordinary) for waiter in lane if not waiter.done())

    async def acquire(self, ticket: Ticket | None) -> None:
        if self._free > 0 and not self._urgent and not self._ordinary:
            self._free -= 1
            return
        import asyncio  # loaded already: this runs inside an event loop

        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        (self._urgent if ticket is not None and ticket.hurried else self._ordinary).append(waiter)
        if ticket is not None:
            ticket._queued = (self, waiter)
        try:
            await waiter
        except BaseException:
            # Cancelled in line: a cancelled future is skipped by release(). Cancelled after the
            # slot was handed over (before this task resumed): pass the slot on.
            if waiter.done() and not waiter.cancelled():
                self.release()
            raise
        finally:
            if ticket is not None:
                ticket._queued = None

    def release(self) -> None:
        """Hand the slot to the first live waiter, urgent lane first; else it becomes free."""
        for lane in (self._urgent, self._ordinary):
            while lane:
                waiter = lane.popleft()
                if not waiter.done():
                    waiter.set_result(None)
                    return
        self._free += 1


_POLLS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Gate] = weakref.WeakKeyDictionary()


def polls_gate(size: int) -> Gate:
    """The running loop's gate for the polls of async waits, made with `size` slots on first use.

    Why a second gate before the transport's: a poll queued there has built its request already
    (~7 kB of httpx objects); 10,000 waits starting at once would hold 10,000 of them. Queued
    here, a poll holds one future until a slot frees. Held per loop, weakly: a closed loop's
    gate goes with it. A poll keeps its slot through the transport's retries (and their sleeps):
    while the API fails, fewer polls are sent, which is what a backing-off client wants.
    """
    import asyncio  # loaded already: this runs inside an event loop

    loop = asyncio.get_running_loop()
    gate = _POLLS.get(loop)
    if gate is None:
        gate = _POLLS.setdefault(loop, Gate(size))
    return gate
