"""The `evalclient` command line (also `python -m evalclient`): run Extend and Bland evaluations
from a terminal or a CI pipeline, with live progress and a quality gate.

Built on the overlay (clients, pagination, waiting) and the standard library's argparse
only, so the command line needs no extra dependency and no `cli` extra.

Only `main` is public; every module here is private (underscored), so it may change in any
release. `_entry` (root parser, dispatch, exit codes), `_extend_commands` / `_bland_commands` (the
two command trees), `_extend_views` / `_bland_views` (how their objects are shown), `_output`
(tables, records, JSON, CSV), `_progress` (live progress while waiting), `_gate` (the quality
gate), `_inputs` (JSONL and other input files), `_arguments` (shared argparse pieces),
`_reporting` (steps both trees share), `_context` (exit codes, clients).
"""

from evalclient.cli._entry import main

__all__ = ["main"]
