"""The per-call results, per-judge verdicts and frozen agent snapshots of a Bland eval run.

Each is built on demand from its index (see `BlandRun`), with the fields of the docs examples.
"""

from __future__ import annotations

from evalclient.testing._bland_runs import BlandRun, atom_cost
from evalclient.testing._ids import Timeline, unit
from evalclient.testing._validation import JsonObject

_PROMPT_VERSION = "v3.1.0"
_TRANSCRIPT_DAYS = 30


def call_result(run: BlandRun, index: int, include_agent_results: bool, org_id: str, timeline: Timeline) -> JsonObject:
    """The result of the `index`-th call of the run (every agent has judged it)."""
    call = run.calls[index]
    agents = len(run.roster)
    overall, text, audio, failed, insufficient = run.call_scores(index)
    started = timeline.stamp(run.done_at(index * agents))
    return {
        "id": run.call_ids.id_at(index),
        "org_id": org_id,
        "eval_run_id": run.id,
        "call_id": call.id,
        "call_display_name": call.display_name,
        "call_started_at": call.started_at,
        "call_duration_seconds": call.duration_seconds,
        "call_ended_by": call.ended_by,
        "transcript_snapshot_ref": f"snapshots/{call.id}/v1",
        "transcript_snapshot_expires_at": timeline.stamp(run.started + _TRANSCRIPT_DAYS * 86400),
        "status": "FAILED" if failed == agents else "COMPLETE",
        "started_at": started,
        "completed_at": timeline.stamp(run.done_at((index + 1) * agents)),
        "overall_score_normalized_0_100": overall,
        "text_score_normalized_0_100": text,
        "audio_score_normalized_0_100": audio,
        "failed_agent_count": failed,
        "insufficient_evidence_agent_count": insufficient,
        "agent_results": (
            [agent_result(run, index * agents + offset, org_id, timeline) for offset in range(agents)]
            if include_agent_results
            else []
        ),
        "created_at": started,
    }


def agent_result(run: BlandRun, atom: int, org_id: str, timeline: Timeline) -> JsonObject:
    """One judge verdict: agent `atom % agents` grading call `atom // agents`."""
    agents = len(run.roster)
    call, position = run.calls[atom // agents], atom % agents
    entry = run.roster[position]
    verdict = run.verdict(atom)
    h = unit(call.id, entry.version.id, "audit")
    if verdict.failed:
        reasoning = None
    elif verdict.insufficient:
        reasoning = "The transcript holds too little evidence to grade this criterion."
    else:
        reasoning = f"Graded **{verdict.level_label}** on {entry.agent.name}: the decisive moment is quoted below."
    start_ms = int(1000 * call.duration_seconds * h)
    evidence: list[JsonObject] = []
    if verdict.level_key is not None:
        evidence.append(
            {"source": "transcript", "speaker": "agent", "start_ms": start_ms, "end_ms": start_ms + 4200,
             "text": "I can see what happened on your account; let me fix that for you right now."}
        )  # fmt: skip
    return {
        "id": run.result_ids.id_at(atom),
        "org_id": org_id,
        "eval_run_id": run.id,
        "eval_run_call_result_id": run.call_ids.id_at(atom // agents),
        "eval_run_agent_snapshot_id": run.snapshot_ids.id_at(position),
        "eval_agent_id": entry.agent.id,
        "eval_agent_version_id": entry.version.id,
        "call_id": call.id,
        "selected_level_key": verdict.level_key,
        "selected_level_label": verdict.level_label,
        "score_normalized_0_100": verdict.score,
        "is_target_match": verdict.target,
        "is_insufficient_evidence": verdict.insufficient,
        "confidence": None if verdict.failed else verdict.confidence,
        "reasoning_md": reasoning,
        "evidence": evidence,
        "failed": verdict.failed,
        "failure_code": "JUDGE_TIMEOUT" if verdict.failed else None,
        "failure_message": "The judge model did not answer in time." if verdict.failed else None,
        "billable_cost_usd": atom_cost(verdict),
        "audit": {
            "prompt_version": _PROMPT_VERSION,
            "input_tokens": 2000 + int(1500 * h),
            "output_tokens": 150 + int(300 * h),
            "latency_ms": 800 + int(2400 * h),
        },
        "created_at": timeline.stamp(run.done_at(atom + 1)),
    }


def agent_snapshot(run: BlandRun, position: int, org_id: str, created_at: str) -> JsonObject:
    """The frozen configuration of the `position`-th attached agent."""
    entry = run.roster[position]
    version = entry.version
    return {
        "id": run.snapshot_ids.id_at(position),
        "org_id": org_id,
        "eval_run_id": run.id,
        "eval_agent_id": entry.agent.id,
        "eval_agent_version_id": version.id,
        "position": position,
        "key": entry.agent.key,
        "name": entry.agent.name,
        "modality": version.modality,
        "system_prompt_md": version.system_prompt_md,
        "prompt_md": version.prompt_md,
        "prompt_version": _PROMPT_VERSION,
        "levels": version.levels,
        "target_level_keys": list(entry.targets),
        "weight": entry.weight,
        "created_at": created_at,
    }
