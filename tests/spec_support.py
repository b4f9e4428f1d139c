"""Helpers the spec tests share: loading the OpenAPI documents and comparing JSON round trips."""

from __future__ import annotations

import datetime
import functools
import pathlib
import re
from collections.abc import Iterator
from typing import Any

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPECS = {"extend": ROOT / "openapi" / "extend.yaml", "bland": ROOT / "openapi" / "bland.yaml"}
PACKAGES = {"extend": "extend_evals_client", "bland": "bland_evals_client"}
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
