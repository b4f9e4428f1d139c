"""The command line's start (#16): `--help`, `--version` and the root parser load no vendor tree.

The root parser lists the vendor words with placeholders and builds a vendor's command tree only
when its word is parsed (`_entry._VendorTrees`). What must hold: the root help is the text it was,
every command's help and usage errors are what the eagerly built tree gives, and a bare start
loads neither httpx nor attrs nor any generated module.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_support import TOKEN, cli_env

from evalclient.cli import main
from evalclient.cli._entry import build_parser, resolve_handler
from evalclient.testing import FakeServer

pytestmark = pytest.mark.unit

ROOT_HELP = Path(__file__).parent / "fixtures" / "cli_root_help.txt"
HEAVY = ("httpx", "httpcore", "attrs", "extend_evals_client", "extend_evals_client_2025_04_21", "bland_evals_client")


def _run(argv: list[str]) -> tuple[int | str | None, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | str | None = main(argv)
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps help to the terminal's width


def test_root_help_is_the_text_it_was() -> None:
    assert _run(["--help"]) == (0, ROOT_HELP.read_text(), "")


def _paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _paths(child, (*path, name))


def _eager_help(path: tuple[str, ...]) -> str:
    parser = build_parser(every_tree=True)
    for word in path:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[word]
    return parser.format_help()


def test_every_command_help_is_the_eager_trees() -> None:
    paths = list(_paths(build_parser(every_tree=True)))
    assert ("extend", "runs", "get") in paths
    assert ("bland", "agents") in paths
    for path in paths:
        assert _run([*path, "--help"]) == (0, _eager_help(path), ""), path


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required: VENDOR"),
        (["nope"], "argument VENDOR: invalid choice: 'nope' (choose from 'extend', 'bland')"),
        (["extend"], "the following arguments are required: COMMAND"),
        (["extend", "runs", "get"], "the following arguments are required: RUN_ID"),
        (["bland", "runs", "nope"], "argument COMMAND: invalid choice: 'nope'"),
        (["--timeout", "x", "bland"], "argument --timeout: expected a number of seconds, got 'x'"),
    ],
)
def test_usage_errors_exit_2_with_their_messages(argv: list[str], message: str) -> None:
    code, out, err = _run(argv)
    assert (code, out) == (2, "")
    assert message in err
    assert err.startswith("usage: evalclient")


@pytest.mark.integration
@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["nope"], ["extend", "--help"]])
def test_a_bare_start_loads_no_httpx_attrs_or_generated_code(argv: list[str]) -> None:
    program = (
        "import contextlib, io, json, sys\n"
        "from evalclient.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    loaded = json.loads(completed.stdout)
    heavy = [name for name in loaded if name.split(".")[0] in HEAVY]
    trees = [name for name in loaded if name.startswith(("evalclient.cli._extend", "evalclient.cli._bland"))]
    if argv == ["extend", "--help"]:  # the control: a vendor word builds its tree (and only its own)
        assert "evalclient.cli._extend_tree" in trees
        assert "evalclient.cli._bland_tree" not in trees
        assert "extend_evals_client" in {name.split(".")[0] for name in heavy}
    else:
        assert (heavy, trees) == ([], [])


def test_every_lazily_imported_2025_handler_exists() -> None:
    # `extend` names its 2025-04-21 twins by string so that module loads only when one runs.
    from evalclient.cli import _extend_2025_commands, _extend_commands

    names = re.findall(r'_legacy\("(\w+)"\)', Path(_extend_commands.__file__).read_text())
    assert len(names) >= 9
    assert [name for name in names if not callable(getattr(_extend_2025_commands, name, None))] == []


def _handler_references(parser: argparse.ArgumentParser) -> Iterator[str | None]:
    """The handler default of every leaf command (one with no subcommands)."""
    groups = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if not groups:
        yield parser.get_default("handler")
    for action in groups:
        for child in action.choices.values():
            yield from _handler_references(child)


def test_every_command_names_a_handler_that_exists() -> None:
    # The trees name handlers as "module:function", imported only when the command runs.
    references = list(_handler_references(build_parser(every_tree=True)))
    assert len(references) >= 35
    assert "_extend_commands:runs_get" in references
    assert [ref for ref in references if not isinstance(ref, str) or not callable(resolve_handler(ref))] == []


@pytest.mark.integration
def test_parsing_a_command_imports_no_handler_module() -> None:
    # What `extend runs get` does not use (compare reports, bulk loading, the webhook receiver,
    # live progress) must not load while its tree is built (BENCHMARKS.md, scenario 4).
    program = (
        "import json, sys\n"
        "from evalclient.cli._entry import build_parser\n"
        "args = build_parser().parse_args(['extend', 'runs', 'get', 'bpr_1'])\n"
        "print(json.dumps([args.handler, sorted(sys.modules)]))"
    )
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    handler, loaded = json.loads(completed.stdout)
    assert handler == "_extend_commands:runs_get"
    unwanted = [
        name
        for name in loaded
        if (
            name.startswith("evalclient.cli.")
            and name.endswith(("_commands", "_views", "_listen", "_bulk_add", "_progress", "_gate", "_apply"))
        )
        or name in ("evalclient.compare", "evalclient.bulk", "http.server", "extend_evals_client.models")
    ]
    assert unwanted == []


def test_bland_choices_are_the_generated_enums() -> None:
    from bland_evals_client.models.run_mode import RunMode
    from bland_evals_client.models.run_status import RunStatus

    parser = build_parser(every_tree=True)
    for path, option, enum in (
        (("bland", "runs", "create"), "--run-mode", RunMode),
        (("bland", "runs", "list"), "--status", RunStatus),
    ):
        for word in path:
            action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            parser = action.choices[word]
        choices = next(a.choices for a in parser._actions if option in a.option_strings)
        assert choices == [member.value for member in enum], option
        parser = build_parser(every_tree=True)


@pytest.mark.integration
def test_running_runs_get_loads_no_set_or_item_operation_or_model(tmp_path: Path) -> None:
    # Each handler imports its own operations (BENCHMARKS.md, scenario 4): getting a run loads
    # neither the set and item operations nor their models, only the run's.
    report = tmp_path / "loaded.json"
    with FakeServer(token=TOKEN) as server:
        set_id = server.fake.extend.seed_set()
        server.fake.extend.seed_items(set_id, 1)
        run_id = server.fake.extend.seed_run(set_id, duration=0.0)
        program = (
            "import json, sys\n"
            "from evalclient.cli import main\n"
            f"code = main(['extend', 'runs', 'get', {run_id!r}])\n"
            f"open({str(report)!r}, 'w').write(json.dumps([code, sorted(sys.modules)]))"
        )
        subprocess.run([sys.executable, "-c", program], env=cli_env(server), capture_output=True, check=True)
    code, loaded = json.loads(report.read_text())
    assert code == 0
    assert "extend_evals_client.api.evaluation_set_runs.get_evaluation_set_run" in loaded
    others = ("extend_evals_client.api.evaluation_sets.", "extend_evals_client.api.evaluation_set_items.")
    assert [name for name in loaded if name.startswith(others)] == []
    set_and_item_models = {
        "extend_evals_client.models.evaluation_set",
        "extend_evals_client.models.evaluation_set_item",
        "extend_evals_client.models.evaluation_set_item_summary",
        "extend_evals_client.models.update_evaluation_set_item_request",
    }
    assert set_and_item_models.isdisjoint(loaded)
