"""Facts of the OpenAPI document this package was generated from: limits, enums, operations.

Written by scripts/spec_facts.py from openapi/extend.yaml at generation time; never edit by hand.
"""

from typing import Any, Final


SPEC_FILE: Final[str] = "openapi/extend.yaml"

TITLE: Final[str] = "Extend Evals"

API_VERSION: Final[str] = "2026-02-09"

OPERATIONS: Final[dict[str, Any]] = {
    "listEvaluationSets": {
        "method": "GET",
        "path": "/evaluation_sets",
        "tag": "evaluation_sets",
        "module": "extend_evals_client.api.evaluation_sets.list_evaluation_sets",
        "parameters": {
            "x-extend-workspace-id": {"in": "header", "required": False},
            "entityId": {"in": "query", "required": False},
            "sortBy": {"in": "query", "required": False, "enum": ["updatedAt", "createdAt"]},
            "sortDir": {"in": "query", "required": False, "enum": ["asc", "desc"]},
            "nextPageToken": {"in": "query", "required": False},
            "maxPageSize": {"in": "query", "required": False, "minimum": 1, "maximum": 1000, "default": 10},
        },
        "body": None,
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "createEvaluationSet": {
        "method": "POST",
        "path": "/evaluation_sets",
        "tag": "evaluation_sets",
        "module": "extend_evals_client.api.evaluation_sets.create_evaluation_set",
        "parameters": {"x-extend-workspace-id": {"in": "header", "required": False}},
        "body": "CreateEvaluationSetRequest",
        "statuses": ["200", "201", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "getEvaluationSet": {
        "method": "GET",
        "path": "/evaluation_sets/{id}",
        "tag": "evaluation_sets",
        "module": "extend_evals_client.api.evaluation_sets.get_evaluation_set",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "listEvaluationSetItems": {
        "method": "GET",
        "path": "/evaluation_sets/{evaluationSetId}/items",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client.api.evaluation_set_items.list_evaluation_set_items",
        "parameters": {
            "evaluationSetId": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
            "sortBy": {"in": "query", "required": False, "enum": ["updatedAt", "createdAt"]},
            "sortDir": {"in": "query", "required": False, "enum": ["asc", "desc"]},
            "nextPageToken": {"in": "query", "required": False},
            "maxPageSize": {"in": "query", "required": False, "minimum": 1, "maximum": 1000, "default": 10},
        },
        "body": None,
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "createEvaluationSetItems": {
        "method": "POST",
        "path": "/evaluation_sets/{evaluationSetId}/items",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client.api.evaluation_set_items.create_evaluation_set_items",
        "parameters": {
            "evaluationSetId": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": "CreateEvaluationSetItemsRequest",
        "statuses": ["200", "201", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "getEvaluationSetItem": {
        "method": "GET",
        "path": "/evaluation_sets/{evaluationSetId}/items/{itemId}",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client.api.evaluation_set_items.get_evaluation_set_item",
        "parameters": {
            "evaluationSetId": {"in": "path", "required": True, "minLength": 1},
            "itemId": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "updateEvaluationSetItem": {
        "method": "POST",
        "path": "/evaluation_sets/{evaluationSetId}/items/{itemId}",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client.api.evaluation_set_items.update_evaluation_set_item",
        "parameters": {
            "evaluationSetId": {"in": "path", "required": True, "minLength": 1},
            "itemId": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": "UpdateEvaluationSetItemRequest",
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "deleteEvaluationSetItem": {
        "method": "DELETE",
        "path": "/evaluation_sets/{evaluationSetId}/items/{itemId}",
        "tag": "evaluation_set_items",
        "module": "extend_evals_client.api.evaluation_set_items.delete_evaluation_set_item",
        "parameters": {
            "evaluationSetId": {"in": "path", "required": True, "minLength": 1},
            "itemId": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "createEvaluationSetRun": {
        "method": "POST",
        "path": "/evaluation_set_runs",
        "tag": "evaluation_set_runs",
        "module": "extend_evals_client.api.evaluation_set_runs.create_evaluation_set_run",
        "parameters": {"x-extend-workspace-id": {"in": "header", "required": False}},
        "body": "CreateEvaluationSetRunRequest",
        "statuses": ["200", "201", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "getEvaluationSetRun": {
        "method": "GET",
        "path": "/evaluation_set_runs/{id}",
        "tag": "evaluation_set_runs",
        "module": "extend_evals_client.api.evaluation_set_runs.get_evaluation_set_run",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
    "getBatchProcessorRun": {
        "method": "GET",
        "path": "/batch_processor_runs/{id}",
        "tag": "batch_processor_runs",
        "module": "extend_evals_client.api.batch_processor_runs.get_batch_processor_run",
        "parameters": {
            "id": {"in": "path", "required": True, "minLength": 1},
            "x-extend-workspace-id": {"in": "header", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "402", "403", "404", "422", "429", "500"],
    },
}

SCHEMA_CONSTRAINTS: Final[dict[str, Any]] = {
    "CreateEvaluationSetRequest": {"name": {"minLength": 1}, "entityId": {"minLength": 1}},
    "CreateEvaluationSetItem": {"fileIds": {"minItems": 2, "maxItems": 50, "uniqueItems": True}},
    "CreateEvaluationSetItemsRequest": {"items": {"minItems": 1, "maxItems": 100}},
    "RunEntityChoice": {"id": {"minLength": 1}},
    "CreateEvaluationSetRunRequest": {"evaluationSetId": {"minLength": 1}},
    "EvaluationSetRun": {"status": {"enum": ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED"]}},
    "BatchRun": {"status": {"enum": ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED"]}},
    "WebhookEvent": {"eventType": {"enum": ["batch_processor_run.processed", "batch_processor_run.failed"]}},
    "LegacyBatchProcessorRun": {
        "status": {"enum": ["PENDING", "PROCESSING", "PROCESSED", "FAILED"]},
        "source": {"enum": ["EVAL_SET", "PLAYGROUND", "STUDIO"]},
    },
}

ENUMS: Final[dict[str, Any]] = {
    "SortBy": ["updatedAt", "createdAt"],
    "SortDir": ["asc", "desc"],
    "FileType": ["PDF", "CSV", "IMG", "TXT", "DOCX", "EXCEL", "XML", "HTML"],
    "BatchRunStatus": ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED"],
    "WebhookEventType": ["batch_processor_run.processed", "batch_processor_run.failed"],
    "LegacyBatchProcessorRunStatus": ["PENDING", "PROCESSING", "PROCESSED", "FAILED"],
    "LegacyBatchProcessorRunSource": ["EVAL_SET", "PLAYGROUND", "STUDIO"],
}
