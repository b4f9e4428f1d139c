"""The plan: for each object a file declares, what `apply` would do, with a field-level diff. Reads only.

Rules (docs/judges-as-code.md says the same for users):
- an object with no remote match is created (then tagged with its key, its draft patched);
- fields of the object itself (name, description) are patched in place;
- a version field that differs from the current draft gets a new editable version, patched;
- with `publish`, the draft is published when the object was never published or its published
  version differs from the file;
- a setup pins each agent's published version (its draft while it has none), so a setup whose
  agent gets a new published version is updated too.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from bland_evals_client import AuthenticatedClient
from evalclient._judges_file import AgentSpec, JudgesFile, JudgesFileError, Problem, SetupAgentSpec, SetupSpec
from evalclient._judges_remote import (
    KEY_FIELD,
    AgentDefinition,
    RemoteAgent,
    RemoteState,
    RosterEntry,
    SetupDefinition,
    read_remote,
)

# How a plan shows a version id this apply has yet to create.
NEW_VERSION: Final = "(new version)"


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"  # fields differ: patched, and a new version where version fields differ
    PUBLISH = "publish"  # the draft already matches the file; only publishing is left
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs: `before` is the remote value (None: absent), `after` the file's."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class Step:
    """What apply does to one object. `changes` compare the file with the current draft (for UPDATE)
    or with the published version (for PUBLISH; empty when it was never published)."""

    kind: str  # "agent" or "setup"
    key: str
    name: str
    action: Action
    changes: tuple[FieldChange, ...] = ()
    new_version: bool = False  # a new editable version is created and patched
    publish: bool = False  # the draft is published at the end of the step
    remote_id: str | None = None
    # What the writes patch: top-level fields of the object and of its version.
    object_fields: frozenset[str] = field(default=frozenset(), repr=False)
    version_fields: frozenset[str] = field(default=frozenset(), repr=False)


@dataclass(frozen=True, slots=True)
class Plan:
    """The steps, agents first; `remote` is what was read (private: apply uses it, callers should not)."""

    judges: JudgesFile
    publish: bool
    steps: tuple[Step, ...]
    remote: RemoteState = field(repr=False, compare=False)

    @property
    def changed(self) -> bool:
        """True when applying would send a write: the remote differs from the file."""
        return any(step.action is not Action.UNCHANGED for step in self.steps)

    def describe(self) -> str:
        """The plan for people: one line per object, one per changed field, and a summary line."""
        from evalclient._judges_report import describe_plan  # the report module reads this one

        return describe_plan(self)

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data: source, publish, changed and the steps with their changes."""
        from evalclient._judges_report import plan_document

        return plan_document(self)


def make_plan(client: AuthenticatedClient, judges: JudgesFile, *, publish: bool) -> Plan:
    remote = read_remote(client, judges, publish=publish)
    _check_references(judges, remote)
    steps: list[Step] = []
    pins: dict[str, str] = {}  # agent key -> the version a setup pins once applied
    for spec in judges.agents:
        step, pin = _agent_step(spec, remote.agents.get(spec.key), publish)
        steps.append(step)
        pins[spec.key] = pin
    for key, agent in remote.agents.items():
        pins.setdefault(key, agent.active_id or agent.draft_id)
    steps.extend(_setup_step(spec, judges, remote, pins, publish) for spec in judges.setups)
    return Plan(judges, publish, tuple(steps), remote)


def _check_references(judges: JudgesFile, remote: RemoteState) -> None:
    """A setup's agent the file does not declare must exist remotely, and its targets be its level keys."""
    problems = []
    for index, setup in enumerate(judges.setups):
        for number, entry in enumerate(setup.agents):
            if judges.agent(entry.agent) is not None:
                continue
            where, what = f"setups[{index}] {setup.key!r}", f"agents[{number}]"
            agent = remote.agents.get(entry.agent)
            if agent is None:
                message = f"no agent {entry.agent!r} in the file, nor in Bland (metadata {KEY_FIELD}, or its key)"
                problems.append(Problem(where, f"{what}.agent", message))
                continue
            pinned = pinned_definition(agent)
            levels = [level.level_key for level in pinned.levels]
            unknown = [target for target in entry.target_level_keys or () if target not in levels]
            if unknown:
                message = f"{unknown[0]!r} is not a level key of agent {entry.agent!r}"
                problems.append(Problem(where, f"{what}.target_level_keys", message))
            elif not (pinned.target_level_keys if entry.target_level_keys is None else entry.target_level_keys):
                message = "a setup publishes only when each agent has a target level key"
                problems.append(Problem(where, f"{what}.target_level_keys", message))
    if problems:
        raise JudgesFileError(judges.source, problems)


def pinned_definition(agent: RemoteAgent) -> AgentDefinition:
    return agent.active if agent.active is not None else agent.draft


def agent_definition_of(spec: AgentSpec) -> AgentDefinition:
    return AgentDefinition(
        spec.modality, spec.system_prompt_md, spec.prompt_md, spec.levels, spec.target_level_keys, spec.weight
    )


def _agent_step(spec: AgentSpec, remote: RemoteAgent | None, publish: bool) -> tuple[Step, str]:
    if remote is None:
        return Step("agent", spec.key, spec.name, Action.CREATE, publish=publish), NEW_VERSION
    wanted = agent_definition_of(spec)
    object_changes = _scalars((("name", remote.name, spec.name), ("description", remote.description, spec.description)))
    version_changes = _agent_changes(remote.draft, wanted)
    to_publish = publish and remote.active != wanted
    draft_after = NEW_VERSION if version_changes else remote.draft_id
    pin = draft_after if to_publish or remote.active_id is None else remote.active_id
    version_fields = {_top(change.field) for change in version_changes}
    if version_fields & {"levels", "target_level_keys"}:
        version_fields |= {"levels", "target_level_keys"}  # checked together by the API
    changes = object_changes + version_changes
    if not changes and to_publish and remote.active is not None:
        changes = _agent_changes(remote.active, wanted)  # why publishing: the published version differs
    action = Action.UPDATE if object_changes or version_changes else Action.PUBLISH if to_publish else Action.UNCHANGED
    step = Step(
        "agent", spec.key, spec.name, action, tuple(changes), bool(version_changes), to_publish, remote.id,
        frozenset(change.field for change in object_changes), frozenset(version_fields),
    )  # fmt: skip
    return step, pin


def _agent_changes(before: AgentDefinition, after: AgentDefinition) -> list[FieldChange]:
    changes = _scalars(
        (
            ("modality", before.modality, after.modality),
            ("system_prompt_md", before.system_prompt_md, after.system_prompt_md),
            ("prompt_md", before.prompt_md, after.prompt_md),
        )
    )
    changes += _keyed(
        "levels",
        [(level.level_key, {"label": level.label, "prompt_md": level.prompt_md, "color": level.color})
         for level in before.levels],
        [(level.level_key, {"label": level.label, "prompt_md": level.prompt_md, "color": level.color})
         for level in after.levels],
    )  # fmt: skip
    changes += _scalars(
        (
            ("target_level_keys", list(before.target_level_keys), list(after.target_level_keys)),
            ("weight", before.weight, after.weight),
        )
    )
    return changes


def _setup_step(spec: SetupSpec, judges: JudgesFile, remote: RemoteState, pins: dict[str, str], publish: bool) -> Step:
    current = remote.setups.get(spec.key)
    if current is None:
        return Step("setup", spec.key, spec.name, Action.CREATE, publish=publish)
    wanted = [(entry.agent, _roster_fields(pins[entry.agent], entry.weight, targets_of(entry, judges, remote)))
              for entry in spec.agents]  # fmt: skip
    object_changes = _scalars(
        (("name", current.name, spec.name), ("description", current.description, spec.description))
    )
    version_changes = _setup_changes(current.draft, spec, wanted, remote)
    published_changes = None if current.active is None else _setup_changes(current.active, spec, wanted, remote)
    to_publish = publish and (published_changes is None or bool(published_changes))
    changes = object_changes + version_changes
    if not changes and to_publish and published_changes:
        changes = published_changes
    action = Action.UPDATE if object_changes or version_changes else Action.PUBLISH if to_publish else Action.UNCHANGED
    return Step(
        "setup", spec.key, spec.name, action, tuple(changes), bool(version_changes), to_publish, current.id,
        frozenset(change.field for change in object_changes),
        frozenset(_top(change.field) for change in version_changes),
    )  # fmt: skip


def targets_of(entry: SetupAgentSpec, judges: JudgesFile, remote: RemoteState) -> tuple[str, ...]:
    """A setup agent's target level keys: its own, else its agent's (as the file or the pinned version has them)."""
    if entry.target_level_keys is not None:
        return tuple(entry.target_level_keys)
    declared = judges.agent(entry.agent)
    if declared is not None:
        return declared.target_level_keys
    return pinned_definition(remote.agents[entry.agent]).target_level_keys


def _roster_fields(version: str, weight: float, targets: Sequence[str]) -> dict[str, Any]:
    return {"version": version, "weight": weight, "target_level_keys": list(targets)}


def _setup_changes(
    before: SetupDefinition, spec: SetupSpec, wanted: list[tuple[str, dict[str, Any]]], remote: RemoteState
) -> list[FieldChange]:
    held = [(_label(entry, remote), _roster_fields(entry.version_id or "-", entry.weight, entry.target_level_keys))
            for entry in before.attached_agents]  # fmt: skip
    changes = _keyed("attached_agents", held, wanted)
    changes += _scalars(
        (
            ("pass_threshold_pct", before.pass_threshold_pct, spec.pass_threshold_pct),
            ("run_mode", before.run_mode, spec.run_mode),
            ("default_call_ids", list(before.default_call_ids), list(spec.default_call_ids)),
        )
    )
    return changes


def _label(entry: RosterEntry, remote: RemoteState) -> str:
    agent_id = entry.agent_id or "-"
    return remote.labels.get(agent_id, agent_id)


def _top(name: str) -> str:
    """The request field a change belongs to: `levels[good].label` and `levels (order)` are `levels`."""
    return re.split(r"[\[ .]", name, maxsplit=1)[0]


def _scalars(pairs: Sequence[tuple[str, Any, Any]]) -> list[FieldChange]:
    return [FieldChange(name, before, after) for name, before, after in pairs if before != after]


def _keyed(
    name: str, before: Sequence[tuple[str, dict[str, Any]]], after: Sequence[tuple[str, dict[str, Any]]]
) -> list[FieldChange]:
    """A list of keyed records, field by field: `levels[good].label`, `levels[bad]` added or removed, the order."""
    held, wanted = dict(before), dict(after)
    changes = []
    for key, fields in after:
        if key not in held:
            changes.append(FieldChange(f"{name}[{key}]", None, fields))
            continue
        changes += [
            FieldChange(f"{name}[{key}].{item}", held[key].get(item), value)
            for item, value in fields.items()
            if held[key].get(item) != value
        ]
    changes += [FieldChange(f"{name}[{key}]", fields, None) for key, fields in before if key not in wanted]
    kept = [key for key, _ in before if key in wanted]
    if kept != [key for key, _ in after if key in held]:
        changes.append(FieldChange(f"{name} (order)", [key for key, _ in before], [key for key, _ in after]))
    return changes
