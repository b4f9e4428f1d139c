"""Scenario 8: loading items at the vendor's rate limit, and the loader's memory (#16).

- At the limit: the fake in its own process holds every answer back 50 ms (a remote API's round
  trip) and answers 429 beyond 20 requests a second. `bulk_create_items` loads the items in
  batches of 100, 8 at a time, through a client limited to the same 20 a second. The floor is
  requests / limit; the target is at most 1.15x it, with every item created exactly once and at
  most 2% of requests answered 429.
- Memory: a generator of items streamed through the loader against the fake without latency, in
  a child process of its own that reports its peak RSS growth; target under 50 MB for 1,000,000.
"""

from __future__ import annotations

import json
import math
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import evalclient
from bench.config import Config
from bench.env import ROOT
from bench.fake_server import ServerProcess
from bench.payloads import TOKEN
from bench.report import Outcome, Row

LATENCY = 0.05
LIMIT = 20.0
BATCH = 100
CONCURRENCY = 8


def items(file_ids: list[str], count: int) -> Iterator[dict[str, Any]]:
    for number in range(count):
        yield {"fileId": file_ids[number % len(file_ids)], "expectedOutput": {"value": {"n": number}}}


def at_the_limit(count: int) -> dict[str, Any]:
    with ServerProcess({"items": 0, "latency": LATENCY, "rate_limit": LIMIT}) as server:
        set_id, file_ids = server.info["set_id"], server.info["file_ids"]
        client = evalclient.extend_client(
            token=TOKEN, base_url=server.url, rate_limit=evalclient.RateLimit(per_second=LIMIT, burst=5)
        )
        started = time.perf_counter()
        ids = evalclient.bulk_create_items(
            client, set_id, items(file_ids, count), batch_size=BATCH, concurrency=CONCURRENCY
        )
        wall = time.perf_counter() - started
        state, routes = server.state(), server.count()
        client.close()
    requests = sum(routes.values())
    floor = math.ceil(count / BATCH) / LIMIT
    return {
        "items": count,
        "wall_seconds": wall,
        "floor_seconds": floor,
        "over_floor": wall / floor,
        "ids_returned": len(ids),
        "ids_unique": len(set(ids)),
        "items_in_set": state["items"],
        "requests": requests,
        "refused_429": state["refused"],
        "refused_share": state["refused"] / requests if requests else 0.0,
    }


def memory(count: int) -> dict[str, Any]:
    with ServerProcess({"items": 0}) as server:
        arguments = [server.url, server.info["set_id"], json.dumps(server.info["file_ids"]), str(count)]
        command = [sys.executable, "-m", "bench.bulk", *arguments]
        child = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
        state = server.state()
    report: dict[str, Any] = json.loads(child.stdout)
    report["items_in_set"] = state["items"]
    return report


def run(config: Config) -> Outcome:
    loaded = at_the_limit(2_000 if config.quick else 100_000)
    held = memory(20_000 if config.quick else 1_000_000)
    lost = loaded["items"] - loaded["items_in_set"]
    doubled = loaded["items_in_set"] - loaded["ids_unique"]
    title = f"bulk: {loaded['items']:,} items, {LATENCY * 1000:.0f} ms latency, {LIMIT:g}/s limit"
    refused = f"{loaded['refused_429']} of {loaded['requests']}"
    streamed = f"{held['seconds']:.1f} s, {held['items_in_set']:,} in the set"
    rows = [
        Row("8", title, f"{loaded['wall_seconds']:.1f} s", f"floor {loaded['floor_seconds']:.1f} s"),
        Row(
            "8", "bulk wall time / floor", f"{loaded['over_floor']:.3f}x", "", "<= 1.15x", loaded["over_floor"] <= 1.15
        ),
        Row("8", "bulk items lost / duplicated", f"{lost} / {doubled}", "", "0 / 0", lost == doubled == 0),
        Row(
            "8",
            "bulk requests answered 429",
            f"{loaded['refused_share']:.2%}",
            refused,
            "<= 2%",
            loaded["refused_share"] <= 0.02,
        ),
        Row(
            "8",
            f"bulk memory: {held['items']:,} items",
            f"{held['peak_growth_mb']:.1f} MB",
            streamed,
            "< 50 MB",
            held["peak_growth_mb"] < 50,
        ),
    ]
    return Outcome(
        "8_bulk", "Bulk loading at the rate limit, and its memory", {"at_the_limit": loaded, "memory": held}, rows
    )


def _child(url: str, set_id: str, file_ids: list[str], count: int) -> None:
    """In its own process: stream `count` items through the loader; print the peak RSS growth."""
    client = evalclient.extend_client(token=TOKEN, base_url=url)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    ids = evalclient.bulk_create_items(
        client, set_id, items(file_ids, count), batch_size=BATCH, concurrency=CONCURRENCY
    )
    seconds = time.perf_counter() - started
    growth_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before  # Linux: KiB
    print(json.dumps({"items": count, "ids": len(ids), "seconds": seconds, "peak_growth_mb": growth_kib / 1024}))


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4]))
