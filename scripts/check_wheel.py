"""Check what `make build` put in dist/ before anyone installs it.

- the wheel declares exactly httpx and attrs as runtime dependencies (extras aside);
- it ships evalclient and the generated packages (extend_evals_client, extend_evals_client_2025_04_21,
  bland_evals_client), each with py.typed, and no
  tests or caches (the sdist no caches either);
- it installs into an empty virtualenv holding only those dependencies (downloaded at the
  versions of requirements/dev.lock into build/wheelhouse/, which is also what an internal index
  has to mirror), and every module of the four packages imports there, outside the source tree.

    python scripts/check_wheel.py dist
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path, PurePosixPath

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("evalclient", "extend_evals_client", "extend_evals_client_2025_04_21", "bland_evals_client")
RUNTIME_DEPENDENCIES = {"httpx", "attrs"}
WHEELHOUSE = ROOT / "build" / "wheelhouse"
_JUNK = ("__pycache__", ".pyc", ".pyo", ".mypy_cache", ".pytest_cache", ".ruff_cache")

# Run by the virtualenv's interpreter in isolated mode (-I) from an empty folder, so only the
# installed wheel can answer the imports.
_IMPORT_EVERYTHING = """
import importlib, pkgutil, sys
import evalclient, extend_evals_client, extend_evals_client_2025_04_21, bland_evals_client
for package in (evalclient, extend_evals_client, extend_evals_client_2025_04_21, bland_evals_client):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not module.name.endswith(".__main__"):  # importing __main__ would run the CLI
            importlib.import_module(module.name)
print(evalclient.__version__, evalclient.__file__)
"""


def fail(message: str) -> None:
    sys.exit(f"wheel check failed: {message}")


def runtime_requirements(wheel: zipfile.ZipFile) -> list[Requirement]:
    name = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
    metadata = HeaderParser().parsestr(wheel.read(name).decode())
    requirements = [Requirement(line) for line in metadata.get_all("Requires-Dist") or []]
    # Extras (dev, test) are opt-in; only what a plain install pulls counts.
    return [req for req in requirements if req.marker is None or "extra" not in str(req.marker)]


def check_contents(names: list[str], what: str) -> None:
    junk = [name for name in names if any(part in name for part in _JUNK)]
    tests = [name for name in names if {"tests", "test"} & set(PurePosixPath(name).parts[:-1])]
    tests += [name for name in names if PurePosixPath(name).name.startswith("test_") or name.endswith("conftest.py")]
    if junk or tests:
        fail(f"{what} ships caches or tests: {sorted(junk + tests)[:10]}")


def check_wheel_layout(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    top = {name.split("/")[0] for name in names}
    packages = {name for name in top if not name.endswith(".dist-info")}
    if packages != set(PACKAGES):
        fail(f"wheel holds {sorted(packages)}, expected {sorted(PACKAGES)}")
    missing = [package for package in PACKAGES if f"{package}/py.typed" not in names]
    if missing:
        fail(f"no py.typed in {missing}")
    check_contents(names, "the wheel")


def _run(*command: str | Path, cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    # Fixed argument lists built here, no shell.
    return subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False)  # noqa: S603


def _pip(*args: str | Path) -> None:
    result = _run(sys.executable, "-m", "pip", "--disable-pip-version-check", *args)
    if result.returncode != 0:
        fail(f"pip {args[0]} failed:\n{result.stdout}{result.stderr}")


def install_and_import(wheel_path: Path, requirements: list[Requirement]) -> None:
    # The dependencies at the locked versions; pip download resolves their own dependencies too.
    lock = ROOT / "requirements" / "dev.lock"
    _pip("download", "--only-binary=:all:", "--dest", WHEELHOUSE, "--constraint", lock, *map(str, requirements))
    with tempfile.TemporaryDirectory(prefix="wheel-check-") as scratch:
        venv = Path(scratch) / "venv"
        # Truly empty (no pip, no setuptools): the pip of .venv installs into it with --python.
        if _run(sys.executable, "-m", "venv", "--without-pip", venv).returncode != 0:
            fail("cannot create a virtualenv")
        python = venv / "bin" / "python"
        _pip("--python", python, "install", "--no-index", "--find-links", WHEELHOUSE, wheel_path)
        result = _run(python, "-I", "-c", _IMPORT_EVERYTHING, cwd=scratch)
        if result.returncode != 0:
            fail(f"importing the installed wheel failed:\n{result.stderr}")
        version, location = result.stdout.split()
        if not Path(location).is_relative_to(venv):
            fail(f"evalclient was imported from {location}, not from the virtualenv")
        print(f"wheel check: evalclient {version} installs into an empty virtualenv and every module imports")


def main() -> None:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        fail(f"expected one wheel and one sdist in {dist}, found {[p.name for p in dist.iterdir()]}")
    with zipfile.ZipFile(wheels[0]) as wheel:
        requirements = runtime_requirements(wheel)
        check_wheel_layout(wheel)
    declared = {req.name.lower() for req in requirements}
    if declared != RUNTIME_DEPENDENCIES:
        fail(f"runtime dependencies are {sorted(declared)}, expected exactly {sorted(RUNTIME_DEPENDENCIES)}")
    with tarfile.open(sdists[0]) as sdist:
        check_contents(sdist.getnames(), "the sdist")
    install_and_import(wheels[0], requirements)


if __name__ == "__main__":
    main()
