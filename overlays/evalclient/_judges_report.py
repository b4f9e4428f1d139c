"""Plans and results as people read them (one line per object, one per changed field) and as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from evalclient._judges_plan import Action, FieldChange, Plan

if TYPE_CHECKING:
    from evalclient._judges_apply import ApplyResult

_MARKS = {Action.CREATE: "+", Action.UPDATE: "~", Action.PUBLISH: "^", Action.UNCHANGED: "="}
_EXCERPT = 60  # characters of a long text shown around its first difference


def describe_plan(plan: Plan) -> str:
    """The plan for people: `+ agent resolution "Resolution": create, publish`, then each changed field."""
    how = "publishing what changed" if plan.publish else "without publishing"
    lines = [f"plan for {plan.judges.source} ({how}):"]
    for step in plan.steps:
        doing = [str(step.action)]
        if step.new_version:
            doing.append("new version")
        if step.publish and step.action is not Action.PUBLISH:
            doing.append("publish")
        lines.append(f"  {_MARKS[step.action]} {step.kind} {step.key} {json.dumps(step.name)}: {', '.join(doing)}")
        if step.action is Action.PUBLISH and not step.changes:
            lines.append("      (never published)")
        lines.extend(f"      {_change_line(change)}" for change in step.changes)
    lines.append(f"summary: {plan_summary(plan)}")
    return "\n".join(lines)


def plan_summary(plan: Plan) -> str:
    """`1 to create, 2 to update, 3 to publish, 4 unchanged` (zero counts left out)."""
    counts = {action: sum(step.action is action for step in plan.steps) for action in Action}
    publishing = sum(step.publish for step in plan.steps)
    parts = [
        f"{counts[Action.CREATE]} to create" if counts[Action.CREATE] else "",
        f"{counts[Action.UPDATE]} to update" if counts[Action.UPDATE] else "",
        f"{publishing} to publish" if publishing else "",
        f"{counts[Action.UNCHANGED]} unchanged" if counts[Action.UNCHANGED] else "",
    ]
    return ", ".join(part for part in parts if part) or "nothing declared"


def result_summary(result: ApplyResult) -> str:
    """`applied: 1 created, 2 updated, 3 published, 4 unchanged (11 writes)`."""
    created = sum(item.action is Action.CREATE for item in result.applied)
    updated = sum(item.action is Action.UPDATE for item in result.applied)
    published = sum(item.published_version_id is not None for item in result.applied)
    unchanged = sum(step.action is Action.UNCHANGED for step in result.plan.steps)
    parts = [f"{created} created", f"{updated} updated", f"{published} published", f"{unchanged} unchanged"]
    return f"applied: {', '.join(parts)} ({result.writes} write{'s' if result.writes != 1 else ''})"


def plan_document(plan: Plan) -> dict[str, Any]:
    return {
        "source": plan.judges.source,
        "publish": plan.publish,
        "changed": plan.changed,
        "steps": [
            {
                "kind": step.kind,
                "key": step.key,
                "name": step.name,
                "action": str(step.action),
                "new_version": step.new_version,
                "publish": step.publish,
                "remote_id": step.remote_id,
                "changes": [
                    {"field": change.field, "before": change.before, "after": change.after} for change in step.changes
                ],
            }
            for step in plan.steps
        ],
    }


def result_document(result: ApplyResult) -> dict[str, Any]:
    applied = [
        {
            "kind": item.kind,
            "key": item.key,
            "action": str(item.action),
            "id": item.id,
            "version_id": item.version_id,
            "published_version_id": item.published_version_id,
        }
        for item in result.applied
    ]
    return {**plan_document(result.plan), "applied": applied, "writes": result.writes}


def _change_line(change: FieldChange) -> str:
    before, after = change.before, change.after
    if isinstance(before, str) and isinstance(after, str) and max(len(before), len(after)) > _EXCERPT:
        before, after = _excerpts(before, after)
        return f"{change.field}: {before} -> {after} ({len(change.before)} -> {len(change.after)} characters)"
    if before is None:
        return f"{change.field}: added {_shown(after)}"
    if after is None:
        return f"{change.field}: removed (was {_shown(before)})"
    return f"{change.field}: {_shown(before)} -> {_shown(after)}"


def _excerpts(before: str, after: str) -> tuple[str, str]:
    """The two texts from a little before their first difference, shortened alike."""
    first = next((index for index, pair in enumerate(zip(before, after, strict=False)) if pair[0] != pair[1]), None)
    start = max(0, (min(len(before), len(after)) if first is None else first) - _EXCERPT // 3)

    def cut(text: str) -> str:
        piece = text[start : start + _EXCERPT]
        return (
            ("..." if start else "")
            + json.dumps(piece, ensure_ascii=False)
            + ("..." if len(text) > start + _EXCERPT else "")
        )

    return cut(before), cut(after)


def _shown(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return json.dumps(value, ensure_ascii=False, sort_keys=False)
