"""`runs compare`, `runs report` and the `--baseline` gate of `runs create --wait` / `runs wait`, both vendors.

Their options and subcommands are registered by `_compare_tree`; the waits of both vendors call
`with_baseline` and `resume_words`.
Exit codes: 1 when a figure dropped more than allowed (the verdict line names each one), 2 for a
run still in progress or runs that cannot be compared at all, 3 for API errors, as everywhere.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from evalclient.cli import _compare_views as views
from evalclient.cli._context import LEGACY_EXTEND_API_VERSION, CliExit, Context, ExitCode, usage_error
from evalclient.cli._gate import Verdict
from evalclient.compare import RunComparison, compare_runs, describe_run

Fetch = Callable[[Context, str], object]
Gate = Callable[[Any], Verdict]


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
