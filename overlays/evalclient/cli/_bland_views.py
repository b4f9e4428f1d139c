"""How Bland objects are shown: JSON via the models' `to_dict()`, or tables and records for people."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bland_evals_client.models.eval_agent_list_item import EvalAgentListItem
from bland_evals_client.models.eval_run import EvalRun
from bland_evals_client.models.eval_run_list_item import EvalRunListItem
from evalclient.cli._output import Output, format_ratio, format_value

# The scalar fields of a call result, in CSV column order (ids first); nested agent results are left out.
CALL_RESULT_COLUMNS = (
    "call_id",
    "status",
    "overall_score_normalized_0_100",
    "text_score_normalized_0_100",
    "audio_score_normalized_0_100",
    "failed_agent_count",
    "insufficient_evidence_agent_count",
    "call_display_name",
    "call_duration_seconds",
    "call_ended_by",
    "started_at",
    "completed_at",
    "id",
    "eval_run_id",
)
CALL_RESULT_TABLE = [
    ("CALL ID", "call_id"),
    ("STATUS", "status"),
    ("SCORE", "overall_score_normalized_0_100"),
    ("TEXT", "text_score_normalized_0_100"),
    ("AUDIO", "audio_score_normalized_0_100"),
    ("FAILED JUDGES", "failed_agent_count"),
    ("NAME", "call_display_name"),
]


def show_runs(out: Output, runs: Sequence[EvalRunListItem]) -> None:
    rows = [run.to_dict() for run in runs]
    if out.json_mode:
        out.json_lines(rows)
        return
    columns = [
        ("ID", "id"),
        ("STATUS", "status"),
        ("MODE", "run_mode"),
        ("CALLS", "resolved_call_count"),
        ("PROGRESS", "progress"),
        ("SCORE", "score"),
        ("PASS", "pass"),
        ("CREATED", "created_at"),
    ]
    table_rows = [
        {**row, "progress": _atoms(row), "score": _summary(row).get("overall_score_mean"), "pass": _passed(row)}
        for row in rows
    ]
    out.table(columns, table_rows, empty="no eval runs")


def show_run(out: Output, run: EvalRun) -> None:
    data = run.to_dict()
    if out.json_mode:
        out.document(data)
        return
    summary = _summary(data)
    agents = [agent["eval_agent_id"] for agent in data.get("submitted_attached_agents", [])]
    out.record(
        [
            ("id", data["id"]),
            ("status", data["status"]),
            ("mode", data["run_mode"]),
            ("calls", data["resolved_call_count"]),
            ("judges", ", ".join(agents) or data["resolved_agent_count"]),
            ("workbench setup", data.get("workbench_setup_id")),
            ("progress", format_ratio(data["completed_atom_count"], data["resolved_atom_count"], "evaluations")),
            ("score", _scores(summary)),
            ("threshold", _threshold(data)),
            ("call outcomes", _outcomes(summary)),
            ("cost (USD)", data.get("billable_cost_usd")),
            ("error", " ".join(filter(None, (data.get("error_code"), data.get("error_message"))))),
            ("metadata", ", ".join(f"{key}={value}" for key, value in data.get("metadata", {}).items())),
            ("created", data["created_at"]),
            ("completed", data.get("completed_at")),
        ]
    )


def show_agents(out: Output, agents: Sequence[EvalAgentListItem]) -> None:
    rows = [agent.to_dict() for agent in agents]
    if out.json_mode:
        out.json_lines(rows)
        return
    columns = [
        ("ID", "id"),
        ("NAME", "name"),
        ("MODALITY", "modality"),
        ("ENABLED", "enabled"),
        ("VERSION", "active_version_number"),
        ("PUBLISHED VERSION ID", "active_version_id"),
    ]
    out.table(columns, rows, empty="no eval agents")


def _summary(run: Mapping[str, Any]) -> Mapping[str, Any]:
    return run.get("summary") or {}


def _atoms(run: Mapping[str, Any]) -> str:
    return format_ratio(run.get("completed_atom_count"), run.get("resolved_atom_count"))


def _passed(run: Mapping[str, Any]) -> Any:
    return _summary(run).get("overall_pass")


def _scores(summary: Mapping[str, Any]) -> str | None:
    if summary.get("overall_score_mean") is None:
        return None
    parts = [
        f"{label} {format_value(summary.get(key))}"
        for label, key in (("text", "text_score_mean"), ("audio", "audio_score_mean"))
    ]
    return f"{format_value(summary['overall_score_mean'])} ({', '.join(parts)})"


def _threshold(run: Mapping[str, Any]) -> str | None:
    summary = _summary(run)
    threshold = summary.get("pass_threshold_pct")
    if threshold is None:
        return None
    passed = summary.get("overall_pass")
    verdict = "not decided" if passed is None else "passed" if passed else "not passed"
    return f"{format_value(threshold)}% ({verdict})"


def _outcomes(summary: Mapping[str, Any]) -> str | None:
    if not summary:
        return None
    return (
        f"{format_value(summary.get('successful_call_count'))} scored, "
        f"{format_value(summary.get('failed_call_count'))} failed, "
        f"{format_value(summary.get('insufficient_evidence_count'))} insufficient evidence, "
        f"{format_value(summary.get('target_match_count'))} on target"
    )


def show_detail(out: Output, detail: dict[str, Any], kind: str) -> None:
    if out.json_mode:
        out.document(detail)
        return
    item, draft = detail[kind], detail["current_version"]
    fields: list[tuple[str, Any]] = [
        ("id", item["id"]),
        ("key", item.get("key")),
        ("name", item["name"]),
        ("description", item.get("description")),
        ("published version", item.get("active_version_id") or "none"),
        ("draft version", f"{draft['id']} (v{draft['version_number']}, {draft['state']})"),
    ]
    if kind == "agent":
        levels = ", ".join(level["level_key"] for level in draft.get("levels", [])) or "none (pass/fail)"
        fields += [
            ("modality", draft.get("modality")),
            ("levels", levels),
            ("targets", ", ".join(draft.get("target_level_keys", []))),
        ]
        fields += [("weight", draft.get("weight")), ("prompt", draft.get("prompt_md"))]
    else:
        roster = [f"{a['eval_agent_id']} x{a.get('weight')}" for a in draft.get("attached_agents", [])]
        fields += [
            ("agents", ", ".join(roster) or "none"),
            ("pass threshold", draft.get("pass_threshold_pct")),
            ("run mode", draft.get("run_mode")),
        ]
    out.record(fields)


def show_versions(out: Output, rows: list[dict[str, Any]]) -> None:
    if out.json_mode:
        out.json_lines(rows)
        return
    columns = [
        ("VERSION", "version_number"),
        ("ID", "id"),
        ("STATE", "state"),
        ("NAME", "name"),
        ("CREATED", "created_at"),
    ]
    out.table(columns, rows, empty="no versions")


def show_publication(out: Output, published: dict[str, Any]) -> None:
    if out.json_mode:
        out.document(published)
        return
    version = published["published_version"]
    out.record(
        [
            ("published version", f"{version['id']} (v{version['version_number']})"),
            ("new draft", published["current_version_id"]),
        ]
    )
