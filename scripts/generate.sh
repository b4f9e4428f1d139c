#!/usr/bin/env bash
# Regenerate every client package into OUT_DIR (default: generated/), one per OpenAPI document.
# Each package is deleted first: the generator's --overwrite keeps stray files.
# SPEC_DIR overrides where the documents are read from (the tests use it).
set -euo pipefail
out_dir=${1:-generated}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
config=$(mktemp)
trap 'rm -f "$config"' EXIT
# spec:package - the package name is set here, not derived from info.title, so a second version
# of an API gets a name that sorts beside the first (extend_evals_client_2025_04_21).
for entry in extend:extend_evals_client extend-2025-04-21:extend_evals_client_2025_04_21 bland:bland_evals_client; do
  spec=${entry%%:*}
  package=${entry#*:}
  rm -rf "${out_dir:?}/$package"
  { cat "$root/generator-config.yaml"; echo "package_name_override: $package"; } > "$config"
  # Run from the output folder so nothing of the repo's own config leaks into the hooks.
  (cd "$out_dir" && openapi-python-client generate \
    --path "${SPEC_DIR:-$root/openapi}/$spec.yaml" \
    --config "$config" \
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
