"""Bland eval runs: a status timeline on the injected clock, and verdicts computed on demand.

A run is PENDING for its first 5 %, QUEUED until 10 %, RUNNING while `completed_atom_count`
climbs to `resolved_atom_count` (calls x agents), then COMPLETE. Atoms complete call by call;
a call's result appears once all its agents have judged it. Every verdict is a hash of the call
id and the agent version id, so a call scores the same in every run; results are numbered
(see `IndexedIds`), never stored, because one run may hold 250,000 of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from evalclient.testing._bland_catalog import AgentVersion, CallRecord, EvalAgent
from evalclient.testing._ids import IndexedIds, Timeline, unit
from evalclient.testing._validation import JsonObject

BlandOutcome = Literal["COMPLETE", "PARTIAL", "FAILED"]
OUTCOMES: tuple[BlandOutcome, ...] = ("COMPLETE", "PARTIAL", "FAILED")
TERMINAL = frozenset({"COMPLETE", "PARTIAL", "FAILED", "CANCELLED"})
_QUEUED_AT, _RUNNING_AT, _FAIL_AT = 0.05, 0.1, 0.5


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One attached agent, resolved: the version it scores with, its weight and its targets."""

    agent: EvalAgent
    version: AgentVersion
    weight: float
    targets: tuple[str, ...]

    def submitted(self) -> JsonObject:
        return {
            "eval_agent_id": self.agent.id,
            "eval_agent_version_id": self.version.id,
            "weight": self.weight,
            "target_level_keys": list(self.targets),
        }


class Verdict(NamedTuple):
    failed: bool
    insufficient: bool
    level_key: str | None
    level_label: str | None
    score: float | None
    target: bool
    confidence: float


class Progress(NamedTuple):
    status: str
    completed: int
    started_at: float | None  # clock readings
    completed_at: float | None


class BlandRun:
    """One eval run. `submitted_call_ids` keeps the request's ids; `calls` holds them resolved."""

    def __init__(
        self,
        run_id: str,
        calls: list[CallRecord],
        roster: list[RosterEntry],
        run_mode: str,
        threshold: float | None,
        timing: tuple[float, float, BlandOutcome],
        fields: JsonObject,
    ) -> None:
        self.id, self.calls, self.roster = run_id, calls, roster
        self.run_mode, self.threshold = run_mode, threshold
        self.started, self.duration, self.outcome = timing  # clock reading, seconds, how it ends
        self.fields = fields  # the view's keys fixed at creation (ids, request echo, created_at)
        self.atoms = len(calls) * len(roster)
        self.agent_ids = frozenset(entry.agent.id for entry in roster)
        self.cancelled_at: float | None = None
        self.call_ids = IndexedIds(run_id, "call-result")
        self.result_ids = IndexedIds(run_id, "agent-result")
        self.snapshot_ids = IndexedIds(run_id, "agent-snapshot")
        self._totals: tuple[JsonObject | None, float, list[tuple[int, int]]] | None = None

    def progress(self, now: float) -> Progress:
        moment = now if self.cancelled_at is None else min(now, self.cancelled_at)
        share = (moment - self.started) / self.duration if self.duration > 0 else float("inf")
        start = self.started + _RUNNING_AT * self.duration if share >= _RUNNING_AT else None
        if self.cancelled_at is not None:  # only a run that had not ended can have been cancelled
            return Progress("CANCELLED", self._atoms_at(share), start, self.cancelled_at)
        stop = _FAIL_AT if self.outcome == "FAILED" else 1.0
        if share >= stop:
            return Progress(self.outcome, self._atoms_at(stop), start, self.started + stop * self.duration)
        if share < _QUEUED_AT:
            return Progress("PENDING", 0, None, None)
        if share < _RUNNING_AT:
            return Progress("QUEUED", 0, None, None)
        return Progress("RUNNING", self._atoms_at(share), start, None)

    def done_at(self, atoms_done: int) -> float:
        """The clock reading at which the run had completed `atoms_done` atoms (the inverse of `_atoms_at`)."""
        share = _RUNNING_AT + (1 - _RUNNING_AT) * atoms_done / max(1, self.atoms)
        return self.started + share * self.duration

    def _atoms_at(self, share: float) -> int:
        return max(0, min(self.atoms, int(self.atoms * (share - _RUNNING_AT) / (1 - _RUNNING_AT))))

    def view(self, now: float, timeline: Timeline, *, listed: bool = False) -> JsonObject:
        """The `EvalRun` object (`listed`: the subset `GET /v1/evals/runs` shows)."""
        state = self.progress(now)
        summary, cost = self.totals(state) if state.status in TERMINAL else (None, None)
        failed = state.status == "FAILED"
        view: JsonObject = dict(self.fields)
        view.update(
            status=state.status,
            resolved_call_count=len(self.calls),
            resolved_agent_count=len(self.roster),
            resolved_atom_count=self.atoms,
            completed_atom_count=state.completed,
            summary=summary,
            billable_cost_usd=cost,
            started_at=None if state.started_at is None else timeline.stamp(state.started_at),
            completed_at=None if state.completed_at is None else timeline.stamp(state.completed_at),
        )
        if listed:
            for key in ("org_id", "submitted_call_ids", "submitted_attached_agents", "workflow_id"):
                del view[key]
        else:
            view["error_code"] = "EVAL_RUN_FAILED" if failed else None
            view["error_message"] = "The judge workflow failed (scripted by the fake)." if failed else None
        return view

    def script_outcome(self, outcome: BlandOutcome) -> None:
        """How the run ends from now on (a test helper); forgets totals computed for the old ending."""
        self.outcome = outcome
        self._totals = None

    def cancel(self, now: float) -> bool:
        """Cancel a pending or running run; False when it has already ended."""
        if self.progress(now).status in TERMINAL:
            return False
        self.cancelled_at = now
        return True

    def verdict(self, atom: int) -> Verdict:
        call, entry = self.calls[atom // len(self.roster)], self.roster[atom % len(self.roster)]
        score_hash = unit(call.id, entry.version.id)
        confidence = round(0.6 + 0.4 * unit(call.id, entry.version.id, "confidence"), 2)
        if self.outcome == "PARTIAL" and unit(self.id, str(atom)) < 0.15:
            return Verdict(True, False, None, None, None, False, confidence)
        if unit(call.id, entry.version.id, "evidence") < 0.04:
            return Verdict(False, True, None, None, None, False, confidence)
        levels = entry.version.levels
        if not levels:  # a pass/fail agent
            passed = score_hash < 0.8
            key = "pass" if passed else "fail"
            return Verdict(False, False, key, key.title(), 100.0 if passed else 0.0, passed, confidence)
        position = int(score_hash**1.6 * len(levels))  # skewed towards the first (best) level
        level = levels[position]
        score = round(100.0 * (1 - position / (len(levels) - 1)), 1) if len(levels) > 1 else 100.0
        key = str(level["level_key"])
        return Verdict(False, False, key, str(level["label"]), score, key in entry.targets, confidence)

    def call_scores(self, call_index: int) -> tuple[float | None, float | None, float | None, int, int]:
        """(overall, text, audio, failed agents, insufficient agents) of one fully judged call."""
        first = call_index * len(self.roster)
        verdicts = [self.verdict(first + offset) for offset in range(len(self.roster))]
        overall = _weighted(verdicts, self.roster, None)
        mode = self.run_mode
        text = overall if mode == "text" else _weighted(verdicts, self.roster, "text") if mode == "full" else None
        audio = overall if mode == "audio" else _weighted(verdicts, self.roster, "audio") if mode == "full" else None
        return overall, text, audio, sum(v.failed for v in verdicts), sum(v.insufficient for v in verdicts)

    def totals(self, state: Progress) -> tuple[JsonObject | None, float]:
        """(summary, billable cost) of a finished run; computed once, it covers every completed atom."""
        if self._totals is None:
            self._totals = self._compute_totals(state.completed)
        summary, cost, _ = self._totals
        return summary, cost

    def agent_stats(self, now: float, agent_id: str) -> tuple[int, int]:
        """(target hits, graded verdicts) of one agent in this run; zeros until the run has ended."""
        state = self.progress(now)
        if state.status not in TERMINAL:
            return 0, 0
        self.totals(state)
        assert self._totals is not None
        per_agent = self._totals[2]
        return (
            sum(per_agent[i][0] for i, entry in enumerate(self.roster) if entry.agent.id == agent_id),
            sum(per_agent[i][1] for i, entry in enumerate(self.roster) if entry.agent.id == agent_id),
        )

    def _compute_totals(self, completed: int) -> tuple[JsonObject | None, float, list[tuple[int, int]]]:
        agents = len(self.roster)
        per_agent = [[0, 0] for _ in range(agents)]
        cost = 0.0
        insufficient = targets = 0
        for atom in range(completed):
            verdict = self.verdict(atom)
            insufficient += verdict.insufficient
            targets += verdict.target
            cost += atom_cost(verdict)
            if not (verdict.failed or verdict.insufficient):
                per_agent[atom % agents][1] += 1
                per_agent[atom % agents][0] += verdict.target
        stats = [(hits, graded) for hits, graded in per_agent]
        if completed == 0:
            return None, 0.0, stats
        scores = [self.call_scores(index) for index in range(completed // agents)]
        threshold = self.threshold
        graded = sum(graded for _, graded in stats)
        summary: JsonObject = {
            "overall_score_mean": _mean([s[0] for s in scores]),
            "text_score_mean": _mean([s[1] for s in scores]),
            "audio_score_mean": _mean([s[2] for s in scores]),
            "successful_call_count": sum(1 for s in scores if s[3] < agents),
            "failed_call_count": sum(1 for s in scores if s[3] == agents),
            "insufficient_evidence_count": insufficient,
            "target_match_count": targets,
            "pass_threshold_pct": threshold,
            "overall_pass": None if threshold is None else graded > 0 and 100 * targets / graded >= threshold,
        }
        return summary, round(cost, 4), stats


def atom_cost(verdict: Verdict) -> float:
    """What one judge verdict bills, in USD (a failed judge call bills nothing)."""
    return 0.0 if verdict.failed else round(0.002 + 0.01 * verdict.confidence, 4)


def _weighted(verdicts: list[Verdict], roster: list[RosterEntry], modality: str | None) -> float | None:
    pairs = [
        (verdict.score, entry.weight)
        for verdict, entry in zip(verdicts, roster, strict=True)
        if verdict.score is not None and (modality is None or entry.version.modality == modality)
    ]
    if not pairs:
        return None
    total_weight = sum(weight for _, weight in pairs)
    if total_weight == 0:
        return round(sum(score for score, _ in pairs) / len(pairs), 1)
    return round(sum(score * weight for score, weight in pairs) / total_weight, 1)


def _mean(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return round(sum(present) / len(present), 2) if present else None
