"""`evalclient bland agents|setups|templates ...`: the judges, the setups that bundle them, and templates.

`agents update` and `setups update` change the object (name, description, published version,
metadata) and, with draft options, its current editable version in the same command: the draft
of an agent holds its prompts, levels and targets; the draft of a setup its roster of agents.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from bland_evals_client.api.eval_agents import (
    create_eval_agent,
    delete_eval_agent,
    get_eval_agent,
    list_eval_agent_templates,
    list_eval_agent_versions,
    list_eval_agents,
    publish_eval_agent,
    update_eval_agent,
    update_eval_agent_version,
)
from bland_evals_client.api.user_templates import list_user_templates
from bland_evals_client.api.workbench_setups import (
    create_workbench_setup,
    delete_workbench_setup,
    get_workbench_setup,
    list_workbench_setup_versions,
    list_workbench_setups,
    publish_workbench_setup,
    update_workbench_setup,
    update_workbench_setup_version,
)
from bland_evals_client.models import (
    CreateEvalAgentRequest,
    CreateWorkbenchSetupRequest,
    UpdateEvalAgentRequest,
    UpdateEvalAgentVersionRequest,
    UpdateWorkbenchSetupRequest,
    UpdateWorkbenchSetupVersionRequest,
)
from evalclient.cli import _bland_views as bland_views
from evalclient.cli._arguments import percentage
from evalclient.cli._context import Context, usage_error
from evalclient.cli._inputs import parse_json_argument, parse_metadata, read_call_ids, read_text
from evalclient.cli._reporting import list_items

Handler = Callable[[Context], None]
NONE_WORDS = ("none", "null")  # `--active-version-id none` unpublishes


# -- agents


def agents_list(ctx: Context) -> None:
    bland_views.show_agents(ctx.out, list_items(ctx, list_eval_agents, ctx.bland(), "eval agents"))


def agents_create(ctx: Context) -> None:
    args = ctx.args
    body = _present({"name": args.name, "description": args.description, "modality": args.modality})
    body |= _present({"template_key": args.template_key, "user_template_id": args.user_template_id})
    detail = create_eval_agent.sync(client=ctx.bland(), body=CreateEvalAgentRequest.from_dict(body)).data
    bland_views.show_detail(ctx.out, detail.to_dict(), "agent")
    ctx.out.note(f"next: evalclient bland agents update {detail.agent.id} --prompt-md @prompt.md ... then publish")


def agents_get(ctx: Context) -> None:
    bland_views.show_detail(ctx.out, get_eval_agent.sync(ctx.args.agent_id, client=ctx.bland()).data.to_dict(), "agent")


def agents_update(ctx: Context) -> None:
    args, client = ctx.args, ctx.bland()
    draft = _draft_changes(args)
    changes = _object_changes(args)
    if not changes and not draft:
        raise usage_error(
            "nothing to change: give --name, --description, --active-version-id, --metadata or a draft option"
        )
    detail: dict[str, Any] | None = None
    if changes:
        body = UpdateEvalAgentRequest.from_dict(changes)
        detail = update_eval_agent.sync(args.agent_id, client=client, body=body).data.to_dict()
    if draft:
        current = detail or get_eval_agent.sync(args.agent_id, client=client).data.to_dict()
        version_id = current["current_version"]["id"]
        body_v = UpdateEvalAgentVersionRequest.from_dict(draft)
        version = update_eval_agent_version.sync(args.agent_id, version_id, client=client, body=body_v).data
        detail = {"agent": current["agent"], "current_version": version.to_dict()}
    assert detail is not None
    bland_views.show_detail(ctx.out, detail, "agent")


def agents_delete(ctx: Context) -> None:
    delete_eval_agent.sync(ctx.args.agent_id, client=ctx.bland())
    ctx.out.result_line(f"deleted eval agent {ctx.args.agent_id}")


def agents_versions(ctx: Context) -> None:
    rows = [
        v.to_dict()
        for v in list_items(ctx, list_eval_agent_versions, ctx.bland(), "versions", eval_agent_id=ctx.args.agent_id)
    ]
    bland_views.show_versions(ctx.out, rows)


def agents_publish(ctx: Context) -> None:
    published = publish_eval_agent.sync(ctx.args.agent_id, client=ctx.bland()).data.to_dict()
    bland_views.show_publication(ctx.out, published)


# -- workbench setups


def setups_list(ctx: Context) -> None:
    rows = [setup.to_dict() for setup in list_items(ctx, list_workbench_setups, ctx.bland(), "workbench setups")]
    if ctx.out.json_mode:
        ctx.out.json_lines(rows)
        return
    columns = [("ID", "id"), ("NAME", "name"), ("AGENTS", "attached_agent_count"), ("VERSION", "active_version_number")]
    ctx.out.table([*columns, ("PUBLISHED VERSION ID", "active_version_id")], rows, empty="no workbench setups")


def setups_get(ctx: Context) -> None:
    bland_views.show_detail(
        ctx.out, get_workbench_setup.sync(ctx.args.setup_id, client=ctx.bland()).data.to_dict(), "setup"
    )


def setups_create(ctx: Context) -> None:
    body = CreateWorkbenchSetupRequest.from_dict(_present({"name": ctx.args.name, "description": ctx.args.description}))
    detail = create_workbench_setup.sync(client=ctx.bland(), body=body).data
    bland_views.show_detail(ctx.out, detail.to_dict(), "setup")
    ctx.out.note(
        f"next: evalclient bland setups update {detail.setup.id} --agent AGENT_ID:VERSION_ID:WEIGHT:TARGET ..."
    )


def setups_update(ctx: Context) -> None:
    args, client = ctx.args, ctx.bland()
    draft = _present({"pass_threshold_pct": args.pass_threshold_pct, "run_mode": args.run_mode})
    if args.agents:
        draft["attached_agents"] = [_roster_entry(spec) for spec in args.agents]
    if args.default_call_ids_file:
        draft["default_call_ids"] = read_call_ids(args.default_call_ids_file)
    changes = _object_changes(args)
    if not changes and not draft:
        raise usage_error(
            "nothing to change: give --name, --description, --active-version-id, --metadata or a draft option"
        )
    detail: dict[str, Any] | None = None
    if changes:
        body_s = UpdateWorkbenchSetupRequest.from_dict(changes)
        detail = update_workbench_setup.sync(args.setup_id, client=client, body=body_s).data.to_dict()
    if draft:
        current = detail or get_workbench_setup.sync(args.setup_id, client=client).data.to_dict()
        body = UpdateWorkbenchSetupVersionRequest.from_dict(draft)
        version = update_workbench_setup_version.sync(
            args.setup_id, current["current_version"]["id"], client=client, body=body
        )
        detail = {"setup": current["setup"], "current_version": version.data.to_dict()}
    assert detail is not None
    bland_views.show_detail(ctx.out, detail, "setup")


def setups_delete(ctx: Context) -> None:
    delete_workbench_setup.sync(ctx.args.setup_id, client=ctx.bland())
    ctx.out.result_line(f"deleted workbench setup {ctx.args.setup_id}")


def setups_versions(ctx: Context) -> None:
    rows = [
        v.to_dict()
        for v in list_items(ctx, list_workbench_setup_versions, ctx.bland(), "versions", setup_id=ctx.args.setup_id)
    ]
    bland_views.show_versions(ctx.out, rows)


def setups_publish(ctx: Context) -> None:
    bland_views.show_publication(
        ctx.out, publish_workbench_setup.sync(ctx.args.setup_id, client=ctx.bland()).data.to_dict()
    )


# -- templates


def templates_list(ctx: Context) -> None:
    """Shipped templates (one page, the whole library) and the organization's own, in one listing."""
    client = ctx.bland()
    shipped = [{"source": "shipped", **t.to_dict()} for t in list_eval_agent_templates.sync(client=client).data.data]
    own = [{"source": "user", **t.to_dict()} for t in list_items(ctx, list_user_templates, client, "user templates")]
    rows = shipped + own
    if ctx.out.json_mode:
        ctx.out.json_lines(rows)
        return
    for row in rows:
        row["ref"] = row.get("key") or row.get("id")
    columns = [
        ("SOURCE", "source"),
        ("KEY OR ID", "ref"),
        ("NAME", "name"),
        ("CATEGORY", "category"),
        ("MODALITY", "modality"),
    ]
    ctx.out.table(columns, rows, empty="no templates")


# -- reading options and showing results


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _object_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes = _present({"name": args.name, "description": args.description})
    if args.active_version_id is not None:
        changes["active_version_id"] = None if args.active_version_id.lower() in NONE_WORDS else args.active_version_id
    if args.metadata:
        changes["metadata"] = parse_metadata(args.metadata)
    return changes


def _draft_changes(args: argparse.Namespace) -> dict[str, Any]:
    draft = _present({"modality": args.modality, "weight": args.weight})
    for option, key in (("system_prompt_md", "system_prompt_md"), ("prompt_md", "prompt_md")):
        text = getattr(args, option)
        if text is not None:
            draft[key] = read_text(text[1:]) if text.startswith("@") else text
    if args.levels is not None:
        draft["levels"] = parse_json_argument("--levels", f'{{"levels": {_inline(args.levels)}}}')["levels"]
    if args.targets is not None:
        draft["target_level_keys"] = [key for key in args.targets if key]
    return draft


def _inline(text: str) -> str:
    return read_text(text[1:]) if text.startswith("@") else text


def _roster_entry(spec: str) -> dict[str, Any]:
    """`AGENT_ID:VERSION_ID:WEIGHT[:TARGET,TARGET]` -> a setup roster entry."""
    parts = spec.split(":")
    if len(parts) not in (3, 4) or not all(part.strip() for part in parts[:3]):
        raise usage_error(f"--agent {spec!r}: expected AGENT_ID:VERSION_ID:WEIGHT[:TARGET,TARGET...]")
    try:
        weight = percentage(parts[2])
    except argparse.ArgumentTypeError as exc:
        raise usage_error(f"--agent {spec!r}: weight {exc}") from None
    targets = [key.strip() for key in parts[3].split(",") if key.strip()] if len(parts) == 4 else []
    return {
        "eval_agent_id": parts[0].strip(),
        "eval_agent_version_id": parts[1].strip(),
        "weight": weight,
        "target_level_keys": targets,
    }
