"""`evalclient extend|bland runs compare`, `runs report` and `runs create --wait --baseline` (#17), as
subprocesses against a loopback FakeServer: the table, the one-line verdict, the exit codes, the reports."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import RUN_SECONDS, TOKEN, run_cli

import evalclient
from bland_evals_client.api.eval_runs import create_eval_run
from bland_evals_client.models import CreateEvalRunRequest
from evalclient.testing import FakeServer

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=RUN_SECONDS) as fake_server:
        yield fake_server


@pytest.fixture(scope="module")
def extend_runs(server: FakeServer) -> tuple[str, str, str]:
    """(set, baseline run of version 1.0, candidate run of the draft): the draft is worse on two figures."""
    extend = server.fake.extend
    set_id = extend.seed_set(name="Compared in CLI tests")
    extend.seed_items(set_id, 40)
    runs = extend.seed_run(set_id, version="1.0"), extend.seed_run(set_id, version="draft")
    time.sleep(3 * RUN_SECONDS)
    return set_id, *runs


@pytest.fixture(scope="module")
def bland_runs(server: FakeServer) -> tuple[str, str]:
    """(baseline, candidate) eval runs over the same calls; the candidate's first judge is its draft version."""
    bland = server.fake.bland
    calls = bland.call_ids[:20]
    baseline = bland.seed_run(calls)
    first, *others = bland.agent_ids
    draft = bland.agent_version_ids(first)[-1]
    agents = [{"eval_agent_id": first, "eval_agent_version_id": draft}, *({"eval_agent_id": a} for a in others)]
    body = CreateEvalRunRequest.from_dict({"call_ids": calls, "attached_agents": agents})
    with evalclient.bland_client(token=TOKEN, base_url=server.url) as client:
        candidate = create_eval_run.sync(client=client, body=body).data.id
    time.sleep(3 * RUN_SECONDS)
    return baseline, candidate


def verdict_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(("compare ", "quality gate ")))


def test_extend_compare_fails_naming_each_figure_and_writes_both_reports(
    server: FakeServer, extend_runs: tuple[str, str, str], tmp_path: Path
) -> None:
    _, baseline, candidate = extend_runs
    markdown, html = tmp_path / "summary.md", tmp_path / "report.html"

    result = run_cli(
        server, "extend", "runs", "compare", baseline, candidate, "--max-field-drop", "0.05",
        "--markdown", str(markdown), "--html", str(html),
    )  # fmt: skip

    assert result.returncode == 1, result.stderr
    rows = result.stdout.splitlines()
    assert rows[0].split() == ["SECTION", "NAME", "MEASURE", "BASELINE", "CANDIDATE", "CHANGE"]
    assert rows[1].split()[:3] == ["!!", "field", "line_items.amount"]  # the largest drop first
    line = verdict_line(result.stdout)
    assert line.startswith(f"compare FAILED: 2 regressions against {baseline}: accuracy ")
    assert "; field line_items.amount: accuracy 0.975 -> 0.7125 (-0.2625, more than 0.05)" in line
    assert f"wrote the Markdown summary to {markdown}" in result.stderr
    assert markdown.read_text(encoding="utf-8").startswith("## ❌ Regression: accuracy ")
    assert '<header id="verdict" class="verdict bad">' in html.read_text(encoding="utf-8")
    assert oct(html.stat().st_mode & 0o777) == "0o644"

    lenient = run_cli(server, "extend", "runs", "compare", baseline, candidate, "--max-drop", "0.1")
    assert lenient.returncode == 0, lenient.stderr
    assert verdict_line(lenient.stdout) == (
        f"compare PASSED: no regression against {baseline} "
        "(allowed drops: run figures 0.1, fields and classes not checked)"
    )


def test_extend_compare_json_and_the_usual_exit_codes(server: FakeServer, extend_runs: tuple[str, str, str]) -> None:
    set_id, baseline, candidate = extend_runs
    result = run_cli(server, "extend", "runs", "compare", baseline, candidate, "--json")
    assert result.returncode == 1
    document = json.loads(result.stdout)  # stdout holds the document alone; the verdict went to stderr
    assert (document["passed"], document["thresholds"]["max_drop"], document["baseline"]["id"]) == (
        False,
        0.0,
        baseline,
    )
    assert [r["name"] for r in document["regressions"]] == ["accuracy"]
    assert {entry["key"] for entry in document["breakdown"]} >= {"total", "line_items.amount"}
    assert verdict_line(result.stderr).startswith("compare FAILED: 1 regression against")

    slow = server.fake.extend.seed_run(set_id, duration=3600)
    in_progress = run_cli(server, "extend", "runs", "compare", baseline, slow)
    assert in_progress.returncode == 2
    assert f"cannot compare: the candidate run {slow} is still" in in_progress.stderr

    missing = run_cli(server, "extend", "runs", "compare", baseline, "bpr_doesNotExist")
    assert missing.returncode == 3
    assert "Run 'bpr_doesNotExist' not found" in missing.stderr

    bad = run_cli(server, "extend", "runs", "compare", baseline, candidate, "--max-drop", "-1")
    assert bad.returncode == 2
    assert "expected a drop of 0 or more, got '-1'" in bad.stderr


def test_runs_create_wait_baseline_gates_against_the_last_good_run(
    server: FakeServer, extend_runs: tuple[str, str, str], tmp_path: Path
) -> None:
    set_id, baseline, _ = extend_runs
    report = tmp_path / "gate.md"
    failed = run_cli(
        server, "extend", "runs", "create", "--evaluation-set-id", set_id, "--version", "draft",
        "--baseline", baseline, "--max-field-drop", "0.05", "--markdown", str(report),
    )  # fmt: skip
    assert failed.returncode == 1, failed.stderr
    assert "waiting for run" in failed.stderr  # --baseline implies --wait
    assert verdict_line(failed.stdout).startswith(f"quality gate FAILED: 2 regressions against {baseline}: ")
    assert report.read_text(encoding="utf-8").startswith("## ❌ Regression")

    passed = run_cli(
        server, "extend", "runs", "create", "--evaluation-set-id", set_id, "--version", "1.0",
        "--min-accuracy", "0.5", "--baseline", baseline,
    )  # fmt: skip
    assert passed.returncode == 0, passed.stderr
    line = verdict_line(passed.stdout)
    assert line.startswith("quality gate PASSED: accuracy ")
    assert f"; no regression against {baseline}" in line


def test_runs_report_one_run(server: FakeServer, extend_runs: tuple[str, str, str], tmp_path: Path) -> None:
    _, _, candidate = extend_runs
    html, markdown = tmp_path / "one.html", tmp_path / "one.md"
    result = run_cli(server, "extend", "runs", "report", candidate, "--html", str(html), "--markdown", str(markdown))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == ["SECTION", "NAME", "MEASURE", "VALUE"]
    assert '<header id="verdict" class="verdict neutral">' in html.read_text(encoding="utf-8")
    assert markdown.read_text(encoding="utf-8").startswith("## ✅ PROCESSED: accuracy ")


def test_bland_compare_names_the_judge_and_shows_the_calls_that_got_worse(
    server: FakeServer, bland_runs: tuple[str, str]
) -> None:
    baseline, candidate = bland_runs
    result = run_cli(
        server, "bland", "runs", "compare", baseline, candidate, "--max-drop", "100", "--max-agent-drop", "1"
    )
    assert result.returncode == 1, result.stderr
    line = verdict_line(result.stdout)
    assert line.startswith(f"compare FAILED: 1 regression against {baseline}: judge Resolution Quality: mean score ")
    calls = [row for row in result.stdout.splitlines() if row.startswith("call ")]
    assert calls
    assert "Resolution Quality: " in calls[0]
    assert " -> " in calls[0]
    assert "note: 20 calls scored by both runs: " in result.stderr

    lenient = run_cli(
        server, "bland", "runs", "compare", baseline, candidate, "--max-drop", "100", "--max-agent-drop", "50"
    )
    assert lenient.returncode == 0, lenient.stderr


def test_bland_runs_create_wait_baseline(server: FakeServer, bland_runs: tuple[str, str], tmp_path: Path) -> None:
    baseline, _ = bland_runs
    calls = tmp_path / "calls.txt"
    calls.write_text("\n".join(server.fake.bland.call_ids[:20]) + "\n", encoding="utf-8")
    agents = [word for agent in server.fake.bland.agent_ids for word in ("--agent", agent)]
    result = run_cli(server, "bland", "runs", "create", "--call-ids-file", str(calls), *agents, "--baseline", baseline)
    assert result.returncode == 0, result.stderr  # the same judges and calls as the baseline: the same verdicts
    assert verdict_line(result.stdout).startswith(f"quality gate PASSED: no regression against {baseline}")


def test_extend_2025_compares_batch_processor_runs_and_refuses_a_baseline_gate(
    server: FakeServer, extend_runs: tuple[str, str, str]
) -> None:
    _, baseline, candidate = extend_runs
    result = run_cli(server, "--api-version", "2025-04-21", "extend", "runs", "compare", baseline, candidate)
    assert result.returncode == 0, result.stderr
    assert "numFiles" in result.stdout  # the counts are all a batch processor run has
    assert "is a legacy batch processor run: it reports files and pages only" in result.stderr

    refused = run_cli(
        server, "--api-version", "2025-04-21", "extend", "runs", "wait", candidate, "--baseline", baseline
    )
    assert refused.returncode == 2
    assert "--baseline needs Extend API 2026-02-09" in refused.stderr


def test_importing_evalclient_leaves_the_comparison_code_unloaded_until_used() -> None:
    # Import time is a benchmark target: the comparison's classes (~15 ms) load on first use.
    code = (
        "import sys, evalclient\n"
        "assert 'evalclient.compare' not in sys.modules\n"
        "assert 'compare_runs' in dir(evalclient) and 'compare_runs' in evalclient.__all__\n"
        "from evalclient import RunComparison, compare_runs\n"
        "assert compare_runs.__module__ == RunComparison.__module__ == 'evalclient.compare'\n"
        "try:\n"
        "    evalclient.nothing_here\n"
        "except AttributeError as error:\n"
        "    assert 'nothing_here' in str(error)\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
