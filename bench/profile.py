"""Reproduce the profiles behind BENCHMARKS.md's findings: `bench/.venv/bin/python -m bench.profile WHAT`.

- `call`: cProfile over evalclient's scenario-1 call (canned bytes), by own time, with call counts.
- `page`: cProfile over parsing a 1,000-item page with the generated models.
- `import`: `-X importtime` of `import evalclient`, own time summed by top-level package, for the
  modules that `import httpx` does not load.
- `pool`: raw httpx.AsyncClient, N concurrent GETs to the fake over loopback, unbounded vs gated
  to the pool size (100), then cProfile over the unbounded case.

cProfile (stdlib) rather than a sampling profiler: the evidence here is call counts.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable

import httpx

from bench.fake_server import ServerProcess
from bench.payloads import TOKEN, CannedTransport, evaluation_set_run, items_page, to_bytes
from evalclient import EXTEND_API_VERSION


def _cprofile(work: Callable[[], object]) -> None:
    profile = cProfile.Profile()
    profile.runcall(work)
    pstats.Stats(profile).sort_stats("tottime").print_stats(15)


def profile_call() -> None:
    from bench.per_call import make_calls

    body = to_bytes(evaluation_set_run())
    call = make_calls(transport=lambda: CannedTransport(body))["evalclient"]
    _cprofile(lambda: [call() for _ in range(5000)])


def profile_page() -> None:
    from extend_evals_client.models.evaluation_set_items_list_response import EvaluationSetItemsListResponse

    document = json.loads(to_bytes(items_page(1000)))
    _cprofile(lambda: [EvaluationSetItemsListResponse.from_dict(document) for _ in range(50)])


def _import_times(program: str, prefix: str) -> dict[str, int]:
    # pycache_prefix: -I ignores PYTHONDONTWRITEBYTECODE, and no bytecode may land in the source tree.
    command = [sys.executable, "-I", "-X", f"pycache_prefix={prefix}", "-X", "importtime", "-c", program]
    stderr = subprocess.run(command, check=True, capture_output=True, text=True).stderr
    own: dict[str, int] = {}
    for line in stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            self_us, _, name = line.split(":", 1)[1].split("|")
            own[name.strip()] = int(self_us)
    return own


def profile_import() -> None:
    with tempfile.TemporaryDirectory() as prefix:
        for _ in range(2):  # the first pass compiles into the cache, the second is measured
            ours, floor = _import_times("import evalclient", prefix), _import_times("import httpx", prefix)
    by_package: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, micros in ours.items():
        if name not in floor:
            by_package[name.split(".")[0]][0] += micros
            by_package[name.split(".")[0]][1] += 1
    floor_ms, ours_ms = sum(floor.values()) / 1000, sum(ours.values()) / 1000
    print(f"own time under -X importtime: import httpx {floor_ms:.1f} ms, import evalclient {ours_ms:.1f} ms")
    print("loaded by evalclient beyond httpx (-X importtime own time, inflated by the tracing):")
    for package, (micros, count) in sorted(by_package.items(), key=lambda item: -item[1][0])[:12]:
        print(f"  {package:28} {micros / 1000:6.1f} ms  {count} modules")


async def _gets(url: str, run_ids: list[str], limit: int | None) -> float:
    headers = {"authorization": f"Bearer {TOKEN}", "x-extend-api-version": EXTEND_API_VERSION}
    gate = asyncio.Semaphore(limit or len(run_ids))
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=600.0) as client:

        async def one(run_id: str) -> None:
            async with gate:
                (await client.get(f"/evaluation_set_runs/{run_id}")).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(one(run_id) for run_id in run_ids))
        return time.perf_counter() - started


def profile_pool(count: int = 300) -> None:
    with ServerProcess({"run_durations": [0.0] * count}) as server:
        run_ids = server.info["run_ids"]
        gated = asyncio.run(_gets(server.url, run_ids, 100))
        unbounded = asyncio.run(_gets(server.url, run_ids, None))
        print(f"{count} concurrent GETs: gated to 100 in flight {gated:.2f} s; unbounded {unbounded:.2f} s")
        _cprofile(lambda: asyncio.run(_gets(server.url, run_ids, None)))


PROFILES = {"call": profile_call, "page": profile_page, "import": profile_import, "pool": profile_pool}

if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=sorted(PROFILES))
    PROFILES[parser.parse_args().what]()
