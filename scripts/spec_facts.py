"""Write the facts of one OpenAPI document as a Python module beside the package generated from it.

    python scripts/spec_facts.py SPEC.yaml OUT.py

The fake, the CLI, the bench and the tests need a document's limits (page sizes, batch sizes,
string lengths), enum values, version and operation table. Retyping them as literals lets them
drift from the spec; reading YAML at run time would make PyYAML a runtime dependency. So
scripts/generate.sh derives them at generation time into `<package>/_spec.py`, which
scripts/check-generated.sh proves fresh like every other generated file.

Only what the document says is written: constraint keywords as they stand, `$ref`s followed.
"""

from __future__ import annotations

import pprint
import sys
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# The JSON Schema keywords that bound a value, and `default`, which the fake applies.
CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "pattern",
    "default",
)
HEADER = '''"""Facts of the OpenAPI document this package was generated from: limits, enums, operations.

Written by scripts/spec_facts.py from {spec} at generation time; never edit by hand.
"""

from typing import Any, Final

'''


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def constraints(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The bounding keywords of a schema, through `$ref`s and into an array's items."""
    found: dict[str, Any] = {}
    resolved = resolve(spec, schema)
    for source in (resolved, schema):  # keywords beside a $ref (3.1) override the target's
        found.update({key: source[key] for key in CONSTRAINTS if key in source})
    if "enum" in resolved:
        found["enum"] = list(resolved["enum"])
    if resolved.get("type") == "array" and "items" in resolved:
        items = constraints(spec, resolved["items"])
        if items:
            found["items"] = items
    return found


def operations(spec: dict[str, Any], package: str) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            tag = operation["tags"][0]
            parameters = {}
            for parameter in [*shared, *operation.get("parameters", [])]:
                parameter = resolve(spec, parameter)
                parameters[parameter["name"]] = {
                    "in": parameter["in"],
                    "required": parameter.get("required", False),
                    **constraints(spec, parameter.get("schema", {})),
                }
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            table[operation["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "tag": tag,
                "module": f"{package}.api.{_snake(tag)}.{_snake(operation['operationId'])}",
                "parameters": parameters,
                "body": body["$ref"].rsplit("/", 1)[1] if body and "$ref" in body else None,
                "statuses": sorted(operation["responses"]),
            }
    return table


def schemas(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """(per schema, its properties' constraints; per enum schema, its values)."""
    bounded: dict[str, Any] = {}
    enums: dict[str, list[Any]] = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if "enum" in schema:
            enums[name] = list(schema["enum"])
        properties = {key: constraints(spec, value) for key, value in schema.get("properties", {}).items()}
        properties = {key: value for key, value in properties.items() if value}
        if properties:
            bounded[name] = properties
    return bounded, enums


def _snake(name: str) -> str:
    # The generator's own rule for module names (openapi_python_client.strings.snake_case).
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))


def render(spec_path: Path, package: str) -> str:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    bounded, enums = schemas(spec)
    parts = {
        "SPEC_FILE": f"openapi/{spec_path.name}",
        "TITLE": spec["info"]["title"],
        "API_VERSION": str(spec["info"]["version"]),
        "OPERATIONS": operations(spec, package),
        "SCHEMA_CONSTRAINTS": bounded,
        "ENUMS": enums,
    }
    lines = [HEADER.format(spec=parts["SPEC_FILE"])]
    for name, value in parts.items():
        kind = "str" if isinstance(value, str) else "dict[str, Any]"
        text = pprint.pformat(value, width=110, sort_dicts=False)
        lines.append(f"{name}: Final[{kind}] = {text}\n")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    spec_path, out_path = Path(argv[0]), Path(argv[1])
    out_path.write_text(render(spec_path, out_path.parent.name), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
