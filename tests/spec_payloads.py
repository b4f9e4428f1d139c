"""A realistic JSON payload for any schema of a spec, built from the spec itself.

An `example` wins where the spec gives one; otherwise every property (optional ones too, so
nested models and `Unset` fields are exercised) gets a value that satisfies its type, format,
enum and bounds. Used by tests that must cover every model class without a hand-kept list.
"""

from __future__ import annotations

from typing import Any

from spec_support import resolve

_MAX_DEPTH = 6


def payload(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    schema = resolve(spec, schema)
    if "example" in schema:
        return schema["example"]
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next((value for value in schema["enum"] if value is not None), None)
    if "allOf" in schema:
        values = [payload(spec, part, depth) for part in schema["allOf"]]
        if not all(isinstance(value, dict) for value in values):
            return values[0]  # allOf wrapping one $ref (an enum, a string) to add a description
        merged: dict[str, Any] = {}
        for value in values:
            merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [resolve(spec, part) for part in schema[key]]
            chosen = next((part for part in options if part.get("type") != "null"), options[0])
            return payload(spec, chosen, depth)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((item for item in kind if item != "null"), "null")
    if kind == "object":
        properties = schema.get("properties", {})
        if depth >= _MAX_DEPTH:  # deep down, required properties only: a valid object that stops growing
            properties = {name: prop for name, prop in properties.items() if name in schema.get("required", ())}
        return {name: payload(spec, prop, depth + 1) for name, prop in properties.items()}
    if kind == "array":
        return [payload(spec, schema.get("items", {}), depth + 1)] if depth < _MAX_DEPTH else []
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 0.5))
    if kind == "boolean":
        return True
    return None


def _string(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2026-03-21T16:45:00Z"
    if fmt == "date":
        return "2026-03-21"
    if fmt in ("uri", "url"):
        return "https://example.com/file.pdf"
    if fmt == "uuid":
        return "3f1c2b9e-4d5a-4c6b-8e7f-1a2b3c4d5e6f"
    text = "sample-value"
    return text[: schema["maxLength"]] if "maxLength" in schema else text
