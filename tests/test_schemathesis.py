"""Schemathesis (the real CLI, in a subprocess) against a loopback FakeServer, once per spec.

Checks: no server errors, and every response conforms to the spec - status code, content type,
headers and body schema. Real ids (seeded in the fake) are fed through a Schemathesis config file,
per operation and as dictionaries for body fields, so the tests reach the 200 answers instead of
stopping at 404s.

Runs are staged in every status their spec names, not only finished ones: the fake runs on a
`ManualClock` that stands still, so a run PENDING, PROCESSING or RUNNING stays so while
Schemathesis reads it, and the test asserts that every staged run was read.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import time
from collections.abc import Mapping
from typing import Any

import pytest

from bland_evals_client import _spec as bland_spec
from evalclient.testing import FakeAPI, FakeServer, ManualClock
from extend_evals_client import _spec as extend_spec
from extend_evals_client_2025_04_21 import _spec as extend_2025_spec

pytestmark = pytest.mark.integration

ROOT = pathlib.Path(__file__).resolve().parent.parent
CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_schema_conformance,response_headers_conformance"
)
MAX_EXAMPLES = "30"  # per operation and phase: the three specs together stay within about three minutes on 2 cores
Parameters = Mapping[str, str | tuple[str]]  # a fixed value, or (dictionary name,)
# Runs are staged at clock 0 and read at STAGED_AT: each (duration, outcome) below lands in one status.
STAGED_AT = 50.0
LONG = 10_000.0  # new runs created by Schemathesis take this long: they stay PENDING


def schemathesis_command() -> list[str]:
    executable = pathlib.Path(sys.executable).with_name("schemathesis")
    assert executable.exists(), f"schemathesis is not installed next to {sys.executable}"
    return [str(executable)]


def config_file(dictionaries: Mapping[str, list[str]], operations: Mapping[str, Parameters]) -> str:
    """A schemathesis.toml: named lists of real ids, and the parameters each operation should use."""
    lines: list[str] = []
    for name, values in dictionaries.items():
        lines += [f"[dictionaries.{name}]", f"values = {json.dumps(values)}", ""]
    for operation, parameters in operations.items():
        lines += ["[[operations]]", f"include-name = {json.dumps(operation)}", "[operations.parameters]"]
        for key, value in parameters.items():
            rendered = f"{{ dictionary = {json.dumps(value[0])} }}" if isinstance(value, tuple) else json.dumps(value)
            lines.append(f"{json.dumps(key)} = {rendered}")
        lines.append("")
    return "\n".join(lines)


def stage_extend_runs(fake: FakeAPI, clock: ManualClock) -> list[str]:
    """One run in each status of the spec's `BatchRunStatus` (asserted), read at STAGED_AT."""
    extend = fake.extend
    set_id = extend.seed_set(extend.extractor_id, name="Staged runs")
    extend.seed_items(set_id, 12)
    staged = [(0.0, "PROCESSED"), (LONG, "PROCESSED"), (100.0, "PROCESSED"), (10.0, "FAILED"), (10.0, "CANCELLED")]
    runs = [extend.seed_run(set_id, duration=duration, outcome=outcome) for duration, outcome in staged]
    clock.advance(STAGED_AT)
    statuses = {_json(fake, "GET", f"/evaluation_set_runs/{run_id}")["status"] for run_id in runs}
    assert statuses == set(extend_spec.ENUMS["BatchRunStatus"])
    return runs


def stage_bland_runs(fake: FakeAPI, clock: ManualClock) -> list[str]:
    """One run in each status of the spec's `RunStatus` (asserted), read at STAGED_AT."""
    bland = fake.bland
    calls = bland.call_ids[:10]
    staged = [(LONG, None), (700.0, None), (100.0, None), (0.0, None), (10.0, "PARTIAL"), (10.0, "FAILED")]
    runs = [bland.seed_run(calls, duration=duration, outcome=outcome) for duration, outcome in staged]
    runs.append(bland.seed_run(calls, duration=LONG))
    _json(fake, "POST", f"/v1/evals/runs/{runs[-1]}/cancellations")
    clock.advance(STAGED_AT)
    statuses = {_json(fake, "GET", f"/v1/evals/runs/{run_id}")["data"]["status"] for run_id in runs}
    assert statuses == set(bland_spec.ENUMS["RunStatus"])
    return runs


def _json(fake: FakeAPI, method: str, path: str, body: object = None) -> dict[str, Any]:
    extend = not path.startswith("/v1/")
    headers = EXTEND_HEADERS if extend else BLAND_HEADERS
    raw = b"" if body is None else json.dumps(body).encode()
    answer: dict[str, Any] = json.loads(fake.handle(method, path, headers=headers, body=raw).body)
    return answer


USER_TEMPLATE = {"name": "Seeded", "modality": "text", "system_prompt_md": "Judge.", "prompt_md": "Grade the call."}


EXTEND_HEADERS = {"authorization": "Bearer test-token", "x-extend-api-version": extend_spec.API_VERSION}
BLAND_HEADERS = {"authorization": "test-token"}


def extend_setup(fake: FakeAPI, runs: list[str]) -> tuple[list[str], str]:
    extend = fake.extend
    set_id = extend.seed_set(extend.extractor_id)
    items = extend.seed_items(set_id, 30)
    in_set = {"path.evaluationSetId": set_id}
    config = config_file(
        {
            "entities": [extend.extractor_id, extend.classifier_id, extend.splitter_id],
            "files": extend.file_ids[:20],
            "sets": [set_id],
            "items": items[3:],
            "runs": runs,
        },
        {
            "POST /evaluation_sets": {"body.entityId": ("entities",)},
            "GET /evaluation_sets/{id}": {"path.id": set_id},
            "GET /evaluation_sets/{evaluationSetId}/items": in_set,
            "POST /evaluation_sets/{evaluationSetId}/items": in_set
            | {"body.items[*].fileId": ("files",), "body.items[*].fileIds[*]": ("files",)},
            "GET /evaluation_sets/{evaluationSetId}/items/{itemId}": in_set | {"path.itemId": items[0]},
            "POST /evaluation_sets/{evaluationSetId}/items/{itemId}": in_set | {"path.itemId": items[1]},
            "DELETE /evaluation_sets/{evaluationSetId}/items/{itemId}": in_set | {"path.itemId": items[2]},
            "POST /evaluation_set_runs": {
                "body.evaluationSetId": ("sets",),
                "body.entity.id": ("entities",),
                "body.evaluationSetItemIds[*]": ("items",),
            },
            "GET /evaluation_set_runs/{id}": {"path.id": ("runs",)},
            "GET /batch_processor_runs/{id}": {"path.id": ("runs",)},
        },
    )
    headers = [argument for name, value in EXTEND_HEADERS.items() for argument in ("-H", f"{name}: {value}")]
    return headers, config


def extend_2025_setup(fake: FakeAPI, runs: list[str]) -> tuple[list[str], str]:
    """The same account through Extend API 2025-04-21: item paths name no set, sets a processorId."""
    extend = fake.extend
    set_id = extend.seed_set(extend.extractor_id)
    items = extend.seed_items(set_id, 30)
    config = config_file(
        {
            "processors": [extend.extractor_id, extend.classifier_id, extend.splitter_id],
            "files": extend.file_ids[:20],
            "sets": [set_id],
            "runs": runs,
        },
        {
            "POST /evaluation_sets": {"body.processorId": ("processors",)},
            "GET /evaluation_sets/{id}": {"path.id": set_id},
            "GET /evaluation_sets/{id}/items": {"path.id": set_id},
            "POST /evaluation_set_items": {"body.evaluationSetId": ("sets",), "body.fileId": ("files",)},
            "POST /evaluation_set_items/bulk": {"body.evaluationSetId": ("sets",), "body.items[*].fileId": ("files",)},
            "POST /evaluation_set_items/{id}": {"path.id": items[1]},
            "DELETE /evaluation_set_items/{id}": {"path.id": items[2]},
            "GET /batch_processor_runs/{id}": {"path.id": ("runs",)},
        },
    )
    headers = {**EXTEND_HEADERS, "x-extend-api-version": extend_2025_spec.API_VERSION}
    return [argument for name, value in headers.items() for argument in ("-H", f"{name}: {value}")], config


def bland_setup(fake: FakeAPI, runs: list[str]) -> tuple[list[str], str]:
    bland = fake.bland
    # Cancellations get a run of their own, so the staged runs keep their statuses.
    cancellable = bland.seed_run(bland.call_ids[:10], duration=LONG)
    new_run: Parameters = {
        "body.call_ids[*]": ("calls",),
        "body.attached_agents[*].eval_agent_id": ("agents",),
        "body.workbench_setup_id": ("setups",),
        "body.workbench_setup_version_id": ("setup_versions",),
    }
    of_run: Parameters = {"path.run_id": ("runs",)}
    agent, setup = "/v1/evals/agents/{eval_agent_id}", "/v1/evals/workbench-setups/{setup_id}"
    of_agent: Parameters = {"path.eval_agent_id": ("agents",)}
    of_setup: Parameters = {"path.setup_id": ("setups",)}
    templates = [_json(fake, "POST", "/v1/evals/user-templates", USER_TEMPLATE)["data"]["id"] for _ in range(3)]
    config = config_file(
        {
            "calls": bland.call_ids[:20],
            "agents": bland.agent_ids,
            "agent_versions": [v for agent_id in bland.agent_ids for v in bland.agent_version_ids(agent_id)],
            "setups": [bland.workbench_setup_id],
            "setup_versions": [bland.workbench_setup_version_id],
            "templates": templates,
            "runs": runs,
        },
        {
            "POST /v1/evals/runs": new_run,
            "POST /v1/evals/runs/estimates": new_run,
            "GET /v1/evals/runs/{run_id}": of_run,
            "POST /v1/evals/runs/{run_id}/cancellations": {"path.run_id": cancellable},
            "GET /v1/evals/runs/{run_id}/call-results": of_run,
            "GET /v1/evals/runs/{run_id}/agent-results": of_run,
            "GET /v1/evals/runs/{run_id}/agent-snapshots": of_run,
            "GET /v1/evals/agents/{eval_agent_id}": {"path.eval_agent_id": bland.agent_ids[0]},
            **{f"{method} {agent}": of_agent for method in ("PATCH", "DELETE")},
            **{f"{method} {agent}/versions": of_agent for method in ("GET", "POST")},
            **{
                f"{method} {agent}/versions/{{version_id}}": of_agent | {"path.version_id": ("agent_versions",)}
                for method in ("GET", "PATCH")
            },
            f"POST {agent}/publications": of_agent,
            **{f"{method} {setup}": of_setup for method in ("GET", "PATCH", "DELETE")},
            **{f"{method} {setup}/versions": of_setup for method in ("GET", "POST")},
            **{
                f"{method} {setup}/versions/{{version_id}}": of_setup | {"path.version_id": ("setup_versions",)}
                for method in ("GET", "PATCH")
            },
            f"POST {setup}/publications": of_setup,
            **{
                f"{method} /v1/evals/user-templates/{{template_id}}": {"path.template_id": ("templates",)}
                for method in ("GET", "DELETE")
            },
            "PATCH /v1/evals/workbench-setups/{setup_id}/versions/{version_id}": of_setup
            | {"path.version_id": ("setup_versions",), "body.attached_agents[*].eval_agent_id": ("agents",)},
        },
    )
    return ["-H", f"authorization: {BLAND_HEADERS['authorization']}"], config


@pytest.mark.parametrize("spec", ["extend", "extend-2025-04-21", "bland"])
def test_the_fake_conforms_to_the_spec_with_runs_in_every_status(spec: str, tmp_path: pathlib.Path) -> None:
    clock = ManualClock()
    fake = FakeAPI(token="test-token", run_seconds=LONG, clock=clock, sleep=clock.sleep)
    if spec.startswith("extend"):
        runs = stage_extend_runs(fake, clock)
        headers, config = (extend_setup if spec == "extend" else extend_2025_setup)(fake, runs)
    else:
        runs = stage_bland_runs(fake, clock)
        headers, config = bland_setup(fake, runs)
    config_path = tmp_path / "schemathesis.toml"
    config_path.write_text(config, encoding="utf-8")
    with FakeServer(fake=fake) as server:
        command = [
            *schemathesis_command(),
            "--config-file", str(config_path),
            "--no-color",
            "run", str(ROOT / "openapi" / f"{spec}.yaml"),
            "--url", server.url,
            "--workers", "1",  # more workers crash Hypothesis on Python 3.11.7 (see tooling notes)
            *headers,
            "--checks", CHECKS,
            "--max-examples", MAX_EXAMPLES,
            "--seed", "20260209",
            "--generation-database", "none",
            "--request-timeout", "10",
        ]  # fmt: skip
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=300, check=False)
        elapsed = time.perf_counter() - started
    report = f"schemathesis exit {result.returncode} after {elapsed:.1f} s\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, report
    assert "passed" in result.stdout, report
    assert len(fake.requests) > 100, report  # it really talked to the fake
    answered = {path for _, path, status in fake.requests if status == 200}
    unread = [run_id for run_id in runs if not any(run_id in path for path in answered)]
    assert not unread, f"Schemathesis never read the staged runs {unread}\n{report}"
