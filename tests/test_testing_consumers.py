"""evalclient.testing as its consumers use it: the served fake's manifest, a Node.js consumer driving a
whole flow from it, and the opt-in pytest plugin run in a consumer's own pytest process.

The README's consumer examples (```js name=consumer.mjs, ```python name=test_evals.py) are run here
as they are written, each in a temporary directory, so they cannot drift.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest

from evalclient.testing import FakeAPI
from spec_support import ROOT

pytestmark = pytest.mark.integration

SERVE = [sys.executable, "-m", "evalclient.testing", "serve", "--host", "127.0.0.1", "--port", "0"]
TIMEOUT = 60
PLUGIN = "evalclient.testing.pytest_plugin"


def readme_block(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"^```\w+ name={re.escape(name)}\n(.*?)^```", readme, re.DOTALL | re.MULTILINE)
    assert found, f"README.md has no block named {name}"
    return found.group(1)


@pytest.fixture
def served(tmp_path: pathlib.Path) -> Iterator[tuple[subprocess.Popen[str], pathlib.Path]]:
    manifest_file = tmp_path / "seeds.json"
    command = [*SERVE, "--token", "consumer-token", "--seed", "7", "--manifest", str(manifest_file)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process, manifest_file
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=TIMEOUT)


def test_serve_prints_the_manifest_after_the_url_and_writes_it_to_a_file(
    served: tuple[subprocess.Popen[str], pathlib.Path],
) -> None:
    process, manifest_file = served
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    line = process.stdout.readline()

    assert url.startswith("http://127.0.0.1:")
    assert line.endswith("\n")
    assert line.count("\n") == 1  # one line
    printed = json.loads(line)
    assert printed == FakeAPI(token="consumer-token", seed=7).manifest()  # the same seed seeds the same ids
    assert json.loads(manifest_file.read_text(encoding="utf-8")) == printed
    assert "consumer-token" not in line
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=TIMEOUT) == 0


def test_an_unwritable_manifest_file_is_a_usage_error_not_a_traceback(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "missing-folder" / "seeds.json"
    result = subprocess.run(
        [*SERVE, "--manifest", str(target)], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 2
    assert f"cannot write the manifest to {target}" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""  # no URL: nothing was served


def test_the_readme_node_consumer_drives_a_whole_flow_from_the_manifest(tmp_path: pathlib.Path) -> None:
    node = shutil.which("node")
    assert node, "Node.js is part of this kind of machine (see the README's consumer example)"
    script = tmp_path / "consumer.mjs"
    script.write_text(readme_block("consumer.mjs"), encoding="utf-8")
    result = subprocess.run(
        [node, str(script)],
        cwd=tmp_path,
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^extend run PROCESSED, 5 files, accuracy [0-9.]+$", result.stdout, re.MULTILINE)
    assert re.search(r"^bland run COMPLETE, 4 call results, mean score [0-9.]+$", result.stdout, re.MULTILINE)


def run_pytest(directory: pathlib.Path, *options: str) -> subprocess.CompletedProcess[str]:
    """pytest as a consumer runs it: its own process, rootdir the consumer's folder, not ours."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, str(directory)]
    return subprocess.run(command, cwd=directory, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def test_the_readme_plugin_example_passes_with_dash_p(tmp_path: pathlib.Path) -> None:
    (tmp_path / "test_evals.py").write_text(readme_block("test_evals.py"), encoding="utf-8")
    result = run_pytest(tmp_path, "-p", PLUGIN)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b3 passed\b", result.stdout), result.stdout


def test_the_plugin_is_never_loaded_unasked(tmp_path: pathlib.Path) -> None:
    (tmp_path / "test_evals.py").write_text(readme_block("test_evals.py"), encoding="utf-8")
    result = run_pytest(tmp_path)
    assert result.returncode == 1
    assert "fixture 'evalclient_fake' not found" in result.stdout
    entry_points = importlib.metadata.entry_points(group="pytest11")
    assert [entry.value for entry in entry_points if entry.value.startswith("evalclient")] == []


FIXTURE_CONTRACT = """
import socket

import httpx
import pytest

from evalclient.testing import Fault, FakeAPI, FakeServer, ManualClock

SEEN = {}


def test_fixtures_share_one_clock_and_one_fake(evalclient_clock, evalclient_fake, evalclient_extend,
                                               evalclient_bland, evalclient_server):
    assert isinstance(evalclient_clock, ManualClock) and isinstance(evalclient_fake, FakeAPI)
    assert isinstance(evalclient_server, FakeServer) and evalclient_server.fake is evalclient_fake
    set_id = evalclient_fake.extend.seed_set()
    evalclient_fake.extend.seed_items(set_id, 3)
    run_id = evalclient_fake.extend.seed_run(set_id)
    assert evalclient_extend.get_httpx_client().get(f"/evaluation_set_runs/{run_id}").json()["status"] == "PENDING"
    evalclient_clock.advance(evalclient_fake.extend.run_seconds)
    over_http = httpx.get(
        f"{evalclient_server.url}/evaluation_set_runs/{run_id}",
        headers={"authorization": "Bearer test-token", "x-extend-api-version": "2026-02-09"},
    )
    assert over_http.json()["status"] == "PROCESSED"
    assert evalclient_bland.get_httpx_client().get("/v1/evals/status").json()["data"]["enabled"] is True
    SEEN["fake"], SEEN["address"] = evalclient_fake, evalclient_server.url.removeprefix("http://").split(":")


def test_retries_back_off_on_the_clock_not_for_real(evalclient_fake, evalclient_extend, evalclient_clock):
    evalclient_fake.faults.add("GET /evaluation_sets", Fault.status(503), times=3)
    answer = evalclient_extend.get_httpx_client().get("/evaluation_sets")
    assert answer.status_code == 200
    assert evalclient_clock() > 0  # three back-offs, all on the test's clock


def test_each_test_gets_a_new_fake_and_the_last_server_is_stopped(evalclient_fake):
    assert evalclient_fake is not SEEN["fake"]
    host, port = SEEN["address"]
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((host, int(port)), timeout=2).close()
"""


def test_the_plugin_from_a_conftest_keeps_its_fixture_contract(tmp_path: pathlib.Path) -> None:
    (tmp_path / "conftest.py").write_text(f'pytest_plugins = ["{PLUGIN}"]\n', encoding="utf-8")
    (tmp_path / "test_contract.py").write_text(FIXTURE_CONTRACT, encoding="utf-8")
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b3 passed\b", result.stdout), result.stdout


def test_the_plugin_module_imports_without_pytest() -> None:
    # It ships in the wheel, whose bare install (httpx and attrs only) imports every module.
    code = "import sys; sys.modules['pytest'] = None; import evalclient.testing.pytest_plugin"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert result.returncode == 0, result.stderr
