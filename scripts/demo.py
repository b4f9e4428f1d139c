"""The evalclient demo (`make demo`): a whole Extend and a whole Bland evaluation, driven through the
`evalclient` command line against the built-in fake API.

It starts the fake (`python -m evalclient.testing serve`) as a child process and points the
command line at it through EXTEND_*/BLAND_* variables set for the children only, so it never
reads a real vendor key and never touches a vendor API. Every command is echoed before it runs,
exactly as a person would type it; progress appears live on stderr.

The seeded resources a real account already has (an extractor, uploaded files, recorded calls,
eval agents) are not all listable through the evaluation APIs, so their ids come from the
manifest the fake prints right after its URL: one JSON object naming every seeded resource by kind.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import select
import shlex
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TOKEN = "demo-token"  # noqa: S105 - the fake's key, not a secret
SEED = 0
ITEM_COUNT = 120  # more than one batch of 100, so batching shows
CALL_COUNT = 40
# Gates a healthy run passes with room to spare (the fake's figures are deterministic but not tuned).
MIN_ACCURACY = 0.7
MIN_SCORE = 50
PASS_THRESHOLD_PCT = 40
MAX_FIELD_DROP = 0.05  # how far one field's accuracy may drop before the compare step fails
FAKE_START_SECONDS = 15.0
PREVIEW_LINES = 4
JSON_PREVIEW_CHARS = 110


class DemoError(Exception):
    """A step did not do what the demo expects; the message says which."""


@contextlib.contextmanager
def fake_api(run_seconds: float) -> Iterator[tuple[str, dict[str, Any]]]:
    """Serve the fake API in a child process; yields its base URL and manifest, and always stops it."""
    command = [sys.executable, "-m", "evalclient.testing", "serve", "--host", "127.0.0.1", "--port", "0"]
    command += ["--token", TOKEN, "--seed", str(SEED), "--run-seconds", str(run_seconds)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603 - fixed argv, this Python
    try:
        assert server.stdout is not None
        ready, _, _ = select.select([server.stdout], [], [], FAKE_START_SECONDS)
        url = server.stdout.readline().strip() if ready else ""
        if not url.startswith("http://"):
            raise DemoError(f"the fake API did not start (first line: {url!r})")
        try:  # the manifest line is printed with the URL, in one write
            manifest: dict[str, Any] = json.loads(server.stdout.readline())
        except ValueError as exc:
            raise DemoError(f"the fake API printed no manifest after its URL ({exc})") from None
        yield url, manifest
    finally:
        server.send_signal(signal.SIGINT)  # the fake exits 0 on SIGINT
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Shell:
    """Runs `evalclient` commands the way a person would, echoing each one first."""

    def __init__(self, url: str, workdir: Path) -> None:
        self.workdir = workdir
        self.env = {
            **os.environ,
            "EXTEND_API_KEY": TOKEN,
            "BLAND_API_KEY": TOKEN,
            "EXTEND_BASE_URL": url,
            "BLAND_BASE_URL": url,
            "PYTHONUNBUFFERED": "1",  # so stdout and stderr lines interleave in the order they were written
        }

    def run(self, *args: str, show: bool = True, expect: int = 0) -> str:
        """Echo and run `evalclient ARGS`, streaming its stdout as it comes; stderr (progress) is the terminal's.

        `expect` is the exit status the step should end with (1 for a gate meant to fail)."""
        print(f"\n$ {shlex.join(['evalclient', *args])}", flush=True)
        lines: list[str] = []
        with subprocess.Popen(  # noqa: S603 - this Python running evalclient, no shell
            [sys.executable, "-m", "evalclient", *args],
            cwd=self.workdir,
            env=self.env,
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            for line in child.stdout:
                lines.append(line)
                if show:
                    print(line, end="", flush=True)
        if child.returncode != expect:
            raise DemoError(f"`evalclient {shlex.join(args)}` exited {child.returncode}, not {expect}")
        if expect:
            print(f"(exit status {child.returncode}, as a CI step would fail)", flush=True)
        return "".join(lines)

    def run_json(self, *args: str) -> dict[str, Any]:
        """Run with --json (as a script would) and show the start of the document."""
        text = self.run(*args, "--json", show=False)
        print(text[:JSON_PREVIEW_CHARS].rstrip() + (" ..." if len(text) > JSON_PREVIEW_CHARS else ""))
        document: dict[str, Any] = json.loads(text)
        return document


def section(title: str) -> None:
    print(f"\n{'=' * 8} {title} {'=' * max(4, 70 - len(title))}", flush=True)


def write_items(path: Path, file_ids: list[str]) -> None:
    """An invoice extractor's golden set: one JSONL line per file with its hand-checked fields."""
    with path.open("w", encoding="utf-8") as stream:
        for number in range(ITEM_COUNT):
            expected = {
                "vendor_name": f"Vendor {number % 17}",
                "invoice_number": f"INV-2026-{number:04d}",
                "total": round(100 + number * 7.5, 2),
                "currency": "USD",
            }
            line = {"fileId": file_ids[number % len(file_ids)], "expectedOutput": {"value": expected}}
            stream.write(json.dumps(line) + "\n")


def extend_flow(shell: Shell, seeds: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    section("Extend: evaluate an invoice extractor")
    extractor_id = seeds["processors"]["extractor"][0]["id"]
    output = shell.run("extend", "sets", "create", "--name", "Invoices golden set", "--entity-id", extractor_id)
    set_id = output.split()[1]  # records start with the id: "id  ev_..."
    write_items(shell.workdir / "items.jsonl", seeds["file_ids"])
    print(f"\n(items.jsonl: {ITEM_COUNT} items, one JSON object per line)")
    shell.run("extend", "items", "add", set_id, "--file", "items.jsonl")
    shell.run("extend", "items", "list", set_id, "--limit", "5")
    output = shell.run(
        "extend", "runs", "create", "--evaluation-set-id", set_id, "--wait", "--min-accuracy", str(MIN_ACCURACY)
    )
    run_id = output.split()[1]
    return set_id, shell.run_json("extend", "runs", "get", run_id)


def bland_flow(shell: Shell, seeds: dict[str, Any]) -> tuple[dict[str, Any], int]:
    section("Bland: score recorded calls with two eval agents")
    shell.run("bland", "agents", "list")
    (shell.workdir / "calls.txt").write_text("\n".join(seeds["call_ids"][:CALL_COUNT]) + "\n", encoding="utf-8")
    print(f"\n(calls.txt: {CALL_COUNT} call ids, one per line)")
    first, second = [agent for agent in seeds["eval_agents"] if agent["active_version_id"]][:2]  # published ones
    pinned = f"{second['id']}:{second['active_version_id']}"  # its published version, pinned
    output = shell.run(
        "bland", "runs", "create", "--call-ids-file", "calls.txt", "--agent", first["id"], "--agent", pinned,
        "--pass-threshold-pct", str(PASS_THRESHOLD_PCT), "--metadata", "source=demo",
        "--wait", "--min-score", str(MIN_SCORE),
    )  # fmt: skip
    run_id = output.split()[1]
    shell.run("bland", "runs", "results", run_id, "--format", "csv", "--output", "results.csv")
    lines = (shell.workdir / "results.csv").read_text(encoding="utf-8").splitlines()
    print(f"\n(results.csv: {len(lines)} lines; the first {PREVIEW_LINES}, first columns only)")
    for row in list(csv.reader(lines))[:PREVIEW_LINES]:
        print("  " + ",".join(row[:4]))
    return shell.run_json("bland", "runs", "get", run_id), len(lines) - 1


def compare_flow(shell: Shell, set_id: str, baseline: dict[str, Any], reports: Path) -> str:
    """Another version of the extractor against the last good run: a regression, and both reports."""
    section("Did it get worse? Another extractor version against the last good run")
    print(f"(the run above, {baseline['id']}, passed its gate: it is the baseline)")
    output = shell.run("extend", "runs", "create", "--evaluation-set-id", set_id, "--version", "1.0", "--wait")
    candidate_id = output.split()[1]
    markdown, html = reports / "summary.md", reports / "report.html"
    output = shell.run(
        "extend", "runs", "compare", baseline["id"], candidate_id, "--max-field-drop", str(MAX_FIELD_DROP),
        "--markdown", str(markdown), "--html", str(html), expect=1,
    )  # fmt: skip
    verdict = next(line for line in output.splitlines() if line.startswith("compare "))
    lines = markdown.read_text(encoding="utf-8").splitlines()
    print(f"\n({markdown.name}, for a CI job summary or a pull request comment: {len(lines)} lines; the first 3)")
    for line in lines[:3]:
        print(f"  {line}")
    print(f"({html.name}: {html.stat().st_size:,} bytes, one self-contained page; open it in a browser)")
    return verdict


def summary(
    extend_run: dict[str, Any], bland_run: dict[str, Any], result_rows: int, verdict: str, reports: Path
) -> None:
    metrics, scores = extend_run["metrics"], bland_run["summary"] or {}
    accuracy, score = metrics.get("accuracy"), scores.get("overall_score_mean")
    section("Summary")
    print(
        f"Extend  run {extend_run['id']}: {extend_run['status']}, "
        f"{metrics.get('numFilesProcessed')}/{metrics.get('numFilesTotal')} files, "
        f"accuracy {accuracy} (gate >= {MIN_ACCURACY}: {_verdict(accuracy, MIN_ACCURACY)})"
    )
    print(
        f"Bland   run {bland_run['id']}: {bland_run['status']}, "
        f"{bland_run['completed_atom_count']}/{bland_run['resolved_atom_count']} evaluations, "
        f"mean score {score} (gate >= {MIN_SCORE}: {_verdict(score, MIN_SCORE)}), "
        f"{result_rows} call results in results.csv"
    )
    print(f"Compare version 1.0 against that Extend run: {verdict}")
    print(f"Reports {reports / 'summary.md'} and {reports / 'report.html'}")
    print("Every step ran through the evalclient command line against the fake API; no vendor API was used.")


def _seeded(manifest: dict[str, Any]) -> str:
    extend, bland = manifest["extend"], manifest["bland"]
    processors = ", ".join(f"{len(found)} {kind}" for kind, found in extend["processors"].items())
    return (
        f"{processors}, {len(extend['file_ids'])} files; "
        f"{len(bland['call_ids'])} calls, {len(bland['eval_agents'])} eval agents"
    )


def _verdict(value: float | None, minimum: float) -> str:
    return "passed" if value is not None and value >= minimum else "failed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--run-seconds", type=float, default=3.0, help="how long a fake run takes (default 3)")
    parser.add_argument(
        "--reports-dir", type=Path, help="where the comparison reports are written (default: a new directory, kept)"
    )
    args = parser.parse_args(argv)
    reports = args.reports_dir or Path(tempfile.mkdtemp(prefix="evalclient-demo-reports-"))
    reports.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory(prefix="evalclient-demo-") as workdir, fake_api(args.run_seconds) as served:
            url, manifest = served
            print(f"fake Extend and Bland APIs at {url} (keys and base URLs set for the commands below only)")
            print(f"seeded, from the manifest it printed next: {_seeded(manifest)}")
            shell = Shell(url, Path(workdir))
            set_id, extend_run = extend_flow(shell, manifest["extend"])
            bland_run, result_rows = bland_flow(shell, manifest["bland"])
            verdict = compare_flow(shell, set_id, extend_run, reports)
            summary(extend_run, bland_run, result_rows, verdict, reports)
    except DemoError as exc:
        print(f"\ndemo failed: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ndemo interrupted; the fake API was stopped", file=sys.stderr)
        return 130
    print("\nfake API stopped; demo complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
