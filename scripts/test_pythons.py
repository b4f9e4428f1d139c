"""Run the unit lane under every supported CPython, each in its own virtualenv built from the lock.

Usage: python3 scripts/test_pythons.py [VERSION ...]   (default: every supported version)

Each interpreter is found, in this order, from PYTHON311/PYTHON312/PYTHON313 (a path), the newest
`$(pyenv root)/versions/3.X.N/bin/python3.X`, or `python3.X` on PATH; whatever is found must report
that version when run. A supported version with no interpreter fails the run before anything is
built: a lane that is silently skipped would claim a support nobody tested.

The virtualenvs live in .venv-pythons/<version>/ (gitignored) and are rebuilt only when the
interpreter, requirements/dev.lock or pyproject.toml changes. evalclient is installed editable, so
each lane tests the working tree. Needs only the standard library: it runs before any venv exists.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The floor is the oldest CPython still maintained upstream (3.10 reached end of life in October
# 2026); keep in step with pyproject's classifiers and the README's "Working on evalclient".
SUPPORTED = ("3.11", "3.12", "3.13")
VENVS = ROOT / ".venv-pythons"
LOCK = ROOT / "requirements" / "dev.lock"
PYTEST = ("-m", "pytest", "--lane", "unit", "-q", "-p", "no:cacheprovider")
_PATCH = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_SUMMARY = re.compile(r"\d+ (passed|failed|errors?|skipped|deselected)\b")


def env_var(version: str) -> str:
    return "PYTHON" + version.replace(".", "")


def candidates(version: str, environ: Mapping[str, str], pyenv_root: Path | None) -> list[Path]:
    """Where an interpreter for `version` may be, best first. An explicit override is the only candidate."""
    override = environ.get(env_var(version))
    if override:
        return [Path(override)]
    found = []
    if pyenv_root is not None:
        installed = []
        for path in (pyenv_root / "versions").glob(f"{version}.*"):
            match = _PATCH.match(path.name)  # 3.13.0, not 3.13.0t (free-threaded) nor 3.13-dev
            if match and f"{match[1]}.{match[2]}" == version:
                installed.append((int(match[3]), path / "bin" / f"python{version}"))
        found += [path for _, path in sorted(installed, reverse=True)]
    on_path = shutil.which(f"python{version}", path=environ.get("PATH"))
    if on_path:
        found.append(Path(on_path))
    return found


def not_found_message(version: str, tried: list[Path], environ: Mapping[str, str]) -> str:
    name = env_var(version)
    if environ.get(name):
        return f"Python {version}: {name}={environ[name]} is not a working python{version}"
    where = ", ".join(str(path) for path in tried) or "no pyenv version and nothing on PATH"
    return (
        f"Python {version} not found (tried: {where}). Install it (`pyenv install {version}`) "
        f"or point {name} at its interpreter."
    )


def _reported_version(interpreter: Path) -> str | None:
    """The full version the interpreter reports when run, or None if it does not run."""
    try:
        result = subprocess.run(  # noqa: S603 - an interpreter the maintainer named or installed, no shell
            [str(interpreter), "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except OSError:
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def find(version: str, environ: Mapping[str, str], pyenv_root: Path | None) -> tuple[Path, str] | str:
    """The interpreter and its full version, or why there is none."""
    tried = candidates(version, environ, pyenv_root)
    for interpreter in tried:
        full = _reported_version(interpreter)
        if full is not None and full.rsplit(".", 1)[0] == version:
            return interpreter, full
    return not_found_message(version, tried, environ)


def _pyenv_root(environ: Mapping[str, str]) -> Path | None:
    if environ.get("PYENV_ROOT"):
        return Path(environ["PYENV_ROOT"])
    if shutil.which("pyenv") is None:
        return None
    result = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=False)  # noqa: S607 - pyenv from PATH, as a maintainer runs it
    return Path(result.stdout.strip()) if result.returncode == 0 and result.stdout.strip() else None


def _fingerprint(interpreter: Path, full_version: str) -> str:
    digest = hashlib.sha256(f"{interpreter.resolve()}\n{full_version}\n".encode())
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _pip(venv: Path, *args: str) -> None:
    # -qq: errors only; the warnings this machine's pip configuration prints for every package would bury them.
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *args], cwd=ROOT, check=True)  # noqa: S603 - fixed argv, no shell


def ensure_venv(version: str, interpreter: Path, full_version: str) -> bool:
    """Build .venv-pythons/<version> from the lock unless it is current. True if it was (re)built."""
    venv = VENVS / version
    stamp = venv / ".installed"
    fingerprint = _fingerprint(interpreter, full_version)
    if stamp.is_file() and stamp.read_text() == fingerprint:
        return False
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([str(interpreter), "-m", "venv", str(venv)], check=True)  # noqa: S603 - fixed argv, no shell
    _pip(venv, "-r", str(LOCK))
    _pip(venv, "--no-deps", "--no-build-isolation", "-e", ".")
    stamp.write_text(fingerprint)
    return True


@dataclass
class Lane:
    version: str
    full_version: str
    passed: bool
    summary: str
    setup_seconds: float
    test_seconds: float
    built: bool


def run_lane(version: str, interpreter: Path, full_version: str) -> Lane:
    print(f"\n=== Python {full_version} ({interpreter}): unit lane", flush=True)
    started = time.perf_counter()
    try:
        built = ensure_venv(version, interpreter, full_version)
    except subprocess.CalledProcessError as exc:
        # pip has printed why; the lane fails and the others still run.
        summary = f"virtualenv not built: `{' '.join(map(str, exc.cmd))}` exited {exc.returncode}"
        return Lane(version, full_version, False, summary, time.perf_counter() - started, 0.0, True)
    tests_started = time.perf_counter()
    venv = VENVS / version
    environ = {**os.environ, "VIRTUAL_ENV": str(venv), "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    with subprocess.Popen(  # noqa: S603 - the lane's own venv Python, no shell
        [str(venv / "bin" / "python"), *PYTEST], cwd=ROOT, env=environ, stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        summary = "no summary line from pytest"
        for line in process.stdout:
            sys.stdout.write(line)
            if _SUMMARY.search(line):
                summary = line.strip(" =\n")
    finished = time.perf_counter()
    return Lane(
        version,
        full_version,
        process.returncode == 0,
        summary,
        tests_started - started,
        finished - tests_started,
        built,
    )


def main(argv: list[str]) -> int:
    versions = argv or list(SUPPORTED)
    unsupported = [version for version in versions if version not in SUPPORTED]
    if unsupported:
        print(f"test-pythons: not a supported version: {', '.join(unsupported)} (supported: {', '.join(SUPPORTED)})")
        return 2
    pyenv_root = _pyenv_root(os.environ)
    found = {version: find(version, os.environ, pyenv_root) for version in versions}
    missing = [message for message in found.values() if isinstance(message, str)]
    if missing:
        for message in missing:
            print(f"test-pythons: FAILED: {message}", file=sys.stderr)
        return 1

    started = time.perf_counter()
    lanes = []
    for version, interpreter_and_version in found.items():
        assert not isinstance(interpreter_and_version, str)
        lanes.append(run_lane(version, *interpreter_and_version))

    print("\ntest-pythons: the unit lane under each supported CPython")
    for lane in lanes:
        venv = f"venv {'built' if lane.built else 'reused'} in {lane.setup_seconds:.1f}s"
        print(
            f"  {lane.full_version:<8} {'PASS' if lane.passed else 'FAIL'}  {lane.summary}"
            f"  (tests {lane.test_seconds:.1f}s, {venv})"
        )
    failed = [lane.full_version for lane in lanes if not lane.passed]
    print(
        f"  total {time.perf_counter() - started:.1f}s; {'FAILED on ' + ', '.join(failed) if failed else 'all passed'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
