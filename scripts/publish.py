"""Publish evalclient to the internal index, but only a release that cannot surprise its users.

Other teams' services pin evalclient from the internal index, so every gate runs before the
upload and any failure refuses it (exit 1, "publish refused: ..."):

1. EVALCLIENT_INDEX_URL (the upload URL, e.g. http://host:8080/) and TWINE_USERNAME /
   TWINE_PASSWORD are set, and the URL carries no credentials of its own;
2. this version is not on the index yet (read from its simple page, EVALCLIENT_SIMPLE_URL or
   <EVALCLIENT_INDEX_URL>/simple/); a page that redirects elsewhere is refused too: that index
   falls through to another one for our name;
3. generated/ is fresh (scripts/check-generated.sh);
4. `make test` passes (lint and the whole suite). tests/test_release.py runs this script from
   inside the suite, where running the suite again would recurse: there, and only where both
   are given, EVALCLIENT_SKIP_TESTS=1 in the environment plus ALLOW_SKIP_TESTS=1 on the make
   command line skip this step. The env var alone is refused, so a stray export cannot
   silently turn the tests off for every release;
5. `make check-api` passes (no breaking change without a major bump);
6. `make build` builds dist/ reproducibly and checks the wheel; twine checks the metadata.

Credentials reach twine through the environment only, never argv (visible in `ps`), and are
masked out of everything twine prints; the other steps run without them.
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import NoReturn

from check_api import read_version
from packaging.utils import InvalidSdistFilename, InvalidWheelFilename, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
NAME = "evalclient"
_SECRETS = ("TWINE_USERNAME", "TWINE_PASSWORD")


def refuse(message: str) -> NoReturn:
    print(f"publish refused: {message}", file=sys.stderr)
    sys.exit(1)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # surface the 3xx as an HTTPError instead of following it


def published_versions(page: str, username: str, password: str) -> set[Version]:
    """Versions of evalclient on the index's simple page (none when the page is a 404)."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    # main() accepts only http(s) index URLs, so no file: or custom scheme reaches this.
    request = urllib.request.Request(page, headers={"Authorization": f"Basic {token}"})  # noqa: S310
    try:
        with urllib.request.build_opener(_NoRedirects).open(request, timeout=30) as response:
            html = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return set()
        if 300 <= error.code < 400:
            refuse(
                f"{page} redirects to {error.headers.get('Location')}: the index falls through to another index "
                f"for {NAME!r}, so a package of that name elsewhere could shadow ours. Configure it not to "
                "(docs/consumers.md)."
            )
        refuse(f"cannot read {page}: HTTP {error.code}")
    except urllib.error.URLError as error:
        refuse(f"cannot reach {page}: {error.reason}")
    versions = set()
    for href in re.findall(r"""href=["']([^"']+)["']""", html):
        filename = urllib.parse.unquote(href.split("#")[0].rstrip("/").rsplit("/", 1)[-1])
        try:
            if filename.endswith(".whl"):
                versions.add(parse_wheel_filename(filename)[1])
            elif filename.endswith(".tar.gz"):
                versions.add(parse_sdist_filename(filename)[1])
        except (InvalidWheelFilename, InvalidSdistFilename):
            continue  # another file the page links to, not a distribution of ours
    return versions


def gate(what: str, command: list[str], env: dict[str, str]) -> None:
    print(f"==> {what}: {' '.join(command)}", flush=True)
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:  # noqa: S603 (fixed commands, no shell)
        refuse(f"{what} failed (see above)")


def mask(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "****")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--allow-skip-tests", action="store_true", help="set by `make publish ALLOW_SKIP_TESTS=1`")
    args = parser.parse_args()

    url = os.environ.get("EVALCLIENT_INDEX_URL", "")
    username, password = os.environ.get("TWINE_USERNAME", ""), os.environ.get("TWINE_PASSWORD", "")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        refuse("set EVALCLIENT_INDEX_URL to the internal index's upload URL (http:// or https://)")
    if parts.username or parts.password:
        refuse(
            "EVALCLIENT_INDEX_URL must not carry credentials (they would be printed): use TWINE_USERNAME/TWINE_PASSWORD"
        )
    if not username or not password:
        refuse("set TWINE_USERNAME and TWINE_PASSWORD for the internal index")
    skip_tests = os.environ.get("EVALCLIENT_SKIP_TESTS") == "1"
    if skip_tests and not args.allow_skip_tests:
        refuse(
            "EVALCLIENT_SKIP_TESTS=1 is honoured only with `make publish ALLOW_SKIP_TESTS=1`; unset it to run the tests"
        )

    version = read_version(ROOT)
    simple = os.environ.get("EVALCLIENT_SIMPLE_URL") or url.rstrip("/") + "/simple/"
    page = simple.rstrip("/") + f"/{NAME}/"
    if version in published_versions(page, username, password):
        refuse(
            f"{NAME} {version} is already on {simple}: bump overlays/evalclient/_version.py and add a CHANGELOG entry"
        )
    print(f"==> {NAME} {version} is not on {simple} yet")

    # The checks run without the credentials: no test or build step has any use for them.
    clean = {key: value for key, value in os.environ.items() if key not in _SECRETS}
    gate("generated code is fresh", ["scripts/check-generated.sh"], clean)
    if skip_tests:
        print("==> tests skipped: EVALCLIENT_SKIP_TESTS=1 with ALLOW_SKIP_TESTS=1 (the suite is the caller)")
    else:
        gate("lint and tests", ["make", "test"], clean)
    gate("no unannounced breaking change", [sys.executable, "scripts/check_api.py"], clean)
    gate("build", ["scripts/build.sh"], clean)
    files = sorted(str(path) for path in (ROOT / "dist").iterdir())
    gate("metadata", [sys.executable, "-m", "twine", "check", "--strict", *files], clean)

    twine_env = {
        **os.environ,
        "TWINE_NON_INTERACTIVE": "1",
        # Credentials come from the environment; never read or write a system keyring.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    command = [sys.executable, "-m", "twine", "upload", "--disable-progress-bar", "--repository-url", url, *files]
    print(f"==> upload: {' '.join(command)}", flush=True)
    upload = subprocess.run(command, cwd=ROOT, env=twine_env, capture_output=True, text=True, check=False)  # noqa: S603
    # Twine does not print credentials today; masking keeps it that way whatever a version or an
    # error message decides to echo. Very short usernames are left alone (masking "ci" would
    # garble every word containing it, and a username is no secret on its own).
    secrets = [password, *([username] if len(username) >= 4 else [])]
    print(mask(upload.stdout, secrets), end="")
    print(mask(upload.stderr, secrets), end="", file=sys.stderr)
    if upload.returncode != 0:
        refuse("twine upload failed (see above)")
    if version not in published_versions(page, username, password):
        refuse(f"the upload reported success but {page} does not list {version}")
    print(
        f"published {NAME} {version} to {simple}\n"
        f"next: `make api-snapshot`, commit it with CHANGELOG.md, and tag the commit v{version}"
    )


if __name__ == "__main__":
    main()
