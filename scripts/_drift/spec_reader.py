"""Read our OpenAPI document into the drift check's plain shape (the one sdk_reader.py prints).

Schemas become objects (fields by wire name; `allOf` merged), enums or unions (`anyOf`/`oneOf`
members; a `null` member makes the union nullable instead). A schema that only adds null to one
other type (`NullableFileSummary`) is an alias: it is resolved where it is used, never compared
on its own, since the SDK has no name for it. Operations are keyed by operationId.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

JsonObject = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_REF = "#/components/schemas/"


class SpecReader:
    def __init__(self, path: Path) -> None:
        self.document: JsonObject = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.schemas: JsonObject = self.document.get("components", {}).get("schemas", {})

    def api_version(self) -> str:
        return str(self.document.get("info", {}).get("version", ""))

    def shape(self) -> JsonObject:
        schemas = {}
        for name, schema in self.schemas.items():
            if self._alias_target(schema) is None:
                schemas[name] = self._schema(schema)
        return {"schemas": schemas, "operations": self._operations(), "bodies": sorted(self._body_schemas())}

    def _schema(self, schema: JsonObject) -> JsonObject:
        if "enum" in schema:
            return {"kind": "enum", "values": [str(v) for v in schema["enum"] if v is not None]}
        members = schema.get("anyOf") or schema.get("oneOf")
        if members:
            kept = [m for m in members if m.get("type") != "null"]
            return {"kind": "union", "members": sorted(self.type_of(m)[0] for m in kept)}
        return {"kind": "object", "fields": self.fields_of(schema)}

    def fields_of(self, schema: JsonObject) -> dict[str, JsonObject]:
        """Every property of an object schema (through `$ref` and `allOf`) as a Field."""
        properties, required = self._properties(schema)
        fields = {}
        for wire, prop in properties.items():
            kind, nullable = self.type_of(prop)
            fields[wire] = {"type": kind, "required": wire in required, "nullable": nullable}
        return fields

    def _properties(self, schema: JsonObject) -> tuple[dict[str, JsonObject], set[str]]:
        if "$ref" in schema:
            return self._properties(self._resolve(schema["$ref"]))
        properties = dict(schema.get("properties", {}))
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, more_required = self._properties(part)
            properties.update(more)
            required |= more_required
        return properties, required

    def type_of(self, schema: JsonObject) -> tuple[str, bool]:
        """(type string, whether null is allowed), in the notation of sdk_reader.py."""
        if "$ref" in schema:
            name = schema["$ref"].removeprefix(_REF)
            target = self._alias_target(self.schemas.get(name, {}))
            if target is not None:
                return self.type_of(target)[0], True
            return f"ref:{name}", self._is_nullable_union(self.schemas.get(name, {}))
        if "const" in schema:
            return f"literal[{schema['const']}]", False
        kinds = schema.get("type")
        nullable = isinstance(kinds, list) and "null" in kinds
        if isinstance(kinds, list):
            kinds = next((k for k in kinds if k != "null"), None)
        members = schema.get("anyOf") or schema.get("oneOf")
        if members:
            kept = [m for m in members if m.get("type") != "null"]
            if len(kept) == 1:
                return self.type_of(kept[0])[0], len(kept) < len(members)
            return "union[" + "|".join(sorted(self.type_of(m)[0] for m in kept)) + "]", len(kept) < len(members)
        if "enum" in schema:
            return "literal[" + "|".join(sorted(str(v) for v in schema["enum"] if v is not None)) + "]", nullable
        return self._plain(kinds, schema), nullable

    def _plain(self, kind: str | None, schema: JsonObject) -> str:
        if kind == "string":
            return {"date-time": "datetime", "date": "date"}.get(schema.get("format", ""), "string")
        if kind in ("integer", "number", "boolean"):
            return kind
        if kind == "array":
            return f"list[{self.type_of(schema.get('items', {}))[0]}]"
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            if schema.get("properties"):
                return "object{" + ",".join(sorted(schema["properties"])) + "}"  # an inline object
            values = schema.get("additionalProperties", True)
            return f"map[{'any' if values in (True, {}) else self.type_of(values)[0]}]"
        return "any"

    def _alias_target(self, schema: JsonObject) -> JsonObject | None:
        """The one non-null member of a schema that only makes another type nullable, else None."""
        members = schema.get("anyOf") or schema.get("oneOf") or []
        kept = [m for m in members if m.get("type") != "null"]
        return kept[0] if len(kept) == 1 and len(members) == 2 else None

    def _is_nullable_union(self, schema: JsonObject) -> bool:
        members = schema.get("anyOf") or schema.get("oneOf") or []
        return any(m.get("type") == "null" for m in members)

    def _resolve(self, ref: str) -> JsonObject:
        node: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        resolved: JsonObject = node
        return resolved

    def _operations(self) -> dict[str, JsonObject]:
        operations = {}
        for path, item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    operation = item[method]
                    parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
                    operations[operation.get("operationId", f"{method.upper()} {path}")] = {
                        "method": method.upper(),
                        "path": _template(path),
                        "query": self._query(parameters),
                        "body": self.fields_of(self._body(operation) or {}),
                        "response": self._response(operation),
                    }
        return operations

    def _query(self, parameters: list[JsonObject]) -> dict[str, JsonObject]:
        query = {}
        for parameter in parameters:
            parameter = self._resolve(parameter["$ref"]) if "$ref" in parameter else parameter
            if parameter.get("in") == "query":
                kind, nullable = self.type_of(parameter.get("schema", {}))
                query[parameter["name"]] = {
                    "type": kind,
                    "required": bool(parameter.get("required")),
                    "nullable": nullable,
                }
        return query

    def _body(self, operation: JsonObject) -> JsonObject | None:
        body = operation.get("requestBody")
        if body is None:
            return None
        body = self._resolve(body["$ref"]) if "$ref" in body else body
        schema: JsonObject | None = body.get("content", {}).get("application/json", {}).get("schema")
        return schema

    def _body_schemas(self) -> set[str]:
        """Schemas used as a whole request body: compared as their operation's `body`, not as models."""
        names = set()
        for item in self.document.get("paths", {}).values():
            for method in HTTP_METHODS:
                body = self._body(item[method]) if method in item else None
                if body and "$ref" in body:
                    names.add(body["$ref"].removeprefix(_REF))
        return names

    def _response(self, operation: JsonObject) -> str:
        for status, response in sorted(operation.get("responses", {}).items()):
            if str(status).startswith("2"):
                response = self._resolve(response["$ref"]) if "$ref" in response else response
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                return self.type_of(schema)[0] if schema else "none"
        return "none"


def _template(path: str) -> str:
    """`/evaluation_sets/{evaluationSetId}/items` -> `/evaluation_sets/{}/items` (the SDK names them its own way)."""
    parts = path.split("/")
    return "/".join("{}" if p.startswith("{") and p.endswith("}") else p for p in parts)
