#!/usr/bin/env bash
# Regenerate into a temporary folder and compare whole trees with generated/:
# a changed, new or deleted file fails (git diff alone would miss untracked files).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
committed=${GENERATED_DIR:-$root/generated}  # the tests point this at a copy
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/scripts/generate.sh" "$tmp" >/dev/null
if ! diff -r -x __pycache__ "$committed" "$tmp"; then
  echo "generated/ is stale: run 'make generate' and commit the result" >&2
  exit 1
fi
echo "generated/ is fresh"
