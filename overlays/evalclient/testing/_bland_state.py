"""The fake Bland evals API: eval runs and their results, agents, templates, setups (`fake.bland`).

Handlers run under the fake's lock (the core takes it); the public helpers take it themselves.
Cancelling a run that has already ended answers 400 `EVAL_RUN_NOT_CANCELLABLE` (Bland's behaviour
is undocumented, and the spec declares 400 but not 409 for the cancellation).
"""

from __future__ import annotations

import threading

from evalclient.testing._bland_agents import AgentWrites
from evalclient.testing._bland_catalog import BlandCatalog
from evalclient.testing._bland_library import BlandLibrary, ok, paged
from evalclient.testing._bland_requests import TRIGGERS, RunRequest, read_run_request
from evalclient.testing._bland_results import agent_result, agent_snapshot, call_result
from evalclient.testing._bland_runs import OUTCOMES, BlandOutcome, BlandRun
from evalclient.testing._bland_setups import SetupRoutes
from evalclient.testing._bland_templates import UserTemplateRoutes
from evalclient.testing._ids import IdFactory, Timeline
from evalclient.testing._routing import Answer, Call, Handler
from evalclient.testing._validation import JsonObject, RequestError, bad_request, not_found

RUN_STATUSES = ("PENDING", "QUEUED", "RUNNING", "COMPLETE", "PARTIAL", "FAILED", "CANCELLED")


class BlandState:
    """Seeded calls, agents, templates and workbench setups, plus the runs created since.

    Attributes: `call_ids`, `agent_ids` (published agents), `draft_agent_id` (never published),
    `template_keys`, `workbench_setup_id` and `workbench_setup_version_id` (a published setup and
    its pinned version), `run_seconds`, and `evals_enabled` (False: every gated endpoint is 404).
    """

    def __init__(self, ids: IdFactory, timeline: Timeline, lock: threading.Lock, run_seconds: float, calls: int):
        self._ids, self._timeline, self._lock = ids, timeline, lock
        self.run_seconds = run_seconds
        self.evals_enabled = True
        self._catalog = catalog = BlandCatalog(ids, timeline, calls)
        self._runs: dict[str, BlandRun] = {}
        self._default_outcome: BlandOutcome = "COMPLETE"
        self.call_ids: list[str] = list(catalog.calls)
        self.agent_ids = [agent.id for agent in catalog.agents.values() if agent.active_version_id]
        self.draft_agent_id = next(agent.id for agent in catalog.agents.values() if not agent.active_version_id)
        self.template_keys = [str(template["key"]) for template in catalog.templates]
        published = next(setup for setup in catalog.setups.values() if setup.active_version_id)
        self.workbench_setup_id = published.id
        self.workbench_setup_version_id = str(published.active_version_id)

    # ------------------------------------------------------------------ public helpers (take the lock)

    def agent_version_ids(self, agent_id: str) -> list[str]:
        """A seeded agent's version ids, oldest first (published agents: the active one, then the draft)."""
        return list(self._catalog.agents[agent_id].versions)

    def seed_calls(self, count: int) -> list[str]:
        """Add `count` calls that runs may score; returns their ids."""
        with self._lock:
            new_ids = self._catalog.add_calls(count)
            self.call_ids.extend(new_ids)
            return new_ids

    def seed_run(
        self,
        call_ids: list[str] | None = None,
        agent_ids: list[str] | None = None,
        *,
        duration: float | None = None,
        outcome: BlandOutcome | None = None,
        run_mode: str = "text",
        pass_threshold_pct: float | None = None,
    ) -> str:
        """Create a run without HTTP (all seeded calls and published agents by default); returns its id."""
        body: JsonObject = {
            "call_ids": call_ids if call_ids is not None else self.call_ids[:5000],
            "attached_agents": [{"eval_agent_id": agent_id} for agent_id in agent_ids or self.agent_ids],
            "run_mode": run_mode,
        }
        if pass_threshold_pct is not None:
            body["pass_threshold_pct"] = pass_threshold_pct
        with self._lock:
            return self._start_run(read_run_request(body, self._catalog), duration, outcome).id

    def fail_runs(self, enabled: bool = True) -> None:
        """Make runs created from now on end FAILED (half-way through) instead of COMPLETE."""
        with self._lock:
            self._default_outcome = "FAILED" if enabled else "COMPLETE"

    def set_run_outcome(self, run_id: str, outcome: BlandOutcome) -> None:
        """Script how one run ends: COMPLETE, PARTIAL (some judges fail) or FAILED (half-way)."""
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}")
        with self._lock:
            self._runs[run_id].script_outcome(outcome)

    # ------------------------------------------------------------------ routes (called under the lock)

    def routes(self) -> list[tuple[str, str, Handler]]:
        gated: list[tuple[str, str, Handler]] = [
            ("POST", "/v1/evals/runs", self._post_run),
            ("GET", "/v1/evals/runs", self._list_runs),
            ("POST", "/v1/evals/runs/estimates", self._estimate),
            ("GET", "/v1/evals/runs/{run_id}", lambda call: ok(self._run_view(self._run(call)))),
            ("POST", "/v1/evals/runs/{run_id}/cancellations", self._cancel),
            ("GET", "/v1/evals/runs/{run_id}/call-results", self._call_results),
            ("GET", "/v1/evals/runs/{run_id}/agent-results", self._agent_results),
            ("GET", "/v1/evals/runs/{run_id}/agent-snapshots", self._agent_snapshots),
            *BlandLibrary(self._catalog, self._timeline, self._runs).routes(),
            *AgentWrites(self._catalog, self._timeline, self._ids, self._runs).routes(),
            *SetupRoutes(self._catalog, self._timeline, self._ids, self._runs).routes(),
            *UserTemplateRoutes(self._catalog, self._timeline, self._ids).routes(),
        ]
        routes = [(method, path, self._gate(handler)) for method, path, handler in gated]
        return [("GET", "/v1/evals/status", self._status), *routes]

    def _gate(self, handler: Handler) -> Handler:
        def gated(call: Call) -> JsonObject | Answer:
            if not self.evals_enabled:
                not_found("Evals is not enabled for this organization", "EVALS_DISABLED")
            return handler(call)

        return gated

    def _status(self, call: Call) -> JsonObject:
        reason = None if self.evals_enabled else "Evals is not enabled for this organization."
        return ok({"enabled": self.evals_enabled, "gate": "evals_enabled", "reason": reason})

    def _post_run(self, call: Call) -> JsonObject:
        run = self._start_run(read_run_request(call.json(), self._catalog), None, None)
        return ok(self._run_view(run))

    def _estimate(self, call: Call) -> JsonObject:
        request = read_run_request(call.json(), self._catalog)
        atoms = len(request.calls) * len(request.roster)
        return ok(
            {
                "resolved_atom_count": atoms,
                "estimated_input_tokens": atoms * 2750,
                "estimated_output_tokens": atoms * 300,
                "estimated_cost_usd_cents": round(atoms * 0.75, 2),
            }
        )

    def _list_runs(self, call: Call) -> JsonObject:
        query, now = call.query, self._timeline.now()
        agent_id, setup_id = query.text("eval_agent_id"), query.text("workbench_setup_id")
        status, trigger = query.choice("status", RUN_STATUSES), query.choice("triggered_by", TRIGGERS)
        runs = [
            run
            for run in reversed(self._runs.values())  # newest first
            if (agent_id is None or agent_id in run.agent_ids)
            and (setup_id is None or run.fields["workbench_setup_id"] == setup_id)
            and (trigger is None or run.fields["triggered_by"] == trigger)
            and (status is None or run.progress(now).status == status)
        ]
        positions = {run.id: index for index, run in enumerate(runs)}
        return paged(call, len(runs), lambda i: runs[i].view(now, self._timeline, listed=True), positions.get)

    def _cancel(self, call: Call) -> JsonObject:
        run = self._run(call)
        if not run.cancel(self._timeline.now()):
            raise RequestError(400, f"Eval run {run.id} has already ended", "EVAL_RUN_NOT_CANCELLABLE")
        return ok(self._run_view(run))

    def _call_results(self, call: Call) -> JsonObject:
        run = self._run(call)
        include = call.query.boolean("include_agent_results", False)
        state = run.progress(self._timeline.now())
        org, timeline = self._catalog.org_id, self._timeline
        page = paged(
            call,
            state.completed // len(run.roster),
            lambda i: call_result(run, i, include, org, timeline),
            run.call_ids.index_of,
        )
        return {**page, "run_status": state.status, "run_resolved_call_count": len(run.calls)}

    def _agent_results(self, call: Call) -> JsonObject:
        run = self._run(call)
        completed = run.progress(self._timeline.now()).completed
        org, timeline = self._catalog.org_id, self._timeline
        return paged(call, completed, lambda i: agent_result(run, i, org, timeline), run.result_ids.index_of)

    def _agent_snapshots(self, call: Call) -> JsonObject:
        # Every snapshot in one page: the endpoint takes no query parameters.
        run = self._run(call)
        org, created = self._catalog.org_id, str(run.fields["created_at"])
        snapshots = [agent_snapshot(run, index, org, created) for index in range(len(run.roster))]
        return ok({"object": "list", "data": snapshots, "has_more": False, "next_cursor": None})

    # ------------------------------------------------------------------ shared internals

    def _run(self, call: Call) -> BlandRun:
        run = self._runs.get(call.params["run_id"])
        if run is None:
            not_found(f"Eval run {call.params['run_id']!r} not found", "EVAL_RUN_NOT_FOUND")
        return run

    def _run_view(self, run: BlandRun) -> JsonObject:
        return run.view(self._timeline.now(), self._timeline)

    def _start_run(self, request: RunRequest, duration: float | None, outcome: BlandOutcome | None) -> BlandRun:
        if not request.calls or not request.roster:
            bad_request("the run resolves to no calls or no agents")
        run_id = self._ids.uuid("run")
        fields: JsonObject = {
            "id": run_id,
            "org_id": self._catalog.org_id,
            "triggered_by": request.triggered_by,
            "run_mode": request.run_mode,
            "submitted_call_ids": request.submitted_call_ids,
            "submitted_attached_agents": [entry.submitted() for entry in request.roster],
            "workbench_setup_id": request.workbench_setup_id,
            "workbench_setup_version_id": request.workbench_setup_version_id,
            "workflow_id": None,
            "metadata": request.metadata,
            "created_at": self._timeline.stamp(),
        }
        timing = (
            self._timeline.now(),
            self.run_seconds if duration is None else duration,
            outcome or self._default_outcome,
        )
        run = BlandRun(
            run_id, request.calls, request.roster, request.run_mode, request.pass_threshold_pct, timing, fields
        )
        self._runs[run_id] = run
        return run
