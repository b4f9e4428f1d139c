"""Facts about the machine and the packages, recorded beside every figure."""

from __future__ import annotations

import importlib.util
import os
import platform
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("evalclient", "httpx", "httpcore", "extend-ai", "pydantic", "pydantic-core", "attrs")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return None


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def sdk_installed() -> bool:
    """Whether the official SDK is importable: always in bench/.venv, not in the dev venv."""
    return importlib.util.find_spec("extend_ai") is not None


def _commit() -> str | None:
    try:
        result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.strip()


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text().splitlines():
        match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)==([^\s;#]+).*", line)
        if match:
            pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins


def lock_mismatches() -> list[str]:
    """Packages bench.lock pins to another version than dev.lock (must be none)."""
    bench, dev = _pins(ROOT / "requirements/bench.lock"), _pins(ROOT / "requirements/dev.lock")
    return [
        f"{name}: bench {bench[name]} != dev {dev[name]}"
        for name in sorted(bench.keys() & dev.keys())
        if bench[name] != dev[name]
    ]


def facts() -> dict[str, Any]:
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": affinity,
        "memory_gib": _memory_gib(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "os": platform.platform(),
        "versions": {name: _version(name) for name in PACKAGES},
        "git_commit": _commit(),
        "lock_mismatches": lock_mismatches(),
    }
