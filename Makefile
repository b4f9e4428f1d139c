# Every workflow is a target; each bootstraps what it needs from a fresh clone.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)
# No stray bytecode in the source tree (it would show up in the freshness diff).
export PYTHONDONTWRITEBYTECODE := 1

STAMP := $(VENV)/.installed

.PHONY: help setup generate check-generated lint test test-fast demo bench build publish check-api clean api-snapshot changelog-draft
.PHONY: check-templates test-pythons test-floors browser

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

setup: $(STAMP) ## create .venv with the pinned tools and evalclient installed in it

$(STAMP): requirements/dev.lock pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "evalclient needs Python >= 3.11"'
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

generate: $(STAMP) ## regenerate generated/ from openapi/ (fails on any generator warning)
	scripts/generate.sh generated

check-generated: $(STAMP) ## fail if generated/ differs from a fresh generation (new and deleted files too)
	scripts/check-generated.sh

check-templates: $(STAMP) ## diff each generator-templates/ override against the installed generator's; fail if one no longer applies
	python scripts/check_templates.py

# Each openapi/drift/*.yaml pairs a spec with the vendor's SDK (pip installs it into a throwaway
# virtualenv); SDK=PATH reads an installed one instead (a virtualenv or a site-packages directory,
# for tests and offline use), DRIFT=openapi/drift/x.yaml picks one pairing.
.PHONY: check-drift
check-drift: $(STAMP) ## compare the specs with the vendor's official SDK; fail on a difference not accepted in openapi/drift/
	python scripts/check_drift.py $(DRIFT) $(if $(SDK),--sdk $(SDK))

lint: $(STAMP) ## validate the specs, ruff, mypy --strict over overlays and generated code
	python -m openapi_spec_validator openapi/*.yaml
	ruff check overlays tests bench scripts hatch_build.py
	ruff format --check overlays tests bench scripts hatch_build.py
	mypy --strict -p evalclient -p extend_evals_client -p extend_evals_client_2025_04_21 -p bland_evals_client

# The report tests render HTML in Debian's `chromium`; browser.sh installs it when it is missing
# (apt-get as root, or sudo -n) and does nothing when `chromium` is on PATH.
browser: ## make sure headless Chromium is installed (the browser lane renders the HTML reports in it)
	scripts/browser.sh

test: lint browser ## bootstrap, lint, then run the whole suite: every lane (freshness check included)
	python -m pytest

test-fast: $(STAMP) ## the unit lane alone (no subprocess, no socket, no generator): the inner loop, under 30 s
	python -m pytest --lane unit -q

# Each version gets .venv-pythons/<version>/ from requirements/dev.lock; PYTHONS="3.12 3.13" picks some;
# PYTHON312=/path/to/python3.12 overrides where an interpreter is found (else pyenv, else PATH).
test-pythons: ## the unit lane under every supported CPython (3.11, 3.12, 3.13); a missing one fails
	$(PYTHON) scripts/test_pythons.py $(PYTHONS)

# .venv-floors/ is built from requirements/dev.lock with each runtime dependency pinned to the lowest
# version pyproject.toml allows (scripts/floors.py); rebuilt only when either file changes.
test-floors: ## the unit lane with httpx and attrs at their lowest allowed versions
	$(PYTHON) scripts/floors.py

build: $(STAMP) ## wheel and sdist in dist/ (reproducible), the wheel checked in an empty virtualenv
	scripts/build.sh

check-api: $(STAMP) ## fail on a breaking API change without a major bump (vs last tag or api-snapshot/); spec summary
	python scripts/check_api.py

changelog-draft: $(STAMP) ## print a CHANGELOG.md entry drafted from the changes since the last release
	@python scripts/check_api.py --changelog  # silent recipe: the output is meant for CHANGELOG.md

api-snapshot: $(STAMP) ## record the current API and specs as the last release (run right after publishing)
	scripts/check-generated.sh
	python scripts/api_snapshot.py

# Credentials only from TWINE_USERNAME/TWINE_PASSWORD. ALLOW_SKIP_TESTS counts only when given on
# the command line ($(origin) rules out the environment): see scripts/publish.py.
publish: $(STAMP) ## upload dist/ to EVALCLIENT_INDEX_URL once every release check passes
	python scripts/publish.py $(if $(filter command line,$(origin ALLOW_SKIP_TESTS)),$(if $(filter 1,$(ALLOW_SKIP_TESTS)),--allow-skip-tests))

clean: ## remove build output and caches (keeps .venv)
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache

demo: $(STAMP) ## the main job: a whole Extend and Bland evaluation through the evalclient CLI, against the built-in fake API
	python scripts/demo.py

# The bench has its own venv: the official SDK (extend-ai) and the profiler never enter .venv.
BENCH_VENV := bench/.venv
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): requirements/bench.lock pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "evalclient needs Python >= 3.11"'
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/bench.lock
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BENCH_VENV)/bin/python -m pip check
	touch $@

bench: $(BENCH_STAMP) ## evalclient vs raw httpx vs the official SDK: prints the table, writes bench/results.json and BENCHMARKS.md
	$(BENCH_VENV)/bin/python -m bench.run
