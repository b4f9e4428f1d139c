"""The resource clients are generated and typed (#14): a new operation gets its method by regenerating,
and mypy --strict accepts a consumer module that calls every method, revealing each result's type."""

from __future__ import annotations

import importlib
import inspect
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from spec_support import FACTS, PACKAGES, ROOT

pytestmark = pytest.mark.pipeline

BIN = Path(sys.executable).parent
LEGACY = "evalclient.extend_client(token='t', api_version='2025-04-21')"
CLIENTS = {
    "extend_evals_client": ("evalclient.Extend(token='t')", "evalclient.AsyncExtend(token='t')"),
    "extend_evals_client_2025_04_21": (
        f"extend_evals_client_2025_04_21.api.Resources({LEGACY})",
        f"extend_evals_client_2025_04_21.api.AsyncResources({LEGACY})",
    ),
    "bland_evals_client": ("evalclient.Bland(token='t')", "evalclient.AsyncBland(token='t')"),
}


def test_an_operation_added_to_a_spec_gets_its_method_by_regenerating(tmp_path: Path) -> None:
    specs = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", specs)
    spec = yaml.safe_load((specs / "extend.yaml").read_text())
    spec["paths"]["/evaluation_sets/{id}/labels"] = {
        "get": {
            "operationId": "listEvaluationSetLabels",
            "tags": ["evaluation_sets"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvaluationSet"}}},
                }
            },
        }
    }
    (specs / "extend.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    out = tmp_path / "out"
    environment = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "SPEC_DIR": str(specs)}
    generated = subprocess.run(
        ["scripts/generate.sh", str(out)], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    probe = (
        "import inspect, extend_evals_client.api.evaluation_sets as tag\n"
        "print(inspect.signature(tag.EvaluationSets.labels),"
        " inspect.iscoroutinefunction(tag.AsyncEvaluationSets.labels))\n"
    )
    path = os.pathsep.join([str(out), str(ROOT / "overlays")])
    found = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.returncode == 0, found.stderr
    # Annotations stay strings at run time: the tag's module imports its models only for type checkers (#16).
    assert found.stdout.startswith("(self, id: 'str', *, timeout: 'float | httpx.Timeout | None' = None, retry:")
    assert found.stdout.rstrip().endswith("-> 'EvaluationSet' True")


def _calls(package: str) -> tuple[list[str], list[str]]:
    """A call of every method of every resource (sync and async), each result revealed; and the
    return annotation each should reveal, in the same order."""
    api = importlib.import_module(f"{package}.api")
    lines: list[str] = []
    expected: list[str] = []
    for tag in sorted({op["tag"] for op in FACTS[_spec_name(package)].OPERATIONS.values()}):
        resource = inspect.signature(getattr(api.Resources, tag).func).return_annotation.strip('"')
        module = importlib.import_module(f"{package}.api.{tag}")
        for client, cls in (("sync", getattr(module, resource)), ("asynchronous", getattr(module, f"Async{resource}"))):
            for name, method in vars(cls).items():
                if name.startswith("_") or not callable(method):
                    continue
                signature = inspect.signature(method)
                arguments = []
                for parameter in list(signature.parameters.values())[1:]:
                    if parameter.name == "body":
                        model = parameter.annotation.split(" | ")[0]  # a string: `Model | None`
                        arguments.append(f"cast({package}.models.{model}, None)")
                    elif parameter.kind is parameter.POSITIONAL_OR_KEYWORD and parameter.default is parameter.empty:
                        arguments.append("'x'")
                awaited = "await " if inspect.iscoroutinefunction(method) else ""
                lines.append(f"    reveal_type({awaited}{client}.{tag}.{name}({', '.join(arguments)}))")
                expected.append(str(signature.return_annotation))
    return lines, expected


def _spec_name(package: str) -> str:
    return next(name for name, candidate in PACKAGES.items() if candidate == package)


def _short(revealed: str) -> str:
    """`extend_evals_client.models.x.EvaluationSet` -> `EvaluationSet`, inside generics too."""
    return re.sub(r"\b[\w.]+\.(\w+)", r"\1", revealed).replace("<class '", "").replace("'>", "")


def test_mypy_strict_accepts_every_method_and_reveals_its_result_type(tmp_path: Path) -> None:
    consumer = ["from typing import cast", "import evalclient"]
    expected: list[str] = []
    for package, (sync_client, async_client) in CLIENTS.items():
        consumer.append(f"import {package}, {package}.api, {package}.models")
        calls, types = _calls(package)
        name = package.replace("_evals_client", "")
        consumer += [
            f"async def use_{name}() -> None:",
            f"    sync = {sync_client}",
            f"    asynchronous = {async_client}",
            *calls,
        ]
        expected += types
    module = tmp_path / "consumer.py"
    module.write_text("\n".join(consumer) + "\n")
    environment = {**os.environ, "MYPYPATH": f"{ROOT / 'overlays'}{os.pathsep}{ROOT / 'generated'}"}
    checked = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, str(module)],
        env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    revealed = re.findall(r'note: Revealed type is "(.*)"', checked.stdout)
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert errors == [], checked.stdout
    assert len(revealed) == len(expected) >= 2 * len([op for facts in FACTS.values() for op in facts.OPERATIONS])
    assert [_short(text) for text in revealed] == [_short(text) for text in expected]
