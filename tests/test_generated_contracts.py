"""What the generator templates promise for every generated operation, through evalclient's clients.

- ids that would change the path ("", ".", "..") never reach the network;
- a 2xx body that is not JSON or lacks a required field raises ResponseParseError;
- new enum values and unknown union variants parse and keep their data.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

import evalclient
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
from extend_evals_client.models import (
    BatchRunStatus,
    EvaluationSetRun,
    RunMetrics,
    UnknownEntitySummary,
)
from spec_support import FACTS, PACKAGES, snake

pytestmark = pytest.mark.unit

TOKEN = "sk_contract_secret"


def _operations() -> Iterator[tuple[str, ModuleType]]:
    for package_name in PACKAGES.values():
        package = importlib.import_module(package_name)
        api = importlib.import_module(f"{package.__name__}.api")
        for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            module = importlib.import_module(info.name)
            if hasattr(module, "sync_detailed"):
                yield package.__name__, module


def _path_params(module: ModuleType) -> list[str]:
    signature = inspect.signature(module._get_kwargs)
    return [name for name, p in signature.parameters.items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]


def _client(package: str, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    transport = httpx.MockTransport(handler)
    retry = evalclient.RetryPolicy.none()
    if package == "extend_evals_client":
        return evalclient.extend_client(token=TOKEN, base_url="http://api.test", transport=transport, retry=retry)
    if package == "extend_evals_client_2025_04_21":
        return evalclient.extend_client(
            token=TOKEN, base_url="http://api.test", transport=transport, retry=retry, api_version="2025-04-21"
        )
    return evalclient.bland_client(token=TOKEN, base_url="http://api.test", transport=transport, retry=retry)


OPERATIONS_WITH_PATH_IDS = [
    pytest.param(package, module, param, id=f"{module.__name__.rsplit('.', 1)[1]}:{param}")
    for package, module in _operations()
    for param in _path_params(module)
]


def test_every_path_parameter_is_covered() -> None:
    # Read from the specs: every operation with an id in its path, and every such id, is tested below.
    covered = {(module.__name__, param) for _, module, param in (p.values for p in OPERATIONS_WITH_PATH_IDS)}
    declared = {
        (op["module"], snake(name))
        for facts in FACTS.values()
        for op in facts.OPERATIONS.values()
        for name, parameter in op["parameters"].items()
        if parameter["in"] == "path"
    }
    assert declared
    assert covered == declared


@pytest.mark.parametrize(("package", "module", "param"), OPERATIONS_WITH_PATH_IDS)
@pytest.mark.parametrize("bad_id", ["", ".", ".."])
def test_path_ids_that_change_the_path_never_reach_the_network(
    package: str, module: ModuleType, param: str, bad_id: str
) -> None:
    sent: list[httpx.Request] = []
    client = _client(package, lambda request: sent.append(request) or httpx.Response(200, json={}))
    kwargs: dict[str, Any] = {name: "ok_id" for name in _path_params(module)}
    kwargs[param] = bad_id
    if "body" in inspect.signature(module.sync_detailed).parameters:
        kwargs["body"] = None  # never used: the id is refused while the URL is built
    with pytest.raises(ValueError, match=param):
        module.sync_detailed(client=client, **kwargs)
    assert sent == []


def test_a_slash_in_an_id_stays_inside_its_segment() -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.raw_path.decode())
        return httpx.Response(404, json={"code": "NOT_FOUND", "message": "no", "retryable": False})

    with pytest.raises(evalclient.NotFoundError):
        get_evaluation_set_run.sync(client=_client("extend_evals_client", handler), id="../evaluation_sets")
    assert sent == ["/evaluation_set_runs/..%2Fevaluation_sets"]


RUN: dict[str, Any] = json.loads(
    """{"object": "evaluation_set_run", "id": "bpr_1", "evaluationSetId": "ev_1",
    "entity": {"object": "extractor", "id": "ex_1", "name": "E", "createdAt": "2024-03-21T16:45:00Z",
               "updatedAt": "2024-03-21T16:45:00Z"},
    "entityVersion": {"object": "extractor_version", "id": "exv_1", "version": "draft",
                      "extractorId": "ex_1", "createdAt": "2024-03-21T16:45:00Z"},
    "metrics": {"type": "EXTRACT", "numFilesTotal": 2, "numFilesProcessed": 2, "accuracy": 0.5},
    "status": "PROCESSED", "options": {}, "createdAt": "2024-03-21T16:45:00Z",
    "updatedAt": "2024-03-21T16:45:00Z"}"""
)


def _get_run(body: bytes, status: int = 200) -> EvaluationSetRun:
    client = _client("extend_evals_client", lambda _: httpx.Response(status, content=body))
    return get_evaluation_set_run.sync(client=client, id="bpr_1")


@pytest.mark.parametrize(
    "body",
    [
        b"<html>502 Bad Gateway</html>",
        b"",
        b'{"object": "evaluation_set_run"}',
        b"[1, 2, 3]",
        json.dumps({**RUN, "entity": "not an object"}).encode(),
        json.dumps({**RUN, "createdAt": "yesterday"}).encode(),
    ],
    ids=["html", "empty", "missing-fields", "wrong-shape", "bad-union", "bad-date"],
)
def test_a_malformed_2xx_body_raises_response_parse_error_with_status_and_text(body: bytes) -> None:
    with pytest.raises(evalclient.ResponseParseError) as caught:
        _get_run(body)
    assert caught.value.status_code == 200
    assert caught.value.text == body.decode()
    assert isinstance(caught.value, evalclient.ApiError)


def test_an_undocumented_2xx_status_is_a_parse_error_not_none() -> None:
    with pytest.raises(evalclient.UnexpectedStatus) as caught:
        _get_run(json.dumps(RUN).encode(), status=204)
    assert caught.value.status_code == 204


def test_a_new_status_value_is_kept_and_not_mistaken_for_a_known_one() -> None:
    # Through the public way, which answers alike on 3.11 and 3.12+ (`in` does not; see evalclient._enums).
    run = _get_run(json.dumps({**RUN, "status": "ARCHIVED"}).encode())
    assert run.status == "ARCHIVED"
    assert isinstance(run.status, BatchRunStatus)
    assert not evalclient.is_known(run.status)
    assert evalclient.is_known(_get_run(json.dumps(RUN).encode()).status)
    # Each unknown value keeps its own value: a second one does not overwrite the first.
    assert BatchRunStatus("ARCHIVING") == "ARCHIVING"
    assert run.status == "ARCHIVED"
    assert run.status.value == "ARCHIVED"
    assert run.to_dict()["status"] == "ARCHIVED"


def test_unknown_union_variants_parse_into_catch_all_models_with_every_field() -> None:
    edit_metrics = {"type": "EDIT", "numFilesTotal": 3, "editDistance": 0.25}
    workflow = {"object": "workflow", "id": "wf_1", "name": "Flow", "steps": 4}
    run = _get_run(json.dumps({**RUN, "metrics": edit_metrics, "entity": workflow}).encode())
    assert isinstance(run.metrics, RunMetrics)
    assert run.metrics.type_ == "EDIT"
    assert run.metrics["editDistance"] == 0.25
    assert isinstance(run.entity, UnknownEntitySummary)
    assert run.entity.object_ == "workflow"
    assert run.entity["steps"] == 4
    assert run.to_dict()["metrics"] == edit_metrics
    assert run.to_dict()["entity"] == workflow


def test_unknown_top_level_fields_are_kept() -> None:
    run = _get_run(json.dumps({**RUN, "archivedAt": None, "labels": ["a"]}).encode())
    assert run["labels"] == ["a"]
    assert run.to_dict()["archivedAt"] is None


@pytest.mark.parametrize("package_name", sorted(PACKAGES.values()))
def test_the_models_package_loads_lazily_and_still_offers_every_name(package_name: str) -> None:
    # generator-templates/models_init.py.jinja (#16): the names come on first use, and `__all__`,
    # `dir()` and attribute access behave as when every model was imported up front.
    models = importlib.import_module(f"{package_name}.models")
    names = models.__all__
    assert names
    assert set(names) <= set(dir(models))
    for name in names:
        value = getattr(models, name)
        module = importlib.import_module(value.__module__)
        assert value.__name__ == name
        assert getattr(module, name) is value  # the class its own module defines, not a copy
        assert value.__module__.startswith(f"{package_name}.models.")
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        getattr(models, "NoSuchModel")  # noqa: B009 - the attribute is looked up on purpose
