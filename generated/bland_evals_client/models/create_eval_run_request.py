from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_mode import RunMode
from ..models.triggered_by import TriggeredBy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attached_agent import AttachedAgent
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateEvalRunRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "call_ids",
        "attached_agents",
        "run_mode",
        "pass_threshold_pct",
        "workbench_setup_id",
        "workbench_setup_version_id",
        "triggered_by",
        "metadata",
    }
)


@_attrs_define
class CreateEvalRunRequest:
    """Body of `createEvalRun` and `estimateEvalRun`.
    Cross-field rules the schema cannot express (enforced by the server):
    (1) supply either a non-empty `attached_agents` or a `workbench_setup_version_id` (whose pinned roster
    supplies the agents when `attached_agents` is omitted);
    (2) `workbench_setup_id` and `workbench_setup_version_id` must be sent together, or neither.
    A valid billing record must be on file before a run can start.

        Attributes:
            call_ids (list[str]): The call ids to score, 1 to 5000.
            attached_agents (list[AttachedAgent] | Unset): The eval agents to score with, at most 50. Required (non-empty)
                unless `workbench_setup_version_id` is given.
            run_mode (RunMode | Unset): Scoring modality of a run (`full` = text and audio).
            pass_threshold_pct (float | Unset): Percentage (0-100) of evaluations that must pass for the run to pass
                overall. Omit for no threshold.
            workbench_setup_id (str | Unset): Workbench setup (UUID) to associate with the run. Must be sent together with
                `workbench_setup_version_id`.
            workbench_setup_version_id (str | Unset): Pinned workbench setup version (UUID); its agent roster is used when
                `attached_agents` is omitted. Must be sent together with `workbench_setup_id`.
            triggered_by (TriggeredBy | Unset): How a run was initiated.
            metadata (Metadata | Unset): Key-value metadata; keys and values are strings.
    """

    call_ids: list[str]
    attached_agents: list[AttachedAgent] | Unset = UNSET
    run_mode: RunMode | Unset = UNSET
    pass_threshold_pct: float | Unset = UNSET
    workbench_setup_id: str | Unset = UNSET
    workbench_setup_version_id: str | Unset = UNSET
    triggered_by: TriggeredBy | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_ids = self.call_ids

        attached_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_agents, Unset):
            attached_agents = []
            for attached_agents_item_data in self.attached_agents:
                attached_agents_item = attached_agents_item_data.to_dict()
                attached_agents.append(attached_agents_item)

        run_mode: str | Unset = UNSET
        if not isinstance(self.run_mode, Unset):
            run_mode = self.run_mode.value

        pass_threshold_pct = self.pass_threshold_pct

        workbench_setup_id = self.workbench_setup_id

        workbench_setup_version_id = self.workbench_setup_version_id

        triggered_by: str | Unset = UNSET
        if not isinstance(self.triggered_by, Unset):
            triggered_by = self.triggered_by.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_ids": call_ids,
            }
        )
        if attached_agents is not UNSET:
            field_dict["attached_agents"] = attached_agents
        if run_mode is not UNSET:
            field_dict["run_mode"] = run_mode
        if pass_threshold_pct is not UNSET:
            field_dict["pass_threshold_pct"] = pass_threshold_pct
        if workbench_setup_id is not UNSET:
            field_dict["workbench_setup_id"] = workbench_setup_id
        if workbench_setup_version_id is not UNSET:
            field_dict["workbench_setup_version_id"] = workbench_setup_version_id
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        call_ids = cast(list[str], src_dict["call_ids"])

        _attached_agents = src_dict.get("attached_agents", UNSET)
        attached_agents: list[AttachedAgent] | Unset = UNSET
        if _attached_agents is not UNSET:
            attached_agents = []
            for attached_agents_item_data in _attached_agents:
                attached_agents_item = AttachedAgent.from_dict(attached_agents_item_data)

                attached_agents.append(attached_agents_item)

        _run_mode = src_dict.get("run_mode", UNSET)
        run_mode: RunMode | Unset
        if isinstance(_run_mode, Unset):
            run_mode = UNSET
        else:
            try:
                run_mode = RunMode._value2member_map_[_run_mode]
            except (KeyError, TypeError):
                run_mode = RunMode(_run_mode)

        pass_threshold_pct = src_dict.get("pass_threshold_pct", UNSET)

        workbench_setup_id = src_dict.get("workbench_setup_id", UNSET)

        workbench_setup_version_id = src_dict.get("workbench_setup_version_id", UNSET)

        _triggered_by = src_dict.get("triggered_by", UNSET)
        triggered_by: TriggeredBy | Unset
        if isinstance(_triggered_by, Unset):
            triggered_by = UNSET
        else:
            try:
                triggered_by = TriggeredBy._value2member_map_[_triggered_by]
            except (KeyError, TypeError):
                triggered_by = TriggeredBy(_triggered_by)

        _metadata = src_dict.get("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        create_eval_run_request = cls(
            call_ids,
            attached_agents,
            run_mode,
            pass_threshold_pct,
            workbench_setup_id,
            workbench_setup_version_id,
            triggered_by,
            metadata,
        )

        if len(src_dict) > 1 + ("attached_agents" in src_dict) + ("run_mode" in src_dict) + (
            "pass_threshold_pct" in src_dict
        ) + ("workbench_setup_id" in src_dict) + ("workbench_setup_version_id" in src_dict) + (
            "triggered_by" in src_dict
        ) + ("metadata" in src_dict):
            create_eval_run_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_eval_run_request

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


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.attached_agent import AttachedAgent
from ..models.metadata import Metadata
