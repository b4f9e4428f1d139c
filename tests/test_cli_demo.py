"""`scripts/demo.py` (`make demo`) end to end: it starts its own fake, drives the CLI and summarises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli_support import ROOT

pytestmark = pytest.mark.integration

DEMO_TIMEOUT = 120


def test_demo_runs_both_evaluations_through_the_cli_and_summarises(tmp_path: Path) -> None:
    # Real-looking vendor settings in the environment must not leak into the demo's commands.
    env = {
        **os.environ,
        "EXTEND_API_KEY": "sk_live_must_not_be_used",
        "BLAND_API_KEY": "org_live_must_not_be_used",
        "EXTEND_BASE_URL": "http://127.0.0.1:9",
        "BLAND_BASE_URL": "http://127.0.0.1:9",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--run-seconds", "0.2", "--reports-dir", str(tmp_path)],
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
        "$ evalclient extend runs compare",
    ):
        assert command in out
    assert "quality gate PASSED: accuracy" in out
    assert "quality gate PASSED: overall score" in out
    summary = out[out.index("Summary") :]
    assert "PROCESSED, 120/120 files" in summary
    assert summary.count(": passed)") == 2  # both quality gates
    assert "COMPLETE, 80/80 evaluations" in summary
    assert "40 call results in results.csv" in summary
    # It ends with a compare that finds a visible regression (exit 1, as a CI step would fail) and writes both reports.
    assert "(exit status 1, as a CI step would fail)" in out
    assert "Compare version 1.0 against that Extend run: compare FAILED: 2 regressions against bpr_" in summary
    assert "; field currency: accuracy 0.85 -> 0.7333 (-0.1167, more than 0.05)" in summary
    markdown, html = (
        (tmp_path / "summary.md").read_text(encoding="utf-8"),
        (tmp_path / "report.html").read_text(encoding="utf-8"),
    )
    assert markdown.startswith("## ❌ Regression: accuracy 0.8313 → 0.8146")
    assert '<header id="verdict" class="verdict bad">' in html
    assert html.count('class="bar ') == 4
    assert f"Reports {tmp_path / 'summary.md'} and {tmp_path / 'report.html'}" in summary
    assert "fake API stopped; demo complete." in out
    # Progress went to stderr: the two batches of items (sent at once, either may land first), then the waits.
    assert "120/120 items" in result.stderr
    assert "items/s" in result.stderr
    assert result.stderr.count("waiting for run") == 3  # both gates, then the run compared
