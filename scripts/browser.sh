#!/usr/bin/env bash
# The browser the report tests render in (#17): Debian's `chromium` package, installed when missing.
# `make test` runs this first, so a fresh CI machine needs nothing installed by hand. It does nothing
# when `chromium` is already on PATH; otherwise it installs it with apt-get as root, or through
# `sudo -n` (never prompting), and fails with what to do when neither is possible.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser.sh: chromium is not installed and there is no apt-get here to install it." >&2
  echo "browser.sh: install a Chromium whose command is 'chromium' (the report tests render in it), then rerun." >&2
  exit 1
fi
install=(sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium')
if [ "$(id -u)" -eq 0 ]; then
  runner=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  runner=(sudo -n)
else
  echo "browser.sh: chromium is not installed, and installing it needs root: this user is not root and" >&2
  echo "browser.sh: has no password-less sudo. Run as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
echo "browser.sh: chromium not found; installing Debian's chromium package (about a minute)..." >&2
start=$SECONDS
"${runner[@]}" "${install[@]}"
if ! command -v chromium >/dev/null 2>&1; then
  echo "browser.sh: apt-get finished but 'chromium' is still not on PATH" >&2
  exit 1
fi
echo "browser.sh: $(chromium --version 2>/dev/null || echo chromium) installed in $((SECONDS - start)) s" >&2
