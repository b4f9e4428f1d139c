"""The template fork on record: `make check-templates` shows each override's diff and fails when one stops applying.

The real overrides are checked against the generator installed in .venv, through the script as
`make check-templates` runs it; each way an override can stop applying is planted in a copy of
the overrides and of the upstream templates.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from spec_support import ROOT

pytestmark = pytest.mark.pipeline

OVERRIDES = ROOT / "generator-templates"
SCRIPT = ROOT / "scripts" / "check_templates.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_templates", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


check_templates = _load_script()
UPSTREAM, VERSION = check_templates.installed_generator()
OVERRIDE_FILES = sorted(path.relative_to(OVERRIDES).as_posix() for path in OVERRIDES.rglob("*") if path.is_file())


def test_every_override_applies_and_its_diff_is_shown() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], cwd=ROOT, capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert OVERRIDE_FILES
    for relative in OVERRIDE_FILES:
        assert f"=== {relative}: applies\n" in result.stdout
        assert f"+++ generator-templates/{relative}\n" in result.stdout
    assert "+    def _missing_(cls, value: object)" in result.stdout  # a real change, shown as a diff line
    assert "Fork of openapi-python-client" not in result.stdout  # the record itself is not part of the diff
    assert f"{len(OVERRIDE_FILES)} overrides, each applies to openapi-python-client {VERSION}" in result.stdout


@pytest.mark.parametrize("relative", OVERRIDE_FILES)
def test_each_override_records_the_installed_upstream_it_was_copied_from(relative: str) -> None:
    record = check_templates.read_record((OVERRIDES / relative).read_text(encoding="utf-8"))
    assert not isinstance(record, str), record
    assert (record.version, record.path) == (VERSION, relative)
    assert record.sha == check_templates.sha12((UPSTREAM / relative).read_text(encoding="utf-8"))


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    overrides, upstream = tmp_path / "overrides", tmp_path / "upstream"
    shutil.copytree(OVERRIDES, overrides)
    shutil.copytree(UPSTREAM, upstream)
    return overrides, upstream


def _check(copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str], version: str = VERSION) -> tuple[int, str]:
    overrides, upstream = copies
    code = check_templates.main(
        ["--overrides", str(overrides), "--upstream", str(upstream), "--upstream-version", version]
    )
    captured = capsys.readouterr()
    return code, captured.err


def test_the_copies_pass_as_the_originals_do(copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert _check(copies, capsys) == (0, "")


def test_an_upstream_template_that_is_gone_fails(copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    (copies[1] / "str_enum.py.jinja").unlink()
    code, err = _check(copies, capsys)
    assert code == 1
    assert "generator-templates/str_enum.py.jinja openapi-python-client" in err
    assert f"{VERSION} has no templates/str_enum.py.jinja: the generator would ignore this override" in err
    assert "docs/generator-upgrade.md" in err


def test_another_generator_version_fails_every_override(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _check(copies, capsys, version="99.0.0")
    assert code == 1
    for relative in OVERRIDE_FILES:
        assert (
            f"generator-templates/{relative} copied from openapi-python-client {VERSION}, but 99.0.0 is installed"
        ) in err


def test_an_upstream_text_other_than_the_one_copied_fails(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = copies[1] / "types.py.jinja"
    upstream.write_text(upstream.read_text(encoding="utf-8") + "\n# upstream moved on\n", encoding="utf-8")
    code, err = _check(copies, capsys)
    assert code == 1
    assert "generator-templates/types.py.jinja upstream templates/types.py.jinja is not the text it was copied" in err


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text.split("#}\n", 1)[1], "has no fork record"),
        (
            lambda text: text.replace("Fork of openapi-python-client", "Copy of openapi-python-client"),
            "its fork record lacks the line",
        ),
        (lambda text: re.sub(r"^  \d+\. ", "  - ", text, flags=re.MULTILINE), "its fork record lists no change"),
        (
            lambda text: text.replace("templates/str_enum.py.jinja", "templates/int_enum.py.jinja"),
            "its fork record names templates/int_enum.py.jinja, but the generator reads it as",
        ),
    ],
    ids=["no-record", "no-fork-line", "no-change-listed", "wrong-path"],
)
def test_a_missing_or_wrong_record_fails(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str], edit: Callable[[str], str], message: str
) -> None:
    override = copies[0] / "str_enum.py.jinja"
    override.write_text(edit(override.read_text(encoding="utf-8")), encoding="utf-8")
    code, err = _check(copies, capsys)
    assert code == 1
    assert f"generator-templates/str_enum.py.jinja {message}" in err


def test_an_override_identical_to_upstream_fails(copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    override = copies[0] / "errors.py.jinja"
    record = override.read_text(encoding="utf-8").split("#}\n", 1)[0] + "#}\n"
    override.write_text(record + (copies[1] / "errors.py.jinja").read_text(encoding="utf-8"), encoding="utf-8")
    code, err = _check(copies, capsys)
    assert code == 1
    assert "generator-templates/errors.py.jinja is identical to upstream: delete the override" in err


def test_an_upgrade_reapplies_each_override_onto_the_new_upstream(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The guide's steps (docs/generator-upgrade.md), with upstream "9.9.9" made from the installed one.
    overrides, old, new = tmp_path / "overrides", tmp_path / "old", tmp_path / "new"
    shutil.copytree(OVERRIDES, overrides)
    assert check_templates.main(["--save-upstream", str(old)]) == 0
    shutil.copytree(old, new)
    model = new / "model.py.jinja"  # a change away from the override's own: merges cleanly
    model.write_text(model.read_text(encoding="utf-8").replace("\n", "\n# upstream 9.9.9\n", 1), encoding="utf-8")
    module = new / "endpoint_module.py.jinja"  # upstream changes the line the override changed: a conflict
    quoting = 'quote(str({{parameter.python_name}}), safe="")'
    assert quoting in module.read_text(encoding="utf-8")
    module.write_text(module.read_text(encoding="utf-8").replace(quoting, "quote_segment(x)"), encoding="utf-8")
    capsys.readouterr()

    upgrade = ["--overrides", str(overrides), "--upstream", str(new), "--upstream-version", "9.9.9"]
    assert check_templates.main([*upgrade, "--reapply-from", str(old)]) == 1
    out = capsys.readouterr().out
    assert "model.py.jinja: re-applied onto 9.9.9: merged cleanly" in out
    assert "endpoint_module.py.jinja: re-applied onto 9.9.9: 1 conflict(s) marked <<<<<<< to resolve" in out
    merged = (overrides / "model.py.jinja").read_text(encoding="utf-8")
    assert "# upstream 9.9.9\n" in merged
    assert "Imported once when the module loads" in merged  # the override's change survived
    new_sha = check_templates.sha12(model.read_text(encoding="utf-8"))
    assert f"Fork of openapi-python-client 9.9.9 templates/model.py.jinja (upstream sha256 {new_sha})." in merged

    # Until the conflict is resolved, the check fails on it and on nothing else.
    assert check_templates.main(upgrade) == 1
    err = capsys.readouterr().err
    assert "generator-templates/endpoint_module.py.jinja holds merge conflict markers" in err
    assert err.count("\n  - ") == 1


def test_the_upgrade_guide_names_the_pin_and_the_commands_that_exist() -> None:
    guide = (ROOT / "docs" / "generator-upgrade.md").read_text(encoding="utf-8")
    assert f"openapi-python-client (pinned: {VERSION})" in guide
    assert f"scripts/check_templates.py --save-upstream /tmp/templates-{VERSION}" in guide
    assert f"scripts/check_templates.py --reapply-from /tmp/templates-{VERSION}" in guide
    assert "make check-templates" in guide
