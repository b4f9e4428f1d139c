"""Helpers shared by the CLI tests (this module holds no tests).

Every command runs as a real subprocess, `python -m evalclient ...`, against a FakeServer on
loopback; the environment carries the fake's key and URL, never a real vendor's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from evalclient.testing import FakeServer

pytestmark = pytest.mark.integration

TOKEN = "cli-test-token"
RUN_SECONDS = 0.2  # short, so --wait finishes at its first polls: the only place real time passes
COMMAND_TIMEOUT = 30
ROOT = Path(__file__).resolve().parent.parent


def cli_env(server: FakeServer, overrides: Mapping[str, str | None] = {}) -> dict[str, str]:
    """The parent's environment without any vendor setting, pointed at `server`; None removes a variable."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("EXTEND_", "BLAND_"))}
    env.update(EXTEND_API_KEY=TOKEN, BLAND_API_KEY=TOKEN, EXTEND_BASE_URL=server.url, BLAND_BASE_URL=server.url)
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "evalclient", *args]


def run_cli(
    server: FakeServer,
    *args: str,
    env: Mapping[str, str | None] = {},
    stdin: str | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the command line to completion; no expected failure may print a traceback."""
    result = subprocess.run(
        cli_command(*args),
        env=cli_env(server, env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        cwd=cwd,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def first_id(human_output: str) -> str:
    """The id a record starts with (`id  ev_...`): records put the id first."""
    label, value = human_output.split()[:2]
    assert label == "id", human_output
    return value
