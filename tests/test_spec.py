"""The OpenAPI documents: valid, complete, and every example parses into the generated models."""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest
from openapi_spec_validator import validate

from spec_support import FACTS, PACKAGES, ROOT, SPECS, load_spec, normalise, operations, resolve, snake

pytestmark = pytest.mark.unit

# Every (spec, operation) of every generated package, read from the spec: an operation added to a
# document is covered by regenerating alone.
OPERATIONS = [
    pytest.param(name, op_id, op["method"].lower(), op["path"], op["tag"], id=f"{name}:{op_id}")
    for name, facts in FACTS.items()
    for op_id, op in facts.OPERATIONS.items()
]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_spec_is_valid_openapi_3_1(name: str) -> None:
    spec = load_spec(name)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_operations_are_named_tagged_and_unique(name: str) -> None:
    # The generator files each operation under api/<first tag>/<operationId in snake case>.
    found = [(op["operationId"], op.get("tags", [])) for _method, _path, op in operations(load_spec(name))]
    ids = [op_id for op_id, _tags in found]
    assert len(ids) == len(set(ids)), f"{name}: an operationId repeats"
    assert [op_id for op_id, tags in found if not tags or not op_id[:1].islower()] == []
    assert set(ids) == set(FACTS[name].OPERATIONS), "generated/ is stale: run make generate"


@pytest.mark.parametrize(("name", "op_id", "method", "path", "tag"), OPERATIONS)
def test_generated_module_sends_the_documented_request(name: str, op_id: str, method: str, path: str, tag: str) -> None:
    module = importlib.import_module(f"{PACKAGES[name]}.api.{tag}.{snake(op_id)}")
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function))
    spec_op = load_spec(name)["paths"][path][method]
    path_params = {
        resolve(load_spec(name), p)["name"]: "x1"
        for p in spec_op.get("parameters", [])
        if resolve(load_spec(name), p)["in"] == "path"
    }
    kwargs: dict[str, Any] = {snake(key): value for key, value in path_params.items()}
    if "requestBody" in spec_op:
        body_ref = spec_op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        body_cls = getattr(importlib.import_module(f"{PACKAGES[name]}.models"), body_ref)
        example = next(iter(spec_op["requestBody"]["content"]["application/json"]["examples"].values()))["value"]
        kwargs["body"] = body_cls.from_dict(example)
    request = module._get_kwargs(**kwargs)
    assert request["method"] == method
    assert request["url"] == path.format(**path_params)


def _response_examples(name: str) -> list[tuple[str, str, Any]]:
    """(label, schema name, example) for every named example on a JSON response or request body."""
    spec = load_spec(name)
    found: list[tuple[str, str, Any]] = []
    for _method, _path, op in operations(spec):
        bodies = [("request", op["requestBody"])] if "requestBody" in op else []
        bodies += list(op["responses"].items())
        for status, raw in bodies:
            media = resolve(spec, raw).get("content", {}).get("application/json")
            if not media or "$ref" not in media["schema"]:
                continue
            schema_name = media["schema"]["$ref"].rsplit("/", 1)[1]
            for example_name, example in media.get("examples", {}).items():
                label = f"{op['operationId']} {status} {example_name}"
                found.append((label, schema_name, resolve(spec, example)["value"]))
    return found


def _round_trip(package: str, schema_name: str, example: Any) -> None:
    model = getattr(importlib.import_module(f"{package}.models"), schema_name)
    assert normalise(model.from_dict(example).to_dict()) == normalise(example)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_spec_example_round_trips_through_the_generated_model(name: str) -> None:
    examples = _response_examples(name)
    assert len(examples) >= 10, "each document should carry examples for its main shapes"
    for label, schema_name, example in examples:
        try:
            _round_trip(PACKAGES[name], schema_name, example)
        except AssertionError as exc:
            raise AssertionError(f"{name}: example {label} ({schema_name}) does not round-trip") from exc


@pytest.mark.parametrize(
    ("package", "fixture", "schema_name"),
    [
        ("extend_evals_client", "extend_2026-02-09_get_evaluation_set_run.seed001.json", "EvaluationSetRun"),
        ("extend_evals_client", "extend_legacy_get_batch_processor_run.seed003.json", "BatchProcessorRunResponse"),
        (
            "extend_evals_client_2025_04_21",
            "extend_legacy_get_batch_processor_run.seed003.json",
            "BatchProcessorRunResponse",
        ),
        (
            "extend_evals_client_2025_04_21",
            "extend_2025-04-21_list_evaluation_set_items.seed002.json",
            "EvaluationSetItemsListResponse",
        ),
    ],
)
def test_seed_page_examples_round_trip(package: str, fixture: str, schema_name: str) -> None:
    example = json.loads((ROOT / "tests" / "fixtures" / fixture).read_text())
    _round_trip(package, schema_name, example)


def test_the_2025_04_21_list_shape_is_not_accepted_by_the_2026_02_09_model() -> None:
    # Seed 002 documents the older 2025-04-21 API version (success / evaluationSetItems /
    # fields-array expectedOutput): the 2026-02-09 package must refuse it, not half-parse it
    # (extend_evals_client_2025_04_21 reads it, above).
    from extend_evals_client.models import EvaluationSetItemsListResponse

    example = json.loads(
        (ROOT / "tests" / "fixtures" / "extend_2025-04-21_list_evaluation_set_items.seed002.json").read_text()
    )
    assert "evaluationSetItems" in example
    assert "data" not in example
    with pytest.raises(KeyError):
        EvaluationSetItemsListResponse.from_dict(example)


def _webhook_examples(name: str) -> list[tuple[str, str, Any]]:
    """(label, schema name, example) for every example of a webhook's request body (OpenAPI 3.1 `webhooks`)."""
    spec = load_spec(name)
    found: list[tuple[str, str, Any]] = []
    for event, item in spec.get("webhooks", {}).items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        schema_name = media["schema"]["$ref"].rsplit("/", 1)[1]
        found += [(f"{event} {label}", schema_name, example["value"]) for label, example in media["examples"].items()]
    return found


def test_every_webhook_example_round_trips_through_the_generated_model() -> None:
    # openapi-python-client 0.29.1 ignores `webhooks`; the event models exist because they are
    # components schemas, and the examples prove they read what the webhooks declare.
    examples = _webhook_examples("extend")
    assert {label.split()[0] for label, _schema, _example in examples} == {
        "batch_processor_run.processed",
        "batch_processor_run.failed",
    }
    for label, schema_name, example in examples:
        try:
            _round_trip(PACKAGES["extend"], schema_name, example)
        except AssertionError as exc:
            raise AssertionError(f"extend: webhook example {label} ({schema_name}) does not round-trip") from exc


def test_webhook_payloads_parse_by_kind_and_an_unknown_event_loses_nothing() -> None:
    from extend_evals_client.models import BatchRun, SignedDataUrlPayload, UnknownWebhookPayload, WebhookEvent

    by_label = {label: example for label, _schema, example in _webhook_examples("extend")}
    assert isinstance(WebhookEvent.from_dict(by_label["batch_processor_run.processed processed"]).payload, BatchRun)
    signed = WebhookEvent.from_dict(by_label["batch_processor_run.processed signedUrl"]).payload
    assert isinstance(signed, SignedDataUrlPayload)
    bare = {"eventId": "e", "eventType": "x", "payload": {"data": "https://signed"}}  # the docs' form: only `data`
    assert isinstance(WebhookEvent.from_dict(bare).payload, SignedDataUrlPayload)
    unknown = {
        "eventId": "evt_1",
        "eventType": "workflow_run.completed",
        "payload": {"object": "workflow_run", "id": "workflow_run_1", "status": "ARCHIVED", "data": "not a url"},
        "deliveredAt": "later",
    }
    event = WebhookEvent.from_dict(unknown)
    assert isinstance(event.payload, UnknownWebhookPayload)
    assert event.event_type == "workflow_run.completed"
    assert event.to_dict() == unknown
    odd_status = {**by_label["batch_processor_run.failed failed"]}
    odd_status["payload"] = {**odd_status["payload"], "status": "ARCHIVED"}
    run = WebhookEvent.from_dict(odd_status).payload
    assert isinstance(run, BatchRun)
    assert run.status == "ARCHIVED"
