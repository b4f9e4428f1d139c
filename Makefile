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

.PHONY: help setup generate check-generated lint test demo bench build publish check-api clean

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

lint: $(STAMP) ## validate the specs, ruff, mypy --strict over overlays and generated code
	python -m openapi_spec_validator openapi/extend.yaml openapi/bland.yaml
	ruff check overlays tests bench scripts
	ruff format --check overlays tests bench scripts
	mypy --strict -p evalclient -p extend_evals_client -p bland_evals_client

test: lint ## bootstrap, lint, then run the whole suite (freshness check included)
	python -m pytest

clean: ## remove build output and caches (keeps .venv)
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache
