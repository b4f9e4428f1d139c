"""The command tree of `evalclient extend ...`: evaluation sets, their items, and evaluation set runs.

Handlers are named by reference ("module:function", `_entry.resolve_handler`) and live in
`_extend_commands`, which runs each under the chosen Extend API version; building this tree
imports none of them (BENCHMARKS.md, scenario 4).
"""

from __future__ import annotations

from evalclient.cli import _compare_tree as compare_tree
from evalclient.cli._arguments import (
    add_bulk_options,
    add_command,
    add_group,
    add_limit_option,
    add_listen_options,
    add_wait_options,
    connection_options,
    fraction,
)
from evalclient.cli._vendors import EXTEND
from extend_evals_client import _spec as extend_spec

TYPE_CHECKING = False
if TYPE_CHECKING:
    from evalclient.cli._arguments import SubParsers

# The most items createEvaluationSetItems takes in one request.
BATCH_SIZE = extend_spec.SCHEMA_CONSTRAINTS["CreateEvaluationSetItemsRequest"]["items"]["maxItems"]
GATE_HELP = (
    "quality gate: exit 1 unless the finished run's accuracy (f1 for splitter runs) is at least X, "
    "a fraction from 0 to 1 such as 0.9"
)


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
    parser.set_defaults(handler="_extend_commands:sets_list")
    parser = add_command(sets, "get", "show one evaluation set", examples=SETS_EXAMPLES, parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.set_defaults(handler="_extend_commands:sets_get")
    parser = add_command(sets, "create", "create an empty evaluation set", examples=SETS_EXAMPLES, parents=leaf)
    parser.add_argument("--name", required=True, help="a name for the set")
    parser.add_argument("--entity-id", required=True, metavar="ID", help="the processor: ex_..., cl_... or spl_...")
    parser.add_argument("--description", help="free text")
    parser.set_defaults(handler="_extend_commands:sets_create")

    items = add_group(extend, "items", "items of an evaluation set: list, add (JSONL), get, update, delete")
    parser = add_command(items, "list", "list the items of a set (file ids and names)", parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    add_limit_option(parser, "items")
    parser.set_defaults(handler="_extend_commands:items_list")
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
    parser.set_defaults(handler="_extend_commands:items_add")
    parser = add_command(items, "get", "show one item with its expected output", parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.add_argument("item_id", metavar="ITEM_ID", help="item id (evi_...)")
    parser.set_defaults(handler="_extend_commands:items_get")
    parser = add_command(items, "update", "replace an item's expected output", examples=ITEMS_EXAMPLES, parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.add_argument("item_id", metavar="ITEM_ID", help="item id (evi_...)")
    parser.add_argument(
        "--expected-output", required=True, metavar="JSON", help="the new expected output: a JSON object, or @FILE"
    )
    parser.set_defaults(handler="_extend_commands:items_update")
    parser = add_command(items, "delete", "delete one item", parents=leaf)
    parser.add_argument("set_id", metavar="SET_ID", help="evaluation set id (ev_...)")
    parser.add_argument("item_id", metavar="ITEM_ID", help="item id (evi_...)")
    parser.set_defaults(handler="_extend_commands:items_delete")

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
    compare_tree.add_baseline_options(parser, "extend")
    parser.set_defaults(handler="_extend_commands:runs_create")
    parser = add_command(runs, "get", "show a run's status and metrics", examples=RUNS_EXAMPLES, parents=leaf)
    parser.add_argument("run_id", metavar="RUN_ID", help="run id (bpr_...)")
    parser.set_defaults(handler="_extend_commands:runs_get")
    parser = add_command(
        runs, "wait", "wait for a run to finish, with live progress", examples=RUNS_EXAMPLES, parents=leaf
    )
    parser.add_argument("run_id", metavar="RUN_ID", help="run id (bpr_...)")
    add_wait_options(parser, gate_option="--min-accuracy", gate_help=GATE_HELP, gate_type=fraction)
    add_listen_options(parser)
    compare_tree.add_baseline_options(parser, "extend")
    parser.set_defaults(handler="_extend_commands:runs_wait")
    compare_tree.register_extend(runs, leaf)
