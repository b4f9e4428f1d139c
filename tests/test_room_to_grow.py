"""Adding an operation costs: edit the spec, `make generate`, give the fake a handler. Nothing else.

In a scratch copy of the repo, a new GET list operation is added to the Extend spec and the
packages are regenerated. Then the unit lane fails only where the fake lacks a handler, naming
the operation, and `paginate` walks the new operation with no overlay change.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from spec_support import ROOT

pytestmark = pytest.mark.pipeline

NEW_OPERATION = "listEvaluationSetRuns"
NEW_MODULE = "list_evaluation_set_runs"
_FAILED = re.compile(r"^FAILED (\S+)", re.MULTILINE)


def _add_runs_list(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["EvaluationSetRunsListResponse"] = {
        "type": "object",
        "required": ["object", "data"],
        "properties": {
            "object": {"type": "string", "const": "list"},
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/EvaluationSetRun"}},
            "nextPageToken": {"type": ["string", "null"]},
        },
    }
    spec["paths"]["/evaluation_sets/{evaluationSetId}/runs"] = {
        "get": {
            "operationId": NEW_OPERATION,
            "tags": ["evaluation_set_runs"],
            "summary": "List the runs of an evaluation set",
            "parameters": [
                {"$ref": "#/components/parameters/EvaluationSetId"},
                {"$ref": "#/components/parameters/NextPageToken"},
                {"$ref": "#/components/parameters/MaxPageSize"},
            ],
            "responses": {
                "200": {
                    "description": "A page of runs.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/EvaluationSetRunsListResponse"}}
                    },
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    }


def _environment(repo: Path) -> dict[str, str]:
    # The copy's own packages first: the virtualenv's editable install points at the real tree.
    paths = os.pathsep.join(str(repo / part) for part in ("overlays", "generated", "tests"))
    return {**os.environ, "PYTHONPATH": paths, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("grown") / "repo"
    ignored = shutil.ignore_patterns(".venv*", ".git", "dist", "build", "__pycache__", "*_cache", "bench")
    shutil.copytree(ROOT, repo, ignore=ignored)
    spec_path = repo / "openapi" / "extend.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    _add_runs_list(spec)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    generated = subprocess.run(
        ["scripts/generate.sh", "generated"], cwd=repo, env=_environment(repo), capture_output=True, text=True
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    return repo


def test_the_unit_lane_fails_only_where_the_fake_lacks_the_handler(grown: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--lane", "unit", "-q", "-p", "no:cacheprovider", "-rf"],
        cwd=grown,
        env=_environment(grown),
        capture_output=True,
        text=True,
        timeout=600,
    )
    failed = _FAILED.findall(result.stdout)
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-3000:]
    assert "tests/test_operation_coverage.py::test_the_fake_answers_every_operation_of_every_spec" in failed
    assert f"the fake has no handler for: {NEW_OPERATION} (GET /evaluation_sets/{{evaluationSetId}}/runs" in (
        result.stdout
    )
    unrelated = [
        test for test in failed if NEW_MODULE not in test and "test_the_fake_answers_every_operation" not in test
    ]
    assert unrelated == [], result.stdout[-5000:]


def test_paginate_walks_the_new_operation_with_no_overlay_change(grown: Path) -> None:
    program = f"""
import httpx, evalclient
from extend_evals_client.api.evaluation_set_runs import {NEW_MODULE}

def answer(request):
    token = request.url.params.get("nextPageToken")
    run = {{"object": "evaluation_set_run", "id": "bpr_" + (token or "first"), "evaluationSetId": "ev_1",
           "status": "PENDING", "options": {{}}, "metrics": {{"type": "EXTRACT", "numFilesTotal": 1}},
           "createdAt": "2026-02-09T08:00:00Z",
           "updatedAt": "2026-02-09T08:00:00Z",
           "entity": {{"object": "extractor", "id": "ex_1", "name": "E", "createdAt": "2026-02-09T08:00:00Z",
                      "updatedAt": "2026-02-09T08:00:00Z"}},
           "entityVersion": {{"object": "extractor_version", "id": "exv_1", "version": "draft",
                             "extractorId": "ex_1", "createdAt": "2026-02-09T08:00:00Z"}}}}
    return httpx.Response(200, json={{"object": "list", "data": [run], "nextPageToken": None if token else "second"}})

client = evalclient.extend_client(token="t", base_url="http://api.test", transport=httpx.MockTransport(answer))
print([run.id for run in evalclient.paginate({NEW_MODULE}, client=client, evaluation_set_id="ev_1", page_size=1)])
"""
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=grown, env=_environment(grown), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['bpr_first', 'bpr_second']"
