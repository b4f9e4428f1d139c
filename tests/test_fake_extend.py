"""The fake Extend API through the in-process transport, with a manual clock: sets, items, runs."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

from evalclient import EXTEND_API_VERSION
from evalclient.testing import FakeAPI, ManualClock
from spec_support import property_limit, query_limit

pytestmark = pytest.mark.unit

MAX_PAGE = query_limit("extend", "listEvaluationSetItems", "maxPageSize", "maximum")
MAX_ITEMS = property_limit("extend", "CreateEvaluationSetItemsRequest", "items", "maxItems")

HEADERS = {"Authorization": "Bearer test-token", "x-extend-api-version": EXTEND_API_VERSION}


@pytest.fixture
def client(fake_http: Callable[[Mapping[str, str]], httpx.Client]) -> httpx.Client:
    return fake_http(HEADERS)


def make_set(client: httpx.Client, entity_id: str, name: str = "Golden set") -> str:
    response = client.post("/evaluation_sets", json={"name": name, "entityId": entity_id})
    assert response.status_code == 200, response.text
    set_id: str = response.json()["id"]
    return set_id


def assert_api_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    assert body["code"] == code
    assert body["retryable"] is False
    assert body["requestId"].startswith("req_")
    assert body["requestId"] == response.headers["x-extend-request-id"]
    assert body["message"]
    return body


def walk(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every row of a list, following nextPageToken and repeating the original query."""
    rows: list[dict[str, Any]] = []
    token = None
    while True:
        query = dict(params, **({"nextPageToken": token} if token else {}))
        page = client.get(path, params=query)
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["object"] == "list"
        rows.extend(body["data"])
        token = body.get("nextPageToken")
        if token is None:
            return rows


# ---------------------------------------------------------------------- auth and headers


@pytest.mark.parametrize(
    "headers",
    [
        {"x-extend-api-version": EXTEND_API_VERSION},
        {"Authorization": "Bearer wrong", "x-extend-api-version": EXTEND_API_VERSION},
        {"Authorization": "test-token", "x-extend-api-version": EXTEND_API_VERSION},
    ],
    ids=["missing", "wrong-key", "raw-key-without-bearer"],
)
def test_a_missing_or_wrong_key_is_401_unauthorized(fake: FakeAPI, headers: dict[str, str]) -> None:
    with httpx.Client(base_url="http://fake", transport=fake.transport) as client:
        assert_api_error(client.get("/evaluation_sets", headers=headers), 401, "UNAUTHORIZED")


@pytest.mark.parametrize("version", [None, "2024-12-23", "2026-02-10"])
def test_the_api_version_header_is_required(fake: FakeAPI, version: str | None) -> None:
    headers = {"Authorization": "Bearer test-token"} | ({"x-extend-api-version": version} if version else {})
    with httpx.Client(base_url="http://fake", transport=fake.transport) as client:
        body = assert_api_error(client.get("/evaluation_sets", headers=headers), 400, "INVALID_REQUEST")
    assert "x-extend-api-version" in body["message"]


def test_every_response_carries_a_request_id(client: httpx.Client) -> None:
    first, second = client.get("/evaluation_sets"), client.get("/evaluation_sets")
    assert first.headers["x-extend-request-id"].startswith("req_")
    assert first.headers["x-extend-request-id"] != second.headers["x-extend-request-id"]


# ---------------------------------------------------------------------- seeds


def test_seeded_processors_versions_and_files(fake: FakeAPI) -> None:
    extend = fake.extend
    assert extend.extractor_id.startswith("ex_")
    assert extend.classifier_id.startswith("cl_")
    assert extend.splitter_id.startswith("spl_")
    assert extend.version_id(extend.extractor_id, "draft").startswith("exv_")
    assert extend.version_id(extend.classifier_id, "1.0").startswith("clv_")
    assert extend.version_id(extend.splitter_id).startswith("splv_")
    assert len(extend.file_ids) == 500
    assert all(file_id.startswith("file_") for file_id in extend.file_ids)


def test_the_same_seed_gives_the_same_ids() -> None:
    assert FakeAPI(seed=7).extend.file_ids == FakeAPI(seed=7).extend.file_ids
    assert FakeAPI(seed=7).extend.extractor_id != FakeAPI(seed=8).extend.extractor_id


# ---------------------------------------------------------------------- evaluation sets


def test_create_get_and_list_sets_filtered_by_entity(client: httpx.Client, fake: FakeAPI) -> None:
    extractor_set = make_set(client, fake.extend.extractor_id, "Invoices")
    make_set(client, fake.extend.classifier_id, "Mailroom")
    got = client.get(f"/evaluation_sets/{extractor_set}").json()
    assert got["object"] == "evaluation_set"
    assert got["id"].startswith("ev_")
    assert (got["name"], got["description"]) == ("Invoices", "")
    assert got["entity"]["object"] == "extractor"
    assert got["entity"]["id"] == fake.extend.extractor_id
    assert [row["name"] for row in walk(client, "/evaluation_sets")] == ["Mailroom", "Invoices"]  # newest first
    filtered = walk(client, "/evaluation_sets", entityId=fake.extend.extractor_id)
    assert [row["id"] for row in filtered] == [extractor_set]
    assert walk(client, "/evaluation_sets", entityId="ex_unknown") == []


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"entityId": "ex_x"}, 400, "INVALID_REQUEST"),
        ({"name": "", "entityId": "ex_x"}, 400, "INVALID_REQUEST"),
        ({"name": 5, "entityId": "ex_x"}, 400, "INVALID_REQUEST"),
        ({"name": "s", "entityId": "ex_x", "description": None}, 400, "INVALID_REQUEST"),
        ({"name": "s", "entityId": "ex_unknown"}, 404, "NOT_FOUND"),
        ([], 400, "INVALID_REQUEST"),
    ],
)
def test_create_set_refusals(client: httpx.Client, body: object, status: int, code: str) -> None:
    assert_api_error(client.post("/evaluation_sets", json=body), status, code)


def test_malformed_json_is_400_never_500(client: httpx.Client) -> None:
    for content in (b"{", b"", b"\xff\xfe", b'{"name": NaN}', b'{"name": 1e400}', b"[" * 100_000):
        assert_api_error(client.post("/evaluation_sets", content=content), 400, "INVALID_REQUEST")


@pytest.mark.parametrize(
    "path", ["/evaluation_sets/ev_nope", "/evaluation_set_runs/bpr_nope", "/batch_processor_runs/x"]
)
def test_unknown_ids_are_404_not_found(client: httpx.Client, path: str) -> None:
    assert_api_error(client.get(path), 404, "NOT_FOUND")


# ---------------------------------------------------------------------- items


def test_item_lifecycle_single_and_multifile(client: httpx.Client, fake: FakeAPI) -> None:
    set_id = make_set(client, fake.extend.extractor_id)
    files = fake.extend.file_ids
    created = client.post(
        f"/evaluation_sets/{set_id}/items",
        json={
            "items": [
                {"fileId": files[0], "expectedOutput": {"value": {"total": 10}}},
                {"fileIds": [files[1], files[2]], "expectedOutput": {"value": {"total": 20}}},
            ]
        },
    )
    assert created.status_code == 200, created.text
    single, multi = created.json()["evaluationSetItems"]
    assert single["id"].startswith("evi_")
    assert single["evaluationSetId"] == set_id
    assert single["file"]["id"] == files[0]
    assert single["file"]["type"] == "PDF"
    assert single["file"]["metadata"]["pageCount"] >= 1
    assert single["files"] is None
    assert multi["file"] is None
    assert [f["id"] for f in multi["files"]] == [files[1], files[2]]

    path = f"/evaluation_sets/{set_id}/items/{single['id']}"
    assert client.get(path).json()["expectedOutput"] == {"value": {"total": 10}}
    updated = client.post(path, json={"expectedOutput": {"value": {"total": 11}}})
    assert updated.json()["expectedOutput"] == {"value": {"total": 11}}
    assert client.delete(path).json() == {"id": single["id"]}
    assert_api_error(client.get(path), 404, "NOT_FOUND")
    assert_api_error(client.delete(path), 404, "NOT_FOUND")
    assert [row["id"] for row in walk(client, f"/evaluation_sets/{set_id}/items")] == [multi["id"]]


def _item(file_id: str = "F0", **extra: Any) -> dict[str, Any]:
    return {"fileId": file_id, "expectedOutput": {"value": {"a": 1}}} | extra


@pytest.mark.parametrize(
    ("items", "status"),
    [
        ([], 400),
        ([_item()] * (MAX_ITEMS + 1), 400),
        ([{"expectedOutput": {"value": {}}}], 400),  # neither fileId nor fileIds
        ([_item(fileIds=["F1", "F2"])], 400),  # both
        ([{"fileIds": ["F1"], "expectedOutput": {"value": {}}}], 400),  # fewer than 2
        ([{"fileIds": [f"F{n}" for n in range(51)], "expectedOutput": {"value": {}}}], 400),  # more than 50
        ([{"fileIds": ["F1", "F1"], "expectedOutput": {"value": {}}}], 400),  # repeated
        ([{"fileId": 3, "expectedOutput": {"value": {}}}], 400),
        ([{"fileId": "F0"}], 400),  # no expectedOutput
        ([_item(expectedOutput="text")], 400),
        ([_item(expectedOutput={"id": "invoice", "type": "invoice"})], 422),  # a classification, extractor set
        ([_item(file_id="file_unknown")], 404),
    ],
)
def test_create_items_refusals(client: httpx.Client, fake: FakeAPI, items: list[dict[str, Any]], status: int) -> None:
    set_id = make_set(client, fake.extend.extractor_id)
    names = {f"F{n}": file_id for n, file_id in enumerate(fake.extend.file_ids[:51])}
    for item in items:
        if isinstance(item.get("fileId"), str):
            item["fileId"] = names.get(item["fileId"], item["fileId"])
        if "fileIds" in item:
            item["fileIds"] = [names[name] for name in item["fileIds"]]
    response = client.post(f"/evaluation_sets/{set_id}/items", json={"items": items})
    assert_api_error(response, status, {400: "INVALID_REQUEST", 404: "NOT_FOUND", 422: "INVALID_REQUEST"}[status])
    assert walk(client, f"/evaluation_sets/{set_id}/items") == []  # all or nothing


def test_expected_output_must_fit_the_processor(client: httpx.Client, fake: FakeAPI) -> None:
    files = fake.extend.file_ids
    classifier_set = make_set(client, fake.extend.classifier_id)
    splitter_set = make_set(client, fake.extend.splitter_id)
    ok_classify = {"fileId": files[0], "expectedOutput": {"id": "invoice", "type": "invoice", "confidence": 1}}
    split = {"splits": [{"classificationId": "a", "type": "a", "startPage": 1, "endPage": 2}]}
    assert client.post(f"/evaluation_sets/{classifier_set}/items", json={"items": [ok_classify]}).status_code == 200
    assert client.post(
        f"/evaluation_sets/{splitter_set}/items", json={"items": [{"fileId": files[0], "expectedOutput": split}]}
    ).is_success
    multifile = {"fileIds": files[:2], "expectedOutput": {"id": "a", "type": "a"}}
    assert_api_error(
        client.post(f"/evaluation_sets/{classifier_set}/items", json={"items": [multifile]}), 422, "INVALID_REQUEST"
    )
    bad_split = {"splits": [{"classificationId": "a", "type": "a", "startPage": "1", "endPage": 2}]}
    response = client.post(
        f"/evaluation_sets/{splitter_set}/items", json={"items": [{"fileId": files[0], "expectedOutput": bad_split}]}
    )
    assert_api_error(response, 422, "INVALID_REQUEST")


# ---------------------------------------------------------------------- pagination


@pytest.mark.parametrize("sort_by", ["createdAt", "updatedAt"])
@pytest.mark.parametrize("sort_dir", ["asc", "desc"])
def test_item_pages_cover_every_item_once_in_order(
    client: httpx.Client, fake: FakeAPI, sort_by: str, sort_dir: str
) -> None:
    set_id = fake.extend.seed_set()
    created = fake.extend.seed_items(set_id, 23)
    rows = walk(client, f"/evaluation_sets/{set_id}/items", maxPageSize=5, sortBy=sort_by, sortDir=sort_dir)
    assert [row["id"] for row in rows] == (created if sort_dir == "asc" else created[::-1])
    assert all(set(row) == {"object", "id", "file", "files", "createdBy"} for row in rows)  # summaries


def test_pages_default_to_ten_and_the_last_page_has_no_token(client: httpx.Client, fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 20)
    first = client.get(f"/evaluation_sets/{set_id}/items").json()
    assert len(first["data"]) == 10
    second = client.get(f"/evaluation_sets/{set_id}/items", params={"nextPageToken": first["nextPageToken"]}).json()
    assert len(second["data"]) == 10
    assert "nextPageToken" not in second


def test_updating_an_item_moves_it_to_the_front_of_updated_at_desc(client: httpx.Client, fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    oldest = fake.extend.seed_items(set_id, 5)[0]
    client.post(f"/evaluation_sets/{set_id}/items/{oldest}", json={"expectedOutput": {"value": {"x": 1}}})
    assert walk(client, f"/evaluation_sets/{set_id}/items")[0]["id"] == oldest
    assert walk(client, f"/evaluation_sets/{set_id}/items", sortBy="createdAt")[-1]["id"] == oldest


@pytest.mark.parametrize(
    "params",
    [
        {"maxPageSize": "0"},
        {"maxPageSize": str(MAX_PAGE + 1)},
        {"maxPageSize": "ten"},
        {"sortBy": "name"},
        {"sortDir": "up"},
        {"nextPageToken": "garbage"},
        {"nextPageToken": "eA==:é"},  # non-ASCII where the signature goes
        {"nextPageToken": base64.b64encode(b"x|updatedAt|desc|1").decode() + ":forged"},
    ],
)
def test_bad_list_parameters_are_400(client: httpx.Client, fake: FakeAPI, params: dict[str, str]) -> None:
    set_id = fake.extend.seed_set()
    assert_api_error(client.get(f"/evaluation_sets/{set_id}/items", params=params), 400, "INVALID_REQUEST")


def test_a_token_only_works_with_its_own_query(client: httpx.Client, fake: FakeAPI) -> None:
    set_id, other_set = fake.extend.seed_set(), fake.extend.seed_set()
    fake.extend.seed_items(set_id, 3)
    token = client.get(f"/evaluation_sets/{set_id}/items", params={"maxPageSize": 1}).json()["nextPageToken"]
    changed_sort = {"maxPageSize": 1, "nextPageToken": token, "sortDir": "asc"}
    assert_api_error(client.get(f"/evaluation_sets/{set_id}/items", params=changed_sort), 400, "INVALID_REQUEST")
    other_list = {"nextPageToken": token}
    assert_api_error(client.get(f"/evaluation_sets/{other_set}/items", params=other_list), 400, "INVALID_REQUEST")


def test_a_hundred_thousand_items_page_through_without_loss(client: httpx.Client, fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 100_000)
    rows = walk(client, f"/evaluation_sets/{set_id}/items", maxPageSize=MAX_PAGE)
    assert len({row["id"] for row in rows}) == 100_000


# ---------------------------------------------------------------------- runs


def test_an_extraction_run_progresses_on_the_clock(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    set_id = fake.extend.seed_set(fake.extend.extractor_id)
    fake.extend.seed_items(set_id, 40)
    created = client.post("/evaluation_set_runs", json={"evaluationSetId": set_id})
    assert created.status_code == 200
    run = created.json()
    assert run["id"].startswith("bpr_")
    assert run["status"] == "PENDING"
    assert run["entityVersion"]["version"] == "draft"  # no entity: the set's processor, draft
    assert run["metrics"] == {
        "type": "EXTRACT",
        "numFilesTotal": 40,
        "numFilesProcessed": 0,
        "numFiles": 0,
        "numPages": 0,
    }

    seen = []
    for _ in range(10):
        clock.advance(1.0)
        view = client.get(f"/evaluation_set_runs/{run['id']}").json()
        seen.append((view["status"], view["metrics"]["numFilesProcessed"]))
    statuses = [status for status, _ in seen]
    processed = [count for _, count in seen]
    assert statuses[0] == "PROCESSING"
    assert statuses[-1] == "PROCESSED"
    assert processed == sorted(processed)
    assert processed[-1] == 40
    assert 0 < processed[4] < 40
    metrics = view["metrics"]
    assert 0 < metrics["accuracy"] <= 1
    assert set(metrics["fieldMetrics"]) >= {"vendor_name", "invoice_number", "total", "line_items.amount", "notes"}
    notes = metrics["fieldMetrics"]["notes"]  # always null in the seeded outputs
    assert notes["countExpected"] == 0
    assert "accuracy" not in notes
    amount = metrics["fieldMetrics"]["line_items.amount"]
    assert amount["countTotal"] == 80  # two line items per file
    assert amount["accuracy"] == round(amount["countAccurate"] / amount["countExpected"], 4)


def test_metrics_are_deterministic(fake: FakeAPI, clock: ManualClock) -> None:
    def final_metrics(api: FakeAPI) -> dict[str, Any]:
        set_id = api.extend.seed_set()
        api.extend.seed_items(set_id, 30)
        run_id = api.extend.seed_run(set_id, duration=0)
        metrics: dict[str, Any] = json.loads(api.handle("GET", f"/evaluation_set_runs/{run_id}", headers=HEADERS).body)[
            "metrics"
        ]
        return metrics

    assert final_metrics(fake) == final_metrics(FakeAPI(clock=clock))


@pytest.mark.parametrize(
    ("kind", "metrics_type", "keys"),
    [
        ("classifier", "CLASSIFY", {"accuracy", "classificationMetrics"}),
        (
            "splitter",
            "SPLITTER",
            {"precision", "recall", "f1", "numSplitsExpected", "numSplitsPredicted", "numSplitsCorrect"},
        ),
    ],
)
def test_metrics_follow_the_processor_kind(
    client: httpx.Client, fake: FakeAPI, kind: str, metrics_type: str, keys: set[str]
) -> None:
    processor_id = getattr(fake.extend, f"{kind}_id")
    set_id = fake.extend.seed_set(processor_id)
    fake.extend.seed_items(set_id, 25)
    run_id = fake.extend.seed_run(set_id, duration=0)
    run = client.get(f"/evaluation_set_runs/{run_id}").json()
    assert run["entity"]["object"] == kind
    assert run["entityVersion"]["object"] == f"{kind}_version"
    assert run["metrics"]["type"] == metrics_type
    assert keys <= set(run["metrics"])
    if kind == "classifier":
        for counts in run["metrics"]["classificationMetrics"].values():
            assert set(counts) == {"countExpected", "countPredicted", "countCorrect", "precision", "recall", "f1"}


def test_run_with_an_entity_version_and_a_subset(client: httpx.Client, fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    items = fake.extend.seed_items(set_id, 5)
    body = {"evaluationSetId": set_id, "entity": {"id": fake.extend.extractor_id}, "evaluationSetItemIds": items[:2]}
    run = client.post("/evaluation_set_runs", json=body).json()
    assert run["entityVersion"]["version"] == "1.0"  # entity without version: newest published
    assert run["entityVersion"]["id"] == fake.extend.version_id(fake.extend.extractor_id, "1.0")
    assert run["metrics"]["numFilesTotal"] == 2
    body["entity"] = {"id": fake.extend.extractor_id, "version": "latest"}
    assert client.post("/evaluation_set_runs", json=body).json()["entityVersion"]["version"] == "1.0"


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"entity": {"id": "ex_unknown"}}, 404),
        ({"entity": {"id": "EXTRACTOR", "version": "9.9"}}, 404),
        ({"entity": {"id": "CLASSIFIER"}}, 400),
        ({"entity": "ex"}, 400),
        ({"evaluationSetItemIds": ["evi_unknown"]}, 404),
        ({"evaluationSetItemIds": "all"}, 400),
        ({"evaluationSetItemIds": []}, 400),
        ({"evaluationSetId": "ev_unknown"}, 404),
        ({"evaluationSetId": 4}, 400),
    ],
)
def test_create_run_refusals(client: httpx.Client, fake: FakeAPI, change: dict[str, Any], status: int) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 2)
    body: dict[str, Any] = {"evaluationSetId": set_id} | change
    if isinstance(body.get("entity"), dict):
        names = {"EXTRACTOR": fake.extend.extractor_id, "CLASSIFIER": fake.extend.classifier_id}
        body["entity"]["id"] = names.get(body["entity"]["id"], body["entity"]["id"])
    assert_api_error(
        client.post("/evaluation_set_runs", json=body), status, "NOT_FOUND" if status == 404 else "INVALID_REQUEST"
    )


def test_a_set_without_items_cannot_run(client: httpx.Client, fake: FakeAPI) -> None:
    response = client.post("/evaluation_set_runs", json={"evaluationSetId": fake.extend.seed_set()})
    assert_api_error(response, 400, "INVALID_REQUEST")


def test_failing_and_cancelled_runs(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 10)
    fake.extend.fail_runs()
    failing = client.post("/evaluation_set_runs", json={"evaluationSetId": set_id}).json()["id"]
    fake.extend.fail_runs(False)
    cancelled = fake.extend.seed_run(set_id)
    fake.extend.set_run_outcome(cancelled, "CANCELLED")
    clock.advance(10)
    failed_view = client.get(f"/evaluation_set_runs/{failing}").json()
    assert failed_view["status"] == "FAILED"
    assert 0 < failed_view["metrics"]["numFilesProcessed"] < 10
    assert "accuracy" not in failed_view["metrics"]
    assert client.get(f"/evaluation_set_runs/{cancelled}").json()["status"] == "CANCELLED"
    legacy = client.get(f"/batch_processor_runs/{cancelled}").json()["batchProcessorRun"]
    assert legacy["status"] == "FAILED"  # the legacy enum has no CANCELLED


def test_the_legacy_view_of_a_run(client: httpx.Client, fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 3)
    run_id = fake.extend.seed_run(set_id, duration=0)
    body = client.get(f"/batch_processor_runs/{run_id}").json()
    assert body["success"] is True
    legacy = body["batchProcessorRun"]
    assert legacy["object"] == "batch_processor_run"
    assert (legacy["id"], legacy["status"], legacy["source"], legacy["sourceId"]) == (
        run_id,
        "PROCESSED",
        "EVAL_SET",
        set_id,
    )
    assert legacy["processorId"] == fake.extend.extractor_id
    assert legacy["processorName"] == "Invoice Extractor"
    assert legacy["runCount"] == 3
    assert set(legacy["metrics"]) == {"numFiles", "numPages"}
