"""Breaking-change check: the package's public API and specs against the last release.

The last release is the newest `vX.Y.Z` tag reachable from HEAD, or the committed snapshot in
api-snapshot/ (griffe's serialization of the released public API in api.json, plus the released
specs; refreshed by `make api-snapshot`) when there is no tag, when the snapshot is newer, or when
this is not a git checkout at all. A tag's sources are reduced to exactly what the snapshot would
record, and the working tree goes through the same serialization (scripts/api_snapshot.py), so
every comparison is between two APIs of the same shape, whichever the baseline.

Fails (exit 1) when something breaks without a major version bump. Breaking is what griffe finds
in the Python API of evalclient, extend_evals_client and bland_evals_client (removed objects and
parameters, changed signatures...) plus what scripts/spec_diff.py marks breaking in the specs
(griffe does not see e.g. an attrs field turning required). Versions below 1.0 follow semver's
0.x convention: anything may change in 0.x, so a minor bump (0.1 -> 0.2) is the major one.

    python scripts/check_api.py              # the check, with a spec-level summary
    python scripts/check_api.py --changelog  # a CHANGELOG.md entry drafted from the same diff
"""

from __future__ import annotations

import argparse
import io
import re
import runpy
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from importlib.metadata import version as installed_version
from pathlib import Path

import api_snapshot
import griffe
import spec_diff
from api_snapshot import API_JSON, ROOT, SNAPSHOT, SPEC_FILES, read_version
from packaging.version import Version

# Everything the check reads from a release tag, relative to the tree's root.
TREE_PARTS = (*SPEC_FILES, "overlays/evalclient", "generated")
SPECS = tuple(Path(spec).stem for spec in SPEC_FILES)
_TAG = re.compile(r"v(\d+\.\d+\.\d+)")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass(frozen=True)
class Baseline:
    version: Version
    label: str
    api: api_snapshot.Packages
    specs: Path  # the folder the release's openapi/*.yaml are in


def is_major_bump(old: Version, new: Version) -> bool:
    if old.major == 0:
        return new.major > 0 or new.minor > old.minor
    return new.major > old.major


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    # Fixed argument lists, no shell; git is whichever one PATH gives, as everywhere in the Makefile.
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=False)  # noqa: S603, S607


def newest_tag() -> tuple[Version, str] | None:
    # Only when ROOT is the top of its own checkout: a copy of the tree lying inside some other
    # repository must not pick up that repository's tags.
    top = _git("rev-parse", "--show-toplevel")
    if top.returncode != 0 or Path(top.stdout.decode().strip()).resolve() != ROOT:
        return None
    listed = _git("tag", "--merged", "HEAD", "--list", "v*").stdout.decode().split()
    return max(((Version(tag[1:]), tag) for tag in listed if _TAG.fullmatch(tag)), default=None)


def extract_tag(tag: str, into: Path) -> Path:
    archive = _git("archive", "--format=tar", tag, "--", *TREE_PARTS)
    if archive.returncode != 0:
        raise SystemExit(f"cannot read {tag}: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def find_baseline(scratch: Path) -> Baseline:
    tag = newest_tag()
    snapshot = api_snapshot.read() if API_JSON.is_file() else None
    if tag is not None and (snapshot is None or tag[0] >= snapshot[0]):
        root = extract_tag(tag[1], scratch)
        return Baseline(tag[0], f"tag {tag[1]}", api_snapshot.baseline_api(root), root)
    if snapshot is not None:
        version, written_by, api = snapshot
        if written_by != (running := installed_version("griffe")):
            # Another griffe may serialize or compare differently: worth knowing when a result surprises.
            print(f"note: {API_JSON.relative_to(ROOT)} is from griffe {written_by}, this is {running}", file=sys.stderr)
        return Baseline(version, f"{SNAPSHOT.relative_to(ROOT)}/", api, SNAPSHOT)
    raise SystemExit("no baseline: no vX.Y.Z tag and no api-snapshot/. Record one with `make api-snapshot`.")


def python_breakages(old: api_snapshot.Packages, new: api_snapshot.Packages) -> list[str]:
    found = []
    for name, old_module in old.items():
        if name not in new:
            found.append(f"{name}: package removed")
            continue
        for breakage in griffe.find_breaking_changes(old_module, new[name]):
            # Both sides record file paths relative to the repo root, so the messages need no
            # rewriting; only griffe's colours go.
            found.append(_ANSI.sub("", breakage.explain(griffe.ExplanationStyle.ONE_LINE)))
    return found


def load_specs(old_root: Path, new_root: Path) -> dict[str, tuple[spec_diff.Node, spec_diff.Node]]:
    """(baseline, current) of every spec; a spec new since the baseline is diffed against an empty
    document of its own version, so all it holds shows as added (and nothing as breaking)."""
    loaded = {}
    for spec in SPECS:
        new = spec_diff.load(new_root / "openapi" / f"{spec}.yaml")
        old_path = old_root / "openapi" / f"{spec}.yaml"
        empty = {"info": new["info"], "paths": {}, "components": {"schemas": {}}}
        loaded[spec] = (spec_diff.load(old_path) if old_path.exists() else empty, new)
    return loaded


def changelog(version: Version, python: list[str], specs: dict[str, list[spec_diff.Change]]) -> str:
    versions = runpy.run_path(str(ROOT / "overlays" / "evalclient" / "_api_versions.py"))
    spec_versions = ", ".join(f"{name} {value}" for name, value in sorted(versions["SPEC_VERSIONS"].items()))
    sections: dict[str, list[str]] = {
        "Breaking": [f"- Python API: {line}" for line in python],
        "Added": [],
        "Changed": [],
    }
    for spec, changes in specs.items():
        for change in changes:
            section = "Breaking" if change.breaking else "Added" if change.action == "added" else "Changed"
            sections[section].append(change.changelog_line(spec))
    lines = [
        f"## {version} - unreleased",
        "",
        f"Pins Extend API {versions['EXTEND_API_VERSION']}; specs: {spec_versions}.",
    ]
    for title, entries in sections.items():
        if entries:
            lines += ["", f"### {title}", "", *entries]
    if not any(sections.values()):
        lines += ["", "No API changes."]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changelog", action="store_true", help="print a CHANGELOG.md entry draft and exit 0")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="check-api-"))
    try:
        baseline = find_baseline(scratch)
        current = read_version(ROOT)
        python = python_breakages(baseline.api, api_snapshot.current_api(ROOT))
        documents = load_specs(baseline.specs, ROOT)
    finally:
        shutil.rmtree(scratch)
    specs = {spec: spec_diff.diff(old, new) for spec, (old, new) in documents.items()}

    if args.changelog:
        print(changelog(current, python, specs))
        return 0

    print(f"Baseline: {baseline.version} ({baseline.label}); current: {current}")
    print(f"\nPython API (griffe): {len(python) or 'no'} breaking change{'s' * (len(python) != 1)}")
    print("".join(f"  {line}\n" for line in python), end="")
    print("\nSpec changes:")
    for spec, (old, new) in documents.items():
        print("  " + spec_diff.summary(spec, old, new, specs[spec]).replace("\n", "\n  "))

    in_specs = sum(change.breaking for changes in specs.values() for change in changes)
    # One change often shows on both sides (a removed field is a removed attribute), so both counts are given.
    breaking = f"breaking changes ({len(python)} in the Python API, {in_specs} in the specs)"
    print()
    if current < baseline.version:
        print(f"FAIL: version {current} is lower than the last release {baseline.version}", file=sys.stderr)
        return 1
    if (python or in_specs) and not is_major_bump(baseline.version, current):
        wanted = (
            f"{baseline.version.major}.{baseline.version.minor + 1}.0"
            if baseline.version.major == 0
            else f"{baseline.version.major + 1}.0.0"
        )
        print(
            f"FAIL: {breaking} since {baseline.version} without a major version bump.\n"
            f"  Bump overlays/evalclient/_version.py to {wanted} (in 0.x a minor bump is the major one),\n"
            f"  or undo the change. If {baseline.version} was never released, refresh the baseline: make api-snapshot",
            file=sys.stderr,
        )
        return 1
    if python or in_specs:
        print(f"OK: {breaking}, allowed by the major bump {baseline.version} -> {current}")
    else:
        print(f"OK: nothing breaks between {baseline.version} and {current}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
