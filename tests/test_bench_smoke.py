"""The benchmark runner still runs: every scenario at tiny sizes (`--quick`), in seconds.

Figures at these sizes mean nothing and targets are not checked here; this only proves the
bench keeps working as the overlay changes. In the dev venv the official SDK is absent, so its
contender is left out; `make bench` runs the full thing in bench/.venv.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent


def test_quick_run_writes_every_scenario(tmp_path: Path) -> None:
    results, markdown = tmp_path / "results.json", tmp_path / "BENCHMARKS.md"
    markdown.write_text("# Benchmarks\n\n<!-- bench:results:start -->\nold\n<!-- bench:results:end -->\n\nnotes\n")
    completed = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--results", str(results), "--markdown", str(markdown)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    document = json.loads(results.read_text())
    assert document["mode"] == "quick"
    expected = [
        "1_in_process",
        "2_loopback",
        "3_parsing",
        "4_import",
        "5_pagination",
        "6_waits",
        "7_resources",
        "8_bulk",
    ]
    assert sorted(document["scenarios"]) == expected
    for scenario in document["scenarios"].values():
        assert scenario["rows"], scenario["title"]
        assert "error" not in scenario["data"], scenario["data"].get("error")
    assert {"cpu_model", "cores", "python", "os", "versions"} <= document["machine"].keys()
    text = markdown.read_text()
    assert "old" not in text
    assert text.endswith("notes\n")
    assert "| 6 | requests / schedule's expected count, 50 waits |" in text
