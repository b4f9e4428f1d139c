"""generated/ is exactly what the generator makes from openapi/, and the generator fails loudly."""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

from spec_support import ROOT

pytestmark = pytest.mark.pipeline

BIN = pathlib.Path(sys.executable).parent


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", **env}
    return subprocess.run(args, cwd=ROOT, env=environment, capture_output=True, text=True, check=False)


def test_generated_code_is_fresh() -> None:
    result = _run("scripts/check-generated.sh")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/ is fresh" in result.stdout


def test_freshness_check_notices_new_and_deleted_files(tmp_path: pathlib.Path) -> None:
    # The check compares whole trees: a file git diff would miss (new, untracked) fails it too.
    copy = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "extend_evals_client" / "stray_module.py").write_text("x = 1\n")
    (copy / "bland_evals_client" / "py.typed").unlink()
    result = _run("scripts/check-generated.sh", GENERATED_DIR=str(copy))
    assert result.returncode != 0
    assert "stray_module.py" in result.stdout
    assert "py.typed" in result.stdout


def test_an_operation_the_generator_cannot_handle_fails_generation(tmp_path: pathlib.Path) -> None:
    specs = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", specs)
    extend = specs / "extend.yaml"
    # allOf that merges a string with a const cannot be generated; without --fail-on-warning the
    # generator would drop the schema (and every operation using it) and still exit 0.
    broken = extend.read_text().replace(
        "        - $ref: '#/components/schemas/RunMetricsCommon'\n        - type: object\n          properties:\n"
        "            type: {type: string}",
        "        - $ref: '#/components/schemas/RunMetricsCommon'\n        - type: object\n          properties:\n"
        "            type: {type: string, const: EDIT}\n        - type: object\n          properties:\n"
        "            type: {type: string}",
    )
    assert broken != extend.read_text()
    extend.write_text(broken)
    result = _run("scripts/generate.sh", str(tmp_path / "out"), SPEC_DIR=str(specs))
    assert result.returncode != 0
    assert "Unable to process schema" in result.stdout + result.stderr
