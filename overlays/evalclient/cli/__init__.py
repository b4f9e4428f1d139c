"""The `evalclient` command line (also `python -m evalclient`): run Extend and Bland evaluations
from a terminal or a CI pipeline, with live progress and a quality gate.

Built on the overlay (clients, pagination, waiting) and the standard library's argparse
only, so the command line needs no extra dependency and no `cli` extra.

Modules: `entry` (root parser, dispatch, exit codes), `extend_commands` / `bland_commands`
(the two command trees), `extend_views` / `bland_views` (how their objects are shown),
`output` (tables, records, JSON, CSV), `progress` (live progress while waiting), `gate`
(the quality gate), `inputs` (JSONL and other input files), `arguments` (shared argparse
pieces), `reporting` (steps both trees share), `context` (exit codes, clients).
"""

from evalclient.cli.entry import main

__all__ = ["main"]
