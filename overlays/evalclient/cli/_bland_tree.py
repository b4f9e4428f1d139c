"""The command tree of `evalclient bland ...`: eval runs here; agents, setups, templates and apply in
`_bland_library_tree`.

Handlers are named by reference ("module:function", `_entry.resolve_handler`), so building the
tree imports none of them, nor the models they use (BENCHMARKS.md, scenario 4); the choices of
--run-mode and --status are the spec's enums, sorted as the generated enum classes list them.
"""

from __future__ import annotations

from bland_evals_client import _spec as bland_spec
from evalclient.cli import _bland_library_tree as bland_library
from evalclient.cli import _compare_tree as compare_tree
from evalclient.cli._arguments import (
    add_command,
    add_group,
    add_limit_option,
    add_wait_options,
    connection_options,
    percentage,
)
from evalclient.cli._vendors import BLAND

TYPE_CHECKING = False
if TYPE_CHECKING:
    from evalclient.cli._arguments import SubParsers

GATE_HELP = (
    "quality gate: exit 1 unless the finished run's mean overall score (0-100) is at least X and, "
    "when the run has a pass threshold, the run passed it"
)


RUNS_EXAMPLES = """\
  # calls.txt: one Bland call id per line (# comments allowed). Find judge ids with `bland agents list`.
  evalclient bland runs create --call-ids-file calls.txt --agent 11111111-aaaa-bbbb-cccc-dddddddddddd \\
      --pass-threshold-pct 80 --wait --min-score 75
  evalclient bland runs create --call-ids-file calls.txt --workbench-setup SETUP_ID \\
      --workbench-setup-version VERSION_ID --run-mode full --metadata pipeline=nightly
  evalclient bland runs wait RUN_ID --timeout 1800
  evalclient bland runs results RUN_ID --format csv --output results.csv"""


def register(commands: SubParsers) -> None:
    leaf = [connection_options(for_leaf=True, workspace=False)]
    bland = add_group(
        commands,
        BLAND.name,
        BLAND.summary,
        description="Bland call evaluations. An eval run scores a batch of calls with eval agents (LLM judges); "
        "each call x judge pair is one evaluation.\n"
        "Typical flow: agents list -> runs create --wait -> runs results.",
    )
    runs = add_group(
        bland, "runs", "eval runs: create (and wait, with a quality gate), list, get, wait, cancel, results, compare"
    )
    parser = add_command(
        runs,
        "create",
        "start an eval run over calls",
        description="Start an eval run that scores the calls in --call-ids-file with the given eval agents "
        "(--agent, repeatable) or with a saved workbench setup version. With --wait, shows live progress and "
        "the final scores; --min-score adds a pass/fail quality gate (and implies --wait).",
        examples=RUNS_EXAMPLES,
        parents=leaf,
    )
    parser.add_argument("--call-ids-file", required=True, metavar="FILE", help="call ids, one per line (- for stdin)")
    parser.add_argument(
        "--agent",
        dest="agents",
        action="append",
        metavar="ID[:VERSION]",
        help="an eval agent to score with, optionally pinned to a version id (default: its published version); "
        "repeatable",
    )
    parser.add_argument("--workbench-setup", metavar="ID", help="a workbench setup id (instead of --agent)")
    parser.add_argument(
        "--workbench-setup-version", metavar="ID", help="the setup version id to use, with --workbench-setup"
    )
    parser.add_argument(
        "--run-mode", choices=sorted(bland_spec.ENUMS["RunMode"]), help="what to score (server default: text)"
    )
    parser.add_argument(
        "--pass-threshold-pct", type=percentage, metavar="P", help="share of evaluations (0-100) that must pass"
    )
    parser.add_argument(
        "--metadata", action="append", metavar="KEY=VALUE", help="a label stored with the run; repeatable"
    )
    parser.add_argument("--wait", action="store_true", help="wait for the run to finish, showing progress")
    add_wait_options(parser, gate_option="--min-score", gate_help=GATE_HELP, gate_type=percentage)
    compare_tree.add_baseline_options(parser, "bland")
    parser.set_defaults(handler="_bland_commands:runs_create")

    parser = add_command(runs, "list", "list eval runs, newest first", parents=leaf)
    parser.add_argument("--status", choices=sorted(bland_spec.ENUMS["RunStatus"]), help="only runs in this status")
    add_limit_option(parser, "runs")
    parser.set_defaults(handler="_bland_commands:runs_list")
    for name, summary, handler in (
        ("get", "show a run's status and scores", "_bland_commands:runs_get"),
        ("cancel", "cancel a pending or running run", "_bland_commands:runs_cancel"),
    ):
        parser = add_command(runs, name, summary, parents=leaf)
        parser.add_argument("run_id", metavar="RUN_ID", help="eval run id")
        parser.set_defaults(handler=handler)
    parser = add_command(
        runs, "wait", "wait for a run to finish, with live progress", examples=RUNS_EXAMPLES, parents=leaf
    )
    parser.add_argument("run_id", metavar="RUN_ID", help="eval run id")
    add_wait_options(parser, gate_option="--min-score", gate_help=GATE_HELP, gate_type=percentage)
    compare_tree.add_baseline_options(parser, "bland")
    parser.set_defaults(handler="_bland_commands:runs_wait")
    parser = add_command(
        runs,
        "results",
        "every call result of a run (all pages)",
        description="Every call result of a run, paging through all of them: a table (default), JSONL "
        "(default with --json) or CSV with one row per call.",
        examples=RUNS_EXAMPLES,
        parents=leaf,
    )
    parser.add_argument("run_id", metavar="RUN_ID", help="eval run id")
    parser.add_argument(
        "--format", choices=["table", "jsonl", "csv"], help="output format (default: table; jsonl with --json)"
    )
    parser.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.set_defaults(handler="_bland_commands:runs_results")
    compare_tree.register_bland(runs, leaf)

    bland_library.register(bland, leaf)
