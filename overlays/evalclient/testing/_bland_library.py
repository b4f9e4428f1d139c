"""Bland's catalogue reads: the eval agent and workbench setup lists, one agent, the shipped templates.

Writes, versions and the other reads live in `_bland_agents`, `_bland_setups` and `_bland_templates`.

Also what every Bland route shares: the `{data, errors}` envelope and cursor-paged lists.
"""

from __future__ import annotations

from collections.abc import Callable

from evalclient.testing._bland_catalog import BlandCatalog, EvalAgent, WorkbenchSetup
from evalclient.testing._bland_runs import BlandRun
from evalclient.testing._cursors import bland_page
from evalclient.testing._ids import Timeline
from evalclient.testing._limits import BLAND_PAGE_SIZE
from evalclient.testing._routing import Call, Handler
from evalclient.testing._validation import JsonObject, not_found


def ok(data: object) -> JsonObject:
    """Bland's success envelope."""
    return {"data": data, "errors": None}


def paged(
    call: Call,
    count: int,
    item_at: Callable[[int], JsonObject],
    index_of: Callable[[str], int | None],
    id_field: str = "id",
) -> JsonObject:
    """One page of a Bland list (`limit` 1-100, default 25; `starting_after` / `ending_before`)."""
    query = call.query
    limit = query.integer("limit", *BLAND_PAGE_SIZE)
    cursors = query.text("starting_after"), query.text("ending_before")
    return ok(bland_page(count, item_at, index_of, limit, *cursors, id_field))


def latest_run_summary(run: BlandRun, now: float) -> JsonObject:
    """The `latest_run` of an agent or setup list item; its status is lower case, as in the docs."""
    status = run.progress(now).status
    return {
        "id": run.id,
        "status": "completed" if status == "COMPLETE" else status.lower(),
        "created_at": run.fields["created_at"],
        "call_count": len(run.calls),
    }


class BlandLibrary:
    """The handlers; `runs` is the live run table (oldest first), read for each item's `latest_run`."""

    def __init__(self, catalog: BlandCatalog, timeline: Timeline, runs: dict[str, BlandRun]) -> None:
        self._catalog, self._timeline, self._runs = catalog, timeline, runs

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", "/v1/evals/agents", self._list_agents),
            ("GET", "/v1/evals/agents/{eval_agent_id}", self._get_agent),
            ("GET", "/v1/evals/agent-templates", self._list_templates),
            ("GET", "/v1/evals/workbench-setups", self._list_setups),
        ]

    def _list_agents(self, call: Call) -> JsonObject:
        agents = list(self._catalog.agents.values())
        positions = {agent.id: index for index, agent in enumerate(agents)}
        now = self._timeline.now()
        return paged(call, len(agents), lambda index: self._agent_item(agents[index], now), positions.get)

    def _agent_item(self, agent: EvalAgent, now: float) -> JsonObject:
        active = agent.versions.get(agent.active_version_id or "")
        latest = next((run for run in reversed(self._runs.values()) if agent.id in run.agent_ids), None)
        latest_run = None
        if latest is not None:
            hits, graded = latest.agent_stats(now, agent.id)
            latest_run = {**latest_run_summary(latest, now), "target_hit_count": hits, "graded_count": graded}
        view = agent.view(self._catalog.org_id)
        return {
            "id": agent.id,
            "name": agent.name,
            "description": view["description"],
            "current_version_id": agent.current_version_id,
            "active_version_id": agent.active_version_id,
            "active_version_number": active.number if active else None,
            "enabled": True,
            "modality": agent.modality,
            "latest_run": latest_run,
            "metadata": view["metadata"],
            "created_at": agent.created_at,
            "updated_at": agent.updated_at or agent.created_at,
        }

    def _agent(self, call: Call) -> EvalAgent:
        agent = self._catalog.agents.get(call.params["eval_agent_id"])
        if agent is None:
            not_found(f"Eval agent {call.params['eval_agent_id']!r} not found", "EVAL_AGENT_NOT_FOUND")
        return agent

    def _get_agent(self, call: Call) -> JsonObject:
        agent, org = self._agent(call), self._catalog.org_id
        return ok({"agent": agent.view(org), "current_version": agent.versions[agent.current_version_id].view(org)})

    def _list_templates(self, call: Call) -> JsonObject:
        # The whole shipped library in one page: the endpoint takes no query parameters.
        return ok({"object": "list", "data": list(self._catalog.templates), "has_more": False, "next_cursor": None})

    def _list_setups(self, call: Call) -> JsonObject:
        setups = list(self._catalog.setups.values())
        positions = {setup.id: index for index, setup in enumerate(setups)}
        now = self._timeline.now()
        return paged(call, len(setups), lambda index: self._setup_item(setups[index], now), positions.get)

    def _setup_item(self, setup: WorkbenchSetup, now: float) -> JsonObject:
        active = setup.versions.get(setup.active_version_id or "")
        roster = (active or setup.versions[setup.current_version_id]).attached_agents
        runs = reversed(self._runs.values())
        latest = next((run for run in runs if run.fields["workbench_setup_id"] == setup.id), None)
        return {
            "id": setup.id,
            "name": setup.name,
            "description": setup.description,
            "current_version_id": setup.current_version_id,
            "active_version_id": setup.active_version_id,
            "active_version_number": active.number if active else None,
            "attached_agent_count": len(roster),
            "latest_run": None if latest is None else latest_run_summary(latest, now),
            "metadata": setup.metadata,
            "created_at": setup.created_at,
            "updated_at": setup.updated_at or setup.created_at,
        }
