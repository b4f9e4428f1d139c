"""The connections behind an EvalTransport: one sync pool per process, one async pool per event loop.

Why per loop: an async connection belongs to the event loop that opened it. A service that calls
`asyncio.run` once per job, or runs a loop in each of several threads, would otherwise reuse a
connection of a closed or foreign loop ("Event loop is closed"). Each loop gets its own pool and
in-flight gate on first use; a pool whose loop has closed is dropped when the next loop starts
(it cannot be closed politely any more: its loop is gone, and its sockets go with it).

Why per process: after `os.fork()` (gunicorn `--preload`, multiprocessing's fork start method)
the child inherits the parent's open sockets. Two processes writing on one socket corrupt both
conversations, so every `Pools` forgets its connections in the child (without closing them: the
parent still uses them) and the child opens its own on first use.

Twins made by `EvalTransport.with_policy` share one `Pools`, so a per-call retry policy does not
open a second set of connections.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import httpx

from evalclient._gate import Gate

if TYPE_CHECKING:
    import asyncio


class LoopShare(NamedTuple):
    """What one event loop gets: its in-flight gate, and its network transport (None with `inner`)."""

    gate: Gate
    network: httpx.AsyncBaseTransport | None


class Pools:
    """Created lazily; `make_sync` / `make_async` build the default network transports."""

    def __init__(
        self,
        *,
        make_sync: Callable[[], httpx.BaseTransport] | None,
        make_async: Callable[[], httpx.AsyncBaseTransport] | None,
        gate_size: int,
    ) -> None:
        self._make_sync = make_sync
        self._make_async = make_async
        self._gate_size = gate_size
        self._forget()
        _EVERY_POOLS.add(self)

    def _forget(self) -> None:
        self._lock = threading.Lock()  # a lock held across fork by another thread would never open
        self.sync: httpx.BaseTransport | None = None
        self._loops: dict[asyncio.AbstractEventLoop, LoopShare] = {}

    def sync_send(self) -> Callable[[httpx.Request], httpx.Response]:
        sync = self.sync
        if sync is None:
            if self._make_sync is None:
                raise RuntimeError("no sync transport to make")  # EvalTransport checks before calling
            with self._lock:  # two threads' first requests must not each open a pool
                if self.sync is None:
                    self.sync = self._make_sync()
                sync = self.sync
        return sync.handle_request

    def current_loop(self) -> LoopShare:
        """The running loop's share, made on its first request. Raises RuntimeError outside a loop."""
        import asyncio  # only ever inside a running loop, which has imported it: see _lazy_asyncio

        loop = asyncio.get_running_loop()
        share = self._loops.get(loop)
        if share is None:
            with self._lock:  # loops in several threads may arrive at once
                self._loops = {known: kept for known, kept in self._loops.items() if not known.is_closed()}
                share = self._loops.get(loop)
                if share is None:
                    if self._make_async is not None:
                        _block_absent_sniffio()
                    network = None if self._make_async is None else self._make_async()
                    share = self._loops[loop] = LoopShare(Gate(self._gate_size), network)
        return share

    def close_sync(self) -> None:
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.close()

    async def aclose_current_loop(self) -> None:
        import asyncio

        share = self._loops.pop(asyncio.get_running_loop(), None)
        if share is not None and share.network is not None:
            await share.network.aclose()

    def loops_held(self) -> int:
        """How many event loops hold a pool now (closed ones are dropped when the next one starts)."""
        return len(self._loops)


def _block_absent_sniffio() -> None:
    """Make httpcore's per-lock `import sniffio` fail at once when sniffio is not installed.

    httpcore 1.0.9 imports sniffio (optional) inside `current_async_library()`, which runs for
    every async lock, semaphore and cancellation shield it makes: about 12 times per request.
    anyio stopped installing sniffio (4.11), and Python does not remember a failed import, so each
    call searched all of sys.path again: ~150 us each, ~1.8 ms of CPU per async request, 4x the
    rest of the request (upstream: encode/httpcore PR #1103, still open). `None` in sys.modules is
    Python's own "this import fails" entry: the same ImportError, without the search. Only when
    the module cannot be found now; a process that installs sniffio later would need a restart.
    """
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]  # the import system's documented blocker


_EVERY_POOLS: weakref.WeakSet[Pools] = weakref.WeakSet()


def _forget_every_pool_in_the_child() -> None:
    for pools in list(_EVERY_POOLS):
        pools._forget()


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_forget_every_pool_in_the_child)
