#!/usr/bin/env bash
# Regenerate both client packages into OUT_DIR (default: generated/).
# Each package is deleted first: the generator's --overwrite keeps stray files.
# SPEC_DIR overrides where the documents are read from (the tests use it).
set -euo pipefail
out_dir=${1:-generated}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
for spec in extend bland; do
  package="${spec}_evals_client"
  rm -rf "${out_dir:?}/$package"
  # Run from the output folder so nothing of the repo's own config leaks into the hooks.
  (cd "$out_dir" && openapi-python-client generate \
    --path "${SPEC_DIR:-$root/openapi}/$spec.yaml" \
    --config "$root/generator-config.yaml" \
    --custom-template-path "$root/generator-templates" \
    --meta none \
    --output-path "$out_dir/$package" \
    --fail-on-warning)
  # --meta none writes no py.typed; the package ships type information, so mark it.
  : > "$out_dir/$package/py.typed"
  # The document's limits, enums and operations, for the fake, the CLI and the tests (one source).
  python "$root/scripts/spec_facts.py" "${SPEC_DIR:-$root/openapi}/$spec.yaml" "$out_dir/$package/_spec.py"
  ruff format --isolated --no-cache --quiet --line-length 120 "$out_dir/$package/_spec.py"
done
