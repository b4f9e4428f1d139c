"""The entry point: the root parser, dispatch, and the single place that maps failures to exit codes."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from evalclient import __version__
from evalclient.cli._arguments import connection_options
from evalclient.cli._vendors import BLAND, EXTEND, Vendor

TYPE_CHECKING = False  # `typing` is for the type checker only: --help should load little (scenario 4)
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from evalclient.cli._context import Context
    from evalclient.errors import ApiError

DESCRIPTION = """\
Run Extend and Bland evaluations from a terminal or a CI pipeline: manage evaluation data,
start runs, follow them with live progress, and gate a pipeline on the result."""

EPILOG = """\
quick start (Extend: documents):
  export EXTEND_API_KEY=sk_...
  evalclient extend sets create --name "Invoices" --entity-id ex_...
  evalclient extend items add ev_... --file items.jsonl
  evalclient extend runs create --evaluation-set-id ev_... --wait --min-accuracy 0.9

quick start (Bland: calls):
  export BLAND_API_KEY=org_...
  evalclient bland agents list
  evalclient bland runs create --call-ids-file calls.txt --agent AGENT_ID --wait --min-score 80
  evalclient bland runs results RUN_ID --format csv --output results.csv

environment:
  EXTEND_API_KEY, BLAND_API_KEY   API keys; read from the environment only (never a flag, so
                                  they stay out of shell history and process lists)
  EXTEND_BASE_URL, BLAND_BASE_URL API base URLs (--base-url overrides)

exit codes:
  0    success (and the quality gate passed, if one was given)
  1    the run failed or was cancelled, or it is below --min-accuracy / --min-score;
       `runs compare` (or --baseline) found a figure that dropped more than allowed;
       `bland apply --check`: Bland differs from the file
  2    usage error: bad options, a bad input file or JSON value (nothing was sent), or a
       file that cannot be read or written
  3    API error: authentication, not found, validation, network (the API's message and
       request id are printed), or no API key in the environment
  4    timed out waiting for a run (--timeout); the run keeps going
  130  interrupted (Ctrl-C); a run being waited for keeps going, and the command to
       resume waiting is printed

Progress and diagnostics go to stderr; results to stdout. Needs nothing beyond evalclient
itself (the command line uses only the standard library's argparse, no extra to install).
Every command has --help."""


def build_parser(*, every_tree: bool = False) -> argparse.ArgumentParser:
    """The root parser; a vendor's command tree is built when its word is parsed, or now with `every_tree`
    (for what walks the whole tree, e.g. the tests)."""
    parser = argparse.ArgumentParser(
        prog="evalclient",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[connection_options(for_leaf=False, workspace=True, request_timeout=True)],
    )
    parser.add_argument("--version", action="version", version=f"evalclient {__version__}")
    commands: _VendorTrees = parser.add_subparsers(  # type: ignore[assignment]  # typeshed: the base action
        title="vendors", dest="vendor", metavar="VENDOR", required=True, action=_VendorTrees
    )
    for vendor in (EXTEND, BLAND):
        commands.add_parser(vendor.name, help=vendor.summary)
        if every_tree:
            commands.build(vendor.name)
    return parser


class _VendorTrees(argparse._SubParsersAction):  # type: ignore[type-arg]  # generic in typeshed only
    """The vendor words, whose command trees are built only when one is given.

    The root parser lists each vendor with a placeholder parser and its one-line summary, so the
    root --help, `--version` and a bad vendor word load neither tree nor the generated modules the
    trees import (~200 ms, BENCHMARKS.md, scenario 4). When argparse reaches a vendor word, its
    module's `register` builds the real tree in the placeholder's stead, on this same action, so
    every subcommand's prog, help and usage errors are what one eager parser would give.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._unbuilt = {EXTEND.name: "evalclient.cli._extend_tree", BLAND.name: "evalclient.cli._bland_tree"}
        self._building: str | None = None

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if name == self._building:
            # The real tree replaces the placeholder; its summary is already listed once.
            del self._name_parser_map[name]
            kwargs.pop("help", None)
        parser: argparse.ArgumentParser = super().add_parser(name, **kwargs)
        return parser

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        self.build(values[0])
        super().__call__(parser, namespace, values, option_string)

    def build(self, name: str) -> None:
        """Replace the placeholder of vendor `name` with its command tree (once; other words: nothing)."""
        module = self._unbuilt.pop(name, None)
        if module is not None:
            self._building = name
            try:
                importlib.import_module(module).register(self)
            finally:
                self._building = None


def resolve_handler(reference: str) -> Callable[[Context], None]:
    """The function a command runs, from the reference its tree gave: "module:function", the module
    in this package (e.g. "_extend_commands:runs_get").

    The trees name handlers instead of importing them, so building a tree loads no handler module
    and a command imports only what it runs: `extend runs get` loads neither the comparisons, nor
    bulk loading, nor the webhook receiver (BENCHMARKS.md, scenario 4).
    """
    module, _, name = reference.partition(":")
    handler: Callable[[Context], None] = getattr(importlib.import_module(f"evalclient.cli.{module}"), name)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (see EPILOG). Usage errors exit 2 from argparse."""
    args = build_parser().parse_args(argv)
    # Loaded only now: --help, --version and usage errors have exited above, without them.
    from evalclient.cli._context import CliExit, Context, ExitCode
    from evalclient.cli._output import Output
    from evalclient.errors import ApiError, EvalClientError

    out = Output(sys.stdout, sys.stderr, json_mode=args.json)
    ctx = Context(args, out, EXTEND if args.vendor == EXTEND.name else BLAND)
    try:
        resolve_handler(args.handler)(ctx)
        sys.stdout.flush()
        return ExitCode.OK
    except CliExit as exc:
        if exc.message:
            out.note(f"evalclient: {exc.message}")
        return exc.exit_code
    except ApiError as exc:
        out.note(f"evalclient: {describe_api_error(exc, ctx.vendor)}")
        return ExitCode.API_ERROR
    except EvalClientError as exc:  # ConfigurationError (e.g. a base URL that is not http(s)) and kin
        out.note(f"evalclient: {exc}")
        return ExitCode.API_ERROR
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): not a failure of ours, and nothing more to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        out.note(f"evalclient: {where}{exc.strerror or exc}")
        return ExitCode.USAGE
    except KeyboardInterrupt:
        out.note("evalclient: interrupted")
        return ExitCode.INTERRUPTED
    finally:
        ctx.close()


def describe_api_error(error: ApiError, vendor: Vendor) -> str:
    """The API's own message and request id, and what to do about the common cases."""
    from evalclient.errors import ApiConnectionError, AuthenticationError, NotFoundError, PermissionDeniedError

    if isinstance(error, ApiConnectionError):
        return f"cannot reach the {vendor.title} API: {error.message}"
    details = [f"HTTP {error.status_code}" if error.status_code else None, error.code]
    if error.request_id:
        details.append(f"request id {error.request_id}")
    text = f"{vendor.title} API error: {error.message} ({', '.join(filter(None, details))})"
    if isinstance(error, AuthenticationError):
        text += f"\nhint: check the key in {vendor.token_env}"
    elif isinstance(error, PermissionDeniedError) and vendor is EXTEND:
        text += "\nhint: an organization-scoped key also needs --workspace-id ws_..."
    elif isinstance(error, NotFoundError) and vendor is BLAND:
        text += "\nhint: Bland also answers 404 when Evals is not enabled for the organization"
    return text
