"""Scenario 5: walking a 100,000-item evaluation set over loopback, page by page.

Speed: evalclient's `paginate` against a raw httpx cursor loop (`json.loads`, the floor) and the
official SDK's manual `evaluation_set_items.list` loop (which has no auto-pagination), walks
interleaved round by round. The SDK walks at most 5 pages: its page parse is ~10x slower, and
the speed per item does not depend on the walk's length.

Memory: the walk must stream, so growth must not scale with the number of items. Measured on
separate walks of each size: the tracemalloc peak (Python allocations) above the level before
the walk, and the resident-set high-water mark (everything, reset through /proc/self/clear_refs
where Linux allows it) above the resident set before the walk. Each walk only counts its items.
"""

from __future__ import annotations

import gc
import json
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

import evalclient
from bench.config import Config
from bench.env import sdk_installed
from bench.fake_server import ServerProcess
from bench.payloads import TOKEN
from bench.report import Outcome, Row, ratio_row
from bench.stats import paired_ratios, summarize

Walk = Callable[[int], int]
_MB = 2**20
_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def make_walks(url: str, set_id: str, page_size: int) -> dict[str, Walk]:
    """Each walk(limit) fetches items until `limit` are seen, and returns how many it saw."""
    from extend_evals_client.api.evaluation_set_items import list_evaluation_set_items

    client = evalclient.extend_client(token=TOKEN, base_url=url)
    headers = {"authorization": f"Bearer {TOKEN}", "x-extend-api-version": evalclient.EXTEND_API_VERSION}
    raw = httpx.Client(base_url=url, headers=headers, timeout=60.0)

    def walk_evalclient(limit: int) -> int:
        pager = evalclient.paginate(
            list_evaluation_set_items, client=client, page_size=page_size, max_items=limit, evaluation_set_id=set_id
        )
        return sum(1 for _ in pager)

    def walk_httpx(limit: int) -> int:
        seen, token = 0, None
        while seen < limit:
            params: dict[str, Any] = {"maxPageSize": min(page_size, limit - seen)}
            if token:
                params["nextPageToken"] = token
            response = raw.get(f"/evaluation_sets/{set_id}/items", params=params)
            response.raise_for_status()
            page = json.loads(response.content)
            seen += len(page["data"])
            token = page.get("nextPageToken")
            if not token:
                break
        return seen

    walks: dict[str, Walk] = {"evalclient": walk_evalclient, "raw httpx": walk_httpx}
    if not sdk_installed():
        return walks
    from extend_ai import Extend

    sdk = Extend(token=TOKEN, base_url=url, httpx_client=httpx.Client(timeout=60.0))

    def walk_sdk(limit: int) -> int:
        seen, token = 0, None
        while seen < limit:
            page = sdk.evaluation_set_items.list(
                set_id, max_page_size=min(page_size, limit - seen), next_page_token=token
            )
            seen += len(page.data)
            token = page.next_page_token
            if not token:
                break
        return seen

    walks["official SDK"] = walk_sdk
    return walks


def _status_kib(field: str) -> int | None:
    try:
        match = re.search(rf"^{field}:\s+(\d+) kB", _STATUS.read_text(), re.MULTILINE)
    except OSError:
        return None
    return int(match[1]) if match else None


def _rss_growth(walk: Walk, limit: int) -> float | None:
    """Resident high-water mark during the walk above the resident set before it, in bytes."""
    gc.collect()
    try:
        _CLEAR_REFS.write_text("5")  # resets VmHWM to the current resident set
    except OSError:
        return None
    before = _status_kib("VmRSS")
    walk(limit)
    peak = _status_kib("VmHWM")
    return None if before is None or peak is None else (peak - before) * 1024.0


def _traced_growth(walk: Walk, limit: int) -> float:
    """tracemalloc peak during the walk above the traced memory before it, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        walk(limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return float(peak - start)


def run(config: Config) -> Outcome:
    small, large = min(config.walk_sizes), max(config.walk_sizes)
    with ServerProcess({"items": large}) as server:
        walks = make_walks(server.url, server.info["set_id"], config.page_size)
        for walk in walks.values():
            walk(config.page_size)  # warm-up: imports, connection
        # The SDK walks at most 5 pages: its parse is ~10x slower and items/s does not depend on length.
        sizes = {"evalclient": large, "raw httpx": large, "official SDK": min(small, 5 * config.page_size)}
        seconds: dict[str, list[float]] = {name: [] for name in walks}
        for _ in range(min(config.rounds, 3)):
            for name, walk in walks.items():
                gc.collect()
                started = time.perf_counter()
                seen = walk(sizes[name])
                seconds[name].append(time.perf_counter() - started)
                if seen != sizes[name]:
                    raise AssertionError(f"{name} walked {seen} items, not {sizes[name]}")
        ours = walks["evalclient"]
        traced = {size: _traced_growth(ours, size) for size in config.walk_sizes}
        rss = {size: _rss_growth(ours, size) for size in config.walk_sizes}
    rates = {name: summarize([sizes[name] / s for s in values]) for name, values in seconds.items()}
    ratio = summarize(paired_ratios(seconds["evalclient"], seconds["raw httpx"]))
    data: dict[str, Any] = {
        "page_size": config.page_size,
        "items_walked": sizes,
        "seconds": seconds,
        "items_per_second": rates,
        "evalclient_over_httpx_time": ratio,
        "tracemalloc_peak_growth_bytes": traced,
        "rss_high_water_growth_bytes": rss,
    }
    rows = [
        Row("5", f"{name}: items/s ({sizes[name]:,} items)", f"{rate['median']:,.0f}", _rate_spread(rate))
        for name, rate in rates.items()
    ]
    rows.append(ratio_row("5", f"evalclient / raw httpx, time for {large:,} items", ratio))
    for size in config.walk_sizes:
        rows.append(_memory_row(f"tracemalloc peak growth, {size:,} items", traced[size], size == large))
        rows.append(_memory_row(f"RSS high-water growth, {size:,} items", rss[size], size == large))
    flat = traced[large] / traced[small] if traced[small] else float("inf")
    rows.append(Row("5", f"tracemalloc growth {large:,} / {small:,} items (flat = about 1)", f"{flat:.2f}x"))
    title = f"Pagination: walking {large:,} items over loopback, page size {config.page_size:,}"
    return Outcome("5_pagination", title, data, rows)


def _rate_spread(rate: dict[str, Any]) -> str:
    return f"min {rate['min']:,.0f}, max {rate['max']:,.0f}, n={rate['n']}"


def _memory_row(figure: str, growth: float | None, targeted: bool) -> Row:
    if growth is None:
        return Row("5", figure, "n/a (no /proc/self/clear_refs)")
    target, met = ("< 30 MB", growth < 30 * _MB) if targeted else ("", None)
    return Row("5", figure, f"{growth / _MB:.1f} MB", "", target, met)
