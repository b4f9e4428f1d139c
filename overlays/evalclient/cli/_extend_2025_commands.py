"""`evalclient --api-version 2025-04-21 extend ...`: the commands that API version has.

Each mirrors its 2026-02-09 twin in `_extend_commands` (same arguments, same output style) over
`extend_evals_client_2025_04_21`. What differs is what the version offers: sets name a
`processorId` (given as --entity-id), items carry one `fileId` (no multifile items) and their
paths name no set (SET_ID is accepted for the same command line, not sent), and runs are read as
batch processor runs, which report no accuracy (so there is no --min-accuracy gate).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from evalclient.cli._bulk_add import add_items
from evalclient.cli._context import Context, usage_error
from evalclient.cli._inputs import MAX_REPORTED_LINES, NumberedItem, parse_items_jsonl, parse_json_argument
from evalclient.cli._listen import listen_args, listening
from evalclient.cli._output import Output, format_ratio
from evalclient.cli._progress import resume_args, watch_run
from evalclient.cli._reporting import finish_run, list_items
from evalclient.waiting import Run, wait_for_run
from extend_evals_client import _spec as extend_spec
from extend_evals_client_2025_04_21.api.batch_processor_runs import get_batch_processor_run
from extend_evals_client_2025_04_21.api.evaluation_set_items import (
    delete_evaluation_set_item,
    list_evaluation_set_items,
    update_evaluation_set_item,
)
from extend_evals_client_2025_04_21.api.evaluation_sets import (
    create_evaluation_set,
    get_evaluation_set,
    list_evaluation_sets,
)
from extend_evals_client_2025_04_21.models import (
    BatchProcessorRun,
    BulkCreateEvaluationSetItem,
    CreateEvaluationSetRequest,
    EvaluationSet,
    EvaluationSetItem,
    UpdateEvaluationSetItemRequest,
)
from extend_evals_client_2025_04_21.types import UNSET

# 2025-04-21 documents no limit on a bulk create; batches keep to 2026-02-09's documented one.
BATCH_SIZE = extend_spec.SCHEMA_CONSTRAINTS["CreateEvaluationSetItemsRequest"]["items"]["maxItems"]


def sets_list(ctx: Context) -> None:
    processor_id = ctx.args.entity_id or UNSET
    pager = list_items(ctx, list_evaluation_sets, ctx.extend_2025(), "evaluation sets", processor_id=processor_id)
    _show_sets(ctx.out, pager)


def sets_get(ctx: Context) -> None:
    _show_set(ctx.out, get_evaluation_set.sync(ctx.args.set_id, client=ctx.extend_2025()).evaluation_set)


def sets_create(ctx: Context) -> None:
    body = CreateEvaluationSetRequest(
        name=ctx.args.name, description=ctx.args.description or "", processor_id=ctx.args.entity_id
    )
    evaluation_set = create_evaluation_set.sync(client=ctx.extend_2025(), body=body).evaluation_set
    _show_set(ctx.out, evaluation_set)
    ctx.out.note(f"next: evalclient --api-version 2025-04-21 extend items add {evaluation_set.id} --file items.jsonl")


def items_list(ctx: Context) -> None:
    items = list_items(ctx, list_evaluation_set_items, ctx.extend_2025(), "items", id=ctx.args.set_id)
    rows = [item.to_dict() for item in items]
    if ctx.out.json_mode:
        ctx.out.json_lines(rows)
        return
    ctx.out.table([("ID", "id"), ("FILE", "fileId")], rows, empty="no items")


def items_add(ctx: Context) -> None:
    path = ctx.args.file
    numbered = parse_items_jsonl(path)
    items = [_legacy_item(path, entry) for entry in numbered]
    problems = [item for item in items if isinstance(item, str)]
    if problems:  # every line is checked before anything is sent
        raise usage_error("\n".join([*problems[:MAX_REPORTED_LINES], "nothing was sent"]))
    lines = [entry.line_number for entry in numbered]
    add_items(ctx, ctx.extend_2025(), ctx.args.set_id, items, lines, BATCH_SIZE)


def _legacy_item(path: str, entry: NumberedItem) -> BulkCreateEvaluationSetItem | str:
    """The line's item read again as a 2025-04-21 one, or what is wrong with it."""
    where = f"{path}:{entry.line_number}"
    if entry.item.file_ids:
        return f"{where}: multifile items (fileIds) need Extend API 2026-02-09; 2025-04-21 takes one fileId"
    try:
        return BulkCreateEvaluationSetItem.from_dict(entry.item.to_dict())
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return f"{where}: expectedOutput is not a 2025-04-21 output (splits need an id there): {exc}"


def items_update(ctx: Context) -> None:
    expected = parse_json_argument("--expected-output", ctx.args.expected_output)
    body = UpdateEvaluationSetItemRequest.from_dict({"expectedOutput": expected})
    item = update_evaluation_set_item.sync(ctx.args.item_id, client=ctx.extend_2025(), body=body)
    _show_item(ctx.out, item.evaluation_set_item)


def items_delete(ctx: Context) -> None:
    deleted = delete_evaluation_set_item.sync(ctx.args.item_id, client=ctx.extend_2025())
    if ctx.out.json_mode:
        ctx.out.document(deleted.to_dict())
    else:
        ctx.out.line(f"deleted {deleted.evaluation_set_item_id}")


def runs_get(ctx: Context) -> None:
    _show_run(ctx.out, get_batch_processor_run.sync(ctx.args.run_id, client=ctx.extend_2025()).batch_processor_run)


def runs_wait(ctx: Context) -> None:
    if getattr(ctx.args, "baseline", None):
        raise usage_error(
            "--baseline needs Extend API 2026-02-09: batch processor runs (2025-04-21) report no accuracy; "
            "`evalclient extend runs compare` still compares their file and page counts"
        )
    if ctx.args.min_accuracy is not None:
        raise usage_error(
            "--min-accuracy needs Extend API 2026-02-09: batch processor runs (2025-04-21) report no accuracy"
        )
    client, run_id, timeout = ctx.extend_2025(), ctx.args.run_id, ctx.args.wait_timeout
    resume = resume_args(timeout, "--min-accuracy", None) + listen_args(ctx.args)

    with listening(ctx) as events:

        def wait(on_update: Callable[[Run], None]) -> BatchProcessorRun:
            return wait_for_run(
                get_batch_processor_run, client=client, id=run_id, timeout=timeout, on_update=on_update, events=events
            )

        finish_run(
            ctx, lambda: watch_run(ctx, run_id, "files", resume, wait), lambda run: _show_run(ctx.out, run), None
        )


def _show_sets(out: Output, sets: Sequence[EvaluationSet]) -> None:
    rows = [evaluation_set.to_dict() for evaluation_set in sets]
    if out.json_mode:
        out.json_lines(rows)
        return
    columns = [("ID", "id"), ("NAME", "name"), ("PROCESSOR", "processorId"), ("UPDATED", "updatedAt")]
    out.table(columns, rows, empty="no evaluation sets")


def _show_set(out: Output, evaluation_set: EvaluationSet) -> None:
    data = evaluation_set.to_dict()
    if out.json_mode:
        out.document(data)
        return
    keys = ("id", "name", "description", "processorId", "createdAt", "updatedAt")
    labels = ("id", "name", "description", "processor", "created", "updated")
    out.record([(label, data.get(key)) for label, key in zip(labels, keys, strict=True)])


def _show_item(out: Output, item: EvaluationSetItem) -> None:
    data = item.to_dict()
    if out.json_mode:
        out.document(data)
        return
    out.record(
        [
            ("id", data["id"]),
            ("evaluation set", data["evaluationSetId"]),
            ("file", data["fileId"]),
            ("expected output", json.dumps(data["expectedOutput"], ensure_ascii=False)),
        ]
    )


def _show_run(out: Output, run: BatchProcessorRun) -> None:
    data = run.to_dict()
    if out.json_mode:
        out.document(data)
        return
    metrics = data["metrics"]
    out.record(
        [
            ("id", data["id"]),
            ("status", data["status"]),
            ("processor", f"{data['processorName']} ({data['processorId']})"),
            ("source", f"{data['source']} {data.get('sourceId', '')}".strip()),
            ("files", format_ratio(metrics.get("numFiles"), data.get("runCount"), "processed")),
            ("pages", metrics.get("numPages")),
            ("created", data["createdAt"]),
            ("updated", data["updatedAt"]),
        ]
    )
