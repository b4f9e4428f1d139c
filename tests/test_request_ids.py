"""`evalclient.request_id(result)`: the request id of the response behind a successful result (#11)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

import evalclient
from bland_evals_client.api.eval_runs import get_eval_run
from evalclient import _request_ids
from evalclient.testing import FakeServer, ManualClock
from extend_evals_client.api.batch_processor_runs import get_batch_processor_run
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
from extend_evals_client.api.evaluation_sets import get_evaluation_set, list_evaluation_sets

pytestmark = pytest.mark.integration

TOKEN = "ids-token"


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=0) as running:
        yield running


def test_sync_and_async_results_carry_the_request_id_of_their_own_response(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    set_id = server.fake.extend.seed_set()
    first = list_evaluation_sets.sync(client=client)
    second = asyncio.run(get_evaluation_set.asyncio(client=client, id=set_id))
    first_id, second_id = evalclient.request_id(first), evalclient.request_id(second)
    assert first_id is not None
    assert second_id is not None
    assert first_id.startswith("req_")
    assert first_id != second_id  # each result its own response's id, not the client's last


def test_a_waited_run_carries_the_request_id_of_its_last_poll(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 2)
    run_id = server.fake.extend.seed_run(set_id, duration=0)
    clock = ManualClock()
    run = evalclient.wait_for_run(get_evaluation_set_run, client=client, id=run_id, clock=clock, sleep=clock.sleep)
    assert evalclient.request_id(run) is not None
    legacy = evalclient.wait_for_run(get_batch_processor_run, client=client, id=run_id, clock=clock, sleep=clock.sleep)
    assert evalclient.request_id(legacy) is not None  # unwrapped from {success, batchProcessorRun}, id kept
    assert evalclient.request_id(legacy) != evalclient.request_id(run)


def test_none_when_the_server_sent_no_request_id(server: FakeServer) -> None:
    # The fake, like Bland's documentation, sends no request id header for Bland.
    client = evalclient.bland_client(token=TOKEN, base_url=server.url)
    run_id = server.fake.bland.seed_run(duration=0)
    run = get_eval_run.sync(client=client, run_id=run_id)
    assert evalclient.request_id(run) is None
    assert evalclient.request_id(run.data) is None
    assert evalclient.request_id(object()) is None


def test_the_record_goes_with_the_result(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    before = len(_request_ids._IDS)
    for _ in range(50):
        list_evaluation_sets.sync(client=client)  # each result dropped at once
    gc.collect()
    assert len(_request_ids._IDS) <= before + 1  # nothing accumulates for results nobody holds
