"""Scenario 4: import and first call, each in a fresh interpreter.

How it is measured: each program runs as `python -I -X pycache_prefix=TMP -c PROGRAM`; the
figure is the wall time of the whole subprocess (spawn to exit) minus the median wall time of
`python -c pass` measured in the same rounds, i.e. what the program adds to a bare interpreter.
Rounds run every program once, in a fixed order, so drift hits them alike. One untimed run of
each program first compiles everything into the shared bytecode cache TMP, so no contender pays
for compiling (as none does after `pip install`) and no bytecode lands in the source tree. `-I`
keeps the user's environment variables and site directory out.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from bench.config import Config
from bench.env import sdk_installed
from bench.fake_server import ServerProcess
from bench.payloads import RUN_ID, TOKEN, evaluation_set_run, to_bytes
from bench.report import Outcome, Row, duration
from bench.stats import summarize

BASELINE = "python -c pass"
FLOOR = "import httpx"
OURS = "evalclient: import + client"
SDK = "official SDK: import + client"

CLI_VERSION = "evalclient --version"
CLI_HELP = "evalclient --help"
# The console script's own start: `evalclient.cli:main` with the arguments, stdout discarded.
_CLI = "import sys, os\nsys.argv = ['evalclient', {flag!r}]\nsys.stdout = open(os.devnull, 'w')\n" + (
    "from evalclient.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\nsys.stdout = sys.__stdout__"
)
IMPORT_PROGRAMS = {
    BASELINE: "pass",
    FLOOR: "import httpx",
    OURS: "import evalclient\nevalclient.extend_client(token='t', base_url='http://127.0.0.1:9')",
    SDK: "from extend_ai import Extend\nExtend(token='t', base_url='http://127.0.0.1:9')",
    CLI_VERSION: _CLI.format(flag="--version"),
    CLI_HELP: _CLI.format(flag="--help"),
}

# The first call goes through the same canned-bytes transport as scenario 1.
_CANNED = """
import httpx
class Canned(httpx.BaseTransport):
    def handle_request(self, request):
        return httpx.Response(200, headers=[("content-type", "application/json")], content=BODY)
BODY = open({body_path!r}, "rb").read()
"""
FIRST_CALL_PROGRAMS = {
    "raw httpx: import + first call": """
import json
client = httpx.Client(base_url="http://bench.invalid", transport=Canned())
response = client.get("/evaluation_set_runs/{run_id}")
response.raise_for_status()
assert json.loads(response.content)["id"] == "{run_id}"
""",
    "evalclient: import + first call": """
import evalclient
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
client = evalclient.extend_client(token="t", base_url="http://bench.invalid", transport=Canned())
assert get_evaluation_set_run.sync("{run_id}", client=client).id == "{run_id}"
""",
    "official SDK: import + first call": """
from extend_ai import Extend
sdk = Extend(token="t", base_url="http://bench.invalid", httpx_client=httpx.Client(transport=Canned()))
assert sdk.evaluation_set_runs.retrieve("{run_id}").id == "{run_id}"
""",
}


# One command against the fake (own process, loopback; the run with scenario 2's 22 per-field
# metrics) vs a raw httpx script that GETs the same run with the same headers and prints its JSON.
CLI_GET = "evalclient extend runs get"
RAW_GET = "raw httpx script: get the run"
_CLI_GET = """
import os, sys
os.environ.update(EXTEND_API_KEY={token!r}, EXTEND_BASE_URL={url!r})
sys.argv = ["evalclient", "extend", "runs", "get", {run_id!r}]
sys.stdout = open(os.devnull, "w")
from evalclient.cli import main
assert main() == 0
sys.stdout = sys.__stdout__
"""
_RAW_GET = """
import json, os, sys
import httpx
headers = {{"authorization": "Bearer {token}", "x-extend-api-version": {version!r}, "user-agent": "bench"}}
response = httpx.get({url!r} + "/evaluation_set_runs/{run_id}", headers=headers)
response.raise_for_status()
sys.stdout = open(os.devnull, "w")
print(json.dumps(response.json(), indent=2))
sys.stdout = sys.__stdout__
"""


def _get_programs(url: str, run_id: str) -> dict[str, str]:
    from evalclient._api_versions import EXTEND_API_VERSION

    fill = {"token": TOKEN, "url": url, "run_id": run_id, "version": EXTEND_API_VERSION}
    return {CLI_GET: _CLI_GET.format(**fill), RAW_GET: _RAW_GET.format(**fill)}


def _command(prefix: str, program: str) -> list[str]:
    return [sys.executable, "-I", "-X", f"pycache_prefix={prefix}", "-c", program]


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdin=subprocess.DEVNULL)
    return time.perf_counter() - started


def _module_count(prefix: str, program: str) -> int:
    """Modules loaded once the program has run (untimed)."""
    probe = program + "\nimport sys\nprint(len(sys.modules))"
    return int(subprocess.run(_command(prefix, probe), check=True, capture_output=True, text=True).stdout)


def run(config: Config) -> Outcome:
    with (
        tempfile.TemporaryDirectory(prefix="evalclient-bench-") as tmp,
        ServerProcess({"realistic_run": True}) as server,
    ):
        body_path = Path(tmp) / "run.json"
        body_path.write_bytes(to_bytes(evaluation_set_run()))
        canned = _CANNED.format(body_path=str(body_path))
        programs = dict(IMPORT_PROGRAMS)
        for name, text in FIRST_CALL_PROGRAMS.items():
            programs[name] = canned + textwrap.dedent(text).replace("{run_id}", RUN_ID)
        programs.update(_get_programs(server.url, server.info["run_id"]))
        if not sdk_installed():
            programs = {name: text for name, text in programs.items() if not name.startswith("official SDK")}
        prefix = str(Path(tmp) / "pycache")
        commands = {name: _command(prefix, text) for name, text in programs.items()}
        modules = {name: _module_count(prefix, text) for name, text in programs.items()}  # also warms the cache
        walls: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(config.import_runs):
            for name, command in commands.items():
                walls[name].append(_wall(command))
    return _outcome(walls, modules, config)


def _outcome(walls: dict[str, list[float]], modules: dict[str, int], config: Config) -> Outcome:
    base = statistics.median(walls[BASELINE])
    net = {name: statistics.median(values) - base for name, values in walls.items()}
    data: dict[str, Any] = {
        "method": "median subprocess wall time minus median `python -c pass` wall time, same rounds",
        "runs": config.import_runs,
        "wall_seconds": {name: summarize(values) for name, values in walls.items()},
        "net_seconds": net,
        "modules_loaded": modules,
        "rounds": walls,
        "evalclient_over_httpx": net[OURS] / net[FLOOR],
    }
    rows: list[Row] = []
    for name, values in walls.items():
        summary = summarize(values)
        spread = f"wall IQR {duration(summary['q1'])}-{duration(summary['q3'])}, {modules[name]} modules"
        value = duration(summary["median"]) + (" (wall)" if name == BASELINE else "")
        rows.append(Row("4", name, value if name == BASELINE else duration(net[name]), spread))
    ratio = data["evalclient_over_httpx"]
    rows.append(Row("4", "evalclient import + client / import httpx", f"{ratio:.3f}x", "", "<= 1.5x", ratio <= 1.5))
    if SDK in net:
        ratio = data["evalclient_over_sdk"] = net[OURS] / net[SDK]
        rows.append(
            Row("4", "evalclient / official SDK, import + client", f"{ratio:.3f}x", "", "<= 0.25x", ratio <= 0.25)
        )
    ours, raw = net["evalclient: import + first call"], net["raw httpx: import + first call"]
    data["first_call_over_httpx"] = ours / raw
    rows.append(
        Row("4", "evalclient / raw httpx, import + first call", f"{ours / raw:.2f}x", "", "<= 1.3x", ours / raw <= 1.3)
    )
    for name in (CLI_VERSION, CLI_HELP):  # a bare start should import nothing heavy (#16)
        ratio = data[f"{name}_over_httpx"] = net[name] / net[FLOOR]
        rows.append(Row("4", f"{name} / import httpx", f"{ratio:.2f}x", "", "<= 0.5x", ratio <= 0.5))
    ratio = data["cli_get_over_raw_httpx"] = net[CLI_GET] / net[RAW_GET]
    rows.append(Row("4", f"{CLI_GET} / {RAW_GET}", f"{ratio:.2f}x", "", "<= 1.3x", ratio <= 1.3))
    title = "Import and first call, fresh interpreter (net of `python -c pass`)"
    return Outcome("4_import", title, data, rows)
