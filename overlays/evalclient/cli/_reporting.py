"""Steps both vendors' commands share: listing with --limit, and judging a finished run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from evalclient.cli._context import CliExit, Context, ExitCode
from evalclient.errors import RunFailed

if TYPE_CHECKING:
    from evalclient.cli._gate import Verdict

RunT = TypeVar("RunT")
Gate = Callable[[RunT], "Verdict"]


def page_size() -> int:
    """The most every list of both APIs takes per page (Bland's `limit` maximum; Extend takes more):
    fewer round trips than their defaults. Read when a list is made: a command that lists nothing
    (`extend runs get`) then loads neither the Bland package nor pagination (BENCHMARKS.md, scenario 4)."""
    from bland_evals_client import _spec as bland_spec
    from extend_evals_client import _spec as extend_spec

    size: int = min(
        extend_spec.OPERATIONS["listEvaluationSetItems"]["parameters"]["maxPageSize"]["maximum"],
        bland_spec.OPERATIONS["listEvalRuns"]["parameters"]["limit"]["maximum"],
    )
    return size


def list_items(ctx: Context, operation: Any, client: object, what: str, **kwargs: Any) -> list[Any]:
    """The items of a list operation, up to --limit (0 = all), with a note on stderr when more exist."""
    from evalclient.pagination import paginate

    limit: int | None = ctx.args.limit or None
    size = page_size() if limit is None else min(limit, page_size())
    pager = paginate(operation, client=client, page_size=size, max_items=limit, **kwargs)
    items = list(pager)
    if pager.next_page_token is not None:
        ctx.out.note(f"showing the first {len(items)} {what}; more exist (--limit N, or --limit 0 for all)")
    return items


def wants_wait(args: Any, gate: float | None) -> bool:
    """`runs create` waits with --wait, and also with a gate, a --baseline or a --timeout: each needs a finished run."""
    return bool(args.wait or gate is not None or args.wait_timeout is not None or getattr(args, "baseline", None))


def finish_run(ctx: Context, watch: Callable[[], RunT], show: Callable[[RunT], None], gate: Gate[RunT] | None) -> None:
    """Wait (`watch`), show the final run, exit 1 if it failed, then apply the quality gate if asked.

    A failed run is shown too, and the exit message is RunFailed's own. The verdict is a
    result, so it goes to stdout - except with --json, where stdout holds only the run document.
    """
    try:
        run = watch()
    except RunFailed as failed:
        show(failed.run)
        raise CliExit(ExitCode.RUN_NOT_PASSED, str(failed)) from None
    show(run)
    if gate is None:
        return
    verdict = gate(run)
    ctx.out.result_line(verdict.line)
    if not verdict.passed:
        raise CliExit(ExitCode.RUN_NOT_PASSED)
