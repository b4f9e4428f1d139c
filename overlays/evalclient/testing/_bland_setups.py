"""Bland workbench setups: reads and writes of setups and their versions, with the documented lifecycle.

A setup starts with one empty editable version. Patching a version replaces its roster (at most
20 agents, each naming its agent version and weight). Publishing needs at least one agent, each
with at least one target level key; it archives the draft as the active version and opens a new
one. A run created from a setup version scores with that version's roster (`_bland_requests`).
"""

from __future__ import annotations

from evalclient.testing import _bland_fields as fields
from evalclient.testing._bland_catalog import BlandCatalog, SetupVersion, WorkbenchSetup, fork_version, slug
from evalclient.testing._bland_library import latest_run_summary, ok, paged
from evalclient.testing._bland_runs import BlandRun
from evalclient.testing._ids import IdFactory, Timeline
from evalclient.testing._limits import BLAND_AGENT_WEIGHT, BLAND_PASS_THRESHOLD
from evalclient.testing._routing import Answer, Call, Handler
from evalclient.testing._validation import JsonObject, bad_request, expect_object, not_found, str_list, string_map

MAX_SETUP_AGENTS = 20


class SetupRoutes:
    def __init__(self, catalog: BlandCatalog, timeline: Timeline, ids: IdFactory, runs: dict[str, BlandRun]) -> None:
        self._catalog, self._timeline, self._ids, self._runs = catalog, timeline, ids, runs

    def routes(self) -> list[tuple[str, str, Handler]]:
        setup, versions = "/v1/evals/workbench-setups/{setup_id}", "/v1/evals/workbench-setups/{setup_id}/versions"
        return [
            ("POST", "/v1/evals/workbench-setups", self._create),
            ("GET", setup, lambda call: ok(self._detail(self._setup(call)))),
            ("PATCH", setup, self._update),
            ("DELETE", setup, self._delete),
            ("GET", versions, self._list_versions),
            ("POST", versions, self._create_version),
            ("GET", versions + "/{version_id}", lambda call: ok(self._view(self._version(call)))),
            ("PATCH", versions + "/{version_id}", self._update_version),
            ("POST", setup + "/publications", self._publish),
        ]

    def _create(self, call: Call) -> Answer:
        body = call.json()
        name = str(fields.name(body, required=True))
        stamp = self._timeline.stamp()
        key = slug(name, (setup.key for setup in self._catalog.setups.values()))
        setup = WorkbenchSetup(
            self._ids.uuid("setup"), name, stamp, key=key, description=fields.text(body, "description", nullable=True)
        )
        version = SetupVersion(self._ids.uuid("setup-version"), setup.id, 1, "editable", [], None, "text", stamp)
        version.name = f"{name} v1"
        setup.versions[version.id] = version
        setup.current_version_id = version.id
        self._catalog.setups[setup.id] = setup
        return Answer(201, ok(self._detail(setup)))

    def _update(self, call: Call) -> JsonObject:
        setup, body = self._setup(call), call.json()
        name = fields.name(body)
        description = fields.text(body, "description", nullable=True)
        metadata = string_map(body, "metadata") if "metadata" in body else None
        if "active_version_id" in body:
            active = fields.text(body, "active_version_id", low=1, nullable=True)
            if active is not None:
                version = setup.versions.get(active)
                if version is None:
                    not_found(
                        f"Workbench setup {setup.id} has no version {active!r}", "WORKBENCH_SETUP_VERSION_NOT_FOUND"
                    )
                if version.state != "archived":
                    raise fields.refused(
                        f"version {active} is a draft: publish it first", "WORKBENCH_SETUP_VERSION_NOT_PUBLISHED"
                    )
            setup.active_version_id = active
        setup.name = setup.name if name is None else name
        setup.description = description if "description" in body else setup.description
        setup.metadata = setup.metadata if metadata is None else metadata
        setup.updated_at = self._timeline.stamp()
        return ok(self._detail(setup))

    def _delete(self, call: Call) -> Answer:
        setup = self._setup(call)
        setup.deleted_at = self._timeline.stamp()
        del self._catalog.setups[setup.id]
        return Answer(204)

    def _list_versions(self, call: Call) -> JsonObject:
        setup = self._setup(call)
        versions = sorted(setup.versions.values(), key=lambda version: -version.number)
        positions = {version.id: index for index, version in enumerate(versions)}
        return paged(call, len(versions), lambda index: self._summary(versions[index]), positions.get)

    def _create_version(self, call: Call) -> Answer:
        setup, body = self._setup(call), call.json()
        name = fields.name(body)
        description = fields.text(body, "description", nullable=True)
        source_id = fields.text(body, "from_version_id", low=1) or setup.current_version_id
        source = setup.versions.get(source_id)
        if source is None:
            not_found(f"Workbench setup {setup.id} has no version {source_id!r}", "WORKBENCH_SETUP_VERSION_NOT_FOUND")
        version = self._fork(setup, source)
        version.name = name or version.name
        version.description = description if "description" in body else version.description
        return Answer(201, ok(self._view(version)))

    def _update_version(self, call: Call) -> JsonObject:
        version, body = self._version(call), call.json()
        if version.state != "editable":
            raise fields.refused(
                f"Workbench setup version {version.id} is {version.state}: only editable versions can be changed",
                "WORKBENCH_SETUP_VERSION_NOT_EDITABLE",
            )
        name = fields.name(body)
        description = fields.text(body, "description", nullable=True)
        roster = self._roster(body["attached_agents"]) if "attached_agents" in body else None
        threshold = fields.number(body, "pass_threshold_pct", *BLAND_PASS_THRESHOLD, nullable=True)
        run_mode = fields.choice(body, "run_mode", fields.RUN_MODES)
        calls = str_list(body["default_call_ids"], "default_call_ids") if "default_call_ids" in body else None
        unknown = [call_id for call_id in calls or () if call_id not in self._catalog.calls]
        if unknown:
            not_found(f"default_call_ids: call {unknown[0]!r} not found", "CALL_NOT_FOUND")
        version.name = version.name if name is None else name
        version.description = description if "description" in body else version.description
        version.attached_agents = version.attached_agents if roster is None else roster
        version.pass_threshold_pct = threshold if "pass_threshold_pct" in body else version.pass_threshold_pct
        version.run_mode = run_mode or version.run_mode
        version.default_call_ids = version.default_call_ids if calls is None else calls
        version.updated_at = self._timeline.stamp()
        return ok(self._view(version))

    def _roster(self, raw: object) -> list[JsonObject]:
        """`attached_agents`, replacing the roster: at most 20, each agent and version real, weight 0-100."""
        if not isinstance(raw, list):
            bad_request("attached_agents must be an array")
        if len(raw) > MAX_SETUP_AGENTS:
            bad_request(f"attached_agents may hold at most {MAX_SETUP_AGENTS} agents, got {len(raw)}")
        roster: list[JsonObject] = []
        for index, item in enumerate(raw):
            where = f"attached_agents[{index}]"
            entry = expect_object(item, where)
            for key in ("eval_agent_id", "eval_agent_version_id", "weight"):
                if key not in entry:
                    bad_request(f"{where}.{key} is required")
            agent_id = fields.text(entry, "eval_agent_id", low=1)
            version_id = fields.text(entry, "eval_agent_version_id", low=1)
            weight = fields.number(entry, "weight", *BLAND_AGENT_WEIGHT)
            targets = fields.target_keys(entry) or []
            agent = self._catalog.agents.get(str(agent_id))
            if agent is None:
                not_found(f"{where}: eval agent {agent_id!r} not found", "EVAL_AGENT_NOT_FOUND")
            judge = agent.versions.get(str(version_id))
            if judge is None:
                not_found(
                    f"{where}: eval agent {agent_id} has no version {version_id!r}", "EVAL_AGENT_VERSION_NOT_FOUND"
                )
            fields.check_targets(judge.levels, targets)
            roster.append(
                {
                    "eval_agent_id": agent.id,
                    "eval_agent_version_id": judge.id,
                    "weight": weight,
                    "target_level_keys": targets,
                }
            )
        return roster

    def _publish(self, call: Call) -> JsonObject:
        setup = self._setup(call)
        draft = setup.versions[setup.current_version_id]
        if not draft.attached_agents:
            problem = "it has no attached agents"
        else:
            missing = [e["eval_agent_id"] for e in draft.attached_agents if not e.get("target_level_keys")]
            problem = f"attached agent {missing[0]} has no target level key" if missing else ""
        if problem:
            raise fields.refused(
                f"Workbench setup {setup.id} cannot be published: {problem}", "WORKBENCH_SETUP_NOT_PUBLISHABLE"
            )
        draft.state = "archived"
        setup.active_version_id = draft.id
        self._fork(setup, draft)
        setup.updated_at = self._timeline.stamp()
        return ok(
            {
                "workbench_setup_id": setup.id,
                "current_version_id": setup.current_version_id,
                "active_version_id": draft.id,
                "published_version": self._summary(draft),
            }
        )

    def _fork(self, setup: WorkbenchSetup, source: SetupVersion) -> SetupVersion:
        """A new editable version copied from `source`; it becomes the setup's current draft."""
        version = fork_version(setup, source, self._ids.uuid("setup-version"), self._timeline.stamp())
        version.attached_agents = [dict(entry) for entry in source.attached_agents]
        version.default_call_ids = list(source.default_call_ids)
        return version

    def _summary(self, version: SetupVersion) -> JsonObject:
        now = self._timeline.now()
        runs = reversed(self._runs.values())
        latest = next((run for run in runs if run.fields["workbench_setup_version_id"] == version.id), None)
        return {
            "id": version.id,
            "workbench_setup_id": version.setup_id,
            "version_number": version.number,
            "name": version.name,
            "state": version.state,
            "created_by": None,
            "created_at": version.created_at,
            "attached_agent_count": len(version.attached_agents),
            "latest_run": None if latest is None else latest_run_summary(latest, now),
        }

    def _view(self, version: SetupVersion) -> JsonObject:
        return {
            "id": version.id,
            "org_id": self._catalog.org_id,
            "workbench_setup_id": version.setup_id,
            "version_number": version.number,
            "name": version.name,
            "description": version.description,
            "state": version.state,
            "attached_agents": version.attached_agents,
            "pass_threshold_pct": version.pass_threshold_pct,
            "run_mode": version.run_mode,
            "default_test_config_id": None,
            "default_call_ids": version.default_call_ids,
            "created_from_version_id": version.created_from_version_id,
            "created_by": None,
            "created_at": version.created_at,
            "updated_at": version.updated_at or version.created_at,
        }

    def _detail(self, setup: WorkbenchSetup) -> JsonObject:
        view = {
            "id": setup.id,
            "org_id": self._catalog.org_id,
            "key": setup.key,
            "name": setup.name,
            "description": setup.description,
            "current_version_id": setup.current_version_id,
            "active_version_id": setup.active_version_id,
            "metadata": setup.metadata,
            "created_at": setup.created_at,
            "updated_at": setup.updated_at or setup.created_at,
            "deleted_at": setup.deleted_at,
        }
        return {"setup": view, "current_version": self._view(setup.versions[setup.current_version_id])}

    def _setup(self, call: Call) -> WorkbenchSetup:
        setup = self._catalog.setups.get(call.params["setup_id"])
        if setup is None:
            not_found(f"Workbench setup {call.params['setup_id']!r} not found", "WORKBENCH_SETUP_NOT_FOUND")
        return setup

    def _version(self, call: Call) -> SetupVersion:
        version = self._setup(call).versions.get(call.params["version_id"])
        if version is None:
            message = f"Workbench setup version {call.params['version_id']!r} not found"
            not_found(message, "WORKBENCH_SETUP_VERSION_NOT_FOUND")
        return version
