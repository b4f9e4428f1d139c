"""`evalclient bland apply FILE [--dry-run] [--publish] [--check]`: eval judges kept as code (evalclient.judges).

The file is checked before any request (a bad one exits 2, naming file, entry and field); the
plan is read with GET requests and printed before the first write. `--check` and `--dry-run`
send no write; `--check` exits 1 when Bland differs from the file, for CI. The command's options are
registered by `_bland_library_tree`.
"""

from __future__ import annotations

from typing import Any

from evalclient.cli._context import CliExit, Context, ExitCode, usage_error
from evalclient.errors import ApiError
from evalclient.judges import JudgesConflictError, JudgesFileError, apply, load_judges, plan

# Exit 1 is "did not pass" for every command: a run below its gate, or here a check that found differences.
CHECK_FAILED = ExitCode.RUN_NOT_PASSED


def apply_command(ctx: Context) -> None:
    args, out = ctx.args, ctx.out
    try:
        judges = load_judges(args.file)
    except JudgesFileError as exc:
        raise usage_error(f"{exc}\nnothing was sent") from None
    client = ctx.bland()
    try:
        current = plan(client, judges, publish=args.publish)
    except JudgesFileError as exc:
        raise usage_error(f"{exc}\nnothing was written") from None
    except JudgesConflictError as exc:
        raise CliExit(ExitCode.API_ERROR, f"{exc}\nnothing was written") from None
    if not out.json_mode:
        out.line(current.describe())
    if args.check or args.dry_run:
        document: dict[str, Any] = {**current.to_dict(), "applied": [], "writes": 0}
        _finish(ctx, document)
        if args.check and current.changed:
            differing = sum(step.action != "unchanged" for step in current.steps)
            raise CliExit(
                CHECK_FAILED,
                f"check: {differing} of {len(current.steps)} objects in {args.file} differ from Bland "
                f"(apply the file{' with --publish' if args.publish else ''} to fix)",
            )
        out.result_line(f"check: Bland matches {args.file}" if args.check else "dry run: nothing was written")
        return
    try:
        result = apply(client, current)
    except ApiError as exc:
        for note in getattr(exc, "__notes__", ()):
            out.note(f"evalclient: {note}")
        raise
    _finish(ctx, result.to_dict())
    out.result_line(result.describe())


def _finish(ctx: Context, document: dict[str, Any]) -> None:
    if ctx.out.json_mode:
        ctx.out.document({**document, "dry_run": bool(ctx.args.dry_run), "check": bool(ctx.args.check)})
