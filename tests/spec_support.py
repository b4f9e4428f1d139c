"""Helpers the spec tests share: loading the OpenAPI documents and comparing JSON round trips."""

from __future__ import annotations

import datetime
import functools
import importlib
import pathlib
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _discover() -> dict[str, ModuleType]:
    """Each generated package's spec facts (`<package>._spec`), by spec name ("extend", "bland", ...).

    Derived from generated/, so a spec added to the generation is covered by every test that
    iterates these, with no table to extend by hand.
    """
    found = {}
    for facts_file in sorted((ROOT / "generated").glob("*/_spec.py")):
        facts = importlib.import_module(f"{facts_file.parent.name}._spec")
        found[pathlib.Path(facts.SPEC_FILE).stem] = facts
    return found


FACTS = _discover()
SPECS = {name: ROOT / facts.SPEC_FILE for name, facts in FACTS.items()}
PACKAGES = {name: facts.__name__.rpartition(".")[0] for name, facts in FACTS.items()}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


@functools.cache
def load_spec(name: str) -> dict[str, Any]:
    with SPECS[name].open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation in the document."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def normalise(value: Any) -> Any:
    """Make two JSON values comparable across a parse: timestamps compare as instants.

    The generated models parse date-times with datetime.fromisoformat and write them back with
    isoformat(), so "2024-03-21T16:45:00Z" returns as "2024-03-21T16:45:00+00:00": the same instant.
    """
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.datetime.fromisoformat(value)
    return value


def query_limit(name: str, operation_id: str, parameter: str, keyword: str) -> Any:
    """A bound (`minimum`, `maximum`, `default`...) of a query parameter, as the spec states it."""
    return FACTS[name].OPERATIONS[operation_id]["parameters"][parameter][keyword]


def property_limit(name: str, schema: str, prop: str, keyword: str) -> Any:
    """A bound (`maxItems`, `maximum`...) of a property of a component schema, as the spec states it."""
    return FACTS[name].SCHEMA_CONSTRAINTS[schema][prop][keyword]
