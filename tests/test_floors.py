"""scripts/floors.py reads the runtime dependencies' lower bounds as `make test-floors` tests them (#11)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.pipeline

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("floors_script", ROOT / "scripts" / "floors.py")
assert _SPEC is not None
assert _SPEC.loader is not None
floors_script = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(floors_script)


def _pyproject(*dependencies: str) -> str:
    listed = ", ".join(f'"{dependency}"' for dependency in dependencies)
    return f'[project]\nname = "x"\ndependencies = [{listed}]\n'


def test_each_lower_bound_becomes_the_exact_release_pip_installs() -> None:
    text = _pyproject("httpx>=0.27,<1", "attrs >= 23.1", "h2[extra]>=4.1.0; python_version >= '3.11'", "Foo_Bar>=2")
    assert floors_script.floors(text) == {"httpx": "0.27.0", "attrs": "23.1.0", "h2": "4.1.0", "foo_bar": "2.0.0"}


def test_a_dependency_without_a_lower_bound_is_refused_by_name() -> None:
    with pytest.raises(SystemExit, match=r"attrs has no lower bound \(`>=`\) in pyproject.toml"):
        floors_script.floors(_pyproject("httpx>=0.27", "attrs<26"))


def test_the_projects_own_floors_are_read() -> None:
    found = floors_script.floors((ROOT / "pyproject.toml").read_text())
    assert set(found) == {"httpx", "attrs"}  # the runtime dependencies, and nothing from the extras
