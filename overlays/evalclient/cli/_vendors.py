"""The two vendors the command line speaks to: their words, key variables and root --help lines.

Its own small module (a plain class: no dataclasses, no typing.NamedTuple) because the root
parser needs it, and the root `--help` should load little beyond argparse (BENCHMARKS.md, scenario 4).
"""

from __future__ import annotations


class Vendor:
    __slots__ = ("base_url_env", "name", "summary", "title", "token_env")

    def __init__(self, name: str, title: str, token_env: str, base_url_env: str, summary: str) -> None:
        self.name = name  # the command-line word: "extend" or "bland"
        self.title = title
        self.token_env = token_env
        self.base_url_env = base_url_env
        self.summary = summary  # its line in the root --help, which lists it without building its command tree

    def __repr__(self) -> str:
        return f"Vendor({self.name!r})"


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
