"""`runs compare`, `runs report` and the `--baseline` gate of `runs create --wait` / `runs wait`, both vendors.

Registered from the Extend and Bland command trees (`register_extend`, `register_bland`,
`add_baseline_options`, `with_baseline`), so those modules carry only the hooks.
Exit codes: 1 when a figure dropped more than allowed (the verdict line names each one), 2 for a
run still in progress or runs that cannot be compared at all, 3 for API errors, as everywhere.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from evalclient.cli import _compare_views as views
from evalclient.cli._arguments import SubParsers, _bounded_number, add_command
from evalclient.cli._context import LEGACY_EXTEND_API_VERSION, CliExit, Context, ExitCode, usage_error
from evalclient.cli._gate import Verdict
from evalclient.compare import RunComparison, compare_runs, describe_run

drop = _bounded_number(0.0, None, "a drop of 0 or more")
Fetch = Callable[[Context, str], object]
Gate = Callable[[Any], Verdict]

DROP_HELP = {
    "extend": (
        "the most the run's accuracy (f1 for splitters; also precision and recall) may drop, as a fraction "
        "(0.02 = two points; default 0: any drop fails)",
        "--max-field-drop",
        "the most any field's accuracy or any class's f1 may drop (default: fields are shown, not checked)",
    ),
    "bland": (
        "the most the mean overall score, a per-modality score or the pass rate may drop, in points of 0-100 "
        "(default 0: any drop fails); a run that now fails its pass threshold fails too",
        "--max-agent-drop",
        "the most any judge's mean score may drop, in points (default: judges are shown, not checked)",
    ),
}
COMPARE_EXAMPLES = {
    "extend": """\
  # exit 1 if accuracy drops at all or any field by more than 0.05; write both reports
  evalclient extend runs compare bpr_BASELINE bpr_CANDIDATE --max-field-drop 0.05 \\
      --markdown summary.md --html report.html
  # run, wait and gate against the last good run in one CI step
  evalclient extend runs create --evaluation-set-id ev_2LcgeY --wait --baseline bpr_BASELINE --max-drop 0.01
  evalclient extend runs report bpr_CANDIDATE --html report.html""",
    "bland": """\
  # per judge and per call too: the verdicts of both runs are fetched
  evalclient bland runs compare BASELINE_ID CANDIDATE_ID --max-drop 2 --max-agent-drop 5 --html report.html
  evalclient bland runs create --call-ids-file calls.txt --agent AGENT_ID --wait --baseline BASELINE_ID
  evalclient bland runs report RUN_ID --html report.html""",
}


def add_baseline_options(parser: argparse.ArgumentParser, vendor: str, *, baseline: bool = True) -> None:
    """The thresholds and report files; with `baseline`, also --baseline RUN_ID (for create and wait)."""
    run_help, level_option, level_help = DROP_HELP[vendor]
    group = parser.add_argument_group("regression thresholds and reports")
    if baseline:
        group.add_argument(
            "--baseline",
            metavar="RUN_ID",
            help="once the run has finished, compare it with this run and exit 1 on a regression (implies --wait)",
        )
    group.add_argument("--max-drop", type=drop, default=0.0, metavar="X", help=run_help)
    group.add_argument(level_option, type=drop, metavar="X", help=level_help)
    group.add_argument(
        "--markdown", metavar="FILE", help="write a Markdown summary (for a CI job summary or a PR comment)"
    )
    group.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")


def register_extend(runs: SubParsers, leaf: list[argparse.ArgumentParser]) -> None:
    _register(runs, leaf, "extend", "run id (bpr_...)")


def register_bland(runs: SubParsers, leaf: list[argparse.ArgumentParser]) -> None:
    _register(runs, leaf, "bland", "eval run id")


def _register(runs: SubParsers, leaf: list[argparse.ArgumentParser], vendor: str, id_help: str) -> None:
    description = (
        "Compare two finished runs figure by figure and exit 1 when one dropped more than allowed; the verdict "
        "line names each. The table shows the largest drops first; --json prints the whole comparison."
    )
    if vendor == "bland":
        description += " Both runs' verdicts are fetched, for per-judge figures and the calls that got worse."
    parser = add_command(
        runs, "compare", "compare a run with a baseline run; exit 1 on a regression",
        description=description, examples=COMPARE_EXAMPLES[vendor], parents=leaf,
    )  # fmt: skip
    parser.add_argument("baseline_id", metavar="BASE_ID", help=f"the baseline: {id_help}")
    parser.add_argument("candidate_id", metavar="CANDIDATE_ID", help=f"the run to judge: {id_help}")
    add_baseline_options(parser, vendor, baseline=False)
    parser.set_defaults(handler=extend_compare if vendor == "extend" else bland_compare)
    parser = add_command(
        runs, "report", "report one finished run (table, Markdown, HTML)",
        description="One finished run's figures: a table, and with --markdown / --html the reports "
        "compare writes, for the run alone.",
        examples=COMPARE_EXAMPLES[vendor], parents=leaf,
    )  # fmt: skip
    parser.add_argument("run_id", metavar="RUN_ID", help=id_help)
    parser.add_argument("--markdown", metavar="FILE", help="write a Markdown summary")
    parser.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    parser.set_defaults(handler=extend_report if vendor == "extend" else bland_report)


# -- fetching runs


def fetch_extend(ctx: Context, run_id: str) -> object:
    if ctx.extend_api_version == LEGACY_EXTEND_API_VERSION:
        from extend_evals_client_2025_04_21.api.batch_processor_runs import get_batch_processor_run

        return get_batch_processor_run.sync(run_id, client=ctx.extend_2025()).batch_processor_run
    from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run

    return get_evaluation_set_run.sync(run_id, client=ctx.extend())


def fetch_bland(ctx: Context, run_id: str) -> object:
    from bland_evals_client.api.eval_runs import get_eval_run

    return get_eval_run.sync(run_id, client=ctx.bland()).data


# -- commands


def extend_compare(ctx: Context) -> None:
    _compare(ctx, fetch_extend, None)


def bland_compare(ctx: Context) -> None:
    _compare(ctx, fetch_bland, ctx.bland())


def extend_report(ctx: Context) -> None:
    _report(ctx, fetch_extend, None)


def bland_report(ctx: Context) -> None:
    _report(ctx, fetch_bland, ctx.bland())


def _compare(ctx: Context, fetch: Fetch, client: object | None) -> None:
    args = ctx.args
    baseline, candidate = fetch(ctx, args.baseline_id), fetch(ctx, args.candidate_id)
    verdict = _judge_and_show(ctx, lambda: compare_runs(baseline, candidate, client=client))
    ctx.out.result_line(f"compare {'PASSED' if verdict.passed else 'FAILED'}: {verdict.reason}")
    if not verdict.passed:
        raise CliExit(ExitCode.RUN_NOT_PASSED)


def _report(ctx: Context, fetch: Fetch, client: object | None) -> None:
    run = fetch(ctx, ctx.args.run_id)
    comparison = _comparable(lambda: describe_run(run, client=client))
    thresholds = views.Thresholds(None, None, None)
    views.show(ctx.out, comparison, (), thresholds)
    views.write_reports(ctx.out, comparison, thresholds, ctx.args.markdown, ctx.args.html)


def _judge_and_show(ctx: Context, build: Callable[[], RunComparison]) -> Verdict:
    comparison = _comparable(build)
    thresholds = views.Thresholds.from_args(ctx.args)
    regressions, verdict = views.judge(comparison, thresholds)
    views.show(ctx.out, comparison, regressions, thresholds)
    views.write_reports(ctx.out, comparison, thresholds, ctx.args.markdown, ctx.args.html)
    return verdict


def _comparable(build: Callable[[], RunComparison]) -> RunComparison:
    try:
        return build()
    except ValueError as exc:  # a run in progress, two vendors, not a run: nothing was compared
        raise usage_error(str(exc)) from None


# -- the --baseline gate of `runs create --wait` and `runs wait`


def with_baseline(ctx: Context, gate: Gate | None, fetch: Fetch, client: object | None) -> Gate | None:
    """`gate` followed by the comparison with --baseline (when given): the first that fails decides."""
    baseline_id = getattr(ctx.args, "baseline", None)
    if not baseline_id:
        return gate

    def both(run: Any) -> Verdict:
        first = gate(run) if gate is not None else None
        if first is not None and not first.passed:
            return first
        baseline = fetch(ctx, baseline_id)
        verdict = _judge_and_show(ctx, lambda: compare_runs(baseline, run, client=client))
        return verdict if first is None else Verdict(verdict.passed, f"{first.reason}; {verdict.reason}")

    return both


def resume_words(args: argparse.Namespace) -> list[str]:
    """The --baseline options a resumed `runs wait` repeats."""
    if not getattr(args, "baseline", None):
        return []
    words = ["--baseline", args.baseline, "--max-drop", f"{args.max_drop:g}"]
    for option, value in (
        ("--max-field-drop", getattr(args, "max_field_drop", None)),
        ("--max-agent-drop", getattr(args, "max_agent_drop", None)),
    ):
        if value is not None:
            words += [option, f"{value:g}"]
    for option, path in (("--markdown", args.markdown), ("--html", args.html)):
        if path:
            words += [option, path]
    return words


def refuse_baseline(handler: Callable[[Context], None]) -> Callable[[Context], None]:
    """Extend 2025-04-21's `runs wait`: batch processor runs report no accuracy to gate on."""

    def checked(ctx: Context) -> None:
        if getattr(ctx.args, "baseline", None):
            raise usage_error(
                "--baseline needs Extend API 2026-02-09: batch processor runs (2025-04-21) report no accuracy; "
                "`evalclient extend runs compare` still compares their file and page counts"
            )
        handler(ctx)

    return checked
