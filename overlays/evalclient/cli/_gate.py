"""The quality gate: turns a finished run into pass or fail for a pipeline, with a one-line verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from evalclient.cli._output import format_value
from extend_evals_client.models.classify_run_metrics import ClassifyRunMetrics
from extend_evals_client.models.evaluation_set_run import EvaluationSetRun
from extend_evals_client.models.extract_run_metrics import ExtractRunMetrics
from extend_evals_client.models.splitter_run_metrics import SplitterRunMetrics

if TYPE_CHECKING:
    from bland_evals_client.models.eval_run import EvalRun


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reason: str

    @property
    def line(self) -> str:
        return f"quality gate {'PASSED' if self.passed else 'FAILED'}: {self.reason}"


def extend_quality(run: EvaluationSetRun) -> tuple[str, float | None]:
    """The run's headline figure: accuracy, or f1 for a splitter (whose metrics have no accuracy)."""
    metrics = run.metrics
    if isinstance(metrics, SplitterRunMetrics):
        return "f1", _number(metrics.f1)
    if isinstance(metrics, ExtractRunMetrics | ClassifyRunMetrics):
        return "accuracy", _number(metrics.accuracy)
    # Metrics of a kind this client does not know keep every field; an accuracy may still be there.
    return "accuracy", _number(metrics.additional_properties.get("accuracy"))


def extend_gate(run: EvaluationSetRun, min_accuracy: float) -> Verdict:
    name, value = extend_quality(run)
    if value is None:
        return Verdict(False, f"run {run.id} reports no {name} (status {run.status})")
    comparison = ">=" if value >= min_accuracy else "<"
    return Verdict(value >= min_accuracy, f"{name} {format_value(value)} {comparison} {format_value(min_accuracy)}")


def bland_gate(run: EvalRun, min_score: float) -> Verdict:
    """Passes when the mean overall score reaches `min_score` and the run did not fail its own threshold."""
    # Imported here so that an Extend command's gate loads no Bland model.
    from bland_evals_client.models.run_summary import RunSummary

    summary = run.summary if isinstance(run.summary, RunSummary) else None
    if summary is None or (score := _number(summary.overall_score_mean)) is None:
        return Verdict(False, f"run {run.id} has no overall score (status {run.status})")
    comparison = ">=" if score >= min_score else "<"
    reason = f"overall score {format_value(score)} {comparison} {format_value(min_score)}"
    if score < min_score:
        return Verdict(False, reason)
    threshold = _number(summary.pass_threshold_pct)
    if threshold is not None and summary.overall_pass is False:
        return Verdict(False, f"{reason}, but the run failed its pass threshold of {format_value(threshold)}%")
    return Verdict(True, reason)


def _number(value: object) -> float | None:
    """A metric as a float; None when absent (UNSET), null or not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
