"""`evalclient bland apply FILE [--dry-run] [--publish] [--check]`: eval judges kept as code (evalclient.judges).

The file is checked before any request (a bad one exits 2, naming file, entry and field); the
plan is read with GET requests and printed before the first write. `--check` and `--dry-run`
send no write; `--check` exits 1 when Bland differs from the file, for CI.
"""

from __future__ import annotations

import argparse
from typing import Any

from evalclient.cli._arguments import SubParsers, add_command
from evalclient.cli._context import CliExit, Context, ExitCode, usage_error
from evalclient.errors import ApiError
from evalclient.judges import JudgesConflictError, JudgesFileError, apply, load_judges, plan

# Exit 1 is "did not pass" for every command: a run below its gate, or here a check that found differences.
CHECK_FAILED = ExitCode.RUN_NOT_PASSED

DESCRIPTION = (
    "Make Bland's eval agents and workbench setups match a judges file (TOML, or JSON for a .json file). "
    "Objects are matched by the file's `key`, stored in their metadata as evalclient_key; objects the file "
    "does not name are left alone. The plan is printed first: create, update (field by field), publish, "
    "unchanged. A changed definition gets a new editable version, patched, and published with --publish. "
    "Applying the same file twice sends no write the second time.\n"
    "The file format: docs/judges-as-code.md."
)

EXAMPLES = """\
  evalclient bland apply judges.toml --dry-run        # the plan only: nothing is written
  evalclient bland apply judges.toml --publish        # create, update and publish what changed
  evalclient bland apply judges.toml --publish --check  # in CI: exit 1 when Bland differs from the file
  evalclient bland apply judges.toml --json | jq '.steps[] | select(.action != "unchanged")'"""


def register(bland: SubParsers, leaf: list[argparse.ArgumentParser]) -> None:
    """Add `apply` to the `bland` command group; `leaf` holds the connection and output options."""
    parser = add_command(
        bland,
        "apply",
        "make eval agents and workbench setups match a judges file (judges as code)",
        description=DESCRIPTION,
        examples=EXAMPLES,
        parents=leaf,
    )
    parser.add_argument("file", metavar="FILE", help="the judges file: TOML (.toml), or JSON (.json)")
    parser.add_argument("--dry-run", action="store_true", help="print the plan and send no write")
    parser.add_argument(
        "--publish",
        action="store_true",
        help="publish each agent and setup whose published version differs from the file (or that has none)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="send no write; exit 1 when Bland differs from the file (with --publish: published versions too)",
    )
    parser.set_defaults(handler=apply_command)


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
