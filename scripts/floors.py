"""Run the unit lane with every runtime dependency at the lowest version pyproject.toml allows.

Usage: python3 scripts/floors.py

A lower bound nobody tests is a promise nobody keeps: a consumer whose lock holds httpx 0.27
gets it, and the first they hear of a broken floor is their own traceback. This builds
.venv-floors/ (gitignored) from requirements/dev.lock, then pins each runtime dependency to
its floor (`httpx>=0.27` -> `httpx==0.27.0`; pip keeps the lock's versions of what they need
where those are compatible), checks the installed versions are exactly the floors, and runs
`pytest --lane unit`. The venv is rebuilt only when pyproject.toml or the lock changes.
Needs only the standard library: it runs before any venv exists.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-floors"
LOCK = ROOT / "requirements" / "dev.lock"
PYPROJECT = ROOT / "pyproject.toml"
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$")
_LOWER = re.compile(r">=\s*([0-9][0-9A-Za-z.]*)")


def floors(pyproject_text: str) -> dict[str, str]:
    """{name: exact floor version} for each runtime dependency; a dependency with no `>=` is an error."""
    dependencies = tomllib.loads(pyproject_text).get("project", {}).get("dependencies", [])
    found: dict[str, str] = {}
    for requirement in dependencies:
        match = _REQUIREMENT.match(requirement.split(";", 1)[0])
        if match is None:
            raise SystemExit(f"floors: cannot read the requirement {requirement!r} in pyproject.toml")
        name, specifiers = match[1], match[2]
        lower = _LOWER.search(specifiers)
        if lower is None:
            raise SystemExit(
                f"floors: {name} has no lower bound (`>=`) in pyproject.toml: give it one, so it can be tested"
            )
        found[name.lower()] = _exact(lower[1])
    return found


def _exact(version: str) -> str:
    """`0.27` -> `0.27.0`: what `>=0.27` admits first, as pip names the release."""
    parts = version.split(".")
    return ".".join(parts + ["0"] * (3 - len(parts))) if all(part.isdigit() for part in parts) else version


def _fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for path in (LOCK, PYPROJECT):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _run(*argv: str) -> None:
    subprocess.run(argv, cwd=ROOT, check=True)  # noqa: S603 - fixed argv built here, no shell


def _pip(*args: str) -> None:
    # -qq: errors only; the warnings this machine's pip configuration prints would bury them.
    _run(str(VENV / "bin" / "python"), "-m", "pip", "install", "-qq", "--disable-pip-version-check", *args)


def ensure_venv(pins: dict[str, str]) -> bool:
    """Build .venv-floors when missing or stale; True when it was (re)built."""
    stamp = VENV / ".floors"
    if stamp.exists() and stamp.read_text() == _fingerprint():
        return False
    _run(sys.executable, "-m", "venv", "--clear", str(VENV))
    _pip("--no-deps", "-r", str(LOCK))
    _pip(*(f"{name}=={version}" for name, version in pins.items()))
    _pip("--no-deps", "--no-build-isolation", "-e", str(ROOT))
    stamp.write_text(_fingerprint())
    return True


def installed(names: list[str]) -> dict[str, str]:
    code = "import sys, importlib.metadata as m; print('\\n'.join(m.version(n) for n in sys.argv[1:]))"
    result = subprocess.run(  # noqa: S603 - the venv's own python, fixed code
        [str(VENV / "bin" / "python"), "-c", code, *names], capture_output=True, text=True, check=True
    )
    return dict(zip(names, result.stdout.split(), strict=True))


def main() -> int:
    pins = floors(PYPROJECT.read_text())
    started = time.monotonic()
    built = ensure_venv(pins)
    versions = installed(list(pins))
    wrong = {name: version for name, version in versions.items() if version != pins[name]}
    if wrong:
        print(f"floors: installed {wrong}, not the floors {pins}: the lock or pip overrode them", file=sys.stderr)
        return 1
    venv_seconds = time.monotonic() - started
    tests = subprocess.run(  # noqa: S603 - the venv's own python, fixed argv
        [str(VENV / "bin" / "python"), "-m", "pytest", "--lane", "unit", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        check=False,
    )
    total = time.monotonic() - started
    state = "PASS" if tests.returncode == 0 else "FAIL"
    floors_text = ", ".join(f"{name}=={version}" for name, version in pins.items())
    venv_text = f"venv built in {venv_seconds:.1f}s" if built else "venv reused"
    print(f"\ntest-floors: the unit lane at the dependency floors ({floors_text})")
    print(f"  {state}  ({venv_text}, total {total:.1f}s)")
    return tests.returncode


if __name__ == "__main__":
    raise SystemExit(main())
