"""A judges file as values: eval agents and workbench setups declared by key, and the errors of a bad file.

The values are frozen and complete: every field an object can hold has a value here, the file's
or its documented default, so comparing them with what the API holds needs no further rule.
Parsing and checking live in `_judges_checks`; nothing here sends a request.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evalclient.errors import EvalClientError

DEFAULT_MODALITY = "text"
DEFAULT_RUN_MODE = "text"
DEFAULT_WEIGHT = 100.0
# Every problem is kept in `problems`; a message listing them all would bury the first ones.
MAX_SHOWN_PROBLEMS = 10


@dataclass(frozen=True, slots=True)
class LevelSpec:
    """One verdict level of a graded judge."""

    level_key: str
    label: str
    prompt_md: str
    color: str | None = None


@dataclass(frozen=True, slots=True)
class AgentSpec:
    """An eval agent (an LLM judge) as the file declares it; `key` is the file's own, stable name."""

    key: str
    name: str
    prompt_md: str
    description: str | None = None
    modality: str = DEFAULT_MODALITY
    system_prompt_md: str = ""
    levels: tuple[LevelSpec, ...] = ()
    target_level_keys: tuple[str, ...] = ()
    weight: float = DEFAULT_WEIGHT


@dataclass(frozen=True, slots=True)
class SetupAgentSpec:
    """An agent on a setup, by the agent's key (declared in the file, or carried by a remote agent).

    `target_level_keys` None means "the agent's own target level keys".
    """

    agent: str
    weight: float
    target_level_keys: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class SetupSpec:
    """A workbench setup: a reusable roster of judges with a pass threshold, run mode and default calls."""

    key: str
    name: str
    agents: tuple[SetupAgentSpec, ...]
    description: str | None = None
    pass_threshold_pct: float | None = None
    run_mode: str = DEFAULT_RUN_MODE
    default_call_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JudgesFile:
    """Everything one file declares; `source` names it in messages (its path, or what the caller said)."""

    source: str
    agents: tuple[AgentSpec, ...] = ()
    setups: tuple[SetupSpec, ...] = ()

    def agent(self, key: str) -> AgentSpec | None:
        return next((agent for agent in self.agents if agent.key == key), None)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file: the entry (`agents[0] "resolution"`), the field and what is wrong."""

    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.entry}: {self.field}: {self.message}" if self.field else f"{self.entry}: {self.message}"


class JudgesFileError(EvalClientError, ValueError):
    """A judges file that cannot be applied: unreadable TOML or JSON, or fields outside the documented bounds.

    `source` names the file; `problems` lists every problem found (entry, field, message). Raised
    before any write; the file's own checks run before any request at all.
    """

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        lines = [f"{source}: {problem}" for problem in self.problems[:MAX_SHOWN_PROBLEMS]]
        if len(self.problems) > MAX_SHOWN_PROBLEMS:
            lines.append(f"{source}: ... and {len(self.problems) - MAX_SHOWN_PROBLEMS} more problems")
        super().__init__("\n".join(lines))


class JudgesConflictError(EvalClientError):
    """The remote state cannot be matched to the file: two remote objects carry the same key."""


def read_document(path: str | os.PathLike[str]) -> Mapping[str, Any]:
    """The file's top-level table: `.json` is read as JSON, anything else as TOML (standard library only).

    OSError (a missing file) propagates unchanged; a syntax error is a JudgesFileError with its place.
    """
    source = os.fspath(path)
    text = Path(path).read_text(encoding="utf-8")
    try:
        document = json.loads(text) if source.lower().endswith(".json") else tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise JudgesFileError(source, [Problem("the file", "", f"not valid TOML: {exc}")]) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise JudgesFileError(source, [Problem("the file", "", f"not valid JSON: {exc.msg} ({where})")]) from None
    if not isinstance(document, dict):
        raise JudgesFileError(source, [Problem("the file", "", "expected a table (a JSON object) at the top")])
    return document
