"""What changed between two revisions of an OpenAPI document, for the humans reading a release.

Lists operations, parameters, request bodies, responses, schemas, fields and enum values that were
added, removed or changed, and marks the ones that can break a caller of the generated client.
The rule is deliberately blunt, since a release that silently breaks another team is the worst
outcome: only *additions* of optional things (an operation, a schema, an optional field or
parameter, an enum value, a response) are safe; anything removed or changed, a new required field
or parameter, or a new API version is breaking. griffe (scripts/check_api.py) checks the Python
side; this catches what griffe cannot see, e.g. a field of an attrs model turning required.

    python scripts/spec_diff.py OLD.yaml NEW.yaml [--changelog]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
Node = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Change:
    action: str  # "added", "removed" or "changed"
    kind: str  # "operation", "field", "enum value", ...
    name: str
    detail: str = ""
    breaking: bool = False

    def line(self) -> str:
        sign = {"added": "+", "removed": "-", "changed": "~"}[self.action]
        detail = f": {self.detail}" if self.detail else ""
        return f"{sign} {self.kind} {self.name}{detail}{'  [BREAKING]' if self.breaking else ''}"

    def changelog_line(self, spec: str) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"- {spec}: {self.action} {self.kind} `{self.name}`{detail}"


def load(path: Path) -> Node:
    with path.open(encoding="utf-8") as handle:
        document: Node = yaml.safe_load(handle)
    return document


def diff(old: Node, new: Node) -> list[Change]:
    changes: list[Change] = []
    old_version, new_version = old["info"]["version"], new["info"]["version"]
    if old_version != new_version:
        # A new API version pins other request and response shapes: treat it as breaking.
        changes.append(Change("changed", "API version", "info.version", f"{old_version} -> {new_version}", True))
    changes += _diff_operations(old, new)
    changes += _diff_schemas(old, new)
    return changes


def signature(node: Any) -> str:
    """The type-level shape of a schema: what the generated code's types depend on.

    Descriptions and examples are left out (docs only), and so are enum values and nested
    properties, which are reported one by one instead of as a changed blob.
    """
    if not isinstance(node, dict):
        return repr(node)
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    parts = []
    kind = node.get("type")
    if kind is not None:
        parts.append("|".join(kind) if isinstance(kind, list) else str(kind))
    for key in ("format", "const", "default"):
        if key in node:
            parts.append(f"{key}={node[key]!r}")
    if "items" in node:
        parts.append(f"items={signature(node['items'])}")
    for key in ("anyOf", "oneOf", "allOf"):
        if key in node:
            # Member order is kept: the generated client tries union members in order.
            parts.append(f"{key}[{', '.join(signature(member) for member in node[key])}]")
    if isinstance(node.get("additionalProperties"), dict):
        parts.append(f"values={signature(node['additionalProperties'])}")
    if "enum" in node:
        parts.append("enum")
    return " ".join(parts) or "any"


def _resolve(document: Node, node: Node) -> Node:
    while "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(document: Node) -> dict[str, Node]:
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                # Path-level parameters apply to every operation under the path.
                operation = {
                    **item[method],
                    "parameters": [*item.get("parameters", []), *item[method].get("parameters", [])],
                }
                found[f"{method.upper()} {path}"] = operation
    return found


def _diff_operations(old: Node, new: Node) -> Iterator[Change]:
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        yield Change("added", "operation", key, new_ops[key].get("operationId", ""))
    for key in sorted(old_ops.keys() - new_ops.keys()):
        yield Change("removed", "operation", key, old_ops[key].get("operationId", ""), breaking=True)
    for key in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[key], new_ops[key]
        if before.get("operationId") != after.get("operationId"):
            # The operationId names the generated module: a rename removes the old one.
            detail = f"operationId {before.get('operationId')} -> {after.get('operationId')}"
            yield Change("changed", "operation", key, detail, breaking=True)
        yield from _diff_parameters(key, old, before, new, after)
        yield from _diff_bodies(key, old, before, new, after)
        yield from _diff_responses(key, old, before, new, after)


def _parameters(document: Node, operation: Node) -> dict[str, Node]:
    found = {}
    for parameter in operation.get("parameters", []):
        resolved = _resolve(document, parameter)
        found[f"{resolved['in']} {resolved['name']}"] = resolved
    return found


def _diff_parameters(operation: str, old: Node, before: Node, new: Node, after: Node) -> Iterator[Change]:
    old_params, new_params = _parameters(old, before), _parameters(new, after)
    for key in sorted(new_params.keys() - old_params.keys()):
        required = bool(new_params[key].get("required"))
        yield Change("added", "parameter", f"{operation} {key}", "required" if required else "", required)
    for key in sorted(old_params.keys() - new_params.keys()):
        yield Change("removed", "parameter", f"{operation} {key}", breaking=True)
    for key in sorted(old_params.keys() & new_params.keys()):
        name = f"{operation} {key}"
        yield from _diff_slot("parameter", name, old_params[key], new_params[key])
        yield from _diff_enum(name, old_params[key].get("schema", {}), new_params[key].get("schema", {}))


def _diff_slot(kind: str, name: str, before: Node, after: Node) -> Iterator[Change]:
    """A parameter's or field's schema and required flag (both sides resolved by the caller)."""
    was, now = signature(before.get("schema", before)), signature(after.get("schema", after))
    if was != now:
        yield Change("changed", kind, name, f"{was} -> {now}", breaking=True)
    if bool(before.get("required")) != bool(after.get("required")):
        flip = "optional -> required" if after.get("required") else "required -> optional"
        yield Change("changed", kind, name, flip, breaking=True)


def _media_signatures(document: Node, holder: Node) -> dict[str, str]:
    return {
        media_type: signature(content.get("schema", {}))
        for media_type, content in _resolve(document, holder).get("content", {}).items()
    }


def _diff_bodies(operation: str, old: Node, before: Node, new: Node, after: Node) -> Iterator[Change]:
    was, now = before.get("requestBody"), after.get("requestBody")
    if was is None and now is not None:
        required = bool(_resolve(new, now).get("required"))
        yield Change("added", "request body", operation, "required" if required else "", required)
    elif was is not None and now is None:
        yield Change("removed", "request body", operation, breaking=True)
    elif was is not None and now is not None:
        was_sig, now_sig = _media_signatures(old, was), _media_signatures(new, now)
        if was_sig != now_sig:
            yield Change("changed", "request body", operation, f"{was_sig} -> {now_sig}", breaking=True)
        if bool(_resolve(old, was).get("required")) != bool(_resolve(new, now).get("required")):
            yield Change("changed", "request body", operation, "required flag", breaking=True)


def _diff_responses(operation: str, old: Node, before: Node, new: Node, after: Node) -> Iterator[Change]:
    was, now = before.get("responses", {}), after.get("responses", {})
    for status in sorted(now.keys() - was.keys(), key=str):
        yield Change("added", "response", f"{operation} {status}")
    for status in sorted(was.keys() - now.keys(), key=str):
        yield Change("removed", "response", f"{operation} {status}", breaking=True)
    for status in sorted(was.keys() & now.keys(), key=str):
        was_sig, now_sig = _media_signatures(old, was[status]), _media_signatures(new, now[status])
        if was_sig != now_sig:
            yield Change("changed", "response", f"{operation} {status}", f"{was_sig} -> {now_sig}", breaking=True)


def _fields(schema: Node, prefix: str = "") -> dict[str, Node]:
    """Every field of a schema, with inline allOf members and nested inline objects flattened in.

    Each value is {"schema": <property schema>, "required": bool}, so it compares like a parameter.
    """
    parts = [schema, *(member for member in schema.get("allOf", []) if "$ref" not in member)]
    required = {name for part in parts for name in part.get("required", [])}
    found: dict[str, Node] = {}
    for part in parts:
        for name, prop in part.get("properties", {}).items():
            found[prefix + name] = {"schema": prop, "required": name in required}
            if "properties" in prop or "allOf" in prop:
                found.update(_fields(prop, f"{prefix}{name}."))
    return found


def _enum_nodes(schema: Node) -> dict[str, Node]:
    """The schema's own enum, its fields' inline enums and the inline enums of their arrays."""
    found = {"": schema}
    for name, field in _fields(schema).items():
        found["." + name] = field["schema"]
        if isinstance(field["schema"].get("items"), dict):
            found[f".{name}[]"] = field["schema"]["items"]
    return found


def _diff_enum(name: str, before: Node, after: Node) -> Iterator[Change]:
    was, now = before.get("enum", []), after.get("enum", [])
    for value in [value for value in now if value not in was]:
        yield Change("added", "enum value", name, repr(value))
    for value in [value for value in was if value not in now]:
        yield Change("removed", "enum value", name, repr(value), breaking=True)


def _diff_schemas(old: Node, new: Node) -> Iterator[Change]:
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        yield Change("added", "schema", name)
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        yield Change("removed", "schema", name, breaking=True)
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        before, after = old_schemas[name], new_schemas[name]
        if signature(before) != signature(after):
            yield Change("changed", "schema", name, f"{signature(before)} -> {signature(after)}", breaking=True)
        old_fields, new_fields = _fields(before), _fields(after)
        for field in sorted(new_fields.keys() - old_fields.keys()):
            required = new_fields[field]["required"]
            yield Change("added", "field", f"{name}.{field}", "required" if required else "", required)
        for field in sorted(old_fields.keys() - new_fields.keys()):
            yield Change("removed", "field", f"{name}.{field}", breaking=True)
        for field in sorted(old_fields.keys() & new_fields.keys()):
            yield from _diff_slot("field", f"{name}.{field}", old_fields[field], new_fields[field])
        old_enums, new_enums = _enum_nodes(before), _enum_nodes(after)
        # Only fields on both sides: the values of a new or removed field would be noise.
        for suffix in sorted(old_enums.keys() & new_enums.keys()):
            yield from _diff_enum(name + suffix, old_enums[suffix], new_enums[suffix])


def summary(spec: str, old: Node, new: Node, changes: list[Change]) -> str:
    versions = f"{old['info']['version']} -> {new['info']['version']}"
    if not changes:
        return f"{spec} ({versions}): no changes"
    counts = {action: sum(change.action == action for change in changes) for action in ("added", "removed", "changed")}
    breaking = sum(change.breaking for change in changes)
    head = f"{spec} ({versions}): " + ", ".join(f"{count} {action}" for action, count in counts.items())
    return "\n".join([f"{head}; {breaking} breaking", *(f"  {change.line()}" for change in changes)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--changelog", action="store_true", help="print CHANGELOG.md lines instead")
    args = parser.parse_args()
    old, new = load(args.old), load(args.new)
    changes = diff(old, new)
    if args.changelog:
        print("\n".join(change.changelog_line(args.new.stem) for change in changes))
    else:
        print(summary(args.new.stem, old, new, changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
