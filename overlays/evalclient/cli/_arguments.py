"""Argument parsing pieces shared by the Extend and Bland command trees: value types and option groups."""

from __future__ import annotations

import argparse
import textwrap

from evalclient._api_versions import EXTEND_API_VERSION, EXTEND_API_VERSIONS

# `typing` is for the type checker only: the root parser uses this module, and `--help` should
# load little beyond argparse (BENCHMARKS.md, scenario 4).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Protocol

    class SubParsers(Protocol):
        """What `ArgumentParser.add_subparsers()` returns, as far as the command trees use it."""

        def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


HELP_WIDTH = 88


def add_command(
    parent: SubParsers,
    name: str,
    summary: str,
    *,
    description: str | None = None,
    examples: str | None = None,
    parents: list[argparse.ArgumentParser] | None = None,
) -> argparse.ArgumentParser:
    """A subcommand whose --help shows `description` (default: `summary`) and an Examples section.

    The raw formatter keeps the examples' layout, so the description is wrapped here instead.
    """
    paragraphs = (description or summary).split("\n")
    return parent.add_parser(
        name,
        help=summary,
        description="\n".join(textwrap.fill(paragraph, HELP_WIDTH) for paragraph in paragraphs),
        epilog=f"examples:\n{examples}" if examples else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=parents or [],
    )


def add_group(parent: SubParsers, name: str, summary: str, *, description: str | None = None) -> SubParsers:
    """A command that only holds subcommands (e.g. `extend runs`); without one it is a usage error."""
    parser = add_command(parent, name, summary, description=description)
    return parser.add_subparsers(title="commands", metavar="COMMAND", required=True)


def _bounded_number(low: float, high: float | None, what: str) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
        # Written so that NaN, which compares false with everything, is refused too.
        if not (low <= value and (high is None or value <= high)):
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
        return value

    return parse


fraction = _bounded_number(0.0, 1.0, "a number from 0 to 1")


def percentage(text: str) -> float:
    """Bland's pass threshold and scores: percentages within the spec's `pass_threshold_pct` bounds.

    The bounds are read when a value is parsed, not when this module loads: the root parser
    uses this module and must not import the Bland package (BENCHMARKS.md, scenario 4).
    """
    from bland_evals_client import _spec as bland_spec

    bounds = bland_spec.SCHEMA_CONSTRAINTS["CreateEvalRunRequest"]["pass_threshold_pct"]
    low, high = bounds["minimum"], bounds["maximum"]
    return _bounded_number(low, high, f"a number from {low} to {high}")(text)


seconds = _bounded_number(0.0, None, "a number of seconds")


def item_limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (no limit) or more, got {value}")
    return value


DEFAULT_LIST_LIMIT = 100


def add_limit_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--limit",
        type=item_limit,
        default=DEFAULT_LIST_LIMIT,
        metavar="N",
        help=f"show at most N {what} (default {DEFAULT_LIST_LIMIT}; 0 = all, paging through every page)",
    )


def add_wait_options(parser: argparse.ArgumentParser, *, gate_option: str, gate_help: str, gate_type: Any) -> None:
    """--timeout and the gate option, shared by `runs create` (with --wait) and `runs wait`."""
    parser.add_argument(
        "--timeout",
        dest="wait_timeout",
        type=seconds,
        metavar="S",
        help="stop waiting after S seconds and exit 4 (the run keeps going; default: wait until it ends). "
        "The --timeout before the vendor word is the per-request timeout instead",
    )
    parser.add_argument(gate_option, type=gate_type, metavar="X", help=gate_help)


def connection_options(*, for_leaf: bool, workspace: bool, request_timeout: bool = False) -> argparse.ArgumentParser:
    """--base-url, --workspace-id, --api-version and --json, accepted before the vendor word and after the command.

    The leaf copy defaults to SUPPRESS so that an option given only before the vendor word is
    not overwritten by the leaf's default when argparse merges the namespaces.
    """
    parser = argparse.ArgumentParser(add_help=False)
    suppress: dict[str, Any] = {"default": argparse.SUPPRESS} if for_leaf else {}
    group = parser.add_argument_group("connection and output options")
    group.add_argument(
        "--base-url",
        metavar="URL",
        help="API base URL (default: $EXTEND_BASE_URL / $BLAND_BASE_URL, else the vendor's public API)",
        **suppress,
    )
    if workspace:
        group.add_argument(
            "--workspace-id",
            metavar="ID",
            help="Extend workspace (ws_...), needed with organization-scoped API keys",
            **suppress,
        )
        group.add_argument(
            "--api-version",
            metavar="VERSION",
            help=f"Extend API version: {' or '.join(EXTEND_API_VERSIONS)} "
            f"(default: $EXTEND_API_VERSION, else {EXTEND_API_VERSION})",
            **suppress,
        )
    if request_timeout:
        # Only before the vendor word: after the command, --timeout is the wait deadline.
        group.add_argument(
            "--timeout",
            dest="request_timeout",
            type=seconds,
            metavar="S",
            help="timeout of each HTTP request in seconds (default 60); give it before the vendor word",
        )
    group.add_argument(
        "--json",
        action="store_true",
        help="machine-readable stdout: one JSON document, or one JSON object per line for lists",
        **suppress,
    )
    return parser


def positive_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected requests per second, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a rate above 0, got {text!r}")
    return value


def concurrency(text: str) -> int:
    value = item_limit(text)
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError(f"expected 1 to 64 batches at once, got {value}")
    return value


def add_bulk_options(parser: argparse.ArgumentParser) -> None:
    """--concurrency and --rate-limit of a bulk load (`items add`)."""
    parser.add_argument(
        "--concurrency", type=concurrency, default=4, metavar="N", help="batches in flight at once (default 4)"
    )
    parser.add_argument(
        "--rate-limit",
        type=positive_rate,
        metavar="R",
        help="at most R requests a second (default: no limit of our own)",
    )


DEFAULT_SECRET_ENV = "EXTEND_WEBHOOK_SECRET"  # noqa: S105  # a variable's name, not a secret


def add_listen_options(parser: argparse.ArgumentParser) -> None:
    """--listen and --webhook-secret-env of the waits that can end on a webhook (`_listen` serves them)."""
    group = parser.add_argument_group("webhooks (optional: polling alone works everywhere)")
    group.add_argument(
        "--listen",
        metavar="HOST:PORT",
        type=listen_address,
        help="while waiting, receive Extend's run webhooks on HOST:PORT (any path; port 0 picks one) and "
        "finish as soon as the run's event arrives; polling continues as the fallback",
    )
    group.add_argument(
        "--webhook-secret-env",
        metavar="VAR",
        default=DEFAULT_SECRET_ENV,
        help=f"the environment variable holding the endpoint's signing secret (wss_...; several, comma-separated, "
        f"during a rotation); default {DEFAULT_SECRET_ENV}",
    )


def listen_address(text: str) -> tuple[str, int]:
    host, separator, port = text.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")  # [::1]:8080
    if not separator or not host or not port.isdecimal() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, such as 0.0.0.0:8080 or 127.0.0.1:0, got {text!r}")
    return host, int(port)
