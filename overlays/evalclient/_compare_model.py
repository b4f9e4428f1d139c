"""The values a run comparison is made of, and one run's figures as the comparison reads them.

`RunInfo`, `Delta`, `CallDelta` and `Regression` are public through `evalclient.compare`; `Figure`,
`CallFigure` and `Side` are the private reading of one run, which `compare_runs` pairs up.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Better = Literal["higher", "lower"]
# The sections whose figures are quality (gated); the rest (counts, latency, cost, anything an API
# adds that is not named like a score) is shown for context only.
RUN = "run"
CONTEXT_SECTIONS = frozenset({"count", "latency", "other"})
_HIGHER_WORDS = ("accuracy", "precision", "recall", "f1", "score", "pass_rate", "passrate")
_LOWER_WORDS = ("latency", "cost", "error")
# Float noise must not turn a drop of exactly the threshold into a regression (0.9 - 0.85 > 0.05).
_DIGITS = 9


def number(value: object) -> float | None:
    """A figure as a float; None when absent (UNSET), null, not a number, or not finite."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    result = float(value)
    return result if math.isfinite(result) else None


def better_by_name(name: str) -> Better | None:
    """Which way is better for a figure this client does not know, judged by its name."""
    lowered = name.lower().replace("-", "_")
    if any(word in lowered for word in _HIGHER_WORDS):
        return "higher"
    if any(word in lowered for word in _LOWER_WORDS):
        return "lower"
    return None


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a compared run is: its id, kind and status, and what it evaluated.

    Extend: `processor` is the processor id (`ex_...`, or a legacy `dp_...`), `version` its
    version (`draft`, `1.0`, or a version id), `metrics_type` EXTRACT / CLASSIFY / SPLITTER (or
    what the API sent), `dataset` the evaluation set. Bland: `processor` is the workbench setup (if
    any), `metrics_type` the run mode, `passed` and `pass_threshold` the run's own verdict.
    """

    id: str
    kind: str  # "evaluation_set_run", "batch_processor_run" or "eval_run"
    status: str
    processor: str | None = None
    processor_name: str | None = None
    version: str | None = None
    metrics_type: str | None = None
    dataset: str | None = None
    passed: bool | None = None
    pass_threshold: float | None = None

    @property
    def label(self) -> str:
        """`bpr_x (Invoice Extractor draft)`: the id and, when known, what it ran."""
        what = " ".join(part for part in (self.processor_name or self.processor, self.version) if part)
        return f"{self.id} ({what})" if what else self.id

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Delta:
    """One figure in both runs: `baseline` and `candidate` in the figure's own unit, None when absent.

    `section` is "run" (the run's quality figures: gated by `max_drop`), "field" or "class"
    (Extend, by `max_field_drop`), "judge" (Bland, by `max_agent_drop`), a metrics map this client
    does not know (by its wire name, gated like fields), or "count" / "latency" / "other" (context,
    never gated). `better` says which way is better (None: neither). `key` identifies the figure
    across runs (a field path; a judge's agent id), `name` is what people read.
    """

    section: str
    key: str
    name: str
    metric: str
    baseline: float | None
    candidate: float | None
    better: Better | None
    baseline_detail: str | None = None
    candidate_detail: str | None = None
    note: str | None = None

    @property
    def delta(self) -> float | None:
        """candidate - baseline; None when either is absent."""
        if self.baseline is None or self.candidate is None:
            return None
        return round(self.candidate - self.baseline, _DIGITS)

    @property
    def drop(self) -> float | None:
        """How much worse the candidate is (positive: worse, negative: better); None if it cannot say."""
        delta = self.delta
        if delta is None or self.better is None:
            return None
        return -delta if self.better == "higher" else delta

    @property
    def gated(self) -> bool:
        return self.better is not None and self.section not in CONTEXT_SECTIONS

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["delta"] = self.delta
        return data


@dataclass(frozen=True, slots=True)
class CallDelta:
    """One Bland call both runs scored: its overall score (0-100) and every judge's verdict in each."""

    call_id: str
    name: str | None
    baseline: float | None
    candidate: float | None
    baseline_verdict: str  # every judge's verdict: "Resolution Quality: Pass; Empathy Check: Poor"
    candidate_verdict: str
    changes: tuple[str, ...] = ()  # the judges whose verdict changed: "Resolution Quality: Pass → Fail"

    @property
    def delta(self) -> float | None:
        if self.baseline is None or self.candidate is None:
            return None
        return round(self.candidate - self.baseline, _DIGITS)

    @property
    def worse(self) -> bool:
        delta = self.delta
        return delta < 0 if delta is not None else self.baseline is not None and self.candidate is None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["delta"] = self.delta
        return data


@dataclass(frozen=True, slots=True)
class Regression:
    """A figure that got worse by more than its threshold (or a verdict that went from pass to fail)."""

    level: Literal["run", "field", "agent"]
    section: str
    name: str
    metric: str
    baseline: float | None
    candidate: float | None
    threshold: float | None
    reason: str  # the one-line account, e.g. "field total: accuracy 0.95 -> 0.8 (-0.15, more than 0.05)"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Figure:
    section: str
    key: str
    name: str
    metric: str
    value: float | None
    better: Better | None
    detail: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CallFigure:
    call_id: str
    name: str | None
    score: float | None
    verdicts: tuple[tuple[str, str], ...]  # (judge, its verdict) in roster order
    status: str

    @property
    def verdict(self) -> str:
        return "; ".join(f"{judge}: {label}" for judge, label in self.verdicts) or self.status


@dataclass
class Side:
    """One run, read: its identity, figures keyed by (section, key), and what could not be read."""

    vendor: Literal["extend", "bland"]
    info: RunInfo
    headline: str  # the key of the run-level figure that says "better or worse" in one number
    figures: dict[tuple[str, str], Figure] = field(default_factory=dict)
    calls: dict[str, CallFigure] | None = None  # Bland, when the verdicts were fetched
    notes: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.setdefault((figure.section, figure.key), figure)

    def numbers(self, section: str, data: Mapping[str, Any], keys: Any, better: Better | None = None) -> None:
        """A figure for each of `keys` that `data` holds as a number, named by its wire name."""
        for key in keys:
            value = number(data.get(key))
            if value is not None:
                self.add(Figure(section, key, key, key, value, better))
