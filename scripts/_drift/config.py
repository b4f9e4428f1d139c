"""A pairing file (`openapi/drift/<spec>.yaml`): which spec, which SDK, the name mapping, the accepted list.

    spec: ../extend.yaml              # relative to this file
    sdk:
      requirement: extend-ai          # what pip installs (newest, or a pin such as extend-ai==0.2.0)
      package: extend_ai              # the import name
      clients: [evaluation_sets, ...] # the SDK resources (raw clients) our spec covers
      api_version_header: x-extend-api-version
    schemas: {OurName: TheirName}     # only where the names differ
    operations: {operationId: client.method}
    not_in_sdk: {OurName: why}        # our schemas the SDK has no model for
    accepted:                         # reviewed differences, each with why
      - {where: FileSummary, field: type, ours: "...", theirs: "...", reason: "..."}

A second pairing is a second file; `make check-drift` checks every `openapi/drift/*.yaml`. They live in
openapi/drift/, not beside the specs, because tools treat every openapi/*.yaml as a spec.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml


class ConfigError(Exception):
    """A pairing file that cannot be used: the message names the file and what is wrong."""


@dataclasses.dataclass(frozen=True)
class Accepted:
    where: str
    field: str
    ours: str
    theirs: str
    reason: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.where, self.field, self.ours, self.theirs)


@dataclasses.dataclass(frozen=True)
class Pairing:
    path: Path
    spec: Path
    requirement: str
    package: str
    clients: tuple[str, ...]
    api_version_header: str
    schemas: dict[str, str]
    operations: dict[str, str]
    not_in_sdk: dict[str, str]
    accepted: tuple[Accepted, ...]


def load(path: Path) -> Pairing:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read it: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    sdk = _section(path, raw, "sdk", dict)
    accepted = []
    for number, entry in enumerate(_section(path, raw, "accepted", list), start=1):
        if not isinstance(entry, dict) or set(entry) != {"where", "field", "ours", "theirs", "reason"}:
            raise ConfigError(f"{path}: accepted entry {number} needs exactly where, field, ours, theirs, reason")
        if not str(entry["reason"]).strip():
            raise ConfigError(f"{path}: accepted entry {number} ({entry['where']}.{entry['field']}) has no reason")
        accepted.append(Accepted(**{k: str(v) for k, v in entry.items()}))
    return Pairing(
        path=path,
        spec=path.parent / _text(path, raw, "spec"),
        requirement=_text(path, sdk, "requirement"),
        package=_text(path, sdk, "package"),
        clients=tuple(str(c) for c in _section(path, sdk, "clients", list)),
        api_version_header=str(sdk.get("api_version_header", "")),
        schemas=_names(path, raw, "schemas"),
        operations=_names(path, raw, "operations"),
        not_in_sdk=_names(path, raw, "not_in_sdk"),
        accepted=tuple(accepted),
    )


def _section(path: Path, raw: dict[str, Any], key: str, kind: type) -> Any:
    value = raw.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise ConfigError(f"{path}: `{key}` must be a {'mapping' if kind is dict else 'list'}")
    return value


def _text(path: Path, raw: dict[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{path}: `{key}` is required (a string)")
    return value


def _names(path: Path, raw: dict[str, Any], key: str) -> dict[str, str]:
    return {str(k): str(v) for k, v in _section(path, raw, key, dict).items()}
