"""`evalclient bland ...`: eval runs (create, wait, cancel, results).

The agents, setups and templates groups are registered from `_bland_library_tree`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from bland_evals_client.api.eval_runs import (
    cancel_eval_run,
    create_eval_run,
    get_eval_run,
    list_eval_run_call_results,
    list_eval_runs,
)
from bland_evals_client.models.create_eval_run_request import CreateEvalRunRequest
from bland_evals_client.models.eval_run import EvalRun
from bland_evals_client.models.metadata import Metadata
from bland_evals_client.models.run_mode import RunMode
from bland_evals_client.models.run_status import RunStatus
from bland_evals_client.types import UNSET
from evalclient.cli import _bland_library_tree as bland_library
from evalclient.cli import _bland_views as bland_views
from evalclient.cli import _compare_commands as compare_commands
from evalclient.cli._arguments import (
    SubParsers,
    add_command,
    add_group,
    add_limit_option,
    add_wait_options,
    connection_options,
    percentage,
)
from evalclient.cli._context import Context, usage_error
from evalclient.cli._gate import bland_gate
from evalclient.cli._inputs import parse_agent, parse_metadata, read_call_ids
from evalclient.cli._output import write_csv
from evalclient.cli._progress import resume_args, watch_run
from evalclient.cli._reporting import PAGE_SIZE, finish_run, list_items, wants_wait
from evalclient.cli._vendors import BLAND
from evalclient.pagination import paginate
from evalclient.waiting import EVAL_RUN_TERMINAL, Run, wait_for_run

GATE_HELP = (
    "quality gate: exit 1 unless the finished run's mean overall score (0-100) is at least X and, "
    "when the run has a pass threshold, the run passed it"
)


def runs_create(ctx: Context) -> None:
    args = ctx.args
    body = CreateEvalRunRequest(call_ids=read_call_ids(args.call_ids_file))
    setup, setup_version = args.workbench_setup, args.workbench_setup_version
    if args.agents and (setup or setup_version):
        raise usage_error("give either --agent or --workbench-setup with --workbench-setup-version, not both")
    if bool(setup) != bool(setup_version):
        raise usage_error("--workbench-setup and --workbench-setup-version go together")
    if not args.agents and not setup:
        raise usage_error("say who scores the calls: --agent ID[:VERSION] (repeatable) or --workbench-setup ...")
    if args.agents:
        body.attached_agents = [parse_agent(spec) for spec in args.agents]
    else:
        body.workbench_setup_id, body.workbench_setup_version_id = setup, setup_version
    if args.run_mode:
        body.run_mode = RunMode(args.run_mode)
    if args.pass_threshold_pct is not None:
        body.pass_threshold_pct = args.pass_threshold_pct
    if args.metadata:
        body.metadata = Metadata.from_dict(parse_metadata(args.metadata))
    run = create_eval_run.sync(client=ctx.bland(), body=body).data
    if not wants_wait(args, args.min_score):
        bland_views.show_run(ctx.out, run)
        ctx.out.note(f"follow it: evalclient bland runs wait {run.id}")
        return
    _wait_and_report(ctx, run.id)


def runs_list(ctx: Context) -> None:
    status = RunStatus(ctx.args.status) if ctx.args.status else UNSET
    runs = list_items(ctx, list_eval_runs, ctx.bland(), "runs", status=status)
    bland_views.show_runs(ctx.out, runs)


def runs_get(ctx: Context) -> None:
    bland_views.show_run(ctx.out, get_eval_run.sync(ctx.args.run_id, client=ctx.bland()).data)


def runs_wait(ctx: Context) -> None:
    _wait_and_report(ctx, ctx.args.run_id)


def runs_cancel(ctx: Context) -> None:
    bland_views.show_run(ctx.out, cancel_eval_run.sync(ctx.args.run_id, client=ctx.bland()).data)


def runs_results(ctx: Context) -> None:
    client, run_id, output = ctx.bland(), ctx.args.run_id, ctx.args.output
    run = get_eval_run.sync(run_id, client=client).data  # a wrong id fails here, before any file is created
    if run.status not in EVAL_RUN_TERMINAL:
        ctx.out.note(f"run {run_id} is {run.status}: these are the results so far")
    results = (
        result.to_dict()
        for result in paginate(list_eval_run_call_results, client=client, run_id=run_id, page_size=PAGE_SIZE)
    )
    result_format = ctx.args.format or ("jsonl" if ctx.out.json_mode else "table")
    with _destination(output, ctx.out.stdout) as stream:
        if result_format == "csv":
            count = write_csv(stream, bland_views.CALL_RESULT_COLUMNS, results)
        elif result_format == "jsonl":
            count = ctx.out.with_stdout(stream).json_lines(results)
        else:
            count = ctx.out.with_stdout(stream).table(bland_views.CALL_RESULT_TABLE, results, empty="no call results")
    if output:
        ctx.out.note(f"wrote {count} call results to {output}")


@contextlib.contextmanager
def _destination(path: str | None, stdout: TextIO) -> Iterator[TextIO]:
    """stdout, or a file that appears complete or not at all (written aside, renamed at the end)."""
    if not path:
        yield stdout
        return
    target = Path(path)
    try:
        descriptor, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:  # name the file the user gave, not the temporary one
        raise OSError(exc.errno, exc.strerror, path) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _wait_and_report(ctx: Context, run_id: str) -> None:
    client, timeout, minimum = ctx.bland(), ctx.args.wait_timeout, ctx.args.min_score

    def wait(on_update: Callable[[Run], None]) -> EvalRun:
        return wait_for_run(get_eval_run, client=client, run_id=run_id, timeout=timeout, on_update=on_update)

    def show(run: EvalRun) -> None:
        bland_views.show_run(ctx.out, run)
        if run.status == RunStatus.PARTIAL:
            ctx.out.note(f"run {run_id} ended PARTIAL: some calls could not be scored")

    resume = resume_args(ctx.args.wait_timeout, "--min-score", ctx.args.min_score) + compare_commands.resume_words(
        ctx.args
    )
    finish_run(
        ctx,
        lambda: watch_run(ctx, run_id, "evaluations", resume, wait),
        show,
        compare_commands.with_baseline(
            ctx, None if minimum is None else lambda run: bland_gate(run, minimum), compare_commands.fetch_bland, client
        ),
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
        "--run-mode", choices=[mode.value for mode in RunMode], help="what to score (server default: text)"
    )
    parser.add_argument(
        "--pass-threshold-pct", type=percentage, metavar="P", help="share of evaluations (0-100) that must pass"
    )
    parser.add_argument(
        "--metadata", action="append", metavar="KEY=VALUE", help="a label stored with the run; repeatable"
    )
    parser.add_argument("--wait", action="store_true", help="wait for the run to finish, showing progress")
    add_wait_options(parser, gate_option="--min-score", gate_help=GATE_HELP, gate_type=percentage)
    compare_commands.add_baseline_options(parser, "bland")
    parser.set_defaults(handler=runs_create)

    parser = add_command(runs, "list", "list eval runs, newest first", parents=leaf)
    parser.add_argument("--status", choices=[status.value for status in RunStatus], help="only runs in this status")
    add_limit_option(parser, "runs")
    parser.set_defaults(handler=runs_list)
    for name, summary, handler in (
        ("get", "show a run's status and scores", runs_get),
        ("cancel", "cancel a pending or running run", runs_cancel),
    ):
        parser = add_command(runs, name, summary, parents=leaf)
        parser.add_argument("run_id", metavar="RUN_ID", help="eval run id")
        parser.set_defaults(handler=handler)
    parser = add_command(
        runs, "wait", "wait for a run to finish, with live progress", examples=RUNS_EXAMPLES, parents=leaf
    )
    parser.add_argument("run_id", metavar="RUN_ID", help="eval run id")
    add_wait_options(parser, gate_option="--min-score", gate_help=GATE_HELP, gate_type=percentage)
    compare_commands.add_baseline_options(parser, "bland")
    parser.set_defaults(handler=runs_wait)
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
    parser.set_defaults(handler=runs_results)
    compare_commands.register_bland(runs, leaf)

    bland_library.register(bland, leaf)
