"""The release pipeline, end to end: `make publish` to a real package index on loopback, an install
from it into an empty virtualenv, and `make check-api` on spec changes that do and do not break.

Everything runs on copies of the working tree (uncommitted files included, .venv and .git left
out, so the copies are "not a git checkout"), driven through make with this .venv; `-o STAMP`
keeps make from re-running `make setup`, which would re-point the editable install at the copy.
Each copy first records itself as the last release (scripts/api_snapshot.py), so a test sees
exactly the changes it makes, not whatever the working tree changed since the committed snapshot
(one test reads the committed snapshot itself).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from evalclient._version import __version__ as VERSION
from spec_support import ROOT

pytestmark = pytest.mark.pipeline

BIN = Path(sys.executable).parent
VENV = BIN.parent
STAMP = VENV / ".installed"
USERNAME = "release-bot"
Spec = dict[str, Any]


def _environment(**extra: str) -> dict[str, str]:
    # Nothing from the caller's shell or an outer make may steer the run under test.
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("EVALCLIENT_", "TWINE_", "MAKE", "MFLAGS")) and key != "ALLOW_SKIP_TESTS"
    }
    return {**inherited, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", **extra}


def make(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    command = ["make", "--no-print-directory", "-o", str(STAMP), f"VENV={VENV}", *args]
    return subprocess.run(
        command, cwd=repo, env=_environment(**env), capture_output=True, text=True, timeout=300, check=False
    )


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=_environment(), capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def copy_repo(destination: Path, *, snapshot: bool = True) -> Path:
    ignored = shutil.ignore_patterns(".venv", ".git", "dist", "build", "__pycache__", "*_cache")
    shutil.copytree(ROOT, destination, ignore=ignored)
    if snapshot:  # the script alone: `make api-snapshot` would first re-check freshness (test_generation's job)
        run(sys.executable, "scripts/api_snapshot.py", cwd=destination)
    return destination


def edit_spec(repo: Path, name: str, change: Callable[[Spec], None]) -> None:
    path = repo / "openapi" / f"{name}.yaml"
    spec = yaml.safe_load(path.read_text())
    change(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    run("scripts/generate.sh", "generated", cwd=repo)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} is not in {path}: the test needs updating"
    path.write_text(text.replace(old, new, 1))


def set_version(repo: Path, version: str) -> None:
    (repo / "overlays/evalclient/_version.py").write_text(f'"""The package version."""\n\n__version__ = "{version}"\n')


# Versions relative to the checkout's own, so the tests hold on every release: a patch bump, and the
# bump that may break (in 0.x the minor one, as the major one from 1.0 on).
_MAJOR, _MINOR, _PATCH = (int(part) for part in VERSION.split("."))
PATCH_BUMP = f"{_MAJOR}.{_MINOR}.{_PATCH + 1}"
BREAKING_BUMP = f"0.{_MINOR + 1}.0" if _MAJOR == 0 else f"{_MAJOR + 1}.0.0"


def sha256s(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir() if path.is_file()}


# -- a real index ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Index:
    url: str
    packages: Path
    log: Path
    password: str

    def publish_env(self) -> dict[str, str]:
        return {
            "EVALCLIENT_INDEX_URL": self.url,
            "TWINE_USERNAME": USERNAME,
            "TWINE_PASSWORD": self.password,
            "EVALCLIENT_SKIP_TESTS": "1",
        }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _start_index(folder: Path, *options: str) -> tuple[subprocess.Popen[bytes], Index]:
    packages = folder / "packages"
    packages.mkdir()
    password = secrets.token_urlsafe(16)
    with warnings.catch_warnings():  # passlib imports the stdlib crypt module, deprecated since 3.11
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile
    htpasswd = HtpasswdFile(str(folder / "htpasswd"), new=True)
    htpasswd.set_password(USERNAME, password)
    htpasswd.save()
    port = _free_port()
    log = folder / "server.log"
    command = [BIN / "pypi-server", "run", "--verbose", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--passwords", folder / "htpasswd", "--authenticate", "update", *options, packages]
    with log.open("wb") as sink:
        server = subprocess.Popen([str(part) for part in command], stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail(f"pypi-server did not start:\n{log.read_text()}")
            # The pause between probes: waiting on the server, so that it dying ends the wait at once.
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(timeout=0.05)
    return server, Index(f"http://127.0.0.1:{port}/", packages, log, password)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    # --disable-fallback: a name the index lacks is a 404, never a redirect to the public index.
    server, started = _start_index(tmp_path_factory.mktemp("index"), "--disable-fallback")
    yield started
    server.terminate()
    server.wait(timeout=10)


@dataclass(frozen=True)
class Published:
    repo: Path
    result: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def published(index: Index, tmp_path_factory: pytest.TempPathFactory) -> Published:
    repo = copy_repo(tmp_path_factory.mktemp("publish") / "repo")
    result = make(repo, "publish", "ALLOW_SKIP_TESTS=1", **index.publish_env())
    assert result.returncode == 0, result.stdout + result.stderr
    # What an internal index holds besides our package: the dependencies, mirrored from the public
    # index (check_wheel.py downloaded exactly those, at the locked versions, into build/wheelhouse).
    for wheel in (repo / "build" / "wheelhouse").glob("*.whl"):
        shutil.copy(wheel, index.packages)
    return Published(repo, result)


@pytest.mark.index
def test_publish_uploads_the_checked_build_without_printing_the_password(index: Index, published: Published) -> None:
    output = published.result.stdout + published.result.stderr
    assert index.password not in output
    for gate in ("generated code is fresh", "no unannounced breaking change", "build", "metadata", "upload"):
        assert f"==> {gate}" in output
    assert "tests skipped: EVALCLIENT_SKIP_TESTS=1 with ALLOW_SKIP_TESTS=1" in output
    assert "wheel check: evalclient" in output
    assert f"published evalclient {VERSION}" in output
    built = sha256s(published.repo / "dist")
    assert set(built) == {f"evalclient-{VERSION}-py3-none-any.whl", f"evalclient-{VERSION}.tar.gz"}
    on_index = sha256s(index.packages)
    assert all(on_index[name] == digest for name, digest in built.items())


_SMOKE = """
import sys
from importlib.metadata import metadata, version

import bland_evals_client, extend_evals_client, evalclient
from bland_evals_client.api.eval_agents import list_eval_agents
from evalclient.testing import FakeServer
from extend_evals_client.api.evaluation_sets import list_evaluation_sets

assert evalclient.__version__ == version("evalclient") == sys.argv[1], evalclient.__version__
keywords = metadata("evalclient")["Keywords"].split(",")
assert "extend-api-version=2026-02-09" in keywords and "bland-spec-version=v1" in keywords, keywords
# Both clients, over real HTTP on loopback, against the fake shipped in the wheel.
with FakeServer(token="t") as server:
    sets = list_evaluation_sets.sync(client=evalclient.extend_client(token="t", base_url=server.url))
    agents = list_eval_agents.sync(client=evalclient.bland_client(token="t", base_url=server.url))
    served = [(request.method, request.path, request.status) for request in server.fake.requests]
assert type(sets).__name__ == "EvaluationSetsListResponse", sets
assert type(agents).__name__ == "EvalAgentListEnvelope", agents
assert served == [("GET", "/evaluation_sets", 200), ("GET", "/v1/evals/agents", 200)], served
print("smoke ok", evalclient.__file__)
"""


@pytest.mark.index
def test_a_consumer_installs_the_release_from_the_index_alone(
    index: Index, published: Published, tmp_path: Path
) -> None:
    venv = tmp_path / "consumer"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    # --isolated: no pip.conf find-links or extra index of this machine; the index is the only source.
    run(
        sys.executable, "-m", "pip", "--isolated", "--python", python, "install", "--no-cache-dir",
        "--index-url", f"{index.url}simple/", f"evalclient=={VERSION}",
        cwd=tmp_path,
    )  # fmt: skip
    smoke = run(python, "-I", "-c", _SMOKE, VERSION, cwd=tmp_path)
    assert f"{venv}/lib/" in smoke.stdout
    log = index.log.read_text()
    for fetched in (f"evalclient-{VERSION}-py3-none-any.whl", "httpx-", "attrs-", "httpcore-"):
        assert re.search(rf"GET /packages/{re.escape(fetched)}", log), fetched


@pytest.mark.index
def test_a_second_publish_of_the_same_version_is_refused(index: Index, published: Published) -> None:
    before = sha256s(index.packages)
    result = make(published.repo, "publish", "ALLOW_SKIP_TESTS=1", **index.publish_env())
    assert result.returncode != 0
    assert f"publish refused: evalclient {VERSION} is already on {index.url}simple/" in result.stderr
    assert "==> upload" not in result.stdout
    assert sha256s(index.packages) == before


@pytest.mark.index
def test_two_builds_of_the_same_tree_are_identical(published: Published) -> None:
    first = sha256s(published.repo / "dist")
    result = make(published.repo, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert sha256s(published.repo / "dist") == first
    assert "SOURCE_DATE_EPOCH=315532800" in result.stdout  # a copy is no git checkout: the fixed time


@pytest.mark.index
def test_skipping_the_tests_needs_the_command_line_flag(index: Index, published: Published) -> None:
    alone = make(published.repo, "publish", **index.publish_env())
    from_environment = make(published.repo, "publish", **index.publish_env(), ALLOW_SKIP_TESTS="1")
    for result in (alone, from_environment):
        assert result.returncode != 0
        assert "EVALCLIENT_SKIP_TESTS=1 is honoured only with `make publish ALLOW_SKIP_TESTS=1`" in result.stderr


@pytest.mark.index
def test_publish_refuses_stale_generated_code(index: Index, tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    set_version(repo, PATCH_BUMP)  # not on the index, so the refusal can only come from the freshness gate
    models = repo / "generated" / "extend_evals_client" / "models"
    (models / "evaluation_set.py").write_text((models / "evaluation_set.py").read_text() + "\nHAND_EDIT = 1\n")
    result = make(repo, "publish", "ALLOW_SKIP_TESTS=1", **index.publish_env())
    assert result.returncode != 0
    assert "generated/ is stale" in result.stderr
    assert "publish refused: generated code is fresh failed" in result.stderr
    assert not any(PATCH_BUMP in name for name in os.listdir(index.packages))


@pytest.mark.index
def test_publish_refuses_an_index_that_falls_through_for_our_name(tmp_path: Path) -> None:
    # pypiserver's default: redirect names it lacks to another index (here a dead local port).
    repo = copy_repo(tmp_path / "repo", snapshot=False)  # refused before any step would use a snapshot
    server, fallthrough = _start_index(tmp_path, "--fallback-url", "http://127.0.0.1:9/simple/")
    try:
        result = make(repo, "publish", "ALLOW_SKIP_TESTS=1", **fallthrough.publish_env())
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert result.returncode != 0
    assert "redirects to http://127.0.0.1:9/simple/evalclient/" in result.stderr
    assert "falls through to another index" in result.stderr
    assert fallthrough.password not in result.stdout + result.stderr


# -- the breaking-change check -------------------------------------------------------------------


def test_check_api_passes_an_unchanged_tree_from_the_snapshot(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    result = make(repo, "check-api")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Baseline: {VERSION} (api-snapshot/); current: {VERSION}" in result.stdout
    assert "Python API (griffe): no breaking changes" in result.stdout
    assert "extend (2026-02-09 -> 2026-02-09): no changes" in result.stdout
    assert "bland (v1 -> v1): no changes" in result.stdout


def test_check_api_reads_the_committed_snapshot(tmp_path: Path) -> None:
    # What `make publish` compares against in a tree without tags: it must load, whatever it finds.
    repo = copy_repo(tmp_path / "repo", snapshot=False)
    recorded = json.loads((ROOT / "api-snapshot" / "api.json").read_text())["version"]
    result = make(repo, "check-api")
    assert f"Baseline: {recorded} (api-snapshot/); current: {VERSION}" in result.stdout, result.stdout + result.stderr
    assert re.search(r"^(OK|FAIL): ", result.stdout + result.stderr, re.MULTILINE), result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_the_snapshot_is_lean_and_the_same_bytes_for_the_same_api(tmp_path: Path) -> None:
    first = copy_repo(tmp_path / "one")
    recorded = first / "api-snapshot"
    files = sorted(path.relative_to(recorded).as_posix() for path in recorded.rglob("*") if path.is_file())
    assert files == [
        "README.md",
        "api.json",
        "openapi/bland.yaml",
        "openapi/extend-2025-04-21.yaml",
        "openapi/extend.yaml",
    ]
    for spec in ("extend", "extend-2025-04-21", "bland"):
        assert (recorded / "openapi" / f"{spec}.yaml").read_bytes() == (first / "openapi" / f"{spec}.yaml").read_bytes()
    snapshot = (recorded / "api.json").read_text()
    data = json.loads(snapshot)
    assert data["version"] == VERSION
    assert sorted(data["packages"]) == [
        "bland_evals_client",
        "evalclient",
        "extend_evals_client",
        "extend_evals_client_2025_04_21",
    ]
    clients = data["packages"]["evalclient"]["members"]["clients"]["members"]
    assert "extend_client" in clients
    assert "_resolve" not in clients  # a private helper nothing public leads to
    # Files relative to the repo root, no line numbers, no docstrings.
    assert '"filepath": "generated/extend_evals_client/models/evaluation_set.py"' in snapshot
    assert str(tmp_path) not in snapshot
    assert not re.search(r'"(end)?lineno": \d', snapshot)
    assert '"docstring"' not in snapshot

    # The same tree elsewhere, with an edit that leaves the API alone (lines pushed down, a
    # docstring reworded), and a second run on the first tree: the same bytes every time.
    second = copy_repo(tmp_path / "elsewhere" / "two", snapshot=False)
    errors = second / "overlays" / "evalclient" / "errors.py"
    errors.write_text("# two lines down\n\n" + errors.read_text())
    replace_in(errors, '"""The exceptions', '"""All the exceptions')
    run(sys.executable, "scripts/api_snapshot.py", cwd=second)
    run(sys.executable, "scripts/api_snapshot.py", cwd=first)
    assert (second / "api-snapshot" / "api.json").read_text() == snapshot
    assert (recorded / "api.json").read_text() == snapshot


def test_the_overlay_is_checked_through_aliases_and_inherited_members(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    overlay = repo / "overlays" / "evalclient"
    replace_in(overlay / "errors.py", "    def __str__(self) -> str:", "    def describe(self) -> str:")  # ApiError's
    clients = overlay / "clients.py"  # the parameter leaves every overload and the implementation
    clients.write_text(clients.read_text().replace("    workspace_id: str | None = None,\n", ""))
    check = make(repo, "check-api")
    assert check.returncode != 0, check.stdout + check.stderr
    assert "overlays/evalclient/errors.py:0: ApiError.__str__: Public object was removed" in check.stdout
    # Inherited: found only if the snapshot's class bases resolve.
    assert "overlays/evalclient/errors.py:0: NotFoundError.__str__: Public object was removed" in check.stdout
    removed = r"overlays/evalclient/clients\.py:\d+: extend_client\(workspace_id\): Parameter was removed"
    assert re.search(removed, check.stdout), check.stdout
    assert "without a major version bump" in check.stderr


def test_a_private_rename_passes_and_a_public_removal_fails(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    overlay = repo / "overlays" / "evalclient"
    for path in overlay.rglob("*.py"):  # an internal helper of the CLI, renamed everywhere it is used
        text = path.read_text()
        if "BAR_WIDTH" in text:
            path.write_text(text.replace("BAR_WIDTH", "PROGRESS_BAR_CELLS"))
    (overlay / "cli" / "_gate.py").rename(overlay / "cli" / "_quality_gate.py")  # a private module, renamed
    for path in (overlay / "cli").glob("*.py"):
        path.write_text(path.read_text().replace("evalclient.cli._gate", "evalclient.cli._quality_gate"))
    renamed = make(repo, "check-api")
    assert renamed.returncode == 0, renamed.stdout + renamed.stderr
    assert "Python API (griffe): no breaking changes" in renamed.stdout

    replace_in(overlay / "__init__.py", "AsyncPager, Pager, apaginate, paginate", "AsyncPager, Pager, apaginate")
    replace_in(overlay / "__init__.py", '    "paginate",\n', "")
    removed = make(repo, "check-api")
    assert removed.returncode != 0, removed.stdout + removed.stderr
    assert "overlays/evalclient/__init__.py:0: paginate: Public object was removed" in removed.stdout


def _remove_description(spec: Spec) -> None:
    evaluation_set = spec["components"]["schemas"]["EvaluationSet"]
    del evaluation_set["properties"]["description"]
    evaluation_set["required"].remove("description")


@pytest.mark.index
def test_removing_a_field_fails_the_check_and_publish_until_the_major_bump(index: Index, tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    edit_spec(repo, "extend", _remove_description)
    set_version(repo, PATCH_BUMP)  # a patch bump is not enough for a removal

    check = make(repo, "check-api")
    assert check.returncode != 0, check.stdout + check.stderr
    assert "EvaluationSet.description: Public object was removed" in check.stdout  # griffe
    assert "- field EvaluationSet.description  [BREAKING]" in check.stdout  # the spec summary
    assert "without a major version bump" in check.stderr
    assert (
        f"Bump overlays/evalclient/_version.py to {BREAKING_BUMP} (in 0.x a minor bump is the major one)"
        in check.stderr
    )

    publish = make(repo, "publish", "ALLOW_SKIP_TESTS=1", **index.publish_env())
    assert publish.returncode != 0
    assert "publish refused: no unannounced breaking change failed" in publish.stderr
    assert "==> build" not in publish.stdout

    set_version(repo, BREAKING_BUMP)  # 0.x: the minor bump is the major one
    bumped = make(repo, "check-api")
    assert bumped.returncode == 0, bumped.stdout + bumped.stderr
    assert f"allowed by the major bump {VERSION} -> {BREAKING_BUMP}" in bumped.stdout


def test_removing_an_operation_fails_the_check(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    edit_spec(repo, "bland", lambda spec: spec["paths"].pop("/v1/evals/runs/{run_id}/cancellations"))
    check = make(repo, "check-api")
    assert check.returncode != 0, check.stdout + check.stderr
    assert "generated/bland_evals_client/api/eval_runs/cancel_eval_run.py:0: <module>: Public object was removed" in (
        check.stdout
    )
    assert "- operation POST /v1/evals/runs/{run_id}/cancellations: cancelEvalRun  [BREAKING]" in check.stdout


def _add_labels_and_a_status(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["EvaluationSet"]["properties"]["labels"] = {"type": "array", "items": {"type": "string"}}
    schemas["BatchRunStatus"]["enum"].append("PAUSED")


def test_an_additive_change_passes_and_shows_in_the_summary_and_changelog(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    edit_spec(repo, "extend", _add_labels_and_a_status)
    check = make(repo, "check-api")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Python API (griffe): no breaking changes" in check.stdout
    assert "extend (2026-02-09 -> 2026-02-09): 2 added, 0 removed, 0 changed; 0 breaking" in check.stdout
    assert "+ field EvaluationSet.labels" in check.stdout
    assert "+ enum value BatchRunStatus: 'PAUSED'" in check.stdout
    assert f"OK: nothing breaks between {VERSION} and {VERSION}" in check.stdout

    draft = make(repo, "changelog-draft")
    assert draft.returncode == 0, draft.stderr
    assert draft.stdout.startswith(f"## {VERSION} - unreleased\n\nPins Extend API 2026-02-09; specs: bland v1, extend")
    added = [
        "### Added",
        "",
        "- extend: added enum value `BatchRunStatus` ('PAUSED')",
        "- extend: added field `EvaluationSet.labels`",
    ]
    assert draft.stdout.splitlines()[-4:] == added
    assert "### Breaking" not in draft.stdout


def test_the_newest_release_tag_is_the_baseline_in_a_git_checkout(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    shutil.rmtree(repo / "api-snapshot")  # so only the tag can be the baseline
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    run(*git, "init", "--quiet", cwd=repo)
    run(*git, "add", "--all", cwd=repo)
    run(*git, "commit", "--quiet", "--message", "release", cwd=repo)
    run(*git, "tag", f"v{VERSION}", cwd=repo)
    # In a checkout, builds are stamped with the last commit's time (so a commit always gives the same files).
    build = make(repo, "build")
    assert build.returncode == 0, build.stdout + build.stderr
    committed = run("git", "log", "-1", "--format=%ct", cwd=repo).stdout.strip()
    assert f"built with SOURCE_DATE_EPOCH={committed}:" in build.stdout
    with zipfile.ZipFile(repo / "dist" / f"evalclient-{VERSION}-py3-none-any.whl") as wheel:
        stamped = {entry.date_time for entry in wheel.infolist()}
    assert stamped == {time.gmtime(int(committed) // 2 * 2)[:6]}  # zip times have a 2-second resolution

    # Changed after the tag, without regenerating: the check reads both sides statically.
    (repo / "generated/extend_evals_client/api/evaluation_sets/list_evaluation_sets.py").unlink()
    check = make(repo, "check-api")
    assert check.returncode != 0, check.stdout + check.stderr
    assert f"Baseline: {VERSION} (tag v{VERSION}); current: {VERSION}" in check.stdout
    assert "list_evaluation_sets.py:0: <module>: Public object was removed" in check.stdout
