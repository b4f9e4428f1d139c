"""`evalclient bland ...` as a subprocess against a loopback FakeServer: runs, gate, results, agents."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import RUN_SECONDS, TOKEN, first_id, json_lines, run_cli

from evalclient.testing import FakeServer

pytestmark = pytest.mark.integration

CALL_COUNT = 130  # more than one page of 100 call results


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=RUN_SECONDS) as fake_server:
        yield fake_server


@pytest.fixture(scope="module")
def calls_file(server: FakeServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bland") / "calls.txt"
    call_ids = server.fake.bland.call_ids[:CALL_COUNT]
    path.write_text("# recorded calls\n" + "\n".join(call_ids) + "\n\n" + call_ids[0] + "\n", encoding="utf-8")
    return path


def test_agents_list(server: FakeServer) -> None:
    table = run_cli(server, "bland", "agents", "list")
    assert table.returncode == 0
    assert table.stdout.split()[:2] == ["ID", "NAME"]
    for agent_id in server.fake.bland.agent_ids:
        assert agent_id in table.stdout


def test_run_with_agents_waits_passes_the_gate_and_pages_all_results(
    server: FakeServer, calls_file: Path, tmp_path: Path
) -> None:
    first, second = server.fake.bland.agent_ids[:2]
    pinned = f"{second}:{server.fake.bland.agent_version_ids(second)[0]}"
    created = run_cli(
        server, "bland", "runs", "create", "--call-ids-file", str(calls_file), "--agent", first, "--agent", pinned,
        "--metadata", "pipeline=ci", "--wait", "--min-score", "1",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    run_id = first_id(created.stdout)
    assert "status           COMPLETE" in created.stdout
    assert f"{CALL_COUNT * 2}/{CALL_COUNT * 2} evaluations (100%)" in created.stdout  # duplicates dropped
    assert "metadata         pipeline=ci" in created.stdout
    assert created.stdout.splitlines()[-1].startswith("quality gate PASSED: overall score ")

    output = tmp_path / "results.csv"
    written = run_cli(server, "bland", "runs", "results", run_id, "--format", "csv", "--output", str(output))
    assert written.returncode == 0, written.stderr
    assert f"wrote {CALL_COUNT} call results to {output}" in written.stderr
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert len(rows) == CALL_COUNT
    assert {row["call_id"] for row in rows} == set(server.fake.bland.call_ids[:CALL_COUNT])
    assert list(rows[0])[:2] == ["call_id", "status"]

    streamed = run_cli(server, "--json", "bland", "runs", "results", run_id)
    assert len(json_lines(streamed.stdout)) == CALL_COUNT


def test_run_failing_its_pass_threshold_fails_the_gate(server: FakeServer, calls_file: Path) -> None:
    result = run_cli(
        server, "bland", "runs", "create", "--call-ids-file", str(calls_file), "--agent",
        server.fake.bland.agent_ids[0], "--pass-threshold-pct", "100", "--min-score", "0", "--json",
    )  # fmt: skip
    assert result.returncode == 1
    run = json.loads(result.stdout)
    assert run["summary"]["overall_pass"] is False
    assert "quality gate FAILED" in result.stderr
    assert "failed its pass threshold of 100%" in result.stderr


def test_failed_run_exits_1_with_its_error(server: FakeServer, calls_file: Path) -> None:
    server.fake.bland.fail_runs()
    try:
        result = run_cli(
            server, "bland", "runs", "create", "--call-ids-file", str(calls_file),
            "--agent", server.fake.bland.agent_ids[0], "--wait",
        )  # fmt: skip
    finally:
        server.fake.bland.fail_runs(False)
    assert result.returncode == 1
    assert "ended FAILED" in result.stderr


def test_workbench_setup_run_then_list_get_cancel(server: FakeServer, calls_file: Path) -> None:
    bland = server.fake.bland
    created = run_cli(
        server, "bland", "runs", "create", "--call-ids-file", str(calls_file),
        "--workbench-setup", bland.workbench_setup_id, "--workbench-setup-version", bland.workbench_setup_version_id,
        "--run-mode", "text", "--json",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    run = json.loads(created.stdout)
    assert run["workbench_setup_version_id"] == bland.workbench_setup_version_id
    assert run["status"] == "PENDING"

    long_run = bland.seed_run(duration=600)
    listed = json_lines(run_cli(server, "bland", "runs", "list", "--status", "PENDING", "--json").stdout)
    assert long_run in [row["id"] for row in listed]
    assert {row["status"] for row in listed} == {"PENDING"}

    cancelled = run_cli(server, "bland", "runs", "cancel", long_run)
    assert cancelled.returncode == 0
    assert "status           CANCELLED" in cancelled.stdout
    waited = run_cli(server, "bland", "runs", "wait", long_run)
    assert waited.returncode == 1
    assert "ended CANCELLED" in waited.stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--agent", "a", "--workbench-setup", "s", "--workbench-setup-version", "v"], "not both"),
        (["--workbench-setup", "s"], "go together"),
        (["--agent", "a", "--pass-threshold-pct", "150"], "expected a number from 0 to 100"),
    ],
)
def test_run_create_usage_errors_exit_2_before_any_request(
    server: FakeServer, calls_file: Path, options: list[str], message: str
) -> None:
    requests_before = len(server.fake.requests)
    result = run_cli(server, "bland", "runs", "create", "--call-ids-file", str(calls_file), *options)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(server.fake.requests) == requests_before


def test_unknown_run_exits_3_with_a_hint(server: FakeServer) -> None:
    result = run_cli(server, "bland", "runs", "get", "no-such-run")
    assert result.returncode == 3
    assert "Bland API error:" in result.stderr
    assert "HTTP 404" in result.stderr
    assert "Evals is not enabled" in result.stderr
