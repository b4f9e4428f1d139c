"""Sizes of every scenario: the full run (`make bench`) and a tiny one for the smoke test."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    # Many short rounds: on a shared 2-core machine a preemption then spoils few pairs of batches,
    # and the median of the paired ratios shrugs them off.
    rounds: int = 41  # interleaved rounds of the per-call scenarios (1, 2)
    batch_seconds: float = 0.04  # work per contender per round
    parse_rounds: int = 15  # scenario 3: the SDK's page parse alone takes ~0.3 s
    import_runs: int = 15  # fresh interpreters per contender (scenario 4)
    page_size: int = 1000
    walk_sizes: tuple[int, ...] = (10_000, 100_000)  # items walked (scenario 5); growth must not scale
    waiters: int = 1000  # concurrent waits with events (scenario 6)
    finish_spread: float = 20.0  # runs finish uniformly over this many seconds
    polling_waiters: int = 10_000  # concurrent waits polling alone (scenario 6, the size)
    polling_spread: float = 60.0
    quick: bool = False


FULL = Config()
QUICK = Config(
    rounds=3,
    batch_seconds=0.01,
    parse_rounds=2,
    import_runs=2,
    page_size=100,
    walk_sizes=(500, 2000),
    waiters=20,
    finish_spread=1.0,
    polling_waiters=50,
    polling_spread=1.0,
    quick=True,
)
