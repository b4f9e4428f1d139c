"""How a comparison is shown on a terminal and written to report files, and the verdict it gives.

The terminal gets one table of the quality figures (the run's, then per field, class or judge),
largest drop first, then one verdict line that names every figure over its threshold - the line
a CI log shows. `--json` prints the comparison, the thresholds and the regressions as one document.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evalclient import _report_text as report_text
from evalclient.cli._gate import Verdict
from evalclient.cli._output import Output
from evalclient.compare import Regression, RunComparison

TABLE_ROWS = 40  # the terminal shows the largest changes; --json, --markdown and --html show all
CALL_ROWS = 5
COLUMNS = [
    ("", "mark"),
    ("SECTION", "section"),
    ("NAME", "name"),
    ("MEASURE", "metric"),
    ("BASELINE", "baseline"),
    ("CANDIDATE", "candidate"),
    ("CHANGE", "change"),
]
_MARKS = {"regressed": "!!", "worse": "v", "better": "^", "": " "}  # "" would print as "-", a missing value


@dataclass(frozen=True)
class Thresholds:
    """The allowed drops of one comparison (None: that level is not checked)."""

    max_drop: float | None
    max_field_drop: float | None
    max_agent_drop: float | None

    @classmethod
    def from_args(cls, args: Any) -> Thresholds:
        return cls(args.max_drop, getattr(args, "max_field_drop", None), getattr(args, "max_agent_drop", None))

    def keywords(self) -> dict[str, float | None]:
        return {"max_drop": self.max_drop, "max_field_drop": self.max_field_drop, "max_agent_drop": self.max_agent_drop}


def judge(comparison: RunComparison, thresholds: Thresholds) -> tuple[tuple[Regression, ...], Verdict]:
    """The regressions and the verdict line: every figure over its threshold, in one line."""
    regressions = comparison.regressions(**thresholds.keywords())
    against = comparison.baseline.id if comparison.baseline else "nothing"
    if regressions:
        count = f"{len(regressions)} regression{'s' * (len(regressions) > 1)}"
        return regressions, Verdict(False, f"{count} against {against}: " + "; ".join(r.reason for r in regressions))
    allowed = report_text.thresholds_text(
        thresholds.max_drop, thresholds.max_field_drop, thresholds.max_agent_drop, comparison.vendor
    )
    return regressions, Verdict(True, f"no regression against {against} ({allowed})")


def show(out: Output, comparison: RunComparison, regressions: tuple[Regression, ...], thresholds: Thresholds) -> None:
    """The comparison for people (a table on stdout, notes on stderr), or as JSON with --json."""
    if out.json_mode:
        out.document(
            {
                **comparison.to_dict(),
                "thresholds": thresholds.keywords(),
                "regressions": [regression.to_dict() for regression in regressions],
                "passed": not regressions,
            }
        )
        return
    regressed = report_text.regressed_rows(regressions)
    deltas = [d for d in (*comparison.metrics, *comparison.breakdown) if not report_text.is_context(d)]
    if not deltas:  # e.g. legacy batch processor runs: their counts are all there is
        deltas = list(comparison.metrics)
    one_run = comparison.baseline is None
    if not one_run:
        deltas.sort(key=lambda d: (d.drop is None, -(d.drop or 0.0)))
    rows = [
        {
            "mark": " " if one_run else _MARKS[report_text.change_class(delta, regressed)],
            "section": delta.section,
            "name": delta.name,
            "metric": "" if delta.metric == delta.name else delta.metric,
            "baseline": _plain(report_text.number(delta.baseline)),
            "candidate": _plain(report_text.number(delta.candidate)),
            "change": _plain(report_text.signed(delta.delta)),
        }
        for delta in deltas[:TABLE_ROWS]
    ]
    columns = (
        COLUMNS if not one_run else [(heading, key) for heading, key in COLUMNS if key not in ("baseline", "change")]
    )
    if one_run:
        columns = [("VALUE" if key == "candidate" else heading, key) for heading, key in columns if key != "mark"]
    out.table(columns, rows, empty="no quality figures to compare")
    if len(deltas) > TABLE_ROWS:
        out.note(f"showing the {TABLE_ROWS} largest changes of {len(deltas)}; --json, --markdown or --html show all")
    worse = [call for call in comparison.calls if call.worse]
    for call in worse[:CALL_ROWS]:
        out.line(
            f"call {call.call_id} ({call.name or '-'}): {_plain(report_text.number(call.baseline))} -> "
            f"{_plain(report_text.number(call.candidate))}: {_changes(call.changes)}"
        )
    if len(worse) > CALL_ROWS:
        out.line(f"... and {len(worse) - CALL_ROWS} more calls got worse (--json or the reports list them)")
    for note in comparison.notes:
        out.note(f"note: {note}")


def write_reports(
    out: Output, comparison: RunComparison, thresholds: Thresholds, markdown: str | None, html: str | None
) -> None:
    """Write the Markdown and HTML reports asked for; each file appears whole or not at all."""
    if markdown:
        _write(markdown, comparison.to_markdown(**thresholds.keywords()))
        out.note(f"wrote the Markdown summary to {markdown}")
    if html:
        _write(html, comparison.to_html(**thresholds.keywords()))
        out.note(f"wrote the HTML report to {html}")


def _write(path: str, content: str) -> None:
    target = Path(path)
    try:
        descriptor, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:  # name the file the user gave, not the temporary one
        raise OSError(exc.errno, exc.strerror, path) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.chmod(partial, 0o644)  # mkstemp's 0600 would hide a CI artifact from its readers
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _changes(changes: tuple[str, ...]) -> str:
    return "; ".join(change.replace(" → ", " -> ") for change in changes) or "the same verdicts"


def _plain(text: str) -> str:
    """Terminal text in ASCII: a hyphen for the minus sign, "-" for a figure not reported."""
    return text.replace(report_text.MINUS, "-").replace(report_text.ABSENT, "-")
