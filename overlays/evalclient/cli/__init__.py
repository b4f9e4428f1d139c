"""The `evalclient` command line (also `python -m evalclient`): run Extend and Bland evaluations
from a terminal or a CI pipeline, with live progress and a quality gate.

Built on the overlay (clients, pagination, waiting) and the standard library's argparse
only, so the command line needs no extra dependency and no `cli` extra.

Only `main` is public; every module here is private (underscored), so it may change in any
release. `_entry` (root parser, dispatch, exit codes), `_extend_tree` / `_bland_tree` (the two
command trees, naming their handlers in `_extend_commands` / `_bland_commands`), `_extend_views` /
`_bland_views` (how their objects are shown), `_output` (tables, records, JSON, CSV),
`_progress` (live progress while waiting), `_gate` (the quality gate), `_inputs` (JSONL and
other input files), `_arguments` (shared argparse pieces), `_reporting` (steps both trees
share), `_context` (exit codes, clients).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code. Usage errors exit 2 from argparse.

    `--version` alone answers before the command trees (and every generated module they use)
    are imported: a version check in a CI step should cost an interpreter start, not a full load.
    """
    words = sys.argv[1:] if argv is None else list(argv)
    if words == ["--version"]:
        from evalclient._version import __version__

        print(f"evalclient {__version__}")
        return 0
    from evalclient.cli._entry import main as run_command

    return run_command(argv)
