"""`evalclient bland apply` (#13, part 5) as a subprocess against a loopback FakeServer.

Writes are counted from the fake's request log (every method but GET).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import TOKEN, run_cli

from evalclient.testing import FakeServer, Fault

pytestmark = pytest.mark.integration

JUDGES = """\
[[agents]]
key = "resolution"
name = "Resolution"
prompt_md = "Did the agent resolve the caller's issue?"
target_level_keys = ["resolved"]
weight = 60
levels = [
  { level_key = "resolved", label = "Resolved", prompt_md = "Resolved and confirmed.", color = "emerald" },
  { level_key = "open", label = "Open", prompt_md = "Not resolved.", color = "rose" },
]

[[agents]]
key = "disclosure"
name = "Recording disclosure"
prompt_md = "Did the agent say that the call is recorded?"

[[setups]]
key = "nightly"
name = "Nightly judges"
pass_threshold_pct = 80
agents = [{ agent = "resolution", weight = 100 }]
"""


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=0.0) as running:
        yield running


@pytest.fixture
def judges(tmp_path: Path) -> Path:
    path = tmp_path / "judges.toml"
    path.write_text(JUDGES, encoding="utf-8")
    return path


def writes(server: FakeServer, since: int = 0) -> list[tuple[str, str]]:
    return [(entry.method, entry.path) for entry in list(server.fake.requests)[since:] if entry.method != "GET"]


def test_apply_creates_and_publishes_then_a_second_apply_writes_nothing(server: FakeServer, judges: Path) -> None:
    dry = run_cli(server, "bland", "apply", str(judges), "--dry-run", "--publish")
    assert dry.returncode == 0, dry.stderr
    assert '+ agent resolution "Resolution": create, publish' in dry.stdout
    assert "dry run: nothing was written" in dry.stdout
    check = run_cli(server, "bland", "apply", str(judges), "--check")
    assert check.returncode == 1
    assert f"check: 3 of 3 objects in {judges} differ from Bland" in check.stderr
    assert writes(server) == []

    applied = run_cli(server, "bland", "apply", str(judges), "--publish")
    assert applied.returncode == 0, applied.stderr
    assert applied.stdout.splitlines()[0] == f"plan for {judges} (publishing what changed):"
    assert "applied: 3 created, 0 updated, 3 published, 0 unchanged (12 writes)" in applied.stdout
    assert len(writes(server)) == 12

    before = len(server.fake.requests)
    again = run_cli(server, "bland", "apply", str(judges), "--publish")
    assert again.returncode == 0, again.stderr
    assert "summary: 3 unchanged" in again.stdout
    assert "(0 writes)" in again.stdout
    assert writes(server, before) == []
    for flags in (("--check",), ("--check", "--publish")):
        same = run_cli(server, "bland", "apply", str(judges), *flags)
        assert same.returncode == 0, same.stderr
        assert f"check: Bland matches {judges}" in same.stdout


def test_one_changed_prompt_is_one_new_version_and_one_publish(server: FakeServer, judges: Path) -> None:
    assert run_cli(server, "bland", "apply", str(judges), "--publish").returncode == 0
    judges.write_text(JUDGES.replace("say that the call", "say at the start that the call"), encoding="utf-8")
    check = run_cli(server, "bland", "apply", str(judges), "--check", "--publish")
    assert check.returncode == 1
    assert '~ agent disclosure "Recording disclosure": update, new version, publish' in check.stdout
    assert 'prompt_md: "Did the agent say that the call is recorded?" -> "Did the agent say at the start' in (
        check.stdout
    )
    before = len(server.fake.requests)
    applied = run_cli(server, "bland", "apply", str(judges), "--publish")
    assert applied.returncode == 0, applied.stderr
    sent = writes(server, before)
    assert [(method, path.rsplit("/", 2)[-2 if method == "PATCH" else -1]) for method, path in sent] == [
        ("POST", "versions"),
        ("PATCH", "versions"),
        ("POST", "publications"),
    ]
    assert len({path.split("/")[4] for _, path in sent}) == 1  # all on the one agent


def test_json_output_is_one_document_with_the_plan_and_what_was_applied(server: FakeServer, judges: Path) -> None:
    result = run_cli(server, "bland", "apply", str(judges), "--publish", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["publish"], document["changed"], document["dry_run"], document["check"]) == (
        True,
        True,
        False,
        False,
    )
    assert [(step["kind"], step["key"], step["action"]) for step in document["steps"]] == [
        ("agent", "resolution", "create"),
        ("agent", "disclosure", "create"),
        ("setup", "nightly", "create"),
    ]
    assert document["writes"] == 12
    assert all(item["published_version_id"] for item in document["applied"])
    assert "applied: 3 created" in result.stderr  # stdout holds only the document

    judges.write_text(JUDGES.replace("weight = 60", "weight = 55"), encoding="utf-8")
    check = run_cli(server, "--json", "bland", "apply", str(judges), "--check", "--publish")
    assert check.returncode == 1
    checked = json.loads(check.stdout)
    assert (checked["changed"], checked["writes"], checked["applied"]) == (True, 0, [])
    step = checked["steps"][0]
    assert (step["action"], step["changes"]) == ("update", [{"field": "weight", "before": 60.0, "after": 55.0}])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[agents]]\nkey = "a"\nname = "unterminated\n', "the file: not valid TOML: "),
        (JUDGES.replace("weight = 60", "weight = 600"), "agents[0] 'resolution': weight: must be a number from 0"),
        (
            JUDGES.replace('target_level_keys = ["resolved"]', 'target_level_keys = ["solved"]'),
            "agents[0] 'resolution': target_level_keys: 'solved' is not one of the levels' keys",
        ),
        (JUDGES.replace('prompt_md = "Did the agent say', 'promptmd = "Did the agent say'),
         "agents[1] 'disclosure': promptmd: unknown field"),
        (JUDGES + '[[setups]]\nkey = "nightly"\nname = "Twin"\nagents = [{ agent = "resolution", weight = 1 }]\n',
         "setups[1] 'nightly': key: 'nightly' is declared twice"),
    ],
)  # fmt: skip
def test_a_bad_file_is_a_usage_error_before_any_request(
    server: FakeServer, tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "judges.toml"
    path.write_text(text, encoding="utf-8")
    result = run_cli(server, "bland", "apply", str(path), "--publish")
    assert result.returncode == 2
    assert f"evalclient: {path}: {expected}" in result.stderr
    assert "nothing was sent" in result.stderr
    assert list(server.fake.requests) == []


def test_a_setup_naming_an_unknown_agent_is_a_usage_error_before_any_write(server: FakeServer, tmp_path: Path) -> None:
    path = tmp_path / "judges.json"
    document = {"setups": [{"key": "s", "name": "S", "agents": [{"agent": "ghost", "weight": 10}]}]}
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli(server, "bland", "apply", str(path), "--publish")
    assert result.returncode == 2
    assert f"{path}: setups[0] 's': agents[0].agent: no agent 'ghost' in the file" in result.stderr
    assert "nothing was written" in result.stderr
    assert writes(server) == []


def test_an_api_error_stops_the_apply_with_exit_3_and_says_where(server: FakeServer, judges: Path) -> None:
    server.fake.faults.add("POST /v1/evals/workbench-setups", Fault.status(422))
    result = run_cli(server, "bland", "apply", str(judges), "--publish")
    assert result.returncode == 3
    assert "apply stopped at setup 'nightly' (create) after 8 successful write(s)" in result.stderr
    assert "Bland API error: " in result.stderr
    finished = run_cli(server, "bland", "apply", str(judges), "--publish")
    assert finished.returncode == 0, finished.stderr
    assert "applied: 1 created, 0 updated, 1 published, 2 unchanged (4 writes)" in finished.stdout
