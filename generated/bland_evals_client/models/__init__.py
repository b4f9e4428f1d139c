"""Contains all the data models used in inputs/outputs"""

from .agent_result import AgentResult
from .agent_result_audit import AgentResultAudit
from .agent_result_evidence import AgentResultEvidence
from .agent_result_list import AgentResultList
from .agent_result_list_envelope import AgentResultListEnvelope
from .agent_snapshot import AgentSnapshot
from .agent_snapshot_list import AgentSnapshotList
from .agent_snapshot_list_envelope import AgentSnapshotListEnvelope
from .agent_template import AgentTemplate
from .agent_template_list import AgentTemplateList
from .agent_template_list_envelope import AgentTemplateListEnvelope
from .attached_agent import AttachedAgent
from .bland_error import BlandError
from .call_result import CallResult
from .call_result_list import CallResultList
from .call_result_list_envelope import CallResultListEnvelope
from .create_eval_run_request import CreateEvalRunRequest
from .error_envelope import ErrorEnvelope
from .eval_agent import EvalAgent
from .eval_agent_detail import EvalAgentDetail
from .eval_agent_detail_envelope import EvalAgentDetailEnvelope
from .eval_agent_latest_run import EvalAgentLatestRun
from .eval_agent_list import EvalAgentList
from .eval_agent_list_envelope import EvalAgentListEnvelope
from .eval_agent_list_item import EvalAgentListItem
from .eval_agent_version import EvalAgentVersion
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
from .triggered_by import TriggeredBy
from .version_state import VersionState
from .workbench_setup_latest_run import WorkbenchSetupLatestRun
from .workbench_setup_list import WorkbenchSetupList
from .workbench_setup_list_envelope import WorkbenchSetupListEnvelope
from .workbench_setup_list_item import WorkbenchSetupListItem

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
    "AgentTemplateList",
    "AgentTemplateListEnvelope",
    "AttachedAgent",
    "BlandError",
    "CallResult",
    "CallResultList",
    "CallResultListEnvelope",
    "CreateEvalRunRequest",
    "ErrorEnvelope",
    "EvalAgent",
    "EvalAgentDetail",
    "EvalAgentDetailEnvelope",
    "EvalAgentLatestRun",
    "EvalAgentList",
    "EvalAgentListEnvelope",
    "EvalAgentListItem",
    "EvalAgentVersion",
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
    "TriggeredBy",
    "VersionState",
    "WorkbenchSetupLatestRun",
    "WorkbenchSetupList",
    "WorkbenchSetupListEnvelope",
    "WorkbenchSetupListItem",
)
