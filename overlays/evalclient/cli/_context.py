"""What every command shares: exit codes, the one exception commands raise, and the clients."""

from __future__ import annotations

import argparse
import enum
import os
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from evalclient._api_versions import EXTEND_API_VERSION, EXTEND_API_VERSIONS
from evalclient._rate_limit import RateLimit
from evalclient.cli._output import Output
from evalclient.cli._vendors import BLAND, EXTEND, Vendor

if TYPE_CHECKING:
    # The clients (httpx and the generated packages) load when a command first asks for one,
    # so parsing, --help and usage errors pay for none of them (BENCHMARKS.md, scenario 4).
    import bland_evals_client
    import extend_evals_client
    import extend_evals_client_2025_04_21

# The older Extend version the CLI also speaks (`_extend_2025_commands`).
LEGACY_EXTEND_API_VERSION: Final = "2025-04-21"

# Used when --timeout is not given before the vendor word; the overlay's own default too.
DEFAULT_REQUEST_TIMEOUT = 60.0


class ExitCode(enum.IntEnum):
    """The process exit status; the table in the --help epilog and docs/cli.md lists the same."""

    OK = 0
    RUN_NOT_PASSED = 1  # failed, cancelled, or below the quality gate
    USAGE = 2  # argparse's own code, reused for bad input files and JSON
    API_ERROR = 3
    WAIT_TIMEOUT = 4
    INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C


class CliExit(Exception):
    """Ends the command with `exit_code` after printing `message` (if any) on stderr.

    Commands raise it for every expected failure that is not an evalclient exception,
    so the entry point is the only place that prints errors and picks exit codes.
    """

    def __init__(self, exit_code: ExitCode, message: str = "") -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.message = message


def usage_error(message: str) -> CliExit:
    return CliExit(ExitCode.USAGE, message)


@dataclass
class Context:
    """The parsed arguments, the output streams and the vendor clients (built on first use)."""

    args: argparse.Namespace
    out: Output
    vendor: Vendor
    _extend: extend_evals_client.AuthenticatedClient | None = field(default=None, init=False)
    _extend_2025: extend_evals_client_2025_04_21.AuthenticatedClient | None = field(default=None, init=False)
    _bland: bland_evals_client.AuthenticatedClient | None = field(default=None, init=False)

    @property
    def request_timeout(self) -> float:
        timeout = self.args.request_timeout
        return DEFAULT_REQUEST_TIMEOUT if timeout is None else float(timeout)

    @property
    def rate_limit(self) -> RateLimit | None:
        """`--rate-limit R` of the commands that take it, as a bucket allowing a burst of one second's worth."""
        rate = getattr(self.args, "rate_limit", None)
        return None if rate is None else RateLimit(per_second=rate, burst=max(1, int(rate)))

    @property
    def extend_api_version(self) -> str:
        """--api-version, else $EXTEND_API_VERSION, else the default; an unknown one is a usage error."""
        version = self.args.api_version or os.environ.get("EXTEND_API_VERSION", "").strip() or EXTEND_API_VERSION
        if version not in EXTEND_API_VERSIONS:
            where = "--api-version" if self.args.api_version else "EXTEND_API_VERSION"
            raise usage_error(
                f"{where}: Extend API version {version!r} is not supported; use one of {', '.join(EXTEND_API_VERSIONS)}"
            )
        return version

    def extend(self) -> extend_evals_client.AuthenticatedClient:
        if self._extend is None:
            self._require_token(EXTEND)
            from evalclient.clients import extend_client

            self._extend = extend_client(
                base_url=self.args.base_url,
                workspace_id=self.args.workspace_id,
                timeout=self.request_timeout,
                rate_limit=self.rate_limit,
            )
        return self._extend

    def extend_2025(self) -> extend_evals_client_2025_04_21.AuthenticatedClient:
        if self._extend_2025 is None:
            self._require_token(EXTEND)
            from evalclient.clients import extend_client

            self._extend_2025 = extend_client(
                base_url=self.args.base_url,
                api_version=LEGACY_EXTEND_API_VERSION,
                workspace_id=self.args.workspace_id,
                timeout=self.request_timeout,
                rate_limit=self.rate_limit,
            )
        return self._extend_2025

    def bland(self) -> bland_evals_client.AuthenticatedClient:
        if self._bland is None:
            self._require_token(BLAND)
            from evalclient.clients import bland_client

            self._bland = bland_client(base_url=self.args.base_url, timeout=self.request_timeout)
        return self._bland

    def close(self) -> None:
        for client in (self._extend, self._extend_2025, self._bland):
            if client is not None:
                client.get_httpx_client().close()

    @staticmethod
    def _require_token(vendor: Vendor) -> None:
        # The overlay would say "pass token=..."; on the command line only the variable applies.
        if not os.environ.get(vendor.token_env, "").strip():
            raise CliExit(
                ExitCode.API_ERROR,
                f"no {vendor.title} API key: set the {vendor.token_env} environment variable "
                "(keys are read from the environment only, never from the command line)",
            )

    def resume_command(self, run_id: str, extra: Sequence[str] = ()) -> str:
        """The command that waits for `run_id` again with the same connection options and gate."""
        words = ["evalclient"]
        if self.args.base_url:
            words += ["--base-url", self.args.base_url]
        if self.vendor is EXTEND and self.args.workspace_id:
            words += ["--workspace-id", self.args.workspace_id]
        if self.vendor is EXTEND and self.args.api_version:
            words += ["--api-version", self.args.api_version]
        if self.args.request_timeout is not None:
            words += ["--timeout", f"{self.args.request_timeout:g}"]
        if self.args.json:
            words.append("--json")
        words += [self.vendor.name, "runs", "wait", run_id, *extra]
        return shlex.join(words)
