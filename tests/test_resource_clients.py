"""The resource-style clients (#14): every operation has its method, sync and async, and the methods
keep everything the functional calls guarantee. In process, against the fake."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
from typing import Any

import httpx
import pytest

import evalclient
from bland_evals_client.models import AttachedAgent, EvalRun
from evalclient.testing import FakeAPI, Fault, ManualClock
from extend_evals_client.models import (
    CreateEvaluationSetItem,
    CreateEvaluationSetRequest,
    EvaluationSet,
    EvaluationSetRun,
    ProvidedExtractOutput,
)
from spec_support import FACTS, PACKAGES

pytestmark = pytest.mark.unit

TOKEN = "test-token"


def method_name(operation_id_snake: str, tag: str) -> str:
    """The documented naming rule, written again here to check the template against."""
    words, plural = operation_id_snake.split("_"), tag.split("_")
    singular = [*plural[:-1], plural[-1].removesuffix("s")]
    for index in range(1, len(words)):
        for noun in (plural, singular):
            if words[index : index + len(noun)] == noun:
                verb = (
                    "_".join(words[:index]).replace("get", "retrieve")
                    if words[:index] == ["get"]
                    else "_".join(words[:index])
                )
                rest = "_".join(words[index + len(noun) :])
                if not rest:
                    return verb
                return rest if verb == "list" else f"{verb}_{rest}"
    return operation_id_snake


OPERATIONS = [
    pytest.param(
        PACKAGES[name],
        op["tag"],
        op["module"].rpartition(".")[2],
        bool({"nextPageToken", "starting_after"} & set(op["parameters"])),
        id=f"{name}:{op_id}",
    )
    for name, facts in FACTS.items()
    for op_id, op in facts.OPERATIONS.items()
]


@pytest.mark.parametrize(("package", "tag", "snake", "paged"), OPERATIONS)
def test_every_operation_has_its_method_sync_and_async(package: str, tag: str, snake: str, paged: bool) -> None:
    # Derived from the specs' own operation tables: an operation added to a spec is checked here too.
    resources = importlib.import_module(f"{package}.api")
    name = method_name(snake, tag)
    sync_resource = inspect.signature(getattr(resources.Resources, tag).func).return_annotation.strip('"')
    module = importlib.import_module(f"{package}.api.{tag}")
    sync_method = getattr(getattr(module, sync_resource), name)
    async_method = getattr(getattr(module, f"Async{sync_resource}"), name)
    # Each method imports its operation module when called, not the tag's package at import (#16).
    imports = f"import {package}.api.{tag}.{snake} as operation\n"
    for method in (sync_method, async_method):
        assert imports in inspect.getsource(method), f"{method.__qualname__} does not call {snake}"
    # A paged list returns a pager (iterated with `async for`); every other async method is a coroutine.
    assert inspect.iscoroutinefunction(async_method) is not paged
    assert not inspect.iscoroutinefunction(sync_method)


@pytest.fixture
def extend(fake: FakeAPI) -> Any:
    with evalclient.Extend(token=TOKEN, base_url="http://fake", transport=fake.transport) as client:
        yield client


@pytest.fixture
def bland(fake: FakeAPI) -> Any:
    with evalclient.Bland(token=TOKEN, base_url="http://fake", transport=fake.transport) as client:
        yield client


def _items(fake: FakeAPI, count: int) -> list[CreateEvaluationSetItem]:
    output = ProvidedExtractOutput.from_dict({"value": {"total": 1}})
    return [CreateEvaluationSetItem(file_id=f, expected_output=output) for f in fake.extend.file_ids[:count]]


def test_official_sdk_style_calls_run_against_extend(fake: FakeAPI, clock: ManualClock, extend: Any) -> None:
    # Written as for the official extend-ai 1.20 client (`client.<resource>.<method>(...)`, ids
    # positional, bodies as keyword arguments); only the import and construction differ.
    evaluation_set = extend.evaluation_sets.create(
        name="Invoices", entity_id=fake.extend.extractor_id, description="Q3"
    )
    assert isinstance(evaluation_set, EvaluationSet)
    assert extend.evaluation_sets.retrieve(evaluation_set.id).name == "Invoices"
    created = extend.evaluation_set_items.create(evaluation_set.id, items=_items(fake, 3))
    item_id = created.evaluation_set_items[0].id
    item = extend.evaluation_set_items.retrieve(evaluation_set.id, item_id)
    updated = extend.evaluation_set_items.update(
        evaluation_set.id, item_id, expected_output=ProvidedExtractOutput.from_dict({"value": {"total": 2}})
    )
    assert (item.id, updated.expected_output.value.to_dict()) == (item_id, {"total": 2})
    assert extend.evaluation_set_items.delete(evaluation_set.id, item_id).id == item_id
    run = extend.evaluation_set_runs.create(evaluation_set_id=evaluation_set.id)
    assert isinstance(extend.evaluation_set_runs.retrieve(run.id), EvaluationSetRun)
    legacy = extend.batch_processor_run.get(run.id)  # the official SDK's name
    assert legacy.batch_processor_run.id == extend.batch_processor_runs.retrieve(run.id).batch_processor_run.id
    final = extend.evaluation_set_runs.wait(run.id, clock=clock, sleep=clock.sleep)
    assert final.status == "PROCESSED"


def test_a_body_is_keywords_or_a_ready_model_never_both(fake: FakeAPI, extend: Any) -> None:
    ready = CreateEvaluationSetRequest(name="Ready", entity_id=fake.extend.extractor_id)
    assert extend.evaluation_sets.create(ready).name == "Ready"
    with pytest.raises(TypeError, match="not both"):
        extend.evaluation_sets.create(ready, name="Other")
    with pytest.raises(TypeError, match="missing required keyword argument: 'entity_id'"):
        extend.evaluation_sets.create(name="No entity")
    sent = [r for r in fake.requests if r.method == "POST"]
    assert len(sent) == 1  # the refused calls sent nothing


def test_lists_page_lazily_and_resume(fake: FakeAPI, extend: Any) -> None:
    set_id = fake.extend.seed_set()
    seeded = fake.extend.seed_items(set_id, 25)
    every = [item.id for item in extend.evaluation_set_items.list(set_id, max_page_size=10)]
    assert sorted(every) == sorted(seeded)
    first = extend.evaluation_set_items.list(set_id, max_page_size=10, max_items=10)
    head = [item.id for item in first]
    rest = [
        item.id
        for item in extend.evaluation_set_items.list(set_id, max_page_size=10, next_page_token=first.next_page_token)
    ]
    assert head + rest == every


def test_per_call_options_change_that_call_only(fake: FakeAPI) -> None:
    sent: list[httpx.Request] = []

    def forward(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        answer = fake.handle(request.method, request.url.raw_path.decode(), headers=dict(request.headers))
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body)

    with evalclient.Extend(token=TOKEN, base_url="http://fake", transport=httpx.MockTransport(forward)) as extend:
        set_id = fake.extend.seed_set()
        extend.evaluation_sets.retrieve(set_id, extra_headers={"x-trace-id": "abc"}, timeout=5)
        extend.evaluation_sets.retrieve(set_id)
        assert [r.headers.get("x-trace-id") for r in sent] == ["abc", None]  # the next call is unchanged
        assert sent[0].extensions["timeout"]["read"] == 5
        fake.faults.add("GET /evaluation_sets", Fault.status(503), times=None)
        with pytest.raises(evalclient.ServerError):
            list(extend.evaluation_sets.list(retry=evalclient.RetryPolicy.none()))
        assert sum(1 for r in sent if r.url.path == "/evaluation_sets") == 1  # no retry for that call


def test_bland_methods_return_data_and_log_errors_beside_a_2xx(
    fake: FakeAPI, clock: ManualClock, bland: Any, caplog: pytest.LogCaptureFixture
) -> None:
    run = bland.eval_runs.create(
        call_ids=fake.bland.call_ids[:3], attached_agents=[AttachedAgent(eval_agent_id=fake.bland.agent_ids[0])]
    )
    assert isinstance(run, EvalRun)
    fake.faults.add("GET /v1/evals/runs/{run_id}", Fault.patch({"errors": ["summary is delayed"]}))
    with caplog.at_level(logging.WARNING, logger="evalclient"):
        again = bland.eval_runs.retrieve(run.id)
    assert again.id == run.id
    assert "eval_runs.retrieve succeeded with errors in its answer: ['summary is delayed']" in caplog.text
    final = bland.eval_runs.create_and_wait(
        call_ids=fake.bland.call_ids[:2], attached_agents=[AttachedAgent(eval_agent_id=fake.bland.agent_ids[0])],
        clock=clock, sleep=clock.sleep,
    )  # fmt: skip
    assert final.status == "COMPLETE"
    assert bland.evals.retrieve_status().enabled is True
    agent = bland.eval_agents.create(name="Resource judge")
    assert bland.eval_agents.delete(agent.agent.id) is None  # a 204


def test_the_async_clients(fake: FakeAPI, clock: ManualClock) -> None:
    async def flow() -> tuple[int, str]:
        async with evalclient.AsyncExtend(token=TOKEN, base_url="http://fake", transport=fake.transport) as extend:
            evaluation_set = await extend.evaluation_sets.create(name="Async", entity_id=fake.extend.extractor_id)
            await extend.evaluation_set_items.create(evaluation_set.id, items=_items(fake, 12))
            items = [item async for item in extend.evaluation_set_items.list(evaluation_set.id, max_page_size=5)]
            run = await extend.evaluation_set_runs.create_and_wait(
                evaluation_set_id=evaluation_set.id, clock=clock, sleep=clock.async_sleep
            )
            assert (await extend.batch_processor_run.get(run.id)).batch_processor_run.status == "PROCESSED"
            return len(items), str(run.status)

    assert asyncio.run(flow()) == (12, "PROCESSED")


def test_building_a_client_needs_a_key_and_keeps_it_out_of_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BLAND_API_KEY", raising=False)
    with pytest.raises(evalclient.ConfigurationError, match="BLAND_API_KEY"):
        evalclient.Bland()
    client = evalclient.Extend(token="sk_resource_secret")
    assert "sk_resource_secret" not in repr(client.client)
    client.close()
