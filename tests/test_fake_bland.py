"""The fake Bland evals API through the in-process transport, with a manual clock."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

from evalclient.testing import FakeAPI, ManualClock
from spec_support import property_limit, query_limit

pytestmark = pytest.mark.unit

MAX_LIMIT = query_limit("bland", "listEvalRuns", "limit", "maximum")
MAX_CALLS = property_limit("bland", "CreateEvalRunRequest", "call_ids", "maxItems")
MAX_AGENTS = property_limit("bland", "CreateEvalRunRequest", "attached_agents", "maxItems")
MAX_WEIGHT = property_limit("bland", "AttachedAgent", "weight", "maximum")

HEADERS = {"authorization": "test-token"}


@pytest.fixture
def client(fake_http: Callable[[Mapping[str, str]], httpx.Client]) -> httpx.Client:
    return fake_http(HEADERS)


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["errors"] is None
    return body["data"]


def assert_bland_error(response: httpx.Response, status: int, code: str | None = None) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["data"] is None
    [error] = body["errors"]
    assert error["message"]
    if code is not None:
        assert error["code"] == code
    message: str = error["message"]
    return message


def create_run(client: httpx.Client, fake: FakeAPI, calls: int = 4, **extra: Any) -> dict[str, Any]:
    body = {
        "call_ids": fake.bland.call_ids[:calls],
        "attached_agents": [{"eval_agent_id": a} for a in fake.bland.agent_ids],
    }
    run: dict[str, Any] = data(client.post("/v1/evals/runs", json=body | extra))
    return run


def walk(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = data(client.get(path, params=dict(params, **({"starting_after": cursor} if cursor else {}))))
        assert page["object"] == "list"
        rows.extend(page["data"])
        if not page["has_more"]:
            assert page["next_cursor"] is None
            return rows
        cursor = page["next_cursor"]


# ---------------------------------------------------------------------- auth, status, seeds


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer test-token"}, {"authorization": "wrong"}])
def test_a_missing_or_wrong_key_is_401(fake: FakeAPI, headers: dict[str, str]) -> None:
    with httpx.Client(base_url="http://fake", transport=fake.transport) as client:
        assert_bland_error(client.get("/v1/evals/agents", headers=headers), 401, "UNAUTHORIZED")


def test_evals_status_and_the_feature_gate(client: httpx.Client, fake: FakeAPI) -> None:
    assert data(client.get("/v1/evals/status")) == {"enabled": True, "gate": "evals_enabled", "reason": None}
    fake.bland.evals_enabled = False
    assert data(client.get("/v1/evals/status"))["enabled"] is False
    assert_bland_error(client.get("/v1/evals/runs"), 404, "EVALS_DISABLED")


def test_seeded_calls_agents_templates_and_setups(client: httpx.Client, fake: FakeAPI) -> None:
    bland = fake.bland
    assert len(bland.call_ids) == 200
    agents = walk(client, "/v1/evals/agents", limit=2)
    assert [agent["id"] for agent in agents if agent["active_version_id"]] == bland.agent_ids
    assert {agent["modality"] for agent in agents} == {"text", "audio"}
    [draft] = [agent for agent in agents if agent["active_version_id"] is None]
    assert draft["id"] == bland.draft_agent_id
    assert draft["active_version_number"] is None
    templates = walk(client, "/v1/evals/agent-templates", limit=1)
    assert [template["key"] for template in templates] == bland.template_keys
    setups = walk(client, "/v1/evals/workbench-setups")
    assert setups[0]["id"] == bland.workbench_setup_id
    assert setups[0]["active_version_id"] == bland.workbench_setup_version_id
    assert setups[0]["attached_agent_count"] == 2
    assert bland.seed_calls(3) == bland.call_ids[-3:]


def test_get_an_agent_and_its_versions(client: httpx.Client, fake: FakeAPI) -> None:
    agent_id = fake.bland.agent_ids[0]
    detail = data(client.get(f"/v1/evals/agents/{agent_id}"))
    assert detail["agent"]["id"] == agent_id
    assert detail["current_version"]["state"] == "editable"
    published, draft = fake.bland.agent_version_ids(agent_id)
    assert detail["agent"]["active_version_id"] == published
    assert detail["current_version"]["id"] == draft
    version = data(client.get(f"/v1/evals/agents/{agent_id}/versions/{published}"))
    assert (version["state"], version["version_number"]) == ("archived", 1)
    assert_bland_error(client.get(f"/v1/evals/agents/{agent_id}/versions/nope"), 404, "EVAL_AGENT_VERSION_NOT_FOUND")
    assert_bland_error(client.get("/v1/evals/agents/nope"), 404, "EVAL_AGENT_NOT_FOUND")
    setup = fake.bland.workbench_setup_id
    pinned = data(client.get(f"/v1/evals/workbench-setups/{setup}/versions/{fake.bland.workbench_setup_version_id}"))
    assert pinned["pass_threshold_pct"] == 80


# ---------------------------------------------------------------------- runs


def test_a_run_goes_pending_queued_running_complete(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    run = create_run(client, fake, calls=6, pass_threshold_pct=50, metadata={"pipeline": "ci"})
    assert run["status"] == "PENDING"
    assert (run["summary"], run["started_at"], run["completed_at"], run["billable_cost_usd"]) == (
        None,
        None,
        None,
        None,
    )
    assert (run["resolved_call_count"], run["resolved_agent_count"], run["resolved_atom_count"]) == (6, 3, 18)
    assert run["triggered_by"] == "manual"
    assert run["run_mode"] == "text"
    assert run["metadata"] == {"pipeline": "ci"}
    assert [agent["eval_agent_id"] for agent in run["submitted_attached_agents"]] == fake.bland.agent_ids

    clock.advance(0.7)
    assert data(client.get(f"/v1/evals/runs/{run['id']}"))["status"] == "QUEUED"
    progress = []
    for _ in range(10):
        clock.advance(1)
        view = data(client.get(f"/v1/evals/runs/{run['id']}"))
        progress.append((view["status"], view["completed_atom_count"]))
    assert progress[0][0] == "RUNNING"
    assert [count for _, count in progress] == sorted(count for _, count in progress)
    assert progress[-1] == ("COMPLETE", 18)
    assert view["started_at"] is not None
    assert view["completed_at"] is not None
    summary = view["summary"]
    assert 0 <= summary["overall_score_mean"] <= 100
    assert summary["audio_score_mean"] is None  # run_mode text
    assert summary["successful_call_count"] == 6
    assert summary["pass_threshold_pct"] == 50
    assert isinstance(summary["overall_pass"], bool)
    assert view["billable_cost_usd"] > 0


def test_without_a_threshold_overall_pass_is_null(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    run = create_run(client, fake)
    clock.advance(10)
    assert data(client.get(f"/v1/evals/runs/{run['id']}"))["summary"]["overall_pass"] is None


def test_a_workbench_setup_supplies_the_roster(client: httpx.Client, fake: FakeAPI) -> None:
    bland = fake.bland
    body = {
        "call_ids": bland.call_ids[:2],
        "workbench_setup_id": bland.workbench_setup_id,
        "workbench_setup_version_id": bland.workbench_setup_version_id,
        "triggered_by": "auto",
    }
    run = data(client.post("/v1/evals/runs", json=body))
    assert run["resolved_agent_count"] == 2
    assert [agent["weight"] for agent in run["submitted_attached_agents"]] == [70, 30]
    assert run["workbench_setup_id"] == bland.workbench_setup_id
    estimate = data(client.post("/v1/evals/runs/estimates", json=body))
    assert estimate["resolved_atom_count"] == 4
    assert estimate["estimated_cost_usd_cents"] > 0


def _agents(fake: FakeAPI, count: int = 1) -> list[dict[str, Any]]:
    return [{"eval_agent_id": fake.bland.agent_ids[0]}] * count


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"call_ids": None}, 400, None),
        ({"call_ids": []}, 400, None),
        ({"call_ids": ["CALL"] * (MAX_CALLS + 1)}, 400, None),
        ({"call_ids": [1]}, 400, None),
        ({"attached_agents": "AGENTS51"}, 400, None),
        ({"attached_agents": []}, 400, None),
        ({"attached_agents": [{"weight": 1}]}, 400, None),
        ({"attached_agents": [{"eval_agent_id": "AGENT", "weight": MAX_WEIGHT + 1}]}, 400, None),
        ({"attached_agents": [{"eval_agent_id": "AGENT", "target_level_keys": "pass"}]}, 400, None),
        ({"workbench_setup_id": "SETUP"}, 400, None),
        ({"attached_agents": [], "workbench_setup_version_id": "SETUP_VERSION"}, 400, None),
        ({"pass_threshold_pct": 100.5}, 400, None),
        ({"pass_threshold_pct": -1}, 400, None),
        ({"pass_threshold_pct": True}, 400, None),
        ({"run_mode": "video"}, 400, None),
        ({"triggered_by": "cron"}, 400, None),
        ({"metadata": {"n": 1}}, 400, None),
        ({"call_ids": ["unknown-call"]}, 404, "CALL_NOT_FOUND"),
        ({"attached_agents": [{"eval_agent_id": "unknown-agent"}]}, 404, "EVAL_AGENT_NOT_FOUND"),
        (
            {"attached_agents": [{"eval_agent_id": "AGENT", "eval_agent_version_id": "v9"}]},
            404,
            "EVAL_AGENT_VERSION_NOT_FOUND",
        ),
        ({"attached_agents": [{"eval_agent_id": "DRAFT_AGENT"}]}, 400, None),
        ({"workbench_setup_id": "unknown", "workbench_setup_version_id": "x"}, 404, "WORKBENCH_SETUP_NOT_FOUND"),
        ({"workbench_setup_id": "SETUP", "workbench_setup_version_id": "x"}, 404, "WORKBENCH_SETUP_VERSION_NOT_FOUND"),
    ],
)
def test_create_run_validation(
    client: httpx.Client, fake: FakeAPI, change: dict[str, Any], status: int, code: str | None
) -> None:
    bland = fake.bland
    names: dict[str, Any] = {
        "CALL": bland.call_ids[0],
        "AGENT": bland.agent_ids[0],
        "DRAFT_AGENT": bland.draft_agent_id,
        "SETUP": bland.workbench_setup_id,
        "SETUP_VERSION": bland.workbench_setup_version_id,
        "AGENTS51": _agents(fake, 51),
    }

    def named(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: named(item) for key, item in value.items()}
        if isinstance(value, list):
            return [named(item) for item in value]
        return names.get(value, value) if isinstance(value, str) else value

    body = {"call_ids": bland.call_ids[:2], "attached_agents": _agents(fake)} | named(change)
    body = {key: value for key, value in body.items() if value is not None}
    for path in ("/v1/evals/runs", "/v1/evals/runs/estimates"):
        assert_bland_error(client.post(path, json=body), status, code or "INVALID_REQUEST")
    assert data(client.get("/v1/evals/runs"))["data"] == []


def test_the_documented_limits_themselves_are_accepted(client: httpx.Client, fake: FakeAPI) -> None:
    calls = fake.bland.seed_calls(MAX_CALLS) + fake.bland.call_ids
    body = {"call_ids": calls[:MAX_CALLS], "attached_agents": _agents(fake, MAX_AGENTS), "pass_threshold_pct": 100}
    assert data(client.post("/v1/evals/runs/estimates", json=body))["resolved_atom_count"] == MAX_CALLS * MAX_AGENTS


def test_cancel_a_running_run_then_again(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    run = create_run(client, fake, calls=10)
    clock.advance(5)
    cancelled = data(client.post(f"/v1/evals/runs/{run['id']}/cancellations"))
    assert cancelled["status"] == "CANCELLED"
    assert cancelled["completed_at"] is not None
    assert 0 < cancelled["completed_atom_count"] < 30
    assert cancelled["summary"] is not None  # partial: some evaluations finished first
    clock.advance(100)
    assert data(client.get(f"/v1/evals/runs/{run['id']}"))["completed_atom_count"] == cancelled["completed_atom_count"]
    again = client.post(f"/v1/evals/runs/{run['id']}/cancellations")
    assert_bland_error(again, 400, "EVAL_RUN_NOT_CANCELLABLE")
    assert_bland_error(client.post("/v1/evals/runs/unknown/cancellations"), 404, "EVAL_RUN_NOT_FOUND")


def test_failed_and_partial_runs(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    fake.bland.fail_runs()
    failing = create_run(client, fake)["id"]
    fake.bland.fail_runs(False)
    partial = fake.bland.seed_run(fake.bland.call_ids[:20], outcome="PARTIAL")
    clock.advance(10)
    failed = data(client.get(f"/v1/evals/runs/{failing}"))
    assert (failed["status"], failed["error_code"]) == ("FAILED", "EVAL_RUN_FAILED")
    assert failed["error_message"]
    view = data(client.get(f"/v1/evals/runs/{partial}"))
    assert view["status"] == "PARTIAL"
    verdicts = walk(client, f"/v1/evals/runs/{partial}/agent-results", limit=100)
    assert any(verdict["failed"] and verdict["failure_code"] for verdict in verdicts)


def test_list_runs_filters_and_pages(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    bland = fake.bland
    older = create_run(client, fake)["id"]
    clock.advance(20)
    newer = data(
        client.post(
            "/v1/evals/runs",
            json={
                "call_ids": bland.call_ids[:1],
                "attached_agents": [{"eval_agent_id": bland.agent_ids[1]}],
                "triggered_by": "backfill",
            },
        )
    )["id"]
    assert [run["id"] for run in walk(client, "/v1/evals/runs", limit=1)] == [newer, older]
    assert [run["id"] for run in walk(client, "/v1/evals/runs", status="COMPLETE")] == [older]
    assert [run["id"] for run in walk(client, "/v1/evals/runs", triggered_by="backfill")] == [newer]
    assert [run["id"] for run in walk(client, "/v1/evals/runs", eval_agent_id=bland.agent_ids[2])] == [older]
    listed = data(client.get("/v1/evals/runs"))["data"][0]
    assert "submitted_call_ids" not in listed  # list items are the documented subset
    before = data(client.get("/v1/evals/runs", params={"ending_before": older, "limit": 1}))
    assert [run["id"] for run in before["data"]] == [newer]
    assert before["has_more"] is False


@pytest.mark.parametrize(
    "params",
    [{"limit": "0"}, {"limit": str(MAX_LIMIT + 1)}, {"limit": "x"}, {"status": "DONE"}, {"triggered_by": "cron"},
     {"starting_after": "unknown"}, {"starting_after": "a", "ending_before": "b"}],
)  # fmt: skip
def test_bad_list_parameters_are_400(client: httpx.Client, params: dict[str, str]) -> None:
    assert_bland_error(client.get("/v1/evals/runs", params=params), 400, "INVALID_REQUEST")


def test_results_appear_as_the_run_progresses(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    run = create_run(client, fake, calls=8)
    path = f"/v1/evals/runs/{run['id']}"
    page = client.get(f"{path}/call-results").json()
    assert (page["run_status"], page["run_resolved_call_count"], page["data"]["data"]) == ("PENDING", 8, [])
    clock.advance(5.5)
    halfway = client.get(f"{path}/call-results").json()
    assert halfway["run_status"] == "RUNNING"
    assert 0 < len(halfway["data"]["data"]) < 8
    clock.advance(10)
    calls = walk(client, f"{path}/call-results", limit=3, include_agent_results="true")
    assert [result["call_id"] for result in calls] == fake.bland.call_ids[:8]
    assert all(len(result["agent_results"]) == 3 for result in calls)
    assert all(result["agent_results"] == [] for result in walk(client, f"{path}/call-results"))
    verdicts = walk(client, f"{path}/agent-results", limit=7)
    assert len(verdicts) == 24
    assert {verdict["eval_run_call_result_id"] for verdict in verdicts} == {result["id"] for result in calls}
    assert verdicts == [verdict for result in calls for verdict in result["agent_results"]]
    snapshots = walk(client, f"{path}/agent-snapshots", limit=2)
    assert [snapshot["position"] for snapshot in snapshots] == [0, 1, 2]
    assert {verdict["eval_run_agent_snapshot_id"] for verdict in verdicts} == {s["id"] for s in snapshots}
    assert_bland_error(client.get(f"{path}/call-results", params={"include_agent_results": "maybe"}), 400)
    assert_bland_error(client.get("/v1/evals/runs/unknown/agent-results"), 404, "EVAL_RUN_NOT_FOUND")


def test_a_call_scores_the_same_in_every_run(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    first, second = create_run(client, fake, calls=5), create_run(client, fake, calls=5)
    clock.advance(10)

    def scores(run_id: str) -> list[Any]:
        rows = walk(client, f"/v1/evals/runs/{run_id}/agent-results")
        return [(row["call_id"], row["selected_level_key"], row["score_normalized_0_100"]) for row in rows]

    assert scores(first["id"]) == scores(second["id"])


def test_latest_runs_show_on_agents_and_setups(client: httpx.Client, fake: FakeAPI, clock: ManualClock) -> None:
    bland = fake.bland
    body = {
        "call_ids": bland.call_ids[:3],
        "workbench_setup_id": bland.workbench_setup_id,
        "workbench_setup_version_id": bland.workbench_setup_version_id,
    }
    run_id = data(client.post("/v1/evals/runs", json=body))["id"]
    clock.advance(10)
    agent = data(client.get("/v1/evals/agents"))["data"][0]
    assert agent["latest_run"]["id"] == run_id
    assert agent["latest_run"]["status"] == "completed"
    assert agent["latest_run"]["graded_count"] <= 3
    setup = data(client.get("/v1/evals/workbench-setups"))["data"][0]
    assert setup["latest_run"] == {
        "id": run_id,
        "status": "completed",
        "created_at": setup["latest_run"]["created_at"],
        "call_count": 3,
    }
