"""Scenario 6: many runs awaited at once with `wait_for_run_async` on one event loop.

The fake (in its own process, over loopback HTTP) starts N runs whose durations are spread
uniformly over `finish_spread` seconds; it reads `time.monotonic`, which on Linux is one clock
for every process, so each run's finishing instant is known here exactly. Each waiter records
when it returned; lateness = return instant - finishing instant. Requests are counted at the
fake (its request log), and compared with what the waiter's documented schedule needs:
first poll immediate, then sleeps of `interval * U[0.5, 1]`, the interval starting at
`PollPolicy.interval` and growing up to `PollPolicy.max_interval`, polling until the run is done.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from typing import Any

import evalclient
from bench.config import Config
from bench.fake_server import RUN_PATH_PREFIX, ServerProcess, staggered_durations
from bench.payloads import TOKEN
from bench.report import Outcome, Row, duration
from evalclient import waiting

POLL_INTERVAL = waiting.DEFAULT_POLLING.interval
MAX_POLL_INTERVAL = waiting.DEFAULT_POLLING.max_interval
BACKOFF = waiting.DEFAULT_POLLING.multiplier
_SAMPLES = 200  # Monte Carlo draws of the jittered schedule per run


def expected_polls(wait_seconds: float, rng: random.Random) -> float:
    """Mean number of polls the documented schedule makes before it sees a run finishing `wait_seconds` in."""
    total = 0
    for _ in range(_SAMPLES):
        polls, elapsed, interval = 1, 0.0, POLL_INTERVAL
        while elapsed < wait_seconds:
            elapsed += interval * (0.5 + 0.5 * rng.random())
            interval = min(interval * BACKOFF, MAX_POLL_INTERVAL)
            polls += 1
        total += polls
    return total / _SAMPLES


async def _wait_all(url: str, run_ids: list[str], timeout: float) -> list[tuple[float, float, str]]:
    """(started, returned, final status) of each waiter, all on this loop."""
    from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run

    client = evalclient.extend_client(token=TOKEN, base_url=url)

    async def one(run_id: str) -> tuple[float, float, str]:
        started = time.monotonic()
        run = await evalclient.wait_for_run_async(get_evaluation_set_run, client=client, id=run_id, timeout=timeout)
        return started, time.monotonic(), str(run.status)

    async with client:
        return await asyncio.gather(*(one(run_id) for run_id in run_ids))


def run(config: Config) -> Outcome:
    durations = staggered_durations(config.waiters, config.finish_spread)
    with ServerProcess({"run_durations": durations}) as server:
        run_ids, finish_at = server.info["run_ids"], server.info["finish_at"]
        before = server.count().get(f"GET {RUN_PATH_PREFIX}{{id}}", 0)
        started = time.perf_counter()
        results = asyncio.run(_wait_all(server.url, run_ids, timeout=config.finish_spread + 120))
        wall = time.perf_counter() - started
        requests = server.count().get(f"GET {RUN_PATH_PREFIX}{{id}}", 0) - before
    statuses = {status for _, _, status in results}
    if statuses != {"PROCESSED"}:
        raise AssertionError(f"waiters returned runs in {statuses}, expected all PROCESSED")
    lateness = [returned - finish for (_, returned, _), finish in zip(results, finish_at, strict=True)]
    rng = random.Random(6)
    expected = sum(
        expected_polls(finish - began, rng) for (began, _, _), finish in zip(results, finish_at, strict=True)
    )
    worst = max(lateness)
    data: dict[str, Any] = {
        "waiters": config.waiters,
        "finish_spread_seconds": config.finish_spread,
        "wall_seconds": wall,
        "requests": requests,
        "expected_requests": expected,
        "requests_over_expected": requests / expected,
        "lateness_seconds": {
            "median": statistics.median(lateness),
            "p90": statistics.quantiles(lateness, n=10)[-1],
            "max": worst,
            "min": min(lateness),
        },
        "schedule": {"interval": POLL_INTERVAL, "max_interval": MAX_POLL_INTERVAL, "multiplier": BACKOFF},
    }
    late = data["lateness_seconds"]
    rows = [
        Row("6", f"wall time, {config.waiters:,} waits over {config.finish_spread:g} s", duration(wall)),
        Row(
            "6",
            "worst lateness (run finished -> waiter returned)",
            duration(worst),
            f"median {duration(late['median'])}, p90 {duration(late['p90'])}",
            f"<= {MAX_POLL_INTERVAL:g} s (poll interval cap)",
            worst <= MAX_POLL_INTERVAL,
        ),
        Row("6", "requests counted at the fake", f"{requests:,}", f"schedule needs {expected:,.0f} (polls taking 0 s)"),
        Row(
            "6",
            "requests / schedule's expected count",
            f"{requests / expected:.3f}x",
            "",
            "<= 1.2x",
            requests / expected <= 1.2,
        ),
    ]
    title = f"Concurrent waits: {config.waiters:,} runs finishing over {config.finish_spread:g} s, one event loop"
    return Outcome("6_waits", title, data, rows)
