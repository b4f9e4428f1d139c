"""Carrying out a plan: the writes, in order (agents first, so setups can pin their versions).

Each step sends only what its plan says. A failure stops the apply with the API's error, with a
note saying where it stopped; what was done stays done, and applying the file again finishes it
(the plan then starts from the remote state as it is).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, TypeVar

from bland_evals_client import AuthenticatedClient
from bland_evals_client.api.eval_agents import (
    create_eval_agent,
    create_eval_agent_version,
    publish_eval_agent,
    update_eval_agent,
    update_eval_agent_version,
)
from bland_evals_client.api.workbench_setups import (
    create_workbench_setup,
    create_workbench_setup_version,
    publish_workbench_setup,
    update_workbench_setup,
    update_workbench_setup_version,
)
from bland_evals_client.models import (
    CreateEvalAgentRequest,
    CreateEvalAgentVersionRequest,
    CreateWorkbenchSetupRequest,
    CreateWorkbenchSetupVersionRequest,
    UpdateEvalAgentRequest,
    UpdateEvalAgentVersionRequest,
    UpdateWorkbenchSetupRequest,
    UpdateWorkbenchSetupVersionRequest,
)
from evalclient._judges_file import AgentSpec, SetupSpec
from evalclient._judges_plan import Action, Plan, Step, targets_of
from evalclient._judges_remote import KEY_FIELD
from evalclient._judges_report import result_document, result_summary
from evalclient.errors import ApiError

T = TypeVar("T")

_AGENT_VERSION_FIELDS = frozenset(
    {"modality", "system_prompt_md", "prompt_md", "levels", "target_level_keys", "weight"}
)
_SETUP_VERSION_FIELDS = frozenset({"attached_agents", "pass_threshold_pct", "run_mode", "default_call_ids"})


@dataclass(frozen=True, slots=True)
class Applied:
    """What one step did: the object's id, the version it wrote (if any) and the version it published (if any)."""

    kind: str
    key: str
    action: Action
    id: str
    version_id: str | None = None
    published_version_id: str | None = None


@dataclass(frozen=True, slots=True)
class ApplyResult:
    """The plan that was carried out, what each changed object became, and how many writes were sent."""

    plan: Plan
    applied: tuple[Applied, ...]
    writes: int

    @property
    def changed(self) -> bool:
        return self.writes > 0

    def describe(self) -> str:
        """`applied: 1 created, 2 updated, 3 published, 4 unchanged (11 writes)`."""
        return result_summary(self)

    def to_dict(self) -> dict[str, Any]:
        """The plan's data plus `applied` (ids and versions per changed object) and `writes`."""
        return result_document(self)


def execute(client: AuthenticatedClient, plan: Plan) -> ApplyResult:
    run = _Run(client, plan)
    for step in plan.steps:
        try:
            if step.kind == "agent":
                run.agent(step, _find(plan.judges.agents, step.key))
            else:
                run.setup(step, _find(plan.judges.setups, step.key))
        except ApiError as exc:
            exc.add_note(
                f"apply stopped at {step.kind} {step.key!r} ({step.action}) after {run.writes} successful write(s); "
                "what was done stays done: apply the file again to finish"
            )
            raise
    return ApplyResult(plan, tuple(run.applied), run.writes)


def _find(specs: Collection[Any], key: str) -> Any:
    return next(spec for spec in specs if spec.key == key)


class _Run:
    def __init__(self, client: AuthenticatedClient, plan: Plan) -> None:
        self.client, self.plan = client, plan
        self.writes = 0
        self.applied: list[Applied] = []
        # agent key -> (agent id, the version a setup pins): its published version, else its draft
        self.pins = {key: (agent.id, agent.active_id or agent.draft_id) for key, agent in plan.remote.agents.items()}

    def _write(self, send: Callable[[], T]) -> T:
        answer = send()
        self.writes += 1  # counted once answered: the note on a failure says how many went through
        return answer

    def agent(self, step: Step, spec: AgentSpec) -> None:
        client, written = self.client, None
        if step.action is Action.CREATE:
            body = CreateEvalAgentRequest.from_dict(
                {"name": spec.name, "description": spec.description, "modality": spec.modality}
            )
            detail = self._write(lambda: create_eval_agent.sync(client=client, body=body)).data
            agent_id, draft_id, active_id = detail.agent.id, detail.current_version.id, None
            metadata = {**detail.agent.metadata.additional_properties, KEY_FIELD: spec.key}
            tag = UpdateEvalAgentRequest.from_dict({"metadata": metadata})
            self._write(lambda: update_eval_agent.sync(agent_id, client=client, body=tag))
            patch = _agent_version_body(spec, _AGENT_VERSION_FIELDS)
            self._write(lambda: update_eval_agent_version.sync(agent_id, draft_id, client=client, body=patch))
            written = draft_id
        elif step.action is not Action.UNCHANGED:
            remote = self.plan.remote.agents[spec.key]
            agent_id, draft_id, active_id = remote.id, remote.draft_id, remote.active_id
            if step.object_fields:
                fields = UpdateEvalAgentRequest.from_dict(_pick(_object_values(spec), step.object_fields))
                self._write(lambda: update_eval_agent.sync(agent_id, client=client, body=fields))
            if step.new_version:
                fork = CreateEvalAgentVersionRequest()
                draft_id = self._write(
                    lambda: create_eval_agent_version.sync(agent_id, client=client, body=fork)
                ).data.id
                patch = _agent_version_body(spec, step.version_fields)
                self._write(lambda: update_eval_agent_version.sync(agent_id, draft_id, client=client, body=patch))
                written = draft_id
        else:
            return
        published = None
        if step.publish:
            published = self._write(lambda: publish_eval_agent.sync(agent_id, client=client)).data.active_version_id
            active_id = published
        self.pins[spec.key] = (agent_id, active_id or draft_id)
        self.applied.append(Applied("agent", spec.key, step.action, agent_id, written, published))

    def setup(self, step: Step, spec: SetupSpec) -> None:
        client, written = self.client, None
        if step.action is Action.CREATE:
            body = CreateWorkbenchSetupRequest.from_dict({"name": spec.name, "description": spec.description})
            detail = self._write(lambda: create_workbench_setup.sync(client=client, body=body)).data
            setup_id, draft_id = detail.setup.id, detail.current_version.id
            metadata = {**detail.setup.metadata.additional_properties, KEY_FIELD: spec.key}
            tag = UpdateWorkbenchSetupRequest.from_dict({"metadata": metadata})
            self._write(lambda: update_workbench_setup.sync(setup_id, client=client, body=tag))
            patch = self._setup_version_body(spec, _SETUP_VERSION_FIELDS)
            self._write(lambda: update_workbench_setup_version.sync(setup_id, draft_id, client=client, body=patch))
            written = draft_id
        elif step.action is not Action.UNCHANGED:
            setup_id = self.plan.remote.setups[spec.key].id
            if step.object_fields:
                fields = UpdateWorkbenchSetupRequest.from_dict(_pick(_object_values(spec), step.object_fields))
                self._write(lambda: update_workbench_setup.sync(setup_id, client=client, body=fields))
            if step.new_version:
                fork = CreateWorkbenchSetupVersionRequest()
                version = self._write(lambda: create_workbench_setup_version.sync(setup_id, client=client, body=fork))
                version_id = written = version.data.id
                patch = self._setup_version_body(spec, step.version_fields)
                self._write(
                    lambda: update_workbench_setup_version.sync(setup_id, version_id, client=client, body=patch)
                )
        else:
            return
        published = None
        if step.publish:
            publication = self._write(lambda: publish_workbench_setup.sync(setup_id, client=client)).data
            published = publication.active_version_id
        self.applied.append(Applied("setup", spec.key, step.action, setup_id, written, published))

    def _setup_version_body(self, spec: SetupSpec, fields: Collection[str]) -> UpdateWorkbenchSetupVersionRequest:
        roster = []
        for entry in spec.agents:
            agent_id, version_id = self.pins[entry.agent]
            targets = targets_of(entry, self.plan.judges, self.plan.remote)
            roster.append(
                {"eval_agent_id": agent_id, "eval_agent_version_id": version_id, "weight": entry.weight,
                 "target_level_keys": list(targets)}
            )  # fmt: skip
        values = {
            "attached_agents": roster,
            "pass_threshold_pct": spec.pass_threshold_pct,
            "run_mode": spec.run_mode,
            "default_call_ids": list(spec.default_call_ids),
        }
        return UpdateWorkbenchSetupVersionRequest.from_dict(_pick(values, fields))


def _object_values(spec: AgentSpec | SetupSpec) -> dict[str, Any]:
    return {"name": spec.name, "description": spec.description}


def _agent_version_body(spec: AgentSpec, fields: Collection[str]) -> UpdateEvalAgentVersionRequest:
    levels = [
        {"level_key": level.level_key, "label": level.label, "prompt_md": level.prompt_md}
        | ({} if level.color is None else {"color": level.color})
        for level in spec.levels
    ]
    values = {
        "modality": spec.modality,
        "system_prompt_md": spec.system_prompt_md,
        "prompt_md": spec.prompt_md,
        "levels": levels,
        "target_level_keys": list(spec.target_level_keys),
        "weight": spec.weight,
    }
    return UpdateEvalAgentVersionRequest.from_dict(_pick(values, fields))


def _pick(values: dict[str, Any], fields: Collection[str]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if name in fields}
