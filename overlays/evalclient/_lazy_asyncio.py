"""The little of asyncio that evalclient needs, importing asyncio only on first async use.

asyncio is ~30 modules (~10 ms) that neither `import evalclient` nor the sync clients need.
Everything here runs inside a running event loop, which has loaded asyncio already, so the
function-level imports below only look it up in `sys.modules`.
"""

from __future__ import annotations


async def sleep(seconds: float) -> None:
    """`asyncio.sleep(seconds)`: the default async sleep of `EvalTransport` and `wait_for_run_async`."""
    import asyncio

    await asyncio.sleep(seconds)
