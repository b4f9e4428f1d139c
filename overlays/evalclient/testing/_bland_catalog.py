"""The Bland resources the fake starts with: calls, eval agents, agent templates, workbench setups.

Calls live in Bland's calls API and agents are configured in its dashboard; seeding them lets an
eval run be created against the fake alone. Agents cover the interesting shapes: graded (text and
audio), pass/fail (no levels) and one never published (no active version).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from evalclient.testing._ids import IdFactory, Timeline, unit
from evalclient.testing._validation import JsonObject

LevelSeed = tuple[str, str, str, str]  # (level_key, label, prompt_md, color)

_AGENT_SEEDS: tuple[tuple[str, str, str, float, tuple[LevelSeed, ...], tuple[str, ...], bool], ...] = (
    (
        "resolution_quality",
        "Resolution Quality",
        "text",
        100,
        (
            ("pass", "Pass", "The agent resolved the issue and the customer confirmed it.", "emerald"),
            ("partial", "Partial", "The agent addressed the issue but a concern remained.", "amber"),
            ("fail", "Fail", "The issue was not resolved.", "rose"),
        ),
        ("pass",),
        True,
    ),
    (
        "empathy-check",
        "Empathy Check",
        "audio",
        50,
        (
            ("excellent", "Excellent", "The agent warmly acknowledged the caller's feelings.", "emerald"),
            ("poor", "Poor", "The agent ignored or dismissed the caller's feelings.", "rose"),
        ),
        ("excellent",),
        True,
    ),
    ("compliance_disclosure", "Compliance Disclosure", "text", 100, (), (), True),
    ("tone_draft", "Tone (draft)", "text", 100, (("warm", "Warm", "Warm tone.", "gold"),), ("warm",), False),
)


def _template(key: str, name: str, description: str, category: str, modality: str, good: str, bad: str) -> JsonObject:
    """A shipped template: a two-level judge whose first level is the target."""
    return {
        "key": key,
        "name": name,
        "description": description,
        "category": category,
        "modality": modality,
        "system_prompt_md": f"You are an expert evaluator assessing {name.lower()}.",
        "prompt_md": f"Review the call and grade its {name.lower()}.",
        "levels": [
            {
                "level_key": good,
                "label": good.replace("_", " ").title(),
                "prompt_md": "Meets the bar.",
                "color": "emerald",
            },
            {"level_key": bad, "label": bad.replace("_", " ").title(), "prompt_md": "Misses the bar.", "color": "rose"},
        ],
        "target_level_keys": [good],
    }


TEMPLATES: tuple[JsonObject, ...] = (
    _template("hallucination_detection", "Hallucination Detection", "Detects fabricated information.", "quality",
              "text", "no_hallucination", "hallucination"),
    _template("call_resolution", "Call Resolution", "Whether the caller's issue was resolved.", "support", "audio",
              "resolved", "unresolved"),
    _template("greeting_compliance", "Greeting Compliance", "Whether the scripted greeting was used.", "compliance",
              "text", "compliant", "non_compliant"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CallRecord:
    id: str
    display_name: str
    started_at: str
    duration_seconds: float
    ended_by: str


@dataclass(slots=True)
class AgentVersion:
    id: str
    agent_id: str
    number: int
    state: str
    modality: str
    levels: list[JsonObject]
    target_level_keys: list[str]
    weight: float
    created_from_version_id: str | None
    created_at: str
    name: str = ""
    system_prompt_md: str = "You are an expert call quality analyst."
    prompt_md: str = ""
    description: str | None = None
    updated_at: str = ""

    def view(self, org_id: str) -> JsonObject:
        return {
            "id": self.id,
            "org_id": org_id,
            "eval_agent_id": self.agent_id,
            "version_number": self.number,
            "name": self.name,
            "description": self.description,
            "state": self.state,
            "modality": self.modality,
            "system_prompt_md": self.system_prompt_md,
            "prompt_md": self.prompt_md,
            "levels": self.levels,
            "target_level_keys": self.target_level_keys,
            "weight": self.weight,
            "created_from_version_id": self.created_from_version_id,
            "created_by": None,
            "created_at": self.created_at,
            "updated_at": self.updated_at or self.created_at,
        }


@dataclass(slots=True)
class EvalAgent:
    id: str
    key: str
    name: str
    modality: str
    created_at: str
    versions: dict[str, AgentVersion] = field(default_factory=dict)
    current_version_id: str = ""
    active_version_id: str | None = None
    description: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    updated_at: str = ""
    deleted_at: str | None = None

    def view(self, org_id: str) -> JsonObject:
        return {
            "id": self.id,
            "org_id": org_id,
            "key": self.key,
            "name": self.name,
            "description": self.description,
            "current_version_id": self.current_version_id,
            "active_version_id": self.active_version_id,
            "metadata": self.metadata,
            "created_at": self.created_at,
            "updated_at": self.updated_at or self.created_at,
            "deleted_at": self.deleted_at,
        }


@dataclass(slots=True)
class SetupVersion:
    id: str
    setup_id: str
    number: int
    state: str
    attached_agents: list[JsonObject]
    pass_threshold_pct: float | None
    run_mode: str
    created_at: str
    name: str = ""
    description: str | None = None
    default_call_ids: list[str] = field(default_factory=list)
    created_from_version_id: str | None = None
    updated_at: str = ""


@dataclass(slots=True)
class WorkbenchSetup:
    id: str
    name: str
    created_at: str
    versions: dict[str, SetupVersion] = field(default_factory=dict)
    current_version_id: str = ""
    active_version_id: str | None = None
    key: str = ""
    description: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    updated_at: str = ""
    deleted_at: str | None = None


_V = TypeVar("_V", AgentVersion, SetupVersion)


class _Versioned(Protocol[_V]):
    """An eval agent or a workbench setup: both keep versions and one editable draft."""

    name: str
    current_version_id: str

    @property
    def versions(self) -> dict[str, _V]: ...


def fork_version(owner: _Versioned[_V], source: _V, version_id: str, stamp: str) -> _V:
    """A new editable version of `owner` copied from `source`; it becomes the current draft.

    Its list fields are still `source`'s: the caller gives the new version copies of its own.
    """
    number = max(version.number for version in owner.versions.values()) + 1
    version = dataclasses.replace(
        source,
        id=version_id,
        number=number,
        state="editable",
        created_from_version_id=source.id,
        created_at=stamp,
        updated_at=stamp,
        name=f"{owner.name} v{number}",
    )
    owner.versions[version.id] = version
    owner.current_version_id = version.id
    return version


class BlandCatalog:
    """Seeded calls, agents (with versions), templates and workbench setups (with versions)."""

    def __init__(self, ids: IdFactory, timeline: Timeline, call_count: int) -> None:
        self._ids, self._timeline = ids, timeline
        self.org_id = ids.uuid("org")
        self.calls: dict[str, CallRecord] = {}
        self.add_calls(call_count)
        stamp = timeline.stamp()
        self.agents: dict[str, EvalAgent] = {}
        for key, name, modality, weight, levels, targets, published in _AGENT_SEEDS:
            agent = EvalAgent(ids.uuid("agent"), key, name, modality, stamp, description=f"Seeded judge: {name}.")
            level_views: list[JsonObject] = [
                {"level_key": k, "label": label, "prompt_md": prompt, "color": color}
                for k, label, prompt, color in levels
            ]
            previous: str | None = None
            for number, state in enumerate(("archived", "editable") if published else ("editable",), start=1):
                version = AgentVersion(
                    ids.uuid("agent-version"), agent.id, number, state, modality, level_views, list(targets),
                    weight, previous, stamp, f"{name} v{number}", prompt_md=f"Grade the call's {name.lower()}.",
                )  # fmt: skip
                agent.versions[version.id] = version
                previous = version.id
            agent.current_version_id = list(agent.versions)[-1]
            agent.active_version_id = next(iter(agent.versions)) if published else None
            self.agents[agent.id] = agent
        self.templates = TEMPLATES
        self.user_templates: dict[str, JsonObject] = {}
        self.setups: dict[str, WorkbenchSetup] = {}
        graded = [agent for agent in self.agents.values() if agent.key in ("resolution_quality", "empathy-check")]
        roster: list[JsonObject] = [
            {"eval_agent_id": a.id, "eval_agent_version_id": a.active_version_id, "weight": w, "target_level_keys": t}
            for a, w, t in zip(graded, (70, 30), (["pass"], ["excellent"]), strict=True)
        ]
        self._add_setup("Nightly QA", roster, 80.0, published=True)
        compliance = next(agent for agent in self.agents.values() if agent.key == "compliance_disclosure")
        roster = [
            {"eval_agent_id": compliance.id, "eval_agent_version_id": compliance.active_version_id, "weight": 100,
             "target_level_keys": []}
        ]  # fmt: skip
        self._add_setup("Compliance sweep", roster, None, published=False)

    def add_calls(self, count: int) -> list[str]:
        """Seed `count` more calls (ids are UUIDs, like Bland's)."""
        new_ids = []
        for _ in range(count):
            call_id = self._ids.uuid("call")
            number = len(self.calls) + 1
            kind = ("Account Inquiry", "Billing Dispute", "Appointment", "Cancellation")[number % 4]
            self.calls[call_id] = CallRecord(
                call_id,
                f"Inbound - {kind} #{number}",
                self._timeline.stamp(self._timeline.now() - 86400 - number * 60),
                round(30 + 400 * unit(call_id, "duration"), 1),
                "agent" if unit(call_id, "ended") < 0.7 else "user",
            )
            new_ids.append(call_id)
        return new_ids

    def _add_setup(self, name: str, roster: list[JsonObject], threshold: float | None, *, published: bool) -> None:
        stamp = self._timeline.stamp()
        setup = WorkbenchSetup(self._ids.uuid("setup"), name, stamp, key=slug(name, ()))
        for number, state in enumerate(("archived", "editable") if published else ("editable",), start=1):
            version = SetupVersion(
                self._ids.uuid("setup-version"), setup.id, number, state, roster, threshold, "text", stamp,
                name=f"{name} v{number}",
            )  # fmt: skip
            setup.versions[version.id] = version
            setup.current_version_id = version.id
        setup.active_version_id = next(iter(setup.versions)) if published else None
        self.setups[setup.id] = setup


def slug(name: str, taken: Iterable[str]) -> str:
    """A unique key from a name, as Bland derives `key` (`Empathy Check` -> `empathy-check`, then `-2`...)."""
    base = "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split()) or "item"
    used = set(taken)
    key, number = base, 1
    while key in used:
        number += 1
        key = f"{base}-{number}"
    return key
