"""Timing and summary helpers shared by every scenario.

Contenders are measured in the same process, interleaved round by round (A B C A B C ...), so
drift in the machine (frequency, other load) hits all of them alike; each figure is the median
over rounds, with the interquartile range and min/max as its spread. Ratios are computed pair
by pair within a round and then summarised, so a slow round does not favour anyone.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Call = Callable[[], object]


def summarize(values: Sequence[float]) -> dict[str, Any]:
    """Median, quartiles and extremes of `values` (quartiles collapse to the value when n < 2)."""
    ordered = sorted(values)
    if len(ordered) >= 2:
        q1, _, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        q1 = q3 = ordered[0]
    return {
        "median": statistics.median(ordered),
        "q1": q1,
        "q3": q3,
        "min": ordered[0],
        "max": ordered[-1],
        "n": len(ordered),
    }


def batch_size(call: Call, target_seconds: float, minimum: int = 1) -> int:
    """How many calls fill about `target_seconds`, after a few warm-up calls (imports, caches, pools)."""
    for _ in range(3):
        call()
    started = time.perf_counter()
    probes = 0
    while probes < 3 or time.perf_counter() - started < target_seconds / 10:
        call()
        probes += 1
    per_call = (time.perf_counter() - started) / probes
    return max(minimum, int(target_seconds / per_call))


def interleaved(calls: Mapping[str, Call], rounds: int, target_seconds: float) -> dict[str, list[float]]:
    """Seconds per call of each contender, one figure per round, contenders interleaved in each round.

    Every contender gets its own batch size (about `target_seconds` of work per round), so a fast
    one is not timed on a handful of calls while a slow one takes the round. A full collection
    runs before each batch so no contender pays for another's garbage.
    """
    sizes = {name: batch_size(call, target_seconds) for name, call in calls.items()}
    per_call: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            count = sizes[name]
            gc.collect()
            started = time.perf_counter()
            for _ in range(count):
                call()
            per_call[name].append((time.perf_counter() - started) / count)
    return per_call


def paired_ratios(numerator: Sequence[float], denominator: Sequence[float]) -> list[float]:
    """numerator[i] / denominator[i] for each round i."""
    return [a / b for a, b in zip(numerator, denominator, strict=True)]
