"""evalclient.compare_runs for Bland eval runs (#17): summary scores per modality and pass rate, per judge and
per call through the verdicts when a client is given, PARTIAL runs, different calls, unknown summary
figures, zero denominators, and runs still in progress."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import evalclient
from bland_evals_client import AuthenticatedClient
from bland_evals_client.api.eval_runs import create_eval_run, get_eval_run
from bland_evals_client.models import CreateEvalRunRequest, EvalRun
from evalclient.compare import Delta, RunComparison
from evalclient.testing import FakeAPI, ManualClock

pytestmark = pytest.mark.unit

CALLS = 24


@pytest.fixture
def bland(fake: FakeAPI) -> AuthenticatedClient:
    return evalclient.bland_client(token="test-token", base_url="http://fake", transport=fake.transport)


@pytest.fixture
def finished(fake: FakeAPI, clock: ManualClock, bland: AuthenticatedClient) -> Callable[..., EvalRun]:
    """Start a run (seeded, or with the given attached agents) and return it once it has ended."""

    def start(agents: list[dict[str, Any]] | None = None, **options: Any) -> EvalRun:
        calls = options.pop("calls", fake.bland.call_ids[:CALLS])
        outcome = options.pop("outcome", None)
        if agents is None:
            run_id = fake.bland.seed_run(calls, **options)
        else:
            body = CreateEvalRunRequest.from_dict({"call_ids": calls, "attached_agents": agents, **options})
            run_id = create_eval_run.sync(client=bland, body=body).data.id
        if outcome:
            fake.bland.set_run_outcome(run_id, outcome)
        clock.advance(60)
        return get_eval_run.sync(run_id, client=bland).data

    return start


def draft_of_first_judge(fake: FakeAPI) -> list[dict[str, Any]]:
    """The seeded judges, the first one scoring with its draft version instead of its published one."""
    first, *others = fake.bland.agent_ids
    draft = fake.bland.agent_version_ids(first)[-1]
    return [{"eval_agent_id": first, "eval_agent_version_id": draft}, *({"eval_agent_id": a} for a in others)]


def row(comparison: RunComparison, section: str, key: str) -> Delta:
    return next(d for d in (*comparison.metrics, *comparison.breakdown) if (d.section, d.key) == (section, key))


def test_summary_scores_per_modality_and_pass_rate_without_a_client(finished: Callable[..., EvalRun]) -> None:
    baseline = finished(run_mode="full", pass_threshold_pct=50)
    candidate = finished(run_mode="full", pass_threshold_pct=50, outcome="PARTIAL")

    comparison = evalclient.compare_runs(baseline, candidate)

    assert comparison.vendor == "bland"
    assert comparison.headline == "overall_score_mean"
    keys = [d.key for d in comparison.metrics if d.section == "run"]
    assert keys == ["overall_score_mean", "text_score_mean", "audio_score_mean", "pass_rate_pct"]
    summary = baseline.summary
    assert summary is not None
    overall = row(comparison, "run", "overall_score_mean")
    assert overall.baseline == summary.overall_score_mean
    assert overall.better == "higher"
    assert row(comparison, "run", "audio_score_mean").baseline == summary.audio_score_mean  # the audio judge
    pass_rate = row(comparison, "run", "pass_rate_pct")
    assert pass_rate.baseline_detail is not None
    assert "failed judges count as graded" in pass_rate.baseline_detail
    assert comparison.breakdown == ()
    assert comparison.calls == ()
    assert (
        "per judge and per call: not compared (compare_runs(..., client=bland_client()) fetches them)"
        in comparison.notes
    )
    assert "the candidate ended PARTIAL: its figures cover only what it finished" in comparison.notes
    assert (comparison.baseline.metrics_type, comparison.baseline.pass_threshold) == ("full", 50.0)


def test_with_a_client_per_judge_and_the_calls_that_got_worse_with_both_verdicts(
    fake: FakeAPI, bland: AuthenticatedClient, finished: Callable[..., EvalRun]
) -> None:
    baseline = finished(run_mode="text")
    candidate = finished(draft_of_first_judge(fake), run_mode="text")

    comparison = evalclient.compare_runs(baseline, candidate, client=bland)

    judges = {d.key: d for d in comparison.breakdown}
    assert set(judges) == set(fake.bland.agent_ids)
    assert all(d.section == "judge" for d in judges.values())
    resolution = judges[fake.bland.agent_ids[0]]
    assert resolution.name == "Resolution Quality"
    assert resolution.metric == "mean score"
    assert resolution.delta is not None
    assert resolution.delta < 0
    assert resolution.baseline_detail is not None
    assert "graded" in resolution.baseline_detail
    for other in fake.bland.agent_ids[1:]:  # the same versions give the same verdicts
        assert judges[other].delta == 0
    worse = [call for call in comparison.calls if call.worse]
    assert worse
    assert worse[0].delta == min(call.delta or 0 for call in comparison.calls)
    assert "Resolution Quality: " in worse[0].baseline_verdict
    assert "Empathy Check: " in worse[0].candidate_verdict
    assert worse[0].baseline_verdict != worse[0].candidate_verdict
    assert all(
        change.startswith("Resolution Quality: ") for call in worse for change in call.changes
    )  # only it changed
    assert worse[0].changes  # e.g. "Resolution Quality: Partial → Fail"
    assert any(
        note.startswith(f"{CALLS} calls scored by both runs: {len(worse)} got worse") for note in comparison.notes
    )
    regressions = comparison.regressions(max_drop=None, max_agent_drop=1)
    assert [r.level for r in regressions] == ["agent"]
    assert regressions[0].reason.startswith("judge Resolution Quality: mean score ")
    # Per-judge figures come from the verdicts, so the pass rate is exact: failed judges are not "graded".
    assert row(comparison, "run", "pass_rate_pct").baseline_detail == (
        f"{baseline.summary.target_match_count}/{sum(_graded(d) for d in judges.values())} graded verdicts on target"
    )


def _graded(delta: Delta) -> int:
    detail = delta.baseline_detail or ""
    return int(next(part for part in detail.split(", ") if part.endswith(" graded")).split()[0])


def test_a_run_that_now_fails_its_pass_threshold_is_a_regression(
    fake: FakeAPI, bland: AuthenticatedClient, finished: Callable[..., EvalRun]
) -> None:
    probe = evalclient.compare_runs(finished(), finished(draft_of_first_judge(fake)), client=bland)
    rates = row(probe, "run", "pass_rate_pct")
    assert rates.baseline is not None
    assert rates.candidate is not None
    assert rates.candidate < rates.baseline
    threshold = round((rates.baseline + rates.candidate) / 2, 2)  # between the two: one passes, one fails

    baseline = finished(pass_threshold_pct=threshold)
    candidate = finished(draft_of_first_judge(fake), pass_threshold_pct=threshold)
    comparison = evalclient.compare_runs(baseline, candidate)

    assert (comparison.baseline.passed, comparison.candidate.passed) == (True, False)
    reasons = [r.reason for r in comparison.regressions(max_drop=100)]
    assert reasons == [f"pass threshold: passed -> failed (threshold {threshold:g}%)"]


def test_runs_over_different_calls_compare_the_common_calls_and_say_so(
    fake: FakeAPI, bland: AuthenticatedClient, finished: Callable[..., EvalRun]
) -> None:
    calls = fake.bland.call_ids
    comparison = evalclient.compare_runs(finished(calls=calls[:20]), finished(calls=calls[10:30]), client=bland)

    assert (
        "the runs scored different calls (20 and 20, 10 in common): run-level scores cover different calls"
        in comparison.notes
    )
    assert any(note.startswith("10 calls scored by both runs: 0 got worse") for note in comparison.notes)
    assert "10 calls scored only in the baseline: not compared call by call" in comparison.notes
    assert comparison.calls == ()  # same judges, same calls: the same verdicts


def test_a_judge_in_one_run_only_and_different_run_modes(
    fake: FakeAPI, bland: AuthenticatedClient, finished: Callable[..., EvalRun]
) -> None:
    first, second, _ = fake.bland.agent_ids
    comparison = evalclient.compare_runs(
        finished([{"eval_agent_id": first}, {"eval_agent_id": second}], run_mode="text"),
        finished([{"eval_agent_id": first}], run_mode="full"),
        client=bland,
    )
    assert row(comparison, "judge", second).note == "only in the baseline"
    assert "1 judge only in the baseline: Empathy Check" in comparison.notes
    assert "different run modes (text vs full): per-modality scores differ in scope" in comparison.notes
    assert comparison.regressions(max_drop=None, max_agent_drop=0) == ()


def run_dict(
    run_id: str, summary: dict[str, Any] | None, *, status: str = "COMPLETE", atoms: int = 40
) -> dict[str, Any]:
    return {
        "id": run_id, "org_id": "org", "status": status, "triggered_by": "manual", "run_mode": "text",
        "submitted_call_ids": [f"call-{n}" for n in range(20)], "submitted_attached_agents": [],
        "workbench_setup_id": None, "workbench_setup_version_id": None, "resolved_call_count": 20,
        "resolved_agent_count": 2, "resolved_atom_count": atoms, "completed_atom_count": atoms, "summary": summary,
        "billable_cost_usd": 0.42, "error_code": None, "error_message": None, "metadata": {},
        "created_at": "2026-05-27T10:00:00.000Z", "started_at": None, "completed_at": None,
    }  # fmt: skip


def test_unknown_summary_figures_are_carried_and_zero_denominators_give_no_rate() -> None:
    summary = {"overall_score_mean": 80.0, "text_score_mean": 80.0, "audio_score_mean": None,
               "successful_call_count": 20, "failed_call_count": 0, "insufficient_evidence_count": 40,
               "target_match_count": 0, "pass_threshold_pct": None, "overall_pass": None,
               "empathy_score_mean": 71.5, "escalation_count": 3}  # fmt: skip
    later = {**summary, "overall_score_mean": 79.0, "empathy_score_mean": 64.0, "escalation_count": 5}
    baseline = EvalRun.from_dict(run_dict("run-a", summary))
    candidate = EvalRun.from_dict(run_dict("run-b", later))

    comparison = evalclient.compare_runs(baseline, candidate)

    empathy = row(comparison, "run", "empathy_score_mean")  # named like a score: quality, gated
    assert (empathy.baseline, empathy.candidate, empathy.better) == (71.5, 64.0, "higher")
    assert row(comparison, "other", "escalation_count").better is None  # kept by name, for context
    rate = row(comparison, "run", "pass_rate_pct")  # every verdict lacked evidence: nothing graded
    assert (rate.baseline, rate.note) == (None, "none graded")
    assert [r.name for r in comparison.regressions(max_drop=2)] == ["empathy_score_mean"]
    assert json.loads(json.dumps(comparison.to_dict()))["candidate"]["kind"] == "eval_run"


def test_a_run_without_a_summary_and_runs_in_progress() -> None:
    no_summary = evalclient.compare_runs(
        run_dict("run-a", None, status="FAILED"), run_dict("run-b", None, status="CANCELLED")
    )
    assert "baseline: run run-a has no summary yet (FAILED): it reports no scores" in no_summary.notes
    assert no_summary.regressions() == ()
    for status in ("PENDING", "QUEUED", "RUNNING"):
        with pytest.raises(ValueError, match=f"the candidate run run-b is still {status}"):
            evalclient.compare_runs(run_dict("run-a", None), run_dict("run-b", None, status=status))
