"""Every list operation pages, and every get-run operation can be waited on, against the fake APIs.

Operations are found with pkgutil and checked against the specs' own operation tables, so one added
to a spec is covered here by regenerating alone; if the fake has no handler for it, the test
naming that operation fails. Path parameters are filled from a table keyed by the last two static
segments of the spec's path before them (`/evaluation_sets/{id}/items` takes an `evaluation_sets`
id, `/v1/evals/agents/{eval_agent_id}/versions/{version_id}` an `agents/versions` id), never by
operation: two versions of one API name their parameters differently.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

import evalclient
from bland_evals_client.api.user_templates import create_user_template
from bland_evals_client.models import CreateUserTemplateRequest, Modality
from evalclient.testing import FakeAPI, ManualClock
from evalclient.waiting import GENERIC_TERMINAL
from spec_support import FACTS, snake

pytestmark = pytest.mark.unit

PACKAGES = [importlib.import_module(f"{facts.__name__.rpartition('.')[0]}.api") for facts in FACTS.values()]
# What makes an operation a list, read independently of evalclient's own page-style detection.
CURSOR_PARAMETERS = {"nextPageToken", "starting_after"}
REFERENCE_PAGE = 100  # a page size both APIs accept, larger than any list seeded below
WALK_PAGE = 1  # so that every walk spans several pages (some fake lists hold only two items)


def operations() -> list[ModuleType]:
    found = []
    for package in PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.ispkg:
                found.append(importlib.import_module(info.name))
    return found


def short_name(module: ModuleType) -> str:
    return module.__name__.rpartition(".")[2]


def vendor(module: ModuleType) -> str:
    return module.__name__.partition("_")[0]  # "extend" or "bland"


def package(module: ModuleType) -> str:
    return module.__name__.partition(".")[0]


PATHS = {op["module"]: op["path"] for facts in FACTS.values() for op in facts.OPERATIONS.values()}


ALL = operations()
CURSORED = {
    op["module"]
    for facts in FACTS.values()
    for op in facts.OPERATIONS.values()
    if CURSOR_PARAMETERS & set(op["parameters"])
}
# A list that takes no cursor (agent snapshots, the shipped templates) answers in one page: not paged.
LISTS = [op for op in ALL if op.__name__ in CURSORED]
GET_RUNS = [op for op in ALL if short_name(op).startswith("get_") and short_name(op).endswith("_run")]
OTHERS = [op for op in ALL if op not in LISTS]


@dataclass
class World:
    """The fake, clients for both APIs, and a value for every path parameter the operations take."""

    fake: FakeAPI
    clock: ManualClock
    clients: dict[str, Any]
    path_values: dict[str, str]  # the collection segment before a path parameter -> an id in it

    def client(self, operation: ModuleType) -> Any:
        return self.clients[package(operation)]

    def path_kwargs(self, operation: ModuleType) -> dict[str, str]:
        """The operation's required arguments (its path parameters), from the table."""
        required = [
            name
            for name, parameter in inspect.signature(operation.sync).parameters.items()
            if parameter.default is inspect.Parameter.empty and name != "client"
        ]
        parts = PATHS[operation.__name__].split("/")
        collections = {
            snake(part[1:-1]): "/".join([p for p in parts[:n] if p and not p.startswith("{")][-2:])
            for n, part in enumerate(parts)
            if part.startswith("{")
        }
        assert sorted(collections) == sorted(required), operation.__name__
        missing = [name for name in required if collections[name] not in self.path_values]
        assert not missing, f"{operation.__name__}: seed a value for path parameter(s) {missing} in `world`"
        return {name: self.path_values[collections[name]] for name in required}


@pytest.fixture
def world() -> World:
    clock = ManualClock()
    fake = FakeAPI(token="tok", run_seconds=30.0, clock=clock)
    set_id = fake.extend.seed_set()
    for _ in range(2):
        fake.extend.seed_set()
    fake.extend.seed_items(set_id, 7)
    extend_run = fake.extend.seed_run(set_id)
    bland_run = fake.bland.seed_run(fake.bland.call_ids[:5])
    for _ in range(2):
        fake.bland.seed_run(fake.bland.call_ids[:1])
    clock.advance(60)  # every seeded run has finished, so result lists are complete
    clients = {
        "extend_evals_client": evalclient.extend_client(token="tok", base_url="http://fake", transport=fake.transport),
        "extend_evals_client_2025_04_21": evalclient.extend_client(
            token="tok", base_url="http://fake", transport=fake.transport, api_version="2025-04-21"
        ),
        "bland_evals_client": evalclient.bland_client(token="tok", base_url="http://fake", transport=fake.transport),
    }
    assert set(clients) == {package(op) for op in ALL}
    for number in range(2):
        create_user_template.sync(
            client=clients["bland_evals_client"],
            body=CreateUserTemplateRequest(
                name=f"Template {number}", modality=Modality.TEXT, system_prompt_md="Judge.", prompt_md="Grade it."
            ),
        )
    path_values = {
        "evaluation_sets": set_id,
        "evaluation_set_runs": extend_run,
        "batch_processor_runs": extend_run,
        "evals/runs": bland_run,
        "evals/agents": fake.bland.agent_ids[0],
        "evals/workbench-setups": fake.bland.workbench_setup_id,
    }
    return World(fake, clock, clients, path_values)


def reference_items(world: World, operation: ModuleType) -> list[dict[str, Any]]:
    """Every item of the list in one request, read straight from the generated model."""
    kwargs = world.path_kwargs(operation)
    if vendor(operation) == "extend":
        page = operation.sync(client=world.client(operation), max_page_size=REFERENCE_PAGE, **kwargs)
        assert not page.next_page_token
        # 2026-02-09 lists under `data`, 2025-04-21 under a named key (`evaluationSets`, ...).
        [items] = [value for value in page.to_dict().values() if isinstance(value, list)]
        return list(items)
    page = operation.sync(client=world.client(operation), limit=REFERENCE_PAGE, **kwargs)
    assert not page.data.has_more
    return [item.to_dict() for item in page.data.data]


def _spec_modules(keep: Callable[[dict[str, Any]], bool]) -> set[str]:
    return {op["module"] for facts in FACTS.values() for op in facts.OPERATIONS.values() if keep(op)}


def test_enumeration_finds_exactly_the_operations_of_the_specs() -> None:
    assert {op.__name__ for op in ALL} == _spec_modules(lambda op: True)
    assert {op.__name__ for op in LISTS} == _spec_modules(
        lambda op: op["method"] == "GET" and bool(CURSOR_PARAMETERS & set(op["parameters"]))
    )
    # Every cursor-paged operation is a list_ one, and every one of those lists is walked below.
    assert all(short_name(op).startswith("list_") for op in LISTS)
    assert {op.__name__ for op in GET_RUNS} == _spec_modules(
        lambda op: op["method"] == "GET" and op["path"].rsplit("/", 2)[-2].endswith("runs")
    )


def test_the_fake_answers_every_operation_of_every_spec() -> None:
    def shape(route: str) -> str:  # path parameter names may differ; their places may not
        method, _, path = route.partition(" ")
        return method + " " + "/".join("{}" if part.startswith("{") else part for part in path.split("/"))

    served = {shape(route) for route in FakeAPI(token="tok").routes}
    missing = [
        f"{op_id} ({op['method']} {op['path']}, {facts.SPEC_FILE})"
        for facts in FACTS.values()
        for op_id, op in facts.OPERATIONS.items()
        if shape(f"{op['method']} {op['path']}") not in served
    ]
    assert missing == [], f"the fake has no handler for: {'; '.join(missing)}"


@pytest.mark.parametrize("operation", LISTS, ids=short_name)
def test_paginate_walks_every_list_operation(world: World, operation: ModuleType) -> None:
    expected = reference_items(world, operation)
    assert len(expected) > WALK_PAGE, "seed more so that the walk spans several pages"
    before = len(world.fake.requests)
    pager = evalclient.paginate(
        operation, client=world.client(operation), page_size=WALK_PAGE, **world.path_kwargs(operation)
    )
    assert [item.to_dict() for item in pager] == expected
    assert len(world.fake.requests) - before == -(-len(expected) // WALK_PAGE)  # no page fetched twice or skipped
    assert pager.next_page_token is None


@pytest.mark.parametrize("operation", LISTS, ids=short_name)
def test_apaginate_walks_every_list_operation_and_stops_at_max_items(world: World, operation: ModuleType) -> None:
    expected = reference_items(world, operation)

    async def walk() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        kwargs = world.path_kwargs(operation)
        client = world.client(operation)
        walk = evalclient.apaginate(operation, client=client, page_size=WALK_PAGE, **kwargs)
        every = [item.to_dict() async for item in walk]
        # The cap cuts the first request from 2 items to 1, so the resume point is exact.
        capped = evalclient.apaginate(operation, client=client, page_size=2, max_items=1, **kwargs)
        first = [item.to_dict() async for item in capped]
        rest = evalclient.apaginate(operation, client=client, page_token=capped.next_page_token, **kwargs)
        return every, first + [item.to_dict() async for item in rest]

    every, resumed = asyncio.run(walk())
    assert every == expected
    assert resumed == expected  # capped at 1, then resumed from the token: nothing lost or repeated


@pytest.mark.parametrize("operation", OTHERS, ids=short_name)
def test_paginate_refuses_every_other_operation(world: World, operation: ModuleType) -> None:
    with pytest.raises(TypeError, match=f"{short_name(operation)} is not a list operation"):
        evalclient.paginate(operation, client=world.client(operation))


@pytest.mark.parametrize("operation", GET_RUNS, ids=short_name)
def test_wait_for_run_works_with_every_get_run_operation(world: World, operation: ModuleType) -> None:
    # A fresh run per API, started now, so the wait sees it progress on the fake clock.
    extend_run = world.fake.extend.seed_run(world.path_values["evaluation_sets"])
    fresh = {
        "evaluation_set_runs": extend_run,
        "batch_processor_runs": extend_run,
        "evals/runs": world.fake.bland.seed_run(world.fake.bland.call_ids[:3]),
    }
    world.path_values.update(fresh)
    kwargs = world.path_kwargs(operation)
    statuses: list[str] = []
    started = world.clock()
    run = evalclient.wait_for_run(
        operation,
        client=world.client(operation),
        clock=world.clock,
        sleep=world.clock.sleep,
        on_update=lambda run: statuses.append(evalclient.run_progress(run).status),
        **kwargs,
    )
    assert run.id == next(iter(kwargs.values()))
    assert str(run.status) in GENERIC_TERMINAL
    assert statuses[-1] == str(run.status)
    assert len(statuses) >= 2  # it was seen unfinished first
    assert 30.0 <= world.clock() - started <= 30.0 + 10.0  # done within one capped interval of the end


@pytest.mark.parametrize("operation", GET_RUNS, ids=short_name)
def test_wait_for_run_async_and_failure_with_every_get_run_operation(world: World, operation: ModuleType) -> None:
    world.fake.extend.fail_runs()
    world.fake.bland.fail_runs()
    extend_run = world.fake.extend.seed_run(world.path_values["evaluation_sets"])
    world.path_values.update(
        {
            "evaluation_set_runs": extend_run,
            "batch_processor_runs": extend_run,
            "evals/runs": world.fake.bland.seed_run(world.fake.bland.call_ids[:3]),
        }
    )
    wait: Callable[..., Any] = evalclient.wait_for_run_async
    with pytest.raises(evalclient.RunFailed) as caught:
        asyncio.run(
            wait(
                operation,
                client=world.client(operation),
                clock=world.clock,
                sleep=world.clock.async_sleep,
                **world.path_kwargs(operation),
            )
        )
    assert str(caught.value.run.status) == "FAILED"
