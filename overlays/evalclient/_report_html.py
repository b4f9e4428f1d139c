"""The comparison as one self-contained HTML page: inline CSS, an inline SVG chart, no script.

Nothing is fetched: a Content-Security-Policy forbids every source but the page's own inline
style, so the file reads the same from a CI artifact, a mail attachment or a laptop offline.
The chart draws one bar per field (or class, or judge) for the candidate, with a black tick at the
baseline's value; its lengths are percentages of the SVG's width, so the bars reflow with the
window while the text keeps its size (narrow windows and print included).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from evalclient import _report_text as text
from evalclient._compare_model import CallDelta, Delta, Regression
from evalclient._version import __version__

if TYPE_CHECKING:
    from evalclient.compare import RunComparison

CHART_ROWS = 60  # bars drawn at most (the largest changes); every row is in the tables
ROW_HEIGHT = 44
LABEL_CHARS = 28
MAX_CALL_ROWS = 500

CSS = """
:root { --bad: #b3261e; --good: #1b6e2a; --neutral: #37474f; --muted: #5f6b73; --line: #d7dde1; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: #1c2226; background: #f6f7f8; }
main { max-width: 1040px; margin: 0 auto; padding: 16px; }
.verdict { color: #fff; padding: 18px 20px; border-radius: 8px; }
.verdict.bad { background: var(--bad); } .verdict.good { background: var(--good); }
.verdict.neutral { background: var(--neutral); }
.verdict h1 { margin: 0 0 4px; font-size: 30px; line-height: 1.15; }
.verdict p { margin: 4px 0; overflow-wrap: anywhere; } .verdict .figure { font-size: 20px; font-weight: 600; }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: 12px; opacity: .9; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 14px 0; padding: 12px 16px; }
h2 { font-size: 18px; margin: 4px 0 10px; }
ul { padding-left: 20px; margin: 6px 0; } li { overflow-wrap: anywhere; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f3; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { overflow-wrap: anywhere; min-width: 8em; } td.detail, td.verdicts { color: var(--muted); font-size: 13px; }
tr.regressed td { background: #fde8e6; } tr.regressed td.change { color: var(--bad); font-weight: 700; }
tr.worse td.change { color: var(--bad); } tr.better td.change { color: var(--good); }
.legend { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
.swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin: 0 4px 0 10px; }
svg.chart { display: block; width: 100%; overflow: visible; }
svg.chart text { font-size: 12px; fill: #1c2226; } svg.chart text.values { fill: var(--muted); }
.bar.regressed { fill: var(--bad); } .bar.worse { fill: #e08a80; } .bar.better { fill: #3f9a54; }
.bar.same { fill: #7b8c96; } .track { fill: #edf0f2; } .baseline-mark { stroke: #111; stroke-width: 2; }
footer { color: var(--muted); font-size: 12px; margin: 8px 2px 24px; }
@media (max-width: 560px) { main { padding: 8px; } section { padding: 10px; } .verdict h1 { font-size: 24px; }
  .detail, .section, .measure { display: none; } table { font-size: 13px; } th, td { padding: 4px 5px; }
  td.name { min-width: 6em; } }
@media print { body { background: #fff; } main { max-width: none; padding: 0; }
  section, .verdict { break-inside: avoid; border-color: #999; }
  .verdict, .bar, tr.regressed td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def render(comparison: RunComparison, regressions: Sequence[Regression], allowed: str) -> str:
    verdict = text.verdict(comparison, regressions)
    one_run = comparison.baseline is None
    regressed = text.regressed_rows(regressions)
    tone = ("good" if verdict.ok else "bad") if not one_run else ("neutral" if verdict.ok else "bad")
    kind = "Extend" if comparison.vendor == "extend" else "Bland"
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        f"<title>{_h(verdict.title)}: {_h(verdict.headline)} · evalclient</title>",
        f"<style>{CSS}</style></head><body><main>",
        f'<header id="verdict" class="verdict {tone}">',
        f'<p class="kicker">{kind} {"run report" if one_run else "run comparison"}</p>',
        f"<h1>{_h(verdict.title)}</h1>",
        f'<p class="figure">{_h(verdict.headline)}</p>',
        f"<p>{_h(verdict.summary)}.</p>",
    ]
    if not one_run:
        parts.append(f"<p>{_h(text.count_text(regressions, allowed))}</p>")
    parts.append("</header>")
    if regressions:
        items = "".join(f"<li>{_h(regression.reason)}</li>" for regression in regressions)
        parts.append(f'<section id="regressions"><h2>Over the threshold</h2><ul>{items}</ul></section>')
    charted, what = _charted(comparison)
    if charted:
        parts.append(_chart_section(charted, what, regressed, one_run, comparison.vendor))
    changes = [d for d in (*comparison.metrics, *comparison.breakdown) if not text.is_context(d)]
    if changes and not one_run:
        ordered = sorted(changes, key=lambda d: (d.drop is None, -(d.drop or 0.0)))
        parts.append(_section("changes", "Changes, largest drop first", _delta_table(ordered, regressed, False)))
    raw = [_runs_table(comparison), _delta_table([*comparison.metrics, *comparison.breakdown], regressed, one_run)]
    parts.append(_section("raw", "Raw numbers", "".join(raw)))
    if comparison.calls:
        parts.append(
            _section(
                "calls", f"Calls whose score or verdict changed ({len(comparison.calls)})", _calls(comparison.calls)
            )
        )
    if comparison.notes:
        notes = "".join(f"<li>{_h(note)}</li>" for note in comparison.notes)
        parts.append(f'<section id="notes"><h2>Notes</h2><ul>{notes}</ul></section>')
    parts.append(
        f"<footer>evalclient {_h(__version__)} · values in each figure's own unit (Extend 0-1, Bland 0-100)"
        f"{'' if one_run else ' · ' + _h(allowed)}</footer></main></body></html>"
    )
    return "\n".join(parts) + "\n"


def _charted(comparison: RunComparison) -> tuple[list[Delta], str]:
    """The rows the chart draws: the breakdown (fields, classes, judges), else the run's quality figures."""
    rows = list(comparison.breakdown)
    if rows:
        sections = sorted({delta.section for delta in rows}, key=[d.section for d in rows].index)
        return rows, " and ".join(text.section_title(section).split(" (")[0].lower() for section in sections)
    return [d for d in comparison.metrics if text.is_run_figure(d)], "run figures"


def _chart_section(rows: list[Delta], what: str, regressed: set[tuple[str, str]], one_run: bool, vendor: str) -> str:
    drawn = rows[:CHART_ROWS]
    values = [v for d in drawn for v in (d.baseline, d.candidate) if v is not None]
    scale = 1.0 if vendor == "extend" and max(values, default=0) <= 1 else 100.0
    scale = max(scale, *values) if values else scale
    height = ROW_HEIGHT * len(drawn) + 4
    title = f"{what.capitalize()}: {'score' if one_run else 'baseline vs candidate'}"
    legend = '<p class="legend">Bar: the candidate'
    if not one_run:
        legend += (
            ' (<span class="swatch" style="background:#b3261e"></span>over the threshold'
            '<span class="swatch" style="background:#e08a80"></span>worse'
            '<span class="swatch" style="background:#3f9a54"></span>better'
            '<span class="swatch" style="background:#7b8c96"></span>same); black tick: the baseline'
        )
    legend += f"; full scale {text.number(scale)}.</p>"
    svg = [
        f'<svg class="chart" role="img" aria-label="{_h(title, True)}" width="100%" height="{height}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, delta in enumerate(drawn):
        svg.append(_bar(delta, index * ROW_HEIGHT, scale, regressed, one_run))
    svg.append("</svg>")
    note = ""
    if len(rows) > len(drawn):
        note = (
            f'<p class="legend">The {len(drawn)} largest changes of {len(rows)}; every row is in the tables below.</p>'
        )
    return _section("chart", title, legend + "".join(svg) + note)


def _bar(delta: Delta, top: int, scale: float, regressed: set[tuple[str, str]], one_run: bool) -> str:
    state = "same" if one_run else text.change_class(delta, regressed) or "same"
    label = delta.name if len(delta.name) <= LABEL_CHARS else delta.name[: LABEL_CHARS - 1] + "…"
    if one_run:
        values = text.number(delta.candidate)
    else:
        values = f"{text.number(delta.baseline)} → {text.number(delta.candidate)}"
    width = _percent(delta.candidate, scale)
    parts = [
        f'<g class="row" data-name="{_h(delta.name, True)}"><title>{_h(delta.name)}: {_h(values)}</title>',
        f'<text x="0" y="{top + 14}">{_h(label)}</text>',
        f'<text class="values" x="100%" y="{top + 14}" text-anchor="end">{_h(values)}</text>',
        f'<rect class="track" x="0" y="{top + 20}" width="100%" height="14" rx="2"/>',
        f'<rect class="bar {state}" x="0" y="{top + 20}" width="{width}" height="14" rx="2"/>',
    ]
    if not one_run and delta.baseline is not None:
        mark = _percent(delta.baseline, scale)
        parts.append(f'<line class="baseline-mark" x1="{mark}" x2="{mark}" y1="{top + 17}" y2="{top + 37}"/>')
    parts.append("</g>")
    return "".join(parts)


def _percent(value: float | None, scale: float) -> str:
    share = 0.0 if value is None or scale <= 0 else min(max(value / scale, 0.0), 1.0)
    return f"{100 * share:.2f}%"


def _delta_table(deltas: Sequence[Delta], regressed: set[tuple[str, str]], one_run: bool) -> str:
    if one_run:
        head = (
            '<tr><th class="section">Section</th><th>Name</th><th class="measure">Measure</th>'
            '<th class="num">Value</th>'
            '<th class="detail">Detail</th></tr>'
        )
    else:
        head = (
            '<tr><th class="section">Section</th><th>Name</th><th class="measure">Measure</th>'
            '<th class="num">Baseline</th>'
            '<th class="num">Candidate</th><th class="num">Change</th><th class="detail">Detail</th></tr>'
        )
    rows = []
    for delta in deltas:
        state = "" if one_run else text.change_class(delta, regressed)
        measure = "" if delta.metric == delta.name else delta.metric
        cells = [
            f'<td class="section">{_h(delta.section)}</td>',
            f'<td class="name">{_h(delta.name)}</td>',
            f'<td class="measure">{_h(measure)}</td>',
        ]
        if not one_run:
            cells.append(f'<td class="num">{text.number(delta.baseline)}</td>')
        cells.append(f'<td class="num">{text.number(delta.candidate)}</td>')
        if not one_run:
            cells.append(f'<td class="num change">{text.signed(delta.delta)}</td>')
        cells.append(f'<td class="detail">{_h(_detail(delta, one_run))}</td>')
        rows.append(f'<tr class="{state}">{"".join(cells)}</tr>')
    return f'<div class="scroll"><table><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></div>'


def _detail(delta: Delta, one_run: bool) -> str:
    parts = []
    if one_run or delta.baseline_detail == delta.candidate_detail:
        parts.append(delta.candidate_detail or "")
    else:
        parts.append(f"{delta.baseline_detail or text.ABSENT} → {delta.candidate_detail or text.ABSENT}")
    parts.append(delta.note or "")
    return "; ".join(part for part in parts if part)


def _runs_table(comparison: RunComparison) -> str:
    one_run = comparison.baseline is None
    head = "<tr><th></th><th>Run</th></tr>" if one_run else "<tr><th></th><th>Baseline</th><th>Candidate</th></tr>"
    rows = []
    for label, base, cand in text.run_rows(comparison.baseline, comparison.candidate):
        cells = "" if one_run else f'<td class="name">{_h(base)}</td>'
        rows.append(f'<tr><th>{_h(label)}</th>{cells}<td class="name">{_h(cand)}</td></tr>')
    return f'<div class="scroll"><table><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></div><p></p>'


def _calls(calls: Sequence[CallDelta]) -> str:
    head = (
        '<tr><th>Call</th><th class="num">Baseline</th><th class="num">Candidate</th><th class="num">Change</th>'
        "<th>Verdicts that changed</th></tr>"
    )
    rows = []
    for call in calls[:MAX_CALL_ROWS]:
        state = "worse" if call.worse else "better" if (call.delta or 0) > 0 else ""
        name = f"{call.name} ({call.call_id})" if call.name else call.call_id
        rows.append(
            f'<tr class="{state}"><td class="name">{_h(name)}</td><td class="num">{text.number(call.baseline)}</td>'
            f'<td class="num">{text.number(call.candidate)}</td><td class="num change">{text.signed(call.delta)}</td>'
            f'<td class="verdicts">{_h("; ".join(call.changes) or "the same verdicts")}</td></tr>'
        )
    more = (
        f"<p>… and {len(calls) - MAX_CALL_ROWS} more (the JSON form has every call).</p>"
        if len(calls) > MAX_CALL_ROWS
        else ""
    )
    return f'<div class="scroll"><table><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></div>{more}'


def _section(section_id: str, title: str, body: str) -> str:
    return f'<section id="{section_id}"><h2>{_h(title)}</h2>{body}</section>'


def _h(value: str, quote: bool = False) -> str:
    return escape(value, quote=quote)
