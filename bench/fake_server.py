"""The fake API over loopback HTTP, in its own process, for scenarios 2, 5, 6 and 8.

Its own process so the server's work never shares the client's interpreter lock, CPU time or
memory: the client is measured alone, as it would be against a remote API. Protocol (one JSON
document per line): the parent writes a setup, the child seeds the fake, starts `FakeServer`
and answers with what it made; then each "count" line is answered with the requests the fake
has logged, by route, and end of input stops it.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections import Counter
from types import TracebackType
from typing import IO, Any

from bench.env import ROOT
from bench.payloads import TOKEN, evaluation_set_run

RUN_PATH_PREFIX = "/evaluation_set_runs/"


def _serve(setup: dict[str, Any]) -> None:
    from evalclient.testing import FakeAPI, FakeServer, Fault

    # The log must hold every request of scenario 6, since requests are counted from it.
    # With a webhook URL the served fake POSTs each run's signed end event there (scenario 6, events).
    fake = FakeAPI(
        token=TOKEN,
        clock=time.monotonic,
        request_log_size=1_000_000,
        webhook_url=setup.get("webhook_url"),
        webhook_secret=setup.get("webhook_secret"),
    )
    if setup.get("latency"):  # every answer held back this long: a remote API's round trip
        fake.faults.add("*", Fault.delay(float(setup["latency"])), times=None)
    if setup.get("rate_limit"):  # the vendor's limit, enforced with 429s
        fake.limit_rate(float(setup["rate_limit"]))
    extend = fake.extend
    set_id = extend.seed_set()
    item_ids = extend.seed_items(set_id, setup.get("items", 5))
    info: dict[str, Any] = {"set_id": set_id, "items": len(item_ids), "file_ids": extend.file_ids[:50]}
    if setup.get("realistic_run"):
        # The fake scores only the few fields of its sample outputs; merge in the canned run's
        # ~20 per-field metrics so the loopback body is as realistic as scenario 1's.
        fields = evaluation_set_run()["metrics"]["fieldMetrics"]
        fake.faults.add("GET /evaluation_set_runs/{id}", Fault.patch({"metrics": {"fieldMetrics": fields}}), times=None)
        info["run_id"] = extend.seed_run(set_id, item_ids=item_ids[:5], duration=0.0)
    durations = setup.get("run_durations", [])
    run_ids, finish_at = [], []
    for duration in durations:
        started = time.monotonic()  # the fake reads the same clock when the run starts, just after
        run_ids.append(extend.seed_run(set_id, item_ids=item_ids[:5], duration=duration))
        finish_at.append(started + duration)
    info.update(run_ids=run_ids, finish_at=finish_at)
    with FakeServer(fake=fake) as server:
        info["url"] = server.url
        print(json.dumps(info), flush=True)
        for line in sys.stdin:
            if line.strip() == "state":  # the bulk scenario: items in the set, 429s answered
                limit = fake.rate_limit
                state = {"items": len(fake.extend.find_set(set_id).items), "refused": limit.refused if limit else 0}
                print(json.dumps(state), flush=True)
            if line.strip() == "count":
                routes = Counter(
                    f"{entry.method} {RUN_PATH_PREFIX}{{id}}"
                    if entry.path.startswith(RUN_PATH_PREFIX)
                    else entry.method
                    for entry in list(fake.requests)
                )
                print(json.dumps(routes), flush=True)


class ServerProcess:
    """`with ServerProcess(setup) as server:` runs `_serve` in a child process; `server.info` has its answer."""

    def __init__(self, setup: dict[str, Any]) -> None:
        self._setup = setup
        self._process: subprocess.Popen[str] | None = None
        self.info: dict[str, Any] = {}

    @property
    def url(self) -> str:
        return str(self.info["url"])

    def count(self) -> dict[str, int]:
        """Requests the fake has answered so far, by route."""
        stdin, stdout = self._pipes()
        stdin.write("count\n")
        stdin.flush()
        return dict(json.loads(stdout.readline()))

    def state(self) -> dict[str, int]:
        """The bulk scenario's figures: items in the seeded set, requests refused with 429."""
        stdin, stdout = self._pipes()
        stdin.write("state\n")
        stdin.flush()
        return dict(json.loads(stdout.readline()))

    def _pipes(self) -> tuple[IO[str], IO[str]]:
        process = self._process
        if process is None or process.stdin is None or process.stdout is None:
            raise RuntimeError("the fake server process is not running")
        return process.stdin, process.stdout

    def __enter__(self) -> ServerProcess:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.fake_server"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        stdin, stdout = self._pipes()
        stdin.write(json.dumps(self._setup) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"the fake server process exited with {self._process.wait()}")
        self.info = json.loads(line)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        stdin, _ = self._pipes()
        stdin.close()
        assert self._process is not None
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def staggered_durations(count: int, spread: float, seed: int = 6) -> list[float]:
    """`count` run durations spread uniformly over [0, spread] seconds, reproducibly."""
    rng = random.Random(seed)
    return [rng.uniform(0.0, spread) for _ in range(count)]


if __name__ == "__main__":
    _serve(json.loads(sys.stdin.readline()))
