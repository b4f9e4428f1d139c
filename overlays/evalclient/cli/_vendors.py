"""The two vendors the command line speaks to: their words, key variables and root --help lines.

Its own small module (a NamedTuple, no dataclasses) because the root parser needs it, and the
root `--help` should load little beyond argparse (BENCHMARKS.md, scenario 4).
"""

from __future__ import annotations

from typing import NamedTuple


class Vendor(NamedTuple):
    name: str  # the command-line word: "extend" or "bland"
    title: str
    token_env: str
    base_url_env: str
    summary: str  # its line in the root --help, which lists it without building its command tree


EXTEND = Vendor(
    "extend",
    "Extend",
    "EXTEND_API_KEY",
    "EXTEND_BASE_URL",
    "Extend: evaluation sets, items and runs (key: $EXTEND_API_KEY)",
)
BLAND = Vendor(
    "bland",
    "Bland",
    "BLAND_API_KEY",
    "BLAND_BASE_URL",
    "Bland: eval runs over calls, their results, eval agents (key: $BLAND_API_KEY)",
)
