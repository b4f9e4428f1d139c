"""`evalclient extend runs wait|create --listen HOST:PORT --webhook-secret-env VAR`, as a subprocess.

The fake runs on a manual clock, so a run ends only when a test says so; the fake's webhook sender
then delivers to the receiver the command serves. Real time passes only between processes.
"""

from __future__ import annotations

import queue
import re
import socket
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from test_cli_support import TOKEN, cli_command, cli_env, run_cli

from evalclient.testing import FakeAPI, FakeServer, ManualClock

pytestmark = pytest.mark.integration

SECRET = "wss_cli_listen_77e1"
RUN_SECONDS = 10.0
LINE_TIMEOUT = 30.0  # only a hang reaches it


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def server(clock: ManualClock) -> Iterator[FakeServer]:
    with FakeServer(FakeAPI(token=TOKEN, run_seconds=RUN_SECONDS, clock=clock)) as fake_server:
        yield fake_server
        fake_server.fake.webhooks.stop()


@dataclass
class Command:
    """A running CLI process whose stderr is read line by line on a thread (so a wait can time out)."""

    process: subprocess.Popen[str]
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)
        self.lines.put("")

    def line_matching(self, pattern: str) -> re.Match[str]:
        while True:
            line = self.lines.get(timeout=LINE_TIMEOUT)
            assert line, f"the command ended before printing {pattern!r}: {''.join(self.seen)}"
            self.seen.append(line)
            found = re.search(pattern, line)
            if found:
                return found

    def finish(self) -> tuple[int, str, str]:
        assert self.process.stdout is not None
        stdout = self.process.stdout.read()  # not communicate(): the reader thread owns stderr
        self.process.wait(timeout=LINE_TIMEOUT)
        while (line := self.lines.get(timeout=LINE_TIMEOUT)) != "":
            self.seen.append(line)
        return self.process.returncode, stdout, "".join(self.seen)


def start(server: FakeServer, *args: str, secret: str | None = SECRET) -> Command:
    env = cli_env(server, {"EXTEND_WEBHOOK_SECRET": secret})
    process = subprocess.Popen(cli_command(*args), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return Command(process)


def seeded_run(server: FakeServer) -> tuple[str, str]:
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 3)
    return set_id, server.fake.extend.seed_run(set_id)


def listening_url(command: Command) -> str:
    return command.line_matching(r"listening for Extend webhooks on (http://\S+/)")[1]


def deliver_to(server: FakeServer, url: str) -> None:
    server.fake.webhooks.configure(url + "hooks/extend", SECRET)
    server.fake.webhooks.start()


def run_gets(server: FakeServer, run_id: str) -> int:
    return sum(1 for r in server.fake.requests if r.method == "GET" and r.path == f"/evaluation_set_runs/{run_id}")


def test_runs_wait_listen_ends_on_the_webhook_and_counts_refused_deliveries(
    server: FakeServer, clock: ManualClock
) -> None:
    _set_id, run_id = seeded_run(server)
    command = start(server, "extend", "runs", "wait", run_id, "--listen", "127.0.0.1:0")
    url = listening_url(command)
    command.line_matching(r"PENDING")  # the first poll is done; the wait sleeps its 30 s fallback
    assert httpx.post(url, content=b"{}", headers={"x-extend-request-timestamp": "1"}).status_code == 401
    assert httpx.get(url).status_code == 405
    deliver_to(server, url)
    clock.advance(RUN_SECONDS)
    code, stdout, stderr = command.finish()
    assert code == 0, stderr
    assert "PROCESSED" in stdout
    assert run_gets(server, run_id) == 2  # the first poll, and the one the webhook asked for
    assert [d.status for d in server.fake.webhooks.deliveries] == [204]
    assert "refused 1 webhook deliveries (missing_header: 1); check $EXTEND_WEBHOOK_SECRET" in stderr
    assert SECRET not in stdout + stderr


def test_runs_create_listen_implies_wait_and_listens_before_the_run_exists(
    server: FakeServer, clock: ManualClock
) -> None:
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 3)
    command = start(
        server,
        "extend",
        "runs",
        "create",
        "--evaluation-set-id",
        set_id,
        "--listen",
        "127.0.0.1:0",
        "--webhook-secret-env",
        "MY_HOOK_SECRET",
        secret=None,
    )
    code, _, stderr = command.finish()
    assert code == 2
    assert "--listen needs the webhook signing secret in $MY_HOOK_SECRET" in stderr
    assert not any(r.method == "POST" for r in server.fake.requests)  # nothing was sent

    env = cli_env(server, {"MY_HOOK_SECRET": f"wss_old,{SECRET}"})  # a rotation: either secret verifies
    args = ["extend", "runs", "create", "--evaluation-set-id", set_id, "--listen", "127.0.0.1:0"]
    args += ["--webhook-secret-env", "MY_HOOK_SECRET", "--min-accuracy", "0"]
    process = subprocess.Popen(cli_command(*args), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    command = Command(process)
    url = listening_url(command)
    command.line_matching(r"PENDING")
    deliver_to(server, url)
    clock.advance(RUN_SECONDS)
    code, stdout, stderr = command.finish()
    assert code == 0, stderr
    assert "accuracy" in stdout
    (created,) = server.fake.extend.finished_runs()
    assert [(d.run_id, d.status) for d in server.fake.webhooks.deliveries] == [(created[0], 204)]
    assert run_gets(server, created[0]) == 2
    assert "refused" not in stderr


def test_a_timed_out_wait_resumes_with_the_same_listen_options(server: FakeServer) -> None:
    _set_id, run_id = seeded_run(server)
    result = run_cli(
        server,
        "extend",
        "runs",
        "wait",
        run_id,
        "--timeout",
        "0",
        "--listen",
        "[::1]:0",
        env={"EXTEND_WEBHOOK_SECRET": SECRET},
    )
    if result.returncode == 2 and "cannot listen" in result.stderr:
        pytest.skip("no IPv6 loopback here")
    assert result.returncode == 4, result.stderr
    assert f"resume with: evalclient extend runs wait {run_id} --timeout 0 --listen '[::1]:0'" in result.stderr


@pytest.mark.parametrize("value", ["8080", "localhost", "host:port", "127.0.0.1:70000", ":8080"])
def test_a_listen_address_that_is_not_host_port_is_a_usage_error(server: FakeServer, value: str) -> None:
    result = run_cli(
        server, "extend", "runs", "wait", "bpr_1", "--listen", value, env={"EXTEND_WEBHOOK_SECRET": SECRET}
    )
    assert result.returncode == 2
    assert "expected HOST:PORT" in result.stderr


def test_a_port_in_use_is_a_usage_error_and_nothing_waits(server: FakeServer) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli(
            server,
            "extend",
            "runs",
            "wait",
            "bpr_1",
            "--listen",
            f"127.0.0.1:{port}",
            env={"EXTEND_WEBHOOK_SECRET": SECRET},
        )
    assert result.returncode == 2
    assert f"--listen: cannot listen on 127.0.0.1:{port}" in result.stderr
    assert not server.fake.requests
