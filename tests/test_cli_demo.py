"""`scripts/demo.py` (`make demo`) end to end: it starts its own fake, drives the CLI and summarises."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from test_cli_support import ROOT

pytestmark = pytest.mark.integration

DEMO_TIMEOUT = 120


def test_demo_runs_both_evaluations_through_the_cli_and_summarises() -> None:
    # Real-looking vendor settings in the environment must not leak into the demo's commands.
    env = {
        **os.environ,
        "EXTEND_API_KEY": "sk_live_must_not_be_used",
        "BLAND_API_KEY": "org_live_must_not_be_used",
        "EXTEND_BASE_URL": "http://127.0.0.1:9",
        "BLAND_BASE_URL": "http://127.0.0.1:9",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--run-seconds", "0.2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=DEMO_TIMEOUT,
        check=False,
    )

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "Traceback" not in result.stderr
    # The seeded ids come from the manifest the served fake prints, not from a twin fake in process.
    assert "seeded, from the manifest it printed next: 1 extractor, 1 classifier, 1 splitter, 500 files;" in out
    assert "evalclient.testing import" not in (ROOT / "scripts" / "demo.py").read_text(encoding="utf-8")
    for command in (
        "$ evalclient extend sets create",
        "$ evalclient extend items add",
        "$ evalclient extend items list",
        "$ evalclient extend runs create",
        "$ evalclient bland runs create",
        "$ evalclient bland runs results",
    ):
        assert command in out
    assert "quality gate PASSED: accuracy" in out
    assert "quality gate PASSED: overall score" in out
    summary = out[out.index("Summary") :]
    assert "PROCESSED, 120/120 files" in summary
    assert summary.count(": passed)") == 2  # both quality gates
    assert "COMPLETE, 80/80 evaluations" in summary
    assert "40 call results in results.csv" in summary
    assert "fake API stopped; demo complete." in out
    # Progress went to stderr: the two batches of items (sent at once, either may land first), then both waits.
    assert "120/120 items" in result.stderr
    assert "items/s" in result.stderr
    assert result.stderr.count("waiting for run") == 2
