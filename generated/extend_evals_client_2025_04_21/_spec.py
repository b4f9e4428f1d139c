"""Facts of the OpenAPI document this package was generated from: limits, enums, operations.

Written by scripts/spec_facts.py from openapi/extend-2025-04-21.yaml at generation time; never edit by hand.
"""

from typing import Any, Final


SPEC_FILE: Final[str] = "openapi/extend-2025-04-21.yaml"

TITLE: Final[str] = "Extend Evals 2025-04-21"

API_VERSION: Final[str] = "2025-04-21"

OPERATIONS: Final[dict[str, Any]] = {
    "listEvaluationSets": {
        "method": "GET",
        "path": "/evaluation_sets",
        "tag": "evaluation_sets",
        "module": "extend_evals_client_2025_04_21.api.evaluation_sets.list_evaluation_sets",
        "parameters": {
            "x-extend-workspace-id": {"in": "header", "required": False},
            "processorId": {"in": "query", "required": False},
            "sortBy": {"in": "query", "required": False, "enum": ["updatedAt", "createdAt"]},
            "sortDir": {"in": "query", "required": False, "enum": ["asc", "desc"]},
            "nextPageToken": {"in": "query", "required": False},
            "maxPageSize": {"in": "query", "required": False, "minimum": 1, "maximum": 1000, "default": 10},
        },
        "body": None,
        "statuses": ["200", "400", "401", "429", "500"],
    },
    "createEvaluationSet": {
        "method": "POST",
        "path": "/evaluation_sets",
        "tag": "evaluation_sets",
        "module": "extend_evals_client_2025_04_21.api.evaluation_sets.create_evaluation_set",
        "parameters": {"x-extend-workspace-id": {"in": "header", "required": False}},
        "body": "CreateEvaluationSetRequest",
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
    "getEvaluationSet": {
        "method": "GET",
        "path": "/evaluation_sets/{id}",
        "tag": "evaluation_sets",
        "module": "extend_evals_client_2025_04_21.api.evaluation_sets.get_evaluation_set",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
    "listEvaluationSetItems": {
        "method": "GET",
        "path": "/evaluation_sets/{id}/items",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client_2025_04_21.api.evaluation_set_items.list_evaluation_set_items",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
            "sortBy": {"in": "query", "required": False, "enum": ["updatedAt", "createdAt"]},
            "sortDir": {"in": "query", "required": False, "enum": ["asc", "desc"]},
            "nextPageToken": {"in": "query", "required": False},
            "maxPageSize": {"in": "query", "required": False, "minimum": 1, "maximum": 1000, "default": 10},
        },
        "body": None,
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
    "createEvaluationSetItem": {
        "method": "POST",
        "path": "/evaluation_set_items",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client_2025_04_21.api.evaluation_set_items.create_evaluation_set_item",
        "parameters": {"x-extend-workspace-id": {"in": "header", "required": False}},
        "body": "CreateEvaluationSetItemRequest",
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
    "bulkCreateEvaluationSetItems": {
        "method": "POST",
        "path": "/evaluation_set_items/bulk",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client_2025_04_21.api.evaluation_set_items.bulk_create_evaluation_set_items",
        "parameters": {"x-extend-workspace-id": {"in": "header", "required": False}},
        "body": "BulkCreateEvaluationSetItemsRequest",
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
    "updateEvaluationSetItem": {
        "method": "POST",
        "path": "/evaluation_set_items/{id}",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client_2025_04_21.api.evaluation_set_items.update_evaluation_set_item",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": "UpdateEvaluationSetItemRequest",
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
    "deleteEvaluationSetItem": {
        "method": "DELETE",
        "path": "/evaluation_set_items/{id}",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client_2025_04_21.api.evaluation_set_items.delete_evaluation_set_item",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
    "getBatchProcessorRun": {
        "method": "GET",
        "path": "/batch_processor_runs/{id}",
        "tag": "batch_processor_runs",
        "module": "extend_evals_client_2025_04_21.api.batch_processor_runs.get_batch_processor_run",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "404", "429", "500"],
    },
}

SCHEMA_CONSTRAINTS: Final[dict[str, Any]] = {
    "ProvidedClassifierOutput": {"confidence": {"minimum": 0, "maximum": 1}},
    "ProvidedExtractionFieldResult": {
        "type": {"enum": ["string", "number", "currency", "boolean", "date", "array", "enum", "object", "signature"]},
        "confidence": {"minimum": 0, "maximum": 1},
    },
    "CreateEvaluationSetRequest": {"name": {"minLength": 1}, "processorId": {"minLength": 1}},
    "CreateEvaluationSetItemRequest": {"evaluationSetId": {"minLength": 1}, "fileId": {"minLength": 1}},
    "BulkCreateEvaluationSetItem": {"fileId": {"minLength": 1}},
    "BulkCreateEvaluationSetItemsRequest": {"evaluationSetId": {"minLength": 1}, "items": {"minItems": 1}},
    "BatchProcessorRun": {
        "status": {"enum": ["PENDING", "PROCESSING", "PROCESSED", "FAILED"]},
        "source": {"enum": ["EVAL_SET", "PLAYGROUND", "STUDIO"]},
    },
}

ENUMS: Final[dict[str, Any]] = {
    "SortBy": ["updatedAt", "createdAt"],
    "SortDir": ["asc", "desc"],
    "ExtractionFieldType": ["string", "number", "currency", "boolean", "date", "array", "enum", "object", "signature"],
    "BatchProcessorRunStatus": ["PENDING", "PROCESSING", "PROCESSED", "FAILED"],
    "BatchProcessorRunSource": ["EVAL_SET", "PLAYGROUND", "STUDIO"],
}
