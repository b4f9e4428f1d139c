"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_result import AgentResult
    from .agent_result_audit import AgentResultAudit
    from .agent_result_evidence import AgentResultEvidence
    from .agent_result_list import AgentResultList
    from .agent_result_list_envelope import AgentResultListEnvelope
    from .agent_snapshot import AgentSnapshot
    from .agent_snapshot_list import AgentSnapshotList
    from .agent_snapshot_list_envelope import AgentSnapshotListEnvelope
    from .agent_template import AgentTemplate
    from .agent_template_category import AgentTemplateCategory
    from .agent_template_list import AgentTemplateList
    from .agent_template_list_envelope import AgentTemplateListEnvelope
    from .attached_agent import AttachedAgent
    from .bland_error import BlandError
    from .call_result import CallResult
    from .call_result_list import CallResultList
    from .call_result_list_envelope import CallResultListEnvelope
    from .create_eval_agent_request import CreateEvalAgentRequest
    from .create_eval_agent_version_request import CreateEvalAgentVersionRequest
    from .create_eval_run_request import CreateEvalRunRequest
    from .create_user_template_request import CreateUserTemplateRequest
    from .create_workbench_setup_request import CreateWorkbenchSetupRequest
    from .create_workbench_setup_version_request import (
        CreateWorkbenchSetupVersionRequest,
    )
    from .error_envelope import ErrorEnvelope
    from .eval_agent import EvalAgent
    from .eval_agent_detail import EvalAgentDetail
    from .eval_agent_detail_envelope import EvalAgentDetailEnvelope
    from .eval_agent_latest_run import EvalAgentLatestRun
    from .eval_agent_list import EvalAgentList
    from .eval_agent_list_envelope import EvalAgentListEnvelope
    from .eval_agent_list_item import EvalAgentListItem
    from .eval_agent_publication import EvalAgentPublication
    from .eval_agent_publication_envelope import EvalAgentPublicationEnvelope
    from .eval_agent_version import EvalAgentVersion
    from .eval_agent_version_envelope import EvalAgentVersionEnvelope
    from .eval_agent_version_list import EvalAgentVersionList
    from .eval_agent_version_list_envelope import EvalAgentVersionListEnvelope
    from .eval_agent_version_summary import EvalAgentVersionSummary
    from .eval_run import EvalRun
    from .eval_run_envelope import EvalRunEnvelope
    from .eval_run_estimate import EvalRunEstimate
    from .eval_run_estimate_envelope import EvalRunEstimateEnvelope
    from .eval_run_list import EvalRunList
    from .eval_run_list_envelope import EvalRunListEnvelope
    from .eval_run_list_item import EvalRunListItem
    from .evals_status import EvalsStatus
    from .evals_status_envelope import EvalsStatusEnvelope
    from .level import Level
    from .level_color import LevelColor
    from .metadata import Metadata
    from .modality import Modality
    from .run_mode import RunMode
    from .run_status import RunStatus
    from .run_summary import RunSummary
    from .setup_attached_agent import SetupAttachedAgent
    from .triggered_by import TriggeredBy
    from .update_eval_agent_request import UpdateEvalAgentRequest
    from .update_eval_agent_version_request import UpdateEvalAgentVersionRequest
    from .update_workbench_setup_request import UpdateWorkbenchSetupRequest
    from .update_workbench_setup_version_request import (
        UpdateWorkbenchSetupVersionRequest,
    )
    from .user_template import UserTemplate
    from .user_template_envelope import UserTemplateEnvelope
    from .user_template_list import UserTemplateList
    from .user_template_list_envelope import UserTemplateListEnvelope
    from .version_state import VersionState
    from .workbench_setup import WorkbenchSetup
    from .workbench_setup_detail import WorkbenchSetupDetail
    from .workbench_setup_detail_envelope import WorkbenchSetupDetailEnvelope
    from .workbench_setup_latest_run import WorkbenchSetupLatestRun
    from .workbench_setup_list import WorkbenchSetupList
    from .workbench_setup_list_envelope import WorkbenchSetupListEnvelope
    from .workbench_setup_list_item import WorkbenchSetupListItem
    from .workbench_setup_publication import WorkbenchSetupPublication
    from .workbench_setup_publication_envelope import WorkbenchSetupPublicationEnvelope
    from .workbench_setup_version import WorkbenchSetupVersion
    from .workbench_setup_version_envelope import WorkbenchSetupVersionEnvelope
    from .workbench_setup_version_list import WorkbenchSetupVersionList
    from .workbench_setup_version_list_envelope import WorkbenchSetupVersionListEnvelope
    from .workbench_setup_version_summary import WorkbenchSetupVersionSummary

# Each public name and the module that defines it (`from .file_summary import FileSummary`).
_MODULES = {
    "AgentResult": ".agent_result",
    "AgentResultAudit": ".agent_result_audit",
    "AgentResultEvidence": ".agent_result_evidence",
    "AgentResultList": ".agent_result_list",
    "AgentResultListEnvelope": ".agent_result_list_envelope",
    "AgentSnapshot": ".agent_snapshot",
    "AgentSnapshotList": ".agent_snapshot_list",
    "AgentSnapshotListEnvelope": ".agent_snapshot_list_envelope",
    "AgentTemplate": ".agent_template",
    "AgentTemplateCategory": ".agent_template_category",
    "AgentTemplateList": ".agent_template_list",
    "AgentTemplateListEnvelope": ".agent_template_list_envelope",
    "AttachedAgent": ".attached_agent",
    "BlandError": ".bland_error",
    "CallResult": ".call_result",
    "CallResultList": ".call_result_list",
    "CallResultListEnvelope": ".call_result_list_envelope",
    "CreateEvalAgentRequest": ".create_eval_agent_request",
    "CreateEvalAgentVersionRequest": ".create_eval_agent_version_request",
    "CreateEvalRunRequest": ".create_eval_run_request",
    "CreateUserTemplateRequest": ".create_user_template_request",
    "CreateWorkbenchSetupRequest": ".create_workbench_setup_request",
    "CreateWorkbenchSetupVersionRequest": ".create_workbench_setup_version_request",
    "ErrorEnvelope": ".error_envelope",
    "EvalAgent": ".eval_agent",
    "EvalAgentDetail": ".eval_agent_detail",
    "EvalAgentDetailEnvelope": ".eval_agent_detail_envelope",
    "EvalAgentLatestRun": ".eval_agent_latest_run",
    "EvalAgentList": ".eval_agent_list",
    "EvalAgentListEnvelope": ".eval_agent_list_envelope",
    "EvalAgentListItem": ".eval_agent_list_item",
    "EvalAgentPublication": ".eval_agent_publication",
    "EvalAgentPublicationEnvelope": ".eval_agent_publication_envelope",
    "EvalAgentVersion": ".eval_agent_version",
    "EvalAgentVersionEnvelope": ".eval_agent_version_envelope",
    "EvalAgentVersionList": ".eval_agent_version_list",
    "EvalAgentVersionListEnvelope": ".eval_agent_version_list_envelope",
    "EvalAgentVersionSummary": ".eval_agent_version_summary",
    "EvalRun": ".eval_run",
    "EvalRunEnvelope": ".eval_run_envelope",
    "EvalRunEstimate": ".eval_run_estimate",
    "EvalRunEstimateEnvelope": ".eval_run_estimate_envelope",
    "EvalRunList": ".eval_run_list",
    "EvalRunListEnvelope": ".eval_run_list_envelope",
    "EvalRunListItem": ".eval_run_list_item",
    "EvalsStatus": ".evals_status",
    "EvalsStatusEnvelope": ".evals_status_envelope",
    "Level": ".level",
    "LevelColor": ".level_color",
    "Metadata": ".metadata",
    "Modality": ".modality",
    "RunMode": ".run_mode",
    "RunStatus": ".run_status",
    "RunSummary": ".run_summary",
    "SetupAttachedAgent": ".setup_attached_agent",
    "TriggeredBy": ".triggered_by",
    "UpdateEvalAgentRequest": ".update_eval_agent_request",
    "UpdateEvalAgentVersionRequest": ".update_eval_agent_version_request",
    "UpdateWorkbenchSetupRequest": ".update_workbench_setup_request",
    "UpdateWorkbenchSetupVersionRequest": ".update_workbench_setup_version_request",
    "UserTemplate": ".user_template",
    "UserTemplateEnvelope": ".user_template_envelope",
    "UserTemplateList": ".user_template_list",
    "UserTemplateListEnvelope": ".user_template_list_envelope",
    "VersionState": ".version_state",
    "WorkbenchSetup": ".workbench_setup",
    "WorkbenchSetupDetail": ".workbench_setup_detail",
    "WorkbenchSetupDetailEnvelope": ".workbench_setup_detail_envelope",
    "WorkbenchSetupLatestRun": ".workbench_setup_latest_run",
    "WorkbenchSetupList": ".workbench_setup_list",
    "WorkbenchSetupListEnvelope": ".workbench_setup_list_envelope",
    "WorkbenchSetupListItem": ".workbench_setup_list_item",
    "WorkbenchSetupPublication": ".workbench_setup_publication",
    "WorkbenchSetupPublicationEnvelope": ".workbench_setup_publication_envelope",
    "WorkbenchSetupVersion": ".workbench_setup_version",
    "WorkbenchSetupVersionEnvelope": ".workbench_setup_version_envelope",
    "WorkbenchSetupVersionList": ".workbench_setup_version_list",
    "WorkbenchSetupVersionListEnvelope": ".workbench_setup_version_list_envelope",
    "WorkbenchSetupVersionSummary": ".workbench_setup_version_summary",
}

__all__ = (
    "AgentResult",
    "AgentResultAudit",
    "AgentResultEvidence",
    "AgentResultList",
    "AgentResultListEnvelope",
    "AgentSnapshot",
    "AgentSnapshotList",
    "AgentSnapshotListEnvelope",
    "AgentTemplate",
    "AgentTemplateCategory",
    "AgentTemplateList",
    "AgentTemplateListEnvelope",
    "AttachedAgent",
    "BlandError",
    "CallResult",
    "CallResultList",
    "CallResultListEnvelope",
    "CreateEvalAgentRequest",
    "CreateEvalAgentVersionRequest",
    "CreateEvalRunRequest",
    "CreateUserTemplateRequest",
    "CreateWorkbenchSetupRequest",
    "CreateWorkbenchSetupVersionRequest",
    "ErrorEnvelope",
    "EvalAgent",
    "EvalAgentDetail",
    "EvalAgentDetailEnvelope",
    "EvalAgentLatestRun",
    "EvalAgentList",
    "EvalAgentListEnvelope",
    "EvalAgentListItem",
    "EvalAgentPublication",
    "EvalAgentPublicationEnvelope",
    "EvalAgentVersion",
    "EvalAgentVersionEnvelope",
    "EvalAgentVersionList",
    "EvalAgentVersionListEnvelope",
    "EvalAgentVersionSummary",
    "EvalRun",
    "EvalRunEnvelope",
    "EvalRunEstimate",
    "EvalRunEstimateEnvelope",
    "EvalRunList",
    "EvalRunListEnvelope",
    "EvalRunListItem",
    "EvalsStatus",
    "EvalsStatusEnvelope",
    "Level",
    "LevelColor",
    "Metadata",
    "Modality",
    "RunMode",
    "RunStatus",
    "RunSummary",
    "SetupAttachedAgent",
    "TriggeredBy",
    "UpdateEvalAgentRequest",
    "UpdateEvalAgentVersionRequest",
    "UpdateWorkbenchSetupRequest",
    "UpdateWorkbenchSetupVersionRequest",
    "UserTemplate",
    "UserTemplateEnvelope",
    "UserTemplateList",
    "UserTemplateListEnvelope",
    "VersionState",
    "WorkbenchSetup",
    "WorkbenchSetupDetail",
    "WorkbenchSetupDetailEnvelope",
    "WorkbenchSetupLatestRun",
    "WorkbenchSetupList",
    "WorkbenchSetupListEnvelope",
    "WorkbenchSetupListItem",
    "WorkbenchSetupPublication",
    "WorkbenchSetupPublicationEnvelope",
    "WorkbenchSetupVersion",
    "WorkbenchSetupVersionEnvelope",
    "WorkbenchSetupVersionList",
    "WorkbenchSetupVersionListEnvelope",
    "WorkbenchSetupVersionSummary",
)


# Outside TYPE_CHECKING a type checker would take any misspelt `models.X` for an Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # the next access is a plain module attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
