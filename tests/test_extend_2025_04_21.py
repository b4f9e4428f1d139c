"""Extend API 2025-04-21 (#12): its package's models, the overlay's version switch, the fake in process.

End to end over loopback, paging and waiting in both versions: tests/test_extend_versions_end_to_end.py.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

import evalclient
import extend_evals_client
import extend_evals_client_2025_04_21
from evalclient.testing import FakeAPI, Fault, ManualClock
from extend_evals_client_2025_04_21.api.batch_processor_runs import get_batch_processor_run
from extend_evals_client_2025_04_21.api.evaluation_set_items import (
    bulk_create_evaluation_set_items,
    create_evaluation_set_item,
    delete_evaluation_set_item,
    list_evaluation_set_items,
    update_evaluation_set_item,
)
from extend_evals_client_2025_04_21.api.evaluation_sets import (
    create_evaluation_set,
    get_evaluation_set,
    list_evaluation_sets,
)
from extend_evals_client_2025_04_21.models import (
    BulkCreateEvaluationSetItem,
    BulkCreateEvaluationSetItemsRequest,
    CreateEvaluationSetItemRequest,
    CreateEvaluationSetRequest,
    EvaluationSetItem,
    EvaluationSetItemsListResponse,
    ExtractionFieldType,
    ProvidedClassifierOutput,
    ProvidedExtractionFieldResult,
    ProvidedFieldsArrayOutput,
    ProvidedJsonOutput,
    ProvidedSplitterOutput,
    UpdateEvaluationSetItemRequest,
)
from spec_support import ROOT, load_spec

pytestmark = pytest.mark.unit

VERSION = "2025-04-21"
SEED_002 = json.loads(
    (ROOT / "tests" / "fixtures" / "extend_2025-04-21_list_evaluation_set_items.seed002.json").read_text()
)


def _item(expected_output: Any) -> dict[str, Any]:
    return {
        "object": "evaluation_set_item",
        "id": "evi_1",
        "evaluationSetId": "ev_1",
        "fileId": "file_1",
        "expectedOutput": expected_output,
    }


def _field(name: str, value: Any) -> dict[str, Any]:
    return {"id": name, "type": "string", "value": value, "confidence": 1}


# ------------------------------------------------------------------ the models


def test_seed_002_items_are_fields_array_outputs_and_round_trip() -> None:
    page = EvaluationSetItemsListResponse.from_dict(SEED_002)
    assert len(page.evaluation_set_items) == 3
    for item, raw in zip(page.evaluation_set_items, SEED_002["evaluationSetItems"], strict=True):
        assert isinstance(item.expected_output, ProvidedFieldsArrayOutput)
        assert item.file_id == raw["fileId"]
        total = item.expected_output["total_amount"]
        assert isinstance(total, ProvidedExtractionFieldResult)
        assert total.type_ is ExtractionFieldType.CURRENCY
        assert total.value == raw["expectedOutput"]["total_amount"]["value"]
    assert page.to_dict() == SEED_002


@pytest.mark.parametrize(
    ("output", "member"),
    [
        ({"value": {"vendor_name": "Acme", "total": 12.5}}, ProvidedJsonOutput),
        ({"id": "invoice", "type": "invoice"}, ProvidedClassifierOutput),
        ({"id": "invoice", "type": "invoice", "confidence": 0.9}, ProvidedClassifierOutput),
        (
            {"splits": [{"id": "s1", "classificationId": "inv", "type": "invoice", "startPage": 1, "endPage": 2}]},
            ProvidedSplitterOutput,
        ),
        ({"vendor_name": _field("vendor_name", "Acme")}, ProvidedFieldsArrayOutput),
    ],
)
def test_each_output_shape_parses_as_its_member_and_round_trips(output: dict[str, Any], member: type) -> None:
    item = EvaluationSetItem.from_dict(_item(output))
    assert type(item.expected_output) is member
    assert item.to_dict()["expectedOutput"] == output


def test_ambiguous_fields_maps_parse_as_the_spec_description_says() -> None:
    # Written into openapi/extend-2025-04-21.yaml: a field named `value` makes a fields map a JSON
    # output; fields named `id` and `type` make it a classifier output. Both round-trip exactly.
    named_value = {"value": _field("value", 10), "currency": _field("currency", "USD")}
    item = EvaluationSetItem.from_dict(_item(named_value))
    assert isinstance(item.expected_output, ProvidedJsonOutput)
    assert item.expected_output.value.to_dict() == named_value["value"]
    assert item.to_dict()["expectedOutput"] == named_value

    named_id_and_type = {"id": _field("id", "A-1"), "type": _field("type", "invoice")}
    item = EvaluationSetItem.from_dict(_item(named_id_and_type))
    assert isinstance(item.expected_output, ProvidedClassifierOutput)
    assert item.expected_output.id == named_id_and_type["id"]  # the field's result, not a string
    assert item.to_dict()["expectedOutput"] == named_id_and_type
    description = load_spec("extend-2025-04-21")["info"]["description"]
    assert "a field literally named `value`" in description
    assert "fields named `id` and `type`" in description


def test_an_output_no_member_takes_is_a_parse_error() -> None:
    with pytest.raises((TypeError, ValueError, KeyError, AttributeError)):
        EvaluationSetItem.from_dict(_item({"vendor_name": "not a field result"}))


# ------------------------------------------------------------------ the version switch


def test_the_version_picks_the_package() -> None:
    default = evalclient.extend_client(token="sk_legacy_secret")
    legacy = evalclient.extend_client(token="sk_legacy_secret", api_version=VERSION)
    assert type(default) is extend_evals_client.AuthenticatedClient
    assert type(legacy) is extend_evals_client_2025_04_21.AuthenticatedClient
    assert legacy._headers["x-extend-api-version"] == VERSION
    assert "sk_legacy_secret" not in repr(legacy)
    assert evalclient.EXTEND_API_VERSION == "2026-02-09"
    assert dict(evalclient.SPEC_VERSIONS) == {"extend": "2026-02-09", "extend-2025-04-21": VERSION, "bland": "v1"}


@pytest.mark.parametrize("version", ["2024-12-23", "2026-02-10", "", "latest"])
def test_an_unsupported_version_is_refused_at_construction(version: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200))
    with pytest.raises(evalclient.ConfigurationError, match="supported: 2026-02-09, 2025-04-21") as caught:
        evalclient.extend_client(token="sk_secret_key", api_version=version, transport=transport)
    assert "sk_secret_key" not in str(caught.value)
    assert sent == []


# ------------------------------------------------------------------ against the fake, in process


@pytest.fixture
def legacy(fake: FakeAPI) -> extend_evals_client_2025_04_21.AuthenticatedClient:
    return evalclient.extend_client(
        token="test-token", base_url="http://fake", transport=fake.transport, api_version=VERSION
    )


def test_every_2025_operation_against_the_fake(
    fake: FakeAPI, legacy: extend_evals_client_2025_04_21.AuthenticatedClient
) -> None:
    extend = fake.extend
    created = create_evaluation_set.sync(
        client=legacy,
        body=CreateEvaluationSetRequest(name="Legacy set", description="", processor_id=extend.extractor_id),
    )
    set_id = created.evaluation_set.id
    assert created.evaluation_set.processor_id == extend.extractor_id
    assert get_evaluation_set.sync(set_id, client=legacy).evaluation_set.name == "Legacy set"
    listed = list_evaluation_sets.sync(client=legacy, processor_id=extend.extractor_id)
    assert set_id in [s.id for s in listed.evaluation_sets]

    fields = ProvidedFieldsArrayOutput.from_dict({"total": _field("total", 12)})
    one = create_evaluation_set_item.sync(
        client=legacy,
        body=CreateEvaluationSetItemRequest(
            evaluation_set_id=set_id, file_id=extend.file_ids[0], expected_output=fields
        ),
    ).evaluation_set_item
    assert isinstance(one.expected_output, ProvidedFieldsArrayOutput)
    bulk = bulk_create_evaluation_set_items.sync(
        client=legacy,
        body=BulkCreateEvaluationSetItemsRequest(
            evaluation_set_id=set_id,
            items=[
                BulkCreateEvaluationSetItem(
                    file_id=file_id, expected_output=ProvidedJsonOutput.from_dict({"value": {"total": n}})
                )
                for n, file_id in enumerate(extend.file_ids[1:4])
            ],
        ),
    )
    assert [item.file_id for item in bulk.evaluation_set_items] == extend.file_ids[1:4]

    updated = update_evaluation_set_item.sync(
        one.id,
        client=legacy,
        body=UpdateEvaluationSetItemRequest(expected_output=ProvidedJsonOutput.from_dict({"value": {"total": 13}})),
    ).evaluation_set_item
    assert isinstance(updated.expected_output, ProvidedJsonOutput)
    deleted = delete_evaluation_set_item.sync(one.id, client=legacy)
    assert deleted.evaluation_set_item_id == one.id
    remaining = list_evaluation_set_items.sync(set_id, client=legacy, max_page_size=100).evaluation_set_items
    assert sorted(item.id for item in remaining) == sorted(item.id for item in bulk.evaluation_set_items)

    run_id = extend.seed_run(set_id, duration=0.0)
    run = get_batch_processor_run.sync(run_id, client=legacy).batch_processor_run
    assert (run.id, run.status, run.source_id) == (run_id, "PROCESSED", set_id)


def test_an_error_body_of_2025_becomes_the_typed_errors_message(
    legacy: extend_evals_client_2025_04_21.AuthenticatedClient,
) -> None:
    with pytest.raises(evalclient.NotFoundError) as caught:
        get_evaluation_set.sync("ev_missing", client=legacy)
    assert caught.value.message == "Evaluation set 'ev_missing' not found"
    assert caught.value.status_code == 404


def test_a_well_formed_output_of_another_kind_is_refused(
    fake: FakeAPI, legacy: extend_evals_client_2025_04_21.AuthenticatedClient
) -> None:
    set_id = fake.extend.seed_set(fake.extend.classifier_id)
    body = CreateEvaluationSetItemRequest(
        evaluation_set_id=set_id,
        file_id=fake.extend.file_ids[0],
        expected_output=ProvidedJsonOutput.from_dict({"value": {"total": 1}}),
    )
    # 2025-04-21 documents no 422: a refused value is a 400 there.
    with pytest.raises(evalclient.BadRequestError, match="does not fit a classifier"):
        create_evaluation_set_item.sync(client=legacy, body=body)


def test_a_malformed_2025_body_is_a_response_parse_error(fake: FakeAPI) -> None:
    fake.faults.add("GET /evaluation_sets", Fault.malformed(b'{"success": true}'))
    client = evalclient.extend_client(
        token="test-token", base_url="http://fake", transport=fake.transport, api_version=VERSION
    )
    with pytest.raises(evalclient.ResponseParseError):
        list_evaluation_sets.sync(client=client)


def test_paginate_and_wait_in_2025_async(
    fake: FakeAPI, clock: ManualClock, legacy: extend_evals_client_2025_04_21.AuthenticatedClient
) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 25)
    run_id = fake.extend.seed_run(set_id)

    async def both() -> tuple[list[str], str]:
        pager = evalclient.apaginate(list_evaluation_set_items, client=legacy, id=set_id, page_size=10)
        items = [item.id async for item in pager]
        run = await evalclient.wait_for_run_async(
            get_batch_processor_run, client=legacy, id=run_id, clock=clock, sleep=clock.async_sleep
        )
        return items, str(run.status)

    items, status = asyncio.run(both())
    assert len(items) == len(set(items)) == 25
    assert status == "PROCESSED"


@pytest.mark.parametrize(
    "field",
    [
        {"id": "total", "value": 1, "type": "hologram"},  # not a documented field type
        {"id": "total", "value": 1, "type": {}},
        {"id": "total", "value": 1, "confidence": 1.5},
        {"id": "total", "value": 1, "page": "one"},
        {"value": 1},  # no id
    ],
)
def test_the_fake_refuses_a_field_result_2025_does_not_document(fake: FakeAPI, field: dict[str, Any]) -> None:
    set_id = fake.extend.seed_set()
    headers = {"authorization": "Bearer test-token", "x-extend-api-version": VERSION}
    body = {"evaluationSetId": set_id, "fileId": fake.extend.file_ids[0], "expectedOutput": {"total": field}}
    with httpx.Client(base_url="http://fake", transport=fake.transport, headers=headers) as client:
        answer = client.post("/evaluation_set_items", json=body)
    assert answer.status_code == 400
    assert answer.json() == {"success": False, "error": answer.json()["error"]}
    assert "does not fit a extractor" in answer.json()["error"]
