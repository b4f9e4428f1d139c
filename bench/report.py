"""Rows of the results table: a figure, its spread, its target and whether the target is met."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    scenario: str
    figure: str
    value: str
    spread: str = ""
    target: str = ""
    met: bool | None = None  # None: a figure reported for context, with no target

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def duration(seconds: float) -> str:
    """A time with a unit that keeps three significant digits readable."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def time_row(scenario: str, figure: str, summary: dict[str, Any]) -> Row:
    """A per-call or wall-time figure: median, with IQR and min/max as the spread."""
    spread = (
        f"IQR {duration(summary['q1'])}-{duration(summary['q3'])}, "
        f"min {duration(summary['min'])}, max {duration(summary['max'])}, n={summary['n']}"
    )
    return Row(scenario, figure, duration(summary["median"]), spread)


def ratio_row(
    scenario: str,
    figure: str,
    summary: dict[str, Any],
    *,
    at_most: float | None = None,
    at_least: float | None = None,
    fastest: float | None = None,
) -> Row:
    """A paired ratio; `at_most` / `at_least` make it a target on the median.

    `fastest`, the ratio of the two contenders' fastest rounds, is shown beside it: the least
    disturbed estimate when other work shares the machine.
    """
    spread = f"IQR {summary['q1']:.2f}-{summary['q3']:.2f}x, min {summary['min']:.2f}x, max {summary['max']:.2f}x"
    if fastest is not None:
        spread += f"; fastest rounds {fastest:.2f}x"
    target, met = "", None
    if at_most is not None:
        target, met = f"<= {at_most:g}x", summary["median"] <= at_most
    elif at_least is not None:
        target, met = f">= {at_least:g}x", summary["median"] >= at_least
    # Three decimals against a target, so "1.50x <= 1.5x: NO" cannot happen through rounding.
    value = f"{summary['median']:.3f}x" if target else f"{summary['median']:.2f}x"
    return Row(scenario, figure, value, spread, target, met)


def markdown_table(rows: list[Row]) -> str:
    lines = [
        "| # | figure | median | spread | target | met? |",
        "|---|---|---:|---|---|---|",
    ]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**NO**")
        lines.append(f"| {row.scenario} | {row.figure} | {row.value} | {row.spread} | {row.target} | {met} |")
    return "\n".join(lines)


@dataclass
class Outcome:
    """What one scenario hands back: raw figures for results.json and rows for the table."""

    key: str
    title: str
    data: dict[str, Any]
    rows: list[Row]
