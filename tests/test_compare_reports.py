"""The comparison's reports (#17): Markdown read back through a CommonMark parser (markdown-it-py, with
GitHub's table extension), and the HTML page parsed for what a self-contained report must hold.
(The page rendered in a real browser is tests/test_report_browser.py.)"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

import evalclient
from evalclient.compare import RunComparison, describe_run

pytestmark = pytest.mark.unit

STAMP = "2026-05-27T10:00:00.000Z"
HOSTILE = ["a|b", "<script>alert(1)</script>", "`tick`", "_under_", "*star*", "[link](http://x)", "amp&amp;"]


def run(run_id: str, fields: dict[str, float], *, accuracy: float = 0.9, status: str = "PROCESSED") -> dict[str, Any]:
    field_metrics = {
        name: {"countTotal": 100, "countPresent": 100, "countExpected": 100, "countAccurate": round(value * 100),
               "accuracy": value}
        for name, value in fields.items()
    }  # fmt: skip
    return {
        "object": "evaluation_set_run", "id": run_id, "evaluationSetId": "ev_1",
        "entity": {"object": "extractor", "id": "ex_1", "name": "Invoices", "createdAt": STAMP, "updatedAt": STAMP},
        "entityVersion": {"object": "extractor_version", "id": "exv_1", "version": "1.0", "extractorId": "ex_1",
                          "createdAt": STAMP},
        "metrics": {"type": "EXTRACT", "numFilesTotal": 100, "numFilesProcessed": 100, "numPages": 400,
                    "accuracy": accuracy, "fieldMetrics": field_metrics},
        "status": status, "options": {}, "createdAt": STAMP, "updatedAt": STAMP,
    }  # fmt: skip


def comparison_of(count: int, *, drop_every: int = 3, names: list[str] | None = None) -> RunComparison:
    names = names or [f"field_{n:03d}" for n in range(count)]
    baseline = {name: 0.95 for name in names}
    candidate = {name: 0.95 - (0.1 if drop_every and n % drop_every == 0 else -0.02) for n, name in enumerate(names)}
    return evalclient.compare_runs(run("bpr_base", baseline), run("bpr_new", candidate, accuracy=0.88))


def markdown_tokens(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(text)


def table_cells(tokens: list[Token]) -> list[list[str]]:
    """Every table's body rows, as the text a reader sees in each cell."""
    rows: list[list[str]] = []
    current: list[str] | None = None
    for token in tokens:
        if token.type == "tr_open":
            current = []
        elif token.type == "tr_close" and current is not None:
            rows.append(current)
            current = None
        elif token.type == "inline" and current is not None:
            current.append(
                "".join(child.content for child in token.children or [] if child.type in ("text", "code_inline"))
            )
    return rows


def test_markdown_verdict_first_then_tables_that_parse_as_tables() -> None:
    comparison = comparison_of(6)
    text = comparison.to_markdown(max_field_drop=0.05)
    tokens = markdown_tokens(text)

    heading = next(index for index, token in enumerate(tokens) if token.type == "heading_open")
    assert heading == 0
    assert tokens[heading + 1].content == "❌ Regression: accuracy 0.9 → 0.88 (\u22120.02)"
    assert "3 figures dropped more than allowed (allowed drops: run figures 0, fields and classes 0.05)" in text
    bullets = [t.content for t in tokens if t.type == "inline" and t.content.startswith(("accuracy", "field"))]
    assert bullets[0] == "accuracy 0.9 -> 0.88 (-0.02, more than 0)"
    assert sum(token.type == "table_open" for token in tokens) == 4  # runs, run figures, fields, counts (folded)
    rows = table_cells(tokens)
    field_rows = [row for row in rows if row[1].startswith("field_")]
    assert [row[1] for row in field_rows[:2]] == ["field_000", "field_003"]  # largest drop first
    assert field_rows[0][0] == "❌"
    assert field_rows[0][3:6] == ["0.95", "0.85", "\u22120.1"]
    assert "✅ No regression" in comparison_of(6, drop_every=0).to_markdown(max_drop=1, max_field_drop=1)


def test_long_tables_are_folded_and_the_whole_stays_under_a_comment_size() -> None:
    text = comparison_of(40).to_markdown(max_field_drop=0.05)
    tokens = markdown_tokens(text)
    html_blocks = [t.content for t in tokens if t.type == "html_block"]
    assert any(block.startswith("<details><summary>All 40 rows</summary>") for block in html_blocks)
    assert any(block.startswith("</details>") for block in html_blocks)
    # The folded table is Markdown, not swallowed into the HTML block: 10 open rows + 40 folded ones.
    assert sum(row[1].startswith("field_") for row in table_cells(tokens)) == 50

    huge = comparison_of(5000).to_markdown(max_field_drop=0.05)
    assert len(huge) < 65_536  # a pull request comment's limit
    assert "… and 4700 more (the JSON form has every row)." in huge
    assert "… and 1618 more (the JSON form has every one)." in huge  # 1668 regressions: 50 listed

    long_names = [f"customer.billing_address.line_items[{n}].a_rather_long_nested_field_name" for n in range(2000)]
    wordy = comparison_of(len(long_names), names=long_names).to_markdown(max_field_drop=0.05)
    assert len(wordy) <= 60_000  # the folded table gets shorter rather than the comment too long
    assert any(
        line.startswith("… and ") and "more (the JSON form has every row)" in line for line in wordy.splitlines()
    )


def test_markdown_keeps_hostile_names_literal() -> None:
    tokens = markdown_tokens(comparison_of(len(HOSTILE), names=HOSTILE).to_markdown())
    names = {row[1] for row in table_cells(tokens)}
    assert set(HOSTILE) <= names
    rendered = MarkdownIt("commonmark").enable("table").render(comparison_of(len(HOSTILE), names=HOSTILE).to_markdown())
    assert "<script>" not in rendered
    assert "<a href" not in rendered
    assert "<em>" not in rendered


class _Page(HTMLParser):
    """What the tests ask of an HTML page: its tags with attributes, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def having(self, tag: str, css_class: str | None = None) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and (css_class is None or css_class in a.get("class", "").split())]


def page(html: str) -> _Page:
    parsed = _Page()
    parsed.feed(html)
    parsed.close()
    return parsed


def test_html_is_self_contained_with_one_bar_per_field_and_the_verdict_on_top() -> None:
    comparison = comparison_of(7)
    html = comparison.to_html(max_field_drop=0.05)
    parsed = page(html)

    assert html.startswith("<!doctype html>")
    assert not parsed.having("script")
    assert not parsed.having("link")
    assert not parsed.having("img")
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html
    csp = [a for a in parsed.having("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp
    assert csp[0]["content"].startswith("default-src 'none'")
    assert parsed.having("meta")[1]["name"] == "viewport"
    header = parsed.having("header")[0]
    assert header["id"] == "verdict"
    assert header["class"] == "verdict bad"
    assert parsed.having("svg", "chart")
    assert len(parsed.having("rect", "bar")) == 7
    assert len(parsed.having("line", "baseline-mark")) == 7
    assert len(parsed.having("rect", "regressed")) == 3  # field_000, 003, 006 dropped 0.1 > 0.05
    assert len(parsed.having("tr", "regressed")) == 2 * (3 + 1)  # changes table and raw numbers, with accuracy
    assert "Regression" in parsed.text
    assert "@media print" in html
    assert "@media (max-width: 560px)" in html
    names = [a["data-name"] for a in parsed.having("g", "row")]
    assert names[:3] == ["field_000", "field_003", "field_006"]  # largest drop first

    good = page(comparison_of(7, drop_every=0).to_html(max_drop=0.05, max_field_drop=0.05))
    assert good.having("header")[0]["class"] == "verdict good"
    assert "No regression" in good.text


def test_html_escapes_names_and_caps_the_chart() -> None:
    hostile = comparison_of(len(HOSTILE), names=HOSTILE).to_html()
    parsed = page(hostile)
    assert not parsed.having("script")
    assert not parsed.having("a")
    assert [a["data-name"] for a in parsed.having("g", "row")].count("<script>alert(1)</script>") == 1
    assert "<script>alert(1)</script>" in "".join(parsed.text)  # shown as text

    big = page(comparison_of(100).to_html())
    assert len(big.having("rect", "bar")) == 60
    assert "The 60 largest changes of 100; every row is in the tables below." in big.text


def test_one_run_report_and_the_chart_of_run_figures_when_there_is_no_breakdown() -> None:
    report = describe_run(run("bpr_new", {"total": 0.8, "vendor_name": 0.95}))
    parsed = page(report.to_html())
    assert parsed.having("header")[0]["class"] == "verdict neutral"
    assert "PROCESSED" in parsed.text
    assert not parsed.having("line", "baseline-mark")
    assert [a["data-name"] for a in parsed.having("g", "row")] == ["total", "vendor_name"]  # weakest first
    markdown = report.to_markdown()
    assert markdown.startswith("## ✅ PROCESSED: accuracy 0.9\n")
    assert "against baseline" not in markdown

    splitter = run("bpr_s", {})
    splitter["metrics"] = {"type": "SPLITTER", "precision": 0.9, "recall": 0.8, "f1": 0.847}
    bars = page(describe_run(splitter).to_html()).having("g", "row")
    assert [a["data-name"] for a in bars] == ["f1", "precision", "recall"]
