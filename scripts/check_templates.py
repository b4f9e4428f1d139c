"""Show each template override's diff against the upstream template it forks; fail if one no longer applies.

Every file in generator-templates/ replaces the openapi-python-client template of the same path.
Each starts with a fork record, a Jinja comment (so it renders to nothing):

    {#
      Fork of openapi-python-client 0.29.1 templates/str_enum.py.jinja (upstream sha256 e4979a5e6b33).
      Why it differs, change by change:
      1. ...
    #}

An override "no longer applies" when the generator installed in .venv is another version than the
one recorded, when that version has no template at that path (the override would be silently
ignored), or when the upstream text is not the one the override was copied from (the sha256
prefix); an override left with merge conflict markers, or identical to upstream, fails too. Each
failure says what to do: see docs/generator-upgrade.md.

Usage: python scripts/check_templates.py [--overrides DIR] [--upstream DIR --upstream-version V]
(the defaults: generator-templates/ against the installed openapi_python_client package).
For a generator upgrade: `--save-upstream DIR` keeps the current upstream templates before the bump,
and `--reapply-from DIR` merges each override's changes onto the new upstream after it.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = "openapi-python-client"
GUIDE = "docs/generator-upgrade.md"

# The record must open the file: `{#`, then the fork line, then at least one numbered change, then `#}`.
_RECORD = re.compile(r"\A\{#-?\s*\n(?P<text>.*?)-?#\}\n", re.DOTALL)
_FORK_LINE = re.compile(
    rf"Fork of {re.escape(GENERATOR)} (?P<version>\S+) templates/(?P<path>\S+) "
    r"\(upstream sha256 (?P<sha>[0-9a-f]{12})\)\."
)
_CHANGE_LINE = re.compile(r"^\s*\d+\.\s+\S", re.MULTILINE)
_CONFLICT = re.compile(r"^(<{7}|>{7}) ", re.MULTILINE)


@dataclass(frozen=True)
class Record:
    version: str
    path: str
    sha: str
    body: str  # the override without its record: what the generator effectively renders


def sha12(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def read_record(text: str) -> Record | str:
    """The override's fork record, or why it has none that can be checked."""
    match = _RECORD.match(text)
    if match is None:
        return "has no fork record: it must open with a {# ... #} comment naming the upstream it copies"
    fork = _FORK_LINE.search(match["text"])
    if fork is None:
        return (
            "its fork record lacks the line "
            f"'Fork of {GENERATOR} <version> templates/<path> (upstream sha256 <12 hex digits>).'"
        )
    if not _CHANGE_LINE.search(match["text"]):
        return "its fork record lists no change (numbered lines '1. what and why')"
    return Record(fork["version"], fork["path"], fork["sha"], text[match.end() :])


def check_one(relative: str, text: str, upstream_dir: Path, upstream_version: str) -> tuple[list[str], str]:
    """Problems with one override, and its diff against the upstream template (empty if there is none)."""
    record = read_record(text)
    if isinstance(record, str):
        return [record], ""
    if record.path != relative:
        return [
            f"its fork record names templates/{record.path}, but the generator reads it as templates/{relative}"
        ], ""
    upstream_file = upstream_dir / relative
    if not upstream_file.is_file():
        return [
            f"{GENERATOR} {upstream_version} has no templates/{relative}: the generator would ignore this override. "
            "Find where that code lives now and move the changes there"
        ], ""
    upstream = upstream_file.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            upstream.splitlines(keepends=True),
            record.body.splitlines(keepends=True),
            fromfile=f"{GENERATOR} {upstream_version} templates/{relative}",
            tofile=f"generator-templates/{relative}",
        )
    )
    problems = []
    if record.version != upstream_version:
        problems.append(
            f"copied from {GENERATOR} {record.version}, but {upstream_version} is installed: "
            "re-apply its changes to the new upstream template and update the record"
        )
    elif record.sha != sha12(upstream):
        problems.append(
            f"upstream templates/{relative} is not the text it was copied from "
            f"(recorded sha256 {record.sha}, installed {sha12(upstream)}): re-apply its changes"
        )
    if not diff:
        problems.append("is identical to upstream: delete the override")
    if _CONFLICT.search(record.body):
        problems.append("holds merge conflict markers (<<<<<<< ... >>>>>>>) from a re-apply: resolve them")
    return problems, diff


def installed_generator() -> tuple[Path, str]:
    """The templates folder and version of the generator installed in this interpreter (.venv)."""
    from importlib.metadata import version

    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates", version(GENERATOR)


def reapply(relative: str, text: str, base_dir: Path, upstream_dir: Path, upstream_version: str) -> tuple[str, str]:
    """Re-apply one override's changes onto the installed upstream: (new text, what happened).

    A three-way merge (git merge-file): the base is the upstream the override was copied from,
    which must be in `base_dir` (checked by its sha256), and the other side the installed upstream.
    The record's fork line moves to the new version; conflicts stay marked for a person to resolve.
    """
    record = read_record(text)
    if isinstance(record, str):
        return text, f"not re-applied: {record}"
    new_file, base_file = upstream_dir / relative, base_dir / relative
    if not new_file.is_file():
        return text, f"not re-applied: {GENERATOR} {upstream_version} has no templates/{relative}"
    if not base_file.is_file() or sha12(base_file.read_text(encoding="utf-8")) != record.sha:
        return text, f"not re-applied: {base_file} is not the upstream it was copied from (sha256 {record.sha})"
    new = new_file.read_text(encoding="utf-8")
    if (record.version, record.sha) == (upstream_version, sha12(new)):
        return text, f"already on {upstream_version}"
    with tempfile.TemporaryDirectory() as scratch:
        ours = Path(scratch) / "override"
        ours.write_text(record.body, encoding="utf-8")
        labels = ["-L", "override", "-L", f"upstream {record.version}", "-L", f"upstream {upstream_version}"]
        merge = ["git", "merge-file", "-p", *labels, str(ours), str(base_file), str(new_file)]
        result = subprocess.run(merge, capture_output=True, text=True, check=False)  # noqa: S603 - fixed argv
    if result.returncode < 0 or result.returncode > 127:
        return text, f"not re-applied: git merge-file failed: {result.stderr.strip()}"
    fork_line = f"{GENERATOR} {upstream_version} templates/{relative} (upstream sha256 {sha12(new)})."
    head = _FORK_LINE.sub(lambda _: f"Fork of {fork_line}", text[: len(text) - len(record.body)], count=1)
    outcome = f"{result.returncode} conflict(s) marked <<<<<<< to resolve" if result.returncode else "merged cleanly"
    return head + result.stdout, f"re-applied onto {upstream_version}: {outcome}; review its record's changes"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--overrides", type=Path, default=ROOT / "generator-templates")
    parser.add_argument("--upstream", type=Path, help="an upstream templates folder (default: the installed one)")
    parser.add_argument("--upstream-version", help="the version of --upstream")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--save-upstream", type=Path, metavar="DIR", help="copy the upstream templates to DIR")
    action.add_argument(
        "--reapply-from", type=Path, metavar="DIR", help="re-apply the overrides onto the upstream; DIR: the old one"
    )
    args = parser.parse_args(argv)
    if (args.upstream is None) != (args.upstream_version is None):
        parser.error("--upstream and --upstream-version go together")
    upstream_dir, upstream_version = (args.upstream, args.upstream_version) if args.upstream else installed_generator()
    overrides = sorted(path for path in args.overrides.rglob("*") if path.is_file())

    if args.save_upstream:
        shutil.copytree(upstream_dir, args.save_upstream)
        print(f"{GENERATOR} {upstream_version} templates copied to {args.save_upstream}")
        return 0
    if args.reapply_from:
        clean = True
        for path in overrides:
            relative = path.relative_to(args.overrides).as_posix()
            text, outcome = reapply(
                relative, path.read_text(encoding="utf-8"), args.reapply_from, upstream_dir, upstream_version
            )
            path.write_text(text, encoding="utf-8")
            clean = clean and ("merged cleanly" in outcome or outcome.startswith("already"))
            print(f"{relative}: {outcome}")
        print(f"Next: resolve what is marked, then `make check-templates` and `make generate` ({GUIDE})")
        return 0 if clean else 1

    failures: list[str] = []
    for path in overrides:
        relative = path.relative_to(args.overrides).as_posix()
        problems, diff = check_one(relative, path.read_text(encoding="utf-8"), upstream_dir, upstream_version)
        print(f"=== {relative}: {'NO LONGER APPLIES' if problems else 'applies'}")
        sys.stdout.write(diff)
        failures += [f"generator-templates/{relative} {problem}" for problem in problems]

    print()
    if failures:
        print(f"check-templates: {len(failures)} problem(s) against {GENERATOR} {upstream_version}:", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        print(f"How to bump the generator and re-apply the overrides: {GUIDE}", file=sys.stderr)
        return 1
    print(f"check-templates: {len(overrides)} overrides, each applies to {GENERATOR} {upstream_version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
