"""`make check-drift` (scripts/check_drift.py): our Extend spec against the official SDK, extend-ai.

The SDK is the version requirements/bench.lock pins, read from bench/.venv when `make bench` has
built it, else pip-installed once per module into a temporary virtualenv (constrained by the same
lock). Every difference is planted in a copy of the spec; the real spec must pass as it is.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = [pytest.mark.pipeline, pytest.mark.index]

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_drift.py"
BENCH_LOCK = ROOT / "requirements" / "bench.lock"
SDK_VERSION = re.search(r"^extend-ai==(\S+)$", BENCH_LOCK.read_text(encoding="utf-8"), re.MULTILINE)[1]  # type: ignore[index]
Spec = dict[str, Any]


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtualenv holding extend-ai at the bench's pin."""
    bench = ROOT / "bench" / ".venv"
    probe = [str(bench / "bin" / "python"), "-c", "import importlib.metadata as m; print(m.version('extend-ai'))"]
    if (bench / "bin" / "python").exists():
        found = subprocess.run(probe, capture_output=True, text=True, check=False)
        if found.stdout.strip() == SDK_VERSION:
            return bench
    venv = tmp_path_factory.mktemp("sdk") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*install, f"extend-ai=={SDK_VERSION}", "-c", str(BENCH_LOCK)], check=True)
    return venv


def drift(pairing: Path, sdk: Path) -> tuple[int, list[tuple[str, ...]], str]:
    """Run the check; (exit code, table rows as (where, field, ours, theirs, verdict), whole output)."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(pairing), "--sdk", str(sdk)], capture_output=True, text=True, check=False
    )
    lines = done.stdout.splitlines()
    rows = [tuple(re.split(r"\s{2,}", line.strip())) for line in lines[2:-1]]
    return done.returncode, rows, done.stdout + done.stderr


def planted(tmp_path: Path, change: Callable[[Spec, Spec], None]) -> Path:
    """A copy of openapi/extend.yaml and its pairing file, with `change(spec, pairing)` applied."""
    spec = yaml.safe_load((ROOT / "openapi" / "extend.yaml").read_text(encoding="utf-8"))
    pairing = yaml.safe_load((ROOT / "openapi" / "drift" / "extend.yaml").read_text(encoding="utf-8"))
    change(spec, pairing)
    (tmp_path / "drift").mkdir()
    (tmp_path / "extend.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    (tmp_path / "drift" / "extend.yaml").write_text(yaml.safe_dump(pairing, sort_keys=False), encoding="utf-8")
    return tmp_path / "drift" / "extend.yaml"


def test_the_spec_as_it_is_passes_with_its_accepted_list(sdk: Path) -> None:
    code, rows, output = drift(ROOT / "openapi" / "drift" / "extend.yaml", sdk)
    assert code == 0, output
    assert output.startswith(f"openapi/extend.yaml vs extend-ai {SDK_VERSION} ")
    assert all(row[4].startswith("accepted") for row in rows), output  # shown, yet not failing
    assert re.search(r"\n(\d+) compared: \d+ same, \d+ accepted, 0 not accepted, 0 stale accepted\n", output)


def schemas(spec: Spec) -> Spec:
    found: Spec = spec["components"]["schemas"]
    return found


def rename_property(spec: Spec, pairing: Spec) -> None:
    properties = schemas(spec)["EvaluationSet"]["properties"]
    properties["summary"] = properties.pop("description")
    schemas(spec)["EvaluationSet"]["required"] = [
        "summary" if r == "description" else r for r in schemas(spec)["EvaluationSet"]["required"]
    ]


def remove_enum_value(spec: Spec, pairing: Spec) -> None:
    schemas(spec)["FileType"]["enum"].remove("XML")


def make_required(spec: Spec, pairing: Spec) -> None:
    schemas(spec)["EvaluationSetItemSummary"]["required"].append("createdBy")


def change_path(spec: Spec, pairing: Spec) -> None:
    spec["paths"]["/evaluation-sets/{id}"] = spec["paths"].pop("/evaluation_sets/{id}")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            rename_property,
            [
                ("EvaluationSet", "description", "-", "string, required", "only theirs"),
                ("EvaluationSet", "summary", "string, required", "-", "only ours"),
            ],
        ),
        (remove_enum_value, [("FileType", "value XML", "-", "yes", "only theirs")]),
        (
            make_required,
            [
                (
                    "EvaluationSetItemSummary",
                    "createdBy",
                    "CreatedBy or null, required",
                    "CreatedBy, optional",
                    "required",
                )
            ],
        ),
        (change_path, [("getEvaluationSet", "path", "/evaluation-sets/{}", "/evaluation_sets/{}", "path")]),
    ],
    ids=["property renamed", "enum value removed", "field made required", "operation path changed"],
)
def test_a_planted_difference_is_found_and_named(
    sdk: Path, tmp_path: Path, change: Callable[[Spec, Spec], None], expected: list[tuple[str, ...]]
) -> None:
    code, rows, output = drift(planted(tmp_path, change), sdk)
    assert code == 1, output
    unaccepted = [row for row in rows if not row[4].startswith("accepted")]
    assert unaccepted == expected, output
    assert f"{len(expected)} not accepted" in output


def test_a_schema_or_operation_the_mapping_does_not_know_is_reported(sdk: Path, tmp_path: Path) -> None:
    def change(spec: Spec, pairing: Spec) -> None:
        schemas(spec)["EvaluationSetTag"] = {"type": "object", "properties": {"label": {"type": "string"}}}
        del pairing["schemas"]["UserCreator"]
        del pairing["operations"]["deleteEvaluationSetItem"]

    code, rows, output = drift(planted(tmp_path, change), sdk)
    assert code == 1, output
    assert ("EvaluationSetTag", "-", "object", "no EvaluationSetTag", "unmapped") in rows
    assert ("UserCreator", "-", "object", "no UserCreator", "unmapped") in rows
    assert ("deleteEvaluationSetItem", "-", "DELETE /evaluation_sets/{}/items/{}", "no mapping", "unmapped") in rows
    # ... and the SDK's method nothing maps to any more is named too.
    assert ("evaluation_set_items.delete", "-", "-", "DELETE /evaluation_sets/{}/items/{}", "only theirs") in rows


INVENTED = {"where": "EvaluationSet", "field": "name", "ours": "string, required", "theirs": "string, optional"}


def test_an_accepted_difference_that_is_gone_fails_as_stale(sdk: Path, tmp_path: Path) -> None:
    def change(spec: Spec, pairing: Spec) -> None:
        pairing["accepted"] = [*(pairing["accepted"] or []), {**INVENTED, "reason": "no longer true"}]

    code, rows, output = drift(planted(tmp_path, change), sdk)
    assert code == 1, output
    assert (*INVENTED.values(), "stale accepted entry") in rows
    assert "1 stale accepted" in output


def test_an_accepted_difference_needs_a_reason(sdk: Path, tmp_path: Path) -> None:
    def change(spec: Spec, pairing: Spec) -> None:
        pairing["accepted"] = [{**INVENTED, "reason": " "}]

    code, _, output = drift(planted(tmp_path, change), sdk)
    assert code == 2
    assert "accepted entry 1 (EvaluationSet.name) has no reason" in output
    assert "Traceback" not in output


def test_an_sdk_given_as_a_site_packages_directory(sdk: Path, tmp_path: Path) -> None:
    site = next(sdk.glob("lib/python3.*/site-packages"))
    if not (site / "pydantic_core").is_dir() or f"python{sys.version_info[0]}.{sys.version_info[1]}" not in str(site):
        pytest.fail(f"{site} was built for another Python than {sys.version}")
    code, _, output = drift(ROOT / "openapi" / "drift" / "extend.yaml", site)
    assert code == 0, output
    assert f"extend-ai {SDK_VERSION}" in output
