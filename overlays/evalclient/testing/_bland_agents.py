"""Writes to Bland eval agents (the LLM judges) and their versions, with the documented lifecycle.

A new agent has one editable draft. Only `editable` versions can be patched. Publishing checks the
draft (graded: 2-5 levels, every target a level key; pass/fail: neither), archives it as the
active version and opens a new draft copied from it. Deleting is soft: the agent leaves every
read and list, while runs that used it keep their results.
"""

from __future__ import annotations

from evalclient.testing import _bland_fields as fields
from evalclient.testing._bland_catalog import AgentVersion, BlandCatalog, EvalAgent, fork_version, slug
from evalclient.testing._bland_library import latest_run_summary, ok, paged
from evalclient.testing._bland_runs import BlandRun
from evalclient.testing._ids import IdFactory, Timeline
from evalclient.testing._limits import BLAND_AGENT_WEIGHT
from evalclient.testing._routing import Answer, Call, Handler
from evalclient.testing._validation import JsonObject, not_found, string_map


class AgentWrites:
    """The handlers; `runs` is the live run table, read for each version's `latest_run`."""

    def __init__(self, catalog: BlandCatalog, timeline: Timeline, ids: IdFactory, runs: dict[str, BlandRun]) -> None:
        self._catalog, self._timeline, self._ids, self._runs = catalog, timeline, ids, runs

    def routes(self) -> list[tuple[str, str, Handler]]:
        agent, versions = "/v1/evals/agents/{eval_agent_id}", "/v1/evals/agents/{eval_agent_id}/versions"
        return [
            ("POST", "/v1/evals/agents", self._create),
            ("PATCH", agent, self._update),
            ("DELETE", agent, self._delete),
            ("GET", versions, self._list_versions),
            ("POST", versions, self._create_version),
            ("GET", versions + "/{version_id}", lambda call: ok(self._version(call).view(self._catalog.org_id))),
            ("PATCH", versions + "/{version_id}", self._update_version),
            ("POST", agent + "/publications", self._publish),
        ]

    def _create(self, call: Call) -> Answer:
        body = call.json()
        name = str(fields.name(body, required=True))
        description = fields.text(body, "description", nullable=True)
        modality = fields.choice(body, "modality", fields.MODALITIES)
        start = self._starting_point(body)
        stamp = self._timeline.stamp()
        key = slug(name, (agent.key for agent in self._catalog.agents.values()))
        modality = modality or str(start.get("modality") or "text")
        agent = EvalAgent(self._ids.uuid("agent"), key, name, modality, stamp, description=description)
        levels = [dict(level) for level in _list(start.get("levels")) if isinstance(level, dict)]
        targets = [str(key) for key in _list(start.get("target_level_keys"))]
        version = AgentVersion(
            self._ids.uuid("agent-version"), agent.id, 1, "editable", modality, levels, targets, 100.0, None, stamp,
            f"{name} v1", system_prompt_md=str(start.get("system_prompt_md", "")),
            prompt_md=str(start.get("prompt_md", "")),
        )  # fmt: skip
        agent.versions[version.id] = version
        agent.current_version_id = version.id
        self._catalog.agents[agent.id] = agent
        return Answer(201, ok(self._detail(agent)))

    def _starting_point(self, body: JsonObject) -> JsonObject:
        """The template a new agent copies: a user template wins over a shipped one (as documented)."""
        template_key = fields.text(body, "template_key", low=1)
        user_template_id = fields.text(body, "user_template_id", low=1)
        if user_template_id is not None:
            template = self._catalog.user_templates.get(user_template_id)
            if template is None:
                not_found(f"User template {user_template_id!r} not found", "USER_TEMPLATE_NOT_FOUND")
            return template
        if template_key is not None:
            template = next((t for t in self._catalog.templates if t["key"] == template_key), None)
            if template is None:
                not_found(f"Agent template {template_key!r} not found", "AGENT_TEMPLATE_NOT_FOUND")
            return template
        return {}

    def _update(self, call: Call) -> JsonObject:
        agent, body = self._agent(call), call.json()
        name = fields.name(body)
        description = fields.text(body, "description", nullable=True)
        metadata = string_map(body, "metadata") if "metadata" in body else None
        if "active_version_id" in body:
            active = fields.text(body, "active_version_id", low=1, nullable=True)
            if active is not None:
                version = agent.versions.get(active)
                if version is None:
                    not_found(f"Eval agent {agent.id} has no version {active!r}", "EVAL_AGENT_VERSION_NOT_FOUND")
                if version.state != "archived":
                    raise fields.refused(
                        f"version {active} is a draft: publish it first", "EVAL_AGENT_VERSION_NOT_PUBLISHED"
                    )
            agent.active_version_id = active
        agent.name = agent.name if name is None else name
        agent.description = description if "description" in body else agent.description
        agent.metadata = agent.metadata if metadata is None else metadata
        agent.updated_at = self._timeline.stamp()
        return ok(self._detail(agent))

    def _delete(self, call: Call) -> Answer:
        agent = self._agent(call)
        agent.deleted_at = self._timeline.stamp()
        del self._catalog.agents[agent.id]
        return Answer(204)

    def _list_versions(self, call: Call) -> JsonObject:
        agent = self._agent(call)
        versions = sorted(agent.versions.values(), key=lambda version: -version.number)  # newest first
        positions = {version.id: index for index, version in enumerate(versions)}
        return paged(call, len(versions), lambda index: self.summary(versions[index]), positions.get)

    def summary(self, version: AgentVersion) -> JsonObject:
        """A version as lists and publications show it, with the latest run that scored with it."""
        now = self._timeline.now()
        latest = next(
            (run for run in reversed(self._runs.values()) if any(e.version.id == version.id for e in run.roster)), None
        )
        latest_run = None
        if latest is not None:
            hits, graded = latest.agent_stats(now, version.agent_id)
            latest_run = {**latest_run_summary(latest, now), "target_hit_count": hits, "graded_count": graded}
        return {
            "id": version.id,
            "eval_agent_id": version.agent_id,
            "version_number": version.number,
            "name": version.name,
            "state": version.state,
            "created_by": None,
            "created_at": version.created_at,
            "latest_run": latest_run,
        }

    def _create_version(self, call: Call) -> Answer:
        agent, body = self._agent(call), call.json()
        name = fields.name(body)
        description = fields.text(body, "description", nullable=True)
        source_id = fields.text(body, "from_version_id", low=1) or agent.current_version_id
        source = agent.versions.get(source_id)
        if source is None:
            not_found(f"Eval agent {agent.id} has no version {source_id!r}", "EVAL_AGENT_VERSION_NOT_FOUND")
        version = self._fork(agent, source)
        version.name = name or version.name
        version.description = description if "description" in body else version.description
        return Answer(201, ok(version.view(self._catalog.org_id)))

    def _update_version(self, call: Call) -> JsonObject:
        version, body = self._version(call), call.json()
        if version.state != "editable":
            raise fields.refused(
                f"Eval agent version {version.id} is {version.state}: only editable versions can be changed",
                "EVAL_AGENT_VERSION_NOT_EDITABLE",
            )
        name = fields.name(body)
        description = fields.text(body, "description", nullable=True)
        modality = fields.choice(body, "modality", fields.MODALITIES)
        system_prompt = fields.text(body, "system_prompt_md", high=fields.VERSION_PROMPT_LENGTH)
        prompt = fields.text(body, "prompt_md", high=fields.VERSION_PROMPT_LENGTH)
        levels = fields.levels(body)
        targets = fields.target_keys(body)
        weight = fields.number(body, "weight", *BLAND_AGENT_WEIGHT)
        new_levels = version.levels if levels is None else levels
        new_targets = version.target_level_keys if targets is None else targets
        if levels is not None or targets is not None:
            fields.check_targets(new_levels, new_targets)
        version.name = version.name if name is None else name
        version.description = description if "description" in body else version.description
        version.modality = modality or version.modality
        version.system_prompt_md = version.system_prompt_md if system_prompt is None else system_prompt
        version.prompt_md = version.prompt_md if prompt is None else prompt
        version.levels, version.target_level_keys = new_levels, new_targets
        version.weight = version.weight if weight is None else weight
        version.updated_at = self._timeline.stamp()
        return ok(version.view(self._catalog.org_id))

    def _publish(self, call: Call) -> JsonObject:
        agent = self._agent(call)
        draft = agent.versions[agent.current_version_id]
        problem = fields.publishable(draft.levels, draft.target_level_keys)
        if problem is not None:
            raise fields.refused(f"Eval agent {agent.id} cannot be published: {problem}", "EVAL_AGENT_NOT_PUBLISHABLE")
        draft.state = "archived"
        agent.active_version_id = draft.id
        self._fork(agent, draft)
        agent.updated_at = self._timeline.stamp()
        return ok(
            {
                "eval_agent_id": agent.id,
                "current_version_id": agent.current_version_id,
                "active_version_id": draft.id,
                "published_version": self.summary(draft),
            }
        )

    def _fork(self, agent: EvalAgent, source: AgentVersion) -> AgentVersion:
        """A new editable version copied from `source`; it becomes the agent's current draft."""
        version = fork_version(agent, source, self._ids.uuid("agent-version"), self._timeline.stamp())
        version.levels, version.target_level_keys = list(source.levels), list(source.target_level_keys)
        return version

    def _agent(self, call: Call) -> EvalAgent:
        agent = self._catalog.agents.get(call.params["eval_agent_id"])
        if agent is None:
            not_found(f"Eval agent {call.params['eval_agent_id']!r} not found", "EVAL_AGENT_NOT_FOUND")
        return agent

    def _version(self, call: Call) -> AgentVersion:
        version = self._agent(call).versions.get(call.params["version_id"])
        if version is None:
            not_found(f"Eval agent version {call.params['version_id']!r} not found", "EVAL_AGENT_VERSION_NOT_FOUND")
        return version

    def _detail(self, agent: EvalAgent) -> JsonObject:
        org = self._catalog.org_id
        return {"agent": agent.view(org), "current_version": agent.versions[agent.current_version_id].view(org)}


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []
