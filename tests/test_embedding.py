"""One client inside a service: event loops, threads and forks, over a real loopback socket (#11).

Before #11, a client used by two `asyncio.run` calls in a row failed on the second with
"Event loop is closed": the pooled connection belonged to the first loop.
"""

from __future__ import annotations

import asyncio
import os
import threading

import pytest

import evalclient
from evalclient.testing import FakeServer
from extend_evals_client.api.evaluation_sets import list_evaluation_sets
from extend_evals_client.models import EvaluationSetsListResponse

pytestmark = pytest.mark.integration

TOKEN = "test-token"  # the key of conftest's served fake


def _pools_held(client: object) -> int:
    # Internal on purpose: the only way to see that a closed loop's pool was let go.
    return client._httpx_args["transport"]._pools.loops_held()  # type: ignore[attr-defined]


def test_one_client_serves_sequential_asyncio_runs(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    for _ in range(3):
        listed = asyncio.run(list_evaluation_sets.asyncio(client=client))
        assert isinstance(listed, EvaluationSetsListResponse)
    assert len(server.fake.requests) == 3
    assert server.connections_accepted == 3  # a fresh connection per loop, none reused across loops
    assert _pools_held(client) == 1  # the closed loops' pools were dropped when the next loop started


def test_four_threads_each_with_its_own_loop_share_one_client(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    start = threading.Barrier(4)
    failures: list[BaseException] = []

    async def calls() -> None:
        start.wait()  # every loop is running before the first request
        await asyncio.gather(*(list_evaluation_sets.asyncio(client=client) for _ in range(5)))

    def worker() -> None:
        try:
            asyncio.run(calls())
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(server.fake.requests) == 20


def test_thirty_two_threads_share_one_sync_client(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    start = threading.Barrier(32)
    results: list[object] = []

    def worker() -> None:
        start.wait()
        results.extend(list_evaluation_sets.sync(client=client) for _ in range(4))

    threads = [threading.Thread(target=worker) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 128
    assert all(isinstance(result, EvaluationSetsListResponse) for result in results)
    assert server.connections_accepted <= 32  # pooled: never more connections than callers


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_client_made_before_fork_works_in_the_child_and_the_parent(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    list_evaluation_sets.sync(client=client)  # the parent holds a pooled keep-alive connection
    assert server.connections_accepted == 1
    child = os.fork()
    if child == 0:  # the child: its own connection, never the parent's socket
        try:
            for _ in range(3):
                list_evaluation_sets.sync(client=client)
            os._exit(0)
        except BaseException:  # the exit code is the child's only channel
            os._exit(1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    list_evaluation_sets.sync(client=client)  # the parent's connection still works after the child ran
    assert len(server.fake.requests) == 5
    assert server.connections_accepted == 2  # the parent's one, reused, and the child's own
