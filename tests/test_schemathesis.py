"""Schemathesis (the real CLI, in a subprocess) against a loopback FakeServer, once per spec.

Checks: no server errors, and every response conforms to the spec - status code, content type,
headers and body schema. Real ids (seeded in the fake) are fed through a Schemathesis config file,
per operation and as dictionaries for body fields, so the tests reach the 200 answers instead of
stopping at 404s.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import time
from collections.abc import Mapping

import pytest

from evalclient.testing import FakeAPI, FakeServer

pytestmark = pytest.mark.integration

ROOT = pathlib.Path(__file__).resolve().parent.parent
CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_schema_conformance,response_headers_conformance"
)
MAX_EXAMPLES = "30"  # per operation and phase: both specs together stay within about two minutes on 2 cores
Parameters = Mapping[str, str | tuple[str]]  # a fixed value, or (dictionary name,)


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


def extend_setup(fake: FakeAPI) -> tuple[list[str], str]:
    extend = fake.extend
    set_id = extend.seed_set(extend.extractor_id)
    items = extend.seed_items(set_id, 30)
    run_id = extend.seed_run(set_id, duration=0)
    in_set = {"path.evaluationSetId": set_id}
    config = config_file(
        {
            "entities": [extend.extractor_id, extend.classifier_id, extend.splitter_id],
            "files": extend.file_ids[:20],
            "sets": [set_id],
            "items": items[3:],
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
            "GET /evaluation_set_runs/{id}": {"path.id": run_id},
            "GET /batch_processor_runs/{id}": {"path.id": run_id},
        },
    )
    return ["-H", "Authorization: Bearer test-token", "-H", "x-extend-api-version: 2026-02-09"], config


def bland_setup(fake: FakeAPI) -> tuple[list[str], str]:
    bland = fake.bland
    run_id = bland.seed_run(bland.call_ids[:10], duration=0)
    new_run: Parameters = {
        "body.call_ids[*]": ("calls",),
        "body.attached_agents[*].eval_agent_id": ("agents",),
        "body.workbench_setup_id": ("setups",),
        "body.workbench_setup_version_id": ("setup_versions",),
    }
    of_run = {"path.run_id": run_id}
    config = config_file(
        {
            "calls": bland.call_ids[:20],
            "agents": bland.agent_ids,
            "setups": [bland.workbench_setup_id],
            "setup_versions": [bland.workbench_setup_version_id],
        },
        {
            "POST /v1/evals/runs": new_run,
            "POST /v1/evals/runs/estimates": new_run,
            "GET /v1/evals/runs/{run_id}": of_run,
            "POST /v1/evals/runs/{run_id}/cancellations": of_run,
            "GET /v1/evals/runs/{run_id}/call-results": of_run,
            "GET /v1/evals/runs/{run_id}/agent-results": of_run,
            "GET /v1/evals/runs/{run_id}/agent-snapshots": of_run,
            "GET /v1/evals/agents/{eval_agent_id}": {"path.eval_agent_id": bland.agent_ids[0]},
        },
    )
    return ["-H", "authorization: test-token"], config


@pytest.mark.parametrize("spec", ["extend", "bland"])
def test_the_fake_conforms_to_the_spec(spec: str, tmp_path: pathlib.Path) -> None:
    fake = FakeAPI(token="test-token", run_seconds=0.5)
    headers, config = extend_setup(fake) if spec == "extend" else bland_setup(fake)
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
