#!/usr/bin/env bash
# Build the wheel and the sdist into dist/, reproducibly, then check the wheel (check_wheel.py).
# Reproducible: hatchling stamps every archive entry with SOURCE_DATE_EPOCH, so one commit gives
# byte-identical files however often it is built. The last commit's time ties the stamp to the
# commit; outside a git checkout of this repo (an unpacked sdist, a copied tree) a fixed time does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  # Only this repo's own commits count: a copy lying inside another checkout is "not in git".
  if [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$root" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
  else
    SOURCE_DATE_EPOCH=315532800  # 1980-01-01, the earliest time a zip entry can carry
  fi
fi
export SOURCE_DATE_EPOCH
rm -rf dist
# --no-isolation: build with the hatchling pinned in .venv rather than one fetched at build time.
# build makes the sdist first and the wheel from it, which also proves the sdist is complete.
python -m build --no-isolation --outdir dist . >/dev/null
echo "built with SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH:"
(cd dist && sha256sum -- *)
python scripts/check_wheel.py dist
