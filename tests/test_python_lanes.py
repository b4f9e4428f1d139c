"""`make test-pythons` finds each supported CPython the way a maintainer expects, and never skips one silently."""

from __future__ import annotations

import importlib.util
import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from spec_support import ROOT

pytestmark = pytest.mark.unit

SCRIPT = ROOT / "scripts" / "test_pythons.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("test_pythons_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


lanes = _load_script()


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_the_supported_versions_are_the_classifiers_and_the_floor_is_requires_python() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = [
        c.rsplit(" :: ", 1)[1] for c in project["classifiers"] if c.startswith("Programming Language :: Python :: 3.")
    ]
    assert tuple(listed) == lanes.SUPPORTED
    assert project["requires-python"] == f">={lanes.SUPPORTED[0]}"


def test_an_override_is_the_only_candidate(tmp_path: Path) -> None:
    _executable(tmp_path / "versions" / "3.12.1" / "bin" / "python3.12")
    environ = {"PYTHON312": "/opt/python/bin/python3.12", "PATH": ""}
    assert lanes.candidates("3.12", environ, tmp_path) == [Path("/opt/python/bin/python3.12")]


def test_pyenv_versions_come_newest_patch_first_then_path(tmp_path: Path) -> None:
    root = tmp_path / "pyenv"
    for name in ("3.12.9", "3.12.10", "3.12.2"):
        _executable(root / "versions" / name / "bin" / "python3.12")
    for name in ("3.12-dev", "3.13.0t", "3.13.0"):  # neither a 3.12 release nor 3.12 at all
        _executable(root / "versions" / name / "bin" / "python3.12")
    on_path = _executable(tmp_path / "bin" / "python3.12")
    found = lanes.candidates("3.12", {"PATH": str(tmp_path / "bin")}, root)
    assert found == [
        root / "versions" / "3.12.10" / "bin" / "python3.12",
        root / "versions" / "3.12.9" / "bin" / "python3.12",
        root / "versions" / "3.12.2" / "bin" / "python3.12",
        on_path,
    ]


def test_a_missing_interpreter_fails_the_run_before_anything_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))  # no versions installed
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("PYTHON313", raising=False)
    monkeypatch.setattr(lanes, "VENVS", tmp_path / "venvs")
    assert lanes.main(["3.13"]) == 1
    err = capsys.readouterr().err
    assert "test-pythons: FAILED: Python 3.13 not found" in err
    assert "`pyenv install 3.13`" in err
    assert "PYTHON313" in err
    assert not (tmp_path / "venvs").exists()


def test_an_unsupported_version_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert lanes.main(["3.10"]) == 2
    assert "not a supported version: 3.10 (supported: 3.11, 3.12, 3.13)" in capsys.readouterr().out


@pytest.mark.integration
@pytest.mark.parametrize("kind", ["not-runnable", "another-version"])
def test_an_override_that_is_not_that_python_fails_with_its_name(tmp_path: Path, kind: str) -> None:
    # The interpreter named is really run: one that does not start, or reports another version, is refused.
    fake = tmp_path / "python3.13"
    if kind == "another-version":
        _executable(fake).write_text("#!/bin/sh\necho 3.12.0\n")
    environ = {**os.environ, "PYTHON313": str(fake), "PYENV_ROOT": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "3.13"], capture_output=True, text=True, env=environ, check=False, timeout=60
    )
    assert result.returncode == 1
    assert f"test-pythons: FAILED: Python 3.13: PYTHON313={fake} is not a working python3.13" in result.stderr
