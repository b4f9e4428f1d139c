from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.workbench_setup_latest_run import WorkbenchSetupLatestRun


T = TypeVar("T", bound="WorkbenchSetupListItem")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "name",
        "current_version_id",
        "metadata",
        "created_at",
        "updated_at",
        "description",
        "active_version_id",
        "active_version_number",
        "attached_agent_count",
        "latest_run",
    }
)


@_attrs_define
class WorkbenchSetupListItem:
    """A workbench setup as listed by `GET /v1/evals/workbench-setups`.

    Attributes:
        id (str):
        name (str):
        current_version_id (str): Id of the current editable draft version.
        metadata (Metadata): Key-value metadata; keys and values are strings.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        active_version_id (None | str | Unset): Id of the published version, or null if never published (nullability
            inferred from the setup object, UNCONFIRMED).
        active_version_number (int | None | Unset): Version number of the published version, or null if never published
            (UNCONFIRMED).
        attached_agent_count (int | Unset): Number of eval agents in the setup.
        latest_run (None | Unset | WorkbenchSetupLatestRun): The most recent run of this setup, or null if none
            (nullability UNCONFIRMED).
    """

    id: str
    name: str
    current_version_id: str
    metadata: Metadata
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    active_version_id: None | str | Unset = UNSET
    active_version_number: int | None | Unset = UNSET
    attached_agent_count: int | Unset = UNSET
    latest_run: None | Unset | WorkbenchSetupLatestRun = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        current_version_id = self.current_version_id

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active_version_id: None | str | Unset
        if isinstance(self.active_version_id, Unset):
            active_version_id = UNSET
        else:
            active_version_id = self.active_version_id

        active_version_number: int | None | Unset
        if isinstance(self.active_version_number, Unset):
            active_version_number = UNSET
        else:
            active_version_number = self.active_version_number

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
                "name": name,
                "current_version_id": current_version_id,
                "metadata": metadata,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if active_version_id is not UNSET:
            field_dict["active_version_id"] = active_version_id
        if active_version_number is not UNSET:
            field_dict["active_version_number"] = active_version_number
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

        name = src_dict["name"]

        current_version_id = src_dict["current_version_id"]

        metadata = Metadata.from_dict(src_dict["metadata"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        description = _parse_description(src_dict.get("description", UNSET))

        active_version_id = _parse_active_version_id(src_dict.get("active_version_id", UNSET))

        active_version_number = _parse_active_version_number(src_dict.get("active_version_number", UNSET))

        attached_agent_count = src_dict.get("attached_agent_count", UNSET)

        latest_run = _parse_latest_run(src_dict.get("latest_run", UNSET))

        workbench_setup_list_item = cls(
            id,
            name,
            current_version_id,
            metadata,
            created_at,
            updated_at,
            description,
            active_version_id,
            active_version_number,
            attached_agent_count,
            latest_run,
        )

        if len(src_dict) > 6 + ("description" in src_dict) + ("active_version_id" in src_dict) + (
            "active_version_number" in src_dict
        ) + ("attached_agent_count" in src_dict) + ("latest_run" in src_dict):
            workbench_setup_list_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return workbench_setup_list_item

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


def _parse_active_version_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"active_version_id: {type(data).__name__} fits no member of the union")


def _parse_active_version_number(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, int):
        return data
    raise TypeError(f"active_version_number: {type(data).__name__} fits no member of the union")


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
from ..models.metadata import Metadata
from ..models.workbench_setup_latest_run import WorkbenchSetupLatestRun
