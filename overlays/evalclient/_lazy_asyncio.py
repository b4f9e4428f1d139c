"""The little of asyncio that evalclient needs, importing asyncio only on first async use.

asyncio is ~30 modules (~10 ms) that neither `import evalclient` nor the sync clients need.
Everything here runs inside a running event loop, which has loaded asyncio already, so the
function-level imports below only look it up in `sys.modules`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    import asyncio


async def sleep(seconds: float) -> None:
    """`asyncio.sleep(seconds)`: the default async sleep of `EvalTransport` and `wait_for_run_async`."""
    import asyncio

    await asyncio.sleep(seconds)


class LoopSemaphores:
    """One `asyncio.Semaphore(value)` per event loop, created on first use in that loop.

    A semaphore binds to the loop it is first contended on and fails in any other, while one
    transport can serve several loops over its life (e.g. one `asyncio.run` after another).
    Loops are held weakly, so a closed loop's semaphore goes with it.
    """

    def __init__(self, value: int) -> None:
        self._value = value
        self._by_loop: WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = WeakKeyDictionary()

    def current(self) -> asyncio.Semaphore:
        """The running loop's semaphore. Raises RuntimeError outside a running asyncio loop."""
        import asyncio

        loop = asyncio.get_running_loop()
        semaphore = self._by_loop.get(loop)
        if semaphore is None:
            semaphore = self._by_loop[loop] = asyncio.Semaphore(self._value)
        return semaphore
