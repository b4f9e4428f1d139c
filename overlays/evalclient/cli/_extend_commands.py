"""`evalclient extend ...`: evaluation sets, their items, and evaluation set runs.

Every command is registered through `_versioned`: under --api-version 2025-04-21 (or
$EXTEND_API_VERSION) it runs its twin in `_extend_2025_commands`, and a command that version
lacks is a usage error saying why.
"""

from __future__ import annotations

from collections.abc import Callable

from evalclient._api_versions import EXTEND_API_VERSION
from evalclient.cli import _compare_commands as compare_commands
from evalclient.cli import _extend_views as extend_views
from evalclient.cli._arguments import (
    SubParsers,
    add_bulk_options,
    add_command,
    add_group,
    add_limit_option,
    add_wait_options,
    connection_options,
    fraction,
)
from evalclient.cli._bulk_add import add_items
from evalclient.cli._context import LEGACY_EXTEND_API_VERSION, Context, usage_error
from evalclient.cli._gate import extend_gate
from evalclient.cli._inputs import parse_items_jsonl, parse_json_argument
from evalclient.cli._listen import add_listen_options, listen_args, listening
from evalclient.cli._progress import resume_args, watch_run
from evalclient.cli._reporting import finish_run, list_items, wants_wait
from evalclient.cli._vendors import EXTEND
from evalclient.waiting import Run, RunEvents, wait_for_run
from extend_evals_client import _spec as extend_spec
from extend_evals_client.api.evaluation_set_items import (
    delete_evaluation_set_item,
    get_evaluation_set_item,
    list_evaluation_set_items,
    update_evaluation_set_item,
)
from extend_evals_client.api.evaluation_set_runs import create_evaluation_set_run, get_evaluation_set_run
from extend_evals_client.api.evaluation_sets import create_evaluation_set, get_evaluation_set, list_evaluation_sets
from extend_evals_client.models.create_evaluation_set_request import CreateEvaluationSetRequest
from extend_evals_client.models.create_evaluation_set_run_request import CreateEvaluationSetRunRequest
from extend_evals_client.models.evaluation_set_run import EvaluationSetRun
from extend_evals_client.models.run_entity_choice import RunEntityChoice
from extend_evals_client.models.update_evaluation_set_item_request import UpdateEvaluationSetItemRequest
from extend_evals_client.types import UNSET

# The most items createEvaluationSetItems takes in one request.
BATCH_SIZE = extend_spec.SCHEMA_CONSTRAINTS["CreateEvaluationSetItemsRequest"]["items"]["maxItems"]
GATE_HELP = (
    "quality gate: exit 1 unless the finished run's accuracy (f1 for splitter runs) is at least X, "
    "a fraction from 0 to 1 such as 0.9"
)


# -- evaluation sets


def sets_list(ctx: Context) -> None:
    entity_id = ctx.args.entity_id or UNSET
    pager = list_items(ctx, list_evaluation_sets, ctx.extend(), "evaluation sets", entity_id=entity_id)
    extend_views.show_sets(ctx.out, pager)


def sets_get(ctx: Context) -> None:
    extend_views.show_set(ctx.out, get_evaluation_set.sync(ctx.args.set_id, client=ctx.extend()))


def sets_create(ctx: Context) -> None:
    body = CreateEvaluationSetRequest(name=ctx.args.name, entity_id=ctx.args.entity_id)
    if ctx.args.description is not None:
        body.description = ctx.args.description
    evaluation_set = create_evaluation_set.sync(client=ctx.extend(), body=body)
    extend_views.show_set(ctx.out, evaluation_set)
    ctx.out.note(f"next: evalclient extend items add {evaluation_set.id} --file items.jsonl")


# -- items


def items_list(ctx: Context) -> None:
    pager = list_items(ctx, list_evaluation_set_items, ctx.extend(), "items", evaluation_set_id=ctx.args.set_id)
    extend_views.show_item_summaries(ctx.out, pager)


def items_add(ctx: Context) -> None:
    numbered = parse_items_jsonl(ctx.args.file)  # every line is checked before anything is sent
    items = [entry.item for entry in numbered]
    add_items(ctx, ctx.extend(), ctx.args.set_id, items, [entry.line_number for entry in numbered], BATCH_SIZE)


def items_get(ctx: Context) -> None:
    item = get_evaluation_set_item.sync(ctx.args.set_id, ctx.args.item_id, client=ctx.extend())
    extend_views.show_item(ctx.out, item)


def items_update(ctx: Context) -> None:
    expected = parse_json_argument("--expected-output", ctx.args.expected_output)
    body = UpdateEvaluationSetItemRequest.from_dict({"expectedOutput": expected})
    item = update_evaluation_set_item.sync(ctx.args.set_id, ctx.args.item_id, client=ctx.extend(), body=body)
    extend_views.show_item(ctx.out, item)


def items_delete(ctx: Context) -> None:
    deleted = delete_evaluation_set_item.sync(ctx.args.set_id, ctx.args.item_id, client=ctx.extend())
    if ctx.out.json_mode:
        ctx.out.document(deleted.to_dict())
    else:
        ctx.out.line(f"deleted {deleted.id}")


# -- runs


def runs_create(ctx: Context) -> None:
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
    with listening(ctx) as events:  # listening before the run exists: its event cannot come too early
        run = create_evaluation_set_run.sync(client=client, body=body)
        _wait_and_report(ctx, run.id, events)


def runs_get(ctx: Context) -> None:
    extend_views.show_run(ctx.out, get_evaluation_set_run.sync(ctx.args.run_id, client=ctx.extend()))


def runs_wait(ctx: Context) -> None:
    with listening(ctx) as events:
        _wait_and_report(ctx, ctx.args.run_id, events)


def _wait_and_report(ctx: Context, run_id: str, events: RunEvents | None) -> None:
    client, timeout, minimum = ctx.extend(), ctx.args.wait_timeout, ctx.args.min_accuracy
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
            ctx, None if minimum is None else lambda run: extend_gate(run, minimum), compare_commands.fetch_extend, None
        ),
    )


# -- the command tree

Handler = Callable[[Context], None]


def _versioned(command: str, current: Handler, older: Handler | str) -> Handler:
    """`current` under 2026-02-09; under 2025-04-21 `older`, or a usage error whose text `older` is."""

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


def _legacy(name: str) -> Handler:
    """The 2025-04-21 twin `name` in `_extend_2025_commands`, imported when it runs: that module
    loads the older generated package, which a 2026-02-09 command (the default) never needs."""

    def handler(ctx: Context) -> None:
        from evalclient.cli import _extend_2025_commands

        getattr(_extend_2025_commands, name)(ctx)

    return handler


SETS_EXAMPLES = """\
  evalclient extend sets list
  evalclient extend sets create --name "Invoices golden set" --entity-id ex_Xj8mK2pL9nR4
  evalclient extend sets get ev_2LcgeY_mp2T5yPaEuq5Lw"""

ITEMS_EXAMPLES = """\
  # items.jsonl holds one item per line, e.g.
  #   {"fileId": "file_xK9m", "expectedOutput": {"value": {"total": 1250}}}
  #   {"fileIds": ["file_a", "file_b"], "expectedOutput": {"value": {"total": 90}}}
  evalclient extend items add ev_2LcgeY --file items.jsonl
  evalclient extend items list ev_2LcgeY --limit 20
  evalclient extend items update ev_2LcgeY evi_kR9m --expected-output '{"value": {"total": 1300}}'"""

RUNS_EXAMPLES = """\
  # start a run and wait for it; exit 1 if accuracy is below 0.9 (a CI quality gate)
  evalclient extend runs create --evaluation-set-id ev_2LcgeY --wait --min-accuracy 0.9
  # evaluate a given version of the set's processor, on two items only
  evalclient extend runs create --evaluation-set-id ev_2LcgeY --version draft --item evi_1 --item evi_2
  evalclient extend runs get bpr_Xj8mK2pL9nR4
  evalclient extend runs wait bpr_Xj8mK2pL9nR4 --timeout 1800
  # where Extend can reach this machine: end the wait on the run's webhook, not the next poll
  EXTEND_WEBHOOK_SECRET=wss_... evalclient extend runs wait bpr_Xj8mK2pL9nR4 --listen 0.0.0.0:8080"""


def register(commands: SubParsers) -> None:
    leaf = [connection_options(for_leaf=True, workspace=True)]
    extend = add_group(
        commands,
        EXTEND.name,
        EXTEND.summary,
        description="Extend document-processing evaluations. An evaluation set holds files with expected "
        "outputs for one extractor, classifier or splitter; a run scores the processor against it.\n"
        "Typical flow: sets create -> items add -> runs create --wait.",
    )

    sets = add_group(extend, "sets", "evaluation sets: list, get, create")
    parser = add_command(sets, "list", "list evaluation sets, newest first", examples=SETS_EXAMPLES, parents=leaf)
    parser.add_argument("--entity-id", metavar="ID", help="only sets of this processor (ex_..., cl_..., spl_...)")
    add_limit_option(parser, "sets")
    parser.set_defaults(handler=_versioned("sets list", sets_list, _legacy("sets_list")))
    parser = add_command(sets, "get", "show one evaluation set", examples=SETS_EXAMPLES, parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.set_defaults(handler=_versioned("sets get", sets_get, _legacy("sets_get")))
    parser = add_command(sets, "create", "create an empty evaluation set", examples=SETS_EXAMPLES, parents=leaf)
    parser.add_argument("--name", required=True, help="a name for the set")
    parser.add_argument("--entity-id", required=True, metavar="ID", help="the processor: ex_..., cl_... or spl_...")
    parser.add_argument("--description", help="free text")
    parser.set_defaults(handler=_versioned("sets create", sets_create, _legacy("sets_create")))

    items = add_group(extend, "items", "items of an evaluation set: list, add (JSONL), get, update, delete")
    parser = add_command(items, "list", "list the items of a set (file ids and names)", parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    add_limit_option(parser, "items")
    parser.set_defaults(handler=_versioned("items list", items_list, _legacy("items_list")))
    parser = add_command(
        items,
        "add",
        "add items from a JSONL file",
        description='Add items from a JSONL file, one item per line: exactly one of "fileId" (one file) or '
        '"fileIds" (2-50 files read as one document), and "expectedOutput" (the processor\'s output: '
        '{"value": {...}} for extractors, {"id", "type"} for classifiers, {"splits": [...]} for splitters). '
        "Every line is checked first; a bad line is reported by its number and nothing is sent. "
        f"Items are then sent in batches of {BATCH_SIZE}, --concurrency at a time, under --rate-limit; "
        "a batch whose answer is lost is looked up before anything is sent again, so no item is added twice.",
        examples=ITEMS_EXAMPLES,
        parents=leaf,
    )
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.add_argument("--file", required=True, metavar="FILE", help="the JSONL file (- for stdin)")
    add_bulk_options(parser)
    parser.set_defaults(handler=_versioned("items add", items_add, _legacy("items_add")))
    parser = add_command(items, "get", "show one item with its expected output", parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.add_argument("item_id", metavar="ITEM_ID", help="item id (evi_...)")
    parser.set_defaults(
        handler=_versioned(
            "items get", items_get, "that version has no get-item operation; items list shows every expected output"
        )
    )
    parser = add_command(items, "update", "replace an item's expected output", examples=ITEMS_EXAMPLES, parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.add_argument("item_id", metavar="ITEM_ID", help="item id (evi_...)")
    parser.add_argument(
        "--expected-output", required=True, metavar="JSON", help="the new expected output: a JSON object, or @FILE"
    )
    parser.set_defaults(handler=_versioned("items update", items_update, _legacy("items_update")))
    parser = add_command(items, "delete", "delete one item", parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.add_argument("item_id", metavar="ITEM_ID", help="item id (evi_...)")
    parser.set_defaults(handler=_versioned("items delete", items_delete, _legacy("items_delete")))

    runs = add_group(extend, "runs", "evaluation set runs: create (and wait, with a quality gate), get, wait, compare")
    parser = add_command(
        runs,
        "create",
        "start a run of a processor over an evaluation set",
        description="Start a run of a processor over an evaluation set. Without --entity-id the set's own "
        "processor runs; without --item every item runs. With --wait, shows live progress and the final "
        "metrics; --min-accuracy adds a pass/fail quality gate (and implies --wait), and --listen receives the "
        "run's webhook to finish sooner (and implies --wait).",
        examples=RUNS_EXAMPLES,
        parents=leaf,
    )
    parser.add_argument("--evaluation-set-id", required=True, metavar="ID", help="the evaluation set (ev_...)")
    parser.add_argument("--entity-id", metavar="ID", help="the processor to evaluate (default: the set's own)")
    parser.add_argument("--version", help='processor version: "latest", "draft" or a published number such as "1.0"')
    parser.add_argument(
        "--item", dest="items", action="append", metavar="ID", help="run only this item (evi_...); repeatable"
    )
    parser.add_argument("--wait", action="store_true", help="wait for the run to finish, showing progress")
    add_wait_options(parser, gate_option="--min-accuracy", gate_help=GATE_HELP, gate_type=fraction)
    add_listen_options(parser)
    compare_commands.add_baseline_options(parser, "extend")
    parser.set_defaults(
        handler=_versioned(
            "runs create", runs_create, "that version has no create-run operation: runs were started in the dashboard"
        )
    )
    parser = add_command(runs, "get", "show a run's status and metrics", examples=RUNS_EXAMPLES, parents=leaf)
    parser.add_argument("run_id", metavar="RUN_ID", help="run id (bpr_...)")
    parser.set_defaults(handler=_versioned("runs get", runs_get, _legacy("runs_get")))
    parser = add_command(
        runs, "wait", "wait for a run to finish, with live progress", examples=RUNS_EXAMPLES, parents=leaf
    )
    parser.add_argument("run_id", metavar="RUN_ID", help="run id (bpr_...)")
    add_wait_options(parser, gate_option="--min-accuracy", gate_help=GATE_HELP, gate_type=fraction)
    add_listen_options(parser)
    compare_commands.add_baseline_options(parser, "extend")
    parser.set_defaults(
        handler=_versioned("runs wait", runs_wait, compare_commands.refuse_baseline(_legacy("runs_wait")))
    )
    compare_commands.register_extend(runs, leaf)
