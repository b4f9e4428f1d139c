"""Facts of the OpenAPI document this package was generated from: limits, enums, operations.

Written by scripts/spec_facts.py from openapi/bland.yaml at generation time; never edit by hand.
"""

from typing import Any, Final


SPEC_FILE: Final[str] = "openapi/bland.yaml"

TITLE: Final[str] = "Bland Evals"

API_VERSION: Final[str] = "v1"

OPERATIONS: Final[dict[str, Any]] = {
    "getEvalsStatus": {
        "method": "GET",
        "path": "/v1/evals/status",
        "tag": "evals",
        "module": "bland_evals_client.api.evals.get_evals_status",
        "parameters": {},
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "listEvalRuns": {
        "method": "GET",
        "path": "/v1/evals/runs",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.list_eval_runs",
        "parameters": {
            "eval_agent_id": {"in": "query", "required": False},
            "workbench_setup_id": {"in": "query", "required": False},
            "status": {
                "in": "query",
                "required": False,
                "enum": ["PENDING", "QUEUED", "RUNNING", "COMPLETE", "PARTIAL", "FAILED", "CANCELLED"],
            },
            "triggered_by": {"in": "query", "required": False, "enum": ["manual", "auto", "backfill"]},
            "limit": {"in": "query", "required": False, "minimum": 1, "maximum": 100, "default": 25},
            "starting_after": {"in": "query", "required": False},
            "ending_before": {"in": "query", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "createEvalRun": {
        "method": "POST",
        "path": "/v1/evals/runs",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.create_eval_run",
        "parameters": {},
        "body": "CreateEvalRunRequest",
        "statuses": ["200", "201", "400", "401", "403", "404", "422", "429", "500"],
    },
    "estimateEvalRun": {
        "method": "POST",
        "path": "/v1/evals/runs/estimates",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.estimate_eval_run",
        "parameters": {},
        "body": "CreateEvalRunRequest",
        "statuses": ["200", "201", "400", "401", "403", "404", "422", "429", "500"],
    },
    "getEvalRun": {
        "method": "GET",
        "path": "/v1/evals/runs/{run_id}",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.get_eval_run",
        "parameters": {"run_id": {"in": "path", "required": True}},
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "cancelEvalRun": {
        "method": "POST",
        "path": "/v1/evals/runs/{run_id}/cancellations",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.cancel_eval_run",
        "parameters": {"run_id": {"in": "path", "required": True}},
        "body": None,
        "statuses": ["200", "201", "400", "401", "403", "404", "422", "429", "500"],
    },
    "listEvalRunCallResults": {
        "method": "GET",
        "path": "/v1/evals/runs/{run_id}/call-results",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.list_eval_run_call_results",
        "parameters": {
            "run_id": {"in": "path", "required": True},
            "include_agent_results": {"in": "query", "required": False, "default": False},
            "limit": {"in": "query", "required": False, "minimum": 1, "maximum": 100, "default": 25},
            "starting_after": {"in": "query", "required": False},
            "ending_before": {"in": "query", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "listEvalRunAgentResults": {
        "method": "GET",
        "path": "/v1/evals/runs/{run_id}/agent-results",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.list_eval_run_agent_results",
        "parameters": {
            "run_id": {"in": "path", "required": True},
            "limit": {"in": "query", "required": False, "minimum": 1, "maximum": 100, "default": 25},
            "starting_after": {"in": "query", "required": False},
            "ending_before": {"in": "query", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "listEvalRunAgentSnapshots": {
        "method": "GET",
        "path": "/v1/evals/runs/{run_id}/agent-snapshots",
        "tag": "eval_runs",
        "module": "bland_evals_client.api.eval_runs.list_eval_run_agent_snapshots",
        "parameters": {
            "run_id": {"in": "path", "required": True},
            "limit": {"in": "query", "required": False, "minimum": 1, "maximum": 100, "default": 25},
            "starting_after": {"in": "query", "required": False},
            "ending_before": {"in": "query", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "listEvalAgents": {
        "method": "GET",
        "path": "/v1/evals/agents",
        "tag": "eval_agents",
        "module": "bland_evals_client.api.eval_agents.list_eval_agents",
        "parameters": {
            "limit": {"in": "query", "required": False, "minimum": 1, "maximum": 100, "default": 25},
            "starting_after": {"in": "query", "required": False},
            "ending_before": {"in": "query", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "getEvalAgent": {
        "method": "GET",
        "path": "/v1/evals/agents/{eval_agent_id}",
        "tag": "eval_agents",
        "module": "bland_evals_client.api.eval_agents.get_eval_agent",
        "parameters": {"eval_agent_id": {"in": "path", "required": True}},
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "listEvalAgentTemplates": {
        "method": "GET",
        "path": "/v1/evals/agent-templates",
        "tag": "eval_agents",
        "module": "bland_evals_client.api.eval_agents.list_eval_agent_templates",
        "parameters": {
            "limit": {"in": "query", "required": False, "minimum": 1, "maximum": 100, "default": 25},
            "starting_after": {"in": "query", "required": False},
            "ending_before": {"in": "query", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
    "listWorkbenchSetups": {
        "method": "GET",
        "path": "/v1/evals/workbench-setups",
        "tag": "workbench_setups",
        "module": "bland_evals_client.api.workbench_setups.list_workbench_setups",
        "parameters": {
            "limit": {"in": "query", "required": False, "minimum": 1, "maximum": 100, "default": 25},
            "starting_after": {"in": "query", "required": False},
            "ending_before": {"in": "query", "required": False},
        },
        "body": None,
        "statuses": ["200", "400", "401", "403", "404", "422", "429", "500"],
    },
}

SCHEMA_CONSTRAINTS: Final[dict[str, Any]] = {
    "AttachedAgent": {"weight": {"minimum": 0, "maximum": 100}},
    "Level": {"level_key": {"minLength": 1, "maxLength": 64}, "label": {"minLength": 1, "maxLength": 80}},
    "EvalRun": {
        "status": {"enum": ["PENDING", "QUEUED", "RUNNING", "COMPLETE", "PARTIAL", "FAILED", "CANCELLED"]},
        "triggered_by": {"enum": ["manual", "auto", "backfill"]},
        "run_mode": {"enum": ["text", "audio", "full"]},
    },
    "EvalRunListItem": {
        "status": {"enum": ["PENDING", "QUEUED", "RUNNING", "COMPLETE", "PARTIAL", "FAILED", "CANCELLED"]},
        "triggered_by": {"enum": ["manual", "auto", "backfill"]},
        "run_mode": {"enum": ["text", "audio", "full"]},
    },
    "CreateEvalRunRequest": {
        "call_ids": {"minItems": 1, "maxItems": 5000},
        "attached_agents": {"maxItems": 50},
        "pass_threshold_pct": {"minimum": 0, "maximum": 100},
    },
    "AgentSnapshot": {"modality": {"enum": ["text", "audio"]}, "weight": {"minimum": 0, "maximum": 100}},
    "EvalAgentListItem": {"modality": {"enum": ["text", "audio"]}},
    "EvalAgentVersion": {
        "state": {"enum": ["editable", "archived"]},
        "modality": {"enum": ["text", "audio"]},
        "weight": {"minimum": 0, "maximum": 100},
    },
    "AgentTemplate": {"modality": {"enum": ["text", "audio"]}},
}

ENUMS: Final[dict[str, Any]] = {
    "RunStatus": ["PENDING", "QUEUED", "RUNNING", "COMPLETE", "PARTIAL", "FAILED", "CANCELLED"],
    "TriggeredBy": ["manual", "auto", "backfill"],
    "RunMode": ["text", "audio", "full"],
    "Modality": ["text", "audio"],
    "VersionState": ["editable", "archived"],
    "LevelColor": ["rose", "amber", "gold", "emerald", "blue", "indigo", "violet", "fog"],
}
