"""The HTML report in a real browser (#17): headless Chromium (Debian's `chromium`, installed by
scripts/browser.sh when missing) loads it with no console error and no request leaving the file, draws
one bar per field, shows the verdict at the top of a screenshot, fits a phone-wide window, and prints."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _browser import Browser, chromium_path, png_pixels

import evalclient
from evalclient.compare import describe_run

pytestmark = pytest.mark.integration

STAMP = "2026-05-27T10:00:00.000Z"
BAD, GOOD = (0xB3, 0x26, 0x1E), (0x1B, 0x6E, 0x2A)  # the verdict banner's backgrounds (_report_html.CSS)


def run(run_id: str, fields: dict[str, float], accuracy: float) -> dict[str, Any]:
    metrics = {
        name: {"countTotal": 40, "countPresent": 40, "countExpected": 40, "countAccurate": round(value * 40),
               "accuracy": value}
        for name, value in fields.items()
    }  # fmt: skip
    return {
        "object": "evaluation_set_run", "id": run_id, "evaluationSetId": "ev_golden",
        "entity": {"object": "extractor", "id": "ex_inv", "name": "Invoice Extractor", "createdAt": STAMP,
                   "updatedAt": STAMP},
        "entityVersion": {"object": "extractor_version", "id": f"exv_{run_id}", "version": run_id[-3:],
                          "extractorId": "ex_inv", "createdAt": STAMP},
        "metrics": {"type": "EXTRACT", "numFilesTotal": 40, "numFilesProcessed": 40, "numPages": 160,
                    "accuracy": accuracy, "fieldMetrics": metrics},
        "status": "PROCESSED", "options": {}, "createdAt": STAMP, "updatedAt": STAMP,
    }  # fmt: skip


BASELINE = {"vendor_name": 0.95, "invoice_number": 0.9, "total": 0.925, "line_items.amount": 0.975,
            "line_items.description": 0.8, "a field with a rather long name that needs cutting": 0.85}  # fmt: skip
CANDIDATE = {**BASELINE, "total": 0.8, "line_items.amount": 0.7, "vendor_name": 0.975, "notes <b>&</b>": 0.5}


@pytest.fixture(scope="module")
def chromium() -> str:
    return chromium_path()


@pytest.fixture
def browser(chromium: str) -> Iterator[Browser]:
    opened = Browser(chromium)
    yield opened
    opened.close()


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def banner_share(browser: Browser, color: tuple[int, int, int], rect: dict[str, float]) -> tuple[float, int]:
    """(share of the banner's pixels in `color`, pixels near white inside it: its text), read from a
    screenshot of the window's part where the banner is (at half scale: the pure-Python PNG reader is slow)."""
    width, height, rows = png_pixels(browser.screenshot(rect, scale=0.5))
    matching = white = total = 0
    for y in range(2, height - 2):
        line = rows[y]
        for x in range(2, width - 2):
            pixel = tuple(line[3 * x : 3 * x + 3])
            total += 1
            matching += all(abs(a - b) <= 6 for a, b in zip(pixel, color, strict=True))
            white += min(pixel) >= 235
    return matching / total, white


def test_the_comparison_report_in_chromium(browser: Browser, tmp_path: Path) -> None:
    comparison = evalclient.compare_runs(run("bpr_v10", BASELINE, 0.9), run("bpr_v11", CANDIDATE, 0.84))
    page = write(tmp_path, "report.html", comparison.to_html(max_field_drop=0.05))

    browser.load(page)

    assert browser.problems() == []
    fields = len(comparison.breakdown)
    assert fields == 7
    assert browser.evaluate("document.querySelectorAll('svg.chart rect.bar').length") == fields
    assert browser.evaluate("document.querySelectorAll('svg.chart rect.bar.regressed').length") == 2
    names = browser.evaluate("[...document.querySelectorAll('svg.chart g.row')].map(g => g.dataset.name)")
    assert names[:2] == ["line_items.amount", "total"]  # largest drop first
    assert names[-1] == "notes <b>&</b>"  # only in the candidate, drawn last, its name as text
    widths = browser.evaluate(
        "[...document.querySelectorAll('svg.chart rect.bar')].map(r => Math.round(r.getBoundingClientRect().width))"
    )
    track = browser.evaluate("Math.round(document.querySelector('svg.chart rect.track').getBoundingClientRect().width)")
    assert all(0 <= width <= track for width in widths)
    assert max(widths) > 0.9 * track
    rect = browser.evaluate("JSON.parse(JSON.stringify(document.getElementById('verdict').getBoundingClientRect()))")
    assert rect["top"] < 100
    assert rect["bottom"] < 1400
    banner = [line for line in browser.evaluate("document.getElementById('verdict').innerText").splitlines() if line]
    assert banner[:3] == ["EXTEND RUN COMPARISON", "Regression", "accuracy 0.9 \u2192 0.84 (\u22120.06)"]

    (tmp_path / "report.png").write_bytes(browser.screenshot())  # the whole window, for a person to look at
    share, white = banner_share(browser, BAD, rect)
    assert share > 0.6, f"the verdict banner is not red in the screenshot ({share:.0%} of its pixels)"
    assert white > 50, "no text is visible on the verdict banner"
    assert browser.pdf().startswith(b"%PDF")  # printable


def test_a_narrow_window_scrolls_no_page_sideways(chromium: str, tmp_path: Path) -> None:
    comparison = evalclient.compare_runs(run("bpr_v10", BASELINE, 0.9), run("bpr_v11", BASELINE, 0.91))
    page = write(tmp_path, "narrow.html", comparison.to_html(max_field_drop=0.05))
    phone = Browser(chromium, width=390, height=844)
    try:
        phone.load(page)
        assert phone.problems() == []
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        # Columns hidden at this width go with their cells: every table row lines up with its header.
        aligned = phone.evaluate(
            "[...document.querySelectorAll('table')].every(table => {"
            "  const shown = cells => [...cells].filter(cell => getComputedStyle(cell).display !== 'none').length;"
            "  const head = shown(table.querySelectorAll('thead th'));"
            "  return [...table.querySelectorAll('tbody tr')].every(row => shown(row.children) === head); })"
        )
        assert aligned is True
        assert phone.evaluate("getComputedStyle(document.querySelector('td.detail')).display") == "none"
        rect = phone.evaluate("JSON.parse(JSON.stringify(document.getElementById('verdict').getBoundingClientRect()))")
        assert rect["right"] <= 390
        assert rect["top"] < 60
        share, _ = banner_share(phone, GOOD, rect)
        assert share > 0.6
        assert phone.evaluate("document.querySelectorAll('svg.chart rect.bar').length") == len(comparison.breakdown)
    finally:
        phone.close()


def test_a_one_run_report_in_chromium(browser: Browser, tmp_path: Path) -> None:
    page = write(tmp_path, "one.html", describe_run(run("bpr_v11", CANDIDATE, 0.84)).to_html())
    browser.load(page)
    assert browser.problems() == []
    assert browser.evaluate("document.querySelectorAll('svg.chart rect.bar').length") == len(CANDIDATE)
    assert browser.evaluate("document.querySelectorAll('svg.chart line.baseline-mark').length") == 0


def test_the_console_check_catches_what_it_should(browser: Browser, tmp_path: Path) -> None:
    # The control: a page that logs an error, throws, and fetches from elsewhere must not pass.
    page = write(
        tmp_path, "broken.html",
        '<!doctype html><p>x</p><script>console.error("boom"); null.f();</script>'
        '<img src="http://127.0.0.1:9/pixel.png">',
    )  # fmt: skip
    browser.load(page)
    problems = browser.problems()
    assert any("boom" in problem for problem in problems), problems
    assert any(problem.startswith("exception:") for problem in problems), problems
    assert any(problem == "request: http://127.0.0.1:9/pixel.png" for problem in problems), problems
