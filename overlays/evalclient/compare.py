"""Did it get worse? `compare_runs(baseline, candidate)` puts two finished runs side by side.

    comparison = evalclient.compare_runs(last_good_run, new_run)
    for regression in comparison.regressions(max_drop=0.01, max_field_drop=0.05):
        print(regression.reason)          # "field total: accuracy 0.95 -> 0.8 (-0.15, more than 0.05)"
    Path("summary.md").write_text(comparison.to_markdown())

Both runs come as evalclient returns them (an Extend evaluation set run or legacy batch processor
run of either Extend package, or a Bland eval run; the `{success, ...}` and `{data, errors}`
wrappers are taken off), or as their JSON (`run.to_dict()`). Figures are read from the wire form,
so metrics types and fields this client does not know are carried by their wire names.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from evalclient._compare_bland import bland_side
from evalclient._compare_extend import extend_side
from evalclient._compare_model import (
    CONTEXT_SECTIONS,
    RUN,
    CallDelta,
    Delta,
    Regression,
    RunInfo,
    Side,
)
from evalclient._compare_pairing import ENDED_EARLY, context_notes, over, pair, pair_calls, short
from evalclient._report_text import thresholds_text
from evalclient._run_status import (
    BATCH_PROCESSOR_RUN_TERMINAL,
    EVAL_RUN_TERMINAL,
    EVALUATION_SET_RUN_TERMINAL,
    unwrap_run,
)

__all__ = ["CallDelta", "Delta", "Regression", "RunComparison", "RunInfo", "compare_runs", "describe_run"]

_VENDOR = {"extend": "an Extend", "bland": "a Bland"}
_TERMINAL = {
    "evaluation_set_run": EVALUATION_SET_RUN_TERMINAL,
    "batch_processor_run": BATCH_PROCESSOR_RUN_TERMINAL,
    "eval_run": EVAL_RUN_TERMINAL,
}


@dataclass(frozen=True, slots=True)
class RunComparison:
    """Two runs side by side: `metrics` (run-level figures, the headline first), `breakdown` (per
    field, class or judge, largest drop first), `calls` (Bland calls both runs scored whose score or
    verdict changed, worst first) and `notes` (what was not comparable, and why).

    `baseline` is None in a one-run report (`evalclient ... runs report`): every figure is then the
    candidate's alone. Values are in each figure's own unit: Extend fractions (0-1), Bland scores
    and pass rates (0-100).
    """

    vendor: Literal["extend", "bland"]
    baseline: RunInfo | None
    candidate: RunInfo
    headline: str
    metrics: tuple[Delta, ...]
    breakdown: tuple[Delta, ...]
    calls: tuple[CallDelta, ...]
    notes: tuple[str, ...]

    @property
    def headline_delta(self) -> Delta | None:
        return next((delta for delta in self.metrics if delta.section == RUN and delta.key == self.headline), None)

    def regressions(
        self, *, max_drop: float | None = 0.0, max_field_drop: float | None = None, max_agent_drop: float | None = None
    ) -> tuple[Regression, ...]:
        """Every figure that dropped by more than its threshold, largest first within each level.

        `max_drop` holds the run-level quality figures (Extend accuracy, f1, precision, recall;
        Bland overall and per-modality scores and pass rate) - the default 0 allows no drop at all -
        and also fails a Bland run that passed its pass threshold before and fails it now.
        `max_field_drop` holds each Extend field and class (and metrics maps this client does not
        know), `max_agent_drop` each Bland judge's mean score. None leaves a level unchecked.
        Drops are absolute, in the figure's own unit. A headline figure the candidate lost is a
        regression too; a field or judge in one run only is shown, not judged.
        """
        if self.baseline is None:
            return ()
        for name, value in (
            ("max_drop", max_drop),
            ("max_field_drop", max_field_drop),
            ("max_agent_drop", max_agent_drop),
        ):
            if value is not None and (isinstance(value, bool) or not math.isfinite(value) or value < 0):
                raise ValueError(f"{name} must be a number of 0 or more, or None; got {value!r}")
        found: list[Regression] = []
        if max_drop is not None:
            found += over("run", self.metrics, max_drop, self.headline)
            if self.baseline.passed is True and self.candidate.passed is False:
                threshold = self.candidate.pass_threshold
                found.append(
                    Regression(
                        "run", RUN, "pass threshold", "overall_pass", 1.0, 0.0, threshold,
                        f"pass threshold: passed -> failed (threshold {short(threshold)}%)",
                    )
                )  # fmt: skip
        if max_field_drop is not None:
            found += over("field", [d for d in self.breakdown if d.section != "judge"], max_field_drop, None)
        if max_agent_drop is not None:
            found += over("agent", [d for d in self.breakdown if d.section == "judge"], max_agent_drop, None)
        return tuple(found)

    def _judged(
        self, max_drop: float | None, max_field_drop: float | None, max_agent_drop: float | None
    ) -> tuple[tuple[Regression, ...], str]:
        found = self.regressions(max_drop=max_drop, max_field_drop=max_field_drop, max_agent_drop=max_agent_drop)
        return found, thresholds_text(max_drop, max_field_drop, max_agent_drop, self.vendor)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON-ready data (every figure, with `delta`), for scripts and `--json`."""
        return {
            "vendor": self.vendor,
            "baseline": None if self.baseline is None else self.baseline.to_dict(),
            "candidate": self.candidate.to_dict(),
            "headline": self.headline,
            "metrics": [delta.to_dict() for delta in self.metrics],
            "breakdown": [delta.to_dict() for delta in self.breakdown],
            "calls": [call.to_dict() for call in self.calls],
            "notes": list(self.notes),
        }

    def to_markdown(
        self, *, max_drop: float | None = 0.0, max_field_drop: float | None = None, max_agent_drop: float | None = None
    ) -> str:
        """A summary for a CI job page or a pull request comment: the verdict, then the tables
        (long ones folded in `<details>`); GitHub-flavoured Markdown, well under a comment's size limit."""
        from evalclient._report_markdown import render

        return render(self, *self._judged(max_drop, max_field_drop, max_agent_drop))

    def to_html(
        self, *, max_drop: float | None = 0.0, max_field_drop: float | None = None, max_agent_drop: float | None = None
    ) -> str:
        """One self-contained HTML page (inline CSS and SVG, no script, nothing fetched): the verdict,
        a chart of baseline vs candidate per field or judge, the changes sorted, and the raw numbers."""
        from evalclient._report_html import render

        return render(self, *self._judged(max_drop, max_field_drop, max_agent_drop))


def compare_runs(baseline: object, candidate: object, *, client: object | None = None) -> RunComparison:
    """Compare two finished runs of one vendor; see the module docstring for what a run may be.

    For Bland runs, `client` (a `bland_client()`) fetches every judge verdict of both runs, which
    adds per-judge figures, an exact pass rate and the calls that got worse; without it the
    comparison covers the run summaries. Extend runs carry everything and ignore `client`.
    Raises ValueError for a run still in progress (its figures would move), for runs of two
    vendors, and for anything that is not a run.
    """
    base_data, cand_data = _wire(baseline, "baseline"), _wire(candidate, "candidate")
    base, cand = _side(base_data, "baseline", client), _side(cand_data, "candidate", client)
    if base.vendor != cand.vendor:
        raise ValueError(
            f"cannot compare runs of two vendors: the baseline {base.info.id} is {_VENDOR[base.vendor]} run, "
            f"the candidate {cand.info.id} {_VENDOR[cand.vendor]} run"
        )
    notes = context_notes(base, cand, base_data, cand_data)
    same_kind = not (base.info.metrics_type and cand.info.metrics_type) or (
        base.info.metrics_type == cand.info.metrics_type or base.vendor == "bland"
    )
    if not same_kind:
        notes.append(
            f"metrics types differ ({base.info.metrics_type} vs {cand.info.metrics_type}): accuracy and the per-field "
            "or per-class figures measure different things and are not compared; files, pages and latency are"
        )
    metrics, breakdown, one_sided = pair(base, cand, quality=same_kind)
    notes += one_sided
    calls = pair_calls(base, cand, notes)
    return RunComparison(base.vendor, base.info, cand.info, cand.headline, metrics, breakdown, calls, tuple(notes))


def describe_run(run: object, *, client: object | None = None) -> RunComparison:
    """One finished run alone, as a RunComparison whose `baseline` is None (`evalclient ... runs report`).

    Every figure is the run's own (`candidate`); `to_markdown()` and `to_html()` report the run
    alone, weakest fields first, and `regressions()` finds none. Refuses a run in progress.
    """
    side = _side(_wire(run, "run"), "run", client)
    deltas = [
        Delta(f.section, f.key, f.name, f.metric, None, f.value, f.better, None, f.detail, f.note)
        for f in side.figures.values()
    ]
    metrics = [d for d in deltas if d.section == RUN or d.section in CONTEXT_SECTIONS]
    metrics.sort(key=lambda d: (d.section != RUN, d.key != side.headline))
    breakdown = sorted(
        (d for d in deltas if d.section != RUN and d.section not in CONTEXT_SECTIONS),
        key=lambda d: (d.candidate is None, d.candidate or 0.0),
    )
    notes = [*side.notes]
    if side.info.status in ENDED_EARLY:
        notes.append(f"the run ended {side.info.status}: its figures cover only what it finished")
    if side.vendor == "bland" and side.calls is None:
        notes.append("per judge: not read (a client fetches the verdicts)")
    return RunComparison(
        side.vendor, None, side.info, side.headline, tuple(metrics), tuple(breakdown), (), tuple(notes)
    )


def _wire(run: object, role: str) -> dict[str, Any]:
    if isinstance(run, Mapping):
        data = dict(run)
    else:
        inner = unwrap_run(run)
        to_dict = getattr(inner, "to_dict", None)
        if to_dict is None:
            raise ValueError(f"the {role} is not a run of either API: {type(run).__name__}")
        data = dict(to_dict())
    for wrapper in ("batchProcessorRun", "data"):  # the JSON of a wrapped response
        inner_data = data.get(wrapper)
        if "status" not in data and isinstance(inner_data, Mapping) and "status" in inner_data:
            data = dict(inner_data)
    return data


def _side(data: Mapping[str, Any], role: str, client: object | None) -> Side:
    kind = data.get("object")
    if kind not in ("evaluation_set_run", "batch_processor_run"):
        kind = "eval_run" if "resolved_atom_count" in data or "submitted_attached_agents" in data else None
    if kind is None or "status" not in data:
        raise ValueError(f"the {role} is not a run of either API (no status, or an unknown kind of object)")
    status = str(data["status"])
    if status not in _TERMINAL[kind]:
        wait = "evalclient.wait_for_run, or `evalclient ... runs wait`"
        who, verb = ("run", "report") if role == "run" else (f"the {role} run", "compare")
        raise ValueError(
            f"cannot {verb}: {who} {data.get('id')} is still {status}; its figures would still move. "
            f"Wait for it to finish ({wait}) and {verb} again"
        )
    if kind == "eval_run":
        return bland_side(data, client)
    return extend_side(data)
