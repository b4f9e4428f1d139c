from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_mode import RunMode
from ..models.version_state import VersionState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attached_agent import AttachedAgent


T = TypeVar("T", bound="WorkbenchSetupVersion")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "org_id",
        "workbench_setup_id",
        "version_number",
        "name",
        "state",
        "attached_agents",
        "run_mode",
        "default_call_ids",
        "created_at",
        "updated_at",
        "description",
        "pass_threshold_pct",
        "default_test_config_id",
        "created_from_version_id",
        "created_by",
    }
)


@_attrs_define
class WorkbenchSetupVersion:
    """
    Attributes:
        id (str):
        org_id (str):
        workbench_setup_id (str):
        version_number (int):
        name (str):
        state (VersionState): State of an eval-agent version. Only `editable` versions can be changed; published
            versions become `archived`.
        attached_agents (list[AttachedAgent]):
        run_mode (RunMode): Scoring modality of a run (`full` = text and audio).
        default_call_ids (list[str]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        pass_threshold_pct (float | None | Unset):
        default_test_config_id (None | str | Unset):
        created_from_version_id (None | str | Unset):
        created_by (None | str | Unset):
    """

    id: str
    org_id: str
    workbench_setup_id: str
    version_number: int
    name: str
    state: VersionState
    attached_agents: list[AttachedAgent]
    run_mode: RunMode
    default_call_ids: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    pass_threshold_pct: float | None | Unset = UNSET
    default_test_config_id: None | str | Unset = UNSET
    created_from_version_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        workbench_setup_id = self.workbench_setup_id

        version_number = self.version_number

        name = self.name

        state = self.state.value

        attached_agents = []
        for attached_agents_item_data in self.attached_agents:
            attached_agents_item = attached_agents_item_data.to_dict()
            attached_agents.append(attached_agents_item)

        run_mode = self.run_mode.value

        default_call_ids = self.default_call_ids

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pass_threshold_pct: float | None | Unset
        if isinstance(self.pass_threshold_pct, Unset):
            pass_threshold_pct = UNSET
        else:
            pass_threshold_pct = self.pass_threshold_pct

        default_test_config_id: None | str | Unset
        if isinstance(self.default_test_config_id, Unset):
            default_test_config_id = UNSET
        else:
            default_test_config_id = self.default_test_config_id

        created_from_version_id: None | str | Unset
        if isinstance(self.created_from_version_id, Unset):
            created_from_version_id = UNSET
        else:
            created_from_version_id = self.created_from_version_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "workbench_setup_id": workbench_setup_id,
                "version_number": version_number,
                "name": name,
                "state": state,
                "attached_agents": attached_agents,
                "run_mode": run_mode,
                "default_call_ids": default_call_ids,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if pass_threshold_pct is not UNSET:
            field_dict["pass_threshold_pct"] = pass_threshold_pct
        if default_test_config_id is not UNSET:
            field_dict["default_test_config_id"] = default_test_config_id
        if created_from_version_id is not UNSET:
            field_dict["created_from_version_id"] = created_from_version_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        org_id = src_dict["org_id"]

        workbench_setup_id = src_dict["workbench_setup_id"]

        version_number = src_dict["version_number"]

        name = src_dict["name"]

        _state = src_dict["state"]
        try:
            state = VersionState._value2member_map_[_state]
        except (KeyError, TypeError):
            state = VersionState(_state)

        attached_agents = []
        _attached_agents = src_dict["attached_agents"]
        for attached_agents_item_data in _attached_agents:
            attached_agents_item = AttachedAgent.from_dict(attached_agents_item_data)

            attached_agents.append(attached_agents_item)

        _run_mode = src_dict["run_mode"]
        try:
            run_mode = RunMode._value2member_map_[_run_mode]
        except (KeyError, TypeError):
            run_mode = RunMode(_run_mode)

        default_call_ids = cast(list[str], src_dict["default_call_ids"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        description = _parse_description(src_dict.get("description", UNSET))

        pass_threshold_pct = _parse_pass_threshold_pct(src_dict.get("pass_threshold_pct", UNSET))

        default_test_config_id = _parse_default_test_config_id(src_dict.get("default_test_config_id", UNSET))

        created_from_version_id = _parse_created_from_version_id(src_dict.get("created_from_version_id", UNSET))

        created_by = _parse_created_by(src_dict.get("created_by", UNSET))

        workbench_setup_version = cls(
            id,
            org_id,
            workbench_setup_id,
            version_number,
            name,
            state,
            attached_agents,
            run_mode,
            default_call_ids,
            created_at,
            updated_at,
            description,
            pass_threshold_pct,
            default_test_config_id,
            created_from_version_id,
            created_by,
        )

        if len(src_dict) > 11 + ("description" in src_dict) + ("pass_threshold_pct" in src_dict) + (
            "default_test_config_id" in src_dict
        ) + ("created_from_version_id" in src_dict) + ("created_by" in src_dict):
            workbench_setup_version.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return workbench_setup_version

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


def _parse_default_test_config_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"default_test_config_id: {type(data).__name__} fits no member of the union")


def _parse_created_from_version_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"created_from_version_id: {type(data).__name__} fits no member of the union")


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"created_by: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.attached_agent import AttachedAgent
