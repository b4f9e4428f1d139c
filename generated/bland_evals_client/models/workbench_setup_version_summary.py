from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_state import VersionState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workbench_setup_latest_run import WorkbenchSetupLatestRun


T = TypeVar("T", bound="WorkbenchSetupVersionSummary")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "workbench_setup_id",
        "version_number",
        "name",
        "state",
        "created_at",
        "created_by",
        "attached_agent_count",
        "latest_run",
    }
)


@_attrs_define
class WorkbenchSetupVersionSummary:
    """
    Attributes:
        id (str):
        workbench_setup_id (str):
        version_number (int):
        name (str):
        state (VersionState): State of an eval-agent version. Only `editable` versions can be changed; published
            versions become `archived`.
        created_at (datetime.datetime):
        created_by (None | str | Unset):
        attached_agent_count (int | Unset):
        latest_run (None | Unset | WorkbenchSetupLatestRun):
    """

    id: str
    workbench_setup_id: str
    version_number: int
    name: str
    state: VersionState
    created_at: datetime.datetime
    created_by: None | str | Unset = UNSET
    attached_agent_count: int | Unset = UNSET
    latest_run: None | Unset | WorkbenchSetupLatestRun = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workbench_setup_id = self.workbench_setup_id

        version_number = self.version_number

        name = self.name

        state = self.state.value

        created_at = self.created_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        attached_agent_count = self.attached_agent_count

        latest_run: dict[str, Any] | None | Unset
        if isinstance(self.latest_run, Unset):
            latest_run = UNSET
        elif isinstance(self.latest_run, WorkbenchSetupLatestRun):
            latest_run = self.latest_run.to_dict()
        else:
            latest_run = self.latest_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workbench_setup_id": workbench_setup_id,
                "version_number": version_number,
                "name": name,
                "state": state,
                "created_at": created_at,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if attached_agent_count is not UNSET:
            field_dict["attached_agent_count"] = attached_agent_count
        if latest_run is not UNSET:
            field_dict["latest_run"] = latest_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        workbench_setup_id = src_dict["workbench_setup_id"]

        version_number = src_dict["version_number"]

        name = src_dict["name"]

        _state = src_dict["state"]
        try:
            state = VersionState._value2member_map_[_state]
        except (KeyError, TypeError):
            state = VersionState(_state)

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        created_by = _parse_created_by(src_dict.get("created_by", UNSET))

        attached_agent_count = src_dict.get("attached_agent_count", UNSET)

        latest_run = _parse_latest_run(src_dict.get("latest_run", UNSET))

        workbench_setup_version_summary = cls(
            id,
            workbench_setup_id,
            version_number,
            name,
            state,
            created_at,
            created_by,
            attached_agent_count,
            latest_run,
        )

        if len(src_dict) > 6 + ("created_by" in src_dict) + ("attached_agent_count" in src_dict) + (
            "latest_run" in src_dict
        ):
            workbench_setup_version_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return workbench_setup_version_summary

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


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"created_by: {type(data).__name__} fits no member of the union")


def _parse_latest_run(data: object) -> None | Unset | WorkbenchSetupLatestRun:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        latest_run_type_0 = WorkbenchSetupLatestRun.from_dict(data)

        return latest_run_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"latest_run: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.workbench_setup_latest_run import WorkbenchSetupLatestRun
