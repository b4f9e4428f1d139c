"""The documented limits the fake enforces, read from the specs' generated facts (`<package>._spec`).

The fake never imports the generated clients (it must not share their mistakes), but it does
read the facts generation derives from the OpenAPI documents: a limit changed in a spec is a
limit changed in the fake by `make generate` alone, with no literal here to forget.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bland_evals_client import _spec as bland_spec
from extend_evals_client import _spec as extend_spec
from extend_evals_client_2025_04_21 import _spec as extend_2025_spec


def query_bounds(spec: Any, operation_id: str, name: str) -> tuple[int, int, int]:
    """(default, minimum, maximum) of an integer query parameter of an operation."""
    facts: Mapping[str, Any] = spec.OPERATIONS[operation_id]["parameters"][name]
    return facts["default"], facts["minimum"], facts["maximum"]


def property_bounds(spec: Any, schema: str, name: str, low: str, high: str) -> tuple[Any, Any]:
    """Two bounding keywords (e.g. `minItems`, `maxItems`) of a property of a component schema."""
    facts: Mapping[str, Any] = spec.SCHEMA_CONSTRAINTS[schema][name]
    return facts[low], facts[high]


EXTEND_API_VERSION: str = extend_spec.API_VERSION
# Both Extend lists share the documented `maxPageSize` parameter.
EXTEND_PAGE_SIZE = query_bounds(extend_spec, "listEvaluationSetItems", "maxPageSize")
EXTEND_ITEMS_PER_REQUEST = property_bounds(
    extend_spec, "CreateEvaluationSetItemsRequest", "items", "minItems", "maxItems"
)
EXTEND_FILES_PER_ITEM = property_bounds(extend_spec, "CreateEvaluationSetItem", "fileIds", "minItems", "maxItems")

# The legacy version the fake also speaks, with its own documented limits.
EXTEND_2025_API_VERSION: str = extend_2025_spec.API_VERSION
EXTEND_2025_PAGE_SIZE = query_bounds(extend_2025_spec, "listEvaluationSetItems", "maxPageSize")
EXTEND_2025_FIELD_TYPES: frozenset[str] = frozenset(extend_2025_spec.ENUMS["ExtractionFieldType"])
EXTEND_2025_MIN_BULK_ITEMS: int = extend_2025_spec.SCHEMA_CONSTRAINTS["BulkCreateEvaluationSetItemsRequest"]["items"][
    "minItems"
]

# Every Bland list shares the documented `limit` parameter.
BLAND_PAGE_SIZE = query_bounds(bland_spec, "listEvalRuns", "limit")
BLAND_PASS_THRESHOLD = property_bounds(bland_spec, "CreateEvalRunRequest", "pass_threshold_pct", "minimum", "maximum")
BLAND_AGENT_WEIGHT = property_bounds(bland_spec, "AttachedAgent", "weight", "minimum", "maximum")
