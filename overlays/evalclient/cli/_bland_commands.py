"""The handlers of `evalclient bland runs ...` (the tree: `_bland_tree`): create, list, get, wait, cancel, results."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bland_evals_client.api.eval_runs import (
    cancel_eval_run,
    create_eval_run,
    get_eval_run,
    list_eval_run_call_results,
    list_eval_runs,
)
from bland_evals_client.models.create_eval_run_request import CreateEvalRunRequest
from bland_evals_client.models.metadata import Metadata
from bland_evals_client.models.run_mode import RunMode
from bland_evals_client.models.run_status import RunStatus
from bland_evals_client.types import UNSET
from evalclient.cli import _bland_views as bland_views
from evalclient.cli._context import Context, usage_error
from evalclient.cli._inputs import parse_agent, parse_metadata, read_call_ids
from evalclient.cli._output import write_csv
from evalclient.cli._reporting import list_items, page_size, wants_wait
from evalclient.pagination import paginate
from evalclient.waiting import EVAL_RUN_TERMINAL

if TYPE_CHECKING:
    from bland_evals_client.models.eval_run import EvalRun
    from evalclient.waiting import Run


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
        for result in paginate(list_eval_run_call_results, client=client, run_id=run_id, page_size=page_size())
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
    import tempfile  # for this one command (shutil, random and the compressors come with it)

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
    """Wait for the run with progress and report it; what only the waits need is imported here."""
    from evalclient.cli import _compare_commands as compare_commands
    from evalclient.cli._gate import bland_gate
    from evalclient.cli._progress import resume_args, watch_run
    from evalclient.cli._reporting import finish_run
    from evalclient.waiting import wait_for_run

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
