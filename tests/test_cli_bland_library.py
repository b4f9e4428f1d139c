"""`evalclient bland agents|setups|templates ...` as a subprocess against a loopback FakeServer (#13)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import RUN_SECONDS, TOKEN, json_lines, run_cli

from evalclient.testing import FakeServer

pytestmark = pytest.mark.integration

LEVELS = [
    {"level_key": "resolved", "label": "Resolved", "prompt_md": "Resolved."},
    {"level_key": "open", "label": "Open", "prompt_md": "Left open."},
]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=RUN_SECONDS) as running:
        yield running


def _json(server: FakeServer, *args: str) -> dict[str, object]:
    result = run_cli(server, *args, "--json")
    assert result.returncode == 0, result.stderr
    document: dict[str, object] = json.loads(result.stdout)
    return document


def test_an_agent_and_a_setup_from_the_command_line(server: FakeServer, tmp_path: Path) -> None:
    created = _json(server, "bland", "agents", "create", "--name", "CLI judge", "--template-key", "call_resolution")
    agent_id = created["agent"]["id"]  # type: ignore[index]
    prompt = tmp_path / "prompt.md"
    prompt.write_text("Did the agent resolve the caller's issue?", encoding="utf-8")
    updated = _json(
        server, "bland", "agents", "update", agent_id, "--prompt-md", f"@{prompt}",
        "--levels", json.dumps(LEVELS), "--target", "resolved", "--weight", "70", "--metadata", "owner=qa",
    )  # fmt: skip
    draft = updated["current_version"]
    assert (draft["prompt_md"], draft["weight"], draft["target_level_keys"]) == (prompt.read_text(), 70, ["resolved"])  # type: ignore[index]
    assert updated["agent"]["metadata"] == {"owner": "qa"}  # type: ignore[index]
    published = _json(server, "bland", "agents", "publish", agent_id)
    version_id = published["active_version_id"]
    versions = json_lines(run_cli(server, "bland", "agents", "versions", agent_id, "--json").stdout)
    assert [(v["version_number"], v["state"]) for v in versions] == [(2, "editable"), (1, "archived")]
    human = run_cli(server, "bland", "agents", "get", agent_id)
    assert f"published version  {version_id}" in human.stdout
    assert "resolved, open" in human.stdout

    setup = _json(server, "bland", "setups", "create", "--name", "CLI setup")
    setup_id = setup["setup"]["id"]  # type: ignore[index]
    roster = _json(server, "bland", "setups", "update", setup_id, "--agent", f"{agent_id}:{version_id}:100:resolved",
                   "--pass-threshold-pct", "80")  # fmt: skip
    assert roster["current_version"]["attached_agents"][0]["target_level_keys"] == ["resolved"]  # type: ignore[index]
    assert _json(server, "bland", "setups", "publish", setup_id)["published_version"]["attached_agent_count"] == 1  # type: ignore[index]
    listed = run_cli(server, "bland", "setups", "list")
    assert setup_id in listed.stdout
    assert "CLI setup" in listed.stdout
    assert len(json_lines(run_cli(server, "bland", "setups", "versions", setup_id, "--json").stdout)) == 2

    deleted = run_cli(server, "bland", "setups", "delete", setup_id)
    assert (deleted.returncode, deleted.stdout.strip()) == (0, f"deleted workbench setup {setup_id}")
    assert run_cli(server, "bland", "agents", "delete", agent_id).returncode == 0
    gone = run_cli(server, "bland", "agents", "get", agent_id)
    assert gone.returncode == 3
    assert "EVAL_AGENT_NOT_FOUND" in gone.stderr


def test_templates_list_shows_shipped_and_user_templates(server: FakeServer) -> None:
    headers = {"authorization": TOKEN}
    body = {"name": "Mine", "modality": "text", "system_prompt_md": "Judge.", "prompt_md": "Grade."}
    server.fake.handle("POST", "/v1/evals/user-templates", headers=headers, body=json.dumps(body).encode())
    rows = json_lines(run_cli(server, "bland", "templates", "list", "--json").stdout)
    sources = [(row["source"], row.get("key") or row["name"]) for row in rows]
    assert ("shipped", "hallucination_detection") in sources
    assert ("user", "Mine") in sources
    assert "call_resolution" in run_cli(server, "bland", "templates", "list").stdout


def test_refusals_name_the_field(server: FakeServer) -> None:
    agent_id = json.loads(run_cli(server, "bland", "agents", "create", "--name", "Strict", "--json").stdout)["agent"][
        "id"
    ]
    refused = run_cli(server, "bland", "agents", "update", agent_id, "--levels", json.dumps(LEVELS), "--target", "nope")
    assert refused.returncode == 3
    assert "target_level_keys: 'nope' is not a level key" in refused.stderr
    too_long = run_cli(server, "bland", "agents", "update", agent_id, "--prompt-md", "x" * 8001)
    assert too_long.returncode == 3
    assert "prompt_md must be between 0 and 8000 characters" in too_long.stderr
    nothing = run_cli(server, "bland", "agents", "update", agent_id)
    assert (nothing.returncode, "nothing to change" in nothing.stderr) == (2, True)
    bad_roster = run_cli(server, "bland", "setups", "update", "some-setup", "--agent", "only-an-id")
    assert bad_roster.returncode == 2
    assert "expected AGENT_ID:VERSION_ID:WEIGHT" in bad_roster.stderr
