"""The fake's answers conform to the specs in every run state, and the conformance check itself can fail.

Runs are driven through every status their spec's enum names (the enums come from the generated
spec facts, so a status added to a spec is a status these tests must reach), on a `ManualClock`,
and every answer on the way is checked explicitly with `SpecBook.check` - besides the session-wide
`ResponseWatch` that checks every answer of every test.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterator
from typing import Any

import pytest
from _conformance import ResponseWatch, SpecBook

from bland_evals_client import _spec as bland_spec
from evalclient.testing import FakeAPI, FakeResponse, Fault, ManualClock
from evalclient.testing._bland_runs import OUTCOMES as BLAND_OUTCOMES
from evalclient.testing._extend_runs import OUTCOMES as EXTEND_OUTCOMES
from evalclient.testing._extend_runs import ExtendRun
from extend_evals_client import _spec as extend_spec

pytestmark = pytest.mark.unit

EXTEND = {"authorization": "Bearer test-token", "x-extend-api-version": extend_spec.API_VERSION}
BLAND = {"authorization": "test-token"}
DURATION = 100.0
# Clock readings (shares of DURATION) that land in each stage of both fakes' timelines:
# Extend PENDING < 10 % <= PROCESSING; Bland PENDING < 5 % <= QUEUED < 10 % <= RUNNING; then the end.
STEPS = (0.0, 0.07, 0.3, 0.45, 1.0)


class Checked:
    """Sends requests to the fake's core and checks each answer against the specs."""

    def __init__(self, book: SpecBook, fake: FakeAPI) -> None:
        self.book, self.fake = book, fake
        self.problems: list[str] = []

    def send(self, method: str, path: str, body: object = None) -> Any:
        headers = BLAND if path.startswith("/v1/") else EXTEND
        encoded = b"" if body is None else json.dumps(body).encode()
        response = self.fake.handle(method, path, headers={**headers, "content-type": "application/json"}, body=encoded)
        self.problems += self.book.check(method, path.partition("?")[0], response)
        return json.loads(response.body)

    def assert_conforms(self) -> None:
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture(scope="module")
def book() -> SpecBook:
    return SpecBook()


@pytest.fixture
def checked(book: SpecBook, fake: FakeAPI) -> Iterator[Checked]:
    session = Checked(book, fake)
    yield session
    session.assert_conforms()


def test_extend_runs_conform_in_every_status_for_every_processor_kind(
    checked: Checked, fake: FakeAPI, clock: ManualClock
) -> None:
    extend = fake.extend
    processors = fake.manifest()["extend"]["processors"]
    statuses: set[str] = set()
    legacy_statuses: set[str] = set()
    for kind, (processor, *_) in processors.items():  # one set per kind: each has its own metrics variant
        set_id = extend.seed_set(processor["id"], name=f"{kind} set")
        extend.seed_items(set_id, 12)
        created = checked.send("POST", "/evaluation_set_runs", {"evaluationSetId": set_id})
        statuses.add(created["status"])
        started = clock()
        runs = {outcome: extend.seed_run(set_id, duration=DURATION, outcome=outcome) for outcome in EXTEND_OUTCOMES}
        for step in STEPS:
            clock.advance(started + step * DURATION - clock())
            for run_id in runs.values():
                statuses.add(checked.send("GET", f"/evaluation_set_runs/{run_id}")["status"])
                legacy = checked.send("GET", f"/batch_processor_runs/{run_id}")
                legacy_statuses.add(legacy["batchProcessorRun"]["status"])
        checked.send("GET", f"/evaluation_set_runs/{created['id']}")
    assert statuses == set(extend_spec.ENUMS["BatchRunStatus"])
    assert legacy_statuses == set(extend_spec.ENUMS["LegacyBatchProcessorRunStatus"])


def test_bland_runs_and_their_results_conform_in_every_status(
    checked: Checked, fake: FakeAPI, clock: ManualClock
) -> None:
    bland = fake.bland
    calls = bland.call_ids[:6]
    roster = [{"eval_agent_id": agent_id} for agent_id in bland.agent_ids]
    started = clock()
    runs = {}
    for outcome in BLAND_OUTCOMES:
        runs[outcome] = bland.seed_run(calls, duration=DURATION, outcome=outcome, pass_threshold_pct=50)
    setup_run = checked.send(
        "POST",
        "/v1/evals/runs",
        {
            "call_ids": calls,
            "workbench_setup_id": bland.workbench_setup_id,
            "workbench_setup_version_id": bland.workbench_setup_version_id,
            "metadata": {"source": "conformance"},
        },
    )["data"]
    runs["setup"] = setup_run["id"]
    runs["cancelled while pending"] = bland.seed_run(calls, duration=DURATION)
    runs["cancelled while running"] = bland.seed_run(calls, duration=DURATION)
    checked.send("POST", "/v1/evals/runs/estimates", {"call_ids": calls, "attached_agents": roster})
    statuses = {setup_run["status"]}
    for step in STEPS:
        clock.advance(started + step * DURATION - clock())
        cancel = {0.0: "cancelled while pending", 0.45: "cancelled while running"}.get(step)
        if cancel is not None:
            statuses.add(checked.send("POST", f"/v1/evals/runs/{runs[cancel]}/cancellations")["data"]["status"])
        for run_id in runs.values():
            statuses.add(checked.send("GET", f"/v1/evals/runs/{run_id}")["data"]["status"])
            checked.send("GET", f"/v1/evals/runs/{run_id}/call-results?include_agent_results=true&limit=100")
            checked.send("GET", f"/v1/evals/runs/{run_id}/agent-results?limit=100")
            checked.send("GET", f"/v1/evals/runs/{run_id}/agent-snapshots")
        listed = checked.send("GET", "/v1/evals/runs?limit=100")["data"]["data"]
        statuses.update(run["status"] for run in listed)
        checked.send("GET", "/v1/evals/agents")
        checked.send("GET", "/v1/evals/workbench-setups")
    # An ended run cannot be cancelled: the refusal conforms too.
    checked.send("POST", f"/v1/evals/runs/{runs['COMPLETE']}/cancellations")
    assert statuses == set(bland_spec.ENUMS["RunStatus"])


def test_refusals_and_the_catalogue_conform(checked: Checked, fake: FakeAPI) -> None:
    bland = fake.bland
    agent_id = bland.agent_ids[0]
    checked.send("GET", "/v1/evals/status")
    checked.send("GET", f"/v1/evals/agents/{agent_id}")
    checked.send("GET", "/v1/evals/agent-templates")
    checked.send("GET", "/v1/evals/runs/00000000-0000-4000-8000-000000000000")  # 404
    checked.send("POST", "/v1/evals/runs", {"call_ids": []})  # 400
    checked.send("GET", "/v1/evals/no-such-thing")  # no operation: the vendor's error shape
    checked.send("GET", "/evaluation_sets?maxPageSize=0")  # 400
    checked.send("GET", "/evaluation_set_runs/bpr_missing")  # 404
    checked.send("DELETE", "/evaluation_set_runs/bpr_missing")  # 405: no operation, still the error shape
    bland.evals_enabled = False
    checked.send("GET", "/v1/evals/status")
    checked.send("GET", "/v1/evals/runs")  # 404 EVALS_DISABLED


def test_a_nonconforming_answer_names_operation_status_and_schema_keyword(book: SpecBook, fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 1)
    run_id = fake.extend.seed_run(set_id)
    fake.faults.add("GET /evaluation_set_runs/{id}", Fault.patch({"status": "ARCHIVED"}))
    response = fake.handle("GET", f"/evaluation_set_runs/{run_id}", headers=EXTEND)

    [problem] = book.check("GET", f"/evaluation_set_runs/{run_id}", response)

    assert "extend.yaml getEvaluationSetRun (GET /evaluation_set_runs/{id}) HTTP 200" in problem
    assert 'body[\'status\']: "ARCHIVED" is not one of "PENDING", "PROCESSING"' in problem
    assert "schema #/components/schemas/BatchRunStatus/enum" in problem


def test_an_undocumented_status_or_media_type_or_error_shape_is_reported(book: SpecBook) -> None:
    json_headers = (("content-type", "application/json"),)
    teapot = FakeResponse(418, json_headers, b"{}")
    [undocumented] = book.check("GET", "/v1/evals/agents", teapot)
    assert "listEvalAgents (GET /v1/evals/agents) answered HTTP 418, which it does not document" in undocumented

    html = FakeResponse(200, (("content-type", "text/html"),), b"<html></html>")
    [media] = book.check("GET", "/v1/evals/agents", html)
    assert "content type 'text/html'" in media

    wrong_error = FakeResponse(404, json_headers, b'{"error": "gone"}')
    [unrouted] = book.check("GET", "/evaluation_sets/ev_1/nothing", wrong_error)
    assert "extend.yaml, no operation for GET /evaluation_sets/ev_1/nothing: HTTP 404 does not conform" in unrouted
    assert '"code" is a required property' in unrouted


def test_the_watch_fails_the_test_that_caused_a_bad_answer_and_spares_scripted_faults(
    response_watch: ResponseWatch, fake: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 1)
    run_id = fake.extend.seed_run(set_id)
    path = f"/evaluation_set_runs/{run_id}"
    fake.faults.add("GET /evaluation_set_runs/{id}", Fault.patch({"metrics": "scripted"}))
    fake.faults.add("GET /evaluation_set_runs/{id}", Fault.status(503))
    fake.handle("GET", path, headers=EXTEND)
    fake.handle("GET", path, headers=EXTEND)
    assert response_watch.drain() == []  # both answers were what the test scripted

    original = ExtendRun.view
    monkeypatch.setattr(ExtendRun, "view", lambda run, *args: {**original(run, *args), "createdAt": "yesterday"})
    fake.handle("GET", path, headers=EXTEND)

    [problem] = response_watch.drain()  # drained here, so this test passes; otherwise it would fail
    assert "getEvaluationSetRun (GET /evaluation_set_runs/{id}) HTTP 200 does not conform" in problem
    assert 'body[\'createdAt\']: "yesterday" is not a "date-time"' in problem
    assert "schema #/components/schemas/EvaluationSetRun/properties/createdAt/format" in problem


def test_the_watch_counts_what_it_checked_and_what_no_spec_declares(
    response_watch: ResponseWatch, fake: FakeAPI
) -> None:
    agent_id = fake.bland.agent_ids[0]
    operation = "bland.yaml getEvalAgent (GET /v1/evals/agents/{eval_agent_id})"
    checked_before = response_watch.checked[operation, 200]
    # Every route the fake serves is in a spec now (#13): a route served ahead of its spec is shown
    # to the watch directly. It has no schema to judge by, so it is counted, not judged.
    unspecified = "GET /v1/evals/next-feature"
    unspecified_before = response_watch.unspecified[unspecified]

    fake.handle("GET", f"/v1/evals/agents/{agent_id}", headers=BLAND)
    response_watch.observe(
        "GET", "/v1/evals/next-feature", FakeResponse(200, (("content-type", "application/json"),), b"{}")
    )

    assert response_watch.checked[operation, 200] == checked_before + 1
    assert response_watch.unspecified[unspecified] == unspecified_before + 1
    assert response_watch.drain() == []


def test_every_spec_in_the_folder_is_read_so_a_new_one_needs_no_list(tmp_path: pathlib.Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "third", "version": "1"},
        "paths": {
            "/v2/widgets/{id}": {
                "get": {
                    "operationId": "getWidget",
                    "responses": {
                        "200": {
                            "description": "a widget",
                            "headers": {"x-widget-version": {"required": True, "schema": {"type": "string"}}},
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {"Widget": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}}
        },
    }
    (tmp_path / "third.yaml").write_text(json.dumps(spec), encoding="utf-8")  # JSON is YAML
    book = SpecBook(tmp_path)
    answer = FakeResponse(200, (("content-type", "application/json"),), b'{"id": "w1"}')

    problems = book.check("GET", "/v2/widgets/w1", answer)

    assert problems == [
        "third.yaml getWidget (GET /v2/widgets/{id}) HTTP 200: the required header x-widget-version is missing"
        " (#/paths/~1v2~1widgets~1{id}/get/responses/200/headers)",
        "third.yaml getWidget (GET /v2/widgets/{id}) HTTP 200 does not conform: body['id']: \"w1\" is not of type"
        ' "integer"; schema #/components/schemas/Widget/properties/id/type',
    ]
