"""Pairing two runs' figures into deltas, and judging the deltas against thresholds.

`compare_runs` reads each run into a `Side` (`_compare_extend`, `_compare_bland`); this module puts
the two sides together: figure by figure (one-sided figures kept and named in the notes), call by
call for Bland, and the notes on what differs between the runs themselves.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Literal

from evalclient._compare_model import CONTEXT_SECTIONS, RUN, CallDelta, Delta, Figure, Regression, Side

ENDED_EARLY = frozenset({"FAILED", "CANCELLED", "PARTIAL"})
_LISTED = 5  # names shown in a note before "and N more"


def context_notes(base: Side, cand: Side, base_data: Mapping[str, Any], cand_data: Mapping[str, Any]) -> list[str]:
    notes = [f"baseline: {note}" for note in base.notes] + [f"candidate: {note}" for note in cand.notes]
    for role, side in (("baseline", base), ("candidate", cand)):
        if side.info.status in ENDED_EARLY:
            notes.append(f"the {role} ended {side.info.status}: its figures cover only what it finished")
    b, c = base.info, cand.info
    if b.kind != c.kind:
        notes.append(f"the runs are of different kinds ({b.kind} vs {c.kind}): figures only one reports are one-sided")
    if b.processor != c.processor and base.vendor == "extend":
        notes.append(
            f"different processors: the baseline ran {b.processor_name or b.processor} ({b.processor}), the candidate "
            f"{c.processor_name or c.processor} ({c.processor}); fields and classes are matched by name"
        )
    if b.dataset and c.dataset and b.dataset != c.dataset:
        notes.append(f"different evaluation sets ({b.dataset} vs {c.dataset}): the figures cover different items")
    if base.vendor == "bland":
        if b.metrics_type != c.metrics_type:
            notes.append(
                f"different run modes ({b.metrics_type} vs {c.metrics_type}): per-modality scores differ in scope"
            )
        base_calls, cand_calls = (
            set(base_data.get("submitted_call_ids") or ()),
            set(cand_data.get("submitted_call_ids") or ()),
        )
        if base_calls and cand_calls and base_calls != cand_calls:
            notes.append(
                f"the runs scored different calls ({len(base_calls)} and {len(cand_calls)}, "
                f"{len(base_calls & cand_calls)} in common): run-level scores cover different calls"
            )
        if b.pass_threshold != c.pass_threshold:
            notes.append(f"pass thresholds differ ({short(b.pass_threshold)}% vs {short(c.pass_threshold)}%)")
    return notes


def pair(base: Side, cand: Side, *, quality: bool) -> tuple[tuple[Delta, ...], tuple[Delta, ...], list[str]]:
    keys = list(base.figures) + [key for key in cand.figures if key not in base.figures]
    metrics: list[Delta] = []
    breakdown: list[Delta] = []
    only: dict[tuple[str, str], list[str]] = {}
    for key in keys:
        b, c = base.figures.get(key), cand.figures.get(key)
        shown = c or b
        assert shown is not None
        if not quality and shown.section not in CONTEXT_SECTIONS:
            continue
        delta = _delta(b, c, shown)
        if b is None or c is None:
            only.setdefault(("baseline" if c is None else "candidate", shown.section), []).append(shown.name)
        (metrics if shown.section == RUN or shown.section in CONTEXT_SECTIONS else breakdown).append(delta)
    metrics.sort(key=lambda d: (d.section != RUN, d.key != cand.headline))  # stable: read order otherwise
    breakdown.sort(key=lambda d: (d.drop is None, -(d.drop or 0.0)))
    notes = [
        f"{len(names)} {_plural(section, len(names))} only in the {role}: {_listed(names)}"
        for (role, section), names in only.items()
    ]
    return tuple(metrics), tuple(breakdown), notes


def _delta(b: Figure | None, c: Figure | None, shown: Figure) -> Delta:
    better, metric = shown.better, shown.metric
    note = (c.note if c else None) or (b.note if b else None)
    if b is not None and c is not None and b.metric != c.metric:
        metric, better = f"{b.metric} / {c.metric}", None
        note = f"measured differently: {b.metric} in the baseline, {c.metric} in the candidate"
    elif b is None or c is None:
        note = "only in the " + ("candidate" if b is None else "baseline") + (f"; {note}" if note else "")
    return Delta(
        section=shown.section,
        key=shown.key,
        name=shown.name,
        metric=metric,
        baseline=None if b is None else b.value,
        candidate=None if c is None else c.value,
        better=better,
        baseline_detail=None if b is None else b.detail,
        candidate_detail=None if c is None else c.detail,
        note=note,
    )


def pair_calls(base: Side, cand: Side, notes: list[str]) -> tuple[CallDelta, ...]:
    if base.calls is None or cand.calls is None:
        if base.vendor == "bland":
            notes.append("per judge and per call: not compared (compare_runs(..., client=bland_client()) fetches them)")
        return ()
    common = [call_id for call_id in base.calls if call_id in cand.calls]
    changed = []
    for call_id in common:
        b, c = base.calls[call_id], cand.calls[call_id]
        if b.score != c.score or b.verdict != c.verdict:
            before, after = dict(b.verdicts), dict(c.verdicts)
            changes = tuple(
                f"{judge}: {before.get(judge, '-')} → {after.get(judge, '-')}"
                for judge in {**after, **before}
                if before.get(judge) != after.get(judge)
            )
            changed.append(CallDelta(call_id, c.name or b.name, b.score, c.score, b.verdict, c.verdict, changes))
    changed.sort(key=lambda call: (call.delta is None, call.delta or 0.0))
    worse = sum(call.worse for call in changed)
    notes.append(
        f"{len(common)} calls scored by both runs: {worse} got worse, "
        f"{sum((call.delta or 0) > 0 for call in changed)} better, {len(common) - len(changed)} unchanged"
    )
    for role, side, other in (("baseline", base, cand), ("candidate", cand, base)):
        alone = [call_id for call_id in side.calls or {} if call_id not in (other.calls or {})]
        if alone:
            notes.append(f"{len(alone)} calls scored only in the {role}: not compared call by call")
    return tuple(changed)


def over(
    level: Literal["run", "field", "agent"], deltas: Any, threshold: float, headline: str | None
) -> list[Regression]:
    found: list[tuple[float, Regression]] = []
    for delta in deltas:
        if not delta.gated:
            continue
        where = delta.name if level == "run" else f"{delta.section} {delta.name}: {delta.metric}"
        drop = delta.drop
        if drop is not None and drop > threshold:
            reason = (
                f"{where} {short(delta.baseline)} -> {short(delta.candidate)} "
                f"({signed(delta.delta)}, more than {short(threshold)})"
            )
        elif headline is not None and delta.key == headline and delta.baseline is not None and delta.candidate is None:
            drop, reason = (
                math.inf,
                f"{where} {short(delta.baseline)} -> none (the candidate reports no {delta.metric})",
            )
        else:
            continue
        regression = Regression(
            level, delta.section, delta.name, delta.metric, delta.baseline, delta.candidate, threshold, reason
        )
        found.append((drop, regression))
    found.sort(key=lambda pair: -pair[0])
    return [regression for _, regression in found]


def short(value: float | None) -> str:
    if value is None:
        return "none"
    return f"{value:.4f}".rstrip("0").rstrip(".") if value % 1 else f"{value:g}"


def signed(value: float | None) -> str:
    return "none" if value is None else ("+" if value >= 0 else "-") + short(abs(value))


def _plural(section: str, count: int) -> str:
    word = {"class": "classes", "judge": "judges", "field": "fields"}.get(section, f"{section} figures")
    return word if count != 1 else word.removesuffix("es" if section == "class" else "s")


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:_LISTED])
    return shown + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")
