from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_mode import RunMode
from ..models.run_status import RunStatus
from ..models.triggered_by import TriggeredBy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attached_agent import AttachedAgent
    from ..models.metadata import Metadata
    from ..models.run_summary import RunSummary


T = TypeVar("T", bound="EvalRun")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "org_id",
        "status",
        "triggered_by",
        "run_mode",
        "submitted_call_ids",
        "submitted_attached_agents",
        "workbench_setup_id",
        "workbench_setup_version_id",
        "resolved_call_count",
        "resolved_agent_count",
        "resolved_atom_count",
        "completed_atom_count",
        "summary",
        "billable_cost_usd",
        "error_code",
        "error_message",
        "metadata",
        "created_at",
        "started_at",
        "completed_at",
        "workflow_id",
    }
)


@_attrs_define
class EvalRun:
    """An eval run (experiment), as returned by get, create and cancel.

    Attributes:
        id (str): Id (UUID) of the run.
        org_id (str): The organization that owns the run.
        status (RunStatus): Status of an eval run. Terminal: `COMPLETE` (note: not COMPLETED), `PARTIAL`, `FAILED`,
            `CANCELLED`.
        triggered_by (TriggeredBy): How a run was initiated.
        run_mode (RunMode): Scoring modality of a run (`full` = text and audio).
        submitted_call_ids (list[str]): The call ids submitted for scoring.
        submitted_attached_agents (list[AttachedAgent]): The agent attachments submitted with the run.
        workbench_setup_id (None | str): The associated workbench setup, if any.
        workbench_setup_version_id (None | str): The pinned workbench setup version, if any.
        resolved_call_count (int): Number of calls resolved for the run.
        resolved_agent_count (int): Number of eval agents resolved for the run.
        resolved_atom_count (int): Total evaluations (atoms = calls x agents) in the run.
        completed_atom_count (int): Evaluations completed so far (progress = completed_atom_count /
            resolved_atom_count).
        summary (None | RunSummary): Aggregate scores, or null until available (partial after a cancel if any atoms
            completed).
        billable_cost_usd (float | None): Billable cost in USD, or null until finalized.
        error_code (None | str): Error code if the run failed, otherwise null.
        error_message (None | str): Human-readable error message if the run failed, otherwise null.
        metadata (Metadata): Key-value metadata; keys and values are strings.
        created_at (datetime.datetime): When the run was created.
        started_at (datetime.datetime | None): When the run started, or null if it has not (or never) started.
        completed_at (datetime.datetime | None): When the run completed, or null if not yet complete; for a cancelled
            run, the cancellation time.
        workflow_id (None | str | Unset): Internal workflow identifier, if applicable. Optional because it is internal
            (UNCONFIRMED whether always sent).
    """

    id: str
    org_id: str
    status: RunStatus
    triggered_by: TriggeredBy
    run_mode: RunMode
    submitted_call_ids: list[str]
    submitted_attached_agents: list[AttachedAgent]
    workbench_setup_id: None | str
    workbench_setup_version_id: None | str
    resolved_call_count: int
    resolved_agent_count: int
    resolved_atom_count: int
    completed_atom_count: int
    summary: None | RunSummary
    billable_cost_usd: float | None
    error_code: None | str
    error_message: None | str
    metadata: Metadata
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    workflow_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        status = self.status.value

        triggered_by = self.triggered_by.value

        run_mode = self.run_mode.value

        submitted_call_ids = self.submitted_call_ids

        submitted_attached_agents = []
        for submitted_attached_agents_item_data in self.submitted_attached_agents:
            submitted_attached_agents_item = submitted_attached_agents_item_data.to_dict()
            submitted_attached_agents.append(submitted_attached_agents_item)

        workbench_setup_id: None | str
        workbench_setup_id = self.workbench_setup_id

        workbench_setup_version_id: None | str
        workbench_setup_version_id = self.workbench_setup_version_id

        resolved_call_count = self.resolved_call_count

        resolved_agent_count = self.resolved_agent_count

        resolved_atom_count = self.resolved_atom_count

        completed_atom_count = self.completed_atom_count

        summary: dict[str, Any] | None
        if isinstance(self.summary, RunSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        billable_cost_usd: float | None
        billable_cost_usd = self.billable_cost_usd

        error_code: None | str
        error_code = self.error_code

        error_message: None | str
        error_message = self.error_message

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "status": status,
                "triggered_by": triggered_by,
                "run_mode": run_mode,
                "submitted_call_ids": submitted_call_ids,
                "submitted_attached_agents": submitted_attached_agents,
                "workbench_setup_id": workbench_setup_id,
                "workbench_setup_version_id": workbench_setup_version_id,
                "resolved_call_count": resolved_call_count,
                "resolved_agent_count": resolved_agent_count,
                "resolved_atom_count": resolved_atom_count,
                "completed_atom_count": completed_atom_count,
                "summary": summary,
                "billable_cost_usd": billable_cost_usd,
                "error_code": error_code,
                "error_message": error_message,
                "metadata": metadata,
                "created_at": created_at,
                "started_at": started_at,
                "completed_at": completed_at,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        org_id = src_dict["org_id"]

        _status = src_dict["status"]
        try:
            status = RunStatus._value2member_map_[_status]
        except (KeyError, TypeError):
            status = RunStatus(_status)

        _triggered_by = src_dict["triggered_by"]
        try:
            triggered_by = TriggeredBy._value2member_map_[_triggered_by]
        except (KeyError, TypeError):
            triggered_by = TriggeredBy(_triggered_by)

        _run_mode = src_dict["run_mode"]
        try:
            run_mode = RunMode._value2member_map_[_run_mode]
        except (KeyError, TypeError):
            run_mode = RunMode(_run_mode)

        submitted_call_ids = cast(list[str], src_dict["submitted_call_ids"])

        submitted_attached_agents = []
        _submitted_attached_agents = src_dict["submitted_attached_agents"]
        for submitted_attached_agents_item_data in _submitted_attached_agents:
            submitted_attached_agents_item = AttachedAgent.from_dict(submitted_attached_agents_item_data)

            submitted_attached_agents.append(submitted_attached_agents_item)

        workbench_setup_id = _parse_workbench_setup_id(src_dict["workbench_setup_id"])

        workbench_setup_version_id = _parse_workbench_setup_version_id(src_dict["workbench_setup_version_id"])

        resolved_call_count = src_dict["resolved_call_count"]

        resolved_agent_count = src_dict["resolved_agent_count"]

        resolved_atom_count = src_dict["resolved_atom_count"]

        completed_atom_count = src_dict["completed_atom_count"]

        summary = _parse_summary(src_dict["summary"])

        billable_cost_usd = _parse_billable_cost_usd(src_dict["billable_cost_usd"])

        error_code = _parse_error_code(src_dict["error_code"])

        error_message = _parse_error_message(src_dict["error_message"])

        metadata = Metadata.from_dict(src_dict["metadata"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        started_at = _parse_started_at(src_dict["started_at"])

        completed_at = _parse_completed_at(src_dict["completed_at"])

        workflow_id = _parse_workflow_id(src_dict.get("workflow_id", UNSET))

        eval_run = cls(
            id,
            org_id,
            status,
            triggered_by,
            run_mode,
            submitted_call_ids,
            submitted_attached_agents,
            workbench_setup_id,
            workbench_setup_version_id,
            resolved_call_count,
            resolved_agent_count,
            resolved_atom_count,
            completed_atom_count,
            summary,
            billable_cost_usd,
            error_code,
            error_message,
            metadata,
            created_at,
            started_at,
            completed_at,
            workflow_id,
        )

        if len(src_dict) > 21 + ("workflow_id" in src_dict):
            eval_run.additional_properties = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        return eval_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_workbench_setup_id(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"workbench_setup_id: {type(data).__name__} fits no member of the union")


def _parse_workbench_setup_version_id(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"workbench_setup_version_id: {type(data).__name__} fits no member of the union")


def _parse_summary(data: object) -> None | RunSummary:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        summary_type_0 = RunSummary.from_dict(data)

        return summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"summary: {type(data).__name__} fits no member of the union")


def _parse_billable_cost_usd(data: object) -> float | None:
    if data is None:
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"billable_cost_usd: {type(data).__name__} fits no member of the union")


def _parse_error_code(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"error_code: {type(data).__name__} fits no member of the union")


def _parse_error_message(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"error_message: {type(data).__name__} fits no member of the union")


def _parse_started_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        started_at_type_0 = datetime.datetime.fromisoformat(data)

        return started_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"started_at: {type(data).__name__} fits no member of the union")


def _parse_completed_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completed_at_type_0 = datetime.datetime.fromisoformat(data)

        return completed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"completed_at: {type(data).__name__} fits no member of the union")


def _parse_workflow_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"workflow_id: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.attached_agent import AttachedAgent
from ..models.metadata import Metadata
from ..models.run_summary import RunSummary
