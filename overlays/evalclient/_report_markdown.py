"""The comparison as GitHub-flavoured Markdown, for a CI job summary or a pull request comment.

The verdict comes first, in a heading; then what crossed a threshold, the two runs, the run
figures and the breakdown. A long table shows its largest drops and folds the whole of it in
`<details>` (blank lines around the table, so CommonMark reads it as Markdown, not as HTML).
Everything stays far below a pull request comment's 65,536 characters: tables are capped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from evalclient import _report_text as text
from evalclient._compare_model import CallDelta, Delta, Regression
from evalclient._version import __version__

if TYPE_CHECKING:
    from evalclient.compare import RunComparison

OPEN_ROWS = 10  # rows of a long table shown unfolded (its largest drops)
MAX_ROWS = 300  # rows of a folded table (fewer when the text would outgrow SIZE_LIMIT); --json has every one
MAX_CALLS = 100
SIZE_LIMIT = 60_000  # characters: a pull request comment takes 65,536
MAX_REGRESSIONS_OPEN = 10
MAX_REGRESSIONS = 50
_MARKS = {"regressed": "❌", "worse": "▼", "better": "▲", "": ""}


def render(comparison: RunComparison, regressions: Sequence[Regression], allowed: str) -> str:
    """The summary, with folded tables cut shorter (long names make long rows) until it fits a comment."""
    rows, calls = MAX_ROWS, MAX_CALLS
    while True:
        summary = _render(comparison, regressions, allowed, rows, calls)
        if len(summary) <= SIZE_LIMIT or rows <= OPEN_ROWS:
            return summary
        rows, calls = max(OPEN_ROWS, rows // 2), max(OPEN_ROWS, calls // 2)


def _render(comparison: RunComparison, regressions: Sequence[Regression], allowed: str, rows: int, calls: int) -> str:
    verdict = text.verdict(comparison, regressions)
    one_run = comparison.baseline is None
    icon = ("✅" if verdict.ok else "❌") if not one_run else ("✅" if verdict.ok else "⚠️")
    lines = [f"## {icon} {verdict.title}: {_escape(verdict.headline)}", "", _escape(verdict.summary) + "."]
    if not one_run:
        lines[-1] += " " + _escape(text.count_text(regressions, allowed))
    lines.append("")
    if regressions:
        lines += [f"- {_escape(regression.reason)}" for regression in regressions[:MAX_REGRESSIONS_OPEN]]
        if len(regressions) > MAX_REGRESSIONS_OPEN:
            rest = regressions[MAX_REGRESSIONS_OPEN:MAX_REGRESSIONS]
            lines += ["", _open_details(f"{len(regressions) - MAX_REGRESSIONS_OPEN} more")]
            lines += [f"- {_escape(r.reason)}" for r in rest]
            if len(regressions) > MAX_REGRESSIONS:
                lines += ["", f"… and {len(regressions) - MAX_REGRESSIONS} more (the JSON form has every one)."]
            lines += ["", "</details>"]
        lines.append("")
    regressed = text.regressed_rows(regressions)
    lines += _runs_table(comparison)
    quality = [delta for delta in comparison.metrics if text.is_run_figure(delta)]
    context = [delta for delta in comparison.metrics if text.is_context(delta)]
    if quality:
        lines += ["### Run figures", "", *_delta_table(quality, regressed, "Figure", one_run), ""]
    sections: dict[str, list[Delta]] = {}
    for delta in comparison.breakdown:
        sections.setdefault(delta.section, []).append(delta)
    for section, deltas in sections.items():
        lines += _section(text.section_title(section), deltas, regressed, one_run, rows)
    if context:
        lines += [_open_details(f"Counts, latency and other figures ({len(context)})")]
        lines += [*_delta_table(context, regressed, "Figure", one_run), "", "</details>", ""]
    if comparison.calls:
        lines += _calls(comparison.calls, calls)
    if comparison.notes:
        lines += ["### Notes", "", *[f"- {_escape(note)}" for note in comparison.notes], ""]
    lines.append(f"<sub>evalclient {__version__} · values in each figure's own unit (Extend 0-1, Bland 0-100)</sub>")
    return "\n".join(lines) + "\n"


def _runs_table(comparison: RunComparison) -> list[str]:
    rows = text.run_rows(comparison.baseline, comparison.candidate)
    if comparison.baseline is None:
        return ["| | Run |", "|---|---|", *[f"| {label} | {_escape(cand)} |" for label, _, cand in rows], ""]
    lines = ["| | Baseline | Candidate |", "|---|---|---|"]
    lines += [f"| {label} | {_escape(base)} | {_escape(cand)} |" for label, base, cand in rows]
    return [*lines, ""]


def _section(title: str, deltas: list[Delta], regressed: set[tuple[str, str]], one_run: bool, rows: int) -> list[str]:
    order = "weakest first" if one_run else "largest drop first"
    lines = [f"### {_escape(title)} ({len(deltas)}, {order})", ""]
    if len(deltas) <= OPEN_ROWS + 2:
        return [*lines, *_delta_table(deltas, regressed, "Name", one_run), ""]
    lines += [*_delta_table(deltas[:OPEN_ROWS], regressed, "Name", one_run), ""]
    shown = deltas[:rows]
    lines += [_open_details(f"All {len(deltas)} rows"), *_delta_table(shown, regressed, "Name", one_run), ""]
    if len(deltas) > rows:
        lines += [f"… and {len(deltas) - rows} more (the JSON form has every row).", ""]
    return [*lines, "</details>", ""]


def _delta_table(deltas: Sequence[Delta], regressed: set[tuple[str, str]], heading: str, one_run: bool) -> list[str]:
    if one_run:
        lines = [f"| {heading} | Measure | Value | Detail |", "|---|---|---:|---|"]
        for delta in deltas:
            detail = "; ".join(part for part in (delta.candidate_detail, delta.note) if part)
            lines.append(
                f"| {_code(delta.name)} | {_measure(delta)} | {text.number(delta.candidate)} | {_escape(detail)} |"
            )
        return lines
    lines = [f"| | {heading} | Measure | Baseline | Candidate | Change | Detail (baseline → candidate) |"]
    lines.append("|---|---|---|---:|---:|---:|---|")
    for delta in deltas:
        mark = _MARKS[text.change_class(delta, regressed)]
        detail = _detail(delta)
        lines.append(
            f"| {mark} | {_code(delta.name)} | {_measure(delta)} | {text.number(delta.baseline)} "
            f"| {text.number(delta.candidate)} | {text.signed(delta.delta)} | {_escape(detail)} |"
        )
    return lines


def _measure(delta: Delta) -> str:
    return "" if delta.metric == delta.name else _escape(delta.metric)


def _detail(delta: Delta) -> str:
    parts = []
    if delta.baseline_detail or delta.candidate_detail:
        if delta.baseline_detail == delta.candidate_detail:
            parts.append(delta.candidate_detail or "")
        else:
            parts.append(f"{delta.baseline_detail or text.ABSENT} → {delta.candidate_detail or text.ABSENT}")
    if delta.note:
        parts.append(delta.note)
    return "; ".join(parts)


def _calls(calls: Sequence[CallDelta], limit: int) -> list[str]:
    worse = [call for call in calls if call.worse]
    lines = [f"### Calls: {len(worse)} got worse, {len(calls) - len(worse)} other changes", ""]
    lines += [_open_details(f"Calls whose score or verdict changed ({len(calls)}, worst first)")]
    lines += ["| Call | Baseline | Candidate | Change | Verdicts that changed |", "|---|---:|---:|---:|---|"]
    for call in calls[:limit]:
        name = f"{_escape(call.name)} ({_code(call.call_id)})" if call.name else _code(call.call_id)
        verdicts = _escape("; ".join(call.changes) or "the same verdicts")
        lines.append(
            f"| {name} | {text.number(call.baseline)} | {text.number(call.candidate)} "
            f"| {text.signed(call.delta)} | {verdicts} |"
        )
    if len(calls) > limit:
        lines += ["", f"… and {len(calls) - limit} more (the JSON form has every call)."]
    return [*lines, "", "</details>", ""]


def _open_details(summary: str) -> str:
    # The blank line after </summary> ends the HTML block, so what follows is read as Markdown.
    return f"<details><summary>{_html(summary)}</summary>\n"


def _escape(value: str) -> str:
    """Free text as literal Markdown: every character Markdown or a table would act on is escaped."""
    out = []
    value = value.replace("\n", " ")
    for index, char in enumerate(value):
        if char == "_":  # an underscore inside a word never starts emphasis: left as it is, for readability
            inside = 0 < index < len(value) - 1 and value[index - 1].isalnum() and value[index + 1].isalnum()
            out.append(char if inside else "\\_")
        else:
            out.append("\\" + char if char in "\\`*[]<|~&" else char)
    return "".join(out)


def _code(value: str) -> str:
    """A name as a code span, delimited so that its own backticks and a table's pipes stay literal."""
    value = value.replace("\n", " ").replace("|", "\\|")
    longest = 0
    current = 0
    for char in value:
        current = current + 1 if char == "`" else 0
        longest = max(longest, current)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value.strip() else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _html(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
