"""The manifest: every resource a fake is seeded with, by kind, as one JSON-ready object.

A consumer of `python -m evalclient.testing serve` in any language reads it (from the line after
the URL, or from `--manifest FILE`) to learn the processor, file, call and agent ids it needs to
create anything; in process, `fake.manifest()` returns the same object.

Only the seeded catalogue is listed (what a real account would already hold): evaluation sets,
items and runs are created through the APIs, and listed by them. The Extend API version is named
too, because every Extend request must send it. The object is built from the catalogues, so a new
processor kind, agent or setup in the seed appears here without an edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from evalclient.testing._limits import EXTEND_API_VERSION
from evalclient.testing._validation import JsonObject

if TYPE_CHECKING:
    from evalclient.testing._bland_state import BlandState
    from evalclient.testing._extend_state import ExtendState


def build_manifest(extend: ExtendState, bland: BlandState) -> JsonObject:
    """Call under the fake's lock: it reads the live catalogues (`seed_calls` adds to them)."""
    return {"extend": _extend(extend), "bland": _bland(bland)}


def _extend(state: ExtendState) -> JsonObject:
    catalog = state._catalog
    processors: dict[str, list[JsonObject]] = {}
    for processor in catalog.processors.values():
        processors.setdefault(processor.kind, []).append(
            {
                "id": processor.id,
                "name": processor.name,
                "versions": [{"id": version.id, "version": version.version} for version in processor.versions.values()],
            }
        )
    return {
        "api_version": EXTEND_API_VERSION,
        "processors": processors,
        "file_ids": list(catalog.files),
    }


def _bland(state: BlandState) -> JsonObject:
    catalog = state._catalog
    agents: list[JsonObject] = [
        {
            "id": agent.id,
            "key": agent.key,
            "name": agent.name,
            "modality": agent.modality,
            "active_version_id": agent.active_version_id,  # None: never published, so a run cannot use it
            "current_version_id": agent.current_version_id,
            "versions": [
                {"id": version.id, "version_number": version.number, "state": version.state}
                for version in agent.versions.values()
            ],
        }
        for agent in catalog.agents.values()
    ]
    setups: list[JsonObject] = [
        {
            "id": setup.id,
            "name": setup.name,
            "active_version_id": setup.active_version_id,
            "current_version_id": setup.current_version_id,
            "versions": [
                {"id": version.id, "version_number": version.number, "state": version.state}
                for version in setup.versions.values()
            ],
        }
        for setup in catalog.setups.values()
    ]
    return {
        "org_id": catalog.org_id,
        "call_ids": list(catalog.calls),
        "eval_agents": agents,
        "agent_template_keys": [str(template["key"]) for template in catalog.templates],
        "workbench_setups": setups,
    }
