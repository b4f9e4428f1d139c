"""Reading what Bland holds for a judges file: the matched agents and setups, their drafts and published versions.

Only reads (GET) are sent here. A remote object belongs to a file entry when its `metadata`
carries the entry's key under KEY_FIELD: the API derives its own `key` from the name (a slug)
and offers no way to choose it, so the file's key lives in metadata, which `PATCH` writes. A
setup may also name an agent the file does not declare: it is found by that metadata too, else
by the API's own `key` (e.g. a judge made in the dashboard).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from bland_evals_client import AuthenticatedClient
from bland_evals_client.api.eval_agents import get_eval_agent, get_eval_agent_version, list_eval_agents
from bland_evals_client.api.workbench_setups import (
    get_workbench_setup,
    get_workbench_setup_version,
    list_workbench_setups,
)
from bland_evals_client.models.eval_agent_version import EvalAgentVersion
from bland_evals_client.models.workbench_setup_version import WorkbenchSetupVersion
from bland_evals_client.types import Unset
from evalclient._judges_file import JudgesConflictError, JudgesFile, LevelSpec
from evalclient.pagination import paginate

KEY_FIELD: Final = "evalclient_key"
_PAGE_SIZE: Final = 100


@dataclass(frozen=True, slots=True)
class AgentDefinition:
    """The fields of an agent version a file manages, in one comparable value."""

    modality: str
    system_prompt_md: str
    prompt_md: str
    levels: tuple[LevelSpec, ...]
    target_level_keys: tuple[str, ...]
    weight: float


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """An agent on a setup version; `version_id` None stands for a version this apply has yet to make."""

    agent_id: str | None
    version_id: str | None
    weight: float
    target_level_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SetupDefinition:
    """The fields of a setup version a file manages."""

    attached_agents: tuple[RosterEntry, ...]
    pass_threshold_pct: float | None
    run_mode: str
    default_call_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RemoteAgent:
    id: str
    api_key: str
    name: str
    description: str | None
    metadata: Mapping[str, str]
    draft_id: str
    draft: AgentDefinition
    active_id: str | None
    active: AgentDefinition | None  # read when publishing, or when a setup pins it; else None


@dataclass(frozen=True, slots=True)
class RemoteSetup:
    id: str
    name: str
    description: str | None
    metadata: Mapping[str, str]
    draft_id: str
    draft: SetupDefinition
    active_id: str | None
    active: SetupDefinition | None


@dataclass(slots=True)
class RemoteState:
    """The remote objects matched to a file, by the file's keys; `labels` names remote agent ids for people."""

    agents: dict[str, RemoteAgent] = field(default_factory=dict)
    setups: dict[str, RemoteSetup] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)


def read_remote(client: AuthenticatedClient, judges: JudgesFile, *, publish: bool) -> RemoteState:
    """Everything a plan needs to know of the remote side, read with GET requests only."""
    state = RemoteState()
    listed = list(paginate(list_eval_agents, client=client, page_size=_PAGE_SIZE))
    by_key = _index("agents", ((item.id, item.metadata.additional_properties) for item in listed))
    for item in listed:
        state.labels[item.id] = item.metadata.additional_properties.get(KEY_FIELD) or item.name
    declared = {agent.key for agent in judges.agents}
    referenced = {entry.agent for setup in judges.setups for entry in setup.agents} - declared
    for key in sorted(declared | referenced):
        if key in by_key:
            state.agents[key] = _read_agent(client, by_key[key], with_active=publish or key in referenced)
    unresolved = referenced - set(state.agents)
    for item in listed:  # the API's own key: only the detail shows it, so read until every reference is found
        if not unresolved:
            break
        if KEY_FIELD in item.metadata.additional_properties:
            continue
        detail = get_eval_agent.sync(item.id, client=client).data
        if detail.agent.key in unresolved:
            unresolved.discard(detail.agent.key)
            state.agents[detail.agent.key] = _read_agent(client, item.id, with_active=True)
            state.labels[item.id] = detail.agent.key
    setups = list(paginate(list_workbench_setups, client=client, page_size=_PAGE_SIZE))
    setup_keys = _index("workbench setups", ((item.id, item.metadata.additional_properties) for item in setups))
    for setup in judges.setups:
        if setup.key in setup_keys:
            state.setups[setup.key] = _read_setup(client, setup_keys[setup.key], with_active=publish)
    return state


def _index(kind: str, items: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, str]:
    """Remote ids by the file key in their metadata; two objects with one key are a conflict."""
    found: dict[str, str] = {}
    for remote_id, metadata in items:
        key = metadata.get(KEY_FIELD)
        if not isinstance(key, str):
            continue
        if key in found:
            raise JudgesConflictError(
                f"two remote {kind} carry {KEY_FIELD}={key!r} in their metadata ({found[key]} and {remote_id}); "
                f"delete one or change its metadata, then apply again"
            )
        found[key] = remote_id
    return found


def _read_agent(client: AuthenticatedClient, agent_id: str, *, with_active: bool) -> RemoteAgent:
    detail = get_eval_agent.sync(agent_id, client=client).data
    agent, draft = detail.agent, detail.current_version
    active_id = agent.active_version_id if isinstance(agent.active_version_id, str) else None
    active = None
    if with_active and active_id is not None:
        version = draft if active_id == draft.id else get_eval_agent_version.sync(agent_id, active_id, client=client)
        active = agent_definition(version if isinstance(version, EvalAgentVersion) else version.data)
    return RemoteAgent(
        agent.id, agent.key, agent.name, _optional(agent.description), dict(agent.metadata.additional_properties),
        draft.id, agent_definition(draft), active_id, active,
    )  # fmt: skip


def _read_setup(client: AuthenticatedClient, setup_id: str, *, with_active: bool) -> RemoteSetup:
    detail = get_workbench_setup.sync(setup_id, client=client).data
    setup, draft = detail.setup, detail.current_version
    active_id = setup.active_version_id if isinstance(setup.active_version_id, str) else None
    active = None
    if with_active and active_id is not None:
        version = (
            draft if active_id == draft.id else get_workbench_setup_version.sync(setup_id, active_id, client=client)
        )
        active = setup_definition(version if isinstance(version, WorkbenchSetupVersion) else version.data)
    return RemoteSetup(
        setup.id, setup.name, _optional(setup.description), dict(setup.metadata.additional_properties),
        draft.id, setup_definition(draft), active_id, active,
    )  # fmt: skip


def agent_definition(version: EvalAgentVersion) -> AgentDefinition:
    levels = tuple(
        LevelSpec(level.level_key, level.label, level.prompt_md, _optional(level.color)) for level in version.levels
    )
    return AgentDefinition(
        str(version.modality), version.system_prompt_md, version.prompt_md, levels,
        tuple(version.target_level_keys), float(version.weight),
    )  # fmt: skip


def setup_definition(version: WorkbenchSetupVersion) -> SetupDefinition:
    roster = tuple(
        RosterEntry(
            entry.eval_agent_id,
            _optional(entry.eval_agent_version_id),
            0.0 if isinstance(entry.weight, Unset) else float(entry.weight),
            () if isinstance(entry.target_level_keys, Unset) else tuple(entry.target_level_keys),
        )
        for entry in version.attached_agents
    )
    threshold = version.pass_threshold_pct
    return SetupDefinition(
        roster, None if threshold is None or isinstance(threshold, Unset) else float(threshold),
        str(version.run_mode), tuple(version.default_call_ids),
    )  # fmt: skip


def _optional(value: object) -> str | None:
    """A nullable, maybe absent string field as str or None (an open enum's value as its text)."""
    return None if value is None or isinstance(value, Unset) else str(value)
