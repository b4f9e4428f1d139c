"""A union field holds a typed value or parsing fails: never a raw dict in a field typed otherwise (#12).

Upstream openapi-python-client ends a union's parser with `return cast(<union>, data)` when one
member needs no parsing (None, a string), so a `FileSummary | None` whose FileSummary failed to
parse came back as the dict itself. generator-templates/property_templates/union_property.py.jinja
now raises instead. This walks every model of every generated package: each union property gets a
value that fits none of its model members, and the parse must either fail (the endpoint turns
that into ResponseParseError) or leave a typed object (a declared catch-all member) in the field.
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs
import pytest
from spec_payloads import payload

from spec_support import PACKAGES, load_spec, normalise, resolve

pytestmark = pytest.mark.unit

UNMATCHED = {"evalclient_unmatched": True}  # lacks every required field of every member
PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)


def _has_model_member(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    members = schema.get("anyOf") or schema.get("oneOf") or []
    return any("$ref" in member and resolve(spec, member).get("type", "object") == "object" for member in members)


def _union_cases() -> list[Any]:
    """(package, model name, payload with one union property replaced by UNMATCHED)."""
    cases = []
    for name, package in PACKAGES.items():
        spec = load_spec(name)
        models = importlib.import_module(f"{package}.models")
        for schema_name, raw in spec["components"]["schemas"].items():
            schema = resolve(spec, raw)
            if not hasattr(getattr(models, schema_name, None), "from_dict"):
                continue
            for prop, prop_schema in schema.get("properties", {}).items():
                if _has_model_member(spec, resolve(spec, prop_schema)):
                    data = payload(spec, schema) | {prop: UNMATCHED}
                    cases.append(pytest.param(package, schema_name, data, id=f"{name}-{schema_name}.{prop}"))
    return cases


UNION_CASES = _union_cases()


def _untyped_dicts(value: object, where: str) -> list[str]:
    """Places in a parsed model where a dict sits in a field whose declared type has no dict in it."""
    if isinstance(value, list):
        return [bad for n, item in enumerate(value) for bad in _untyped_dicts(item, f"{where}[{n}]")]
    if not attrs.has(type(value)):
        return []
    found = []
    for field in attrs.fields(type(value)):
        if field.name == "additional_properties":
            continue
        held = getattr(value, field.name)
        declared = str(field.type)
        if isinstance(held, dict) and "dict" not in declared and "Any" not in declared:
            found.append(f"{where}.{field.name} (declared {declared}) holds a dict")
        found += _untyped_dicts(held, f"{where}.{field.name}")
    return found


def test_every_package_has_union_cases() -> None:
    assert {param.id.rpartition("-")[0] for param in UNION_CASES} == set(PACKAGES)


@pytest.mark.parametrize(("package", "model_name", "data"), UNION_CASES)
def test_a_union_member_that_fails_never_leaves_a_dict(package: str, model_name: str, data: Any) -> None:
    model = getattr(importlib.import_module(f"{package}.models"), model_name)
    try:
        parsed = model.from_dict(data)
    except PARSE_ERRORS:
        return  # the endpoint reports it as ResponseParseError (tests/test_generated_contracts.py)
    assert _untyped_dicts(parsed, model_name) == []


def test_a_file_summary_that_fails_to_parse_is_an_error_not_a_dict() -> None:
    from extend_evals_client.models import EvaluationSetItem

    item = {"object": "evaluation_set_item", "id": "evi_1", "evaluationSetId": "ev_1", "expectedOutput": {"value": {}}}
    with pytest.raises(TypeError, match="file: dict fits no member"):
        EvaluationSetItem.from_dict(item | {"file": {"object": "file", "id": "file_1"}})  # no name, no dates


def test_a_file_without_type_and_parent_file_id_is_a_typed_file_summary() -> None:
    # Both are optional in the vendor's Python SDK 1.20 (evaluation-apis.md PART 4, 4.1).
    from extend_evals_client.models import EvaluationSetItemSummary, FileSummary
    from extend_evals_client.types import UNSET

    file = {"object": "file", "id": "file_1", "name": "a.pdf", "metadata": {}}
    file |= {"createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"}
    item = EvaluationSetItemSummary.from_dict({"object": "evaluation_set_item", "id": "evi_1", "file": file})
    assert isinstance(item.file, FileSummary)
    assert item.file.type_ is UNSET
    assert item.file.parent_file_id is UNSET
    assert normalise(item.to_dict()["file"]) == normalise(file)
