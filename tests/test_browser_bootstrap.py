"""scripts/browser.sh (#17), the bootstrap `make test` runs before pytest: nothing when `chromium` is on
PATH, else apt-get as root or through `sudo -n`, else a clear failure. Run against stub commands on a
PATH of their own, so no package is installed and no real apt-get or sudo is touched."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "browser.sh"
LOG = "calls.log"


def stub(directory: Path, name: str, body: str) -> None:
    path = directory / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def sandbox(tmp_path: Path, *, uid: int, chromium: bool, sudo: str | None, apt_installs: bool = True) -> Path:
    """A PATH holding only stubs (and `sh`); each stub appends its arguments to calls.log."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "sh").symlink_to("/bin/sh")
    log = tmp_path / LOG
    stub(bin_dir, "id", f'echo "id $*" >> {log}; echo {uid}')
    chromium_stub = f'echo "chromium $*" >> {log}; echo "Chromium 156.0 stub"'
    if chromium:
        stub(bin_dir, "chromium", chromium_stub)
    install = (
        f"/bin/cat > {bin_dir}/chromium <<'EOF'\n#!/bin/sh\n{chromium_stub}\nEOF\n/bin/chmod +x {bin_dir}/chromium"
    )
    apt_get = f'echo "apt-get $*" >> {log}\n'
    if apt_installs:  # the package puts `chromium` on PATH
        apt_get += f'[ "$1" = install ] && {{\n{install}\n}}\n'
    stub(bin_dir, "apt-get", apt_get + "exit 0")
    if sudo == "works":
        stub(bin_dir, "sudo", f'echo "sudo $*" >> {log}; [ "$1" = -n ] && shift; "$@"')
    elif sudo == "asks":
        stub(bin_dir, "sudo", f'echo "sudo $*" >> {log}; echo "sudo: a password is required" >&2; exit 1')
    return bin_dir


def run(tmp_path: Path, bin_dir: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    result = subprocess.run(
        ["/bin/bash", str(SCRIPT)], env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    log = tmp_path / LOG
    return result, log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_nothing_happens_when_chromium_is_on_path(tmp_path: Path) -> None:
    result, calls = run(tmp_path, sandbox(tmp_path, uid=1000, chromium=True, sudo=None))
    assert (result.returncode, result.stderr, calls) == (0, "", [])


def test_root_installs_with_apt_get(tmp_path: Path) -> None:
    result, calls = run(tmp_path, sandbox(tmp_path, uid=0, chromium=False, sudo=None))
    assert result.returncode == 0, result.stderr
    assert calls == ["id -u", "apt-get update", "apt-get install -y chromium", "chromium --version"]
    assert "installing Debian's chromium package" in result.stderr
    assert "Chromium 156.0 stub installed in" in result.stderr


def test_another_user_installs_through_sudo_n_only(tmp_path: Path) -> None:
    result, calls = run(tmp_path, sandbox(tmp_path, uid=1000, chromium=False, sudo="works"))
    assert result.returncode == 0, result.stderr
    assert calls[:3] == [
        "id -u",
        "sudo -n true",
        "sudo -n sh -c apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium",
    ]
    assert calls[3:] == ["apt-get update", "apt-get install -y chromium", "chromium --version"]


@pytest.mark.parametrize("sudo", [None, "asks"])
def test_without_root_or_password_less_sudo_it_fails_saying_what_to_do(tmp_path: Path, sudo: str | None) -> None:
    result, calls = run(tmp_path, sandbox(tmp_path, uid=1000, chromium=False, sudo=sudo))
    assert result.returncode == 1
    assert "installing it needs root" in result.stderr
    assert "apt-get update && apt-get install -y chromium" in result.stderr
    assert not any(call.startswith("apt-get") for call in calls)


def test_an_install_that_leaves_no_chromium_fails(tmp_path: Path) -> None:
    result, _ = run(tmp_path, sandbox(tmp_path, uid=0, chromium=False, sudo=None, apt_installs=False))
    assert result.returncode == 1
    assert "'chromium' is still not on PATH" in result.stderr


def test_the_makefile_runs_it_before_the_tests() -> None:
    makefile = (SCRIPT.parent.parent / "Makefile").read_text(encoding="utf-8")
    assert "\ntest: lint browser " in makefile
    assert "\nbrowser: ## " in makefile
    assert "\tscripts/browser.sh\n" in makefile
    assert os.access(SCRIPT, os.X_OK)
