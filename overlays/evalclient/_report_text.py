"""What the Markdown and HTML reports (and the CLI's table) say alike: numbers, the verdict, the rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evalclient._compare_model import CONTEXT_SECTIONS, RUN, Delta, Regression, RunInfo

if TYPE_CHECKING:
    from evalclient.compare import RunComparison

ABSENT = "\u2013"  # an en dash: "not reported"
MINUS = "\u2212"  # a true minus sign, as wide as the plus
SECTION_TITLES = {"field": "Fields", "class": "Classes", "judge": "Judges"}


def number(value: float | None) -> str:
    """A figure with the precision its size deserves: 0.8524, 67.44, 4163.3, 120."""
    if value is None:
        return ABSENT
    if float(value).is_integer():
        return f"{value:.0f}"
    size = abs(value)
    digits = 1 if size >= 100 else 2 if size >= 10 else 4
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


def signed(value: float | None) -> str:
    """A change: +0.03, -0.1833 (with a true minus sign), 0 when nothing moved."""
    if value is None:
        return ABSENT
    if value == 0:
        return "0"
    return ("+" if value > 0 else MINUS) + number(abs(value))


def change_class(delta: Delta, regressed: set[tuple[str, str]]) -> str:
    """How a row reads: "regressed" (over its threshold), "worse", "better", or "" (unchanged or not judged)."""
    if (delta.section, delta.name) in regressed:
        return "regressed"
    drop = delta.drop
    if drop is None or drop == 0:
        return ""
    return "worse" if drop > 0 else "better"


def regressed_rows(regressions: Sequence[Regression]) -> set[tuple[str, str]]:
    return {(regression.section, regression.name) for regression in regressions}


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    title: str  # "Regression" / "No regression" / a one-run report's status
    headline: str  # the headline figure and its change, e.g. "accuracy 0.8524 → 0.7976 (-0.0548)"
    summary: str  # one sentence on what was compared


def verdict(comparison: RunComparison, regressions: Sequence[Regression]) -> Verdict:
    headline = comparison.headline_delta
    vendor = "Extend" if comparison.vendor == "extend" else "Bland"
    candidate = comparison.candidate
    if comparison.baseline is None:
        figure = f"{comparison.headline} {number(headline.candidate)}" if headline else "no headline figure"
        ok = candidate.status not in ("FAILED", "CANCELLED") and candidate.passed is not False
        return Verdict(ok, candidate.status, figure, f"{vendor} run {candidate.label}")
    if headline is None:
        figure = f"{comparison.headline}: not reported by either run"
    else:
        change = f" ({signed(headline.delta)})" if headline.delta is not None else ""
        figure = f"{comparison.headline} {number(headline.baseline)} → {number(headline.candidate)}{change}"
    title = "Regression" if regressions else "No regression"
    summary = f"{vendor} run {candidate.label} against baseline {comparison.baseline.label}"
    return Verdict(not regressions, title, figure, summary)


def count_text(regressions: Sequence[Regression], allowed: str) -> str:
    """ "2 figures dropped more than allowed (allowed drops: ...)", or that none did."""
    if not regressions:
        return f"Nothing dropped more than allowed ({allowed})."
    many = len(regressions) != 1
    return f"{len(regressions)} {'figures' if many else 'figure'} dropped more than allowed ({allowed})."


def thresholds_text(
    max_drop: float | None, max_field_drop: float | None, max_agent_drop: float | None, vendor: str
) -> str:
    parts = [f"run figures {_allowed(max_drop)}"]
    if vendor == "extend":
        parts.append(f"fields and classes {_allowed(max_field_drop)}")
    else:
        parts.append(f"judges {_allowed(max_agent_drop)}")
    return "allowed drops: " + ", ".join(parts)


def _allowed(value: float | None) -> str:
    return "not checked" if value is None else number(value)


def run_rows(baseline: RunInfo | None, candidate: RunInfo) -> list[tuple[str, str, str]]:
    """(label, baseline, candidate) lines describing the two runs; empty lines left out."""
    rows = [
        ("Run", baseline.id if baseline else "", candidate.id),
        ("Status", baseline.status if baseline else "", candidate.status),
        ("Kind", baseline.kind if baseline else "", candidate.kind),
    ]
    for label, attribute in (
        ("Processor", "processor_name"),
        ("Processor id", "processor"),
        ("Version", "version"),
        ("Metrics type / run mode", "metrics_type"),
        ("Evaluation set", "dataset"),
        ("Pass threshold %", "pass_threshold"),
        ("Passed its threshold", "passed"),
    ):
        base, cand = (getattr(info, attribute) if info else None for info in (baseline, candidate))
        if base is not None or cand is not None:
            rows.append((label, _text(base), _text(cand)))
    return rows


def _text(value: object) -> str:
    if value is None:
        return ABSENT
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return number(value)
    return str(value)


def is_run_figure(delta: Delta) -> bool:
    return delta.section == RUN


def is_context(delta: Delta) -> bool:
    return delta.section in CONTEXT_SECTIONS


def section_title(section: str) -> str:
    """ "Fields", "Classes", "Judges", or a metrics map this client does not know, by its wire name."""
    return SECTION_TITLES.get(section, f"{section} (not known to this client, carried by name)")
