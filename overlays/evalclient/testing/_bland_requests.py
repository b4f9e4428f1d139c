"""Reading the body of Bland's create-run and estimate-run requests, with the documented limits.

Checks run in three passes, like an API validating a request: JSON types and documented limits
(400), then the rules across fields (400), and only then whether the ids exist (404, with
Bland-style codes such as `EVAL_AGENT_VERSION_NOT_FOUND`).
"""

from __future__ import annotations

from dataclasses import dataclass

from evalclient.testing._bland_catalog import BlandCatalog, CallRecord
from evalclient.testing._bland_fields import choice
from evalclient.testing._bland_runs import RosterEntry
from evalclient.testing._limits import BLAND_AGENT_WEIGHT, BLAND_PASS_THRESHOLD
from evalclient.testing._validation import (
    JsonObject,
    bad_request,
    expect_object,
    not_found,
    optional_number,
    optional_str,
    required_str,
    str_list,
    string_map,
)

MAX_CALLS = 5000
MAX_AGENTS = 50
RUN_MODES = ("text", "audio", "full")
TRIGGERS = ("manual", "auto", "backfill")


@dataclass(frozen=True, slots=True)
class RunRequest:
    submitted_call_ids: list[str]
    calls: list[CallRecord]  # resolved: known, each once, in request order
    roster: list[RosterEntry]
    run_mode: str
    pass_threshold_pct: float | None
    triggered_by: str
    workbench_setup_id: str | None
    workbench_setup_version_id: str | None
    metadata: dict[str, str]


def read_run_request(body: JsonObject, catalog: BlandCatalog) -> RunRequest:
    """A checked create/estimate body, with agents, versions and calls resolved."""
    if "call_ids" not in body:
        bad_request("call_ids is required")
    call_ids = str_list(body["call_ids"], "call_ids", min_items=1, max_items=MAX_CALLS)
    attached = body.get("attached_agents", [])
    if not isinstance(attached, list):
        bad_request("attached_agents must be an array")
    if len(attached) > MAX_AGENTS:
        bad_request(f"attached_agents may hold at most {MAX_AGENTS} agents, got {len(attached)}")
    attachments = [_attachment(entry, f"attached_agents[{index}].") for index, entry in enumerate(attached)]
    run_mode = choice(body, "run_mode", RUN_MODES)
    threshold = optional_number(body, "pass_threshold_pct", "", *BLAND_PASS_THRESHOLD)
    triggered_by = choice(body, "triggered_by", TRIGGERS) or "manual"
    setup_id = optional_str(body, "workbench_setup_id")
    setup_version_id = optional_str(body, "workbench_setup_version_id")
    metadata = string_map(body, "metadata")

    if (setup_id is None) != (setup_version_id is None):
        bad_request("workbench_setup_id and workbench_setup_version_id must be sent together")
    if not attachments and setup_version_id is None:
        bad_request("attached_agents must be non-empty unless workbench_setup_version_id is given")

    unknown_calls = [call_id for call_id in call_ids if call_id not in catalog.calls]
    if unknown_calls:
        not_found(f"{len(unknown_calls)} call(s) not found, e.g. {unknown_calls[0]!r}", "CALL_NOT_FOUND")
    if setup_id is not None:
        setup = catalog.setups.get(setup_id)
        if setup is None:
            not_found(f"Workbench setup {setup_id!r} not found", "WORKBENCH_SETUP_NOT_FOUND")
        setup_version = setup.versions.get(str(setup_version_id))
        if setup_version is None:
            not_found(
                f"Workbench setup {setup_id} has no version {setup_version_id!r}", "WORKBENCH_SETUP_VERSION_NOT_FOUND"
            )
        if not attachments:  # the pinned roster supplies the agents
            attachments = [_attachment(entry, "workbench roster: ") for entry in setup_version.attached_agents]
        run_mode = run_mode or setup_version.run_mode
        threshold = setup_version.pass_threshold_pct if "pass_threshold_pct" not in body else threshold
    roster = [_resolve(catalog, *attachment) for attachment in attachments]
    return RunRequest(
        submitted_call_ids=call_ids,
        calls=[catalog.calls[call_id] for call_id in dict.fromkeys(call_ids)],
        roster=roster,
        run_mode=run_mode or "text",
        pass_threshold_pct=threshold,
        triggered_by=triggered_by,
        workbench_setup_id=setup_id,
        workbench_setup_version_id=setup_version_id,
        metadata=metadata,
    )


Attachment = tuple[str, str | None, float | None, list[str] | None]


def _attachment(raw: object, where: str) -> Attachment:
    entry = expect_object(raw, where.rstrip(". :") or "attached agent")
    agent_id = required_str(entry, "eval_agent_id", where)
    version_id = optional_str(entry, "eval_agent_version_id", where, nullable=True)
    weight = optional_number(entry, "weight", where, *BLAND_AGENT_WEIGHT)
    targets = (
        None if "target_level_keys" not in entry else str_list(entry["target_level_keys"], f"{where}target_level_keys")
    )
    return agent_id, version_id, weight, targets


def _resolve(
    catalog: BlandCatalog, agent_id: str, version_id: str | None, weight: float | None, targets: list[str] | None
) -> RosterEntry:
    agent = catalog.agents.get(agent_id)
    if agent is None:
        not_found(f"Eval agent {agent_id!r} not found", "EVAL_AGENT_NOT_FOUND")
    if version_id is None:
        if agent.active_version_id is None:
            bad_request(f"Eval agent {agent_id} has no published version; pass eval_agent_version_id")
        version_id = agent.active_version_id
    version = agent.versions.get(version_id)
    if version is None:
        not_found(f"Eval agent {agent_id} has no version {version_id!r}", "EVAL_AGENT_VERSION_NOT_FOUND")
    return RosterEntry(
        agent,
        version,
        version.weight if weight is None else weight,
        tuple(version.target_level_keys if targets is None else targets),
    )
