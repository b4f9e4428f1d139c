from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_mode import RunMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.setup_attached_agent import SetupAttachedAgent


T = TypeVar("T", bound="UpdateWorkbenchSetupVersionRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "name",
        "description",
        "attached_agents",
        "pass_threshold_pct",
        "run_mode",
        "default_call_ids",
    }
)


@_attrs_define
class UpdateWorkbenchSetupVersionRequest:
    """Only `editable` versions can be changed; `attached_agents` replaces the whole roster.

    Attributes:
        name (str | Unset): A display name (1-200 characters).
        description (None | str | Unset):
        attached_agents (list[SetupAttachedAgent] | Unset):
        pass_threshold_pct (float | None | Unset):
        run_mode (RunMode | Unset): Scoring modality of a run (`full` = text and audio).
        default_call_ids (list[str] | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    attached_agents: list[SetupAttachedAgent] | Unset = UNSET
    pass_threshold_pct: float | None | Unset = UNSET
    run_mode: RunMode | Unset = UNSET
    default_call_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        attached_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_agents, Unset):
            attached_agents = []
            for attached_agents_item_data in self.attached_agents:
                attached_agents_item = attached_agents_item_data.to_dict()
                attached_agents.append(attached_agents_item)

        pass_threshold_pct: float | None | Unset
        if isinstance(self.pass_threshold_pct, Unset):
            pass_threshold_pct = UNSET
        else:
            pass_threshold_pct = self.pass_threshold_pct

        run_mode: str | Unset = UNSET
        if not isinstance(self.run_mode, Unset):
            run_mode = self.run_mode.value

        default_call_ids: list[str] | Unset = UNSET
        if not isinstance(self.default_call_ids, Unset):
            default_call_ids = self.default_call_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if attached_agents is not UNSET:
            field_dict["attached_agents"] = attached_agents
        if pass_threshold_pct is not UNSET:
            field_dict["pass_threshold_pct"] = pass_threshold_pct
        if run_mode is not UNSET:
            field_dict["run_mode"] = run_mode
        if default_call_ids is not UNSET:
            field_dict["default_call_ids"] = default_call_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        name = src_dict.get("name", UNSET)

        description = _parse_description(src_dict.get("description", UNSET))

        _attached_agents = src_dict.get("attached_agents", UNSET)
        attached_agents: list[SetupAttachedAgent] | Unset = UNSET
        if _attached_agents is not UNSET:
            attached_agents = []
            for attached_agents_item_data in _attached_agents:
                attached_agents_item = SetupAttachedAgent.from_dict(attached_agents_item_data)

                attached_agents.append(attached_agents_item)

        pass_threshold_pct = _parse_pass_threshold_pct(src_dict.get("pass_threshold_pct", UNSET))

        _run_mode = src_dict.get("run_mode", UNSET)
        run_mode: RunMode | Unset
        if isinstance(_run_mode, Unset):
            run_mode = UNSET
        else:
            try:
                run_mode = RunMode._value2member_map_[_run_mode]
            except (KeyError, TypeError):
                run_mode = RunMode(_run_mode)

        default_call_ids = cast(list[str], src_dict.get("default_call_ids", UNSET))

        update_workbench_setup_version_request = cls(
            name,
            description,
            attached_agents,
            pass_threshold_pct,
            run_mode,
            default_call_ids,
        )

        if len(src_dict) > ("name" in src_dict) + ("description" in src_dict) + ("attached_agents" in src_dict) + (
            "pass_threshold_pct" in src_dict
        ) + ("run_mode" in src_dict) + ("default_call_ids" in src_dict):
            update_workbench_setup_version_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return update_workbench_setup_version_request

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


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"description: {type(data).__name__} fits no member of the union")


def _parse_pass_threshold_pct(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"pass_threshold_pct: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.setup_attached_agent import SetupAttachedAgent
