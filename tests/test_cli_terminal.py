"""The command line as a terminal user meets it: live progress on a pty, Ctrl-C, keys, usage, --help."""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import COMMAND_TIMEOUT, RUN_SECONDS, TOKEN, cli_command, cli_env, run_cli

from evalclient import __version__
from evalclient.cli._entry import build_parser, resolve_handler
from evalclient.testing import FakeServer

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=RUN_SECONDS) as fake_server:
        yield fake_server


def read_terminal(master: int, process: subprocess.Popen[str]) -> str:
    """Everything the child wrote to the pty, until it exits and the pty reports end of file."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + COMMAND_TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if not ready:
            if process.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError as exc:  # EIO: every slave end is closed
            if exc.errno != errno.EIO:
                raise
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


def test_progress_on_a_terminal_is_redrawn_in_place_and_erased(server: FakeServer) -> None:
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 3)
    master, slave = os.openpty()
    process = subprocess.Popen(
        cli_command("extend", "runs", "create", "--evaluation-set-id", set_id, "--wait"),
        env={**cli_env(server), "TERM": "xterm"},
        stdout=subprocess.PIPE,
        stderr=slave,
        text=True,
    )
    os.close(slave)
    try:
        terminal = read_terminal(master, process)
        stdout, _ = process.communicate(timeout=COMMAND_TIMEOUT)
    finally:
        os.close(master)

    assert process.returncode == 0
    assert "waiting for run bpr_" in terminal
    assert re.search(r"\r\d\d:\d\d  (PENDING|PROCESSING|PROCESSED) +\[[#-]{20}\] \d/3 files", terminal), terminal
    assert "[00:0" not in terminal  # no plain log lines on a terminal
    assert re.search(r"\r {20,}\r$", terminal), repr(terminal[-80:])  # the progress line is erased at the end
    assert "status          PROCESSED" in stdout  # results still go to stdout


def test_ctrl_c_stops_waiting_prints_how_to_resume_and_leaves_the_run_running(server: FakeServer) -> None:
    run_id = server.fake.bland.seed_run(duration=600)
    process = subprocess.Popen(
        cli_command("bland", "runs", "wait", run_id, "--min-score", "70", "--base-url", server.url),
        env=cli_env(server, {"BLAND_BASE_URL": None}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(COMMAND_TIMEOUT, process.kill)
    watchdog.start()
    try:
        assert process.stderr is not None
        first_line = process.stderr.readline()
        assert first_line.startswith(f"waiting for run {run_id}")
        process.send_signal(signal.SIGINT)
        stdout, rest = process.communicate(timeout=COMMAND_TIMEOUT)
    finally:
        watchdog.cancel()

    assert process.returncode == 130
    assert "Traceback" not in rest
    assert f"run {run_id} was not cancelled" in rest
    assert f"resume with: evalclient --base-url {server.url} bland runs wait {run_id} --min-score 70" in rest
    assert stdout == ""
    assert not any(request.path.endswith("/cancellations") for request in server.fake.requests)
    still = run_cli(server, "bland", "runs", "get", run_id, "--json")
    assert json.loads(still.stdout)["status"] in {"PENDING", "QUEUED", "RUNNING"}


@pytest.mark.parametrize(
    ("vendor_args", "variable"),
    [(["extend", "sets", "list"], "EXTEND_API_KEY"), (["bland", "agents", "list"], "BLAND_API_KEY")],
)
def test_missing_key_exits_3_naming_the_variable(server: FakeServer, vendor_args: list[str], variable: str) -> None:
    requests_before = len(server.fake.requests)
    result = run_cli(server, *vendor_args, env={variable: None})
    assert result.returncode == 3
    assert f"set the {variable} environment variable" in result.stderr
    assert len(server.fake.requests) == requests_before  # refused before sending anything


def test_wrong_key_exits_3_with_the_api_message_and_never_echoes_the_key(server: FakeServer) -> None:
    result = run_cli(server, "extend", "sets", "list", env={"EXTEND_API_KEY": "sk_wrong_key_123"})
    assert result.returncode == 3
    assert "HTTP 401, UNAUTHORIZED, request id req_" in result.stderr
    assert "check the key in EXTEND_API_KEY" in result.stderr
    assert "sk_wrong_key_123" not in result.stderr + result.stdout


def test_base_url_flag_overrides_the_environment(server: FakeServer) -> None:
    result = run_cli(
        server, "extend", "sets", "list", "--base-url", server.url, env={"EXTEND_BASE_URL": "http://127.0.0.1:9"}
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extend"], "required: COMMAND"),
        (["extend", "runs", "create"], "required: --evaluation-set-id"),
        (["extend", "runs", "wait", "bpr_x", "--min-accuracy", "1.5"], "expected a number from 0 to 1"),
    ],
)
def test_usage_errors_exit_2(server: FakeServer, args: list[str], message: str) -> None:
    result = run_cli(server, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "usage: evalclient" in result.stderr


def test_help_documents_exit_codes_keys_and_both_flows(server: FakeServer) -> None:
    result = run_cli(server, "--help")
    assert result.returncode == 0
    for text in ("exit codes:", "130", "EXTEND_API_KEY", "BLAND_API_KEY", "--min-accuracy", "--min-score", "argparse"):
        assert text in result.stdout


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _commands(child, (*path, name))


def test_every_command_has_help_and_every_leaf_a_handler() -> None:
    commands = dict(_commands(build_parser(every_tree=True)))
    assert ("extend", "items", "add") in commands
    assert ("bland", "runs", "results") in commands
    for path, parser in commands.items():
        assert parser.description, path
        has_children = any(isinstance(action, argparse._SubParsersAction) for action in parser._actions)
        # A leaf names its handler ("module:function"), imported when the command runs.
        assert has_children or callable(resolve_handler(parser.get_default("handler"))), path
    assert "examples:" in commands["bland", "runs", "create"].format_help()


def test_the_console_script_runs_the_same_program() -> None:
    # Every other test runs `python -m evalclient`; this is the `evalclient` script pip installed.
    script = Path(sys.executable).with_name("evalclient")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, f"evalclient {__version__}\n")


def test_version_answers_without_loading_the_command_trees() -> None:
    program = (
        "import sys, io, contextlib\n"
        "from evalclient.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = main(['--version'])\n"
        "print(code, out.getvalue().strip(), 'evalclient.cli._entry' in sys.modules)\n"
    )
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == f"0 evalclient {__version__} False"
