"""`FakeAPI.manifest()`: every seeded resource by kind, and every id in it usable through the APIs."""

from __future__ import annotations

import json
from typing import Any

import pytest

from evalclient.testing import FakeAPI

pytestmark = pytest.mark.unit

EXTEND = {"authorization": "Bearer test-token", "x-extend-api-version": "2026-02-09"}
BLAND = {"authorization": "test-token"}


def _send(fake: FakeAPI, method: str, path: str, body: object = None) -> Any:
    headers = BLAND if path.startswith("/v1/") else EXTEND
    encoded = b"" if body is None else json.dumps(body).encode()
    response = fake.handle(method, path, headers=headers, body=encoded)
    assert response.status == 200, (method, path, response.body[:300])
    return json.loads(response.body)


def test_the_manifest_names_every_seeded_resource_by_kind(fake: FakeAPI) -> None:
    manifest = fake.manifest()
    extend, bland = manifest["extend"], manifest["bland"]

    assert extend["api_version"] == EXTEND["x-extend-api-version"]
    by_kind = {kind: [entry["id"] for entry in entries] for kind, entries in extend["processors"].items()}
    assert by_kind == {
        "extractor": [fake.extend.extractor_id],
        "classifier": [fake.extend.classifier_id],
        "splitter": [fake.extend.splitter_id],
    }
    for entries in extend["processors"].values():
        for processor in entries:
            versions = {entry["version"]: entry["id"] for entry in processor["versions"]}
            assert versions == {name: fake.extend.version_id(processor["id"], name) for name in ("draft", "1.0")}
    assert extend["file_ids"] == fake.extend.file_ids

    assert bland["call_ids"] == fake.bland.call_ids
    published = [agent["id"] for agent in bland["eval_agents"] if agent["active_version_id"] is not None]
    unpublished = [agent["id"] for agent in bland["eval_agents"] if agent["active_version_id"] is None]
    assert (published, unpublished) == (fake.bland.agent_ids, [fake.bland.draft_agent_id])
    for agent in bland["eval_agents"]:
        assert [version["id"] for version in agent["versions"]] == fake.bland.agent_version_ids(agent["id"])
    assert bland["agent_template_keys"] == fake.bland.template_keys
    setups = {setup["id"]: setup["active_version_id"] for setup in bland["workbench_setups"]}
    assert setups[fake.bland.workbench_setup_id] == fake.bland.workbench_setup_version_id
    assert len(setups) == 2  # the published setup and one never published


def test_every_id_in_the_manifest_works_through_the_apis(fake: FakeAPI) -> None:
    manifest = fake.manifest()
    for kind, processors in manifest["extend"]["processors"].items():
        for processor in processors:
            created = _send(fake, "POST", "/evaluation_sets", {"name": kind, "entityId": processor["id"]})
            assert created["entity"]["object"] == kind
    extractor = manifest["extend"]["processors"]["extractor"][0]
    set_id = _send(fake, "POST", "/evaluation_sets", {"name": "files", "entityId": extractor["id"]})["id"]
    file_ids = manifest["extend"]["file_ids"]
    for start in range(0, len(file_ids), 100):  # 100 items per request, the documented maximum
        batch = [{"fileId": file_id, "expectedOutput": {"value": {}}} for file_id in file_ids[start : start + 100]]
        _send(fake, "POST", f"/evaluation_sets/{set_id}/items", {"items": batch})
    for version in extractor["versions"]:
        run = _send(
            fake, "POST", "/evaluation_set_runs",
            {"evaluationSetId": set_id, "entity": {"id": extractor["id"], "version": version["version"]}},
        )  # fmt: skip
        assert run["entityVersion"]["id"] == version["id"]

    bland = manifest["bland"]
    for agent in bland["eval_agents"]:
        assert _send(fake, "GET", f"/v1/evals/agents/{agent['id']}")["data"]["agent"]["key"] == agent["key"]
        for version in agent["versions"]:
            found = _send(fake, "GET", f"/v1/evals/agents/{agent['id']}/versions/{version['id']}")["data"]
            assert (found["version_number"], found["state"]) == (version["version_number"], version["state"])
    for setup in bland["workbench_setups"]:
        for version in setup["versions"]:
            _send(fake, "GET", f"/v1/evals/workbench-setups/{setup['id']}/versions/{version['id']}")
    published = [agent for agent in bland["eval_agents"] if agent["active_version_id"] is not None]
    pinned = [
        {"eval_agent_id": agent["id"], "eval_agent_version_id": agent["active_version_id"]} for agent in published
    ]
    run = _send(fake, "POST", "/v1/evals/runs", {"call_ids": bland["call_ids"], "attached_agents": pinned})["data"]
    assert run["resolved_call_count"] == len(bland["call_ids"])


def test_the_manifest_is_json_fixed_by_the_seed_and_keeps_keys_out() -> None:
    first = FakeAPI(token="sk_secret_key_value", seed=3, files=5, calls=5)
    again = FakeAPI(token="sk_secret_key_value", seed=3, files=5, calls=5)
    other = FakeAPI(token="sk_secret_key_value", seed=4, files=5, calls=5)

    text = json.dumps(first.manifest())

    assert json.loads(text) == again.manifest()
    assert other.manifest()["bland"]["call_ids"] != first.manifest()["bland"]["call_ids"]
    assert "sk_secret_key_value" not in text


def test_calls_seeded_later_join_the_manifest(fake: FakeAPI) -> None:
    added = fake.bland.seed_calls(3)
    assert fake.manifest()["bland"]["call_ids"][-3:] == added
