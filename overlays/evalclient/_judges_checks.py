"""Reading a judges file's table into `JudgesFile`, checking every field against the documented bounds.

The bounds come from the spec's generated facts (`bland_evals_client._spec`), so they cannot
drift from the API description; the publish rules (2-5 levels for a graded judge, a target
level key for each agent on a setup) come from the docs (evaluation-apis.md 2.4, 2.5). Every
problem is collected, each naming its entry and field, and reported at once before any request.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from bland_evals_client import _spec as bland_spec
from evalclient._judges_file import (
    DEFAULT_MODALITY,
    DEFAULT_RUN_MODE,
    DEFAULT_WEIGHT,
    AgentSpec,
    JudgesFile,
    JudgesFileError,
    LevelSpec,
    Problem,
    SetupAgentSpec,
    SetupSpec,
)

_FACTS: Mapping[str, Any] = bland_spec.SCHEMA_CONSTRAINTS
_AGENT_NAME = _FACTS["CreateEvalAgentRequest"]["name"]
_SETUP_NAME = _FACTS["CreateWorkbenchSetupRequest"]["name"]
_VERSION = _FACTS["UpdateEvalAgentVersionRequest"]
_LEVEL = _FACTS["Level"]
_SETUP_VERSION = _FACTS["UpdateWorkbenchSetupVersionRequest"]
_ROSTER_WEIGHT = _FACTS["SetupAttachedAgent"]["weight"]
MODALITIES: tuple[str, ...] = tuple(bland_spec.ENUMS["Modality"])
RUN_MODES: tuple[str, ...] = tuple(bland_spec.ENUMS["RunMode"])
COLORS: tuple[str, ...] = tuple(bland_spec.ENUMS["LevelColor"])
MAX_LEVELS: int = _VERSION["levels"]["maxItems"]
MAX_SETUP_AGENTS: int = _SETUP_VERSION["attached_agents"]["maxItems"]
MIN_GRADED_LEVELS = 2  # a publish rule of the docs, not a schema bound
# The file's own keys: stored as a metadata value, shown in plans, typed in setups.
KEY_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")

_TOP_FIELDS = ("agents", "setups")
_AGENT_FIELDS = ("key", "name", "description", "modality", "system_prompt_md", "prompt_md", "levels",
                 "target_level_keys", "weight")  # fmt: skip
_LEVEL_FIELDS = ("level_key", "label", "prompt_md", "color")
_SETUP_FIELDS = ("key", "name", "description", "agents", "pass_threshold_pct", "run_mode", "default_call_ids")
_ROSTER_FIELDS = ("agent", "weight", "target_level_keys")


class _Entry:
    """One table of the file (an agent, a level, a setup...): typed reads that note problems instead of raising."""

    def __init__(self, problems: list[Problem], label: str, table: Mapping[str, Any], prefix: str = "") -> None:
        self.problems, self.label, self.table, self.prefix = problems, label, table, prefix

    def fail(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.label, self.prefix + field, message))

    def only(self, allowed: tuple[str, ...]) -> None:
        for field in self.table:
            if field not in allowed:
                self.fail(str(field), f"unknown field (known: {', '.join(allowed)})")

    def text(self, field: str, *, required: bool = False, low: int = 0, high: int | None = None) -> str | None:
        value = self.table.get(field)
        if value is None:
            if required:
                self.fail(field, "is required")
            return None
        if not isinstance(value, str):
            self.fail(field, f"must be a string, got {_kind(value)}")
            return None
        if len(value) < low or (high is not None and len(value) > high):
            bound = f"at least {low}" if high is None else f"at most {high}" if low == 0 else f"{low} to {high}"
            self.fail(field, f"must be {bound} characters long, got {len(value)}")
            return None
        return value

    def key(self, field: str) -> str | None:
        value = self.text(field, required=True)
        if value is not None and not KEY_PATTERN.fullmatch(value):
            self.fail(field, "must be 1 to 100 letters, digits, '_', '-' or '.', starting with a letter or digit")
            return None
        return value

    def choice(self, field: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.table.get(field, default)
        if value not in allowed:
            self.fail(field, f"must be one of {', '.join(allowed)}, got {value!r}")
            return default
        return str(value)

    def number(self, field: str, bounds: Mapping[str, float], *, required: bool = False) -> float | None:
        value = self.table.get(field)
        low, high = bounds["minimum"], bounds["maximum"]
        if value is None:
            if required:
                self.fail(field, f"is required (a number from {low:g} to {high:g})")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.fail(field, f"must be a number from {low:g} to {high:g}, got {_kind(value)}")
            return None
        if not low <= value <= high:
            self.fail(field, f"must be a number from {low:g} to {high:g}, got {value:g}")
            return None
        return float(value)

    def strings(self, field: str) -> tuple[str, ...] | None:
        """A list of distinct strings, or None when absent (or wrong, after noting it)."""
        value = self.table.get(field)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(field, "must be a list of strings")
            return None
        repeated = sorted({item for item in value if value.count(item) > 1})
        if repeated:
            self.fail(field, f"{repeated[0]!r} is listed twice")
            return None
        return tuple(value)

    def tables(self, field: str, *, required: bool = False) -> list[Mapping[str, Any]]:
        value = self.table.get(field)
        if value is None:
            if required:
                self.fail(field, "is required")
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(field, "must be a list of tables (TOML [[...]], JSON objects)")
            return []
        return value


def parse_judges(document: Mapping[str, Any], source: str = "<judges>") -> JudgesFile:
    """A JudgesFile from a decoded file (a dict); raises JudgesFileError listing every problem found."""
    problems: list[Problem] = []
    top = _Entry(problems, "the file", document)
    top.only(_TOP_FIELDS)
    agents = [_agent(problems, index, table) for index, table in enumerate(top.tables("agents"))]
    declared = {agent.key: agent for agent in agents if agent is not None}
    setups = [_setup(problems, index, table, declared) for index, table in enumerate(top.tables("setups"))]
    for kind, specs in (("agents", agents), ("setups", setups)):
        keys = [None if spec is None else spec.key for spec in specs]
        for index, key in enumerate(keys):
            if key is not None and key in keys[:index]:
                message = f"{key!r} is declared twice (first as {kind}[{keys.index(key)}])"
                problems.append(Problem(f"{kind}[{index}] {key!r}", "key", message))
    if not document.get("agents") and not document.get("setups") and not problems:
        problems.append(Problem("the file", "", "declares no agents and no setups"))
    if problems:
        raise JudgesFileError(source, problems)
    return JudgesFile(source, tuple(a for a in agents if a), tuple(s for s in setups if s))


def _label(kind: str, index: int, table: Mapping[str, Any]) -> str:
    key = table.get("key")
    return f"{kind}[{index}] {key!r}" if isinstance(key, str) and key else f"{kind}[{index}]"


def _agent(problems: list[Problem], index: int, table: Mapping[str, Any]) -> AgentSpec | None:
    entry = _Entry(problems, _label("agents", index, table), table)
    before = len(problems)
    entry.only(_AGENT_FIELDS)
    key = entry.key("key")
    name = entry.text("name", required=True, low=_AGENT_NAME["minLength"], high=_AGENT_NAME["maxLength"])
    description = entry.text("description")
    modality = entry.choice("modality", MODALITIES, DEFAULT_MODALITY)
    system_prompt = entry.text("system_prompt_md", high=_VERSION["system_prompt_md"]["maxLength"]) or ""
    prompt = entry.text("prompt_md", required=True, high=_VERSION["prompt_md"]["maxLength"])
    weight = entry.number("weight", _VERSION["weight"])
    raw_levels = entry.tables("levels")
    levels = [_level(problems, entry.label, index, level) for index, level in enumerate(raw_levels)]
    if len(raw_levels) > MAX_LEVELS:
        entry.fail("levels", f"at most {MAX_LEVELS} levels, got {len(raw_levels)}")
    elif len(raw_levels) == 1:
        entry.fail("levels", f"a graded agent needs {MIN_GRADED_LEVELS} to {MAX_LEVELS} levels (none: pass/fail)")
    level_keys = [level.level_key for level in levels if level is not None]
    for key_index, level_key in enumerate(level_keys):
        if level_key in level_keys[:key_index]:
            entry.fail(f"levels[{key_index}].level_key", f"{level_key!r} is used twice; level keys must be unique")
    targets = entry.strings("target_level_keys") or ()
    if targets and not raw_levels:
        entry.fail("target_level_keys", "must be empty for a pass/fail agent (one without levels)")
    elif raw_levels and None not in levels:  # a broken level is reported once, not again through the targets
        for target in targets:
            if target not in level_keys:
                entry.fail("target_level_keys", f"{target!r} is not one of the levels' keys")
    if len(problems) > before or key is None or name is None or prompt is None:
        return None
    return AgentSpec(
        key, name, prompt, description, modality, system_prompt, tuple(level for level in levels if level),
        targets, DEFAULT_WEIGHT if weight is None else weight,
    )  # fmt: skip


def _level(problems: list[Problem], label: str, index: int, table: Mapping[str, Any]) -> LevelSpec | None:
    entry = _Entry(problems, label, table, prefix=f"levels[{index}].")
    before = len(problems)
    entry.only(_LEVEL_FIELDS)
    key_bounds, label_bounds = _LEVEL["level_key"], _LEVEL["label"]
    level_key = entry.text("level_key", required=True, low=key_bounds["minLength"], high=key_bounds["maxLength"])
    text = entry.text("label", required=True, low=label_bounds["minLength"], high=label_bounds["maxLength"])
    prompt = entry.text("prompt_md", required=True)
    color = table.get("color")
    if color is not None and color not in COLORS:
        entry.fail("color", f"must be one of {', '.join(COLORS)}, got {color!r}")
    if len(problems) > before or level_key is None or text is None or prompt is None:
        return None
    return LevelSpec(level_key, text, prompt, color)


def _setup(
    problems: list[Problem], index: int, table: Mapping[str, Any], declared: Mapping[str, AgentSpec]
) -> SetupSpec | None:
    entry = _Entry(problems, _label("setups", index, table), table)
    before = len(problems)
    entry.only(_SETUP_FIELDS)
    key = entry.key("key")
    name = entry.text("name", required=True, low=_SETUP_NAME["minLength"], high=_SETUP_NAME["maxLength"])
    description = entry.text("description")
    threshold = entry.number("pass_threshold_pct", _SETUP_VERSION["pass_threshold_pct"])
    run_mode = entry.choice("run_mode", RUN_MODES, DEFAULT_RUN_MODE)
    calls = entry.strings("default_call_ids") or ()
    raw_roster = entry.tables("agents", required=True)
    if "agents" in table and not raw_roster and isinstance(table["agents"], list):
        entry.fail("agents", "needs at least one agent (a setup without agents never publishes)")
    if len(raw_roster) > MAX_SETUP_AGENTS:
        entry.fail("agents", f"at most {MAX_SETUP_AGENTS} agents, got {len(raw_roster)}")
    roster = [_roster_entry(entry, number, item, declared) for number, item in enumerate(raw_roster)]
    referenced = [item.agent for item in roster if item is not None]
    for number, agent_key in enumerate(referenced):
        if agent_key in referenced[:number]:
            entry.fail(f"agents[{number}].agent", f"{agent_key!r} is on this setup twice")
    if len(problems) > before or key is None or name is None:
        return None
    return SetupSpec(key, name, tuple(item for item in roster if item), description, threshold, run_mode, calls)


def _roster_entry(
    setup: _Entry, number: int, table: Mapping[str, Any], declared: Mapping[str, AgentSpec]
) -> SetupAgentSpec | None:
    entry = _Entry(setup.problems, setup.label, table, prefix=f"agents[{number}].")
    before = len(setup.problems)
    entry.only(_ROSTER_FIELDS)
    agent_key = entry.key("agent")
    weight = entry.number("weight", _ROSTER_WEIGHT, required=True)
    targets = entry.strings("target_level_keys")
    agent = declared.get(agent_key or "")
    if agent is not None:
        level_keys = [level.level_key for level in agent.levels]
        unknown = [target for target in targets or () if target not in level_keys]
        if unknown:
            entry.fail("target_level_keys", f"{unknown[0]!r} is not a level key of agent {agent.key!r}")
        elif not (agent.target_level_keys if targets is None else targets):
            entry.fail("target_level_keys", "a setup publishes only when each agent has a target level key")
    if len(setup.problems) > before or agent_key is None or weight is None:
        return None
    return SetupAgentSpec(agent_key, weight, targets)


_KINDS = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "a table"}


def _kind(value: object) -> str:
    return _KINDS.get(type(value), type(value).__name__)
