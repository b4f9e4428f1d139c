"""Whole flows through the public overlay against the fake served over real loopback HTTP.

The fake's clock is a ManualClock that the waiter's injected sleep advances, so a run that takes
two minutes of API time finishes here without any real waiting.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest

import evalclient
from bland_evals_client.api.eval_runs import create_eval_run, get_eval_run, list_eval_run_call_results
from bland_evals_client.models import AttachedAgent, CreateEvalRunRequest, EvalRun
from evalclient.testing import FakeAPI, FakeServer, Fault, ManualClock
from extend_evals_client.api.evaluation_set_items import create_evaluation_set_items, list_evaluation_set_items
from extend_evals_client.api.evaluation_set_runs import create_evaluation_set_run, get_evaluation_set_run
from extend_evals_client.api.evaluation_sets import create_evaluation_set, list_evaluation_sets
from extend_evals_client.models import (
    CreateEvaluationSetItem,
    CreateEvaluationSetItemsRequest,
    CreateEvaluationSetRequest,
    CreateEvaluationSetRunRequest,
    ExtractRunMetrics,
    ProvidedExtractOutput,
)

pytestmark = pytest.mark.integration

TOKEN = "e2e-token"
RUN_SECONDS = 120.0


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def server(clock: ManualClock) -> Iterator[FakeServer]:
    fake = FakeAPI(token=TOKEN, run_seconds=RUN_SECONDS, clock=clock)
    with FakeServer(fake=fake) as running:
        yield running


def _items(server: FakeServer, count: int) -> list[CreateEvaluationSetItem]:
    files = server.fake.extend.file_ids
    return [
        CreateEvaluationSetItem(
            file_id=files[index % len(files)],
            expected_output=ProvidedExtractOutput.from_dict(
                {"value": {"vendor_name": f"Vendor {index}", "invoice_number": f"INV-{index:04}", "total": index * 1.5}}
            ),
        )
        for index in range(count)
    ]


def test_extend_set_with_250_items_paged_run_waited_and_metrics_read(server: FakeServer, clock: ManualClock) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    created = create_evaluation_set.sync(
        client=client, body=CreateEvaluationSetRequest(name="E2E", entity_id=server.fake.extend.extractor_id)
    )
    items = _items(server, 250)
    added: list[str] = []
    for start in range(0, len(items), 100):  # the API takes at most 100 per request
        body = CreateEvaluationSetItemsRequest(items=items[start : start + 100])
        response = create_evaluation_set_items.sync(created.id, client=client, body=body)
        added += [item.id for item in response.evaluation_set_items]
    assert len(added) == 250

    pager = evalclient.paginate(list_evaluation_set_items, client=client, evaluation_set_id=created.id, page_size=40)
    pages = list(pager.pages())
    assert [len(page) for page in pages] == [40] * 6 + [10]
    assert sorted(item.id for page in pages for item in page) == sorted(added)
    assert pager.next_page_token is None
    assert created.id in {s.id for s in evalclient.paginate(list_evaluation_sets, client=client)}

    started = create_evaluation_set_run.sync(
        client=client, body=CreateEvaluationSetRunRequest(evaluation_set_id=created.id)
    )
    assert started.status == "PENDING"
    seen: list[str] = []
    run = evalclient.wait_for_run(
        get_evaluation_set_run,
        client=client,
        id=started.id,
        on_update=lambda r: seen.append(str(evalclient.run_progress(r).status)),
        clock=clock,
        sleep=clock.sleep,
    )
    assert run.status == "PROCESSED"
    assert seen[0] == "PENDING"
    assert "PROCESSING" in seen
    assert seen[-1] == "PROCESSED"
    assert isinstance(run.metrics, ExtractRunMetrics)
    assert run.metrics.num_files_processed == run.metrics.num_files_total == 250
    assert 0 <= run.metrics.accuracy <= 1
    assert {"vendor_name", "invoice_number", "total"} <= set(run.metrics.field_metrics.additional_keys)
    assert RUN_SECONDS <= clock() < RUN_SECONDS + evalclient.waiting.DEFAULT_POLLING.max_interval + 1


def test_bland_run_waited_then_every_call_result_paged(server: FakeServer, clock: ManualClock) -> None:
    client = evalclient.bland_client(token=TOKEN, base_url=server.url)
    calls = server.fake.bland.call_ids[:60]
    created = create_eval_run.sync(
        client=client,
        body=CreateEvalRunRequest(
            call_ids=calls,
            attached_agents=[AttachedAgent(eval_agent_id=agent) for agent in server.fake.bland.agent_ids[:2]],
            pass_threshold_pct=50,
        ),
    )
    run = evalclient.wait_for_run(get_eval_run, client=client, run_id=created.data.id, clock=clock, sleep=clock.sleep)
    assert isinstance(run, EvalRun)
    assert run.status == "COMPLETE"
    assert run.completed_atom_count == run.resolved_atom_count == 120
    results = list(evalclient.paginate(list_eval_run_call_results, client=client, run_id=run.id, page_size=25))
    assert sorted(result.call_id for result in results) == sorted(calls)


def test_a_failing_run_raises_run_failed_carrying_the_run(server: FakeServer, clock: ManualClock) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    server.fake.extend.fail_runs(True)
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 20)
    started = create_evaluation_set_run.sync(
        client=client, body=CreateEvaluationSetRunRequest(evaluation_set_id=set_id)
    )
    with pytest.raises(evalclient.RunFailed) as failed:
        evalclient.wait_for_run(get_evaluation_set_run, client=client, id=started.id, clock=clock, sleep=clock.sleep)
    assert failed.value.run.status == "FAILED"
    assert failed.value.run.id == started.id


def test_a_429_storm_is_ridden_out_by_the_retrying_transport(server: FakeServer, clock: ManualClock) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 5)
    run_id = server.fake.extend.seed_run(set_id, duration=10)
    # Three 429s in a row (Retry-After: 0, so no real time passes): the poll still succeeds,
    # and the poller never sees them - retrying is the transport's business.
    server.fake.faults.add("GET /evaluation_set_runs/{id}", Fault.status(429, retry_after="0"), times=3)
    run = evalclient.wait_for_run(get_evaluation_set_run, client=client, id=run_id, clock=clock, sleep=clock.sleep)
    assert run.status == "PROCESSED"
    statuses = [request.status for request in server.fake.requests if request.path.startswith("/evaluation_set_runs/")]
    assert statuses[:4] == [429, 429, 429, 200]
    assert statuses[4:] == [200] * (len(statuses) - 4)


def test_a_429_storm_longer_than_the_retry_budget_surfaces_as_rate_limit_error(server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    server.fake.faults.add("GET /evaluation_sets", Fault.status(429, retry_after="0"), times=None)
    with pytest.raises(evalclient.RateLimitError) as limited:
        list_evaluation_sets.sync(client=client)
    assert limited.value.status_code == 429
    assert limited.value.code == "RATE_LIMIT_EXCEEDED"
    assert len(server.fake.requests) == evalclient.RetryPolicy.default().max_attempts


def test_a_retry_after_past_the_cap_is_raised_at_once_sync_and_async(server: FakeServer) -> None:
    # An hour's Retry-After: retrying after the 60 s cap would only be refused again, so the
    # caller gets the error and the wait at once, over a real socket, in both modes.
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    server.fake.faults.add("GET /evaluation_sets", Fault.status(429, retry_after="3600"), times=2)
    with pytest.raises(evalclient.RateLimitError) as limited:
        list_evaluation_sets.sync(client=client)
    with pytest.raises(evalclient.RateLimitError) as limited_async:
        asyncio.run(list_evaluation_sets.asyncio(client=client))
    assert (limited.value.retry_after, limited_async.value.retry_after) == (3600.0, 3600.0)
    assert len(server.fake.requests) == 2


def test_a_wrong_token_is_an_authentication_error_that_never_shows_the_token(
    server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="evalclient")
    secret = "sk_wrong_and_secret"
    for client in (
        evalclient.extend_client(token=secret, base_url=server.url),
        evalclient.bland_client(token=secret, base_url=server.url),
    ):
        operation = list_evaluation_sets if "extend" in type(client).__module__ else get_eval_run
        kwargs = {} if operation is list_evaluation_sets else {"run_id": "00000000-0000-0000-0000-000000000000"}
        with pytest.raises(evalclient.AuthenticationError) as denied:
            operation.sync(client=client, **kwargs)
        assert denied.value.status_code == 401
        assert secret not in str(denied.value)
        assert secret not in repr(denied.value.body)
        assert secret not in repr(client)
    assert caplog.records, "the transport logs each request at DEBUG"
    assert secret not in caplog.text


def test_many_runs_awaited_concurrently_on_one_event_loop(server: FakeServer, clock: ManualClock) -> None:
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 3)
    run_ids = [server.fake.extend.seed_run(set_id, duration=5.0 * (n + 1)) for n in range(20)]

    async def wait_all() -> list[str]:
        client = evalclient.extend_client(token=TOKEN, base_url=server.url)
        runs = await asyncio.gather(
            *(
                evalclient.wait_for_run_async(
                    get_evaluation_set_run, client=client, id=run_id, clock=clock, sleep=clock.async_sleep
                )
                for run_id in run_ids
            )
        )
        await client.get_async_httpx_client().aclose()
        return [str(run.status) for run in runs]

    assert asyncio.run(wait_all()) == ["PROCESSED"] * 20
