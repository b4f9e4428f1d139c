"""Where the SDK is read: a throwaway virtualenv pip installs it into, or an installed SDK given by path.

The SDK never enters .venv: sdk_reader.py reads it in the SDK's own interpreter, and only the
JSON shape comes back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _drift.config import ConfigError, Pairing

READER = Path(__file__).with_name("sdk_reader.py")


def read_installed(pairing: Pairing, location: Path) -> dict[str, Any]:
    """Read the SDK installed at `location`: a virtualenv (it has bin/python) or a site-packages directory."""
    interpreter = location / "bin" / "python"
    if interpreter.exists():
        return _read(pairing, [str(interpreter)], {})
    if (location / pairing.package).is_dir():
        # The SDK's compiled dependencies (pydantic-core) must match this interpreter's version.
        return _read(pairing, [sys.executable], {"PYTHONPATH": str(location)})
    raise ConfigError(f"{location}: neither a virtualenv (no bin/python) nor a directory holding `{pairing.package}`")


def read_newest(pairing: Pairing) -> dict[str, Any]:
    """pip install the pairing's requirement into a throwaway virtualenv, read it, throw the virtualenv away."""
    with tempfile.TemporaryDirectory(prefix="check-drift-") as scratch:
        venv = Path(scratch) / "venv"
        _run([sys.executable, "-m", "venv", str(venv)], f"cannot create a virtualenv in {venv}")
        _run(
            [
                str(venv / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                pairing.requirement,
            ],
            f"pip could not install {pairing.requirement}",
        )
        return read_installed(pairing, venv)


def _read(pairing: Pairing, command: list[str], env: dict[str, str]) -> dict[str, Any]:
    arguments = [str(READER), pairing.package, pairing.api_version_header, *pairing.clients]
    output = _run([*command, *arguments], f"cannot read the SDK `{pairing.package}`", {**os.environ, **env})
    shape: dict[str, Any] = json.loads(output)
    return shape


def _run(command: list[str], failure: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)  # noqa: S603
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-5:]
        raise ConfigError(failure + (":\n  " + "\n  ".join(detail) if detail else ""))
    return done.stdout
