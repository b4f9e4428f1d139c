"""Eval judges as code: keep Bland eval agents and workbench setups in a reviewed file, and apply it.

    judges = load_judges("judges.toml")          # TOML (standard library tomllib), or .json
    changes = plan(client, judges, publish=True)  # reads the remote state; never writes
    print(changes.describe())
    result = apply(client, changes)              # the writes; a second apply sends none

**Keys.** Each agent and setup in the file has a `key` the user chooses and never changes. Bland
derives its own `key` from the name (a slug, changed by renames elsewhere) and offers no way to
set it, so the file's key is stored in the remote object's `metadata` under `KEY_FIELD`
(`"evalclient_key"`), and objects are matched on it. Other metadata entries are kept. Remote
objects without that entry, or with a key the file does not declare, are left alone. A setup may
also name an agent the file does not declare: by that metadata, else by Bland's own `key` (a
judge made in the dashboard).

**Versions.** Name and description are patched on the object itself. When a version field differs
from the current draft (prompts, levels, targets, weight, modality; a setup's agents, threshold,
run mode, default calls), apply creates a new editable version, patches it, and with
`publish=True` publishes it. With `publish=True` an object whose published version differs from
the file (or that was never published) is published too. A setup pins each of its agents'
published version (the draft while an agent has none), so a setup follows its agents.

A file is checked whole before any request (`JudgesFileError` lists every problem with its entry
and field); a setup's agent that only exists remotely is checked while planning, before any write.
See docs/judges-as-code.md.
"""

from __future__ import annotations

import os

from bland_evals_client import AuthenticatedClient
from evalclient._judges_apply import Applied, ApplyResult, execute
from evalclient._judges_checks import parse_judges
from evalclient._judges_file import (
    AgentSpec,
    JudgesConflictError,
    JudgesFile,
    JudgesFileError,
    LevelSpec,
    Problem,
    SetupAgentSpec,
    SetupSpec,
    read_document,
)
from evalclient._judges_plan import Action, FieldChange, Plan, Step, make_plan
from evalclient._judges_remote import KEY_FIELD

__all__ = [
    "KEY_FIELD",
    "Action",
    "AgentSpec",
    "Applied",
    "ApplyResult",
    "FieldChange",
    "JudgesConflictError",
    "JudgesFile",
    "JudgesFileError",
    "LevelSpec",
    "Plan",
    "Problem",
    "SetupAgentSpec",
    "SetupSpec",
    "Step",
    "apply",
    "load_judges",
    "parse_judges",
    "plan",
]


def load_judges(path: str | os.PathLike[str]) -> JudgesFile:
    """Read and check a judges file (`.json` as JSON, anything else as TOML).

    Raises JudgesFileError naming the file, the entry and the field of every problem, and
    OSError when the file cannot be read. Sends nothing.
    """
    return parse_judges(read_document(path), os.fspath(path))


def plan(client: AuthenticatedClient, judges: JudgesFile, *, publish: bool = False) -> Plan:
    """What `apply` would do, read from Bland with GET requests only.

    Raises JudgesFileError when a setup names an agent neither the file nor Bland has, and
    JudgesConflictError when two remote objects carry the same key.
    """
    return make_plan(client, judges, publish=publish)


def apply(
    client: AuthenticatedClient, judges_or_plan: JudgesFile | Plan, *, publish: bool | None = None
) -> ApplyResult:
    """Make Bland match the file: plan (unless given a plan), then send the plan's writes.

    `publish` defaults to False for a file, and to the plan's own setting for a plan (a
    different value for a plan is a ValueError: plan again instead). A plan is carried out as it
    was read; if the remote changed since, plan again. An API error stops the apply where it
    happened (its note says where); applying the same file again finishes the job.
    """
    if isinstance(judges_or_plan, Plan):
        if publish is not None and publish != judges_or_plan.publish:
            raise ValueError(f"this plan was made with publish={judges_or_plan.publish}; plan again to change it")
        return execute(client, judges_or_plan)
    return execute(client, make_plan(client, judges_or_plan, publish=bool(publish)))
