"""Bland eval agents, workbench setups and user templates (#13): every new operation through the
generated client against the fake over loopback, with the documented lifecycles and refusals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import evalclient
from bland_evals_client import AuthenticatedClient
from bland_evals_client.api.eval_agents import (
    create_eval_agent,
    create_eval_agent_version,
    delete_eval_agent,
    get_eval_agent,
    get_eval_agent_version,
    list_eval_agent_versions,
    list_eval_agents,
    publish_eval_agent,
    update_eval_agent,
    update_eval_agent_version,
)
from bland_evals_client.api.eval_runs import create_eval_run, get_eval_run
from bland_evals_client.api.user_templates import (
    create_user_template,
    delete_user_template,
    get_user_template,
    list_user_templates,
)
from bland_evals_client.api.workbench_setups import (
    create_workbench_setup,
    create_workbench_setup_version,
    delete_workbench_setup,
    get_workbench_setup,
    get_workbench_setup_version,
    list_workbench_setup_versions,
    list_workbench_setups,
    publish_workbench_setup,
    update_workbench_setup,
    update_workbench_setup_version,
)
from bland_evals_client.models import (
    CreateEvalAgentRequest,
    CreateEvalAgentVersionRequest,
    CreateEvalRunRequest,
    CreateUserTemplateRequest,
    CreateWorkbenchSetupRequest,
    CreateWorkbenchSetupVersionRequest,
    Modality,
    UpdateEvalAgentRequest,
    UpdateEvalAgentVersionRequest,
    UpdateWorkbenchSetupRequest,
    UpdateWorkbenchSetupVersionRequest,
)
from evalclient.testing import FakeServer, Fault

pytestmark = pytest.mark.integration

GRADED = {
    "prompt_md": "Did the agent resolve the issue?",
    "levels": [
        {"level_key": "resolved", "label": "Resolved", "prompt_md": "Resolved."},
        {"level_key": "open", "label": "Open", "prompt_md": "Left open."},
    ],
    "target_level_keys": ["resolved"],
    "weight": 60,
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(token="test-token", run_seconds=0.0) as running:
        yield running


@pytest.fixture
def client(server: FakeServer) -> Iterator[AuthenticatedClient]:
    with evalclient.bland_client(token="test-token", base_url=server.url) as bland:
        yield bland


def _new_agent(client: AuthenticatedClient, name: str, **extra: Any) -> tuple[str, str]:
    detail = create_eval_agent.sync(client=client, body=CreateEvalAgentRequest.from_dict({"name": name, **extra})).data
    return detail.agent.id, detail.current_version.id


def _patch(client: AuthenticatedClient, agent_id: str, version_id: str, body: dict[str, Any]) -> Any:
    return update_eval_agent_version.sync(
        agent_id, version_id, client=client, body=UpdateEvalAgentVersionRequest.from_dict(body)
    ).data


def test_an_agent_from_draft_to_published_and_deleted(server: FakeServer, client: AuthenticatedClient) -> None:
    agent_id, draft_id = _new_agent(client, "Resolution judge", modality="text")
    assert server.fake.requests[-1].status == 201
    draft = _patch(client, agent_id, draft_id, GRADED)
    assert (draft.state, draft.weight, [level.level_key for level in draft.levels]) == (
        "editable",
        60,
        ["resolved", "open"],
    )

    published = publish_eval_agent.sync(agent_id, client=client).data
    assert published.active_version_id == draft_id
    assert published.published_version.state == "archived"
    assert published.current_version_id != draft_id  # a new draft opened
    detail = get_eval_agent.sync(agent_id, client=client).data
    assert (detail.agent.active_version_id, detail.current_version.id) == (draft_id, published.current_version_id)
    assert detail.current_version.levels[0].level_key == "resolved"  # the new draft is a copy

    with pytest.raises(evalclient.UnprocessableEntityError, match="only editable versions") as caught:
        _patch(client, agent_id, draft_id, {"weight": 10})
    assert caught.value.code == "EVAL_AGENT_VERSION_NOT_EDITABLE"

    forked = create_eval_agent_version.sync(
        agent_id, client=client, body=CreateEvalAgentVersionRequest(name="From v1", from_version_id=draft_id)
    ).data
    assert (forked.name, forked.created_from_version_id, forked.state) == ("From v1", draft_id, "editable")
    assert get_eval_agent_version.sync(agent_id, forked.id, client=client).data.version_number == 3
    numbers = [
        v.version_number
        for v in evalclient.paginate(list_eval_agent_versions, client=client, eval_agent_id=agent_id, page_size=1)
    ]
    assert numbers == [3, 2, 1]

    updated = update_eval_agent.sync(
        agent_id,
        client=client,
        body=UpdateEvalAgentRequest.from_dict({"metadata": {"owner": "qa"}, "active_version_id": None}),
    ).data
    assert (updated.agent.metadata.to_dict(), updated.agent.active_version_id) == ({"owner": "qa"}, None)

    assert delete_eval_agent.sync(agent_id, client=client) is None
    assert server.fake.requests[-1].status == 204
    with pytest.raises(evalclient.NotFoundError) as gone:
        get_eval_agent.sync(agent_id, client=client)
    assert gone.value.code == "EVAL_AGENT_NOT_FOUND"
    assert agent_id not in [agent.id for agent in evalclient.paginate(list_eval_agents, client=client)]


@pytest.mark.parametrize(
    ("body", "error", "field"),
    [
        (
            {"levels": [{"level_key": f"l{n}", "label": "L", "prompt_md": "."} for n in range(6)]},
            evalclient.BadRequestError,
            "levels",
        ),
        ({"prompt_md": "x" * 8001}, evalclient.BadRequestError, "prompt_md"),
        ({"weight": 101}, evalclient.BadRequestError, "weight"),
        (
            {"levels": [{"level_key": "k" * 65, "label": "L", "prompt_md": "."}]},
            evalclient.BadRequestError,
            "level_key",
        ),
        ({**GRADED, "target_level_keys": ["missing"]}, evalclient.UnprocessableEntityError, "target_level_keys"),
        ({"levels": [GRADED["levels"][0], GRADED["levels"][0]]}, evalclient.UnprocessableEntityError, "level_key"),
        ({"levels": [], "target_level_keys": ["resolved"]}, evalclient.UnprocessableEntityError, "pass/fail"),
    ],
)
def test_a_version_patch_outside_the_documented_bounds_names_the_field(
    client: AuthenticatedClient, body: dict[str, Any], error: type[Exception], field: str
) -> None:
    agent_id, draft_id = _new_agent(client, "Bounds judge")
    with pytest.raises(error, match=field):
        _patch(client, agent_id, draft_id, body)


def test_publishing_checks_the_draft(client: AuthenticatedClient) -> None:
    agent_id, draft_id = _new_agent(client, "Half a judge")
    _patch(client, agent_id, draft_id, {"levels": GRADED["levels"][:1], "target_level_keys": ["resolved"]})
    with pytest.raises(evalclient.UnprocessableEntityError, match="2 to 5 levels") as caught:
        publish_eval_agent.sync(agent_id, client=client)
    assert caught.value.code == "EVAL_AGENT_NOT_PUBLISHABLE"
    _patch(client, agent_id, draft_id, {"levels": [], "target_level_keys": []})  # pass/fail publishes
    assert publish_eval_agent.sync(agent_id, client=client).data.active_version_id == draft_id


def test_a_setup_from_draft_to_a_run_that_completes(server: FakeServer, client: AuthenticatedClient) -> None:
    agent_id, draft_id = _new_agent(client, "Setup judge")
    _patch(client, agent_id, draft_id, GRADED)
    version_id = publish_eval_agent.sync(agent_id, client=client).data.active_version_id

    setup = create_workbench_setup.sync(client=client, body=CreateWorkbenchSetupRequest(name="Nightly")).data
    setup_id, setup_draft = setup.setup.id, setup.current_version.id
    assert (setup.setup.key, setup.current_version.attached_agents) == ("nightly", [])
    with pytest.raises(evalclient.UnprocessableEntityError, match="no attached agents"):
        publish_workbench_setup.sync(setup_id, client=client)

    def patch_setup(body: dict[str, Any]) -> Any:
        request = UpdateWorkbenchSetupVersionRequest.from_dict(body)
        return update_workbench_setup_version.sync(setup_id, setup_draft, client=client, body=request).data

    entry = {"eval_agent_id": agent_id, "eval_agent_version_id": version_id, "weight": 100}
    with pytest.raises(evalclient.BadRequestError, match="at most 20"):
        patch_setup({"attached_agents": [entry] * 21})
    # The model refuses a roster entry without a weight before sending; the fake refuses it too.
    raw = {"attached_agents": [{"eval_agent_id": agent_id, "eval_agent_version_id": version_id}]}
    with pytest.raises(evalclient.BadRequestError, match=r"attached_agents\[0\].weight is required"):
        client.get_httpx_client().patch(f"/v1/evals/workbench-setups/{setup_id}/versions/{setup_draft}", json=raw)
    patch_setup({"attached_agents": [entry], "pass_threshold_pct": 50, "run_mode": "text"})
    with pytest.raises(evalclient.UnprocessableEntityError, match="no target level key"):
        publish_workbench_setup.sync(setup_id, client=client)
    patched = patch_setup({"attached_agents": [{**entry, "target_level_keys": ["resolved"]}]})
    assert patched.attached_agents[0].target_level_keys == ["resolved"]

    published = publish_workbench_setup.sync(setup_id, client=client).data
    assert (published.active_version_id, published.published_version.attached_agent_count) == (setup_draft, 1)
    fork = create_workbench_setup_version.sync(setup_id, client=client, body=CreateWorkbenchSetupVersionRequest()).data
    assert server.fake.requests[-1].status == 201
    assert fork.attached_agents[0].eval_agent_id == agent_id
    assert get_workbench_setup_version.sync(setup_id, setup_draft, client=client).data.state == "archived"

    run = create_eval_run.sync(
        client=client,
        body=CreateEvalRunRequest.from_dict(
            {
                "call_ids": server.fake.bland.call_ids[:3],
                "workbench_setup_id": setup_id,
                "workbench_setup_version_id": setup_draft,
            }
        ),
    ).data
    assert [agent.eval_agent_id for agent in run.submitted_attached_agents] == [agent_id]  # the setup's roster
    finished = evalclient.wait_for_run(get_eval_run, client=client, run_id=run.id, timeout=30)
    assert finished.status == "COMPLETE"
    versions = list(evalclient.paginate(list_workbench_setup_versions, client=client, setup_id=setup_id))
    assert next(v for v in versions if v.id == setup_draft).latest_run.id == run.id
    listed = next(s for s in evalclient.paginate(list_workbench_setups, client=client) if s.id == setup_id)
    assert listed.latest_run.id == run.id

    renamed = update_workbench_setup.sync(
        setup_id, client=client, body=UpdateWorkbenchSetupRequest(name="Nightly QA 2")
    )
    assert renamed.data.setup.name == "Nightly QA 2"
    assert get_workbench_setup.sync(setup_id, client=client).data.setup.active_version_id == setup_draft
    assert delete_workbench_setup.sync(setup_id, client=client) is None
    with pytest.raises(evalclient.NotFoundError):
        get_workbench_setup.sync(setup_id, client=client)


def test_user_templates_and_an_agent_made_from_one(client: AuthenticatedClient) -> None:
    judge = {"levels": GRADED["levels"], "target_level_keys": GRADED["target_level_keys"]}
    body = CreateUserTemplateRequest.from_dict(
        judge
        | {
            "name": "Refunds",
            "category": "support",
            "modality": "audio",
            "system_prompt_md": "Judge.",
            "prompt_md": "Refund ok?",
        }
    )
    template = create_user_template.sync(client=client, body=body).data
    assert get_user_template.sync(template.id, client=client).data.name == "Refunds"
    assert template.id in [t.id for t in evalclient.paginate(list_user_templates, client=client)]
    agent_id, draft_id = _new_agent(
        client, "From my template", user_template_id=template.id, template_key="call_resolution"
    )
    draft = get_eval_agent_version.sync(agent_id, draft_id, client=client).data
    assert (draft.prompt_md, draft.modality) == ("Refund ok?", Modality.AUDIO)  # the user template won
    assert delete_user_template.sync(template.id, client=client) is None
    with pytest.raises(evalclient.NotFoundError):
        get_user_template.sync(template.id, client=client)
    with pytest.raises(evalclient.BadRequestError, match="name must be between 1 and 120"):
        create_user_template.sync(
            client=client, body=CreateUserTemplateRequest.from_dict({**body.to_dict(), "name": "x" * 121})
        )


def test_bare_string_errors_become_the_message(server: FakeServer, client: AuthenticatedClient) -> None:
    body = {"data": None, "errors": ["name is required"]}
    server.fake.faults.add("POST /v1/evals/agents", Fault.status(400, body=body))
    with pytest.raises(evalclient.BadRequestError) as caught:
        create_eval_agent.sync(client=client, body=CreateEvalAgentRequest(name="x"))
    assert caught.value.message == "name is required"
