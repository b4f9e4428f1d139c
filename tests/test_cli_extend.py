"""`evalclient extend ...` as a subprocess against a loopback FakeServer: output, JSON, exit codes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import RUN_SECONDS, TOKEN, first_id, json_lines, run_cli

from evalclient.testing import FakeServer, Fault

pytestmark = pytest.mark.integration

ITEM_COUNT = 120  # two batches


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=RUN_SECONDS) as fake_server:
        yield fake_server


@pytest.fixture(scope="module")
def filled_set(server: FakeServer) -> str:
    """An evaluation set of the seeded extractor holding three items (seeded without the CLI)."""
    set_id = server.fake.extend.seed_set(name="Seeded for CLI tests")
    server.fake.extend.seed_items(set_id, 3)
    return set_id


def write_items(path: Path, file_ids: list[str], count: int) -> Path:
    lines = [
        json.dumps({"fileId": file_ids[number % len(file_ids)], "expectedOutput": {"value": {"total": number}}})
        for number in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def item_posts(server: FakeServer) -> int:
    return sum(1 for r in server.fake.requests if r.method == "POST" and r.path.endswith("/items"))


def test_sets_create_get_and_list(server: FakeServer) -> None:
    extractor = server.fake.extend.extractor_id
    created = run_cli(server, "extend", "sets", "create", "--name", "Invoices", "--entity-id", extractor)
    assert created.returncode == 0, created.stderr
    set_id = first_id(created.stdout)
    assert set_id.startswith("ev_")
    assert f"extractor {extractor}" in created.stdout
    assert f"evalclient extend items add {set_id}" in created.stderr  # the next step, as a hint

    fetched = run_cli(server, "--json", "extend", "sets", "get", set_id)
    assert fetched.returncode == 0
    document = json.loads(fetched.stdout)
    assert (document["id"], document["name"], document["entity"]["id"]) == (set_id, "Invoices", extractor)

    listed = run_cli(server, "extend", "sets", "list", "--entity-id", extractor, "--json")
    assert set_id in [row["id"] for row in json_lines(listed.stdout)]


def test_items_add_sends_batches_of_100_with_progress(server: FakeServer, tmp_path: Path) -> None:
    set_id = server.fake.extend.seed_set()
    items = write_items(tmp_path / "items.jsonl", server.fake.extend.file_ids, ITEM_COUNT)
    posts_before = item_posts(server)

    added = run_cli(server, "extend", "items", "add", set_id, "--file", str(items), "--json", "--concurrency", "1")

    assert added.returncode == 0, added.stderr
    assert item_posts(server) - posts_before == 2
    created = json_lines(added.stdout)
    assert len(created) == ITEM_COUNT
    assert [item["line"] for item in created] == list(range(1, ITEM_COUNT + 1))  # one per line, in order
    assert all(item["id"].startswith("evi_") for item in created)
    assert "100/120 items" in added.stderr
    assert "120/120 items" in added.stderr
    assert f"added {ITEM_COUNT} items to {set_id} in 2 requests" in added.stderr  # stdout holds only JSON

    page = run_cli(server, "extend", "items", "list", set_id, "--limit", "5")
    rows = page.stdout.splitlines()
    assert rows[0].split()[:3] == ["ID", "FILE", "NAME"]
    assert len(rows) == 1 + 5
    assert all(row.startswith("evi_") for row in rows[1:])
    assert "more exist" in page.stderr

    everything = run_cli(server, "extend", "items", "list", set_id, "--limit", "0", "--json")
    assert len(json_lines(everything.stdout)) == ITEM_COUNT
    assert "more exist" not in everything.stderr


def test_items_add_reports_bad_lines_and_sends_nothing(server: FakeServer, tmp_path: Path) -> None:
    set_id = server.fake.extend.seed_set()
    good = json.dumps({"fileId": server.fake.extend.file_ids[0], "expectedOutput": {"value": {}}})
    lines = [good, "", '{"fileId": "file_x", "expectedOutput": {"value": {}', good, '{"file_id": "file_x"}']
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(lines) + "\n", encoding="utf-8")
    posts_before = item_posts(server)

    result = run_cli(server, "extend", "items", "add", set_id, "--file", str(items))

    assert result.returncode == 2
    assert f"{items}:3: not valid JSON" in result.stderr
    assert f"{items}:5: unknown field 'file_id'" in result.stderr
    assert "nothing was sent" in result.stderr
    assert item_posts(server) == posts_before


def test_items_add_refused_midway_says_which_lines_were_added(server: FakeServer, tmp_path: Path) -> None:
    set_id = server.fake.extend.seed_set()
    items = write_items(tmp_path / "items.jsonl", server.fake.extend.file_ids, 150)
    route = "POST /evaluation_sets/{evaluationSetId}/items"
    server.fake.faults.add(route, Fault.patch({}))  # the first batch goes through unchanged
    server.fake.faults.add(route, Fault.status(422))

    result = run_cli(server, "extend", "items", "add", set_id, "--file", str(items), "--concurrency", "1")

    assert result.returncode == 3
    assert "100 of 150 items were added (up to line 100); from line 101 on, nothing was confirmed" in result.stderr
    assert "Extend API error:" in result.stderr
    assert "HTTP 422" in result.stderr


def test_items_add_missing_file_is_a_usage_error(server: FakeServer, tmp_path: Path) -> None:
    result = run_cli(server, "extend", "items", "add", "ev_any", "--file", str(tmp_path / "absent.jsonl"))
    assert result.returncode == 2
    assert "absent.jsonl: No such file or directory" in result.stderr


def test_item_get_update_delete(server: FakeServer, filled_set: str) -> None:
    item_id = server.fake.extend.seed_items(filled_set, 1)[0]

    updated = run_cli(
        server, "extend", "items", "update", filled_set, item_id, "--expected-output", '{"value": {"total": 7}}'
    )
    assert updated.returncode == 0, updated.stderr
    assert first_id(updated.stdout) == item_id
    assert '{"value": {"total": 7}}' in updated.stdout

    fetched = run_cli(server, "extend", "items", "get", filled_set, item_id, "--json")
    assert json.loads(fetched.stdout)["expectedOutput"] == {"value": {"total": 7}}

    invalid = run_cli(server, "extend", "items", "update", filled_set, item_id, "--expected-output", "{total: 7}")
    assert invalid.returncode == 2
    assert "--expected-output is not valid JSON" in invalid.stderr

    deleted = run_cli(server, "extend", "items", "delete", filled_set, item_id)
    assert (deleted.returncode, deleted.stdout.strip()) == (0, f"deleted {item_id}")
    gone = run_cli(server, "extend", "items", "get", filled_set, item_id)
    assert gone.returncode == 3
    assert "HTTP 404" in gone.stderr
    assert "request id req_" in gone.stderr


def test_run_wait_shows_metrics_and_passes_the_gate(server: FakeServer, filled_set: str) -> None:
    result = run_cli(
        server, "extend", "runs", "create", "--evaluation-set-id", filled_set, "--wait", "--min-accuracy", "0.05"
    )
    assert result.returncode == 0, result.stderr
    assert first_id(result.stdout).startswith("bpr_")
    assert "status          PROCESSED" in result.stdout
    assert "3/3 processed (100%)" in result.stdout
    assert re.search(r"^FIELD +ACCURACY +ACCURATE", result.stdout, re.MULTILINE)  # per-field metrics
    assert result.stdout.splitlines()[-1].startswith("quality gate PASSED: accuracy ")
    # Not a terminal: one plain line per status change, never a carriage return.
    assert "waiting for run bpr_" in result.stderr
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert progress[-1].endswith("PROCESSED  3/3 files (100%)")
    assert len({line.split()[1] for line in progress}) == len(progress)  # one line per status
    assert "\r" not in result.stderr


def test_run_below_the_gate_exits_1_and_keeps_the_json(server: FakeServer, filled_set: str) -> None:
    result = run_cli(
        server, "extend", "runs", "create", "--evaluation-set-id", filled_set, "--min-accuracy", "1", "--json"
    )
    assert result.returncode == 1
    run = json.loads(result.stdout)  # --min-accuracy implies --wait; stdout is the final run only
    assert run["status"] == "PROCESSED"
    assert "quality gate FAILED: accuracy " in result.stderr
    assert "< 1" in result.stderr


def test_failed_run_exits_1(server: FakeServer, filled_set: str) -> None:
    server.fake.extend.fail_runs()
    try:
        result = run_cli(server, "extend", "runs", "create", "--evaluation-set-id", filled_set, "--wait")
    finally:
        server.fake.extend.fail_runs(False)
    assert result.returncode == 1
    assert "status          FAILED" in result.stdout
    assert "ended FAILED" in result.stderr


def test_run_options_version_items_and_get(server: FakeServer, filled_set: str) -> None:
    item_id = server.fake.extend.seed_items(filled_set, 1)[0]
    created = run_cli(
        server, "extend", "runs", "create", "--evaluation-set-id", filled_set,
        "--version", "1.0", "--item", item_id, "--json",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    run = json.loads(created.stdout)
    # --version alone runs that version of the set's own processor.
    assert run["entityVersion"]["version"] == "1.0"
    assert run["metrics"]["numFilesTotal"] == 1
    assert f"evalclient extend runs wait {run['id']}" in created.stderr

    fetched = run_cli(server, "extend", "runs", "get", run["id"])
    assert first_id(fetched.stdout) == run["id"]


def test_wait_timeout_exits_4_with_a_resume_hint(server: FakeServer, filled_set: str) -> None:
    run_id = server.fake.extend.seed_run(filled_set, duration=600)
    result = run_cli(server, "extend", "runs", "wait", run_id, "--timeout", "0.3", "--min-accuracy", "0.9")
    assert result.returncode == 4
    assert f"resume with: evalclient extend runs wait {run_id} --timeout 0.3 --min-accuracy 0.9" in result.stderr
