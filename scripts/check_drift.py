"""Has the vendor's API moved away from our spec? Compare an OpenAPI document with the official SDK.

    python scripts/check_drift.py [PAIRING.yaml ...] [--sdk PATH] [--all]

Each pairing file (default: every openapi/drift/*.yaml) names a spec, the SDK to compare it with,
how names map between the two, and the differences already reviewed and accepted, each with its
reason (see scripts/_drift/config.py). Without --sdk, pip installs the pairing's requirement (the
newest release, or a pin) into a throwaway virtualenv; --sdk reads an installed SDK instead (a
virtualenv, or a site-packages directory), for tests and offline use.

Prints a table (schema or operation, field, ours, theirs, verdict) of every difference, accepted or
not (--all: every row compared), names the SDK version, and exits 1 when a difference is not in the
accepted list or an accepted entry no longer matches anything (stale), 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # scripts/_drift, when run as a script

from _drift import config, sdk_env
from _drift.compare import SAME, Comparison, Row
from _drift.spec_reader import SpecReader

ROOT = Path(__file__).resolve().parent.parent
ACCEPTED = "accepted"
STALE = "stale accepted entry"


def check(pairing: config.Pairing, sdk: Path | None, show_all: bool) -> bool:
    """Print the pairing's table; True when every difference is accepted and every acceptance is used."""
    if not pairing.spec.is_file():
        raise config.ConfigError(f"{pairing.path}: the spec {pairing.spec} does not exist")
    theirs = sdk_env.read_installed(pairing, sdk) if sdk else sdk_env.read_newest(pairing)
    spec = SpecReader(pairing.spec)
    ours = {**spec.shape(), "api_version": spec.api_version()}
    accepted = {entry.key: entry for entry in pairing.accepted}
    rows = []
    for row in Comparison(pairing, ours, theirs).rows():
        if row.verdict != SAME and row.key in accepted:
            row = Row(row.where, row.field, row.ours, row.theirs, f"{ACCEPTED} ({row.verdict})")
            accepted.pop(row.key)
        rows.append(row)
    rows += [Row(e.where, e.field, e.ours, e.theirs, STALE) for e in accepted.values()]

    print(f"{_relative(pairing.spec)} vs {theirs['distribution']} {theirs['version']} ({_relative(pairing.path)})")
    shown = [r for r in rows if show_all or r.verdict != SAME]
    _table(shown)
    counts = Counter(_kind(r.verdict) for r in rows)
    failing = counts["differs"] + counts[STALE]
    print(
        f"{len(rows)} compared: {counts[SAME]} same, {counts[ACCEPTED]} accepted, "
        f"{counts['differs']} not accepted, {counts[STALE]} stale accepted"
        + (" -> FAIL: fix the spec, or accept the difference with its reason in the pairing file" if failing else "")
    )
    return failing == 0


def _kind(verdict: str) -> str:
    if verdict in (SAME, STALE):
        return verdict
    return ACCEPTED if verdict.startswith(ACCEPTED) else "differs"


def _table(rows: list[Row]) -> None:
    header = Row("schema or operation", "field", "ours", "theirs", "verdict")
    cells = [(r.where, r.field, r.ours, r.theirs, r.verdict) for r in (header, *rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    for line in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)) + "  " + line[4])


def _relative(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compare OpenAPI specs with the vendor's official SDK.")
    parser.add_argument("pairings", nargs="*", type=Path, help="pairing files (default: openapi/drift/*.yaml)")
    parser.add_argument("--sdk", type=Path, help="read this installed SDK (virtualenv or site-packages) instead of pip")
    parser.add_argument("--all", action="store_true", help="show every row compared, not only the differences")
    args = parser.parse_args(argv)
    paths = args.pairings or sorted((ROOT / "openapi" / "drift").glob("*.yaml"))
    if args.sdk and len(paths) != 1:
        parser.error("--sdk reads one SDK: name the one pairing file it belongs to")
    passed = True
    try:
        for path in paths:
            passed = check(config.load(path), args.sdk, args.all) and passed
    except config.ConfigError as exc:
        print(f"check-drift: {exc}", file=sys.stderr)
        return 2
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
