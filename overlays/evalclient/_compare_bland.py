"""A Bland eval run's figures: its summary, and with a client, every judge verdict.

The run object carries the summary only (overall and per-modality means, counts, the pass
threshold). Per judge and per call need the verdicts: with a client, one walk over the run's
call results with `include_agent_results=true` (each call with every judge's verdict) and one
request for the agent snapshots (the judges' names, frozen with the run).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from evalclient._compare_model import RUN, CallFigure, Figure, RunInfo, Side, better_by_name, number

SCORES = ("overall_score_mean", "text_score_mean", "audio_score_mean")
PASS_RATE = "pass_rate_pct"  # noqa: S105 - a figure name, not a secret
COUNTS = (
    "resolved_call_count",
    "successful_call_count",
    "failed_call_count",
    "insufficient_evidence_count",
    "target_match_count",
    "completed_atom_count",
)
_SUMMARY_KNOWN = {*SCORES, *COUNTS, "pass_threshold_pct", "overall_pass"}
PAGE_SIZE = 100  # the most a Bland list page holds


@dataclass
class _Judge:
    name: str
    graded: int = 0
    score_sum: float = 0.0
    targets: int = 0
    failed: int = 0
    insufficient: int = 0


def bland_side(data: Mapping[str, Any], client: object | None) -> Side:
    summary = data.get("summary")
    summary = summary if isinstance(summary, Mapping) else {}
    threshold, passed = number(summary.get("pass_threshold_pct")), summary.get("overall_pass")
    info = RunInfo(
        id=str(data.get("id")),
        kind="eval_run",
        status=str(data.get("status")),
        processor=_text(data.get("workbench_setup_id")),
        version=_text(data.get("workbench_setup_version_id")),
        metrics_type=_text(data.get("run_mode")),
        passed=passed if isinstance(passed, bool) else None,
        pass_threshold=threshold,
    )
    side = Side("bland", info, "overall_score_mean")
    if not summary:
        side.notes.append(f"run {info.id} has no summary yet ({info.status}): it reports no scores")
    side.numbers(RUN, summary, SCORES, "higher")
    if client is None:
        # Without the verdicts, judges that failed cannot be told from graded ones.
        graded = _minus(number(data.get("completed_atom_count")), number(summary.get("insufficient_evidence_count")))
        _pass_rate(
            side, number(summary.get("target_match_count")), graded, " (run summary: failed judges count as graded)"
        )
    else:
        _read_verdicts(side, client)
    for name, value in summary.items():
        if name not in _SUMMARY_KNOWN and number(value) is not None:
            better = better_by_name(name)  # carried by name: a figure the API added since
            side.add(Figure(RUN if better == "higher" else "other", name, name, name, number(value), better))
    side.numbers("count", summary, COUNTS)
    side.numbers("count", data, ("resolved_call_count", "resolved_agent_count", "completed_atom_count"))
    side.numbers("other", data, ("billable_cost_usd",), "lower")
    return side


def _pass_rate(side: Side, targets: float | None, graded: float | None, source: str) -> None:
    """Target matches as a share of graded verdicts, in percent: what the pass threshold is held to."""
    if targets is None or graded is None:
        return
    value = 100.0 * targets / graded if graded else None
    detail = f"{targets:g}/{graded:g} graded verdicts on target{source}"
    side.add(Figure(RUN, PASS_RATE, PASS_RATE, PASS_RATE, value, "higher", detail, None if graded else "none graded"))


def _read_verdicts(side: Side, client: Any) -> None:
    # Imported here: loading the generated operations and models costs ~100 ms, which importing
    # evalclient does not pay (see _run_status).
    from bland_evals_client.api.eval_runs import list_eval_run_agent_snapshots, list_eval_run_call_results
    from evalclient.pagination import paginate

    run_id = side.info.id
    judges: dict[str, _Judge] = {}
    for snapshot in list_eval_run_agent_snapshots.sync(run_id, client=client).data.data:
        shown = snapshot.name if isinstance(snapshot.name, str) else None
        judges.setdefault(snapshot.eval_agent_id, _Judge(shown or _key(snapshot) or snapshot.eval_agent_id))
    calls: dict[str, CallFigure] = {}
    results = paginate(
        list_eval_run_call_results, client=client, run_id=run_id, include_agent_results=True, page_size=PAGE_SIZE
    )
    for result in results:
        call = result.to_dict()
        verdicts = []
        for verdict in call.get("agent_results") or []:
            agent_id = str(verdict.get("eval_agent_id"))
            judge = judges.setdefault(agent_id, _Judge(agent_id))
            verdicts.append((judge.name, _label(verdict)))
            score = number(verdict.get("score_normalized_0_100"))
            if verdict.get("failed"):
                judge.failed += 1
            elif verdict.get("is_insufficient_evidence") or score is None:
                judge.insufficient += 1
            else:
                judge.graded += 1
                judge.score_sum += score
                judge.targets += bool(verdict.get("is_target_match"))
        call_id = str(call.get("call_id"))
        name, score = _text(call.get("call_display_name")), number(call.get("overall_score_normalized_0_100"))
        calls[call_id] = CallFigure(call_id, name, score, tuple(verdicts), str(call.get("status") or ""))
    side.calls = calls
    _pass_rate(side, float(sum(j.targets for j in judges.values())), float(sum(j.graded for j in judges.values())), "")
    names = [judge.name for judge in judges.values()]
    for agent_id, judge in judges.items():
        name = judge.name if names.count(judge.name) == 1 else f"{judge.name} ({agent_id[:8]})"
        mean = judge.score_sum / judge.graded if judge.graded else None
        parts = [f"pass {100 * judge.targets / judge.graded:.0f}%" if judge.graded else "none graded"]
        parts.append(f"{judge.graded} graded")
        parts += [f"{count} {what}" for count, what in ((judge.failed, "failed"), (judge.insufficient, "no evidence"))]
        detail = ", ".join(part for part in parts if not part.startswith("0 "))
        side.add(Figure("judge", agent_id, name, "mean score", mean, "higher", detail))


def _label(verdict: Mapping[str, Any]) -> str:
    if verdict.get("failed"):
        return "judge failed"
    if verdict.get("is_insufficient_evidence"):
        return "insufficient evidence"
    label = verdict.get("selected_level_label") or verdict.get("selected_level_key")
    return str(label) if label else "-"


def _key(snapshot: Any) -> str | None:
    return snapshot.key if isinstance(snapshot.key, str) else None


def _minus(total: float | None, part: float | None) -> float | None:
    return None if total is None else total - (part or 0.0)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
