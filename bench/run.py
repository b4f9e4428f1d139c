"""The benchmark runner: `python -m bench.run` (what `make bench` runs).

Runs the scenarios in order, each in a fresh interpreter (see `_run_one`), prints each one's
rows as it finishes and the whole table at the end, writes every figure with the machine facts to
bench/results.json and the table into BENCHMARKS.md (between its `bench:results` markers).
`--quick` (tiny sizes in seconds; the smoke test uses it) and `--only` (some scenarios) write
nothing unless asked, so a partial run never replaces the full table. A missed target is a
figure, not a failure; the exit status is non-zero only when a scenario could not run.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import bulk, env, imports, parsing, per_call, resources, waits, walk
from bench.config import FULL, QUICK, Config
from bench.report import Outcome, Row, markdown_table

SCENARIOS: dict[str, tuple[str, Callable[[Config], Outcome]]] = {
    "1": ("per-call overhead, in process", per_call.run_in_process),
    "2": ("per-call overhead, loopback", per_call.run_loopback),
    "3": ("parsing a 1,000-item page", parsing.run),
    "4": ("import and first call", imports.run),
    "5": ("pagination at scale", walk.run),
    "6": ("concurrent waits", waits.run),
    "7": ("resource-style overhead", resources.run),
    "8": ("bulk loading at the rate limit", bulk.run),
}
START_MARKER = "<!-- bench:results:start -->"
END_MARKER = "<!-- bench:results:end -->"


def _load() -> list[float] | None:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def _run_one(key: str, config: Config) -> tuple[Outcome, bool]:
    """Run scenario `key` in a fresh interpreter (`--scenario`) and read its outcome back.

    Why a process each: a figure must not depend on what ran before it. In one process, scenarios
    1 and 2 load the official SDK's client (~1,000 modules, ~89,000 objects the garbage collector
    then walks in every full collection), which made scenario 3's parse take twice as long as when
    it runs alone, and the 10,000 waits of scenario 6 left the process slower for scenario 7.
    """
    name = SCENARIOS[key][0]
    with tempfile.TemporaryDirectory(prefix="evalclient-bench-") as tmp:
        path = Path(tmp) / "outcome.json"
        command = [sys.executable, "-m", "bench.run", "--scenario", key, "--outcome", str(path)]
        completed = subprocess.run([*command, *(["--quick"] if config.quick else [])], check=False)
        if completed.returncode == 0 and path.exists():
            saved = json.loads(path.read_text())
            rows = [Row(**row) for row in saved["rows"]]
            return Outcome(saved["key"], saved["title"], saved["data"], rows), saved["ok"]
    error = f"ERROR: the scenario's process exited with {completed.returncode}"
    return Outcome(key, name, {"error": error, "scenario_seconds": 0.0}, [Row(key, name, error, met=False)]), False


def _run_here(key: str, config: Config, path: Path) -> None:
    """The child's side of `_run_one`: run one scenario and write its outcome to `path` as JSON."""
    name, scenario = SCENARIOS[key]
    started = time.perf_counter()
    try:
        outcome = scenario(config)
        ok = True
    except Exception as exc:  # one broken scenario must not hide the others' figures
        traceback.print_exc()
        outcome = Outcome(key, name, {"error": repr(exc)}, [Row(key, name, f"ERROR: {exc!r}"[:200], met=False)])
        ok = False
    outcome.data["scenario_seconds"] = time.perf_counter() - started
    saved = {"key": outcome.key, "title": outcome.title, "data": outcome.data, "ok": ok}
    saved["rows"] = [row.as_dict() for row in outcome.rows]
    path.write_text(json.dumps(saved, default=str))


def _machine_line(facts: dict[str, Any]) -> str:
    versions = facts["versions"]
    return (
        f"{facts['cpu_model']}, {facts['cores']} cores, {facts['memory_gib']} GiB, Python {facts['python']}, "
        f"{facts['os']}; evalclient {versions['evalclient']}, httpx {versions['httpx']}, "
        f"extend-ai {versions['extend-ai']}, pydantic {versions['pydantic']}"
    )


def _summary_lines(rows: list[Row], wall: float, load: dict[str, Any], facts: dict[str, Any]) -> list[str]:
    targeted = [row for row in rows if row.met is not None]
    met = sum(1 for row in targeted if row.met)
    return [
        f"Targets met: {met} of {len(targeted)}. Total wall time: {wall:.0f} s.",
        f"Machine: {_machine_line(facts)}.",
        f"Load average (1, 5, 15 min) at start {load['start']}, at end {load['end']}.",
    ]


def _write_markdown(path: Path, block: str) -> None:
    text = path.read_text() if path.exists() else ""
    section = f"{START_MARKER}\n{block}\n{END_MARKER}"
    if START_MARKER in text and END_MARKER in text:
        head, rest = text.split(START_MARKER, 1)
        text = head + section + rest.split(END_MARKER, 1)[1]
    else:
        text = text + ("\n" if text else "") + section + "\n"
    path.write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, seconds in all (smoke test)")
    parser.add_argument("--only", default=",".join(SCENARIOS), help="scenarios to run, e.g. 1,3 (default: all)")
    parser.add_argument(
        "--results", type=Path, help="results JSON (default: bench/results.json; none with --quick or --only)"
    )
    parser.add_argument(
        "--markdown",
        type=Path,
        help="file whose results block to rewrite (default: BENCHMARKS.md; none with --quick or --only)",
    )
    parser.add_argument("--scenario", choices=list(SCENARIOS), help=argparse.SUPPRESS)  # a child of _run_one
    parser.add_argument("--outcome", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL
    if args.scenario is not None:
        if args.outcome is None:
            parser.error("--scenario needs --outcome")
        _run_here(args.scenario, config, args.outcome)
        return 0
    keys = [key.strip() for key in args.only.split(",") if key.strip()]
    full_run = not args.quick and keys == list(SCENARIOS)
    results = args.results or (env.ROOT / "bench/results.json" if full_run else None)
    markdown = args.markdown or (env.ROOT / "BENCHMARKS.md" if full_run else None)
    unknown = [key for key in keys if key not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenarios {unknown}; choose from {', '.join(SCENARIOS)}")

    if not args.quick and not env.sdk_installed():
        parser.error("the official SDK (extend-ai) is not installed here: run `make bench` (it uses bench/.venv)")
    facts = env.facts()
    print(f"evalclient benchmarks ({'quick' if args.quick else 'full'}): {_machine_line(facts)}", flush=True)
    if facts["lock_mismatches"]:
        print(f"WARNING: bench.lock disagrees with dev.lock: {facts['lock_mismatches']}", flush=True)
    load = {"start": _load(), "end": None}
    started = time.perf_counter()
    outcomes, all_ok = [], True
    for key in keys:
        print(f"\n## {key}. {SCENARIOS[key][0]}", flush=True)
        outcome, ok = _run_one(key, config)
        all_ok &= ok
        outcomes.append(outcome)
        print(f"{outcome.title} ({outcome.data['scenario_seconds']:.0f} s)\n{markdown_table(outcome.rows)}", flush=True)
    wall = time.perf_counter() - started
    load["end"] = _load()

    rows = [row for outcome in outcomes for row in outcome.rows]
    summary = _summary_lines(rows, wall, load, facts)
    table = markdown_table(rows)
    print("\n## All figures\n" + table + "\n\n" + "\n".join(summary))
    if results is not None:
        document = {
            "generated_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "mode": "quick" if args.quick else "full",
            "wall_seconds": wall,
            "machine": facts,
            "load_average": load,
            "config": asdict(config),
            "scenarios": {
                o.key: {"title": o.title, "data": o.data, "rows": [r.as_dict() for r in o.rows]} for o in outcomes
            },
        }
        results.write_text(json.dumps(document, indent=1, default=str) + "\n")
        print(f"wrote {results}")
    if markdown is not None:
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        command = "make bench" if full_run else " ".join(["python -m bench.run", *(argv or sys.argv[1:])])
        block = f"Latest run: {stamp}, `{command}`.\n\n"
        _write_markdown(markdown, block + table + "\n\n" + "\n".join(f"- {line}" for line in summary))
        print(f"wrote {markdown}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
