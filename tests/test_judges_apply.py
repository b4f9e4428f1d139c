"""Eval judges as code (#13, part 5): evalclient.judges against the in-process fake.

Writes are counted from the fake's request log (every method but GET), so "no write" is what
the fake saw, not what the library believes it sent.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import evalclient
from bland_evals_client import AuthenticatedClient
from bland_evals_client.api.eval_agents import get_eval_agent, get_eval_agent_version, list_eval_agents
from bland_evals_client.api.workbench_setups import get_workbench_setup, get_workbench_setup_version
from evalclient.judges import (
    KEY_FIELD,
    Action,
    JudgesConflictError,
    JudgesFile,
    JudgesFileError,
    Plan,
    apply,
    load_judges,
    parse_judges,
    plan,
)
from evalclient.testing import FakeAPI, Fault

pytestmark = pytest.mark.unit

JUDGES_TOML = """\
[[agents]]
key = "resolution"
name = "Resolution"
description = "Did the call solve the caller's problem?"
system_prompt_md = "You are a strict reviewer of support calls."
prompt_md = "Did the agent resolve the caller's issue?"
target_level_keys = ["resolved"]
weight = 60

[[agents.levels]]
level_key = "resolved"
label = "Resolved"
prompt_md = "The issue was resolved and the caller confirmed it."
color = "emerald"

[[agents.levels]]
level_key = "open"
label = "Still open"
prompt_md = "The issue was not resolved."
color = "rose"

[[agents]]
key = "disclosure"
name = "Recording disclosure"
modality = "audio"
prompt_md = "Did the agent say that the call is recorded?"

[[setups]]
key = "nightly"
name = "Nightly judges"
pass_threshold_pct = 80
run_mode = "text"

[[setups.agents]]
agent = "resolution"
weight = 70

[[setups.agents]]
agent = "empathy-check"  # made in the dashboard: found by Bland's own key
weight = 30
"""


@pytest.fixture
def fake() -> FakeAPI:
    return FakeAPI(token="test-token", run_seconds=0)


@pytest.fixture
def client(fake: FakeAPI) -> Iterator[AuthenticatedClient]:
    with evalclient.bland_client(token="test-token", base_url="http://fake", transport=fake.transport) as bland:
        yield bland


@pytest.fixture
def judges(tmp_path: Path) -> JudgesFile:
    path = tmp_path / "judges.toml"
    path.write_text(JUDGES_TOML, encoding="utf-8")
    return load_judges(path)


def writes(fake: FakeAPI, since: int = 0) -> list[tuple[str, str]]:
    """The (method, path) of every write the fake received after the `since`-th request."""
    return [(entry.method, entry.path) for entry in list(fake.requests)[since:] if entry.method != "GET"]


def changed(judges: JudgesFile, agent: str, **fields: Any) -> JudgesFile:
    agents = tuple(dataclasses.replace(spec, **fields) if spec.key == agent else spec for spec in judges.agents)
    return dataclasses.replace(judges, agents=agents)


def remote_agent(client: AuthenticatedClient, key: str) -> Any:
    listed = evalclient.paginate(list_eval_agents, client=client)
    agent_id = next(item.id for item in listed if item.metadata.additional_properties.get(KEY_FIELD) == key)
    return get_eval_agent.sync(agent_id, client=client).data


def test_a_fresh_fake_gets_every_agent_and_setup_created_and_published(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    planned = plan(client, judges, publish=True)
    assert writes(fake) == []  # planning only reads
    assert [(step.kind, step.key, step.action, step.publish) for step in planned.steps] == [
        ("agent", "resolution", Action.CREATE, True),
        ("agent", "disclosure", Action.CREATE, True),
        ("setup", "nightly", Action.CREATE, True),
    ]
    result = apply(client, planned)
    sent = writes(fake)
    assert result.writes == len(sent) == 12  # per object: create, tag with its key, patch the draft, publish
    assert [method for method, _ in sent].count("POST") == 6

    resolution = remote_agent(client, "resolution")
    assert resolution.agent.metadata.additional_properties == {KEY_FIELD: "resolution"}
    assert resolution.agent.key == "resolution"  # Bland's own slug of the name: not what matching uses
    published = get_eval_agent_version.sync(resolution.agent.id, resolution.agent.active_version_id, client=client)
    assert (published.data.prompt_md, published.data.weight) == ("Did the agent resolve the caller's issue?", 60)
    assert [level.level_key for level in published.data.levels] == ["resolved", "open"]
    assert str(remote_agent(client, "disclosure").current_version.modality) == "audio"

    setup_id = next(item.id for item in result.applied if item.kind == "setup")
    setup = get_workbench_setup.sync(setup_id, client=client).data.setup
    roster = get_workbench_setup_version.sync(setup_id, str(setup.active_version_id), client=client).data
    first = roster.attached_agents[0]
    assert (first.eval_agent_id, first.eval_agent_version_id, first.weight, first.target_level_keys) == (
        resolution.agent.id,
        resolution.agent.active_version_id,
        70,
        ["resolved"],  # the agent's own targets, as the file gives none for the setup
    )
    assert roster.attached_agents[1].target_level_keys == ["excellent"]  # the dashboard agent's own targets
    assert (roster.pass_threshold_pct, str(roster.run_mode)) == (80, "text")


def test_a_second_apply_of_the_same_file_sends_no_write(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    apply(client, judges, publish=True)
    before = len(fake.requests)
    again = apply(client, judges, publish=True)
    assert writes(fake, before) == []
    assert again.writes == 0
    assert not again.changed
    assert {step.action for step in again.plan.steps} == {Action.UNCHANGED}
    assert apply(client, judges).writes == 0  # without --publish too


def test_one_changed_prompt_makes_exactly_one_version_and_one_publish(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    apply(client, judges, publish=True)
    edited = changed(judges, "disclosure", prompt_md="Did the agent say, at the start, that the call is recorded?")
    planned = plan(client, edited, publish=True)
    step = next(step for step in planned.steps if step.key == "disclosure")
    assert (step.action, step.new_version, step.publish) == (Action.UPDATE, True, True)
    assert [(change.field, change.after) for change in step.changes] == [
        ("prompt_md", "Did the agent say, at the start, that the call is recorded?")
    ]
    assert [step.action for step in planned.steps if step.key != "disclosure"] == [Action.UNCHANGED] * 2

    before = len(fake.requests)
    result = apply(client, planned)
    agent_id = step.remote_id
    new_version = remote_agent(client, "disclosure").agent.active_version_id  # the patched version, published
    assert writes(fake, before) == [
        ("POST", f"/v1/evals/agents/{agent_id}/versions"),
        ("PATCH", f"/v1/evals/agents/{agent_id}/versions/{new_version}"),
        ("POST", f"/v1/evals/agents/{agent_id}/publications"),
    ]
    assert [(item.key, item.version_id, item.published_version_id) for item in result.applied] == [
        ("disclosure", new_version, new_version)
    ]
    assert not plan(client, edited, publish=True).changed


def test_a_setup_follows_its_agent_to_the_new_published_version(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    apply(client, judges, publish=True)
    edited = changed(judges, "resolution", prompt_md="Was the caller's issue resolved for good?")
    planned = plan(client, edited, publish=True)
    setup_step = planned.steps[-1]
    assert (setup_step.action, setup_step.new_version, setup_step.publish) == (Action.UPDATE, True, True)
    assert [change.field for change in setup_step.changes] == ["attached_agents[resolution].version"]
    before = len(fake.requests)
    apply(client, planned)
    kinds = [(path.split("/")[3], method) for method, path in writes(fake, before)]
    # a new version, patched and published: first the agent, then the setup that pins it
    assert kinds == [(kind, method) for kind in ("agents", "workbench-setups") for method in ("POST", "PATCH", "POST")]
    agent = remote_agent(client, "resolution").agent
    setup = get_workbench_setup.sync(str(setup_step.remote_id), client=client).data.setup
    roster = get_workbench_setup_version.sync(setup.id, str(setup.active_version_id), client=client).data
    assert roster.attached_agents[0].eval_agent_version_id == agent.active_version_id


def test_without_publish_a_change_lands_in_a_new_draft_and_the_published_version_stays(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    apply(client, judges, publish=True)
    active = remote_agent(client, "resolution").agent.active_version_id
    edited = changed(judges, "resolution", weight=40.0)
    result = apply(client, edited)
    detail = remote_agent(client, "resolution")
    assert (detail.agent.active_version_id, detail.current_version.weight) == (active, 40)
    assert result.plan.steps[-1].action is Action.UNCHANGED  # the setup pins the published version, unchanged
    assert not plan(client, edited).changed
    publishing = plan(client, edited, publish=True)
    assert [step.action for step in publishing.steps] == [Action.PUBLISH, Action.UNCHANGED, Action.UPDATE]
    assert [(c.field, c.before, c.after) for c in publishing.steps[0].changes] == [("weight", 60, 40)]
    before = len(fake.requests)
    apply(client, publishing)
    assert [method for method, _ in writes(fake, before)] == ["POST", "POST", "PATCH", "POST"]  # no agent version


def test_the_plan_diffs_field_by_field_and_patches_names_in_place(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    apply(client, judges, publish=True)
    spec = judges.agents[0]
    relabelled = dataclasses.replace(spec.levels[1], label="Open")
    extra = dataclasses.replace(spec.levels[1], level_key="partial", label="Partial")
    edited = changed(
        judges, "resolution", name="Resolution v2", levels=(relabelled, extra, spec.levels[0]), description=None
    )
    step = plan(client, edited).steps[0]
    assert [(change.field, change.before, change.after) for change in step.changes] == [
        ("name", "Resolution", "Resolution v2"),
        ("description", "Did the call solve the caller's problem?", None),
        ("levels[open].label", "Still open", "Open"),
        ("levels[partial]", None, {"label": "Partial", "prompt_md": extra.prompt_md, "color": "rose"}),
        ("levels (order)", ["resolved", "open"], ["open", "partial", "resolved"]),
    ]
    assert 'levels[open].label: "Still open" -> "Open"' in plan(client, edited).describe()
    renamed_only = changed(judges, "resolution", name="Resolution v2")
    before = len(fake.requests)
    apply(client, renamed_only, publish=True)
    agent_id = plan(client, judges).steps[0].remote_id
    assert writes(fake, before) == [("PATCH", f"/v1/evals/agents/{agent_id}")]  # no version for a name


def test_objects_the_file_does_not_name_are_left_alone(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    seeded = {item.id: item.to_dict() for item in evalclient.paginate(list_eval_agents, client=client)}
    apply(client, judges, publish=True)
    touched = {path.split("/")[4] for _, path in writes(fake) if path.count("/") >= 4}
    assert not touched & set(seeded)
    after = {item.id: item.to_dict() for item in evalclient.paginate(list_eval_agents, client=client)}
    for agent_id, item in seeded.items():
        assert {**after[agent_id], "latest_run": None} == {**item, "latest_run": None}


def test_a_json_file_is_read_like_the_toml_one(tmp_path: Path, judges: JudgesFile) -> None:
    document = {
        "agents": [
            {
                "key": spec.key,
                "name": spec.name,
                "description": spec.description,
                "modality": spec.modality,
                "system_prompt_md": spec.system_prompt_md,
                "prompt_md": spec.prompt_md,
                "levels": [dataclasses.asdict(level) for level in spec.levels],
                "target_level_keys": list(spec.target_level_keys),
                "weight": spec.weight,
            }
            for spec in judges.agents
        ],
        "setups": [
            {
                "key": "nightly",
                "name": "Nightly judges",
                "pass_threshold_pct": 80,
                "agents": [{"agent": "resolution", "weight": 70}, {"agent": "empathy-check", "weight": 30}],
            }
        ],
    }
    path = tmp_path / "judges.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded = load_judges(path)
    assert (loaded.agents, loaded.setups) == (judges.agents, judges.setups)
    assert loaded.source == str(path)


def _agent(**fields: Any) -> dict[str, Any]:
    return {"key": "judge", "name": "Judge", "prompt_md": "Grade it.", **fields}


LEVELS = [
    {"level_key": "good", "label": "Good", "prompt_md": "."},
    {"level_key": "bad", "label": "Bad", "prompt_md": "."},
]


@pytest.mark.parametrize(
    ("document", "entry", "field", "message"),
    [
        ({"agents": [_agent(name="x" * 201)]}, "agents[0] 'judge'", "name", "1 to 200 characters"),
        ({"agents": [_agent(prompt_md="x" * 8001)]}, "agents[0] 'judge'", "prompt_md", "at most 8000"),
        ({"agents": [_agent(system_prompt_md="x" * 8001)]}, "agents[0] 'judge'", "system_prompt_md", "at most 8000"),
        ({"agents": [_agent(levels=LEVELS * 3)]}, "agents[0] 'judge'", "levels", "at most 5 levels"),
        ({"agents": [_agent(levels=LEVELS[:1])]}, "agents[0] 'judge'", "levels", "needs 2 to 5 levels"),
        ({"agents": [_agent(levels=[LEVELS[0], LEVELS[0]])]}, "agents[0] 'judge'", "levels[1].level_key", "twice"),
        (
            {"agents": [_agent(levels=[{**LEVELS[0], "level_key": "k" * 65}, LEVELS[1]])]},
            "agents[0] 'judge'",
            "levels[0].level_key",
            "1 to 64 characters",
        ),
        ({"agents": [_agent(weight=101)]}, "agents[0] 'judge'", "weight", "from 0 to 100, got 101"),
        ({"agents": [_agent(weight="high")]}, "agents[0] 'judge'", "weight", "got a string"),
        (
            {"agents": [_agent(levels=LEVELS, target_level_keys=["great"])]},
            "agents[0] 'judge'",
            "target_level_keys",
            "'great' is not one of the levels' keys",
        ),
        ({"agents": [_agent(target_level_keys=["good"])]}, "agents[0] 'judge'", "target_level_keys", "pass/fail"),
        ({"agents": [_agent(modality="video")]}, "agents[0] 'judge'", "modality", "one of text, audio"),
        ({"agents": [_agent(promt_md="typo")]}, "agents[0] 'judge'", "promt_md", "unknown field"),
        ({"agents": [_agent(key="no spaces")]}, "agents[0] 'no spaces'", "key", "letters, digits"),
        ({"agents": [_agent(), _agent()]}, "agents[1] 'judge'", "key", "declared twice"),
        (
            {"agents": [_agent(levels=LEVELS)], "setups": [{"key": "s", "name": "S", "agents": [{"agent": "judge"}]}]},
            "setups[0] 's'",
            "agents[0].weight",
            "is required",
        ),
        (
            {
                "agents": [_agent(levels=LEVELS, target_level_keys=["good"])],
                "setups": [{"key": "s", "name": "S", "agents": [{"agent": f"a{n}", "weight": 5} for n in range(21)]}],
            },
            "setups[0] 's'",
            "agents",
            "at most 20 agents",
        ),
        (
            {"agents": [_agent()], "setups": [{"key": "s", "name": "S", "agents": [{"agent": "judge", "weight": 5}]}]},
            "setups[0] 's'",
            "agents[0].target_level_keys",
            "each agent has a target level key",
        ),
        (
            {"setups": [{"key": "s", "name": "S", "agents": [], "pass_threshold_pct": 120}]},
            "setups[0] 's'",
            "pass_threshold_pct",
            "from 0 to 100",
        ),
        ({"setups": [{"key": "s", "name": "S", "agents": []}]}, "setups[0] 's'", "agents", "at least one agent"),
        ({"judges": []}, "the file", "judges", "unknown field"),
    ],
)
def test_a_bad_field_names_the_file_the_entry_and_the_field(
    document: dict[str, Any], entry: str, field: str, message: str
) -> None:
    with pytest.raises(JudgesFileError) as caught:
        parse_judges(document, "team/judges.toml")
    problem = next(problem for problem in caught.value.problems if problem.field == field)
    assert (problem.entry, message in problem.message) == (entry, True), caught.value
    assert f"team/judges.toml: {entry}: {field}: " in str(caught.value)


def test_bad_toml_and_bad_json_name_the_file_and_the_place(tmp_path: Path) -> None:
    toml = tmp_path / "judges.toml"
    toml.write_text('[[agents]]\nkey = "a"\nname = "unterminated\n', encoding="utf-8")
    with pytest.raises(JudgesFileError, match=r"judges.toml: the file: not valid TOML: .*line 3"):
        load_judges(toml)
    broken = tmp_path / "judges.json"
    broken.write_text('{"agents": [}', encoding="utf-8")
    with pytest.raises(JudgesFileError, match=r"judges.json: the file: not valid JSON: .*line 1, column 13"):
        load_judges(broken)


def test_a_setup_agent_neither_declared_nor_remote_is_refused_before_any_write(
    fake: FakeAPI, client: AuthenticatedClient
) -> None:
    document = {"setups": [{"key": "s", "name": "S", "agents": [{"agent": "nobody", "weight": 50}]}]}
    with pytest.raises(JudgesFileError, match=r"setups\[0\] 's': agents\[0\].agent: no agent 'nobody'"):
        apply(client, parse_judges(document), publish=True)
    assert writes(fake) == []
    wrong_target = {"setups": [{"key": "s", "name": "S", "agents": [
        {"agent": "empathy-check", "weight": 50, "target_level_keys": ["pass"]}]}]}  # fmt: skip
    with pytest.raises(JudgesFileError, match="'pass' is not a level key of agent 'empathy-check'"):
        plan(client, parse_judges(wrong_target))


def test_two_remote_objects_with_one_key_are_a_conflict_and_nothing_is_written(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    apply(client, judges)
    twin = next(agent_id for agent_id in fake.bland.agent_ids)
    client.get_httpx_client().patch(f"/v1/evals/agents/{twin}", json={"metadata": {KEY_FIELD: "resolution"}})
    before = len(fake.requests)
    with pytest.raises(JudgesConflictError, match=f"two remote agents carry {KEY_FIELD}='resolution'"):
        apply(client, changed(judges, "resolution", weight=1.0))
    assert writes(fake, before) == []


def test_a_failed_write_stops_the_apply_and_the_next_apply_finishes(
    fake: FakeAPI, client: AuthenticatedClient, judges: JudgesFile
) -> None:
    fake.faults.add("POST /v1/evals/agents/{eval_agent_id}/publications", Fault.status(422))
    with pytest.raises(evalclient.UnprocessableEntityError) as caught:
        apply(client, judges, publish=True)
    assert any(
        "apply stopped at agent 'resolution' (create) after 3 successful write(s)" in note
        for note in caught.value.__notes__
    )
    finishing = plan(client, judges, publish=True)
    assert [step.action for step in finishing.steps] == [Action.PUBLISH, Action.CREATE, Action.CREATE]
    apply(client, finishing)
    assert not plan(client, judges, publish=True).changed


def test_a_plan_is_applied_with_its_own_publish_setting(client: AuthenticatedClient, judges: JudgesFile) -> None:
    planned: Plan = plan(client, judges)
    with pytest.raises(ValueError, match="made with publish=False"):
        apply(client, planned, publish=True)
    document = planned.to_dict()
    assert (document["publish"], document["changed"], len(document["steps"])) == (False, True, 3)
    assert json.loads(json.dumps(document)) == document
    assert planned.describe().splitlines()[-1] == "summary: 3 to create"


def test_the_judges_as_code_guide_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # docs/judges-as-code.md: its TOML example is the judges.toml its Python blocks apply, in order.
    guide = (Path(__file__).resolve().parent.parent / "docs" / "judges-as-code.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"^```toml\n(.*?)^```", guide, re.DOTALL | re.MULTILINE)
    (tmp_path / "judges.toml").write_text(example, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"^```python\n(.*?)^```", guide, re.DOTALL | re.MULTILINE)
    assert len(blocks) >= 4, "load, plan and apply; apply again; a diff; a bad file"
    namespace: dict[str, object] = {"__name__": "guide"}
    for number, block in enumerate(blocks, start=1):
        exec(compile(block, f"docs/judges-as-code.md python block {number}", "exec"), namespace)
