"""The handlers of `evalclient extend ...` (the tree: `_extend_tree`): evaluation sets, their items, and runs.

Every handler is `_versioned`: under --api-version 2025-04-21 (or $EXTEND_API_VERSION) it runs its
twin in `_extend_2025_commands`, and a command that version lacks is a usage error saying why.
This module is imported for every Extend command, so what only some need (bulk loading, and for
the waits live progress, webhooks, the gate and comparisons) is imported by the handler that uses
it: `extend runs get` loads none of it (BENCHMARKS.md, scenario 4). Each handler also imports its
own operations and request models, so a command loads only its own part of the generated package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from evalclient._api_versions import EXTEND_API_VERSION
from evalclient.cli import _extend_views as extend_views
from evalclient.cli._context import LEGACY_EXTEND_API_VERSION, Context, usage_error
from evalclient.cli._reporting import list_items, wants_wait
from extend_evals_client.types import UNSET

if TYPE_CHECKING:
    from evalclient.waiting import Run
    from extend_evals_client.models.evaluation_set_run import EvaluationSetRun

Handler = Callable[[Context], None]


def _versioned(command: str, older: Handler | str) -> Callable[[Handler], Handler]:
    """The decorated handler under 2026-02-09; under 2025-04-21 `older`, or a usage error whose text `older` is."""

    def decorate(current: Handler) -> Handler:
        def handler(ctx: Context) -> None:
            if ctx.extend_api_version != LEGACY_EXTEND_API_VERSION:
                current(ctx)
            elif isinstance(older, str):
                raise usage_error(
                    f"extend {command} is not in Extend API {LEGACY_EXTEND_API_VERSION} ({older}); it needs "
                    f"{EXTEND_API_VERSION}: drop --api-version, or set EXTEND_API_VERSION={EXTEND_API_VERSION}"
                )
            else:
                older(ctx)

        return handler

    return decorate


def _legacy(name: str) -> Handler:
    """The 2025-04-21 twin `name` in `_extend_2025_commands`, imported when it runs: that module
    loads the older generated package, which a 2026-02-09 command (the default) never needs."""

    def handler(ctx: Context) -> None:
        from evalclient.cli import _extend_2025_commands

        getattr(_extend_2025_commands, name)(ctx)

    return handler


# -- evaluation sets


@_versioned("sets list", _legacy("sets_list"))
def sets_list(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_sets import list_evaluation_sets

    entity_id = ctx.args.entity_id or UNSET
    pager = list_items(ctx, list_evaluation_sets, ctx.extend(), "evaluation sets", entity_id=entity_id)
    extend_views.show_sets(ctx.out, pager)


@_versioned("sets get", _legacy("sets_get"))
def sets_get(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_sets import get_evaluation_set

    extend_views.show_set(ctx.out, get_evaluation_set.sync(ctx.args.set_id, client=ctx.extend()))


@_versioned("sets create", _legacy("sets_create"))
def sets_create(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_sets import create_evaluation_set
    from extend_evals_client.models.create_evaluation_set_request import CreateEvaluationSetRequest

    body = CreateEvaluationSetRequest(name=ctx.args.name, entity_id=ctx.args.entity_id)
    if ctx.args.description is not None:
        body.description = ctx.args.description
    evaluation_set = create_evaluation_set.sync(client=ctx.extend(), body=body)
    extend_views.show_set(ctx.out, evaluation_set)
    ctx.out.note(f"next: evalclient extend items add {evaluation_set.id} --file items.jsonl")


# -- items


@_versioned("items list", _legacy("items_list"))
def items_list(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_set_items import list_evaluation_set_items

    pager = list_items(ctx, list_evaluation_set_items, ctx.extend(), "items", evaluation_set_id=ctx.args.set_id)
    extend_views.show_item_summaries(ctx.out, pager)


@_versioned("items add", _legacy("items_add"))
def items_add(ctx: Context) -> None:
    from evalclient.cli._bulk_add import add_items  # bulk loading (threads, a rate limit): this command only
    from evalclient.cli._extend_tree import BATCH_SIZE
    from evalclient.cli._inputs import parse_items_jsonl

    numbered = parse_items_jsonl(ctx.args.file)  # every line is checked before anything is sent
    items = [entry.item for entry in numbered]
    add_items(ctx, ctx.extend(), ctx.args.set_id, items, [entry.line_number for entry in numbered], BATCH_SIZE)


@_versioned("items get", "that version has no get-item operation; items list shows every expected output")
def items_get(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_set_items import get_evaluation_set_item

    item = get_evaluation_set_item.sync(ctx.args.set_id, ctx.args.item_id, client=ctx.extend())
    extend_views.show_item(ctx.out, item)


@_versioned("items update", _legacy("items_update"))
def items_update(ctx: Context) -> None:
    from evalclient.cli._inputs import parse_json_argument
    from extend_evals_client.api.evaluation_set_items import update_evaluation_set_item
    from extend_evals_client.models.update_evaluation_set_item_request import UpdateEvaluationSetItemRequest

    expected = parse_json_argument("--expected-output", ctx.args.expected_output)
    body = UpdateEvaluationSetItemRequest.from_dict({"expectedOutput": expected})
    item = update_evaluation_set_item.sync(ctx.args.set_id, ctx.args.item_id, client=ctx.extend(), body=body)
    extend_views.show_item(ctx.out, item)


@_versioned("items delete", _legacy("items_delete"))
def items_delete(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_set_items import delete_evaluation_set_item

    deleted = delete_evaluation_set_item.sync(ctx.args.set_id, ctx.args.item_id, client=ctx.extend())
    if ctx.out.json_mode:
        ctx.out.document(deleted.to_dict())
    else:
        ctx.out.line(f"deleted {deleted.id}")


# -- runs


@_versioned("runs create", "that version has no create-run operation: runs were started in the dashboard")
def runs_create(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_set_runs import create_evaluation_set_run
    from extend_evals_client.api.evaluation_sets import get_evaluation_set
    from extend_evals_client.models.create_evaluation_set_run_request import CreateEvaluationSetRunRequest
    from extend_evals_client.models.run_entity_choice import RunEntityChoice

    args, client = ctx.args, ctx.extend()
    body = CreateEvaluationSetRunRequest(evaluation_set_id=args.evaluation_set_id)
    entity_id = args.entity_id
    if args.version and not entity_id:
        # A version alone means "this version of the set's own processor": look the processor up.
        entity_id = get_evaluation_set.sync(args.evaluation_set_id, client=client).entity.id
    if entity_id:
        body.entity = RunEntityChoice(id=entity_id, version=args.version or UNSET)
    if args.items:
        body.evaluation_set_item_ids = list(args.items)
    if not (wants_wait(args, args.min_accuracy) or args.listen is not None):
        run = create_evaluation_set_run.sync(client=client, body=body)
        extend_views.show_run(ctx.out, run)
        ctx.out.note(f"follow it: evalclient extend runs wait {run.id}")
        return
    _wait_and_report(ctx, lambda: create_evaluation_set_run.sync(client=client, body=body).id)


@_versioned("runs get", _legacy("runs_get"))
def runs_get(ctx: Context) -> None:
    from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run

    extend_views.show_run(ctx.out, get_evaluation_set_run.sync(ctx.args.run_id, client=ctx.extend()))


@_versioned("runs wait", _legacy("runs_wait"))
def runs_wait(ctx: Context) -> None:
    _wait_and_report(ctx, lambda: ctx.args.run_id)


def _wait_and_report(ctx: Context, start: Callable[[], str]) -> None:
    """Wait for the run whose id `start` gives (creating it, say), with progress, and report it.

    What only the waits need is imported here: the webhook receiver, live progress, the gate and
    the --baseline comparison (http.server, threads, the compare reports).
    """
    from evalclient.cli import _compare_commands as compare_commands
    from evalclient.cli._gate import extend_gate
    from evalclient.cli._listen import listen_args, listening
    from evalclient.cli._progress import resume_args, watch_run
    from evalclient.cli._reporting import finish_run
    from evalclient.waiting import wait_for_run
    from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run

    client, timeout, minimum = ctx.extend(), ctx.args.wait_timeout, ctx.args.min_accuracy
    with listening(ctx) as events:  # listening before the run exists: its event cannot come too early
        run_id = start()
        resume = (
            resume_args(timeout, "--min-accuracy", minimum)
            + listen_args(ctx.args)
            + compare_commands.resume_words(ctx.args)
        )

        def wait(on_update: Callable[[Run], None]) -> EvaluationSetRun:
            return wait_for_run(
                get_evaluation_set_run, client=client, id=run_id, timeout=timeout, on_update=on_update, events=events
            )

        finish_run(
            ctx,
            lambda: watch_run(ctx, run_id, "files", resume, wait),
            lambda run: extend_views.show_run(ctx.out, run),
            compare_commands.with_baseline(
                ctx,
                None if minimum is None else lambda run: extend_gate(run, minimum),
                compare_commands.fetch_extend,
                None,
            ),
        )
